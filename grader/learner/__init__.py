"""What a learner or a trainer uses outside the notebooks: printable worksheets and the glossary."""

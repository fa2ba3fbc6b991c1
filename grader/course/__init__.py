"""The course's content as data: the syllabus and the Riverbend world with its tables. No Jupyter."""

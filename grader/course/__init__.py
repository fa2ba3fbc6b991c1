"""The course's content: syllabus, the Riverbend world and its data; no Jupyter."""

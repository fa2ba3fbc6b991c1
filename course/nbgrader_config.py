# nbgrader settings shared by every cohort of this course and by its tests.
# `equity-course cohort init` (and the tests) copy this file into a cohort's folder and
# add the cohort's own paths; change course-wide grading behavior here.
c = get_config()  # noqa: F821  (provided by nbgrader when it loads this file)

c.CourseDirectory.course_id = "strategic-practices"

# Answer cells keep the template above their solution region ("placements = {...: ...}"),
# so the stub only has to point back to it; no NotImplementedError for busy learners.
c.ClearSolutions.code_stub = {"python": "# Write your answer above, in place of each ..."}

# A cell that runs away must not hold up a whole cohort's grading.
c.Execute.timeout = 60

# Feedback never shows hidden tests, their tracebacks, solutions or live HTML a submission
# produced (nbgrader issue #917); see grader/cohort/feedback.py.
# nbconvert's sanitiser then cleans every cell, and the finished page keeps no script, no
# event handler and no javascript: link (grader/cohort/sanitize.py).
c.GenerateFeedback.preprocessors = [
    "nbgrader.preprocessors.GetGrades",
    "grader.cohort.feedback.SafeFeedback",
    "nbconvert.preprocessors.sanitize.SanitizeHTML",
    "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor",
]
c.GenerateFeedback.exporter_class = "grader.cohort.feedback.SafeHTMLExporter"

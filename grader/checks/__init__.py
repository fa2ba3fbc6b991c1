"""Answer checks shared by practice self-checks and nbgrader's hidden tests.

``check(check_id, answer)`` returns kind, specific ``Feedback``; ``points(check_id,
answer)`` returns the score nbgrader records. The course's checks live in
``grader.checks.catalog`` and are registered the first time any check is looked up.
"""

from grader.checks.feedback import Feedback, Note, Status
from grader.checks.registry import AnswerProblem, check, known_checks, points, spec

__all__ = ["AnswerProblem", "Feedback", "Note", "Status", "check", "known_checks", "points", "spec"]

"""Answer checks shared by practice self-checks and nbgrader's hidden tests.

``check(check_id, answer)`` returns kind, specific ``Feedback``; ``points(check_id,
answer)`` returns the score nbgrader records. Importing this package registers every
check in ``grader.checks.catalog``.
"""

from grader.checks.feedback import Feedback, Note, Status
from grader.checks.registry import AnswerProblem, check, known_checks, points, spec

from grader.checks import catalog  # noqa: E402,F401  (registers the course's checks)

__all__ = ["AnswerProblem", "Feedback", "Note", "Status", "check", "known_checks", "points", "spec"]

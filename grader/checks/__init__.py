"""Answer checks shared by practice self-checks and nbgrader's hidden tests.

``check(check_id, answer)`` returns kind, specific ``Feedback``; ``points(check_id,
answer)`` returns the score nbgrader records. The names below come from
``grader.checks.registry``; asking for any of them first registers the course's checks
(``grader.checks.catalog``), so importing a single check kind (``grader.checks.hashing``,
say) stays cheap.
"""

from __future__ import annotations

from typing import Any

API = ("AnswerProblem", "CheckSpec", "Feedback", "Note", "Status", "add_listener", "check", "known_checks",
       "points", "remove_listener", "score", "spec")
__all__ = list(API)


def __getattr__(name: str) -> Any:
    if name not in API:
        raise AttributeError(f"module 'grader.checks' has no attribute {name!r}")
    from grader.checks import catalog, feedback, registry

    catalog.load()
    value = getattr(registry, name, None) or getattr(feedback, name)
    globals()[name] = value
    return value

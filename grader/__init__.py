"""Strategic Practices for Health Equity: the course's Python package.

Learners meet a few names::

    from grader import check, level, SPECTRUM
    check("01.spectrum", {"P1": "Inform"})

Everything else lives in sub-packages: ``grader.domain`` (plain models, no Jupyter),
``grader.checks`` (answer checks shared by practice checks and nbgrader tests),
``grader.widgets`` (thin ipywidgets views), ``grader.cohort`` (the trainer's workflow)
and ``grader.cli``. The names above load on first use, so the command line starts fast.
"""

from __future__ import annotations

from typing import Any

__all__ = ["SPECTRUM", "check", "level", "points"]
__version__ = "0.1.0"

_LAZY = {
    "check": "grader.checks",
    "points": "grader.checks",
    "SPECTRUM": "grader.domain.spectrum",
    "level": "grader.domain.spectrum",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'grader' has no attribute {name!r}")

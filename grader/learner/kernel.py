"""What the course sets up when it runs inside a notebook kernel, and only there.

- Progress: every practice check is recorded in the learner's store (``grader.learner.progress``).
- Charts: every matplotlib figure shows with alt text (``grader.charts.figures``), since JupyterLab
  shows a plain image output without any.

Whether this is a kernel is found without importing anything from Jupyter, so the command
line, the tests and the cohort grader's workers are never changed by it. A kernel that nbgrader
runs (``NBGRADER_EXECUTION`` is set while it autogrades or validates) is not a learner's, so it
is left alone too. The façade (``grader/__init__.py``) calls ``set_up`` when a notebook first
uses the course.
"""

from __future__ import annotations

import os
import sys

_DONE = False


def kernel_shell():
    """The IPython shell of the running kernel, or None outside a kernel."""
    ipython = sys.modules.get("IPython")
    shell = ipython.get_ipython() if ipython is not None else None
    return shell if shell is not None and getattr(shell, "kernel", None) is not None else None


def set_up() -> bool:
    """Start recording progress and describing charts, once, if this runs in a kernel."""
    global _DONE
    shell = kernel_shell()
    if shell is None or _DONE or os.environ.get("NBGRADER_EXECUTION"):
        return False
    _DONE = True
    from grader.charts.figures import describe_figures
    from grader.checks import add_listener

    add_listener(_record_progress)
    describe_figures(shell)
    return True


def _record_progress(feedback) -> None:
    """The progress recorder, imported when the first check comes (not while grader.checks loads)."""
    from grader.learner.progress import record_practice

    record_practice(feedback)

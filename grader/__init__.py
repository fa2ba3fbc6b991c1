"""Strategic Practices for Health Equity: the course's Python package.

Learners meet three names::

    from grader import check, show_level, SPECTRUM
    check("01.spectrum", {"S1": "Collaborate"})

Everything else lives in sub-packages: ``grader.domain`` (plain models, no Jupyter),
``grader.checks`` (answer checks shared by practice checks and nbgrader tests),
``grader.widgets`` (thin ipywidgets views) and ``grader.cli``.
"""

from grader.checks import check, points
from grader.domain.spectrum import SPECTRUM, level

__all__ = ["SPECTRUM", "check", "level", "points"]
__version__ = "0.1.0"

"""How ``make test``'s two pytest-xdist workers share the tests (``--dist loadfile``).

A unit of work goes to one worker whole, its tests in order. As with plain ``loadfile``, a
unit is a test file (its module-scoped fixtures are made once), with one exception: the
tests that drive a module notebook in JupyterLab (``SPREAD``) are a unit each, so the modules
spread over both workers. ``SAVED_WORK`` stays one unit, in this order: modules 01 and 02,
whose widgets save the plans that the start page's take-away plan then gathers, and the
start page's tests.

Units start slowest first, so that the two workers finish together instead of one running
the last long file alone. How slow a unit is comes from its marks and fixtures (``rank``),
not from timings, so a new test file finds its place without anyone measuring it.
"""

from __future__ import annotations

from collections.abc import Iterable

SPREAD = "tests/browser/test_module_notebooks.py"
START_PAGE = "tests/browser/test_start_page.py"
SAVED_WORK = "the start page and the modules whose saved work it shows"
SAVED_WORK_MODULES = ("01-", "02-")


def unit_of(nodeid: str) -> str:
    """The unit of work a test belongs to: its file, or for a module notebook's browser test, itself."""
    path, _, rest = nodeid.partition("::")
    if path == START_PAGE:
        return SAVED_WORK
    if path == SPREAD:
        parameter = rest.partition("[")[2]
        return SAVED_WORK if parameter.startswith(SAVED_WORK_MODULES) else nodeid
    return path


# Lowest first. The files that read every exercise's graded cohort come first, so both workers
# make it together (tests/support/cohorts.py) before anything else needs the processors.
SLOWEST_FIRST = ("graded_exercises", "hub", "browser", "nbgrader", "notebook")


def rank(marks: Iterable[str], fixtures: Iterable[str], is_notebook: bool) -> int:
    """Where a test's unit starts: by the costliest thing the test uses."""
    kinds = set(marks) | set(fixtures) | ({"notebook"} if is_notebook else set())
    return next((number for number, kind in enumerate(SLOWEST_FIRST) if kind in kinds), len(SLOWEST_FIRST))


def slowest_first(units: list[str], ranks: list[int]) -> list[int]:
    """The order to run tests in, as indexes: unit by unit, a unit where its slowest test ranks
    (ties as first collected), and a unit's tests as collected."""
    best: dict[str, int] = {}
    for unit, number in zip(units, ranks, strict=True):
        best[unit] = min(best.get(unit, number), number)
    first_seen = {unit: index for index, unit in reversed(list(enumerate(units)))}
    return sorted(range(len(units)), key=lambda index: (best[units[index]], first_seen[units[index]], index))

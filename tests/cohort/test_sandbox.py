"""Each hostile class on its own, where the whole-cohort test could hide it: a double-forked
survivor (in the cohort run, the killer may end it first), graded as root and as an
ordinary user."""

from __future__ import annotations

import pytest

from tests.support import attacks
from tests.support.hostile import ASSIGNMENT, HONEST, answered, graded_as, graded_text, mark
from tests.support.submissions import place

pytestmark = pytest.mark.nbgrader


@pytest.mark.parametrize("mode", ["root", "user"], ids=["as-root", "as-ordinary-user"])
def test_a_double_forked_child_in_a_new_session_ends_with_its_kernel(mode, tmp_path_factory):
    def submissions(workspace, release, run, token):
        notebook = answered(release, HONEST["a-full"], mark("survivor", run), before=attacks.survive(token))
        place(workspace, "survivor", notebook, assignment=ASSIGNMENT, name=f"{ASSIGNMENT}.ipynb")

    with graded_as(mode, tmp_path_factory, submissions, feedback=False) as run:
        assert run["done"].returncode == 0, run["done"].stderr[-2000:]
        assert "1 graded" in run["done"].stdout, run["done"].stdout[-2000:]
        assert "NameError" not in graded_text(run, "survivor")  # the attack itself ran
        assert run["left"] == [], run["left"]

"""Does `cohort init` make a whole workspace or nothing at all?"""

from __future__ import annotations

import os
import stat

import pytest
from nbgrader.api import Gradebook

from grader.cohort.roster import RosterError
from grader.cohort.workspace import WorkspaceError, init_cohort
from grader.course.syllabus import load_syllabus


def test_init_makes_a_private_workspace_with_every_learner_and_exercise(tmp_path):
    (tmp_path / "roster.csv").write_text("id,first_name,email\nana,Ana,ana@x.org\nben,Ben,\n")
    init_cohort(tmp_path / "spring", tmp_path / "roster.csv")
    workspace = tmp_path / "spring"
    assert stat.S_IMODE(os.stat(workspace).st_mode) == 0o700
    assert sorted(p.name for p in (workspace / "source").iterdir()) == sorted(
        m.exercise.assignment for m in load_syllabus().modules)
    with Gradebook(f"sqlite:///{workspace / 'gradebook.db'}") as gradebook:
        assert sorted(s.id for s in gradebook.students) == ["ana", "ben"]
    config = (workspace / "nbgrader_config.py").read_text()
    assert repr(str(workspace)) in config and ".partial-" not in config


def test_a_bad_roster_creates_nothing(tmp_path):
    (tmp_path / "roster.csv").write_text("id\nana\nana\n")
    with pytest.raises(RosterError):
        init_cohort(tmp_path / "spring", tmp_path / "roster.csv")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["roster.csv"]


def test_an_existing_cohort_is_never_overwritten(tmp_path):
    (tmp_path / "roster.csv").write_text("id\nana\n")
    (tmp_path / "spring").mkdir()
    (tmp_path / "spring" / "gradebook.db").write_text("precious")
    with pytest.raises(WorkspaceError, match="already exists"):
        init_cohort(tmp_path / "spring", tmp_path / "roster.csv")
    assert (tmp_path / "spring" / "gradebook.db").read_text() == "precious"
    assert [p.name for p in tmp_path.iterdir() if ".partial-" in p.name] == []


def test_answers_a_builder_saved_beside_an_exercise_never_reach_the_cohort_source(tmp_path):
    """A maintainer's nbval run saves the model answer's files beside the exercise; a release made
    from that checkout must not hand them to learners."""
    import shutil

    from grader.cohort.workspace import create_workspace
    from grader.course.syllabus import course_root

    root = tmp_path / "course"
    shutil.copytree(course_root() / "course", root / "course")
    shutil.copytree(course_root() / "exercises" / "ex01", root / "exercises" / "ex01")
    (root / "exercises" / "ex01" / "one-to-one-plan.json").write_text('{"partner": "the model answer"}')
    workspace = create_workspace(tmp_path / "spring", root=root, assignments=["ex01"])
    assert sorted(p.name for p in (workspace / "source" / "ex01").iterdir()) == ["ex01.ipynb"]

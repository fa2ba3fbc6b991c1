"""Fixtures shared by the unit tests (the repository's conftest.py sets up the test session),
and how pytest-xdist's workers share the tests (tests/support/schedule.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from grader.checks import choice, labels, registry, show
from grader.course.data import load
from grader.domain.indicators import from_frames
from grader.learner.store import LearnerStore
from tests.support import schedule, session_cache


def pytest_collection_modifyitems(config, items) -> None:
    """In a pytest-xdist worker, put the slowest units of work first (tests/support/schedule.py)."""
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        return
    units = [schedule.unit_of(item.nodeid) for item in items]
    ranks = [schedule.rank((mark.name for mark in item.iter_markers()), getattr(item, "fixturenames", ()),
                           item.nodeid.partition("::")[0].endswith(".ipynb")) for item in items]
    items[:] = [items[index] for index in schedule.slowest_first(units, ranks)]


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    """``--dist loadfile`` with the units of tests/support/schedule.py, in the order the workers collected."""
    if config.getvalue("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadFileScheduling

    class CourseScheduling(LoadFileScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return schedule.unit_of(nodeid)

    config.option.loadscopereorder = False  # keep the slowest-first order, not the most tests first
    return CourseScheduling(config, log)


@pytest.fixture
def store(tmp_path) -> LearnerStore:
    """An empty learner store in a temporary course folder."""
    return LearnerStore(tmp_path / "my-work")


@pytest.fixture(scope="module")
def indicators():
    """Riverbend's community-chosen indicators with their yearly values."""
    return from_frames(load("community_indicators"), load("community_indicator_values"))


@pytest.fixture
def private_catalog(monkeypatch):
    """A copy of the check registry and question tables, so a test may register toy checks."""
    monkeypatch.setattr(registry, "_REGISTRY", dict(registry._REGISTRY))
    monkeypatch.setattr(choice, "QUESTIONS", dict(choice.QUESTIONS))
    monkeypatch.setattr(labels, "CASE_SETS", {name: dict(found) for name, found in labels.CASE_SETS.items()})
    monkeypatch.setattr(show, "QUESTIONS", choice.QUESTIONS)


@pytest.fixture(scope="session", autouse=True)
def session_folder(tmp_path_factory) -> Path:
    """The folder both xdist workers share for what the session makes once (tests/support/session_cache.py)."""
    folder = session_cache.session_folder(tmp_path_factory)
    session_cache.use(folder)
    return folder


@pytest.fixture(scope="session")
def exercise_cache(session_folder) -> Path:
    """A cache of every exercise's student version, made once by real nbgrader for the session."""
    from grader.learner.exercises import released

    cache = session_folder / "exercise-cache"
    session_cache.made_once(cache, lambda folder: released(cache=folder))
    return cache


@pytest.fixture(scope="session")
def graded_exercises(session_folder) -> dict[str, Path]:
    """Every exercise's graded cohort workspace, by assignment (tests/support/cohorts.py): made once
    in the session, by whichever workers ask first, and only read by tests."""
    from grader.course.syllabus import load_syllabus
    from tests.support.cohorts import graded_exercises

    return graded_exercises(load_syllabus().modules)

"""Fixtures shared by the unit tests (the repository's conftest.py sets up the test session)."""

from __future__ import annotations

import pytest

from grader.checks import choice, registry, show, spectrum
from grader.course.data import load
from grader.domain.indicators import from_frames
from grader.learner.store import LearnerStore


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
    monkeypatch.setattr(spectrum, "SCENARIO_SETS", dict(spectrum.SCENARIO_SETS))
    monkeypatch.setattr(show, "QUESTIONS", choice.QUESTIONS)
    monkeypatch.setattr(show, "SCENARIO_SETS", spectrum.SCENARIO_SETS)


@pytest.fixture(scope="session")
def exercise_cache(tmp_path_factory):
    """A cache of every exercise's student version, made once by real nbgrader for the session."""
    from grader.learner.exercises import released

    cache = tmp_path_factory.mktemp("exercise-cache")
    released(cache=cache)
    return cache

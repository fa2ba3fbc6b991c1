"""Self-assessments in the learner's store: ``my-work/self-assessment-NN.json``, one file per module.

Each file keeps the start and end ratings with the objectives they were given for, so that a
rating saved before the syllabus changed its objectives is reported and not shown as if it
still applied. A damaged file is set aside by the store and reported, never silently dropped.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from grader.course.syllabus import Module, Syllabus, load_syllabus
from grader.domain.self_assessment import MOMENTS, Rating, RatingProblem, check_moment, check_ratings
from grader.learner.store import LearnerStore, StoreDamaged


def file_name(module_id: str) -> str:
    return f"self-assessment-{module_id}"


@dataclass(frozen=True)
class ModuleRatings:
    """A module's saved start and end ratings (either may be missing) and any problem reading them."""

    module: Module
    start: Rating | None = None
    end: Rating | None = None
    problems: tuple[str, ...] = field(default=())

    def at(self, moment: str) -> Rating | None:
        return self.start if check_moment(moment) == "start" else self.end


def save_rating(module_id: str, moment: str, ratings: list[int] | tuple[int, ...],
                store: LearnerStore | None = None, syllabus: Syllabus | None = None) -> Rating:
    """Keep one self-assessment; RatingProblem (with a fix) for a rating that cannot be kept."""
    syllabus = syllabus or load_syllabus()
    module = syllabus.module(module_id)
    moment = check_moment(moment)
    kept = check_ratings(ratings, len(module.objectives), len(syllabus.self_assessment.levels))
    store = store or LearnerStore.default()
    try:
        data = store.load(file_name(module.id))
    except StoreDamaged:
        data = None  # moved aside by the store; load_ratings reports it
    if not isinstance(data, dict) or data.get("objectives") != list(module.objectives):
        data = {"objectives": list(module.objectives)}
    saved = time.strftime("%Y-%m-%d %H:%M")
    data[moment] = {"ratings": list(kept), "saved": saved}
    store.save(file_name(module.id), data)
    return Rating(module.id, moment, kept, saved)


def _rating(module: Module, moment: str, entry: object, levels: int) -> Rating:
    if not isinstance(entry, dict):
        raise RatingProblem("it is not a table of ratings")
    ratings = check_ratings(entry.get("ratings"), len(module.objectives), levels)
    return Rating(module.id, moment, ratings, str(entry.get("saved", "")))


def load_ratings(module_id: str, store: LearnerStore | None = None,
                 syllabus: Syllabus | None = None) -> ModuleRatings:
    """The module's saved ratings; a damaged, wrongly shaped or out-of-date file is reported."""
    syllabus = syllabus or load_syllabus()
    module = syllabus.module(module_id)
    store = store or LearnerStore.default()
    name = file_name(module.id)
    try:
        data = store.load(name)
    except StoreDamaged as damaged:
        return ModuleRatings(module, problems=(str(damaged),))
    problems = [f"An earlier self-assessment file for module {module.id} could not be read and was moved "
                f"aside ({p.name}); nothing was deleted." for p in store.set_aside(name)]
    if data is None:
        return ModuleRatings(module, problems=tuple(problems))
    if not isinstance(data, dict):
        problems.append(f"Your self-assessment for module {module.id} ({store.path(name).name}) is not a table "
                        "of ratings, so it is not shown. Save your ratings again to replace it.")
        return ModuleRatings(module, problems=tuple(problems))
    if data.get("objectives") != list(module.objectives):
        problems.append(f"Module {module.id}'s objectives have changed since you rated them, so your earlier "
                        "ratings are not shown. Rate them again.")
        return ModuleRatings(module, problems=tuple(problems))
    found: dict[str, Rating] = {}
    for moment in MOMENTS:
        if moment in data:
            try:
                found[moment] = _rating(module, moment, data[moment], len(syllabus.self_assessment.levels))
            except RatingProblem as problem:
                problems.append(f"Your {moment} self-assessment for module {module.id} could not be used "
                                f"({problem}). Save your ratings again.")
    return ModuleRatings(module, found.get("start"), found.get("end"), tuple(problems))


def all_ratings(store: LearnerStore | None = None, syllabus: Syllabus | None = None) -> tuple[ModuleRatings, ...]:
    """Every module's ratings, in syllabus order."""
    syllabus = syllabus or load_syllabus()
    store = store or LearnerStore.default()
    return tuple(load_ratings(m.id, store, syllabus) for m in syllabus.modules)

"""The learner's saved work that belongs in the take-away plan, gathered from their store.

As far as done: their department plan (the capstone, Module 10), their spectrum maps, their
one-to-one plan and their accountability plan. A damaged or missing piece is named in
``TakeAway.problems`` or ``TakeAway.still_to_do``, never raised.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from grader.domain.accountability import PLAN_FILE, AccountabilityPlan, PlanFileError
from grader.domain.department_plan import STORE_NAME as DEPARTMENT_PLAN
from grader.domain.department_plan import DepartmentPlan
from grader.domain.one_to_one import OneToOnePlan
from grader.domain.spectrum import SPECTRUM, Level, one_step_up
from grader.learner.store import LearnerStore, StoreDamaged

ONE_TO_ONE = "one-to-one-plan"


@dataclass(frozen=True)
class Placement:
    """One partner the learner placed on the spectrum."""

    scenario_id: str
    partner: str
    text: str
    level: Level

    @property
    def next_level(self) -> Level | None:
        return one_step_up(self.level.number)


@dataclass(frozen=True)
class SpectrumMap:
    check_id: str
    title: str
    placements: tuple[Placement, ...]


@dataclass
class TakeAway:
    """Everything the learner has saved that belongs in the take-away plan."""

    name: str = ""
    date: dt.date = field(default_factory=dt.date.today)
    maps: list[SpectrumMap] = field(default_factory=list)
    one_to_one: OneToOnePlan | None = None
    accountability: AccountabilityPlan | None = None
    department: DepartmentPlan | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def still_to_do(self) -> list[str]:
        """The parts not saved yet, each with where to do it."""
        todo = []
        if not self.maps:
            todo.append("Spectrum map: place the partners in module 00 or 01 and press Check my placements.")
        if self.one_to_one is None:
            todo.append("One-to-one plan: fill in the planner in module 01 and press Save my plan.")
        if self.accountability is None:
            todo.append("Accountability plan: add commitments in module 02 and press Save my plan.")
        if self.department is None:
            todo.append("Department plan: build it in module 10, the capstone, and press Save my plan.")
        return todo


def _spectrum_maps(store: LearnerStore, problems: list[str]) -> list[SpectrumMap]:
    from grader.checks import known_checks, spec
    from grader.checks.labels import case_sets

    known_checks()  # loads the catalog, which registers the spectrum questions
    scenario_sets = case_sets("spectrum")
    maps = []
    for check_id in sorted(scenario_sets):
        try:
            saved = store.load(f"spectrum-{check_id}")
        except StoreDamaged as damaged:
            problems.append(str(damaged))
            continue
        if not isinstance(saved, dict):
            continue
        placements = tuple(
            Placement(s.id, s.partner, s.text, SPECTRUM[saved[s.id]])
            for s in scenario_sets[check_id]
            if isinstance(saved.get(s.id), int) and saved[s.id] in range(len(SPECTRUM))
        )
        if placements:
            maps.append(SpectrumMap(check_id, spec(check_id).title, placements))
    return maps


def _one_to_one(store: LearnerStore, problems: list[str]) -> OneToOnePlan | None:
    try:
        saved = store.load(ONE_TO_ONE)
    except StoreDamaged as damaged:
        problems.append(str(damaged))
        return None
    if not isinstance(saved, dict):
        return None
    try:
        plan = OneToOnePlan.from_dict(saved)
    except (TypeError, ValueError) as error:
        problems.append(f"Your saved one-to-one plan could not be read ({error}); open the planner and save it again.")
        return None
    return plan if plan != OneToOnePlan() else None


def _accountability(store: LearnerStore, problems: list[str]) -> AccountabilityPlan | None:
    try:
        plan = AccountabilityPlan.load(store.root / PLAN_FILE)
    except PlanFileError as damaged:
        problems.append(str(damaged))
        return None
    return None if plan.is_empty() else plan


def _department(store: LearnerStore, problems: list[str]) -> DepartmentPlan | None:
    try:
        saved = store.load(DEPARTMENT_PLAN)
    except StoreDamaged as damaged:
        problems.append(str(damaged))
        return None
    if saved is None:
        return None
    try:
        plan = DepartmentPlan.from_dict(saved)
    except (TypeError, ValueError) as error:
        problems.append(f"Your saved department plan could not be read ({error}); open the builder in "
                        "module 10 and save it again.")
        return None
    return None if plan.is_blank() else plan


def gather(store: LearnerStore | None = None, name: str = "", date: dt.date | None = None) -> TakeAway:
    """The learner's saved work, as far as done; unreadable files are named in ``problems``."""
    store = store or LearnerStore.default()
    problems: list[str] = []
    return TakeAway(
        name=name.strip(),
        date=date or dt.date.today(),
        maps=_spectrum_maps(store, problems),
        one_to_one=_one_to_one(store, problems),
        accountability=_accountability(store, problems),
        department=_department(store, problems),
        problems=problems,
    )

"""A first draft of the department plan, built from what the learner saved in earlier modules.

It reads the learner's store (``grader.learner.store.LearnerStore``) through the take-away plan's
``gather``: the spectrum maps (modules 00 and 01), the one-to-one plan (module 01) and the
accountability plan (module 02). The data-sharing and policy parts have no saved plan to
draw on, so they start blank, with a note that names the module to revisit and, when the
learner saved one, what their reflection there said.

Nothing here raises for missing or damaged saved work: a part that cannot be drawn in
starts blank, and a note says why and where to go.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from grader.domain.accountability import Commitment
from grader.domain.department_plan import (
    STORE_NAME,
    DataSharing,
    DepartmentPlan,
    Milestone,
    OneToOnes,
    Partnership,
    PolicyAgenda,
)
from grader.learner.saved_work import Placement, SpectrumMap, TakeAway, gather
from grader.learner.store import LearnerStore, StoreDamaged

CPBO = "community power-building organization"
QUOTE_WORDS = 40
REFLECTIONS = {"data": "07-community-research", "policy": "09-agenda"}


@dataclass
class Draft:
    """A starting plan and one note per part: where it came from, or what to do."""

    plan: DepartmentPlan
    notes: list[str] = field(default_factory=list)


def saved_plan(store: LearnerStore | None = None) -> tuple[DepartmentPlan | None, str]:
    """The department plan saved in the learner's store, or None, and a message if it is damaged."""
    store = store or LearnerStore.default()
    try:
        saved = store.load(STORE_NAME)
    except StoreDamaged as damaged:
        return None, str(damaged)
    if saved is None:
        return None, ""
    try:
        plan = DepartmentPlan.from_dict(saved)
    except (TypeError, ValueError) as error:
        return None, (f"Your saved department plan could not be read ({error}); the builder starts from "
                      "your earlier work instead. Save your plan again to replace it.")
    return (None, "") if plan.is_blank() else (plan, "")


def _cpbo_names() -> set[str]:
    try:
        from grader.course.data import load_partners

        partners = load_partners()
        return set(partners.loc[partners["type"] == CPBO, "name"])
    except Exception:
        return set()


def _choose_placement(gathered: TakeAway) -> tuple[Placement, SpectrumMap] | None:
    """The placement with most room to grow: a power-building partner first, then the lowest level."""
    options = [(p, m) for m in gathered.maps for p in m.placements if p.next_level is not None]
    if not options:
        return None
    cpbos = _cpbo_names()
    return min(options, key=lambda item: (item[0].partner not in cpbos, item[0].level.number))


def _partnership(gathered: TakeAway, notes: list[str]) -> Partnership:
    chosen = _choose_placement(gathered)
    if chosen is None:
        notes.append("Partnership: nothing saved yet. Place partners on the spectrum in module 01 (or 00), or "
                     "choose a partner of your own and where the relationship is today.")
        return Partnership()
    placement, found = chosen
    module = found.check_id.removeprefix("ex")[:2]
    notes.append(f"Partnership: drawn from your spectrum map in module {module} ({found.title}), where you "
                 f"placed {placement.partner} at {placement.level.label}; the draft aims one step up. Change the "
                 "partner to one your own department works with, and write the step that gets you there.")
    return Partnership(partner=placement.partner, now=placement.level.number,
                       aim=placement.next_level.number if placement.next_level else None)


def _one_to_ones(gathered: TakeAway, notes: list[str], milestones: list[Milestone]) -> OneToOnes:
    plan = gathered.one_to_one
    if plan is None or not (plan.partner or plan.purpose):
        notes.append("One-to-ones: nothing saved yet. Plan a one-to-one in module 01 and press Save my plan, "
                     "or write who you will meet and why here.")
        return OneToOnes()
    notes.append("One-to-ones: drawn from your one-to-one plan (module 01). Add anyone else you mean to meet, "
                 "one per line.")
    if plan.partner:
        milestones.append(Milestone(month=1, action=f"One-to-one with {plan.partner}", part="one_to_ones",
                                    partner=plan.partner))
    return OneToOnes(people=[plan.partner] if plan.partner else [], purpose=plan.purpose)


def _accountability(gathered: TakeAway, notes: list[str], milestones: list[Milestone]) -> list[Commitment]:
    if gathered.accountability is None:
        notes.append("Accountability: nothing saved yet. Draft commitments in module 02's builder and press "
                     "Save my plan, or add them here.")
        return []
    commitments = list(gathered.accountability.commitments)
    count = len(commitments)
    notes.append(f"Accountability: drawn from your accountability plan (module 02), {count} commitment"
                 f"{'s' if count != 1 else ''}. Keep the ones this plan needs.")
    first = next((c for c in commitments if c.answers_to), None)
    if first is not None:
        how = f" through the {first.mechanism}" if first.mechanism else ""
        milestones.append(Milestone(month=3, action=f"First check-in with {first.answers_to}{how}",
                                    owner=first.owner, part="accountability", partner=first.answers_to))
    return commitments


def _reflection(store: LearnerStore, name: str) -> str:
    try:
        saved = store.load(f"reflection-{name}")
    except StoreDamaged:
        return ""
    text = str(saved.get("text", "")).split() if isinstance(saved, dict) else []
    if not text:
        return ""
    quoted = " ".join(text[:QUOTE_WORDS]) + (" …" if len(text) > QUOTE_WORDS else "")
    return f" Your reflection in module {name[:2]} said: \u201c{quoted}\u201d"


def draft_from_saved_work(store: LearnerStore | None = None) -> Draft:
    """A starting plan from the learner's saved work, with a note for every part."""
    store = store or LearnerStore.default()
    notes: list[str] = []
    gathered = gather(store)
    milestones: list[Milestone] = []
    partnership = _partnership(gathered, notes)
    one_to_ones = _one_to_ones(gathered, notes, milestones)
    accountability = _accountability(gathered, notes, milestones)
    notes.append("Data sharing: start here. Say what data a community partner asked for, what they will use "
                 "it for and how small numbers are protected (modules 02 and 07)."
                 + _reflection(store, REFLECTIONS["data"]))
    notes.append("Policy agenda: start here. Name a policy change that lines up with a partner's campaign "
                 "(module 09)." + _reflection(store, REFLECTIONS["policy"]))
    notes += [f"Note: {problem}" for problem in gathered.problems]
    plan = DepartmentPlan(partnership=partnership, one_to_ones=one_to_ones, accountability=accountability,
                          data=DataSharing(), policy=PolicyAgenda(), milestones=milestones)
    return Draft(plan, notes)


def starting_plan(store: LearnerStore | None = None) -> Draft:
    """The plan to start from: the saved department plan if there is one, else a draft from earlier work."""
    store = store or LearnerStore.default()
    plan, message = saved_plan(store)
    if plan is not None:
        return Draft(plan, ["Your saved department plan was reloaded."])
    draft = draft_from_saved_work(store)
    if message:
        draft.notes.insert(0, message)
    return draft


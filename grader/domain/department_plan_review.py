"""Is a department plan complete? Rubric lines that say what is there and what is still missing.

These are completeness checks only. They say whether each part is filled in, whether the
timeline gives every part a month and an owner, whether a community partner is named
where the plan works with one, whether the community has a check-in to hold the department
to its commitments, and whether the data part says how small numbers are protected. They
never judge whether a choice is the right one, or whether writing holds up: the quality of
the plan is for the trainer's rubric. One line is a ``judgment`` (does the protection name a
way to protect counts from 1 to 10, the course's small-count rule): a hint, never scored.

Each ``Finding`` belongs to one ``area`` (parts, partners, timeline, safeguards); the
exercise scores each area in its own test cell.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import TypeVar

from grader.domain.accountability import VAGUE_PARTNERS, VAGUE_WORDS, is_concrete_cadence, is_vague
from grader.domain.department_plan import PARTS, DepartmentPlan, Milestone, part_label
from grader.domain.finding import is_written

AREAS: dict[str, str] = {
    "parts": "Every part is filled in",
    "partners": "A community partner is named where the plan works with one",
    "timeline": "The timeline gives every part a month and an owner",
    "safeguards": "Accountability and data safeguards",
}
PROTECTS_SMALL_NUMBERS = re.compile(
    r"(suppress\w*|\bhid(e|es|den|ing)\b|\bmask\w*|\bwithh[eo]ld\w*|small[- ](count|number|cell)s?|cell[- ]size|"
    r"\b(1|one)\s*(to|-|–)\s*(10|ten)\b|\b(under|below|fewer than|less than)\s+(10|11|ten|eleven)\b|"
    r"\bnot shown\b|\baggregat\w*|\bcombin\w* (small|years|groups|neighbou?rhoods|areas))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Finding:
    """One completeness line: met or not, and what to do (where) when it is not."""

    area: str
    criterion: str
    met: bool
    advice: str
    judgment: bool = False  # reads the words of the plan: a hint, never scored


T = TypeVar("T")

def says_how_small_numbers_are_protected(text: str) -> bool:
    """The text names a way of protecting small numbers: suppression, hiding counts from 1 to 10, combining."""
    return bool(PROTECTS_SMALL_NUMBERS.search(text or ""))


def is_named_partner(text: str) -> bool:
    """A partner named well enough to call: not blank and not "the community" or "partners"."""
    return bool(text.strip()) and not is_vague(text, VAGUE_PARTNERS)


def is_named_owner(text: str) -> bool:
    return bool(text.strip()) and not is_vague(text, VAGUE_WORDS)


def _numbers(items: Sequence[int]) -> str:
    return ", ".join(str(n) for n in items)


def _every(area: str, criterion: str, things: Sequence[T], ok: Callable[[T], bool], name: str,
           advice: str, none_yet: str) -> Finding:
    """Met when there is at least one thing and every one passes ``ok``; names the ones that do not."""
    if not things:
        return Finding(area, criterion, False, none_yet)
    failing = [n for n, thing in enumerate(things, start=1) if not ok(thing)]
    if not failing:
        return Finding(area, criterion, True, "Yes.")
    word = name if len(failing) == 1 else f"{name}s"
    return Finding(area, criterion, False, f"{word.capitalize()} {_numbers(failing)}: {advice}")


def _line(area: str, criterion: str, met: bool, advice: str) -> Finding:
    return Finding(area, criterion, met, "Yes." if met else advice)


def _parts(plan: DepartmentPlan) -> list[Finding]:
    p, o, d, g = plan.partnership, plan.one_to_ones, plan.data, plan.policy
    return [
        _line("parts", "names the department and writes its health equity goal",
              is_written(plan.department) and is_written(plan.goal),
              "At the top of the plan, name your department or team and write the health equity goal "
              "the plan serves in a sentence."),
        _line("parts", "partnership: where the relationship is and where it is going",
              p.now is not None and p.aim is not None and bool(p.step),
              "In the Partnership part, choose the level the relationship is at now and the level it aims "
              "for, and write the step that gets it there (module 01 places partners on the spectrum)."),
        _line("parts", "one-to-ones: why you will meet",
              bool(o.purpose),
              "In the One-to-ones part, write the purpose of the meetings: getting to know the people, "
              "not pitching to them (module 01 plans a one-to-one)."),
        _every("parts", "accountability: commitments with an action and an owner", plan.accountability,
               lambda c: is_written(c.action) and is_named_owner(c.owner), "commitment",
               "say what the department will do in a few words and name its owner, a person or role.",
               "In the Accountability part, add at least one commitment: what the department will do and "
               "who owns it (module 02 drafts an accountability plan)."),
        _line("parts", "data sharing: what data, and what it is for",
              bool(d.data) and bool(d.use),
              "In the Data sharing part, say what data you will share and what the partner will use it for "
              "(modules 02 and 07 prepare data for a community partner)."),
        _line("parts", "policy agenda: the policy and what the department brings",
              bool(g.policy) and bool(g.contribution),
              "In the Policy agenda part, name the policy change and what the department brings to it: data, "
              "regulatory authority, relationships or funding (module 09 lines an agenda up with campaigns)."),
    ]


def _partners(plan: DepartmentPlan) -> list[Finding]:
    p, o, d, g = plan.partnership, plan.one_to_ones, plan.data, plan.policy
    vague = 'a named organization or person, not "the community" or "partners"'
    return [
        _line("partners", "partnership names its community partner", is_named_partner(p.partner),
              f"In the Partnership part, name the community partner: {vague}."),
        _every("partners", "one-to-ones name who you will meet", o.people, is_named_partner, "person",
               f"name who you will meet: {vague}.",
               "In the One-to-ones part, list who you will meet, one per line: a name and their organization."),
        _every("partners", "every commitment answers to a named partner", plan.accountability,
               lambda c: is_named_partner(c.answers_to), "commitment",
               f"name the community partner it answers to: {vague}.",
               "In the Accountability part, add a commitment and name the community partner it answers to."),
        _line("partners", "data sharing names the partner who receives the data", is_named_partner(d.partner),
              f"In the Data sharing part, name the community partner who receives the data: {vague}."),
        _line("partners", "policy agenda names the partner and their campaign",
              is_named_partner(g.partner) and bool(g.campaign),
              "In the Policy agenda part, name the partner whose campaign the policy lines up with, and the "
              "campaign or priority in their words."),
    ]


def _in_order(milestones: Sequence[Milestone]) -> bool:
    months = [m.month for m in milestones if m.month is not None]
    return all(a <= b for a, b in pairwise(months))


def _timeline(plan: DepartmentPlan) -> list[Finding]:
    milestones = plan.milestones
    none_yet = "Add milestones to the timeline first: for each, a month, what happens, its owner and its part."
    without = [part_label(key) for key in PARTS if not plan.milestones_for(key)]
    return [
        Finding("timeline", "every part has a milestone", bool(milestones) and not without,
                "Yes." if milestones and not without else
                (none_yet if not milestones else f"Add a milestone for: {', '.join(without)}. Each part of the "
                 "plan needs at least one step on the timeline, with the part it serves chosen.")),
        _every("timeline", "every milestone has a month from 1 to 12", milestones, lambda m: m.month is not None,
               "milestone", 'choose its month, 1 to 12 (or a quarter such as "Q2").', none_yet),
        _every("timeline", "every milestone says what happens and who owns it", milestones,
               lambda m: bool(m.action) and is_named_owner(m.owner), "milestone",
               'say what happens and name its owner, a person or role ("staff" or "TBD" leaves nobody '
               "accountable).", none_yet),
        _line("timeline", "milestones are listed in month order", bool(milestones) and _in_order(milestones),
              none_yet if not milestones else
              "List the milestones from month 1 to month 12, so the plan reads as a timeline "
              "(the builder keeps them in order for you)."),
    ]


def _checks_in_with(m: Milestone, partners: list[str]) -> bool:
    if not is_named_partner(m.partner):
        return False
    if not partners:
        return True
    mine = m.partner.casefold()
    return any(p.casefold() in mine or mine in p.casefold() for p in partners)


def _safeguards(plan: DepartmentPlan) -> list[Finding]:
    partners = [c.answers_to for c in plan.accountability if is_named_partner(c.answers_to)]
    checks = [m for m in plan.milestones_for("accountability") if _checks_in_with(m, partners)]
    who = f" ({'; '.join(partners)})" if partners else ""
    return [
        _every("safeguards", "every commitment has a mechanism and a cadence a calendar understands", plan.accountability,
               lambda c: is_named_owner(c.mechanism) and is_concrete_cadence(c.cadence), "commitment",
               'name how the partner holds the department to it (for example a community advisory board) and '
               'how often, in words a calendar understands ("every month").',
               "In the Accountability part, add a commitment with its mechanism and how often it meets or reports."),
        _line("safeguards", "a check-in with the community partner is on the timeline", bool(checks),
              "Add a milestone for the Accountability part that the partner your commitments answer to"
              f"{who} takes part in, such as a first check-in, and name that partner in it."),
        _line("safeguards", "data sharing names the data and fills in how small numbers are protected",
              is_written(plan.data.data) and is_written(plan.data.protection),
              ("In the Data sharing part, say what data you will share, then how small numbers in it are "
               "protected" if not is_written(plan.data.data) else
               "In the Data sharing part, say how small numbers are protected") +
              ": for example, counts from 1 to 10 are suppressed, and one more cell is hidden when a total "
              "would give a hidden count away (module 02)."),
        Finding("safeguards", "the protection names a way to protect counts from 1 to 10",
                says_how_small_numbers_are_protected(plan.data.protection),
                "Check that the protection would keep a count from 1 to 10 from being read or worked out: "
                "suppress it, and hide one more cell where a total would give it away, or combine small "
                "groups, years or areas (module 02).", judgment=True),
    ]


def review(plan: DepartmentPlan) -> list[Finding]:
    """Every completeness line, area by area: parts, partners, timeline, safeguards."""
    return [*_parts(plan), *_partners(plan), *_timeline(plan), *_safeguards(plan)]


def review_text(plan: DepartmentPlan) -> str:
    """The review as plain lines with symbols and words (never color alone)."""
    out = []
    for area, title in AREAS.items():
        out.append(title)
        for f in (f for f in review(plan) if f.area == area):
            if f.judgment:
                out.append(f"  Hint, not a grade: {f.criterion}. {f.advice}")
                continue
            mark = "✓ Present" if f.met else "↻ Still to do"
            out.append(f"  {mark}: {f.criterion}." + ("" if f.met else f" {f.advice}"))
    return "\n".join(out)

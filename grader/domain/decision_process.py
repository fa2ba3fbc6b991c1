"""A department decision process, designed around a committee, read against the engagement spectrum.

A redesign answers six design questions, and states the level of the Spectrum of Community
Engagement to Ownership it aims for (DESIGN §4, via ``grader.domain.spectrum``):

- **who sits**: seats for residents most affected, by group, and seats for department staff;
- **how members are chosen**: appointed by the department, nominated by community
  organizations, or elected by residents;
- **what authority is written down**: the committee's authority (advice only, a shared decision
  with a vote, or final say over a defined budget or decision) and where it is written;
- **how disagreement is settled**: the department decides, a vote, or consensus with a written
  fallback;
- **what share of resources** goes to community partners and processes, and to administration;
- **paid participation** (stipends, interpretation, childcare), kept where the process has it.

``review_design`` judges only what a machine can verify honestly: whether each answer fits the
stated target, whether every part is there, and whether the numbers add up. Why the design fits
is for the learner to write and a trainer to read. Which answers fit which level is the course's
reading of the spectrum (Rosa González, Facilitating Power, 2019): its resource ranges are the
spectrum's own; "real authority" at Collaborate and "community ownership" at Defer To are read as
written, shared or community authority, and a community majority at Defer To.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from grader.domain.finding import Finding
from grader.domain.plan_file import read_plan, write_plan
from grader.domain.spectrum import SPECTRUM, Level, UnknownLevel
from grader.domain.spectrum import level as spectrum_level

__all__ = ["Finding"]  # participation_budget imports Finding from here

DESIGN_FILE = "process-design.json"
LEVELS = range(1, len(SPECTRUM))  # a committee exists, so a design sits at Inform or above
COLLABORATE, DEFER_TO = 4, 5

# each option -> the levels it fits, and what it means, for feedback
CHOOSERS: dict[str, tuple[int, ...]] = {
    "appointed by the department": (1, 2, 3, 4),
    "nominated by community organizations": (1, 2, 3, 4, 5),
    "elected by residents": (1, 2, 3, 4, 5),
}
AUTHORITIES: dict[str, tuple[int, ...]] = {
    "informed only": (1,),
    "advice only": (2, 3),
    "shared decision with a vote": (4,),
    "final say over a defined budget or decision": (5,),
}
WRITTEN: dict[str, tuple[int, ...]] = {
    "not written down": (1, 2, 3),
    "a committee charter": (1, 2, 3, 4, 5),
    "a memorandum of understanding (MOU)": (1, 2, 3, 4, 5),
}
DISAGREEMENTS: dict[str, tuple[int, ...]] = {
    "the department decides": (1, 2, 3),
    "a vote of the committee": (4, 5),
    "consensus, with a written fallback": (4, 5),
}
SUPPORTS = ("stipends", "interpretation", "childcare")

# what each level asks of the committee, in plain words, for feedback
AUTHORITY_AT = {
    1: "the committee is kept informed of what the department decided",
    2: "the committee gives advice and the department decides",
    3: "the committee gives advice that shapes the options, and the department still decides",
    4: "the community and the department decide together, so neither side can overrule the other alone",
    5: "the community owns the decision, within a defined budget or scope",
}
WRITTEN_AT = {
    4: "shared authority that is not written down can be taken back at any time",
    5: "community authority that is not written down can be taken back at any time",
}
CHOSEN_AT = {
    5: "members the department picks answer to the department, not to the community",
}
DISAGREEMENT_AT = {
    1: "the department keeps the final say",
    2: "the department keeps the final say",
    3: "the department keeps the final say",
    4: "a disagreement is settled in a way both sides agreed to in advance, not by the department alone",
    5: "a disagreement is settled by the community's members, not by the department",
}
SEATS_AT = {
    4: "residents most affected hold at least half the seats, or a vote is the department deciding",
    5: "residents most affected hold most of the seats",
}
ALIASES = {
    "appointed": "appointed by the department",
    "nominated": "nominated by community organizations",
    "elected": "elected by residents",
    "advice": "advice only",
    "shared decision": "shared decision with a vote",
    "final say": "final say over a defined budget or decision",
    "charter": "a committee charter",
    "mou": "a memorandum of understanding (MOU)",
    "memorandum of understanding": "a memorandum of understanding (MOU)",
    "nowhere": "not written down",
    "department": "the department decides",
    "department decides": "the department decides",
    "vote": "a vote of the committee",
    "consensus": "consensus, with a written fallback",
}
RESOURCE_KEYS = {"community partners and processes": "community", "community": "community",
                 "department administration": "administration", "administration": "administration",
                 "admin": "administration"}


def _key(value: object) -> str:
    """Case, spacing, a final full stop and the word "the" or "a" do not matter."""
    text = re.sub(r"\s+", " ", str(value)).strip().casefold().strip(" .")
    return re.sub(r"\b(the|a)\s+", "", text)


def _listed(names: Iterable[object]) -> str:
    return ", ".join(f'"{name}"' for name in names)


def _pick(value: object, options: Mapping[str, object], what: str) -> str:
    """The canonical option a learner's words name, or a ValueError that lists the options."""
    key = _key(value)
    for name in options:
        if key == _key(name):
            return name
    for alias, name in ALIASES.items():
        if key == _key(alias) and name in options:
            return name
    raise ValueError(f'"{value}" is not one of the options for {what}. Use one of: {_listed(options)}.')


def chooser(value: object) -> str:
    return _pick(value, CHOOSERS, "how members are chosen")


def authority(value: object) -> str:
    return _pick(value, AUTHORITIES, "the committee's authority")


def written_in(value: object) -> str:
    return _pick(value, WRITTEN, "where the authority is written down")


def disagreement(value: object) -> str:
    return _pick(value, DISAGREEMENTS, "how disagreement is settled")


def support(value: object) -> str:
    return _pick(value, dict.fromkeys(SUPPORTS), "paid participation")


def target(value: object) -> str:
    """The stance of a spectrum level ("Collaborate", "4", "4 Collaborate"), or a ValueError."""
    try:
        # level() reads any value as text and names it if it is not a level
        return spectrum_level(value.strip() if isinstance(value, str) else value).stance  # type: ignore[arg-type]
    except UnknownLevel as error:
        raise ValueError(f"Target level: {error}") from None


def seats(value: object, what: str) -> int:
    """A whole number of seats, 0 or more ("3", 3), or a ValueError that says how to write it."""
    if isinstance(value, bool):
        raise ValueError(f'{what}: "{value}" is not a number of seats. Give a whole number, for example 4.')
    try:
        number = float(str(value).strip())
    except ValueError:
        number = math.nan
    if not (number >= 0 and number.is_integer()):  # also catches nan
        raise ValueError(f'{what}: "{value}" is not a number of seats. Give a whole number, for example 4.')
    return int(number)


def percent(value: object, what: str) -> float:
    """A percent from 0 to 100 ("60", 60, "60%"), or a ValueError that says how to write it."""
    text = str(value).strip().rstrip("%").strip()
    try:
        number = float(text) if not isinstance(value, bool) else math.nan
    except ValueError:
        number = math.nan
    if not 0 <= number <= 100:  # also catches nan
        raise ValueError(f'{what}: "{value}" is not a percent. Give a number from 0 to 100, for example 45.')
    return number


def share_range(number: int) -> tuple[int, int]:
    """The community share range, in percent, of a level (the spectrum's resource allocation)."""
    return SPECTRUM[number].resources.community


@dataclass(frozen=True)
class ProcessDesign:
    """The answers to the design questions. Parts left as None are not answered yet.

    ``community_seats`` maps each group of residents most affected to its seats;
    ``paid_participation`` is a tuple of supports (an empty tuple: none).
    """

    target: str | None = None
    community_seats: Mapping[str, int] = field(default_factory=dict)
    staff_seats: int | None = None
    total_seats: int | None = None
    chosen_by: str | None = None
    authority: str | None = None
    written_in: str | None = None
    disagreement: str | None = None
    community_share: float | None = None
    administration_share: float | None = None
    paid_participation: tuple[str, ...] | None = None

    def __post_init__(self) -> None:
        problems: list[str] = []

        def clean(name: str, parse: Any) -> None:
            value = getattr(self, name)
            if value is None:
                return
            try:
                object.__setattr__(self, name, parse(value))
            except ValueError as error:
                problems.append(str(error))

        clean("target", target)
        clean("chosen_by", chooser)
        clean("authority", authority)
        clean("written_in", written_in)
        clean("disagreement", disagreement)
        clean("staff_seats", lambda v: seats(v, "Department staff seats"))
        clean("total_seats", lambda v: seats(v, "Total seats"))
        clean("community_share", lambda v: percent(v, "Community share"))
        clean("administration_share", lambda v: percent(v, "Administration share"))
        groups: dict[str, int] = {}
        if not isinstance(self.community_seats, Mapping):
            problems.append("Give the community seats as a dictionary of group -> seats, "
                            'for example {"Eastside Tenants Union": 3}.')
        else:
            for group, count in self.community_seats.items():
                name = re.sub(r"\s+", " ", str(group)).strip()
                if not name:
                    problems.append("Each community seat group needs a name.")
                    continue
                try:
                    groups[name] = seats(count, f'Seats for "{name}"')
                except ValueError as error:
                    problems.append(str(error))
        object.__setattr__(self, "community_seats", groups)
        if self.paid_participation is not None:
            chosen = []
            values = [self.paid_participation] if isinstance(self.paid_participation, str) else self.paid_participation
            for item in values:
                try:
                    chosen.append(support(item))
                except ValueError as error:
                    problems.append(str(error))
            object.__setattr__(self, "paid_participation", tuple(dict.fromkeys(chosen)))
        if problems:
            raise ValueError(" ".join(problems))

    @property
    def community_total(self) -> int:
        return sum(self.community_seats.values())

    def is_empty(self) -> bool:
        return self == ProcessDesign()

    def to_dict(self) -> dict[str, Any]:
        return {
            "target": self.target, "community_seats": dict(self.community_seats),
            "staff_seats": self.staff_seats, "total_seats": self.total_seats, "chosen_by": self.chosen_by,
            "authority": self.authority, "written_in": self.written_in, "disagreement": self.disagreement,
            "resources": {"community partners and processes": self.community_share,
                          "department administration": self.administration_share},
            "paid_participation": None if self.paid_participation is None else list(self.paid_participation),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ProcessDesign:
        return read_design(data)

    def save(self, path: str | Path = DESIGN_FILE) -> Path:
        """Write the design as JSON (whole or not at all)."""
        return write_plan(path, self.to_dict())

    @classmethod
    def load(cls, path: str | Path = DESIGN_FILE) -> ProcessDesign:
        """The saved design; an empty design if there is no file yet; PlanFileError if it is damaged."""
        return read_plan(path, cls.from_dict, cls)

    def describe(self) -> str:
        """The design in plain text, one question per line."""
        groups = ", ".join(f"{name} ({count})" for name, count in self.community_seats.items()) or "none named"
        paid = ", ".join(self.paid_participation) if self.paid_participation else "none"
        return (
            f"Who sits: residents most affected, {self.community_total} seats: {groups}; "
            f"department staff, {_shown(self.staff_seats)} seats; {_shown(self.total_seats)} seats in all\n"
            f"How members are chosen: {_shown(self.chosen_by)}\n"
            f"Authority: {_shown(self.authority)}, written in: {_shown(self.written_in)}\n"
            f"How disagreement is settled: {_shown(self.disagreement)}\n"
            f"Resources: {_shown(self.community_share, '%')} to community partners and processes, "
            f"{_shown(self.administration_share, '%')} to department administration\n"
            f"Paid participation: {paid}"
        )


def _shown(value: object, unit: str = "") -> str:
    if value is None:
        return "(not chosen)"
    return f"{value:g}{unit}" if isinstance(value, float) else f"{value}{unit}"


@dataclass(frozen=True)
class DecisionProcess:
    """A department decision process as it runs today: what it decides, and its committee's design."""

    decision: str
    design: ProcessDesign

    def __post_init__(self) -> None:
        if not str(self.decision).strip():
            raise ValueError('Say what the process decides, for example "Which neighborhoods get the program".')
        missing = [f.criterion for f in _parts(self.design, 1) if f.missing]
        if missing:
            raise ValueError(f"The process today needs every part: {', '.join(missing)}.")
        self.level  # noqa: B018 (a clear ValueError now, rather than in a learner's check)

    @property
    def level(self) -> Level:
        """The highest level every part of today's design fits."""
        fitting = [n for n in LEVELS if all(f.met for f in _parts(self.design, n))]
        if not fitting:
            raise ValueError("This process's parts fit no single level of the spectrum; describe it again.")
        return SPECTRUM[max(fitting)]

    def describe(self) -> str:
        return f"Decision: {self.decision}\n{self.design.describe()}\nToday it sits at {self.level.label}."


# ---- reading a learner's answer ----

def _blank(value: object) -> bool:
    return value is None or value is Ellipsis or (isinstance(value, str) and not value.strip())


def read_design(answer: object) -> ProcessDesign:
    """A ProcessDesign from a ProcessDesign or a dict of answers; ``...`` or None leaves a part open.

    Raises ValueError naming every part it cannot read and how to fix it.
    """
    if isinstance(answer, ProcessDesign):
        return answer
    if not isinstance(answer, Mapping):
        raise ValueError(f"Give the design as a dictionary of its parts, but this is a {type(answer).__name__}.")
    known = ("target", "community_seats", "staff_seats", "total_seats", "chosen_by", "authority",
             "written_in", "disagreement", "resources", "paid_participation")
    unknown = [str(key) for key in answer if key not in known]
    if unknown:
        raise ValueError(f"These are not parts of a design: {', '.join(unknown)}. Use: {', '.join(known)}.")
    parts = {key: None if _blank(answer.get(key)) else answer.get(key) for key in known}
    groups = parts.pop("community_seats")
    if isinstance(groups, Mapping):
        groups = {name: count for name, count in groups.items() if not _blank(name) and not _blank(count)}
    resources = parts.pop("resources")
    shares: dict[str, object] = {}
    if resources is not None:
        if not isinstance(resources, Mapping):
            raise ValueError('Give the resources as a dictionary, for example {"community partners and '
                             'processes": 45, "department administration": 55}.')
        for name, value in resources.items():
            if _blank(name):
                continue
            if _key(name) not in RESOURCE_KEYS:
                raise ValueError(f'"{name}" is not a resource line. Use "community partners and processes" '
                                 'and "department administration".')
            if not _blank(value):
                shares[RESOURCE_KEYS[_key(name)]] = value
    paid = parts.pop("paid_participation")
    if isinstance(paid, (list, tuple, set)):
        paid = [item for item in paid if not _blank(item)]
        paid = None if not paid and answer.get("paid_participation") not in ([], ()) else paid
    return ProcessDesign(
        community_seats=groups if groups is not None else {},
        community_share=shares.get("community"),  # type: ignore[arg-type]  # parsed in __post_init__
        administration_share=shares.get("administration"),  # type: ignore[arg-type]
        paid_participation=paid,  # type: ignore[arg-type]
        **parts,
    )


# ---- judging a design against a level ----

def _fit(label: str, value: str | None, fits: Mapping[str, tuple[int, ...]], t: int, why: Mapping[int, str],
         what: str) -> Finding:
    if value is None:
        return Finding(label, False, f"Choose {what}.", missing=True)
    stance = SPECTRUM[t].stance
    if t in fits[value]:
        return Finding(label, True, f'"{value}" fits {stance}.')
    went = "goes past" if min(fits[value]) > t else "falls short of"
    reason = why.get(t, "")
    return Finding(label, False, f'"{value}" {went} {stance}' + (f": at {stance}, {reason}." if reason else "."))


def _who_sits(design: ProcessDesign, t: int) -> Finding:
    label = "who sits"
    if not design.community_seats or design.staff_seats is None:
        return Finding(label, False, "Name the groups of residents most affected and their seats, and the "
                       "department staff seats (0 if none).", missing=True)
    stance = SPECTRUM[t].stance
    community, staff = design.community_total, design.staff_seats
    if community == 0:
        return Finding(label, False, "No seat goes to residents most affected; give each named group a seat.")
    if t == COLLABORATE and community < staff:
        return Finding(label, False, f"{community} community seats and {staff} staff seats: at {stance}, "
                       f"{SEATS_AT[t]}.")
    if t == DEFER_TO and community <= staff:
        return Finding(label, False, f"{community} community seats and {staff} staff seats: at {stance}, "
                       f"{SEATS_AT[t]}.")
    return Finding(label, True, f"{community} community seats and {staff} staff seats fit {stance}.")


def _authority(design: ProcessDesign, t: int) -> Finding:
    label = "what authority is written down"
    if design.authority is None or design.written_in is None:
        return Finding(label, False, "Choose the committee's authority and where it is written down.", missing=True)
    power = _fit(label, design.authority, AUTHORITIES, t, AUTHORITY_AT, "")
    if not power.met:
        return power
    written = _fit(label, design.written_in, WRITTEN, t, WRITTEN_AT, "")
    if not written.met:
        return written
    return Finding(label, True, f'"{design.authority}", in {design.written_in}, fits {SPECTRUM[t].stance}.'
                   if design.written_in != "not written down" else
                   f'"{design.authority}", not written down, fits {SPECTRUM[t].stance}.')


def _resources(design: ProcessDesign, t: int) -> Finding:
    label = "resources for community partners"
    if design.community_share is None:
        return Finding(label, False, "Give the percent of resources for community partners and processes.",
                       missing=True)
    low, high = share_range(t)
    share = design.community_share
    stance = SPECTRUM[t].stance
    if low <= share <= high:
        return Finding(label, True, f"{share:g}% is within the {low}-{high}% the spectrum gives community "
                       f"partners and processes at {stance}.")
    advice = f"{share:g}% is outside the {low}-{high}% the spectrum gives community partners and processes at {stance}."
    if 0 < share <= 1:
        advice += " Write the share as a percent: 0.5 means half of one percent, 50 means half."
    return Finding(label, False, advice)


def _numbers(design: ProcessDesign) -> Finding:
    label = "numbers add up"
    if design.total_seats is None or design.staff_seats is None or design.administration_share is None \
            or design.community_share is None:
        return Finding(label, False, "Give the total seats and both resource percents, so the numbers can "
                       "be added up.", missing=True)
    problems = []
    counted = design.community_total + design.staff_seats
    if counted != design.total_seats:
        problems.append(f"the seats add up to {counted} ({design.community_total} community and "
                        f"{design.staff_seats} staff), not the {design.total_seats} given as the total")
    empty = [name for name, count in design.community_seats.items() if count == 0]
    if empty:
        problems.append(f"{_listed(empty)} {'is' if len(empty) == 1 else 'are'} named but given no seat")
    resources = design.community_share + design.administration_share
    if not math.isclose(resources, 100, abs_tol=0.01):
        problems.append(f"the resource percents add up to {resources:g}%, not 100%")
    if problems:
        return Finding(label, False, "Check the numbers: " + "; ".join(problems) + ".")
    return Finding(label, True, f"The seats add up to {design.total_seats} and the resources to 100%.")


def _paid(current: ProcessDesign, design: ProcessDesign) -> Finding:
    label = "paid participation"
    if design.paid_participation is None:
        return Finding(label, False, "Say which paid participation the design keeps: "
                       f"{_listed(SUPPORTS)}.", missing=True)
    dropped = [s for s in current.paid_participation or () if s not in design.paid_participation]
    if dropped:
        return Finding(label, False, f"Today the process pays for {' and '.join(dropped)}; this design leaves "
                       f"{'it' if len(dropped) == 1 else 'them'} out. Cutting what lets people take part "
                       "moves away from sharing power.")
    return Finding(label, True, "The design keeps the paid participation the process has today.")


def _parts(design: ProcessDesign, t: int) -> list[Finding]:
    """The findings that depend on the level: who sits, how chosen, authority, disagreement, resources."""
    return [
        _who_sits(design, t),
        _fit("how members are chosen", design.chosen_by, CHOOSERS, t, CHOSEN_AT, "how members are chosen"),
        _authority(design, t),
        _fit("how disagreement is settled", design.disagreement, DISAGREEMENTS, t, DISAGREEMENT_AT,
             "how disagreement is settled"),
        _resources(design, t),
    ]


def fits(design: ProcessDesign, stance: str | int) -> list[Finding]:
    """Whether each level-dependent part of a design fits a level (the worked examples use this)."""
    return _parts(design, spectrum_level(stance).number)


def review_design(current: DecisionProcess, design: ProcessDesign) -> list[Finding]:
    """One finding per design question, judged against the design's stated target level.

    The target must be above where the process sits today; a design that aims no higher is
    not a redesign, so its parts are not judged. Paid participation is judged only when the
    process pays for some today.
    """
    now = current.level
    findings: list[Finding] = []
    if design.target is None:
        findings.append(Finding("target level", False, "State the level your design aims for.", missing=True))
        aimed = None
    else:
        aimed = spectrum_level(design.target)
        if aimed.number == now.number + 1:
            findings.append(Finding("target level", True, f"{aimed.stance} is one step up from {now.stance}."))
        elif aimed.number > now.number:
            findings.append(Finding("target level", False, f"{aimed.stance} is more than one step up from "
                                    f"{now.stance}. Each step needs trust and resources built first."))
        else:
            findings.append(Finding("target level", False, f"The process sits at {now.stance} today; a "
                                    f"redesign aims above it, and {aimed.stance} does not."))
    if aimed is None or aimed.number <= now.number:
        why = ("State your target level first: every part is judged against it." if aimed is None else
               f"Aim above {now.stance} first: this part is judged against your target.")
        for label in ("who sits", "how members are chosen", "what authority is written down",
                      "how disagreement is settled", "resources for community partners", "numbers add up"):
            findings.append(Finding(label, False, why))
    else:
        findings += [*_parts(design, aimed.number), _numbers(design)]
    if current.design.paid_participation:
        findings.append(_paid(current.design, design))
    return findings


def options() -> str:
    """The choices for each design question, in plain text."""
    return (
        "target: a level of the spectrum, for example \"Involve\"\n"
        "community_seats: each group of residents most affected -> its seats, for example {\"Southgate Block Club\": 2}\n"
        "staff_seats, total_seats: whole numbers\n"
        f"chosen_by: {_listed(CHOOSERS)}\n"
        f"authority: {_listed(AUTHORITIES)}\n"
        f"written_in: {_listed(WRITTEN)}\n"
        f"disagreement: {_listed(DISAGREEMENTS)}\n"
        'resources: {"community partners and processes": percent, "department administration": percent}\n'
        f"paid_participation: a list of any of {_listed(SUPPORTS)} ([] for none)"
    )

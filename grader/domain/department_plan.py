"""A department's health equity plan: five parts drawn from the course, and a twelve-month timeline.

The capstone brings the learner's earlier work into one plan for their department or team:

- **partnership**: one community partner, where the relationship sits today on the Spectrum of
  Community Engagement to Ownership (Rosa González, Facilitating Power, 2019) and the next
  level it aims for (Build Strategic Partnerships asks departments to assess where they are
  and what would move them further);
- **one-to-ones**: who the learner will meet, and why (Build Strategic Partnerships);
- **accountability**: commitments the community can hold the department to, the same
  ``Commitment`` as the accountability plan of Module 02 (Support Community Power-Building);
- **data sharing**: which data goes to which community partner, for what, and how small
  numbers are protected (the small-count rules of the course design, DESIGN §4);
- **policy agenda**: a policy change lined up with a partner's campaign (the course design's
  summary of Pursue Policy Changes that Transform the Root Causes).

Milestones place the work on a timeline, month 1 to 12. Constructors and ``from_dict`` raise
``ValueError`` with a fix for input they cannot use; ``...`` (the template placeholder) and
blank text mean "not written yet". Whether the plan is complete is for
``grader.domain.department_plan_review``; whether it is good is for the trainer's rubric.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from grader.domain.accountability import AccountabilityPlan, Commitment
from grader.domain.plan_file import PlanFileError, read_plan, write_plan  # noqa: F401 (PlanFileError re-exported)
from grader.domain.spectrum import SPECTRUM, level

PLAN_FILE = "department-plan.json"
STORE_NAME = "department-plan"  # the learner's store keeps it as my-work/department-plan.json
FORMAT = "department-plan"
VERSION = 1
MONTHS = range(1, 13)
QUARTER_END = {"q1": 3, "q2": 6, "q3": 9, "q4": 12}

# key -> (label, where in the course this part is practiced)
PARTS: dict[str, tuple[str, str]] = {
    "partnership": ("Partnership", "modules 01 and 03 (the Spectrum of Community Engagement to Ownership)"),
    "one_to_ones": ("One-to-ones", "module 01 (planning a one-to-one)"),
    "accountability": ("Accountability", "module 02 (the accountability plan)"),
    "data": ("Data sharing", "modules 02 and 07 (sharing data safely)"),
    "policy": ("Policy agenda", "module 09 (lining the policy agenda up with partners' campaigns)"),
}
_PART_ALIASES = {
    "partner": "partnership", "spectrum": "partnership", "spectrum map": "partnership",
    "one-to-one": "one_to_ones", "one to one": "one_to_ones", "one-to-ones": "one_to_ones",
    "one to ones": "one_to_ones", "1:1": "one_to_ones",
    "data brief": "data", "data_sharing": "data", "data sharing": "data",
    "policy agenda": "policy", "policy change": "policy",
}
_BLANKS = {"...", "…", "tbd", "todo", "to do"}


def part_label(key: str) -> str:
    return PARTS[key][0]


def _text(value: object, name: str) -> str:
    """Text, stripped; ``...``, None and "TBD" count as not written yet."""
    if value is None or value is Ellipsis:
        return ""
    if not isinstance(value, str):
        raise ValueError(f'{name} should be text in quotes, but it is {value!r}. Write it as {name}="...".')
    text = value.strip()
    return "" if text.casefold() in _BLANKS else text


def _lines(value: object, name: str) -> list[str]:
    """A list of texts, from a list or from text with one item per line."""
    if value is None or value is Ellipsis:
        return []
    if isinstance(value, str):
        value = value.splitlines()
    if not isinstance(value, (list, tuple)):
        raise ValueError(f'{name} should be a list of texts, such as {name}=["Ana Ruiz, Unidos Riverbend"].')
    out = [_text(item, name) for item in value]
    return [item.strip(" -•\t") for item in out if item.strip(" -•\t")]


def _level(value: Any, name: str) -> int | None:
    """A spectrum level number from 0-5, a stance ("Consult") or a label; None if not chosen."""
    if value is None or value is Ellipsis or (isinstance(value, str) and _text(value, name) == ""):
        return None
    if isinstance(value, bool):
        raise ValueError(f"{name} should be a level of the spectrum, such as 2 or \"Consult\", not {value!r}.")
    try:
        return level(value).number
    except ValueError as error:
        raise ValueError(f"{name}: {error}") from None


def month_of(value: object) -> int | None:
    """A month of the plan's year, 1-12, from 3, "3", "month 3" or a quarter ("Q2" is month 6)."""
    if value is None or value is Ellipsis:
        return None
    fix = 'Use a month from 1 to 12 (month 1 is the plan\'s first month) or a quarter such as "Q2".'
    if isinstance(value, bool):
        raise ValueError(f"A milestone's month cannot be {value!r}. {fix}")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str):
        text = re.sub(r"^(month|by month|by the end of)\s+", "", value.strip().casefold())
        if text in ("", "...", "…"):
            return None
        if text in QUARTER_END:
            return QUARTER_END[text]
        if not text.isdigit():
            raise ValueError(f"{value!r} is not a month. {fix}")
        value = int(text)
    if not isinstance(value, int):
        raise ValueError(f"A milestone's month should be a number, but it is {value!r}. {fix}")
    if value not in MONTHS:
        raise ValueError(f"Month {value} is outside the plan's year. {fix}")
    return value


def part_key(value: object) -> str:
    """The key of a part ("partnership", "one_to_ones", ...), from its key, its label or a near name."""
    if value is None or value is Ellipsis:
        return ""
    if not isinstance(value, str):
        raise ValueError(f"A milestone's part should be text, such as \"Accountability\", not {value!r}.")
    text = value.strip().casefold().replace("_", " ")
    if text in ("", "...", "…"):
        return ""
    for key, (label, _) in PARTS.items():
        if text in (key.replace("_", " "), label.casefold()):
            return key
    if text in _PART_ALIASES:
        return _PART_ALIASES[text]
    names = ", ".join(f'"{label}"' for label, _ in PARTS.values())
    raise ValueError(f'"{value}" is not a part of the plan. Use one of: {names}.')


def _known_keys(cls: type, data: object, what: str) -> dict:
    if not isinstance(data, dict):
        raise ValueError(f"{what} should be a dictionary of its parts, but this is a {type(data).__name__}.")
    known = {item.name for item in fields(cls)}
    unknown = sorted(set(map(str, data)) - known)
    if unknown:
        raise ValueError(f"{what} has no part called {', '.join(unknown)}. Its parts are: {', '.join(sorted(known))}.")
    return dict(data)


class _Part:
    """Shared behavior of the plan's parts: plain-data copies and a blank test."""

    def to_dict(self) -> dict[str, object]:
        # _Part is mixed into dataclasses only, so fields() applies; mypy cannot see that.
        return {item.name: getattr(self, item.name) for item in fields(self)}  # type: ignore[arg-type]

    @classmethod
    def from_dict(cls, data: object):
        return cls(**_known_keys(cls, data, cls.__name__))

    def is_blank(self) -> bool:
        return all(getattr(self, item.name) in ("", None, []) for item in fields(self))  # type: ignore[arg-type]  # as above


@dataclass
class Partnership(_Part):
    """One community partner, where the relationship is now, and the level it aims for next."""

    partner: str = ""            # the community partner
    now: int | None = None       # its level on the spectrum today, 0-5 (a name is read as its number)
    aim: int | None = None       # the level it aims for by the end of the plan
    step: str = ""               # what the department will do to move up

    def __post_init__(self) -> None:
        self.partner = _text(self.partner, "partner")
        self.step = _text(self.step, "step")
        self.now = _level(self.now, "now")
        self.aim = _level(self.aim, "aim")

    @property
    def now_label(self) -> str:
        return SPECTRUM[self.now].label if self.now is not None else ""

    @property
    def aim_label(self) -> str:
        return SPECTRUM[self.aim].label if self.aim is not None else ""


@dataclass
class OneToOnes(_Part):
    """Who the learner will meet one to one, and why."""

    people: list[str] = field(default_factory=list)  # one per person: name and organization
    purpose: str = ""

    def __post_init__(self) -> None:
        self.people = _lines(self.people, "people")
        self.purpose = _text(self.purpose, "purpose")

    def to_dict(self) -> dict[str, object]:
        return {"people": list(self.people), "purpose": self.purpose}


@dataclass
class DataSharing(_Part):
    """What data goes to which community partner, for what, and how small numbers are protected."""

    data: str = ""        # what data, broken down how, how often
    partner: str = ""     # the community partner who receives it
    use: str = ""         # what the partner will use it for
    protection: str = ""  # how small numbers are protected

    def __post_init__(self) -> None:
        for item in fields(self):
            setattr(self, item.name, _text(getattr(self, item.name), item.name))


@dataclass
class PolicyAgenda(_Part):
    """A policy change, the partner campaign it lines up with, and what the department brings."""

    policy: str = ""        # the policy change
    partner: str = ""       # the partner whose campaign it lines up with
    campaign: str = ""      # their campaign or priority, in their words
    contribution: str = ""  # what the department brings: data, regulatory authority, relationships, funding

    def __post_init__(self) -> None:
        for item in fields(self):
            setattr(self, item.name, _text(getattr(self, item.name), item.name))


@dataclass
class Milestone(_Part):
    """One step on the timeline: when, what, who owns it, which part it serves, and with which partner."""

    month: int | None = None
    action: str = ""
    owner: str = ""
    part: str = ""
    partner: str = ""

    def __post_init__(self) -> None:
        self.month = month_of(self.month)
        self.action = _text(self.action, "action")
        self.owner = _text(self.owner, "owner")
        self.part = part_key(self.part)
        self.partner = _text(self.partner, "partner")

    @property
    def part_label(self) -> str:
        return part_label(self.part) if self.part else ""

    @property
    def when(self) -> str:
        return f"Month {self.month}" if self.month is not None else "Month not chosen"


def _part(value: object, cls: Any, name: str) -> Any:
    if value is None or value is Ellipsis:
        return cls()
    if isinstance(value, cls):
        return value
    if isinstance(value, dict):
        return cls.from_dict(value)
    raise ValueError(f"{name} should be a {cls.__name__}(...), but it is a {type(value).__name__}. "
                     f"Write it as {name}={cls.__name__}(...).")


def _commitments(value: object) -> list[Commitment]:
    if value is None or value is Ellipsis:
        return []
    if isinstance(value, AccountabilityPlan):
        return list(value.commitments)
    if isinstance(value, (Commitment, dict)):
        value = [value]
    if not isinstance(value, (list, tuple)):
        raise ValueError("accountability should be a list of Commitment(...), such as "
                         "accountability=[Commitment(action=..., owner=..., answers_to=...)].")
    commitments = [c if isinstance(c, Commitment) else Commitment.from_dict(c) for c in value if c is not Ellipsis]
    return [c for c in commitments if c != Commitment()]  # an untouched template line is no commitment


def _milestones(value: object) -> list[Milestone]:
    if value is None or value is Ellipsis:
        return []
    if isinstance(value, (Milestone, dict)):
        value = [value]
    if not isinstance(value, (list, tuple)):
        raise ValueError("milestones should be a list of Milestone(...), such as "
                         "milestones=[Milestone(month=1, action=..., owner=..., part=..., partner=...)].")
    out = []
    for item in value:
        if item is Ellipsis:
            continue
        if not isinstance(item, (Milestone, dict)):
            raise ValueError(f"Each milestone should be a Milestone(...), but one is a {type(item).__name__}.")
        out.append(item if isinstance(item, Milestone) else Milestone.from_dict(item))
    return [m for m in out if not m.is_blank()]  # an untouched template line is no milestone


@dataclass
class DepartmentPlan:
    """The learner's department plan: who it is for, the goal, five parts and a timeline."""

    department: str = ""
    goal: str = ""
    partnership: Partnership = field(default_factory=Partnership)
    one_to_ones: OneToOnes = field(default_factory=OneToOnes)
    accountability: list[Commitment] = field(default_factory=list)
    data: DataSharing = field(default_factory=DataSharing)
    policy: PolicyAgenda = field(default_factory=PolicyAgenda)
    milestones: list[Milestone] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.department = _text(self.department, "department")
        self.goal = _text(self.goal, "goal")
        self.partnership = _part(self.partnership, Partnership, "partnership")
        self.one_to_ones = _part(self.one_to_ones, OneToOnes, "one_to_ones")
        self.accountability = _commitments(self.accountability)
        self.data = _part(self.data, DataSharing, "data")
        self.policy = _part(self.policy, PolicyAgenda, "policy")
        self.milestones = _milestones(self.milestones)

    def is_blank(self) -> bool:
        """Nothing written at all (an untouched template, or no saved plan)."""
        return (not self.department and not self.goal and not self.accountability and not self.milestones
                and all(part.is_blank() for part in (self.partnership, self.one_to_ones, self.data, self.policy)))

    def timeline(self) -> list[Milestone]:
        """The milestones by month (those without a month last), keeping their order within a month."""
        return sorted(self.milestones, key=lambda m: m.month if m.month is not None else 13)

    def milestones_for(self, part: str) -> list[Milestone]:
        return [m for m in self.milestones if m.part == part]

    # ---- plain data and files ----

    def to_dict(self) -> dict[str, object]:
        return {
            "format": FORMAT, "version": VERSION, "department": self.department, "goal": self.goal,
            "partnership": self.partnership.to_dict(), "one_to_ones": self.one_to_ones.to_dict(),
            "accountability": [c.to_dict() for c in self.accountability],
            "data": self.data.to_dict(), "policy": self.policy.to_dict(),
            "milestones": [m.to_dict() for m in self.milestones],
        }

    @classmethod
    def from_dict(cls, data: object) -> DepartmentPlan:
        if not isinstance(data, dict):
            raise ValueError(f"A department plan should be a dictionary, but this is a {type(data).__name__}.")
        if data.get("format", FORMAT) != FORMAT:
            raise ValueError(f"This is not a department plan (format {data.get('format')!r}).")
        parts = {key: value for key, value in data.items() if key not in ("format", "version")}
        return cls(**_known_keys(cls, parts, "A department plan"))

    def save(self, path: str | Path = PLAN_FILE) -> Path:
        """Write the plan as JSON (a temporary file first, so a crash never leaves half a plan)."""
        return write_plan(path, self.to_dict())

    @classmethod
    def load(cls, path: str | Path = PLAN_FILE) -> DepartmentPlan:
        """The saved plan; a blank plan if there is no file yet; PlanFileError if it is damaged."""
        return read_plan(path, cls.from_dict, cls)

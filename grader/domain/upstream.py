"""From downstream to upstream: how far back toward the root causes an intervention reaches.

Facts (course design, DESIGN §4, for the practice Pursue Policy Changes that Transform the
Root Causes, Human Impact Partners, Health Equity Guide): power imbalances and structural
oppression are root causes of health inequities, and departments should go upstream, e.g.
tenants' rights and not only lead and mold removal; wages and worker power and not only
workplace safety. Support Community Power-Building adds that differences in power are a root
cause and that community power is needed to change the social determinants of health.

The four-level scale below is this course's teaching tool built on those facts, not the
guide's. Each level has a plain definition and one guiding question; an intervention sits at
the highest level whose question it answers with "yes".

Which level fits an exercise's intervention is not stored here: checks hold only digests.
An intervention's ``evidence`` (shown when a placement holds up) and ``hint`` (shown when it
does not) never name a level. Riverbend County and its groups are fictional.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from grader.course.examples import load_examples
from grader.domain.plan_file import read_answer, write_plan


@dataclass(frozen=True)
class UpstreamLevel:
    """One level of the scale, from 1 (furthest downstream) to 4 (the root causes)."""

    number: int
    key: str
    name: str
    plain_words: str
    question: str
    housing_example: str
    work_example: str

    @property
    def label(self) -> str:
        return f"{self.number} {self.key}"


SCALE: tuple[UpstreamLevel, ...] = (
    UpstreamLevel(
        1, "downstream", "Care after harm",
        "Treats, helps or teaches people one at a time, usually after they have been harmed. "
        "It matters to the people it reaches, but the conditions that harmed them stay the same.",
        "Does it help or teach individual people, one at a time, often after the harm is done?",
        "treating a child for lead poisoning",
        "treating a worker for heat exhaustion",
    ),
    UpstreamLevel(
        2, "midstream", "Fix the hazard in one place",
        "Removes a hazard or makes a particular home or workplace safer. The people there are "
        "protected, but the rules that let the hazard arise are unchanged, so it can return "
        "or appear somewhere else.",
        "Does it remove a hazard in particular homes or workplaces, without changing the rules?",
        "removing lead paint and mold from a family's home",
        "a safety inspection that makes one warehouse fix its loading dock",
    ),
    UpstreamLevel(
        3, "upstream", "Change the rules for everyone",
        "Changes a law, regulation or policy that sets conditions for everyone it covers, such "
        "as wages, housing standards or tenants' rights. Government sets and enforces it.",
        "Does it change a law, rule or policy that sets conditions for everyone it covers?",
        "a tenants' rights law that limits evictions",
        "raising the county's minimum wage",
    ),
    UpstreamLevel(
        4, "root causes", "Shift power",
        "Changes who holds power: the people most affected gain lasting, collective power to "
        "organize, bargain, decide or enforce, so the power imbalance behind the inequity "
        "itself changes.",
        "Does it give the people most affected lasting, collective power to organize, bargain, "
        "decide or enforce?",
        "protecting tenants who organize a union, and requiring landlords to bargain with it",
        "protecting workers who organize, with worker-led enforcement of labor standards",
    ),
)

_ALIASES: dict[str, tuple[str, ...]] = {
    "downstream": ("downstream", "down stream", "down-stream", "care after harm", "1"),
    "midstream": ("midstream", "mid stream", "mid-stream", "middle", "fix the hazard in one place", "2"),
    "upstream": ("upstream", "up stream", "up-stream", "change the rules for everyone", "3"),
    "root causes": ("root causes", "root cause", "root-cause", "root-causes", "roots", "power",
                    "shift power", "4"),
}
_BY_NAME = {alias: key for key, aliases in _ALIASES.items() for alias in aliases}
_BY_KEY = {level.key: level for level in SCALE}


class UnknownUpstreamLevel(ValueError):
    """A value that does not name a level of the scale."""


def level_keys() -> list[str]:
    return [level.key for level in SCALE]


def upstream_level(value: object) -> UpstreamLevel:
    """Find a level by its key, its name, its number or a common spelling.

    >>> upstream_level("Root cause").number
    4
    """
    text = " ".join(str(value).split()).casefold()
    text = re.sub(r"^([1-4])\s+", "", text) if not text.isdigit() else text  # "3 upstream" -> "upstream"
    key = _BY_NAME.get(text)
    if key is None:
        names = ", ".join(f'"{key}"' for key in level_keys())
        raise UnknownUpstreamLevel(f'"{value}" is not a level of the upstream scale. Use one of: {names}.')
    return _BY_KEY[key]


@dataclass(frozen=True)
class Intervention:
    """Something a department or county could do about a health problem."""

    id: str
    theme: str
    text: str
    evidence: str
    hint: str


# ---- worked example (shown with its answers in Module 09; never used by a check) ----


@dataclass(frozen=True)
class WorkedPlacement:
    """One line of the worked example: an intervention, its level and the reason."""

    id: str
    text: str
    level: str
    reason: str


# The rail-yard air example, sorted, is course content, kept as data in
# course/examples/09-pursue-policy-changes-that-transform-the-root-causes.toml.
WORKED_EXAMPLE: tuple[WorkedPlacement, ...] = load_examples("09", "worked_placements", WorkedPlacement)

# ---- practice (Module 09, check 09.sort): heat at work ----


# ---- exercise 09 (checks ex09.housing and ex09.work) ----


def _text(value: object, part: str) -> str:
    if value is None or value is Ellipsis:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and part == "level":
        return str(int(value)) if float(value).is_integer() else str(value)
    if not isinstance(value, str):
        raise ValueError(f"The placement's {part} should be text in quotes, but it is {value!r}.")
    return " ".join(value.split())


@dataclass(frozen=True)
class Placement:
    """Where a learner puts one intervention on the scale, and why.

    Leave a part as ``...`` until you fill it in. ``level`` may be a level's key
    (``"midstream"``), its name or its number (1 to 4).
    """

    intervention: str = ""
    level: str = ""
    reason: str = ""

    def __post_init__(self) -> None:
        for part in ("intervention", "level", "reason"):
            object.__setattr__(self, part, _text(getattr(self, part), part))
        object.__setattr__(self, "intervention", self.intervention.upper())
        if self.level:
            object.__setattr__(self, "level", upstream_level(self.level).key)

    @property
    def blank(self) -> bool:
        return not (self.intervention or self.level or self.reason)

    def to_dict(self) -> dict[str, str]:
        return {"intervention": self.intervention, "level": self.level, "reason": self.reason}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Placement:
        known = ("intervention", "level", "reason")
        unknown = sorted(str(key) for key in data if key not in known)
        if unknown:
            raise ValueError(f"A placement has no part called {', '.join(unknown)}. Use: {', '.join(known)}.")
        return cls(**{key: data[key] for key in known if key in data})


def as_placements(answer: object) -> list[Placement]:
    """Placements from a list of ``Placement``, of (id, level, reason) tuples or of dictionaries.

    Blank template rows are dropped. Raises ValueError that says how to write the answer.
    """
    if isinstance(answer, (Placement, Mapping)):
        answer = [answer]
    if isinstance(answer, (str, bytes)) or not isinstance(answer, (list, tuple)):
        raise ValueError(
            f"Expected a list of Placement(...) entries, but this is a {type(answer).__name__}."
        )
    placements = []
    for number, item in enumerate(answer, start=1):
        try:
            if isinstance(item, Mapping):
                item = Placement.from_dict(item)
            elif isinstance(item, (list, tuple)) and len(item) == 3:
                item = Placement(*item)
        except ValueError as error:
            raise ValueError(f"Entry {number}: {error}") from None
        if item is Ellipsis or item is None:
            continue
        if not isinstance(item, Placement):
            raise ValueError(
                f"Entry {number} is a {type(item).__name__}; write each entry as "
                "Placement(intervention=..., level=..., reason=...)."
            )
        if not item.blank:
            placements.append(item)
    return placements


# ---- a sort saved as a file (an exercise's no-code route) ----


def save_sort(placements: list[Placement], path: str | Path) -> Path:
    """Save placements, most downstream first (blank rows too, so a builder shows them again)."""
    rows = [p if isinstance(p, Placement) else Placement.from_dict(p) for p in placements]
    return write_plan(path, {"placements": [p.to_dict() for p in rows]})


def _sort(data: Any) -> list[Placement]:
    if not isinstance(data, dict) or not isinstance(data.get("placements"), list):
        raise ValueError("an upstream sort should hold a list of placements")
    return [Placement.from_dict(item) for item in data["placements"]]


def load_sort(path: str | Path) -> list[Placement]:
    """The placements saved at ``path``, most downstream first."""
    return read_answer(path, _sort, what="upstream sort", builder="upstream sorter")

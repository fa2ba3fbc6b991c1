"""The Spectrum of Community Engagement to Ownership as data.

Source: Rosa González, *The Spectrum of Community Engagement to Ownership*,
Facilitating Power (2019), as summarized in the course design (DESIGN §4).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from grader.domain.plan_file import read_answer, write_plan

SOURCE = (
    "Rosa González, The Spectrum of Community Engagement to Ownership, "
    "Facilitating Power (2019)"
)


@dataclass(frozen=True)
class ResourceAllocation:
    """Shares of resources, as percent ranges, given to systems administration and to community work.

    ``admin`` is None where the source gives no figure for administration (level 5).
    """

    admin: tuple[int, int] | None
    community: tuple[int, int]
    community_use: str

    def describe(self) -> str:
        parts = []
        if self.admin is not None:
            parts.append(f"{_span(*self.admin)} systems administration")
        if self.community != (0, 0):
            parts.append(f"{_span(*self.community)} {self.community_use}")
        return ", ".join(parts)


def _span(low: int, high: int) -> str:
    return f"{low}%" if low == high else f"{low}-{high}%"


@dataclass(frozen=True)
class Level:
    """One level of the spectrum: what the institution does and what it leads to."""

    number: int
    stance: str
    impact: str
    activities: tuple[str, ...]
    resources: ResourceAllocation
    plain_words: str

    @property
    def label(self) -> str:
        return f"{self.number} {self.stance}"

    def summary(self) -> str:
        return (
            f"Level {self.number}, {self.stance}: leads to {self.impact.lower()}. "
            f"Typical activities: {', '.join(self.activities)}. "
            f"Resources: {self.resources.describe()}."
        )


SPECTRUM: tuple[Level, ...] = (
    Level(
        0,
        "Ignore",
        "Marginalization",
        ("closed-door meetings", "misinformation"),
        ResourceAllocation((100, 100), (0, 0), ""),
        "Decisions are made without the community and may be kept from it.",
    ),
    Level(
        1,
        "Inform",
        "Placation",
        ("fact sheets", "open houses", "presentations"),
        ResourceAllocation((70, 90), (10, 30), "promotion and publicity"),
        "The agency tells the community what it has decided.",
    ),
    Level(
        2,
        "Consult",
        "Tokenization",
        ("public comment", "focus groups", "surveys", "community forums"),
        ResourceAllocation((60, 80), (20, 40), "consultation activities"),
        "The agency asks for opinions, then decides on its own.",
    ),
    Level(
        3,
        "Involve",
        "Voice",
        ("community organizing", "house meetings", "interactive workshops"),
        ResourceAllocation((50, 60), (40, 50), "community involvement"),
        "The community helps shape the options and its concerns are reflected.",
    ),
    Level(
        4,
        "Collaborate",
        "Delegated Power",
        (
            "agreements (MOUs) with community-based organizations",
            "community advisory committees with real authority",
            "co-led planning",
        ),
        ResourceAllocation((20, 50), (50, 70), "community partners"),
        "The community and the agency decide together and share the work.",
    ),
    Level(
        5,
        "Defer To",
        "Community Ownership",
        (
            "community-driven planning",
            "participatory budgeting",
            "participatory action research",
            "cooperatives",
        ),
        ResourceAllocation(None, (80, 100), "community partners and community-driven processes"),
        "The community decides; the agency backs the community's decisions with resources.",
    ),
)

_BY_KEY: dict[str, Level] = {}
for _level in SPECTRUM:
    for _key in (str(_level.number), _level.stance, _level.label, _level.impact):
        _BY_KEY[_key.casefold()] = _level


class UnknownLevel(ValueError):
    """Raised when a text does not name a level of the spectrum."""


def level(name: str | int | float) -> Level:
    """Find a level by number (0-5), stance ("Collaborate"), label ("4 Collaborate") or impact.

    >>> level("collaborate").number
    4
    """
    if isinstance(name, float) and name.is_integer():
        name = int(name)
    key = str(name).strip().casefold()
    if key in _BY_KEY:
        return _BY_KEY[key]
    names = ", ".join(f'"{lvl.stance}"' for lvl in SPECTRUM)
    raise UnknownLevel(
        f'"{name}" is not a level of the spectrum. Use a number from 0 to 5 or one of: {names}.'
    )


def stances() -> list[str]:
    """The six stances in order, from Ignore to Defer To."""
    return [lvl.stance for lvl in SPECTRUM]


def one_step_up(current: str | int) -> Level | None:
    """The next level up the spectrum, or None at Defer To."""
    number = level(current).number
    return SPECTRUM[number + 1] if number + 1 < len(SPECTRUM) else None


# ---- placements saved as a file (an exercise's no-code route) ----

PLACEMENTS_FILE = "spectrum-placements.json"


def save_placements(placements: dict[str, Any], path: str | Path = PLACEMENTS_FILE) -> Path:
    """Save placements (scenario id -> level, or None for not placed yet) by the levels' stances."""
    return write_plan(path, {str(key): None if value is None or value is Ellipsis else level(value).stance
                             for key, value in placements.items()})


def _placements(data: Any) -> dict[str, str]:
    if not isinstance(data, dict):
        raise ValueError(f"placements should be a table of scenario -> level, not a {type(data).__name__}")
    return {str(key): level(value).stance for key, value in data.items() if value is not None}


def load_placements(path: str | Path = PLACEMENTS_FILE) -> dict[str, str]:
    """The placements saved at ``path`` (scenarios not placed yet are left out)."""
    return read_answer(path, _placements, what="placements", builder="spectrum mapper")

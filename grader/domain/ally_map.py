"""An ally map: who, from local to national, will help build a health equity movement, and what to ask them.

The Build a Health Equity Movement page (Human Impact Partners, Health Equity Guide, June 28,
2017) asks departments to collaborate with local, regional, state and national partners from
public health and from social justice communities, to align with other health departments,
and to work with community organizers. ``review`` turns that into rubric lines: the map spans
the four scales, reaches beyond public health to social justice and organizing partners,
includes another health department, and says what each ally brings and what you will ask of
them, concretely.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from grader.domain.finding import Finding, is_written
from grader.domain.plan_file import read_answer, write_plan

SCALES = ("local", "regional", "state", "national")
PUBLIC_HEALTH = "public health"
JUSTICE = "social justice or community organizing"
HEALTH_DEPARTMENT = "other health department"
KINDS = (PUBLIC_HEALTH, JUSTICE, HEALTH_DEPARTMENT, "academic", "funder")
KIND_WORDS = {
    "social justice": JUSTICE, "community organizing": JUSTICE, "organizing": JUSTICE,
    "social justice / community organizing": JUSTICE, "health department": HEALTH_DEPARTMENT,
    "university": "academic", "academia": "academic", "foundation": "funder", "funders": "funder",
}
MIN_ALLIES = 4
MIN_ASK_WORDS = 5
MIN_SPECIFIC_WORDS = 3
# Words that do not make an ask concrete on their own: small words, and vague verbs and nouns.
FILLER = frozenset(
    ["a", "an", "the", "to", "of", "on", "in", "for", "with", "us", "our", "we", "and", "or", "be", "their", "them", "they", "it", "its", "is", "are", "at", "by", "as", "about", "from", "this", "that", "you", "your", "me", "my", "i", "will", "would", "could", "can", "please", "some", "any", "all", "more", "ask", "asking", "support", "help", "partner", "partnership", "partners", "collaborate", "collaboration", "work", "working", "together", "engage", "connect", "network", "equity", "health", "advance", "continue", "keep", "stay", "touch", "relationship", "relationships", "ally", "allies", "general", "things", "stuff", "maybe", "somehow", "tbd", "etc"]
)


def _is_placeholder(value: object) -> bool:
    return value is None or value is Ellipsis


def _choice(value: str, options: tuple[str, ...], what: str, aliases: Mapping[str, str]) -> str:
    key = re.sub(r"\s+", " ", value).strip().casefold()
    if not key:
        return ""
    key = aliases.get(key, key)
    if key not in options:
        listed = ", ".join(f'"{option}"' for option in options)
        raise ValueError(f'"{value}" is not a {what}. Use one of: {listed}.')
    return key


@dataclass
class MovementAlly:
    """One ally on the map. Leave a part as ``...`` until you fill it in."""

    name: str = ""
    scale: str = ""
    kind: str = ""
    brings: str = ""
    ask: str = ""

    def __post_init__(self) -> None:
        for part in fields(self):
            value = getattr(self, part.name)
            if _is_placeholder(value):
                setattr(self, part.name, "")
            elif not isinstance(value, str):
                raise ValueError(f"The ally's {part.name} should be text in quotes, but it is {value!r}.")
        self.scale = _choice(self.scale, SCALES, "scale", {})
        self.kind = _choice(self.kind, KINDS, "kind of partner", KIND_WORDS)

    @property
    def blank(self) -> bool:
        return not any(asdict(self).values())

    def to_dict(self) -> dict[str, str]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MovementAlly:
        known = [part.name for part in fields(cls)]
        unknown = sorted(str(key) for key in data if key not in known)
        if unknown:
            raise ValueError(f"An ally has no part called {', '.join(unknown)}. Use: {', '.join(known)}.")
        return cls(**dict(data))


def specific_words(text: str) -> list[str]:
    """The words of an ask that say what, where or when (not filler such as "support" or "us")."""
    return [word for word in re.findall(r"[a-z0-9][a-z0-9'-]*", text.casefold()) if word not in FILLER]


def is_concrete_ask(text: str) -> bool:
    """A concrete ask says who does what: five words or more, three of them specific."""
    return len(text.split()) >= MIN_ASK_WORDS and len(specific_words(text)) >= MIN_SPECIFIC_WORDS


def _label(ally: MovementAlly, number: int) -> str:
    return ally.name or f"ally {number}"


def _without(allies: list[MovementAlly], test) -> list[str]:
    return [_label(ally, n) for n, ally in enumerate(allies, start=1) if not test(ally)]


def review(allies: Iterable[MovementAlly]) -> list[Finding]:
    """Seven rubric lines, each met or not, with advice in plain words. Blank allies are ignored.
    Whether an ask is concrete is a ``judgment`` (a word count can only guess it): a hint, never scored."""
    mapped = [ally for ally in allies if not ally.blank]
    scales = {ally.scale for ally in mapped}
    kinds = {ally.kind for ally in mapped}
    unnamed = sum(1 for ally in mapped if not ally.name)
    no_scale = _without(mapped, lambda a: a.scale)
    no_brings = _without(mapped, lambda a: is_written(a.brings))
    no_ask = _without(mapped, lambda a: is_written(a.ask))
    vague = [_label(a, n) for n, a in enumerate(mapped, start=1) if a.ask.strip() and not is_concrete_ask(a.ask)]
    missing_scales = [scale for scale in SCALES if scale not in scales]
    findings = [
        Finding(
            f"at least {MIN_ALLIES} named allies",
            len(mapped) >= MIN_ALLIES and not unnamed,
            f"Map at least {MIN_ALLIES} allies and name each one ({len(mapped)} so far"
            + (f", {unnamed} without a name" if unnamed else "") + ").",
            missing=bool(unnamed) or len(mapped) < MIN_ALLIES,
        ),
        Finding(
            "spans local, regional, state and national",
            not missing_scales and not no_scale,
            "A movement links work at every scale. "
            + (f"Not on the map yet: {', '.join(missing_scales)}. " if missing_scales else "")
            + (f"Give a scale for: {', '.join(no_scale)}." if no_scale else ""),
            missing=bool(no_scale),
        ),
        Finding(
            "includes social justice or organizing partners, not only public health",
            JUSTICE in kinds,
            "Add a social justice or community organizing group: the guide asks public health to "
            "work with them, and to learn how they build power.",
        ),
        Finding(
            "includes another health department",
            HEALTH_DEPARTMENT in kinds,
            "Add a health department elsewhere whose work you can learn from and point to.",
        ),
        Finding(
            "says what each ally brings",
            not no_brings,
            f"Say what each ally brings: knowledge, members, data, money, reach (missing for: "
            f"{', '.join(no_brings)}).",
            missing=bool(no_brings),
        ),
        Finding(
            "an ask for each ally",
            not no_ask,
            f"Write what you will ask each ally for (no ask yet for: {', '.join(no_ask)}).",
            missing=bool(no_ask),
        ),
        Finding(
            "a concrete ask for each ally",
            bool(mapped) and not vague,
            "Ask each ally for something specific: who does what, and when if you can, such as "
            "\"co-host a training on organizing for our staff in March\". "
            + (f"Too general for: {', '.join(vague)}." if vague else ""),
            judgment=True,
        ),
    ]
    return [replace(finding, advice=finding.advice.strip()) for finding in findings]


def as_allies(answer: object) -> list[MovementAlly]:
    """Allies from a list of ``MovementAlly`` objects or of dictionaries; raises ValueError with a fix."""
    if isinstance(answer, (MovementAlly, Mapping)):
        answer = [answer]
    if isinstance(answer, (str, bytes)) or not isinstance(answer, Iterable):
        raise ValueError(
            f"Expected a list of MovementAlly(...) entries, but this is a {type(answer).__name__}."
        )
    allies = []
    for number, item in enumerate(answer, start=1):
        if _is_placeholder(item):
            continue
        if isinstance(item, Mapping):
            try:
                item = MovementAlly.from_dict(item)
            except ValueError as error:
                raise ValueError(f"Entry {number}: {error}") from None
        if not isinstance(item, MovementAlly):
            raise ValueError(
                f"Entry {number} is a {type(item).__name__}; write each ally as MovementAlly(name=..., scale=..., "
                "kind=..., brings=..., ask=...)."
            )
        allies.append(item)
    return allies


# ---- a map saved as a file (an exercise's no-code route) ----

MAP_FILE = "ally-map.json"


def save_map(allies: Iterable[MovementAlly], path: str | Path = MAP_FILE) -> Path:
    return write_plan(path, {"allies": [ally.to_dict() for ally in as_allies(list(allies))]})


def _map(data: Any) -> list[MovementAlly]:
    if not isinstance(data, dict) or not isinstance(data.get("allies"), list):
        raise ValueError("an ally map should hold a list of allies")
    return [MovementAlly.from_dict(item) for item in data["allies"]]


def load_map(path: str | Path = MAP_FILE) -> list[MovementAlly]:
    """The allies saved at ``path``."""
    return read_answer(path, _map, what="ally map", builder="ally map builder")

"""An alliance plan: answering political pushback together with community partners.

From Build Community Alliances (Human Impact Partners, Health Equity Guide, 2017): alliances
with community partners, formal or informal, can protect a department from the political
risk that comes with equity work; a "base" of community support can speak up when
elected officials question the department; departments should use their resources, power
and data to protect communities and build their power, and be open with partners about
the department's needs and priorities. Support Community Power-Building (Human Impact
Partners) adds that this support runs both ways and must be managed in a political context.

``review`` turns those ideas into eight rubric lines with specific, kind advice. The
answer is the learner's own; the rubric checks that each part is there and well formed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from grader.course.examples import load_example
from grader.domain.finding import is_written
from grader.domain.plan_file import read_answer, table_of_parts, write_plan

GRASSROOTS_KINDS = (
    "community power-building organization",
    "grassroots group",
    "civic organization",
    "faith-based organization",
    "neighborhood association",
    "residents",
)
OTHER_COMMUNITY_KINDS = ("service provider", "advocacy nonprofit")
INSTITUTION_KINDS = (
    "government agency",
    "elected official",
    "other health department",
    "university or researchers",
    "funder",
    "business",
)
ALLY_KINDS = GRASSROOTS_KINDS + OTHER_COMMUNITY_KINDS + INSTITUTION_KINDS
COMMUNITY_KINDS = GRASSROOTS_KINDS + OTHER_COMMUNITY_KINDS

KIND_ALIASES = {
    "cpbo": "community power-building organization",
    "community power building organization": "community power-building organization",
    "grassroots organizing group": "community power-building organization",
    "base-building group": "community power-building organization",
    "grassroots": "grassroots group",
    "grassroots organization": "grassroots group",
    "civic group": "civic organization",
    "faith-based group": "faith-based organization",
    "faith group": "faith-based organization",
    "neighbourhood association": "neighborhood association",
    "resident": "residents",
    "community members": "residents",
    "agency": "government agency",
    "elected": "elected official",
    "health department": "other health department",
    "university": "university or researchers",
    "researchers": "university or researchers",
}

CONSENT_WORDS = ("decide", "decision", "choose", "choice", "consent", "agree", "their call",
                 "whether", "opt in", "opt out", "say no", "their terms", "they want")
OFFER_WORDS = {
    "resources": ("fund", "pay", "paid", "stipend", "grant", "budget", "resource", "money", "$",
                  "contract", "childcare", "interpret", "food", "space", "staff time"),
    "data": ("data", "report", "map", "analysis", "analyse", "analyze", "evidence", "statistic"),
    "capacity building": ("train", "capacity", "leadership", "skill", "research", "coach",
                          "mentor", "technical", "workshop", "learn"),
}
GOAL_DROPPING_WORDS = ("tone down", "soften", "drop their", "pause their", "pause the campaign",
                       "stop their", "hold off", "delay their", "instead of their",
                       "align with our", "less political", "keep quiet", "stay quiet",
                       "back off", "water down")
MIN_BASE_WORDS = 8
MIN_RISK_WORDS = 8


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def ally_kind(kind: str) -> str:
    """The standard name of an ally's kind; ValueError listing the kinds if it is unknown."""
    key = re.sub(r"\s+", " ", str(kind)).strip().casefold()
    key = KIND_ALIASES.get(key, key)
    if key not in ALLY_KINDS:
        raise ValueError(f'"{kind}" is not a kind of ally this plan knows. Use one of: '
                         f"{', '.join(ALLY_KINDS)}.")
    return key


def as_date(value: object) -> dt.date:
    """A date from a ``datetime.date`` or a "YYYY-MM-DD" text; ValueError with an example otherwise."""
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValueError(f'"{value}" is not a date. Write it as YYYY-MM-DD, for example '
                         '"2025-07-15".') from None


@dataclass
class Ally:
    """A partner in the alliance: who they are, what kind, and what they bring to it."""

    name: str = ""
    kind: str = ""
    brings: str = ""

    def __post_init__(self) -> None:
        if _text(self.kind):
            self.kind = ally_kind(self.kind)

    @property
    def is_community(self) -> bool:
        return self.kind in COMMUNITY_KINDS

    @property
    def is_grassroots(self) -> bool:
        return self.kind in GRASSROOTS_KINDS

    @classmethod
    def from_line(cls, line: str) -> Ally:
        """ "name | kind | what they bring" -> Ally."""
        parts = [part.strip() for part in line.split("|")]
        if len(parts) != 3 or not all(parts):
            raise ValueError(f'"{line.strip()}" should have three parts separated by "|": '
                             "name | kind | what they bring.")
        return cls(*parts)

    def to_line(self) -> str:
        return f"{self.name} | {self.kind} | {self.brings}"


@dataclass
class Step:
    """A next step: what will happen, who does it, and by when (a date)."""

    action: str = ""
    who: str = ""
    by: object = ""

    def __post_init__(self) -> None:
        if isinstance(self.by, dt.date) or _text(self.by):
            self.by = as_date(self.by).isoformat()

    @classmethod
    def from_line(cls, line: str) -> Step:
        """ "action | who | YYYY-MM-DD" -> Step."""
        parts = [part.strip() for part in line.split("|")]
        if len(parts) != 3 or not all(parts):
            raise ValueError(f'"{line.strip()}" should have three parts separated by "|": '
                             "what | who | YYYY-MM-DD.")
        return cls(*parts)

    def to_line(self) -> str:
        return f"{self.action} | {self.who} | {self.by}"


@dataclass
class AlliancePlan:
    """How the department and its community allies answer political pushback together."""

    allies: list[Ally] = field(default_factory=list)
    base_of_support: str = ""
    transparency: list[str] = field(default_factory=list)
    shared_risk: str = ""
    offers: list[str] = field(default_factory=list)
    community_goals: list[str] = field(default_factory=list)
    next_steps: list[Step] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return {
            "allies": [vars(ally).copy() for ally in self.allies],
            "base_of_support": self.base_of_support,
            "transparency": list(self.transparency),
            "shared_risk": self.shared_risk,
            "offers": list(self.offers),
            "community_goals": list(self.community_goals),
            "next_steps": [vars(step).copy() for step in self.next_steps],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AlliancePlan:
        allies = [a if isinstance(a, Ally) else Ally(**a) for a in data.get("allies", []) or []]
        steps = [s if isinstance(s, Step) else Step(**s) for s in data.get("next_steps", []) or []]
        known = {key: data[key] for key in ("base_of_support", "transparency", "shared_risk",
                                            "offers", "community_goals") if key in data}
        return cls(allies=allies, next_steps=steps, **known)

    def to_text(self) -> str:
        """The plan as plain text, to copy into an email or a briefing."""
        out = ["Allies:"] + [f"- {a.name} ({a.kind}): {a.brings}" for a in self.allies]
        out += ["Base of community support:", self.base_of_support, "Transparency:"]
        out += [f"- {item}" for item in self.transparency]
        out += ["How risk is shared:", self.shared_risk, "What the department offers:"]
        out += [f"- {item}" for item in self.offers]
        out += ["Communities' own goals this plan protects:"]
        out += [f"- {item}" for item in self.community_goals]
        out += ["Next steps:"] + [f"- {s.by}: {s.action} ({s.who})" for s in self.next_steps]
        return "\n".join(out)


@dataclass(frozen=True)
class Finding:
    """One rubric line: is it met, what to do if not, and is that part still empty?"""

    criterion: str
    met: bool
    advice: str
    empty: bool = False
    judgment: bool = False  # about the quality of writing: a hint, never scored


def words(text: str) -> int:
    return len(text.split())


def mentions(text: str, vocabulary: tuple[str, ...]) -> list[str]:
    lowered = text.casefold()
    return [word for word in vocabulary if word in lowered]


def offer_kinds(offers: list[str]) -> list[str]:
    """Which of resources, data and capacity building the offers name."""
    text = " ".join(offers)
    return [kind for kind, vocabulary in OFFER_WORDS.items() if mentions(text, vocabulary)]


def review(plan: AlliancePlan) -> list[Finding]:
    """Twelve rubric lines, each met or not, with advice in plain words. Four read the quality of
    writing (a base that says who, to whom and how; risk shared, not shifted; an offer that serves
    the community; goals not softened): they are ``judgment`` lines, shown as hints and read by the
    trainer, never scored. The scored lines check that each part is there and the steps are dated."""
    allies = [a for a in plan.allies if _text(a.name)]
    community = [a for a in allies if a.is_community]
    grassroots = [a for a in allies if a.is_grassroots]
    silent = [a.name for a in allies if not is_written(_text(a.brings))]
    transparency = [t for t in plan.transparency if _text(t)]
    offers = [o for o in plan.offers if _text(o)]
    goals = [g for g in plan.community_goals if _text(g)]
    dropping = mentions(" ".join(goals + [plan.shared_risk, plan.base_of_support]),
                        GOAL_DROPPING_WORDS)
    steps = [s for s in plan.next_steps if _text(s.action) or _text(s.who) or _text(s.by)]
    dated = [s for s in steps if _text(s.action) and _text(s.who) and _text(s.by)]
    return [
        Finding(
            "names community allies, not only agencies",
            len(community) >= 2 and bool(grassroots),
            "Name at least two community partners, and at least one from grassroots or civic "
            "leadership (a community power-building organization, grassroots group, civic or "
            "faith-based organization, neighborhood association or residents), not only "
            f"agencies and officials ({len(community)} community allies so far).",
            empty=not allies,
        ),
        Finding(
            "says what each ally brings (filled in)",
            bool(allies) and not silent,
            "For each ally, say in a few words what they bring: members, relationships, "
            "their own research, a voice officials listen to"
            + (f" (still to say for: {', '.join(silent)})." if silent else "."),
            empty=not allies,
        ),
        Finding(
            "writes a base of community support",
            is_written(_text(plan.base_of_support)),
            "Describe the base: which community members or groups may speak up, to whom (the "
            "official, the board, the public) and how (testimony, letters, a meeting), if they "
            "choose to.",
            empty=not _text(plan.base_of_support),
        ),
        Finding(
            "the base says who may speak, to whom and how",
            words(_text(plan.base_of_support)) >= MIN_BASE_WORDS,
            "Read the base of support again: does it say which community members or groups may speak "
            "up, to whom (the official, the board, the public) and how (testimony, letters, a meeting), "
            "if they choose to? One short phrase rarely says all three.",
            empty=not _text(plan.base_of_support),
            judgment=True,
        ),
        Finding(
            "is transparent with partners",
            len(transparency) >= 2,
            "List at least two ways the department will be open with partners: for example, "
            "share what the official said and what it may mean, and be clear about the "
            f"department's needs, priorities and limits ({len(transparency)} so far).",
            empty=not transparency,
        ),
        Finding(
            "says what risk the department shares",
            bool(_text(plan.shared_risk)),
            "Say what risk the department carries itself, and how partners decide for themselves.",
            empty=not _text(plan.shared_risk),
        ),
        Finding(
            "shares risk instead of shifting it",
            words(_text(plan.shared_risk)) >= MIN_RISK_WORDS
            and bool(mentions(_text(plan.shared_risk), CONSENT_WORDS)),
            "Say what risk the department carries itself (for example, its leaders answer the "
            "official in public) and that partners decide for themselves whether, when and how "
            "to speak. Never ask partners to take a risk the department will not share.",
            empty=not _text(plan.shared_risk),
            judgment=True,
        ),
        Finding(
            "names an offer",
            bool(offers),
            "List at least one thing the department offers partners in return.",
            empty=not offers,
        ),
        Finding(
            "offers something in return",
            bool(offer_kinds(offers)),
            "Say what the department offers partners in return: resources (paid time, stipends, "
            "funding), data, or capacity building (training, leadership development, research "
            "support). An alliance has to serve the community too.",
            empty=not offers,
            judgment=True,
        ),
        Finding(
            "names the communities' own goals",
            bool(goals),
            "List the communities' own goals this plan protects, in their words.",
            empty=not goals,
        ),
        Finding(
            "protects the communities' own goals",
            bool(goals) and not dropping,
            "Name the communities' own goals this plan protects, in their words"
            + (f', and drop wording such as "{dropping[0]}": an alliance should never ask '
               "partners to soften, pause or drop their goals to protect the department."
               if dropping else "."),
            empty=not goals,
            judgment=True,
        ),
        Finding(
            "concrete next steps, each with who and a date",
            len(dated) >= 2 and len(dated) == len(steps),
            "Give at least two next steps, each with what will happen, who does it and a date "
            f'(YYYY-MM-DD) ({len(dated)} complete so far).',
            empty=not steps,
        ),
    ]


@dataclass(frozen=True)
class PushbackScenario:
    """A moment of political pushback for learners to answer with an alliance plan."""

    id: str
    title: str
    text: str


# The scenarios are course content: course/examples/04-build-community-alliances.toml.
PRACTICE_PUSHBACK = load_example("04", "practice_pushback", PushbackScenario)
EXERCISE_PUSHBACK = load_example("04", "exercise_pushback", PushbackScenario)


# ---- a plan saved as a file (an exercise's no-code route) ----

PLAN_FILE = "alliance-plan.json"


def save_plan(plan: AlliancePlan, path: str | Path = PLAN_FILE) -> Path:
    return write_plan(path, plan.to_dict())


def load_plan(path: str | Path = PLAN_FILE) -> AlliancePlan:
    """The alliance plan saved at ``path``."""
    return read_answer(path, table_of_parts(AlliancePlan.from_dict), what="alliance plan", builder="alliance plan builder")

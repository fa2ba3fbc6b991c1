"""An accountability plan: what the department commits to, and how the community holds it to that.

Source: Support Community Power-Building (Human Impact Partners, Health Equity Guide) names
accountability mechanisms that share power with community organizers: a community advisory
board, hiring community organizers, and community members in grant oversight. Build
Community Alliances adds measures of progress that communities choose; Build Strategic
Partnerships, paying community members for their time and expertise. The level each
commitment reaches is a level of the Spectrum of Community Engagement to Ownership.

``review(plan)`` turns those ideas into rubric lines that say what is missing or vague.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from grader.domain.finding import Finding
from grader.domain.plan_file import PlanFileError, read_plan, write_plan  # noqa: F401 (PlanFileError re-exported)
from grader.domain.spectrum import SPECTRUM, level

PLAN_FILE = "accountability-plan.json"
FORMAT = "accountability-plan"
VERSION = 1
COLLABORATE = level("Collaborate").number

MECHANISMS: tuple[str, ...] = (
    "community advisory board",
    "hiring community organizers",
    "community members in grant oversight",
    "shared data",
    "regular public reporting",
    "memorandum of understanding (MOU)",
    "participatory budgeting",
)

CADENCES: tuple[str, ...] = ("every month", "every quarter", "twice a year", "every year")

VAGUE_WORDS = frozenset({
    "", "tbd", "tbc", "to be decided", "to be determined", "to be confirmed", "n/a", "na", "none",
    "unknown", "?", "-", "...", "staff", "the staff", "our staff", "department staff", "team",
    "the team", "our team", "someone", "somebody", "anyone", "everyone", "all", "we", "us",
    "the department", "department", "health department", "the health department", "management",
    "leadership", "various", "others", "other", "etc", "various staff", "whoever is available",
})
VAGUE_PARTNERS = VAGUE_WORDS | {
    "community", "the community", "communities", "residents", "the public", "public",
    "stakeholders", "partners", "community partners", "the partners", "community members",
    "local groups", "cbos", "community groups",
}
VAGUE_CADENCE = ("regular", "ongoing", "as needed", "when needed", "periodic", "from time to time",
                 "occasional", "when possible", "if possible", "as appropriate", "often", "sometimes",
                 "frequent", "continuous", "when we can", "tbd", "as required", "ad hoc")
CONCRETE_CADENCE = re.compile(
    r"\b(daily|weekly|fortnightly|biweekly|bi-weekly|monthly|bimonthly|bi-monthly|quarterly|"
    r"annually|yearly|semi-annually|biannually|"
    r"every\s+(\d+|one|two|three|four|six|other)?\s*(day|week|month|quarter|year)s?|"
    r"(each|per|a|once a|twice a|once every)\s+(day|week|month|quarter|year)|"
    r"(\d+|one|two|three|four|six)\s+times\s+a\s+(week|month|quarter|year)|"
    r"(january|february|march|april|may|june|july|august|september|october|november|december))\b",
    re.IGNORECASE,
)
DEPARTMENT_WORDS = re.compile(r"\b(department|staff|we|us|our|agency|epidemiolog\w*|health officer)\b",
                              re.IGNORECASE)
RESOURCE_WORDS = re.compile(
    r"(\$|€|£|\d|\bstipends?\b|\bpaid\b|\bpay\b|\bwages?\b|\bsalar(y|ies)\b|\bbudget\b|\bgrants?\b|"
    r"\bcontracts?\b|\bfunds?\b|\bfunding\b|\bchildcare\b|\bchild care\b|\binterpret\w*|\btranslat\w*|"
    r"\bmeals?\b|\bfood\b|\btransport\w*|\bbus passes\b|\btime\b|\bhours?\b|\bdays?\b|\bfte\b|"
    r"\bpositions?\b|\bjobs?\b|\bhired?\b|\bhiring\b)",
    re.IGNORECASE,
)
CONDITIONAL_RESOURCES = ("if funding allows", "when funding", "as available", "if available", "tbd", "depends",
                         "to be decided", "to be determined")
NO_RESOURCES = re.compile(r"\b(no|none|without|unpaid|volunteers?|in-kind|in kind)\b", re.IGNORECASE)
AMOUNT = re.compile(r"[$€£\d]")


def _text(value: object, name: str) -> str:
    if value is None or value is Ellipsis:
        return ""
    if not isinstance(value, str):
        raise ValueError(f"{name} should be text in quotes, but it is {value!r}. Write it as {name}=\"...\".")
    return value.strip()


def _level(value: Any) -> int | None:
    """A spectrum level number from 0-5, a stance ("Collaborate") or a label; None if not chosen."""
    if value is None or value is Ellipsis or (isinstance(value, str) and not value.strip()):
        return None
    return level(value).number  # an unknown name raises UnknownLevel, a ValueError that says how to fix it


@dataclass
class Commitment:
    """One thing the department commits to, and how a community partner holds it to account."""

    action: str = ""            # what the department will do
    owner: str = ""             # who in the department owns it: a named role or person
    answers_to: str = ""        # the community partner it answers to
    mechanism: str = ""         # e.g. community advisory board, hiring community organizers
    cadence: str = ""           # how often: "every month", "each quarter"
    measure: str = ""           # the measure of progress
    measure_chosen_by: str = ""  # who chose the measure: it should be the community
    resources: str = ""         # pay or resources put behind it
    level: int | None = None    # the spectrum level it reaches, 0-5 (a name such as "Involve" is read as its number)

    def __post_init__(self) -> None:
        for item in fields(self):
            if item.name != "level":
                setattr(self, item.name, _text(getattr(self, item.name), item.name))
        self.level = _level(self.level)

    @property
    def level_label(self) -> str:
        return SPECTRUM[self.level].label if self.level is not None else "not chosen yet"

    def to_dict(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Commitment:
        if not isinstance(data, dict):
            raise ValueError(f"A commitment should be a dictionary of its parts, but this is a {type(data).__name__}.")
        known = {item.name for item in fields(cls)}
        unknown = sorted(set(map(str, data)) - known)
        if unknown:
            raise ValueError(f"A commitment has no part called {', '.join(unknown)}. "
                             f"Its parts are: {', '.join(sorted(known))}.")
        return cls(**data)


@dataclass
class AccountabilityPlan:
    """The department's commitments to community partners, each with its mechanism."""

    commitments: list[Commitment] = field(default_factory=list)
    title: str = ""

    def __post_init__(self) -> None:
        self.title = _text(self.title, "title")
        self.commitments = [c if isinstance(c, Commitment) else Commitment.from_dict(c)
                            for c in self.commitments]

    def is_empty(self) -> bool:
        return not self.commitments and not self.title

    def to_dict(self) -> dict[str, object]:
        return {"format": FORMAT, "version": VERSION, "title": self.title,
                "commitments": [c.to_dict() for c in self.commitments]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AccountabilityPlan:
        if not isinstance(data, dict):
            raise ValueError(f"A plan should be a dictionary, but this is a {type(data).__name__}.")
        if data.get("format", FORMAT) != FORMAT:
            raise ValueError(f"This is not an accountability plan (format {data.get('format')!r}).")
        commitments = data.get("commitments", [])
        if not isinstance(commitments, list):
            raise ValueError("A plan's commitments should be a list of commitments.")
        return cls([Commitment.from_dict(c) for c in commitments], _text(data.get("title", ""), "title"))

    def save(self, path: str | Path = PLAN_FILE) -> Path:
        """Write the plan as JSON (a temporary file first, so a crash never leaves half a plan)."""
        return write_plan(path, self.to_dict())

    @classmethod
    def load(cls, path: str | Path = PLAN_FILE) -> AccountabilityPlan:
        """The saved plan; an empty plan if there is no file yet; PlanFileError if it is damaged."""
        return read_plan(path, cls.from_dict, cls)

    def save_markdown(self, path: str | Path) -> Path:
        """Write the plan as a Markdown file to share."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(self.to_markdown(), encoding="utf-8")
        return path

    def to_markdown(self) -> str:
        """The plan as Markdown, one section per commitment, ready to share with partners."""
        out = [f"# {self.title or 'Accountability plan'}", ""]
        if not self.commitments:
            out += ["*No commitments yet.*", ""]
        for number, c in enumerate(self.commitments, start=1):
            out += [
                f"## {number}. {c.action or '(what the department will do)'}", "",
                f"- **Owner in the department:** {c.owner or '-'}",
                f"- **Answers to:** {c.answers_to or '-'}",
                f"- **Mechanism:** {c.mechanism or '-'}",
                f"- **How often:** {c.cadence or '-'}",
                f"- **Measure of progress:** {c.measure or '-'}"
                + (f" (chosen by {c.measure_chosen_by})" if c.measure_chosen_by else ""),
                f"- **Pay or resources:** {c.resources or '-'}",
                f"- **Spectrum level:** {c.level_label}",
                "",
            ]
        return "\n".join(out)


# ---- the rubric ------------------------------------------------------------------------

def _norm(text: str) -> str:
    return " ".join(text.casefold().strip(" .;:!").split())


def is_vague(text: str, vague: frozenset[str] = VAGUE_WORDS) -> bool:
    return _norm(text) in vague


def is_concrete_cadence(text: str) -> bool:
    t = _norm(text)
    return bool(t) and not any(word in t for word in VAGUE_CADENCE) and bool(CONCRETE_CADENCE.search(t))


def names_resources(text: str) -> bool:
    """Pay or resources are named: an amount or a concrete kind, not "if funding allows" or "unpaid"."""
    t = _norm(text)
    if not t or t.startswith(CONDITIONAL_RESOURCES):
        return False
    if NO_RESOURCES.search(t) and not AMOUNT.search(t):
        return False
    return bool(RESOURCE_WORDS.search(t))


def community_chose(commitment: Commitment) -> bool:
    who = commitment.measure_chosen_by
    return bool(commitment.measure.strip()) and not is_vague(who) and not DEPARTMENT_WORDS.search(who)


def _which(plan: AccountabilityPlan, ok) -> list[int]:
    return [n for n, c in enumerate(plan.commitments, start=1) if not ok(c)]


def _line(criterion: str, plan: AccountabilityPlan, ok, empty, advice: str) -> Finding:
    """A rubric line met when every commitment passes ``ok``; says which ones do not, and why."""
    failing = _which(plan, ok)
    blank = [n for n in failing if empty(plan.commitments[n - 1])]
    if not plan.commitments:
        return Finding(criterion, False, "Add a commitment first.", missing=True)
    if not failing:
        return Finding(criterion, True, "Yes, for every commitment.")
    numbers = ", ".join(str(n) for n in failing)
    word = "Commitment" if len(failing) == 1 else "Commitments"
    return Finding(criterion, False, f"{word} {numbers}: {advice}", missing=len(blank) == len(failing))


def review(plan: AccountabilityPlan) -> list[Finding]:
    """Nine rubric lines, each met or not, with plain advice on what is missing or vague."""
    at_collaborate = [c for c in plan.commitments if c.level is not None and c.level >= COLLABORATE]
    return [
        Finding("two or more commitments", len(plan.commitments) >= 2,
                "One commitment is a start; add at least one more, with a different mechanism if you can."),
        _line("says what the department will do", plan,
              lambda c: len(c.action.split()) >= 3 and not is_vague(c.action), lambda c: not c.action,
              "say what the department will do, in a few concrete words (a verb and what it applies to)."),
        _line("a named owner", plan,
              lambda c: not is_vague(c.owner), lambda c: not c.owner,
              'name the person or role who owns it, such as "Director of Epidemiology"; '
              '"staff" or "TBD" leaves nobody accountable.'),
        _line("answers to a named community partner", plan,
              lambda c: not is_vague(c.answers_to, VAGUE_PARTNERS), lambda c: not c.answers_to,
              'name the community organization it answers to; "the community" is too broad to hold anyone to account.'),
        _line("an accountability mechanism", plan,
              lambda c: not is_vague(c.mechanism), lambda c: not c.mechanism,
              "name how the partner holds the department to it, for example a community advisory board, "
              "hiring community organizers, or community members in grant oversight."),
        _line("a concrete cadence", plan,
              lambda c: is_concrete_cadence(c.cadence), lambda c: not c.cadence,
              'say how often, in words a calendar understands: "every month", "each quarter"; '
              '"regularly" or "as needed" cannot be checked.'),
        _line("a measure the community chose", plan,
              community_chose, lambda c: not (c.measure or c.measure_chosen_by),
              "give a measure of progress and name the community partner who chose it; a measure the "
              "department picks for itself does not share power."),
        _line("pay or resources named", plan,
              lambda c: names_resources(c.resources), lambda c: not c.resources,
              "name the pay or resources behind it: an amount, stipends, staff time, childcare, interpretation."),
        Finding("reaches Collaborate or above", bool(at_collaborate),
                "At least one commitment should share decisions and resources (Collaborate) or defer to the "
                "community (Defer To). Which commitment could you take one step further up the spectrum?",
                missing=not any(c.level is not None for c in plan.commitments)),
    ]

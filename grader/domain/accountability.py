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

from grader.domain.finding import Finding, is_written
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
# A cadence a calendar understands: the whole cadence (before any comma or "at ..." detail) is one of
# these forms, read into the number of days between meetings or reports.
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "other": 2, "a": 1, "an": 1}
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "quarter": 91, "year": 365}
_ADVERBS = {"daily": 1, "weekly": 7, "fortnightly": 14, "biweekly": 14, "bi-weekly": 14, "monthly": 30,
            "bimonthly": 61, "bi-monthly": 61, "quarterly": 91, "semiannually": 182, "semi-annually": 182,
            "biannually": 182, "annually": 365, "yearly": 365}
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_UNIT = r"(?P<unit>day|week|month|quarter|year)s?"
_COUNT = r"(?P<count>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|other)"
_CADENCE_FORMS = (
    re.compile(rf"(?:every|each|once every)\s+(?:{_COUNT}\s+)?{_UNIT}"),
    re.compile(rf"(?:once\s+)?(?:a|an|per|each)\s+{_UNIT}"),
    re.compile(rf"(?P<times>\d+|one|two|three|four|five|six|twice|once)(?:\s+times)?\s+(?:a|an|per|each)\s+{_UNIT}"),
    re.compile(rf"(?:every|each)\s+(?P<month>{'|'.join(_MONTHS)})"),
    re.compile(rf"(?:on\s+)?(?:the\s+)?(?:first|second|third|fourth|last)\s+(?:{'|'.join(_WEEKDAYS)}|day|weekday)"
               rf"\s+of\s+(?:each|every|the)\s+{_UNIT}"),
    re.compile(rf"(?:every|each)\s+(?P<weekday>{'|'.join(_WEEKDAYS)})"),
)
_DETAIL = re.compile(r"\s*(?:[,;(]|\s(?:at|on|in|by|before|after|during|when|with|from|to)\s).*$")
# Cadence words anywhere in a text. Only the equity review's hints (never scored) use this search;
# a plan's cadence is read whole by ``cadence_days``.
CONCRETE_CADENCE = re.compile(
    r"\b(daily|weekly|fortnightly|biweekly|bi-weekly|monthly|bimonthly|bi-monthly|quarterly|"
    r"annually|yearly|semi-annually|biannually|"
    r"every\s+(\d+|one|two|three|four|six|other)?\s*(day|week|month|quarter|year)s?|"
    r"(each|per|a|once a|twice a|once every)\s+(day|week|month|quarter|year)|"
    r"(\d+|one|two|three|four|six)\s+times\s+a\s+(week|month|quarter|year)|"
    r"(january|february|march|april|may|june|july|august|september|october|november|december))\b",
    re.IGNORECASE,
)
CONDITIONAL_RESOURCES = ("if funding allows", "when funding", "as available", "if available", "tbd", "depends",
                         "to be decided", "to be determined")
# An amount: a number above zero, in digits ("$50", "2 days") or in words ("two days", "one full-time").
AMOUNT = re.compile(r"\d[\d,]*(?:\.\d+)?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                    r"fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|"
                    r"half|full-time|part-time)\b", re.IGNORECASE)


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


def cadence_days(text: str) -> int | None:
    """The days between meetings or reports that a cadence gives, or None if a calendar cannot read it.

    "every month" -> 30, "quarterly" -> 91, "twice a year" -> 182, "every March" -> 365,
    "the first Monday of each month" -> 30, "every Tuesday" -> 7,
    "every 2 weeks, at the union hall" -> 14; "regularly", "as needed" or a sentence -> None. Only the
    cadence is read (the part before a comma or an "at ..."): other words never make it concrete."""
    t = _norm(text)
    if not t or any(word in t for word in VAGUE_CADENCE):
        return None
    t = _DETAIL.sub("", t).strip()
    if t in _ADVERBS:
        return _ADVERBS[t]
    for form in _CADENCE_FORMS:
        found = form.fullmatch(t)
        if not found:
            continue
        parts = found.groupdict()
        if parts.get("month"):
            return 365
        if parts.get("weekday"):
            return 7
        count = parts.get("count") or "1"
        every = int(count) if count.isdigit() else _NUMBER_WORDS[count]
        times = parts.get("times") or "1"
        per = int(times) if times.isdigit() else {"twice": 2, "once": 1, **_NUMBER_WORDS}[times]
        if every < 1 or per < 1:
            return None
        return max(1, _UNIT_DAYS[parts["unit"]] * every // per)
    return None


def is_concrete_cadence(text: str) -> bool:
    """A cadence a calendar understands (``cadence_days`` can read it)."""
    return cadence_days(text) is not None


def amounts(text: str) -> list[str]:
    """The amounts a text gives: numbers above zero, in digits or in words."""
    found = [m.group(0) for m in AMOUNT.finditer(text)]
    return [n for n in found if not (n[0].isdigit() and float(n.replace(",", "")) == 0)]


def names_resources(text: str) -> bool:
    """Pay or resources come with an amount (a number above zero), not "if funding allows" or "TBD".

    Only the number is checked: whether the amount is enough is for the trainer, with the rubric."""
    t = _norm(text)
    if not t or t.startswith(CONDITIONAL_RESOURCES):
        return False
    return bool(amounts(t))


def names_partner(text: str, partner: str) -> bool:
    """``text`` names ``partner`` in full, as whole words: "Unidos Riverbend members" names
    "Unidos Riverbend"; "Unidos" or "members" alone does not."""
    text, partner = _norm(text), _norm(partner)
    return bool(partner) and re.search(rf"(?<!\w){re.escape(partner)}(?!\w)", text) is not None


def community_chose(commitment: Commitment, partners: list[str] | None = None) -> bool:
    """The measure is written, and the one who chose it is a community partner the plan answers to
    (this commitment's partner, or another in ``partners``), not the department."""
    named = [p for p in [commitment.answers_to, *(partners or [])] if not is_vague(p, VAGUE_PARTNERS)]
    return is_written(commitment.measure) and any(names_partner(commitment.measure_chosen_by, p) for p in named)


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
    partners = [c.answers_to for c in plan.commitments]
    return [
        Finding("two or more commitments", len(plan.commitments) >= 2,
                "One commitment is a start; add at least one more, with a different mechanism if you can."),
        _line("says what the department will do (filled in)", plan,
              lambda c: is_written(c.action) and not is_vague(c.action), lambda c: not c.action,
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
        _line("a cadence a calendar understands", plan,
              lambda c: is_concrete_cadence(c.cadence), lambda c: not c.cadence,
              'say how often, in words a calendar understands: "every month", "each quarter"; '
              '"regularly" or "as needed" cannot be checked.'),
        _line("a measure, chosen by a partner the plan answers to", plan,
              lambda c: community_chose(c, partners), lambda c: not (c.measure or c.measure_chosen_by),
              "give a measure of progress, and for who chose it name the community partner the commitment "
              "answers to, as it is written there; a measure the department picks for itself does not "
              "share power."),
        _line("pay or resources with an amount", plan,
              lambda c: names_resources(c.resources), lambda c: not c.resources,
              'name the pay or resources behind it with an amount, a number: "$50 an hour stipends", '
              '"two days of analyst time each quarter", "one full-time position".'),
        Finding("reaches Collaborate or above", bool(at_collaborate),
                "At least one commitment should share decisions and resources (Collaborate) or defer to the "
                "community (Defer To). Which commitment could you take one step further up the spectrum?",
                missing=not any(c.level is not None for c in plan.commitments)),
    ]

"""An equity review: walk one department policy through the equity questions.

From the course design (DESIGN §4, Change Internal Policies and Practices): written
policies carry an organization's values, and the Racial Equity Toolkit of the Government
Alliance on Race and Equity (2016) asks about desired results, data, community
engagement, who benefits and who is burdened, implementation, accountability and
communication. Share Power with Communities (Human Impact Partners, Health Equity Guide,
2018) adds that departments should set aside time and funds so communities can take part.

The toolkit names the questions; the prompts under each, and the rubric ``review`` applies,
are this course's own. ``review`` says, question by question, what is missing or vague.
The three policies it names (data in ``course/examples``) belong to Riverbend County, which is fictional.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from grader.course.examples import load_example
from grader.domain.accountability import CONCRETE_CADENCE
from grader.domain.finding import Finding
from grader.domain.plan_file import read_answer, write_plan

KINDS: tuple[str, ...] = ("hiring", "contracting", "grant-making")
_KIND_ALIASES = {
    "hiring": "hiring", "hire": "hiring", "human resources": "hiring", "hr": "hiring",
    "contracting": "contracting", "contract": "contracting", "contracts": "contracting",
    "purchasing": "contracting", "procurement": "contracting",
    "grant-making": "grant-making", "grant making": "grant-making", "grantmaking": "grant-making",
    "grants": "grant-making", "grant": "grant-making",
}
MIN_WORDS = 6


# ---- the questions ---------------------------------------------------------------------

@dataclass(frozen=True)
class Question:
    """One equity question: its field in a review, its name, and the course's prompt."""

    key: str
    title: str
    prompt: str
    aliases: tuple[str, ...] = ()


QUESTIONS: tuple[Question, ...] = (
    Question("desired_results", "Desired results",
             "If the policy works, what will be different for people, and for whom? By how much, "
             "and by when?",
             ("desired results", "desired result", "results", "outcomes", "desired outcomes")),
    Question("data", "Data",
             "What do the numbers say about who is affected today, broken down by race, ethnicity, "
             "income, gender or neighborhood? What is missing from them?",
             ("data", "the data", "data and evidence", "evidence")),
    Question("community_engagement", "Community engagement",
             "Which of the people most affected shaped this review, and how? What did the department "
             "put behind their time (pay, interpretation, childcare)?",
             ("community engagement", "engagement", "engaging the community")),
    Question("benefits_and_burdens", "Who benefits and who is burdened",
             "Who gains from the policy as written, who carries its costs or is shut out, and what "
             "will you change to lift that burden?",
             ("who benefits and who is burdened", "benefits and burdens", "who benefits",
              "who is burdened", "benefits", "burdens", "benefit and burden", "benefits and burden")),
    Question("implementation", "Implementation",
             "Who in the department will put the change into practice, by when, and with what money, "
             "staff time or training?",
             ("implementation", "implement", "implementing")),
    Question("accountability", "Accountability",
             "Who answers for the results, and to whom outside the department? How often, and "
             "measured how?",
             ("accountability", "accountable")),
    Question("communication", "Communication",
             "How will staff and communities hear what changed and how it is going: where, in plain "
             "language, and in which languages or formats?",
             ("communication", "communications", "communicate", "communicating")),
)
QUESTION_KEYS: tuple[str, ...] = tuple(q.key for q in QUESTIONS)
_BY_NAME = {
    " ".join(name.split()).casefold(): q
    for q in QUESTIONS
    for name in (q.key, q.key.replace("_", " "), q.title, *q.aliases)
}


class UnknownQuestion(ValueError):
    """A text that does not name one of the equity questions."""


def question(name: object) -> Question:
    """One of the equity questions by its field, its title or a common word for it.

    >>> question("Benefits and burdens").key
    'benefits_and_burdens'
    """
    found = _BY_NAME.get(" ".join(str(name).replace("_", " ").split()).casefold().strip(" .?"))
    if found is None:
        titles = ", ".join(f'"{q.title.casefold()}"' for q in QUESTIONS)
        raise UnknownQuestion(f'"{name}" is not one of the equity questions. Use one of: {titles}.')
    return found


@dataclass(frozen=True)
class Statement:
    """A sentence from an equity review; which question it answers is kept as a digest.

    ``evidence`` (shown when a match holds up) and ``hint`` (shown when it does not) never
    name the question.
    """

    id: str
    text: str
    evidence: str
    hint: str


# ---- policies --------------------------------------------------------------------------

def policy_kind(value: object) -> str:
    """"hiring", "contracting" or "grant-making" (common other words accepted); "" if not given."""
    if value is None or value is Ellipsis or (isinstance(value, str) and not value.strip()):
        return ""
    kind = _KIND_ALIASES.get(" ".join(str(value).split()).casefold())
    if kind is None:
        raise ValueError(f'"{value}" is not a kind of policy this course reviews. '
                         f'Use one of: {", ".join(repr(k) for k in KINDS)}.')
    return kind


@dataclass(frozen=True)
class Policy:
    """A department policy as written: who owns it, and its rules."""

    name: str
    kind: str
    division: str
    purpose: str
    rules: tuple[str, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", policy_kind(self.kind))

    def to_markdown(self) -> str:
        lines = [f"**{self.name}** ({self.kind} policy, {self.division})", "", self.purpose, "",
                 "What the policy says:", ""]
        return "\n".join(lines + [f"- {rule}" for rule in self.rules])


# The policies are course content, kept as data in
# course/examples/08-change-internal-policies-and-practices.toml.
GRANTS_POLICY = load_example("08", "grants_policy", Policy)
HIRING_POLICY = load_example("08", "hiring_policy", Policy)
CONTRACTING_POLICY = load_example("08", "contracting_policy", Policy)

POLICIES: dict[str, Policy] = {p.kind: p for p in (GRANTS_POLICY, HIRING_POLICY, CONTRACTING_POLICY)}


# ---- the review ------------------------------------------------------------------------

def _text(value: object, name: str) -> str:
    if value is None or value is Ellipsis:
        return ""
    if not isinstance(value, str):
        raise ValueError(f'{name} should be text in quotes, but it is {value!r}. Write it as {name}="...".')
    return " ".join(value.split())


@dataclass
class EquityReview:
    """One policy walked through the equity questions: an answer per question."""

    policy: str = ""
    kind: str = ""
    desired_results: str = ""
    data: str = ""
    community_engagement: str = ""
    benefits_and_burdens: str = ""
    implementation: str = ""
    accountability: str = ""
    communication: str = ""

    def __post_init__(self) -> None:
        for item in fields(self):
            if item.name != "kind":
                setattr(self, item.name, _text(getattr(self, item.name), item.name))
        self.kind = policy_kind(self.kind)

    def answers(self) -> dict[str, str]:
        """The answer to each question, by question field, in the toolkit's order."""
        return {key: getattr(self, key) for key in QUESTION_KEYS}

    def is_empty(self) -> bool:
        return not any(self.answers().values())

    def to_dict(self) -> dict[str, object]:
        return {"policy": self.policy, "kind": self.kind, **self.answers()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EquityReview:
        if not isinstance(data, dict):
            raise ValueError(f"A review should be a dictionary of answers, but this is a {type(data).__name__}.")
        known = {item.name for item in fields(cls)}
        unknown = sorted(set(map(str, data)) - known)
        if unknown:
            raise ValueError(f"A review has no part called {', '.join(unknown)}. "
                             f"Its parts are: {', '.join(item.name for item in fields(cls))}.")
        return cls(**data)

    def to_markdown(self) -> str:
        """The review as Markdown, one heading per question, ready to share."""
        kind = f" ({self.kind} policy)" if self.kind else ""
        out = [f"# Equity review: {self.policy or 'a department policy'}{kind}", ""]
        for q in QUESTIONS:
            out += [f"## {q.title}", "", getattr(self, q.key) or "*Not answered yet.*", ""]
        return "\n".join(out)


# ---- the rubric ------------------------------------------------------------------------

def _pattern(*words: str) -> re.Pattern[str]:
    return re.compile(r"\b(" + "|".join(words) + r")\b", re.IGNORECASE)


PEOPLE = _pattern(
    r"residents?", "people", r"persons?", "staff", r"workers?", r"employees?", r"applicants?",
    r"candidates?", r"hires?", "family", "families", r"parents?", "children", "youth", r"students?",
    r"patients?", r"tenants?", r"renters?", "women", "men", "community", "communities",
    r"neighbou?rhoods?", r"organi[sz]ations?", r"groups?", r"grantees?", r"contractors?", r"vendors?",
    r"partners?", "businesses", "black", r"latin[oaxe]", "hispanic", "asian", "hmong", "indigenous",
    "native", "white", r"immigrants?", r"refugees?", "older adults", "seniors", r"disabilit\w*",
    "disabled", r"speakers?", r"members?",
)
MEASURE = re.compile(
    r"\d|%|\b(one|two|three|four|five|six|seven|eight|nine|ten|half|a third|a quarter|double|"
    r"twice|halve)\b", re.IGNORECASE)
BREAKDOWN = _pattern(
    "race", "racial", r"ethnicit\w*", "income", r"incomes", "gender", "sex", r"neighbou?rhoods?",
    r"zip ?codes?", r"census tracts?", r"languages?", r"disabilit\w*", "age groups?", r"broken down",
    r"disaggregat\w*", "black", r"latin[oaxe]", "hispanic", "asian", "hmong", "white",
)
METHOD = _pattern(
    r"meet\w*", r"listening sessions?", r"workshops?", r"focus groups?", r"interview\w*", r"surveys?",
    r"advisory (board|committee|council|group)s?", r"panels?", r"co-?design\w*", r"co-?wr\w+",
    r"co-?develop\w*", r"co-?le[ad]\w*", r"house meetings?", r"one-to-ones?", r"town halls?",
    r"forums?", r"committees?", r"councils?", r"vot\w+", r"decid\w+", r"sessions?", r"conversations?",
    r"circles?", r"review(ed)? (the|each|every)", r"walk(ed)? through",
)
PAID = re.compile(
    r"[$€£]|\b(stipends?|paid|pay|paying|compensat\w*|wages?|gift cards?|childcare|child care|"
    r"interpret\w*|translat\w*|meals?|transport\w*|bus (fares?|passes)|honorari\w*|funds?|funding|"
    r"budget\w*)\b", re.IGNORECASE)
BENEFITS = _pattern(r"benefit\w*", r"gain\w*", "help", "helps", "helped", "better off",
                    r"advantag\w*", "win", "wins", r"favou?r\w*", r"profit\w*")
BURDENS = _pattern(r"burden\w*", r"harm\w*", r"hurt\w*", "cost", "costs", "lose", "loses", "losing",
                   "lost", "left out", r"leaves? out", r"exclud\w*", "shut out", r"barriers?",
                   r"disadvantag\w*", "risk", "risks", r"penali[sz]\w*", r"wait\w*", "miss out",
                   "pushed out", r"screen\w* out", "kept out", "worse off", "carry", "carries", "pay for")
NOBODY_BURDENED = re.compile(
    r"\b(no one|nobody|no-one|no group|none)\b[^.;]*\b(burden\w*|harm\w*|lose|loses|worse off|left out)|"
    r"\bno (real )?(burdens?|harms?|downsides?|losers)\b|\beveryone (benefits|gains)\b",
    re.IGNORECASE)
TIME = _pattern(r"20\d\d", "january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december", "spring", "summer", "autumn", "fall",
                "winter", r"quarters?", r"q[1-4]", r"months?", r"weeks?", r"days?", r"years?")
RESOURCES = re.compile(
    r"[$€£]|\b\d+\s*(hours?|fte)\b|\b(budget\w*|fund\w*|money|staff time|train\w*|positions?|"
    r"hir\w+|stipends?|grants?|contracts?|time set aside)\b", re.IGNORECASE)
OWNER = _pattern(r"director", r"manager", r"officer", r"lead", r"coordinator", r"supervisor",
                 r"chief", r"head of", r"human resources", "hr", r"finance", r"procurement",
                 r"purchasing", r"team", r"unit", r"division", r"office")
ACCOUNT_MEASURE = re.compile(
    r"\d|%|\b(measures?|measured|targets?|indicators?|rates?|share|numbers?|counts?|percent\w*|"
    r"proportion|how many|how much|how fast|how long|data|figures|statistics|results|scorecard|"
    r"dashboard)\b", re.IGNORECASE)
TO_WHOM = _pattern(r"advisory (board|committee|council|group)", "board", "committee", "council",
                   "panel", "union", "coalition", "alliance", "collective", "network", "residents",
                   r"partners?", r"organi[sz]ations?", "community", "communities", r"members",
                   "commissioners?", "public")
FORMS = _pattern(r"plain[- ]language", "plain words", "plain english", r"translat\w*", r"interpret\w*",
                 "spanish", "hmong", "vietnamese", "somali", "chinese", "arabic", "tagalog", r"languages?",
                 "large print", "braille", "audio", r"videos?", r"captions?", "captioned", "sign language",
                 "asl", "accessible", r"easy[- ]read", r"infographics?", r"pictures?")
CHANNELS = _pattern(r"meetings?", r"websites?", "web page", r"newsletters?", "radio", "social media",
                    r"e-?mails?", r"flyers?", r"posters?", r"town halls?", r"report(s|ing)? back",
                    r"shar(e|es|ed|ing) back", r"briefings?", r"letters?", r"text messages?", "sms",
                    r"events?", r"partners?", "staff", r"trainings?", r"presentations?", r"press",
                    r"announce\w*", r"post(s|ed|ing)?")
STOCK = frozenset({
    "tbd", "tbc", "n/a", "na", "none", "nothing", "unknown", "see above", "same as above",
    "not applicable", "not sure", "to be decided", "to be determined", "?", "-", "...", "yes", "no",
})


def _too_vague(text: str) -> bool:
    plain = text.casefold().strip(" .!;:")
    return plain in STOCK or len(text.split()) < MIN_WORDS


@dataclass(frozen=True)
class _Line:
    key: str
    criterion: str
    test: Callable[[str], bool]
    advice: str


def _nobody(text: str) -> bool:
    return bool(NOBODY_BURDENED.search(text))


LINES: tuple[_Line, ...] = (
    _Line("desired_results", "desired results: what changes, for whom, by how much",
          lambda t: bool(PEOPLE.search(t) and MEASURE.search(t)),
          "Say what will be different for which people, with a number or a date you could check "
          "later. \"A fairer policy\" cannot be checked."),
    _Line("data", "data: broken down by group",
          lambda t: bool(BREAKDOWN.search(t)),
          "Name the numbers you looked at and break them down (by race, ethnicity, income, gender "
          "or neighborhood): a county-wide average can hide who is left behind."),
    _Line("community_engagement", "community engagement: how, and resourced",
          lambda t: bool(METHOD.search(t) and PAID.search(t)),
          "Say how the people most affected took part (for example listening sessions or a review "
          "panel) and what the department put behind their time: pay, interpretation, childcare."),
    _Line("benefits_and_burdens", "who benefits and who is burdened: both named",
          lambda t: bool(BENEFITS.search(t) and BURDENS.search(t)) and not _nobody(t),
          "Name who gains from the policy as written and who carries its costs or is shut out. "
          "Every policy burdens someone; saying nobody is burdened skips the hardest part."),
    _Line("implementation", "implementation: who, by when, with what",
          lambda t: bool(OWNER.search(t) and TIME.search(t) and RESOURCES.search(t)),
          "Name who in the department does it, by when, and with what money, staff time or "
          "training; a change nobody is resourced to make does not happen."),
    _Line("accountability", "accountability: to whom, how often, measured how",
          lambda t: bool(TO_WHOM.search(t) and CONCRETE_CADENCE.search(t) and ACCOUNT_MEASURE.search(t)),
          "Say who outside the department the results are reported to, how often (\"every "
          "quarter\", not \"regularly\") and what is measured."),
    _Line("communication", "communication: where, and in forms people can use",
          lambda t: bool(FORMS.search(t) and CHANNELS.search(t)),
          "Say where staff and communities will hear about the change (meetings, newsletters, "
          "partners) and in what forms: plain language, the languages people speak, accessible formats."),
)


def review(answer: EquityReview) -> list[Finding]:
    """Seven rubric lines, one per equity question, each met or not, with advice on what is
    missing or vague."""
    findings = []
    for line in LINES:
        text = getattr(answer, line.key)
        if not text:
            findings.append(Finding(line.criterion, False, f"Not answered yet: {question(line.key).prompt}",
                                    missing=True))
        elif _too_vague(text):
            findings.append(Finding(line.criterion, False, f"Too short to act on. {line.advice}"))
        else:
            met = line.test(text)
            findings.append(Finding(line.criterion, met, "Yes." if met else line.advice))
    return findings


# ---- a review saved as a file (an exercise's no-code route) ----

REVIEW_FILE = "equity-review.json"


def save_review(answer: EquityReview, path: str | Path = REVIEW_FILE) -> Path:
    return write_plan(path, answer.to_dict())


def load_review(path: str | Path = REVIEW_FILE) -> EquityReview:
    """The equity review saved at ``path``."""
    return read_answer(path, EquityReview.from_dict, what="equity review", builder="equity review builder")


MATCHES_FILE = "statement-matches.json"


def save_matches(matches: dict[str, Any], path: str | Path = MATCHES_FILE) -> Path:
    """Save statement id -> equity question (None for not matched yet), by the questions' titles."""
    return write_plan(path, {str(sid): None if value is None or value is Ellipsis or not str(value).strip()
                             else question(value).title.casefold() for sid, value in matches.items()})


def _matches(data: Any) -> dict[str, str]:
    if not isinstance(data, dict):
        raise ValueError(f"matches should be a table of statement -> question, not a {type(data).__name__}")
    return {str(sid): question(value).title.casefold() for sid, value in data.items() if value}


def load_matches(path: str | Path = MATCHES_FILE) -> dict[str, str]:
    """The matches saved at ``path`` (statements not matched yet are left out)."""
    return read_answer(path, _matches, what="matches", builder="statement matcher")

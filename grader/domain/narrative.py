"""Narratives: the stories that shape what people see as a health problem and its fix.

Facts (the course design's summary of the guide's Build Narrative Power practice, DESIGN §4;
the guide's full page was not available): narratives shape what people see as the problem
and the solution; framing health as driven by social, economic and environmental conditions
rather than individual behavior opens room for structural solutions; a department learns
about narrative as a team, learns to spot three harmful dominant narratives (individualism,
market-only solutions, anti-government sentiment), and uses its platform to name them and
offer a transformative alternative, built with power-building groups.

Here: the three dominant narratives and the marks of a transformative one, in plain words
(the explanations are the course's own); ``label`` reads a learner's label; the statements to
classify and the press paragraphs to rewrite, as types (their texts are data under ``course/``).
Which label fits a statement is not stored here (checks hold only digests), and a statement's
``evidence`` and ``hint`` never name it. The rubric for a rewrite is in ``grader.domain.press_rewrite``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from grader.course.examples import load_example

DOMINANT = "dominant"
TRANSFORMATIVE = "transformative"


@dataclass(frozen=True)
class Narrative:
    """A harmful dominant narrative: what it says, what it leaves out, how it sounds."""

    key: str
    name: str
    says: str
    leaves_out: str
    sounds_like: tuple[str, ...]


NARRATIVES: tuple[Narrative, ...] = (
    Narrative(
        "individualism",
        "Individualism",
        "Health comes down to each person's choices, effort and willpower.",
        "The conditions that shape those choices: prices, wages, housing, air, what is sold nearby.",
        ("make healthier choices", "personal responsibility", "it is up to each of us"),
    ),
    Narrative(
        "market-only",
        "Market-only solutions",
        "Businesses, competition and shoppers' choices will fix the problem if left alone.",
        "The people a market leaves out, and any say for them in the fix.",
        ("the market will sort it out", "a tax break so a chain will open a store", "shop around"),
    ),
    Narrative(
        "anti-government",
        "Anti-government sentiment",
        "Government is wasteful, meddling or unable to help, so it should step back.",
        "That public rules and public money are tools people can use together, and hold to account.",
        ("red tape", "government overreach", "not the government's job"),
    ),
)

TRANSFORMATIVE_MARKS: tuple[str, ...] = (
    "names social, economic or environmental conditions as what drives the problem",
    "points to a structural solution: a policy, rule, investment or system that changes those conditions",
    "is built with community power-building groups, and credits their work and their voice",
)

_NARRATIVE_ALIASES: dict[str, tuple[str, ...]] = {
    "individualism": ("individualism", "individualist", "individualistic", "individual",
                      "individual responsibility", "personal responsibility"),
    "market-only": ("market-only", "market only", "market-only solutions", "market only solutions",
                    "market", "markets", "the market", "free market", "market solutions"),
    "anti-government": ("anti-government", "anti government", "antigovernment",
                        "anti-government sentiment", "anti government sentiment", "anti-gov", "anti gov"),
}
_BY_ALIAS = {alias: key for key, aliases in _NARRATIVE_ALIASES.items() for alias in aliases}


class UnknownLabel(ValueError):
    """A text that is not one of the labels a statement can take."""


@dataclass(frozen=True)
class Label:
    """A learner's label: dominant or transformative, and for dominant, maybe which narrative."""

    kind: str
    narrative: str | None = None


LABEL_WORDS = ('"dominant"', '"transformative"', '"individualism"', '"market-only"', '"anti-government"')


def label(value: object) -> Label:
    """Read "dominant", "transformative", a narrative's name, or "dominant: <narrative>".

    >>> label("Dominant (market only)")
    Label(kind='dominant', narrative='market-only')
    """
    text = re.sub(r"\s+", " ", str(value)).strip().casefold().strip(".")
    if text == TRANSFORMATIVE:
        return Label(TRANSFORMATIVE)
    rest = re.sub(rf"^{DOMINANT}\b\s*[:(,\-–—]?\s*", "", text).strip(" )")
    if text.startswith(DOMINANT) and not rest:
        return Label(DOMINANT)
    if rest in _BY_ALIAS:
        return Label(DOMINANT, _BY_ALIAS[rest])
    raise UnknownLabel(
        f'"{value}" is not a label here. Use one of: {", ".join(LABEL_WORDS)} '
        '(the last three are the dominant narratives; "dominant: individualism" works too).'
    )


def narrative(key: str) -> Narrative:
    return {item.key: item for item in NARRATIVES}[key]


@dataclass(frozen=True)
class Statement:
    """Something a (fictional) department said in public, to classify."""

    id: str
    source: str
    text: str
    evidence: str
    hint: str


@dataclass(frozen=True)
class PressParagraph:
    """A paragraph from a (fictional) department news release, to rewrite."""

    id: str
    topic: str
    text: str


# The worked examples Module 06 shows with their answers are course content, kept as data in
# course/examples/06-build-narrative-power.toml; no check grades them.
WORKED_STATEMENT = load_example("06", "worked_statement", Statement)
WORKED_EXAMPLE = load_example("06", "worked_paragraph", PressParagraph)
WORKED_DRAFT = load_example("06", "worked_draft", str)
WORKED_REVISION = load_example("06", "worked_revision", str)

"""Labels: the learner gives each case shown to them one label from a vocabulary.

One kind for every question of that shape: place scenarios on the engagement spectrum
(Modules 00 and 01), match campaign goals to the department's levers (02), label statements
dominant or transformative (06), decide on requests for data (07), and match statements to
the equity question they answer (08). The item names its vocabulary (``vocabulary =
"spectrum"``); ``VOCABULARIES`` says, for each, what one case holds, which parser in
``grader.domain`` reads a label, and the words of the feedback.

A case's key is the digest of its label (``digest(check_id, case_id, label)``); where more
than one label holds up, the case keeps one digest per acceptable label. A vocabulary may
also read an optional detail: a dominant statement may name its narrative. The detail's
digest is the case's second one, and naming it never changes the score. Feedback gives the
case's evidence when its label holds up and its hint when it does not; it never names the
right label.
"""

from __future__ import annotations

import dataclasses
import html
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from grader.checks.feedback import Note, Shown, Status
from grader.checks.hashing import digest
from grader.checks.registry import AnswerProblem, is_unanswered, register, spec
from grader.domain import data_sharing, equity_review, levers, narrative, spectrum
from grader.domain.scenarios import Scenario


class Reading(NamedTuple):
    """A learner's label as a vocabulary reads it: the value its digest is of, and any detail."""

    key: str | int
    detail: str | None = None


@dataclass(frozen=True)
class Detail:
    """An optional second part of a label with its own digest; naming it never changes the score."""

    item: Callable[[str], str]  # the digest item of a case's detail: "P1" -> "P1 narrative"
    fits: str  # added to the evidence when the detail named fits
    other: str  # added to the evidence when another detail fits better


@dataclass(frozen=True)
class Vocabulary:
    """What one vocabulary's cases hold, how its labels are read, and the words its feedback uses."""

    name: str
    case: type  # the dataclass of one case (id, ..., evidence, hint)
    read: Callable[[Any], Reading]
    unknown: type[ValueError]  # what ``read`` raises for a label it does not know
    answers: str  # what the whole answer is called: "Placements should be a dictionary"
    case_word: str  # what one case is called: "These are not scenario ids here"
    not_yet: str  # the note for a case with no label yet
    expects: str  # the expected form; "{ids}" and "{example}" are filled in
    columns: tuple[tuple[str, str], ...]  # (case field, heading) shown after the id; the last is the text
    choices_text: str = ""  # the labels to choose from, after the cases (plain text)
    choices_html: str = ""  # the same, in HTML
    example: str = ""  # the label in the expected form's example
    example_cases: int = 2  # how many cases the example shows
    several: bool = False  # a case may keep a digest per acceptable label
    detail: Detail | None = None

    def expected_form(self, ids: Sequence[str]) -> str:
        example = ", ".join(f'"{case_id}": "{self.example}"' for case_id in ids[: self.example_cases])
        return self.expects.replace("{ids}", ", ".join(ids)).replace("{example}", example)


def narrative_item(statement_id: str) -> str:
    """The digest item of a statement's narrative."""
    return f"{statement_id} narrative"


OTHER_NARRATIVE = (
    " The label holds up, but another dominant narrative fits it better. Ask who the statement "
    "expects to fix the problem: each person on their own (individualism), businesses and the "
    "market (market-only solutions), or anyone but government (anti-government sentiment)."
)


def _narrative(value: object) -> Reading:
    found = narrative.label(value)
    return Reading(found.kind, found.narrative)


def _items(pairs: Sequence[tuple[str, str]]) -> str:
    return "".join(f"<li><strong>{html.escape(key)}</strong>: {html.escape(words)}</li>" for key, words in pairs)


_SHARE = "the request passes all four CARE questions (share it, with small counts hidden)"
_DECISIONS = ((data_sharing.MAY_SHARE, _SHARE), *((p.key, p.question) for p in data_sharing.CARE))
_QUESTION_NAMES = [q.title.casefold() for q in equity_review.QUESTIONS]

VOCABULARIES: dict[str, Vocabulary] = {
    vocabulary.name: vocabulary
    for vocabulary in (
        Vocabulary(
            "spectrum", Scenario, lambda value: Reading(spectrum.level(value).number), spectrum.UnknownLevel,
            answers="Placements", case_word="scenario", not_yet="Not placed yet.",
            expects="Give a dictionary that places each scenario ({ids}) on a level, for example {{example}, ...}.",
            example="Consult",
            columns=(("partner", "partner"), ("text", "what happens")),
        ),
        Vocabulary(
            "lever", levers.CampaignGoal, lambda value: Reading(levers.lever(value).key), levers.UnknownLever,
            answers="Matches", case_word="goal", not_yet="Not matched yet.",
            expects="Give a dictionary that matches each goal ({ids}) to one lever: "
            f"{', '.join(repr(item.key) for item in levers.LEVERS)}; for example {{{{example}}, ...}}.",
            example="data", several=True,
            columns=(("organization", "organization"), ("goal", "goal")),
            choices_text="\n\nLevers:\n" + "\n".join(f"  {item.key}: {item.plain_words}" for item in levers.LEVERS),
            choices_html="<p><strong>Levers to choose from</strong></p><ul>"
            f"{_items([(item.key, item.plain_words) for item in levers.LEVERS])}</ul>",
        ),
        Vocabulary(
            "narrative", narrative.Statement, _narrative, narrative.UnknownLabel,
            answers="Labels", case_word="statement", not_yet="Not labeled yet.",
            expects='Give a dictionary that labels each statement ({ids}) "dominant" or "transformative", '
            'for example {{example}, ...}. For a dominant one you may name the narrative instead: '
            '"individualism", "market-only" or "anti-government".',
            example="transformative", example_cases=1,
            detail=Detail(narrative_item, " The narrative you named fits it too.", OTHER_NARRATIVE),
            columns=(("source", "where it appeared"), ("text", "statement")),
            choices_text="\n\nLabels: transformative, or dominant (optionally naming the narrative):\n"
            + "\n".join(f"  {n.key}: {n.says}" for n in narrative.NARRATIVES),
            choices_html="<p><strong>Labels:</strong> <code>transformative</code>, or <code>dominant</code>. "
            "For a dominant statement you may name the narrative instead:</p><ul>"
            f"{_items([(n.key, n.says) for n in narrative.NARRATIVES])}</ul>",
        ),
        Vocabulary(
            "care", data_sharing.Request, lambda value: Reading(data_sharing.decision(value)),
            data_sharing.UnknownDecision,
            answers="Decisions", case_word="request", not_yet="No decision yet.",
            expects="Give a dictionary that gives each request ({ids}) one decision: "
            + ", ".join(f'"{choice}"' for choice in data_sharing.DECISIONS) + ".",
            several=True,
            columns=(("who", "who asks"), ("asks", "what they ask for, and why")),
            choices_text="\n\nDecisions to choose from:\n" + "\n".join(f"  {key}: {words}" for key, words in _DECISIONS),
            choices_html="<p><strong>Decisions to choose from</strong> (the CARE question each one fails):</p>"
            f"<ul>{_items(_DECISIONS)}</ul>",
        ),
        Vocabulary(
            "equity_question", equity_review.Statement, lambda value: Reading(equity_review.question(value).key),
            equity_review.UnknownQuestion,
            answers="Matches", case_word="statement", not_yet="Not matched yet.",
            expects="Give a dictionary that matches each statement ({ids}) to the equity question it answers, "
            "for example {{example}, ...}.",
            example="data", example_cases=1,
            columns=(("text", "statement"),),
            choices_text="\n\nQuestions to choose from: " + ", ".join(f'"{name}"' for name in _QUESTION_NAMES),
            choices_html="<p><strong>Questions to choose from</strong></p><ul>"
            + "".join(f'<li>"{html.escape(name)}"</li>' for name in _QUESTION_NAMES) + "</ul>",
        ),
    )
}

# vocabulary name -> check id -> the cases it was registered with, in order
CASE_SETS: dict[str, dict[str, tuple[Any, ...]]] = {name: {} for name in VOCABULARIES}


class _Keys(NamedTuple):
    accepted: tuple[str, ...]
    detail: str | None


def case_sets(vocabulary: str) -> dict[str, tuple[Any, ...]]:
    """Every registered check of one vocabulary: check id -> its cases, in order."""
    return CASE_SETS[vocabulary]


def vocabulary_of(check_id: str) -> Vocabulary | None:
    """The vocabulary a registered check of this kind uses; ``None`` for a check of another kind."""
    return next((VOCABULARIES[name] for name, sets in CASE_SETS.items() if check_id in sets), None)


def _vocabulary(name: str) -> Vocabulary:
    if name not in VOCABULARIES:
        raise ValueError(f'unknown vocabulary "{name}". Known vocabularies: {", ".join(sorted(VOCABULARIES))}.')
    return VOCABULARIES[name]


def _cases(words: Vocabulary, cases: Sequence[Mapping[str, str]]) -> tuple[Any, ...]:
    names = [f.name for f in dataclasses.fields(words.case)]
    if not cases:
        raise ValueError(f'field "cases" is empty: give each {words.case_word} as a [[item.cases]] table.')
    found = []
    for number, raw in enumerate(cases, start=1):
        unknown = sorted(set(raw) - set(names))
        missing = [name for name in names if name not in raw]
        if unknown or missing:
            wrong = ([f"unknown field(s) {unknown}"] if unknown else []) + ([f"missing {missing}"] if missing else [])
            raise ValueError(f'field "cases", case {number}: {"; ".join(wrong)}. In vocabulary "{words.name}" '
                             f"a {words.case_word} has {', '.join(names)}.")
        found.append(words.case(**raw))
    ids = [case.id for case in found]
    twice = sorted({case_id for case_id in ids if ids.count(case_id) > 1})
    if twice:
        raise ValueError(f'field "cases": the id(s) {twice} are used twice. Give each {words.case_word} its own id.')
    return tuple(found)


def _keys(words: Vocabulary, ids: Sequence[str], key_digests: Mapping[str, str | tuple[str, ...]]) -> dict[str, _Keys]:
    missing = [case_id for case_id in ids if case_id not in key_digests]
    extra = sorted(set(key_digests) - set(ids))
    if missing or extra:
        raise ValueError(f'field "key_digests" should hold one entry per case ({", ".join(ids)}); '
                         f"missing {missing}, not a case {extra}. Run `make digests`.")
    keys = {}
    for case_id in ids:
        held = key_digests[case_id]
        listed = (held,) if isinstance(held, str) else tuple(held)
        if words.detail is not None:
            if isinstance(held, str) or len(listed) != 2:
                raise ValueError(f'field "key_digests.{case_id}": vocabulary "{words.name}" keeps two digests '
                                 "per case, [label, detail]. Run `make digests`.")
            keys[case_id] = _Keys(listed[:1], listed[1])
        elif words.several:
            if not listed:
                raise ValueError(f'field "key_digests.{case_id}": give at least one digest. Run `make digests`.')
            keys[case_id] = _Keys(listed, None)
        else:
            if not isinstance(held, str):
                raise ValueError(f'field "key_digests.{case_id}": vocabulary "{words.name}" keeps one digest per '
                                 "case, as text in quotes. Run `make digests`.")
            keys[case_id] = _Keys(listed, None)
    return keys


def labels(
    check_id: str,
    title: str,
    vocabulary: str,
    cases: tuple[dict[str, str], ...],
    key_digests: dict[str, str | tuple[str, ...]],
    *,
    max_points: float | None = None,
    graded: bool = False,
) -> None:
    """Register a check of a dict case id -> label from ``vocabulary``, one point per case."""
    words = _vocabulary(vocabulary)
    found = _cases(words, cases)
    ids = [case.id for case in found]
    keys = _keys(words, ids, key_digests)
    CASE_SETS[words.name][check_id] = found

    @register(
        check_id,
        title=title,
        max_points=float(len(found) if max_points is None else max_points),
        expects=words.expected_form(ids),
        graded=graded,
    )
    def grade(answer: object) -> list[Note]:
        if not isinstance(answer, Mapping):
            raise AnswerProblem(f"{words.answers} should be a dictionary, but this is a {type(answer).__name__}.")
        unknown = [str(key) for key in answer if str(key) not in ids]
        if unknown:
            raise AnswerProblem(
                f"These are not {words.case_word} ids here: {', '.join(unknown)}. Use: {', '.join(ids)}."
            )
        given = {str(key): value for key, value in answer.items()}
        notes: list[Note] = []
        problems: list[str] = []
        for case in found:
            value = given.get(case.id)
            if is_unanswered(value):
                notes.append(Note(case.id, Status.RECONSIDER, words.not_yet, missing=True))
                continue
            try:
                read = words.read(value)
            except words.unknown as error:
                problems.append(f"{case.id}: {error}")
                continue
            held = keys[case.id]
            if digest(check_id, case.id, read.key) not in held.accepted:
                notes.append(Note(case.id, Status.RECONSIDER, case.hint))
                continue
            reason = case.evidence
            if words.detail is not None and read.detail is not None:
                fits = digest(check_id, words.detail.item(case.id), read.detail) == held.detail
                reason += words.detail.fits if fits else words.detail.other
            notes.append(Note(case.id, Status.HOLDS_UP, reason))
        if problems:
            raise AnswerProblem(" ".join(problems))
        return notes


def shown(check_id: str, vocabularies: Sequence[str], wrong_kind: str) -> Shown:
    """The cases of a labels check, with their ids, and the labels to choose from.

    ``vocabularies`` are the ones the caller shows; for any other check, a KeyError says
    ``wrong_kind``.
    """
    spec(check_id)  # a clear error for an unknown id
    words = vocabulary_of(check_id)
    if words is None or words.name not in vocabularies:
        raise KeyError(wrong_kind)
    found = CASE_SETS[words.name][check_id]
    text = "\n".join(f"{case.id}. " + ": ".join(getattr(case, name) for name, _ in words.columns) for case in found)
    headings = "".join(f'<th scope="col">{html.escape(heading)}</th>' for _, heading in words.columns)
    rows = "".join(
        f'<tr><th scope="row">{html.escape(case.id)}</th>'
        + "".join(f"<td>{html.escape(getattr(case, name))}</td>" for name, _ in words.columns[:-1])
        + f'<td style="text-align:left">{html.escape(getattr(case, words.columns[-1][0]))}</td></tr>'
        for case in found
    )
    return Shown(
        text + words.choices_text,
        f'<table><thead><tr><th scope="col">id</th>{headings}</tr></thead><tbody>{rows}</tbody></table>'
        + words.choices_html,
    )

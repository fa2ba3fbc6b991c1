"""One check kind for a table a learner builds and ranks with pandas: a score per name, most first.

Agencies ranked by campaigns (Module 01), the provider scorecard (Module 05), contract scores
(Module 08) and the policy agenda (Module 09) are all this kind, ``ranking``. Each item says
in its item file what is ranked (``noun``), which columns hold the names and the scores, and
any words that differ from the defaults derived from the noun (a ``[item.words]`` table, read
by ``ranking_words``). The check has four lines: every name once, the right scores (usually
worth two lines), largest to smallest, ties A to Z. Scores are keyed by digests, name by name;
feedback names the rows to look at again and the rule to apply, never the score.
"""

from __future__ import annotations

import dataclasses
import difflib
import string
from dataclasses import dataclass
from itertools import pairwise

import pandas as pd

from grader.checks.feedback import Note, Status
from grader.checks.hashing import digest
from grader.checks.registry import AnswerProblem, register
from grader.checks.tables import whole_number


@dataclass(frozen=True)
class RankingWords:
    """What the learner reads for one ranking item."""

    rows: str  # the end of "Give a pandas DataFrame with the columns ..., <rows>."
    once_label: str  # the first line's label, e.g. "every provider once"
    all_once: str  # ... when it holds up
    list_each: str  # ... when it does not, followed by " (what is wrong)."
    missing: str  # the names left out: a template with {names} and {count}
    missing_one: str  # ... when only one name is left out
    not_in_key: str  # how to introduce names that do not belong
    scores_label: str  # the second line's label, e.g. "scores"
    scores_right: str
    recheck: str  # e.g. "Rescore", followed by the names to look at again
    order_label: str  # e.g. "highest to lowest"
    in_order: str
    largest_first: str  # the end of "Sort by <column>, ..."
    ties_right: str
    ties_fix: str

    def missing_text(self, names: list[str]) -> str:
        """What to say of the names left out."""
        template = self.missing_one if len(names) == 1 else self.missing
        return template.format(names=", ".join(names), count=len(names))


WORDS = tuple(f.name for f in dataclasses.fields(RankingWords))
# The placeholders a word may use; every other word is plain text.
PLACEHOLDERS = {"missing": ("names", "count"), "missing_one": ("names", "count")}


def default_words(noun: str, plural: str) -> dict[str, str]:
    """The words for a table of ``noun``s each scored by a rubric, highest score first."""
    return {
        "rows": f"one row per {noun}, sorted from the highest score to the lowest",
        "once_label": f"every {noun} once",
        "all_once": f"Every {noun} is listed exactly once.",
        "list_each": f"List each {noun} once",
        "missing": "missing: {names}",
        "not_in_key": f"not {plural} in the data",
        "scores_label": "scores",
        "scores_right": "Every score matches the rubric.",
        "recheck": "Rescore",
        "order_label": "highest to lowest",
        "in_order": "Sorted from the highest score to the lowest.",
        "largest_first": "highest first",
        "ties_right": f"{plural[:1].upper()}{plural[1:]} with the same score are in A to Z order.",
        "ties_fix": f"Where scores are equal, put the {plural} in A to Z order.",
    }


def ranking_words(noun: str, plural: str | None = None, words: dict[str, str] | None = None) -> RankingWords:
    """The defaults for ``noun`` with an item's own ``words`` in their place.

    A ``ValueError`` names the word that cannot be used and how to fix it. ``missing_one`` is
    ``missing`` unless given; a ``missing`` that counts (``{count}``) needs ``missing_one`` too.
    """
    if not noun.strip():
        raise ValueError('field "noun" is empty. Write what one row is, like "provider".')
    if plural is not None and not plural.strip():
        raise ValueError(f'field "plural" is empty. Write the plural of "{noun}", or remove the field.')
    given = dict(words or {})
    for key, text in given.items():
        _check_word(key, text)
    if "count" in _placeholders(given.get("missing", "")) and "missing_one" not in given:
        raise ValueError(
            'field "words": the word "missing" uses {count}, so it needs a "missing_one" too, '
            'for when one name is left out (like "{count} agenda policy is missing").'
        )
    chosen = default_words(noun, plural or f"{noun}s")
    chosen.update({key: text.format() if key not in PLACEHOLDERS else text for key, text in given.items()})
    chosen.setdefault("missing_one", chosen["missing"])
    return RankingWords(**chosen)


def _check_word(key: str, text: str) -> None:
    where = f'field "words", word "{key}"'
    if key not in WORDS:
        close = difflib.get_close_matches(key, WORDS, n=1)
        guess = f' Did you mean "{close[0]}"?' if close else ""
        raise ValueError(f'field "words": unknown word "{key}".{guess} The words are: {", ".join(WORDS)}.')
    if not text.strip():
        raise ValueError(f"{where} is empty. Write the words, or remove the line to keep the default.")
    allowed = PLACEHOLDERS.get(key, ())
    try:
        unknown = [name for name in _placeholders(text) if name not in allowed]
        if not unknown:
            text.format(names="A, B", count=2)
    except (ValueError, IndexError, KeyError) as error:
        raise ValueError(f"{where} cannot be filled in ({error}). Write {{{{ or }}}} for a brace.") from error
    if unknown:
        can = (f"It can use {' and '.join('{' + a + '}' for a in allowed)}" if allowed
               else "It takes no placeholders")
        raise ValueError(
            f"{where} has the unknown placeholder {{{unknown[0]}}}. {can}; "
            "write {{ or }} for a brace."
        )


def _placeholders(text: str) -> list[str]:
    """The names in ``text``'s {placeholders}; a ``ValueError`` for a lone brace."""
    return [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]


def read_ranked(answer: object, name_column: str, score_column: str) -> tuple[list[str], list[int | None]]:
    """The names and whole-number scores of a learner's table, in the learner's order."""
    if not isinstance(answer, pd.DataFrame):
        raise AnswerProblem(f"Expected a pandas DataFrame, but this is a {type(answer).__name__}.")
    absent = [c for c in (name_column, score_column) if c not in answer.columns]
    if absent:
        raise AnswerProblem(
            f"The table needs the columns {name_column!r} and {score_column!r}; it is missing "
            f"{', '.join(repr(c) for c in absent)}. It has: {', '.join(repr(str(c)) for c in answer.columns)}."
        )
    return [str(n) for n in answer[name_column]], [whole_number(s) for s in answer[score_column]]


def in_order(names: list[str], scores: list[int | None]) -> tuple[bool, bool]:
    """(largest to smallest, ties in A to Z order)."""
    descending = bool(names) and all(a is not None and b is not None and a >= b for a, b in pairwise(scores))
    ties = descending and all(not (a == b and n1 > n2) for (n1, n2), (a, b) in zip(pairwise(names), pairwise(scores), strict=True))
    return descending, ties


def ranking(
    check_id: str,
    title: str,
    key_digests: dict[str, str],
    *,
    noun: str,
    name_column: str,
    score_column: str,
    score_hint: str,
    plural: str | None = None,
    words: dict[str, str] | None = None,
    missing_is_unanswered: bool = False,
    scores_weight: float = 2.0,
    max_points: float = 5.0,
    graded: bool = False,
) -> None:
    """Register a check of a ranked table: every ``noun`` once, the right scores (worth
    ``scores_weight`` lines), largest to smallest, ties A to Z.

    ``key_digests`` holds ``digest(check_id, name, score)`` for every name. ``words`` are the
    item's own words in place of the defaults (``ranking_words``). With ``missing_is_unanswered``
    a graded self-check says "Still to answer" while names are left out.
    """
    said = ranking_words(noun, plural, words)
    if scores_weight <= 0:
        raise ValueError(f'field "scores_weight" is {scores_weight}; write how many lines the scores '
                         "count as, a number above 0 (usually 2).")

    @register(
        check_id,
        title=title,
        max_points=max_points,
        expects=f"Give a pandas DataFrame with the columns {name_column!r} and {score_column!r}, {said.rows}.",
        graded=graded,
    )
    def grade(answer: object) -> list[Note]:
        names, scores = read_ranked(answer, name_column, score_column)
        missing = sorted(set(key_digests) - set(names))
        extra = sorted(set(names) - set(key_digests))
        repeated = sorted({n for n in names if names.count(n) > 1})
        complete = not (missing or extra or repeated)
        gaps = "; ".join(text for text in (
            said.missing_text(missing) if missing else "",
            f"{said.not_in_key}: {', '.join(extra)}" if extra else "",
            f"listed more than once: {', '.join(repeated)}" if repeated else "",
        ) if text)
        wrong = [name for name, score in zip(names, scores, strict=True)
                 if name in key_digests and (score is None or digest(check_id, name, score) != key_digests[name])]
        right = complete and not wrong
        descending, ties = in_order(names, scores)
        return [
            Note(said.once_label, Status.HOLDS_UP if complete else Status.RECONSIDER,
                 said.all_once if complete else f"{said.list_each} ({gaps}).",
                 missing=missing_is_unanswered and bool(missing)),
            Note(said.scores_label, Status.HOLDS_UP if right else Status.RECONSIDER,
                 said.scores_right if right
                 else (f"{said.recheck}: {', '.join(wrong)}. " if wrong else "") + score_hint,
                 weight=scores_weight),
            Note(said.order_label, Status.HOLDS_UP if descending else Status.RECONSIDER,
                 said.in_order if descending else f"Sort by {score_column}, {said.largest_first}."),
            Note("ties A to Z", Status.HOLDS_UP if ties else Status.RECONSIDER,
                 said.ties_right if ties else said.ties_fix),
        ]

"""One check kind for a table a learner builds and ranks with pandas: a score per name, most first.

Agencies ranked by campaigns (Module 01), the provider scorecard (Module 05), contract scores
(Module 08) and the policy agenda (Module 09) are all this check, each in its own words
(``RankingWords``). It has four lines: every name once, the right scores (usually worth two
lines), largest to smallest, ties A to Z. Scores
are keyed by digests, name by name; feedback names the rows to look at again and the rule to
apply, never the score.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

import pandas as pd

from grader.checks.feedback import Note, Status
from grader.checks.hashing import digest
from grader.checks.registry import AnswerProblem, register
from grader.checks.tables import whole_number


@dataclass(frozen=True)
class RankingWords:
    """What the learner reads for one use of the check."""

    rows: str  # the end of "Give a pandas DataFrame with the columns ..., <rows>."
    once_label: str  # the first line's label, e.g. "every provider once"
    all_once: str  # ... when it holds up
    list_each: str  # ... when it does not, followed by " (what is wrong)."
    missing: Callable[[list[str]], str]  # what to say of the names left out
    not_in_key: str  # how to introduce names that do not belong
    scores_label: str  # the second line's label, e.g. "scores"
    scores_right: str
    recheck: str  # e.g. "Rescore", followed by the names to look at again
    order_label: str  # e.g. "highest to lowest"
    in_order: str
    largest_first: str  # the end of "Sort by <column>, ..."
    ties_right: str
    ties_fix: str
    missing_is_unanswered: bool = False  # graded self-checks then say "Still to answer"
    scores_weight: float = 2.0  # the scores line counts as this many lines


def highest_score_first(noun: str, not_in_key: str) -> RankingWords:
    """The words for a table of ``noun``s each scored by a rubric, highest score first."""
    return RankingWords(
        rows=f"one row per {noun}, sorted from the highest score to the lowest",
        once_label=f"every {noun} once",
        all_once=f"Every {noun} is listed exactly once.",
        list_each=f"List each {noun} once",
        missing=lambda names: f"missing: {', '.join(names)}",
        not_in_key=not_in_key,
        scores_label="scores",
        scores_right="Every score matches the rubric.",
        recheck="Rescore",
        order_label="highest to lowest",
        in_order="Sorted from the highest score to the lowest.",
        largest_first="highest first",
        ties_right=f"{noun.capitalize()}s with the same score are in A to Z order.",
        ties_fix=f"Where scores are equal, put the {noun}s in A to Z order.",
    )


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


def ranked_scores(
    check_id: str,
    title: str,
    key_digests: dict[str, str],
    *,
    words: RankingWords,
    name_column: str,
    score_column: str,
    score_hint: str,
    max_points: float = 5.0,
    graded: bool = False,
) -> None:
    """Register the check; ``key_digests`` holds ``digest(check_id, name, score)`` for every name."""

    @register(
        check_id,
        title=title,
        max_points=max_points,
        expects=f"Give a pandas DataFrame with the columns {name_column!r} and {score_column!r}, {words.rows}.",
        graded=graded,
    )
    def grade(answer: object) -> list[Note]:
        names, scores = read_ranked(answer, name_column, score_column)
        missing = sorted(set(key_digests) - set(names))
        extra = sorted(set(names) - set(key_digests))
        repeated = sorted({n for n in names if names.count(n) > 1})
        complete = not (missing or extra or repeated)
        gaps = "; ".join(text for text in (
            words.missing(missing) if missing else "",
            f"{words.not_in_key}: {', '.join(extra)}" if extra else "",
            f"listed more than once: {', '.join(repeated)}" if repeated else "",
        ) if text)
        wrong = [name for name, score in zip(names, scores, strict=True)
                 if name in key_digests and (score is None or digest(check_id, name, score) != key_digests[name])]
        right = complete and not wrong
        descending, ties = in_order(names, scores)
        return [
            Note(words.once_label, Status.HOLDS_UP if complete else Status.RECONSIDER,
                 words.all_once if complete else f"{words.list_each} ({gaps}).",
                 missing=words.missing_is_unanswered and bool(missing)),
            Note(words.scores_label, Status.HOLDS_UP if right else Status.RECONSIDER,
                 words.scores_right if right
                 else (f"{words.recheck}: {', '.join(wrong)}. " if wrong else "") + score_hint,
                 weight=words.scores_weight),
            Note(words.order_label, Status.HOLDS_UP if descending else Status.RECONSIDER,
                 words.in_order if descending else f"Sort by {score_column}, {words.largest_first}."),
            Note("ties A to Z", Status.HOLDS_UP if ties else Status.RECONSIDER,
                 words.ties_right if ties else words.ties_fix),
        ]


def ranked_table(
    check_id: str,
    title: str,
    key_digests: dict[str, str],
    *,
    name_column: str,
    count_column: str,
    count_hint: str,
    max_points: float = 4.0,
    graded: bool = False,
) -> None:
    """Register a check of a table of agencies ranked by a count, most first, ties broken A to Z."""
    words = RankingWords(
        rows="one row per agency, sorted from the most to the fewest",
        once_label="every agency once",
        all_once="Every agency is listed exactly once.",
        list_each="List each agency once, including those with no campaigns",
        missing=lambda names: f"missing: {', '.join(names)}",
        not_in_key="not agencies in the data",
        scores_label="counts",
        scores_right="Every count matches the data.",
        recheck="Recount for",
        order_label="most to fewest",
        in_order="Sorted from the most campaigns to the fewest.",
        largest_first="largest first",
        ties_right="Agencies with the same count are in alphabetical order.",
        ties_fix="Where counts are equal, put the agencies in A to Z order.",
        missing_is_unanswered=True,
        scores_weight=1.0,
    )
    ranked_scores(check_id, title, key_digests, words=words, name_column=name_column,
                  score_column=count_column, score_hint=count_hint, max_points=max_points, graded=graded)

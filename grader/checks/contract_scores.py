"""Checks on contract scores a learner builds with pandas: a score per contract, ranked.

Scores are keyed by digests, contract by contract; feedback names the contracts to rescore
and the rule to apply, never the score.
"""

from __future__ import annotations

import pandas as pd

from grader.checks.feedback import Note, Status
from grader.checks.hashing import digest
from grader.checks.registry import AnswerProblem, register
from grader.checks.tables import whole_number


def _read(answer: object, name_column: str, score_column: str) -> tuple[list[str], list[int | None]]:
    if not isinstance(answer, pd.DataFrame):
        raise AnswerProblem(f"Expected a pandas DataFrame, but this is a {type(answer).__name__}.")
    missing = [c for c in (name_column, score_column) if c not in answer.columns]
    if missing:
        raise AnswerProblem(
            f"The table needs the columns {name_column!r} and {score_column!r}; it is missing "
            f"{', '.join(repr(c) for c in missing)}. It has: {', '.join(repr(str(c)) for c in answer.columns)}."
        )
    return [str(n) for n in answer[name_column]], [whole_number(s) for s in answer[score_column]]


def contract_ranking(
    check_id: str,
    title: str,
    key_digests: dict[str, str],
    *,
    score_hint: str,
    name_column: str = "contract",
    score_column: str = "score",
    max_points: float = 5.0,
    graded: bool = False,
) -> None:
    """Register a check of contract scores: every contract once, right scores (worth two
    lines), highest to lowest, ties A to Z."""

    @register(
        check_id,
        title=title,
        max_points=max_points,
        expects=f"Give a pandas DataFrame with the columns {name_column!r} and {score_column!r}, one "
        "row per contract, sorted from the highest score to the lowest.",
        graded=graded,
    )
    def grade(answer: object) -> list[Note]:
        names, scores = _read(answer, name_column, score_column)
        missing = sorted(set(key_digests) - set(names))
        extra = sorted(set(names) - set(key_digests))
        repeated = sorted({n for n in names if names.count(n) > 1})
        complete = not (missing or extra or repeated)
        gaps = "; ".join(text for text in (
            f"missing: {', '.join(missing)}" if missing else "",
            f"not contracts of this year: {', '.join(extra)}" if extra else "",
            f"listed more than once: {', '.join(repeated)}" if repeated else "",
        ) if text)
        wrong = [
            name for name, score in zip(names, scores, strict=True)
            if name in key_digests and (score is None or digest(check_id, name, score) != key_digests[name])
        ]
        right = complete and not wrong
        descending = bool(names) and all(
            a is not None and b is not None and a >= b for a, b in zip(scores, scores[1:]))
        ties = descending and all(
            not (a == b and n1 > n2) for n1, n2, a, b in zip(names, names[1:], scores, scores[1:]))
        return [
            Note("every contract once", Status.HOLDS_UP if complete else Status.RECONSIDER,
                 "Every contract is listed exactly once." if complete else f"List each contract once ({gaps})."),
            Note("scores", Status.HOLDS_UP if right else Status.RECONSIDER,
                 "Every score matches the rubric." if right
                 else (f"Rescore: {', '.join(wrong)}. " if wrong else "") + score_hint,
                 weight=2.0),
            Note("highest to lowest", Status.HOLDS_UP if descending else Status.RECONSIDER,
                 "Sorted from the highest score to the lowest." if descending
                 else f"Sort by {score_column}, highest first."),
            Note("ties A to Z", Status.HOLDS_UP if ties else Status.RECONSIDER,
                 "Contracts with the same score are in A to Z order." if ties
                 else "Where scores are equal, put the contracts in A to Z order."),
        ]

"""Checks on a policy agenda aligned with partners' campaign priorities (pandas answers).

``agenda_ranking``: every agenda policy once with its points, most points first, ties A to Z.
``agenda_gaps``: the policies partners actively campaign for that the agenda leaves out.
Keys are digests (of each policy's points; of each missing policy's name); feedback says
what to recount or reconsider, never the number or the policy that is right.
"""

from __future__ import annotations

import pandas as pd

from grader.checks.feedback import Note, Status
from grader.checks.hashing import digest, normalise
from grader.checks.registry import AnswerProblem, is_unanswered, register
from grader.checks.tables import whole_number

GAP = "gap"


def _ranked_columns(answer: object, name_column: str, score_column: str) -> tuple[list[str], list[int | None]]:
    if not isinstance(answer, pd.DataFrame):
        raise AnswerProblem(f"Expected a pandas DataFrame, but this is a {type(answer).__name__}.")
    missing = [c for c in (name_column, score_column) if c not in answer.columns]
    if missing:
        raise AnswerProblem(
            f"The table needs the columns {name_column!r} and {score_column!r}; it is missing "
            f"{', '.join(repr(c) for c in missing)}. It has: {', '.join(repr(str(c)) for c in answer.columns)}."
        )
    return [str(n) for n in answer[name_column]], [whole_number(s) for s in answer[score_column]]


def agenda_ranking(
    check_id: str,
    title: str,
    key_digests: dict[str, str],
    *,
    name_column: str = "policy",
    score_column: str = "points",
    score_hint: str,
    max_points: float = 5.0,
    graded: bool = False,
) -> None:
    """Register a check of a ranked agenda: every policy once, right points (two lines' worth),
    most to fewest, ties A to Z."""

    @register(
        check_id,
        title=title,
        max_points=max_points,
        expects=f"Give a pandas DataFrame with the columns {name_column!r} and {score_column!r}, one row "
        "per policy on the agenda, sorted from the most points to the fewest.",
        graded=graded,
    )
    def grade(answer: object) -> list[Note]:
        names, scores = _ranked_columns(answer, name_column, score_column)
        missing = sorted(set(key_digests) - set(names))
        extra = sorted(set(names) - set(key_digests))
        repeated = sorted({n for n in names if names.count(n) > 1})
        complete = not (missing or extra or repeated)
        gaps = "; ".join(text for text in (
            f"{len(missing)} agenda {'policy is' if len(missing) == 1 else 'policies are'} missing, "
            "perhaps those no partner backs" if missing else "",
            f"not on the agenda: {', '.join(extra)}" if extra else "",
            f"listed more than once: {', '.join(repeated)}" if repeated else "",
        ) if text)
        wrong = [name for name, score in zip(names, scores, strict=True)
                 if name in key_digests and (score is None or digest(check_id, name, score) != key_digests[name])]
        right = complete and not wrong
        descending = bool(names) and all(a is not None and b is not None and a >= b for a, b in zip(scores, scores[1:]))
        ties = descending and all(not (a == b and n1 > n2)
                                  for n1, n2, a, b in zip(names, names[1:], scores, scores[1:]))
        return [
            Note("every agenda policy once", Status.HOLDS_UP if complete else Status.RECONSIDER,
                 "Every policy on the agenda is listed exactly once." if complete
                 else f"List each policy on the agenda once, with 0 points where no partner backs it ({gaps}).",
                 missing=bool(missing)),
            Note("points", Status.HOLDS_UP if right else Status.RECONSIDER,
                 "Every policy's points match the partners' active priorities." if right
                 else (f"Recount: {', '.join(wrong)}. " if wrong else "") + score_hint,
                 weight=2.0),
            Note("most to fewest", Status.HOLDS_UP if descending else Status.RECONSIDER,
                 "Sorted from the most points to the fewest." if descending
                 else f"Sort by {score_column}, largest first."),
            Note("ties A to Z", Status.HOLDS_UP if ties else Status.RECONSIDER,
                 "Policies with the same points are in A to Z order." if ties
                 else "Where points are equal, put the policies in A to Z order."),
        ]


def policy_names(answer: object, column: str = "policy") -> list[str]:
    """Names from a list, tuple or set of texts, a pandas Series, or a DataFrame's ``column``."""
    if isinstance(answer, pd.DataFrame):
        if column not in answer.columns:
            raise AnswerProblem(f"The table needs a {column!r} column; it has: "
                                f"{', '.join(repr(str(c)) for c in answer.columns)}.")
        answer = answer[column]
    if isinstance(answer, pd.Series):
        answer = answer.tolist()
    if isinstance(answer, pd.Index):
        raise AnswerProblem("This is a pandas Index; make it a list with list(...) around it.")
    if isinstance(answer, str) or not isinstance(answer, (list, tuple, set, frozenset)):
        raise AnswerProblem(
            f"Expected a list of policy names, like [\"a policy\", \"another policy\"], but this is a "
            f"{type(answer).__name__}. If it is a pandas object, wrap it in list(...)."
        )
    names = []
    for item in answer:
        if is_unanswered(item):
            continue
        if not isinstance(item, str):
            raise AnswerProblem(f"Each entry should be a policy name in quotes; {item!r} is not.")
        names.append(item)
    return names


def agenda_gaps(
    check_id: str,
    title: str,
    key_digests: tuple[str, ...],
    *,
    known_policies: tuple[str, ...],
    hint: str,
    max_points: float = 4.0,
    graded: bool = False,
) -> None:
    """Register a check of the policies an agenda leaves out.

    One note for each policy that should be found, and one for each policy listed that does
    not belong, so the score is the share found out of (right ones + wrong ones listed):
    listing every policy in the data scores low. ``key_digests`` holds
    ``digest(check_id, "gap", policy)`` for each right policy; ``known_policies`` are every
    policy in the data, so a typo is told apart from a wrong choice.
    """
    known = {normalise(policy): policy for policy in known_policies}

    @register(
        check_id,
        title=title,
        max_points=max_points,
        expects="Give a list of policy names, spelled as in the data, for example "
        "[\"a policy\", \"another policy\"].",
        graded=graded,
    )
    def grade(answer: object) -> list[Note]:
        names = policy_names(answer)
        if not names:
            raise AnswerProblem("There is no answer here yet: list the policy names.")
        unknown = sorted({name for name in names if normalise(name) not in known})
        if unknown:
            raise AnswerProblem(f"These are not policies in the data: {', '.join(unknown)}. "
                                "Copy the names exactly from the policy column.")
        given = {digest(check_id, GAP, name): known[normalise(name)] for name in names}
        total = len(key_digests)
        notes = [
            Note(f"a policy the agenda leaves out ({n} of {total})",
                 Status.HOLDS_UP if key in given else Status.RECONSIDER,
                 "Found." if key in given else hint)
            for n, key in enumerate(key_digests, start=1)
        ]
        notes.extend(
            Note(name, Status.RECONSIDER, "This one is already on the agenda, or it is not an active "
                 "priority of a community power-building organization.")
            for key, name in sorted(given.items(), key=lambda item: item[1]) if key not in key_digests
        )
        return notes

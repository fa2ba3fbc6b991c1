"""A check on a policy agenda aligned with partners' campaign priorities (pandas answers).

``agenda_gaps``: the policies partners actively campaign for that the agenda leaves out. (The
agenda ranked by partners' points is a ``ranking`` item, ``grader.checks.ranking``.) Keys are
digests of each missing policy's name; feedback says what to reconsider, never the policy
that is right.
"""

from __future__ import annotations

import pandas as pd

from grader.checks.feedback import Note, Status
from grader.checks.hashing import digest, normalize
from grader.checks.registry import AnswerProblem, is_unanswered, register

GAP = "gap"


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
    known = {normalize(policy): policy for policy in known_policies}

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
        unknown = sorted({name for name in names if normalize(name) not in known})
        if unknown:
            raise AnswerProblem(f"These are not policies in the data: {', '.join(unknown)}. "
                                "Copy the names exactly from the policy column.")
        given = {digest(check_id, GAP, name): known[normalize(name)] for name in names}
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

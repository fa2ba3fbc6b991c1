"""Checks on contract scores a learner builds with pandas: a score per contract, ranked.

Scores are keyed by digests, contract by contract; feedback names the contracts to rescore
and the rule to apply, never the score.
"""

from __future__ import annotations

from grader.checks.ranking import highest_score_first, ranked_scores

WORDS = highest_score_first("contract", not_in_key="not contracts of this year")


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
    ranked_scores(check_id, title, key_digests, words=WORDS, name_column=name_column,
                  score_column=score_column, score_hint=score_hint, max_points=max_points, graded=graded)

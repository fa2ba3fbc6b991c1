"""Checks on a scorecard a learner builds with pandas: a score per provider, ranked."""

from __future__ import annotations

from grader.checks.ranking import highest_score_first, ranked_scores

WORDS = highest_score_first("provider", not_in_key="not providers in the data")


def scorecard_ranking(
    check_id: str,
    title: str,
    key_digests: dict[str, str],
    *,
    name_column: str = "provider",
    score_column: str = "score",
    score_hint: str,
    max_points: float = 5.0,
    graded: bool = False,
) -> None:
    """Register a check of a scorecard: every provider once, right scores (worth two lines),
    highest to lowest, ties A to Z."""
    ranked_scores(check_id, title, key_digests, words=WORDS, name_column=name_column,
                  score_column=score_column, score_hint=score_hint, max_points=max_points, graded=graded)

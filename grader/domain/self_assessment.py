"""Self-assessment: a learner's confidence on each learning objective, at a module's start and end.

Plain rules, no Jupyter and no course content: the scale's labels and the objectives come
from the syllabus; here a rating is a whole number from 1 (lowest) to the number of levels.
"""

from __future__ import annotations

from dataclasses import dataclass

MOMENTS = ("start", "end")
MOMENT_WORDS = {"start": "at the start", "end": "at the end"}


class RatingProblem(ValueError):
    """A rating that cannot be kept; the message says what is wrong and how to fix it."""


def check_moment(moment: object) -> str:
    if moment not in MOMENTS:
        raise RatingProblem(f'The moment must be "start" or "end", not {moment!r}. Use "start" at the top of a '
                            'module and "end" after its key points.')
    return str(moment)


def check_ratings(ratings: object, objectives: int, levels: int) -> tuple[int, ...]:
    """The ratings as a tuple, one per objective, each from 1 to ``levels``; RatingProblem if not."""
    if not isinstance(ratings, (list, tuple)):
        raise RatingProblem(f"Ratings must be a list of {objectives} numbers, one for each objective.")
    if len(ratings) != objectives:
        raise RatingProblem(f"This module has {objectives} objectives, so it needs {objectives} ratings, "
                            f"not {len(ratings)}.")
    unrated = [n for n, r in enumerate(ratings, start=1) if r is None or r == 0]
    if unrated:
        which = ", ".join(str(n) for n in unrated)
        raise RatingProblem(f"Rate every objective before saving. Still without a rating: "
                            f"objective{'s' if len(unrated) > 1 else ''} {which}.")
    for number, rating in enumerate(ratings, start=1):
        if isinstance(rating, bool) or not isinstance(rating, int) or not 1 <= rating <= levels:
            raise RatingProblem(f"Objective {number}: a rating is a whole number from 1 to {levels}, "
                                f"not {rating!r}.")
    return tuple(int(r) for r in ratings)


@dataclass(frozen=True)
class Rating:
    """One saved self-assessment: a module, a moment, one rating per objective and when it was saved."""

    module_id: str
    moment: str
    ratings: tuple[int, ...]
    saved: str = ""

    @property
    def average(self) -> float:
        return sum(self.ratings) / len(self.ratings) if self.ratings else 0.0

    def in_words(self, levels: int) -> str:
        return f"{self.average:.1f} of {levels}"


def change_in_words(before: Rating | None, after: Rating | None, levels: int) -> str:
    """Before and after in plain words, for the course map and the certificate."""
    if before is None and after is None:
        return "not rated yet"
    start = f"start {before.in_words(levels)}" if before else "start not rated"
    end = f"end {after.in_words(levels)}" if after else "end not rated yet"
    return f"{start}, {end}"

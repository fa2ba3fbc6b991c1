"""Partner scenarios to place on the engagement spectrum.

Each scenario says what a department does with a community; the learner decides which
level of the spectrum it reaches. The right level is not stored here: checks hold only
its digest. ``evidence`` (shown when a placement holds up) and ``hint`` (shown when it
does not) never name the level. Riverbend County and its groups are fictional.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Scenario:
    id: str
    partner: str
    text: str
    evidence: str
    hint: str

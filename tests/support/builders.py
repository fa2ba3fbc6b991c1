"""Small builders that several tests share: full-marks answers from the plain keys of modules
00 and 01, a data brief's table from its key cells, ranked tables, an ally map, providers."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from grader.checks import known_checks, spec
from grader.course.data import load
from grader.domain.ally_map import MovementAlly
from grader.domain.data_brief import MARKER, DataBrief
from grader.domain.one_to_one import OneToOnePlan
from tests.support.answer_keys import CHOICES, COUNTS, PLACEMENTS


def provider(name: str, **changes) -> dict[str, object]:
    """A provider that meets every criterion of RUBRIC, with some values changed."""
    row = {
        "provider": name,
        "reports_data_by_race_language": "yes",
        "interpretation_available": "yes",
        "community_board_members": 3,
        "public_insurance_pct": 40,
        "equity_plan_published": "yes",
        "community_benefit_pct": 4.5,
        "complaints_resolved_pct": 90,
    }
    return {**row, **changes}


def table(*rows: dict[str, object]) -> pd.DataFrame:
    return pd.DataFrame(list(rows))


def full_map() -> list[MovementAlly]:
    """A map that meets every rubric line."""
    return [
        MovementAlly("Eastside Tenants Union", "local", "community organizing",
             "Members living with mold and the trust of Eastside renters",
             "Co-lead a training on organizing for our environmental health staff in March"),
        MovementAlly("Westfield County Health Department", "regional", "other health department",
             "An equity plan and lessons from the neighboring county",
             "Share its equity plan so we can cite it in our budget request this spring"),
        MovementAlly("State Public Health Association", "state", "public health",
             "A seat at the table when the state writes its health improvement plan",
             "Invite our director to speak on the equity panel at the October conference"),
        MovementAlly("National Coalition for Housing Justice", "national", "social justice",
             "Research and stories from tenant campaigns in other cities",
             "Send us their guide on how tenant groups build their base before our June retreat"),
    ]


def asthma() -> DataBrief:
    return DataBrief(load("brief_asthma_visits"), row="neighborhood", column="group", count="visits",
                     denominator="population", indicator="asthma emergency visits", denominator_label="residents")


def evictions(year: int) -> DataBrief:
    frame = load("brief_evictions")
    return DataBrief(frame[frame["year"] == year], row="neighborhood", column="household", count="filings",
                     denominator="renter_households", indicator="eviction filings",
                     denominator_label="renter households")


def ranked(scores: dict[str, int]) -> pd.DataFrame:
    """Highest score first, ties A to Z, as the exercise asks."""
    rows = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    return pd.DataFrame(rows, columns=["provider", "score"])


def from_key(cells: dict[str, Any]) -> pd.DataFrame:
    """A wide table from a key, hidden cells as NaN, as a learner's pandas code leaves them."""
    table = pd.DataFrame(index=list(dict.fromkeys(k.split(" / ")[0] for k in cells)),
                         columns=list(dict.fromkeys(k.split(" / ")[1] for k in cells)), dtype=float)
    for key, value in cells.items():
        row, column = key.split(" / ")
        table.at[row, column] = np.nan if value == MARKER else float(value)
    return table


MODULES = ("00.", "01.", "ex00.", "ex01.")
COVERED = [cid for cid in known_checks() if cid.startswith(MODULES)]
GROUP_COUNTS = {"01.active_by_type": ("type", "active_campaigns")}
RANKED = {"ex01.ranking": ("agency", "active_campaigns")}


def ranked_frame(counts: dict[str, int], name: str = "agency", count: str = "active_campaigns"):
    """Most campaigns first, ties A to Z, as the exercise asks."""
    rows = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return pd.DataFrame(rows, columns=[name, count])


def good_plan() -> OneToOnePlan:
    return OneToOnePlan(
        partner="Keisha Robinson, Eastside Tenants Union",
        purpose="Get to know Rosa and what the union cares about.",
        questions=[
            "What matters most to you about housing here?",
            "How did you come to this work? Tell me your story.",
            "Why is this campaign important to your members?",
        ],
        listen_for=["what motivates her", "who she is connected to"],
        minutes=40,
        follow_up="Send a thank-you note and the data she asked for.",
        follow_up_days=3,
    )


def right_answer(check_id: str):
    """The full-marks answer to any check in the catalog, built from tests/support/answer_keys.py."""
    if check_id in CHOICES:
        return CHOICES[check_id]
    if check_id in PLACEMENTS:
        return dict(PLACEMENTS[check_id])
    if check_id in GROUP_COUNTS:
        key, count = GROUP_COUNTS[check_id]
        return pd.Series(COUNTS[check_id], name=count).rename_axis(key)
    if check_id in RANKED:
        return ranked_frame(COUNTS[check_id], *RANKED[check_id])
    if spec(check_id).title == "One-to-one plan":
        return good_plan()
    raise LookupError(f"no right answer known for {check_id}")

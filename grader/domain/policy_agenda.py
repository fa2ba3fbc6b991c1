"""Align a policy agenda with the campaign priorities of community power-building organizations.

Facts (course design, DESIGN §4, for the practice Pursue Policy Changes that Transform the
Root Causes, Human Impact Partners, Health Equity Guide): align the policy agenda with the
priorities of the people most affected and of power-building organizations. Build Strategic
Partnerships asks departments to take their cue from active community-led campaigns; Share
Power with Communities, to let communities' needs, interests and voices determine policy
priorities.

The scoring rule is this course's simple example, not the guide's: among partners that are
community power-building organizations (CPBOs), each *active* priority earns its policy
points by rank: a first priority 3, a second 2, a third 1. Priorities already won, or paused,
and those of other kinds of partner earn nothing here. Riverbend's data is synthetic.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

CPBO = "community power-building organization"
ACTIVE = "active"
POINTS_FOR_RANK: dict[int, int] = {1: 3, 2: 2, 3: 1}


def rank_points(rank: Any) -> int:
    """Points for a priority's rank: 3 for first, 2 for second, 1 for third."""
    try:
        number = int(rank)
    except (TypeError, ValueError):
        number = 0
    if number not in POINTS_FOR_RANK or number != rank:
        raise ValueError(f"A priority's rank should be 1, 2 or 3, but it is {rank!r}.")
    return POINTS_FOR_RANK[number]


def require_columns(frame: object, columns: tuple[str, ...], table: str) -> pd.DataFrame:
    """The frame itself, or a ValueError naming the missing columns and the table to load."""
    if not isinstance(frame, pd.DataFrame):
        raise ValueError(f"{table} should be a pandas DataFrame (load it with load({table!r})), "
                         f"but it is a {type(frame).__name__}.")
    missing = [column for column in columns if column not in frame.columns]
    if missing:
        raise ValueError(f"{table} needs the columns {', '.join(missing)}; it has "
                         f"{', '.join(map(str, frame.columns))}. Load it with load({table!r}).")
    return frame


def active_cpbo_priorities(priorities: pd.DataFrame, partners: pd.DataFrame) -> pd.DataFrame:
    """The active priorities of community power-building organizations, with names and points."""
    require_columns(priorities, ("partner_id", "rank", "policy", "status"), "campaign_priorities")
    require_columns(partners, ("partner_id", "name", "type"), "partners")
    cpbos = partners[partners["type"] == CPBO][["partner_id", "name"]]
    active = priorities[priorities["status"] == ACTIVE].merge(cpbos, on="partner_id")
    return active.assign(points=[rank_points(rank) for rank in active["rank"]])


def alignment(agenda: pd.DataFrame, priorities: pd.DataFrame, partners: pd.DataFrame) -> pd.DataFrame:
    """Every agenda policy with how many CPBOs back it and their points, most points first.

    Ties are broken A to Z; a policy no CPBO backs stays in the table with zeros.
    """
    require_columns(agenda, ("policy",), "policy_agenda")
    backing = active_cpbo_priorities(priorities, partners).groupby("policy").agg(
        organizations=("partner_id", "nunique"), points=("points", "sum"))
    table = agenda[["policy"]].drop_duplicates().merge(backing, on="policy", how="left")
    table = table.fillna({"organizations": 0, "points": 0}).astype({"organizations": int, "points": int})
    return table.sort_values(["points", "policy"], ascending=[False, True]).reset_index(drop=True)


def missing_from_agenda(agenda: pd.DataFrame, priorities: pd.DataFrame, partners: pd.DataFrame) -> list[str]:
    """Policies that CPBOs actively campaign for but the agenda leaves out, A to Z."""
    require_columns(agenda, ("policy",), "policy_agenda")
    wanted = set(active_cpbo_priorities(priorities, partners)["policy"])
    return sorted(wanted - set(agenda["policy"]))

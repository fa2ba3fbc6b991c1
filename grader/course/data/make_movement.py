"""Riverbend County's provider network and its equity indicators (Module 05): synthetic, fixed seed.

Two tables. ``providers``: the health centers, clinics, hospitals and health plans that make up
the county's provider network, derived from the world (``course/world.toml``: name, kind and the
place it serves). ``provider_indicators``: one row per provider per year (2023 and 2024) with
the indicators a health department might use to hold the network accountable for advancing
health equity. Every name and number is invented.
"""

from __future__ import annotations

import random
from typing import Any

from grader.course.data import place_label
from grader.course.world import load_world

SEED = 2197

# The statistics below were first drawn for three kinds of provider; the world's finer kinds
# keep the draw of the group they belong to, so the numbers stay as they were.
STAT_GROUP = {"community health center": "clinic", "free clinic": "clinic", "urgent care center": "clinic",
              "hospital": "hospital", "health plan": "health plan"}

YEARS = (2023, 2024)


def _yes(rng: random.Random, chance: float) -> str:
    return "yes" if rng.random() < chance else "no"


def _indicators(rng: random.Random, commitment: float, kind: str) -> dict[str, object]:
    """One year's indicators for a provider; higher commitment makes each one likelier to be met."""
    public_base = {"clinic": 45, "hospital": 25, "health plan": 30}[STAT_GROUP[kind]]
    return {
        "reports_data_by_race_language": _yes(rng, commitment),
        "interpretation_available": _yes(rng, 0.35 + commitment / 2),
        "community_board_members": max(0, round(rng.gauss(commitment * 4, 1.2))),
        "public_insurance_pct": min(95, max(5, round(rng.gauss(public_base + commitment * 15, 10)))),
        "equity_plan_published": _yes(rng, commitment - 0.1),
        "community_benefit_pct": round(max(0.2, rng.gauss(1 + commitment * 4, 1.3)), 1),
        "complaints_resolved_pct": min(100, max(35, round(rng.gauss(62 + commitment * 30, 9)))),
    }


def build(seed: int = SEED) -> dict[str, list[dict[str, Any]]]:
    """The two tables as lists of rows, made with a fixed seed."""
    rng = random.Random(seed)
    world = load_world()
    providers = []
    indicators = []
    for provider in world.providers:
        provider_id, kind = provider.id, provider.kind
        providers.append({"provider_id": provider_id, "provider": provider.name, "kind": kind,
                          "serves": place_label(world, provider.serves)})
        commitment = rng.uniform(0.05, 0.95)
        for year in YEARS:
            indicators.append({"provider_id": provider_id, "year": year,
                               **_indicators(rng, commitment, kind)})
            commitment = min(1.0, commitment + rng.uniform(-0.05, 0.2))  # commitment drifts, mostly upward
    return {"providers": providers, "provider_indicators": indicators}

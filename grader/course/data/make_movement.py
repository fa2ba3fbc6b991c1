"""Riverbend County's provider network and its equity indicators (Module 05): synthetic, fixed seed.

Two tables. ``providers``: the clinics, hospitals and health plans that make up the county's
provider network. ``provider_indicators``: one row per provider per year (2023 and 2024) with
the indicators a health department might use to hold the network accountable for advancing
health equity. Every name and number is invented.
"""

from __future__ import annotations

import random
from typing import Any

SEED = 2197

PROVIDERS = [
    ("Eastside Community Health Center", "community clinic", "Eastside"),
    ("Mill Flats Family Clinic", "community clinic", "Mill Flats"),
    ("Southgate Health Center", "community clinic", "Southgate"),
    ("North Bluff Free Clinic", "community clinic", "North Bluff"),
    ("Riverbend General Hospital", "hospital", "Riverside"),
    ("St. Brigid Medical Center", "hospital", "West End"),
    ("Riverside Children's Hospital", "hospital", "Riverside"),
    ("Valley Regional Medical Center", "hospital", "North Bluff"),
    ("Riverbend Community Health Plan", "health plan", "countywide"),
    ("Summit Health Plan", "health plan", "countywide"),
    ("Keystone Care Plan", "health plan", "countywide"),
    ("Lakeview Urgent Care", "community clinic", "West End"),
]

YEARS = (2023, 2024)


def _yes(rng: random.Random, chance: float) -> str:
    return "yes" if rng.random() < chance else "no"


def _indicators(rng: random.Random, commitment: float, kind: str) -> dict[str, object]:
    """One year's indicators for a provider; higher commitment makes each one likelier to be met."""
    public_base = {"community clinic": 45, "hospital": 25, "health plan": 30}[kind]
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
    providers = []
    indicators = []
    for number, (name, kind, area) in enumerate(PROVIDERS, start=1):
        provider_id = f"HP{number:02d}"
        providers.append({"provider_id": provider_id, "provider": name, "kind": kind, "serves": area})
        commitment = rng.uniform(0.05, 0.95)
        for year in YEARS:
            indicators.append({"provider_id": provider_id, "year": year,
                               **_indicators(rng, commitment, kind)})
            commitment = min(1.0, commitment + rng.uniform(-0.05, 0.2))  # commitment drifts, mostly upward
    return {"providers": providers, "provider_indicators": indicators}

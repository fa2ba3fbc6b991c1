"""Riverbend County's community-chosen health indicators (Module 04): synthetic, fixed seed.

Each indicator was chosen by a Riverbend community group, with the group's own target
and the year it wants to reach it (the practice of asking communities to pick the
indicators and measures of progress that matter to them, from Build Community Alliances,
Human Impact Partners). Every group, number and year here is invented.

Two tables:

- ``community_indicators``: one row per indicator (who chose it, where it is measured,
  whether up or down is better, the baseline, the community's target and target year);
- ``community_indicator_values``: one row per indicator and year, from the baseline year
  to ``LATEST_YEAR``.
"""

from __future__ import annotations

import random

SEED = 2017
LATEST_YEAR = 2024

# id, indicator, unit, neighborhood, chosen by, better, baseline year, baseline, target, target year,
# and the share of the gap the path closes by LATEST_YEAR (before noise): the data's "story".
INDICATORS = [
    ("I1", "Mould complaints fixed within 30 days", "% of complaints", "Riverside",
     "Eastside Tenants Union", "up", 2019, 38, 80, 2026, 0.78),
    ("I2", "Days with unhealthy air near the rail yard", "days per year", "Riverside",
     "Youth Voices for Clean Air", "down", 2019, 41, 15, 2026, 0.40),
    ("I3", "Warehouse workers with paid heat breaks", "% of workers surveyed", "Mill Flats",
     "Riverbend Worker Center", "up", 2020, 22, 75, 2026, 0.30),
    ("I4", "Children with asthma who missed 5 or more school days", "% of children with asthma",
     "North Bluff", "Southgate Families United", "down", 2019, 34, 15, 2025, 0.88),
    ("I5", "Homes with lead water pipes replaced", "% of homes with lead pipes", "Mill Flats",
     "Mill Flats Neighbors in Action", "up", 2019, 5, 60, 2026, 0.58),
    ("I6", "Clinic visits with an interpreter when one was needed", "% of visits", "Eastside",
     "Unidos Riverbend", "up", 2020, 55, 95, 2025, 1.05),
    ("I7", "Bus stops a wheelchair user can reach", "% of bus stops", "West End",
     "Riverbend Disability Justice Collective", "up", 2019, 31, 70, 2027, 0.70),
    ("I8", "Households that ran out of food before the month ended", "% of households surveyed",
     "Eastside", "First Street Congregations Together", "down", 2019, 27, 10, 2026, -0.18),
]


def _path(rng: random.Random, baseline: float, target: float, first: int, share_by_latest: float):
    """Yearly values from the baseline year to LATEST_YEAR, closing about ``share_by_latest``
    of the gap, with a little year-to-year noise; whole numbers, as community surveys report."""
    span = LATEST_YEAR - first
    shape = rng.uniform(0.8, 1.3)
    values = {first: baseline}
    for year in range(first + 1, LATEST_YEAR + 1):
        share = share_by_latest * ((year - first) / span) ** shape + rng.uniform(-0.04, 0.04)
        values[year] = round(baseline + (target - baseline) * share)
    return values


def build(seed: int = SEED) -> dict[str, list[dict[str, object]]]:
    """The two tables as lists of rows, made with a fixed seed."""
    rng = random.Random(seed)
    indicators: list[dict[str, object]] = []
    values: list[dict[str, object]] = []
    for (iid, name, unit, place, chosen_by, better, first, baseline, target, target_year,
         share) in INDICATORS:
        indicators.append(
            {
                "indicator_id": iid,
                "indicator": name,
                "unit": unit,
                "neighborhood": place,
                "chosen_by": chosen_by,
                "better": better,
                "baseline_year": first,
                "baseline": baseline,
                "target": target,
                "target_year": target_year,
            }
        )
        for year, value in _path(rng, baseline, target, first, share).items():
            values.append({"indicator_id": iid, "year": year, "value": value})
    return {"community_indicators": indicators, "community_indicator_values": values}

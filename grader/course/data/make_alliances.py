"""Riverbend County's community-chosen health indicators (Module 04): synthetic, fixed seed.

Each indicator was chosen by a Riverbend community group, with the group's own target
and the year it wants to reach it (the practice of asking communities to pick the
indicators and measures of progress that matter to them, from Build Community Alliances,
Human Impact Partners). Every group, number and year here is invented; the groups and their
neighborhoods come from the world (``course/world.toml``).

Two tables:

- ``community_indicators``: one row per indicator (who chose it, where it is measured,
  whether up or down is better, the baseline, the community's target and target year);
- ``community_indicator_values``: one row per indicator and year, from the baseline year
  to ``LATEST_YEAR``.
"""

from __future__ import annotations

import random

from grader.course.data import place_label
from grader.course.world import load_world

SEED = 2017
LATEST_YEAR = 2024

# id, indicator, unit, the world id of the group that chose it, better, baseline year, baseline,
# target, target year, and the share of the gap the path closes by LATEST_YEAR (before noise):
# the data's "story". The neighborhood is the group's own (from the world).
INDICATORS = [
    ("I1", "Mold complaints fixed within 30 days", "% of complaints", "etu",
     "up", 2019, 38, 80, 2026, 0.78),
    ("I2", "Days with unhealthy air near the rail yard", "days per year", "youth-voices",
     "down", 2019, 41, 15, 2026, 0.40),
    # Chosen: the Cedar Valley Farmworker Alliance, which works with the department; the old data
    # gave this to the Riverbend Worker Center, which the department has not met.
    ("I3", "Farm and poultry-plant workers with paid heat breaks", "% of workers surveyed", "cvfa",
     "up", 2020, 22, 75, 2026, 0.30),
    ("I4", "Children with asthma who missed 5 or more school days", "% of children with asthma",
     "sfu", "down", 2019, 34, 15, 2025, 0.88),
    ("I5", "Homes with lead water pipes replaced", "% of homes with lead pipes", "mfna",
     "up", 2019, 5, 60, 2026, 0.58),
    ("I6", "Clinic visits with an interpreter when one was needed", "% of visits", "unidos",
     "up", 2020, 55, 95, 2025, 1.05),
    ("I7", "Bus stops a wheelchair user can reach", "% of bus stops", "rdjc",
     "up", 2019, 31, 70, 2027, 0.70),
    ("I8", "Households that ran out of food before the month ended", "% of households surveyed",
     "first-street", "down", 2019, 27, 10, 2026, -0.18),
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
    world = load_world()
    indicators: list[dict[str, object]] = []
    values: list[dict[str, object]] = []
    for (iid, name, unit, group_id, better, first, baseline, target, target_year, share) in INDICATORS:
        group = world.organization(group_id)
        place, chosen_by = place_label(world, group.neighborhood), group.name
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

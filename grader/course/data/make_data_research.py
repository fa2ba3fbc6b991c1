"""Riverbend County data for breaking an indicator down (Module 07): synthetic, fixed seed.

Two tables, each with one row per neighborhood, race/ethnicity and income group, holding a
count and its denominator (the residents in that group):

- ``diabetes_hospital_stays``: hospital stays for diabetes in 2025 (Module 07's practice);
- ``heat_illness_visits``: emergency visits for heat-related illness in the summer of 2025
  (exercise ex07).

Groups differ a lot in size, so the county-wide breakdown by race/ethnicity has counts
from 1 to 10 (which the small-count rule hides) and counts from 11 to 19 (rates too
unstable for a ratio). Every number is invented; the differences between places, incomes
and groups are made up to look like the inequities a breakdown brings to light.
"""

from __future__ import annotations

import math
import random
from typing import Any

from grader.course.world import load_world

SEED = 7738

# The city's six neighborhoods and their residents come from the world (course/world.toml);
# Cedar Valley, the rural town, is not in these tables yet.
_WORLD = load_world()
NEIGHBORHOODS = [place.name for place in _WORLD.places if place.kind == "neighborhood"]
GROUPS = ["American Indian or Alaska Native", "Asian", "Black", "Latino",
          "Native Hawaiian or Pacific Islander", "White"]
INCOMES = ["lower income", "middle income", "higher income"]

RESIDENTS = {place.name: place.population for place in _WORLD.places
             if place.kind == "neighborhood" and place.population is not None}
# share of each neighborhood's residents in each group (before a little noise); these are the
# world's shares as first drawn (the world rounds White so that each place adds up to 1, and a
# test holds the two within 0.005 of each other)
GROUP_SHARES = {
    "Eastside":    {"American Indian or Alaska Native": 0.008, "Asian": 0.06, "Black": 0.34,
                    "Latino": 0.30, "Native Hawaiian or Pacific Islander": 0.004, "White": 0.29},
    "Mill Flats":  {"American Indian or Alaska Native": 0.012, "Asian": 0.04, "Black": 0.28,
                    "Latino": 0.42, "Native Hawaiian or Pacific Islander": 0.006, "White": 0.24},
    "North Bluff": {"American Indian or Alaska Native": 0.004, "Asian": 0.05, "Black": 0.08,
                    "Latino": 0.10, "Native Hawaiian or Pacific Islander": 0.002, "White": 0.76},
    "Riverside":   {"American Indian or Alaska Native": 0.010, "Asian": 0.03, "Black": 0.30,
                    "Latino": 0.22, "Native Hawaiian or Pacific Islander": 0.005, "White": 0.43},
    "Southgate":   {"American Indian or Alaska Native": 0.006, "Asian": 0.07, "Black": 0.26,
                    "Latino": 0.31, "Native Hawaiian or Pacific Islander": 0.004, "White": 0.35},
    "West End":    {"American Indian or Alaska Native": 0.005, "Asian": 0.06, "Black": 0.12,
                    "Latino": 0.16, "Native Hawaiian or Pacific Islander": 0.003, "White": 0.65},
}
# share of lower / middle / higher income residents: shaped by place and by group
PLACE_INCOME = {"Eastside": 1.3, "Mill Flats": 1.5, "North Bluff": 0.5, "Riverside": 1.1,
                "Southgate": 1.2, "West End": 0.7}
GROUP_INCOME = {"American Indian or Alaska Native": 1.5, "Asian": 0.9, "Black": 1.5, "Latino": 1.5,
                "Native Hawaiian or Pacific Islander": 1.4, "White": 0.8}

# yearly rates per 10,000 residents, and how much each place, income and group shifts them
INDICATORS: dict[str, dict[str, Any]] = {
    "diabetes_hospital_stays": {
        "count": "stays", "base": 20.0,
        "place": {"Eastside": 1.3, "Mill Flats": 1.4, "North Bluff": 0.7, "Riverside": 1.1,
                  "Southgate": 1.2, "West End": 0.8},
        "income": {"lower income": 1.9, "middle income": 1.0, "higher income": 0.55},
        "group": {"American Indian or Alaska Native": 1.8, "Asian": 0.9, "Black": 1.6,
                  "Latino": 1.4, "Native Hawaiian or Pacific Islander": 1.5, "White": 1.0},
    },
    "heat_illness_visits": {
        "count": "visits", "base": 20.0,
        # Mill Flats and Eastside are heat islands: little shade, much paving, older housing
        "place": {"Eastside": 1.4, "Mill Flats": 1.7, "North Bluff": 0.6, "Riverside": 1.0,
                  "Southgate": 1.1, "West End": 0.8},
        "income": {"lower income": 1.8, "middle income": 1.0, "higher income": 0.5},
        "group": {"American Indian or Alaska Native": 1.3, "Asian": 1.1, "Black": 1.3,
                  "Latino": 1.4, "Native Hawaiian or Pacific Islander": 1.2, "White": 1.0},
    },
}


def _poisson(rng: random.Random, mean: float) -> int:
    """A Poisson count (Knuth's method for small means, a rounded normal for large ones)."""
    if mean > 40:
        return max(0, round(rng.gauss(mean, math.sqrt(mean))))
    limit, k, product = math.exp(-mean), 0, rng.random()
    while product > limit:
        k += 1
        product *= rng.random()
    return k


def _income_split(place: str, group: str) -> dict[str, float]:
    tilt = PLACE_INCOME[place] * GROUP_INCOME[group]
    weights = {"lower income": 0.3 * tilt, "middle income": 0.4, "higher income": 0.3 / tilt}
    total = sum(weights.values())
    return {income: weight / total for income, weight in weights.items()}


def populations(rng: random.Random) -> dict[tuple[str, str, str], int]:
    """Residents in each neighborhood, group and income group (rounded to tens)."""
    out = {}
    for place in NEIGHBORHOODS:
        for group in GROUPS:
            people = RESIDENTS[place] * GROUP_SHARES[place][group] * rng.uniform(0.9, 1.1)
            for income, share in _income_split(place, group).items():
                out[(place, group, income)] = max(10, int(round(people * share, -1)))
    return out


def indicator_rows(rng: random.Random, table: str,
                   people: dict[tuple[str, str, str], int]) -> list[dict[str, Any]]:
    spec = INDICATORS[table]
    rows = []
    for (place, group, income), population in people.items():
        rate = spec["base"] * spec["place"][place] * spec["income"][income] * spec["group"][group]
        rows.append({"neighborhood": place, "race_ethnicity": group, "income": income,
                     spec["count"]: _poisson(rng, population * rate / 10_000),
                     "population": population})
    return rows


def build(seed: int = SEED) -> dict[str, list[dict[str, Any]]]:
    """Both tables as lists of rows, made with a fixed seed (one set of residents for both)."""
    rng = random.Random(seed)
    people = populations(rng)
    return {table: indicator_rows(rng, table, people) for table in INDICATORS}

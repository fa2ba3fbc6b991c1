"""Riverbend County data for briefs to community groups (Module 02): synthetic, fixed seed.

Two tables, each a count and its denominator for every neighborhood and group, with
several counts from 1 to 10 and some zeros, so that small-count suppression matters:

- ``brief_asthma_visits``: asthma emergency department visits by neighborhood and
  race/ethnicity, with the number of residents (exercise ex02);
- ``brief_evictions``: eviction filings by neighborhood and household type, with the
  number of renter households, for 2024 and 2025 (Module 02's practice).

Every name and number is invented; the differences between groups are made up to look
like the kind of inequities a campaign would bring to light.
"""

from __future__ import annotations

import math
import random
from typing import Any

from grader.course.world import load_world

SEED = 7169

# the asthma table's own generator: SEED plus this (chosen so the table has what the exercise needs:
# a few counts from 1 to 10, a zero, a count of exactly 10, no ties, no rate on a rounding edge)
ASTHMA_OFFSET = 163

# the city's six neighborhoods, from the world (course/world.toml)
NEIGHBORHOODS = [place.name for place in load_world().places if place.kind == "neighborhood"]
# the brief's groups: the four largest in every neighborhood (the world's other two groups are
# too small there for a count that could be shown)
GROUPS = ["Asian", "Black", "Latino", "White"]
HOUSEHOLDS = ["families with children", "older adults", "other households"]

# asthma emergency visits per 1,000 residents a year, by group (before neighborhood effects)
ASTHMA_RATE = {"Asian": 6.0, "Black": 19.0, "Latino": 12.0, "White": 7.0}
# neighborhoods near the rail yard and the incinerator carry more asthma
NEIGHBORHOOD_FACTOR = {"Eastside": 1.3, "Mill Flats": 1.6, "North Bluff": 0.7,
                        "Riverside": 0.9, "Southgate": 1.1, "West End": 0.8}
# eviction filings per 1,000 renter households a year, by household type
EVICTION_RATE = {"families with children": 45.0, "older adults": 20.0, "other households": 30.0}


def _shares(rng: random.Random, names: list[str], small: int) -> dict[str, float]:
    """Population shares; ``small`` of the groups get a tiny share."""
    tiny = set(rng.sample(names, small))
    weights = {name: rng.uniform(0.004, 0.02) if name in tiny else rng.uniform(0.15, 1.0) for name in names}
    total = sum(weights.values())
    return {name: weight / total for name, weight in weights.items()}


def _count(rng: random.Random, expected: float) -> int:
    return max(0, round(expected * rng.uniform(0.75, 1.25)))


def _poisson(rng: random.Random, mean: float) -> int:
    """A Poisson count (Knuth's method), so a small group can have a true zero."""
    limit, k, product = math.exp(-mean), 0, rng.random()
    while product > limit:
        k += 1
        product *= rng.random()
    return k


def asthma_visits(rng: random.Random) -> list[dict[str, Any]]:
    """Residents are the world's: each neighborhood's population times its group's share, to the
    nearest ten. Visits are drawn around each group's rate, shifted by the neighborhood."""
    rows = []
    for place in (p for p in load_world().places if p.kind == "neighborhood"):
        assert place.population is not None
        for group in GROUPS:
            population = int(round(place.population * place.share(group), -1))
            expected = population * ASTHMA_RATE[group] * NEIGHBORHOOD_FACTOR[place.name] / 1_000
            rows.append({"neighborhood": place.name, "group": group,
                         "visits": _poisson(rng, expected), "population": population})
    return rows


def _retired_asthma_draws(rng: random.Random) -> None:
    """The draws the asthma table made before its residents came from the world. The eviction
    table is drawn next from the same generator, so these are still made (and thrown away) to
    keep Module 02's eviction figures, and the answers built on them, as they were."""
    for _ in NEIGHBORHOODS:
        rng.randrange(9_000, 32_000, 10)
        _shares(rng, GROUPS, small=rng.choice([0, 1, 1]))
        for _ in GROUPS:
            rng.uniform(0.75, 1.25)


def evictions(rng: random.Random) -> list[dict[str, Any]]:
    rows = []
    renters = {place: rng.randrange(1_500, 7_000, 10) for place in NEIGHBORHOODS}
    for year in (2024, 2025):
        for place in NEIGHBORHOODS:
            shares = _shares(rng, HOUSEHOLDS, small=rng.choice([0, 1]))
            for household in HOUSEHOLDS:
                households = max(20, round(renters[place] * shares[household]))
                expected = households * EVICTION_RATE[household] * NEIGHBORHOOD_FACTOR[place] / 1_000
                rows.append({"year": year, "neighborhood": place, "household": household,
                             "filings": _count(rng, expected), "renter_households": households})
    return rows


def build(seed: int = SEED) -> dict[str, list[dict[str, Any]]]:
    """Both tables as lists of rows, made with a fixed seed."""
    rng = random.Random(seed)
    _retired_asthma_draws(rng)
    return {"brief_asthma_visits": asthma_visits(random.Random(seed + ASTHMA_OFFSET)),
            "brief_evictions": evictions(rng)}

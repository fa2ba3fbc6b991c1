"""Riverbend County Health Department's contracts and their terms (Module 08): synthetic, fixed seed.

Two tables. ``department_contracts``: one row per contract per fiscal year (2024 and 2025),
with the partner, the kind of partner and the amount; the contracts, their holders, the kind of
holder (its ``contractor_class``) and the years come from the world (``course/world.toml``). ``department_contract_terms``: one row
per contract with the terms the course's rubric looks at (grader.domain.contract_terms).
Most contracts are renewed from one year to the next, with new ids and changed terms; a few
are new or end. Every name and number is invented.
"""

from __future__ import annotations

import random

from grader.course.world import load_world

SEED = 8836

SMALL = "small community organization"
NONPROFIT = "large nonprofit"
VENDOR = "for-profit vendor"
UNIVERSITY = "university"

AMOUNT = {SMALL: (15_000, 90_000), NONPROFIT: (80_000, 300_000), VENDOR: (60_000, 400_000),
          UNIVERSITY: (100_000, 250_000)}
START = {SMALL: 0.45, NONPROFIT: 0.45, VENDOR: 0.3, UNIVERSITY: 0.35}


def _yes(rng: random.Random, chance: float) -> str:
    return "yes" if rng.random() < chance else "no"


def _terms(rng: random.Random, level: float, kind: str) -> dict[str, object]:
    """One contract's terms; a higher level makes each term likelier to be met."""
    slow = {SMALL: 62, NONPROFIT: 48, VENDOR: 38, UNIVERSITY: 50}[kind]
    return {
        "pays_partners_for_time": _yes(rng, level - (0.2 if kind == VENDOR else 0)),
        "plain_language_reports": _yes(rng, 0.2 + level * 0.7),
        "shares_data_back": _yes(rng, level - 0.1),
        "local_hire_pct": min(100, max(0, 5 * round(rng.gauss(15 + level * 45, 12) / 5))),
        "payment_days": max(10, 5 * round(rng.gauss(slow - level * 30, 9) / 5)),
        "accessible_materials": _yes(rng, 0.15 + level * 0.7),
        "languages_offered": max(1, min(5, round(rng.gauss(1 + level * 3, 0.9)))),
    }


def build(seed: int = SEED) -> dict[str, list[dict[str, object]]]:
    """The two tables as lists of rows, made with a fixed seed."""
    rng = random.Random(seed)
    world = load_world()
    # contract, partner, kind of partner, fiscal years it runs: all from the world
    contract_list = [(c.name, (holder := world.organization(c.holder)).name, str(holder.contractor_class),
                  c.fiscal_years) for c in world.contracts]
    contracts: list[dict[str, object]] = []
    terms: list[dict[str, object]] = []
    levels = {name: min(0.95, max(0.05, rng.gauss(START[kind], 0.22))) for name, _, kind, _ in contract_list}
    for year in (2024, 2025):
        rows = [c for c in contract_list if year in c[3]]
        for number, (name, partner, kind, _) in enumerate(rows, start=1):
            contract_id = f"C{year % 100}{number:02d}"
            low, high = AMOUNT[kind]
            contracts.append({"contract_id": contract_id, "fiscal_year": year, "contract": name,
                              "partner": partner, "partner_kind": kind,
                              "amount_usd": 1_000 * rng.randint(low // 1_000, high // 1_000)})
            terms.append({"contract_id": contract_id, **_terms(rng, levels[name], kind)})
            levels[name] = min(1.0, levels[name] + rng.uniform(-0.05, 0.2))  # terms improve, mostly
    return {"department_contracts": contracts, "department_contract_terms": terms}

"""Module 02's right answers in plain text, for tests only.

The catalog (``grader/checks/catalog/power_building.py``) holds only digests of these; the
test ``tests/checks/catalog/test_power_building.py`` proves the two agree, and that the safe
tables are what ``DataBrief`` makes from the shipped Riverbend data. To change an answer,
change it here, run ``python -m tests.support.keys_02`` and paste the digests it prints into the
catalog. The accountability plans (02.accountability, ex02.plan) are scored by rubric and
have no key; ``good_plan()`` earns full marks.
"""

from __future__ import annotations

CHOICES: dict[str, str] = {
    "02.ally": "c",
    "02.mutual": "b",
}

# goal id -> every acceptable lever (one digest each in the catalog)
LEVERS: dict[str, dict[str, tuple[str, ...]]] = {
    "02.levers": {
        "G1": ("data",),
        "G2": ("regulatory authority",),
        "G3": ("relationships",),
        "G4": ("funding",),
    },
    "ex02.levers": {
        "E1": ("regulatory authority",),
        "E2": ("data",),
        "E3": ("relationships",),
        "E4": ("funding",),
        "E5": ("data", "relationships"),
        "E6": ("funding", "relationships"),
    },
}

# cell "row / column" -> what the course's safe table shows there: a count, or "suppressed".
# 02.evictions_table: eviction filings in 2025; ex02.safe_counts: asthma emergency visits.
# These have no digests: the checks work the true counts out from the shipped data and accept
# any safe pattern. These tables are one right answer (the course's suggested pattern).
SAFE_COUNTS: dict[str, dict[str, int | str]] = {
    "02.evictions_table": {
        "Eastside / families with children": "suppressed",
        "Eastside / older adults": "suppressed",
        "Eastside / other households": 90,
        "Eastside / Total": 149,
        "Mill Flats / families with children": 211,
        "Mill Flats / older adults": "suppressed",
        "Mill Flats / other households": "suppressed",
        "Mill Flats / Total": 308,
        "North Bluff / families with children": 59,
        "North Bluff / older adults": "suppressed",
        "North Bluff / other households": "suppressed",
        "North Bluff / Total": 118,
        "Riverside / families with children": 27,
        "Riverside / older adults": 59,
        "Riverside / other households": 43,
        "Riverside / Total": 129,
        "Southgate / families with children": 81,
        "Southgate / older adults": 48,
        "Southgate / other households": 18,
        "Southgate / Total": 147,
        "West End / families with children": "suppressed",
        "West End / older adults": "suppressed",
        "West End / other households": 116,
        "West End / Total": 143,
        "Total / families with children": 405,
        "Total / older adults": 303,
        "Total / other households": 286,
        "Total / Total": 994,
    },
    "ex02.safe_counts": {
        "Eastside / Asian": "suppressed",
        "Eastside / Black": 165,
        "Eastside / Latino": 85,
        "Eastside / White": "suppressed",
        "Eastside / Total": 312,
        "Mill Flats / Asian": "suppressed",
        "Mill Flats / Black": 152,
        "Mill Flats / Latino": 127,
        "Mill Flats / White": "suppressed",
        "Mill Flats / Total": 330,
        "North Bluff / Asian": "suppressed",
        "North Bluff / Black": 25,
        "North Bluff / Latino": "suppressed",
        "North Bluff / White": 97,
        "North Bluff / Total": 150,
        "Riverside / Asian": 0,
        "Riverside / Black": 94,
        "Riverside / Latino": 43,
        "Riverside / White": 48,
        "Riverside / Total": 185,
        "Southgate / Asian": "suppressed",
        "Southgate / Black": 77,
        "Southgate / Latino": 76,
        "Southgate / White": "suppressed",
        "Southgate / Total": 208,
        "West End / Asian": "suppressed",
        "West End / Black": 34,
        "West End / Latino": "suppressed",
        "West End / White": 72,
        "West End / Total": 145,
        "Total / Asian": 36,
        "Total / Black": 547,
        "Total / Latino": 383,
        "Total / White": 364,
        "Total / Total": 1330,
    },
}

# ex02.safe_rates: asthma emergency visits per 1,000 residents, to one decimal place (no digests either).
SAFE_RATES: dict[str, dict[str, str]] = {
    "ex02.safe_rates": {
        "Eastside / Asian": "suppressed",
        "Eastside / Black": "23.1",
        "Eastside / Latino": "13.5",
        "Eastside / White": "suppressed",
        "Eastside / Total": "15.0",
        "Mill Flats / Asian": "suppressed",
        "Mill Flats / Black": "31.9",
        "Mill Flats / Latino": "17.8",
        "Mill Flats / White": "suppressed",
        "Mill Flats / Total": "19.8",
        "North Bluff / Asian": "suppressed",
        "North Bluff / Black": "13.0",
        "North Bluff / Latino": "suppressed",
        "North Bluff / White": "5.3",
        "North Bluff / Total": "6.3",
        "Riverside / Asian": "0.0",
        "Riverside / Black": "16.5",
        "Riverside / Latino": "10.3",
        "Riverside / White": "5.8",
        "Riverside / Total": "9.9",
        "Southgate / Asian": "suppressed",
        "Southgate / Black": "18.5",
        "Southgate / Latino": "15.3",
        "Southgate / White": "suppressed",
        "Southgate / Total": "13.1",
        "West End / Asian": "suppressed",
        "West End / Black": "14.2",
        "West End / Latino": "suppressed",
        "West End / White": "5.5",
        "West End / Total": "7.3",
        "Total / Asian": "6.0",
        "Total / Black": "21.0",
        "Total / Latino": "13.6",
        "Total / White": "6.6",
        "Total / Total": "11.5",
    },
}

RUBRIC_CHECKS: tuple[str, ...] = ("02.accountability", "ex02.plan")


def good_plan():
    """An accountability plan that meets every rubric line."""
    from grader.domain.accountability import AccountabilityPlan, Commitment

    return AccountabilityPlan(
        [
            Commitment(
                action="Set up a community advisory board that approves the asthma grant priorities",
                owner="Director of Community Health",
                answers_to="Youth Voices for Clean Air",
                mechanism="community advisory board",
                cadence="every month",
                measure="classrooms near the rail yard with working air filters",
                measure_chosen_by="Youth Voices for Clean Air members",
                resources="$50 an hour stipends, childcare and interpretation at every meeting",
                level=4,
            ),
            Commitment(
                action="Publish asthma emergency visit rates by neighborhood, safely suppressed",
                owner="Epidemiology Manager",
                answers_to="Mill Flats Neighbors in Action",
                mechanism="shared data",
                cadence="every quarter",
                measure="asthma emergency visits per 1,000 residents in Mill Flats",
                measure_chosen_by="Mill Flats Neighbors in Action",
                resources="two days of analyst time each quarter",
                level=3,
            ),
        ],
        title="Our commitments to the clean air campaign",
    )


def digests() -> dict[str, dict[str, object]]:
    """Every digest the catalog should hold for module 02, by check id and item."""
    from grader.checks.hashing import digest

    out: dict[str, dict[str, object]] = {}
    for check_id, letter in CHOICES.items():
        out[check_id] = {"choice": digest(check_id, "choice", letter)}
    for check_id, goals in LEVERS.items():
        out[check_id] = {goal: tuple(digest(check_id, goal, key) for key in keys) for goal, keys in goals.items()}
    return out


if __name__ == "__main__":
    import pprint

    pprint.pprint(digests(), width=100, sort_dicts=False)

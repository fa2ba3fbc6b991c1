"""Module 07's right answers in plain text, for tests only.

The catalog (``grader/checks/catalog/data_research.py``) holds only digests of these; the
test ``tests/checks/catalog/test_data_research.py`` proves the two agree, that the answers follow from the
shipped Riverbend data, and that they earn full points. To change an answer, change it
here, run ``python -m tests.support.keys_07`` and paste the digests it prints into the catalog.
"""

from __future__ import annotations

CHOICES: dict[str, str] = {
    "07.asset": "a",
    "07.small_numbers": "c",
    "07.cbpr": "b",
}

# group -> (count, population, rate per 10,000 to one decimal)
BREAKDOWNS: dict[str, dict[str, tuple[int, int, float]]] = {
    "07.by_income": {  # diabetes hospital stays, 2025
        "higher income": (48, 37_470, 12.8),
        "lower income": (207, 38_800, 53.4),
        "middle income": (117, 43_250, 27.1),
    },
    "ex07.by_race": {  # heat-illness emergency visits, summer 2025
        "American Indian or Alaska Native": (2, 850, 23.5),
        "Asian": (19, 6_180, 30.7),
        "Black": (91, 26_750, 34.0),
        "Latino": (129, 28_390, 45.4),
        "Native Hawaiian or Pacific Islander": (3, 460, 65.2),
        "White": (106, 56_890, 18.6),
    },
}
BREAKDOWN_TABLES = {"07.by_income": ("diabetes_hospital_stays", "income", "stays"),
                    "ex07.by_race": ("heat_illness_visits", "race_ethnicity", "visits")}

# The learner chooses the reference group; the check works the ratios out for whichever stable group
# they choose. These are the ratios for two choices, group -> ratio, or "withheld" where a rate rests
# on fewer than 20 events (the NCHS standard) and no ratio is given.
RATIOS: dict[str, dict[str, float | str]] = {
    "07.race_ratios": {  # against White residents
        "American Indian or Alaska Native": "withheld",
        "Asian": "withheld",
        "Black": 3.16,
        "Latino": 2.63,
        "Native Hawaiian or Pacific Islander": "withheld",
        "White": 1.0,
    },
    "ex07.ratios": {
        "American Indian or Alaska Native": "withheld",
        "Asian": "withheld",
        "Black": 1.83,
        "Latino": 2.44,
        "Native Hawaiian or Pacific Islander": "withheld",
        "White": 1.0,
    },
}
RATIOS_AGAINST: dict[str, tuple[str, dict[str, float | str]]] = {
    "ex07.ratios": ("Latino", {
        "American Indian or Alaska Native": "withheld",
        "Asian": "withheld",
        "Black": 0.75,
        "Latino": 1.0,
        "Native Hawaiian or Pacific Islander": "withheld",
        "White": 0.41,
    }),
    "07.race_ratios": ("Black", {
        "American Indian or Alaska Native": "withheld",
        "Asian": "withheld",
        "Black": 1.0,
        "Latino": 0.83,
        "Native Hawaiian or Pacific Islander": "withheld",
        "White": 0.32,
    }),
}
RATIO_REFERENCE = "White"  # the reference the RATIOS above use
RATIO_TABLES = {"07.race_ratios": ("diabetes_hospital_stays", "stays"),
                "ex07.ratios": ("heat_illness_visits", "visits")}

# request id -> every acceptable decision (one digest each in the catalog)
DECISIONS: dict[str, dict[str, tuple[str, ...]]] = {
    "07.requests": {
        "P1": ("may share",),
        "P2": ("ethics", "collective benefit"),
        "P3": ("authority to control",),
        "P4": ("responsibility",),
    },
    "ex07.requests": {
        "R1": ("may share",),
        "R2": ("authority to control",),
        "R3": ("collective benefit",),
        "R4": ("responsibility",),
        "R5": ("ethics",),
    },
}

# where a chart's reference line may sit: every acceptable rate, to one decimal
REFERENCES: dict[str, tuple[float, ...]] = {
    "07.income_chart": (31.1, 12.8),  # all residents, or the higher-income group
    "ex07.plot": (29.3,),  # the whole county
}

# ex07.shared: heat-illness visits by neighborhood and income group, safe to share. No digests: the
# check works the true counts out from the shipped data and accepts any safe pattern; this is one.
SAFE_COUNTS: dict[str, dict[str, int | str]] = {
    "ex07.shared": {
        "Eastside / higher income": 11,
        "Eastside / lower income": 57,
        "Eastside / middle income": 21,
        "Eastside / Total": 89,
        "Mill Flats / higher income": "suppressed",
        "Mill Flats / lower income": 54,
        "Mill Flats / middle income": "suppressed",
        "Mill Flats / Total": 76,
        "North Bluff / higher income": "suppressed",
        "North Bluff / lower income": "suppressed",
        "North Bluff / middle income": 12,
        "North Bluff / Total": 29,
        "Riverside / higher income": "suppressed",
        "Riverside / lower income": 34,
        "Riverside / middle income": "suppressed",
        "Riverside / Total": 59,
        "Southgate / higher income": "suppressed",
        "Southgate / lower income": 32,
        "Southgate / middle income": "suppressed",
        "Southgate / Total": 55,
        "West End / higher income": "suppressed",
        "West End / lower income": "suppressed",
        "West End / middle income": 17,
        "West End / Total": 42,
        "Total / higher income": 38,
        "Total / lower income": 205,
        "Total / middle income": 107,
        "Total / Total": 350,
    },
}


def digests() -> dict[str, dict[str, object]]:
    """Every digest the module 07 catalog should hold, by check id and item."""
    from grader.checks.disparities import rate_text
    from grader.checks.hashing import digest
    from grader.checks.resident_charts import REFERENCE

    out: dict[str, dict[str, object]] = {}
    for check_id, letter in CHOICES.items():
        out[check_id] = {"choice": digest(check_id, "choice", letter)}
    for check_id, groups in BREAKDOWNS.items():
        column = BREAKDOWN_TABLES[check_id][2]
        items: dict[str, object] = {}
        for group, (count, people, rate) in groups.items():
            items[f"{group} / {column}"] = digest(check_id, f"{group} / {column}", count)
            items[f"{group} / population"] = digest(check_id, f"{group} / population", people)
            items[f"{group} / rate"] = digest(check_id, f"{group} / rate", rate_text(rate))
        out[check_id] = items
    for check_id, requests in DECISIONS.items():
        out[check_id] = {rid: tuple(digest(check_id, rid, key) for key in keys) for rid, keys in requests.items()}
    for check_id, values in REFERENCES.items():
        out[check_id] = {REFERENCE: tuple(digest(check_id, REFERENCE, rate_text(v)) for v in values)}
    return out


if __name__ == "__main__":
    import pprint

    pprint.pprint(digests(), width=110, sort_dicts=False)

"""Module 05's right answers in plain text, for tests only.

The catalog (``grader/checks/catalog/movement.py``) holds only digests of these; the test
``tests/checks/catalog/test_movement.py`` proves the two agree. To change an answer, change it here, run
``python -m tests.support.keys_05`` and paste the digests it prints into the catalog. The ally maps
(05.allies, ex05.allies) are scored by rubric and have no key.
"""

from __future__ import annotations

CHOICES: dict[str, str] = {
    "05.examples": "b",
    "05.risk": "a",
    "05.voice": "c",
}

COUNTS: dict[str, dict[str, int]] = {
    # 2023 providers that report data broken down by race, ethnicity and language, per kind
    "05.reports_by_kind": {
        "community health center": 2,
        "free clinic": 0,
        "health plan": 2,
        "hospital": 3,
        "urgent care center": 0,
    },
    # 2024 scores with the course's example rubric, highest first, ties A to Z
    "ex05.scorecard": {
        "Riverbend General Hospital": 90,
        "Eastside Community Health Center": 80,
        "Riverbend Community Health Plan": 65,
        "Riverside Children's Hospital": 65,
        "West End Urgent Care": 60,
        "Mill Flats Family Clinic": 55,
        "Valley Regional Medical Center": 40,
        "Keystone Care Plan": 30,
        "North Bluff Free Clinic": 30,
        "Summit Health Plan": 20,
        "Southgate Health Center": 10,
        "St. Brigid Medical Center": 10,
    },
}

RUBRIC_CHECKS: tuple[str, ...] = ("05.allies", "ex05.allies")


def digests() -> dict[str, dict[str, str]]:
    """Every digest the catalog should hold for module 05, by check id and item."""
    from grader.checks.hashing import digest

    out: dict[str, dict[str, str]] = {}
    for check_id, letter in CHOICES.items():
        out[check_id] = {"choice": digest(check_id, "choice", letter)}
    for check_id, items in COUNTS.items():
        out[check_id] = {item: digest(check_id, item, value) for item, value in items.items()}
    return out


if __name__ == "__main__":
    import pprint

    pprint.pprint(digests(), width=100, sort_dicts=False)

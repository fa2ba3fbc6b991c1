"""The course's right answers in plain text, for tests only.

The package holds only digests of these (``grader.checks.hashing.digest``); the test
``tests/checks/test_catalog.py`` proves the two agree. To change an answer, change it here, run
``python -m tests.support.answer_keys`` and paste the digests it prints into the catalog.
"""

from __future__ import annotations

CHOICES: dict[str, str] = {
    "00.power": "c",
    "00.role": "a",
    "ex00.root": "b",
    "ex00.mechanism": "a",
    "01.trust": "c",
    "01.hiap": "b",
    "01.agencies": "a",
}

PLACEMENTS: dict[str, dict[str, int]] = {
    "00.spectrum": {"O1": 1},
    "ex00.spectrum": {"X1": 2},
    "01.spectrum": {"P1": 1, "P2": 2, "P3": 4, "P4": 5, "P5": 3, "P6": 0},
    "ex01.spectrum": {"E1": 2, "E2": 5, "E3": 1, "E4": 4, "E5": 3, "E6": 0},
}

COUNTS: dict[str, dict[str, int]] = {
    "01.active_by_type": {
        "Native community organization": 0,
        "advocacy nonprofit": 2,
        "business association": 2,
        "community power-building organization": 20,
        "faith-based organization": 4,
        "neighborhood association": 0,
        "service provider": 2,
    },
    "ex01.ranking": {
        "Housing Authority": 5,
        "Economic Development Office": 4,
        "Office of Labor Standards": 4,
        "Department of Transportation": 3,
        "Environmental Quality Division": 3,
        "Planning and Zoning": 2,
        "School District": 2,
        "Water Utility": 2,
        "Parks and Recreation": 1,
        "Sheriff's Office": 1,
        "County Library": 0,
    },
}


def digests() -> dict[str, dict[str, str]]:
    """Every digest the catalog should hold, by check id and item."""
    from grader.checks.hashing import digest

    out: dict[str, dict[str, str]] = {}
    for check_id, letter in CHOICES.items():
        out[check_id] = {"choice": digest(check_id, "choice", letter)}
    for table in (PLACEMENTS, COUNTS):
        for check_id, items in table.items():
            out[check_id] = {item: digest(check_id, item, value) for item, value in items.items()}
    return out


if __name__ == "__main__":
    import pprint

    pprint.pprint(digests(), width=100, sort_dicts=False)


def every_choice_key() -> dict[str, str]:
    """The key letter of every choice question in the course: modules 00-01 here, the rest
    from each module's ``tests/support/keys_NN.py``."""
    import importlib
    from pathlib import Path

    keys = dict(CHOICES)
    for path in sorted(Path(__file__).parent.glob("keys_[0-9][0-9].py")):
        keys.update(importlib.import_module(f"tests.support.{path.stem}").CHOICES)
    return keys

"""Module 06's right answers in plain text, for tests only.

The catalog (``grader/checks/catalog/narrative.py``) holds only digests of these; the test
``tests/checks/catalog/test_narrative.py`` proves the two agree. To change an answer, change it here,
run ``python -m tests.support.keys_06`` and paste the digests it prints into the catalog. The rewrites
(06.rewrite, ex06.rewrite) are scored by rubric and have no key; ``GOOD_REWRITES`` holds a
paragraph for each that meets every rubric line.
"""

from __future__ import annotations

CHOICES: dict[str, str] = {
    "06.frame": "b",
    "06.platform": "d",
}

# The narrative of each statement: a dominant narrative's key, or "transformative".
LABELS: dict[str, dict[str, str]] = {
    "06.statements": {
        "P1": "individualism",
        "P2": "market-only",
        "P3": "transformative",
        "P4": "anti-government",
        "P5": "transformative",
        "P6": "individualism",
    },
    "ex06.statements": {
        "E1": "individualism",
        "E2": "transformative",
        "E3": "market-only",
        "E4": "transformative",
        "E5": "anti-government",
        "E6": "individualism",
        "E7": "transformative",
    },
}

RUBRIC_CHECKS: tuple[str, ...] = ("06.rewrite", "ex06.rewrite")

GOOD_REWRITES: dict[str, str] = {
    "06.rewrite": (
        "Asthma emergency visits among Riverbend children rose 12% last year, and most came from "
        "Eastside and Mill Flats. Many families there rent older apartments with mold and leaks, "
        "and those homes are behind many of the attacks. Eastside Tenants Union members surveyed 200 "
        "homes and called for stronger housing rules. The department backs the union's plan: we will "
        "enforce the housing code within ten days of a complaint and ask the county to fund repairs."
    ),
    "ex06.rewrite": (
        "Type 2 diabetes is nearly twice as common in Southgate as in the rest of the county. "
        "Southgate has no full-service grocery store, fresh food costs more at the corner shops, and "
        "many residents work long shifts for low pay. Those conditions are behind the higher rates. "
        "Southgate Families United has organized for two years for a community grocery co-op. The "
        "department backs their proposal and will ask the county to fund the co-op and a new bus "
        "route to the nearest supermarket."
    ),
}


def kind(narrative: str) -> str:
    return "transformative" if narrative == "transformative" else "dominant"


def narrative_or_none(narrative: str) -> str:
    return "none" if narrative == "transformative" else narrative


def digests() -> dict[str, dict[str, object]]:
    """Every digest Module 06's item file should hold, by check id and item: for a statement, the
    digests of its label and of its narrative."""
    from grader.checks.hashing import digest
    from grader.checks.labels import narrative_item

    out: dict[str, dict[str, object]] = {}
    for check_id, letter in CHOICES.items():
        out[check_id] = {"choice": digest(check_id, "choice", letter)}
    for check_id, labels in LABELS.items():
        out[check_id] = {
            sid: (digest(check_id, sid, kind(narrative)),
                  digest(check_id, narrative_item(sid), narrative_or_none(narrative)))
            for sid, narrative in labels.items()
        }
    return out


if __name__ == "__main__":
    import pprint

    pprint.pprint(digests(), width=100, sort_dicts=False)

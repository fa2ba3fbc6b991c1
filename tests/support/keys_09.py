"""Module 09's right answers in plain text, for tests only.

The catalog (``grader/checks/catalog/root_causes.py``) holds only digests of these; the test
``tests/checks/catalog/test_root_causes.py`` proves the two agree, and that the pandas keys are what the
shipped Riverbend data gives. To change an answer, change it here, run
``python -m tests.support.keys_09`` and paste the digests it prints into the catalog.
"""

from __future__ import annotations

CHOICES: dict[str, str] = {
    "09.root": "a",
    "09.align": "c",
    "09.tools": "b",
}

# intervention id -> level key, and the order from most downstream to most upstream
SORTS: dict[str, dict[str, str]] = {
    "09.sort": {"P1": "midstream", "P2": "root causes", "P3": "downstream", "P4": "upstream"},
    "ex09.housing": {"H1": "root causes", "H2": "downstream", "H3": "upstream", "H4": "midstream"},
    "ex09.work": {"W1": "upstream", "W2": "root causes", "W3": "midstream", "W4": "downstream"},
}
ORDERS: dict[str, str] = {
    "09.sort": "P3 P1 P4 P2",
    "ex09.housing": "H2 H4 H3 H1",
    "ex09.work": "W4 W3 W1 W2",
}

COUNTS: dict[str, dict[str, int]] = {
    # active priorities of community power-building organizations, per theme
    "09.by_theme": {
        "business": 0,
        "environment": 3,
        "food": 0,
        "health care": 0,
        "housing": 8,
        "public safety": 1,
        "transportation": 2,
        "work": 5,
    },
    # the draft agenda ranked by points (3, 2, 1 for a CPBO's active first, second, third
    # priority), most first, ties A to Z
    "ex09.agenda": {
        "Just-cause eviction protections": 6,
        "Heat standard for indoor and outdoor work": 5,
        "Raise the county minimum wage": 4,
        "Tenant right to counsel": 3,
        "Worker-led enforcement of labor standards": 3,
        "Lead and mold removal grants": 2,
        "Proactive rental inspections": 1,
        "Healthy corner stores": 0,
        "Paid sick days for all workers": 0,
        "Smoke-free apartment buildings": 0,
        "Workplace safety training": 0,
    },
}

# active CPBO priorities that the draft agenda leaves out
GAPS: dict[str, tuple[str, ...]] = {
    "ex09.gaps": (
        "Accessible bus stops",
        "Air monitors near the rail yard",
        "Close the Mill Flats incinerator",
        "Crisis response without police",
        "Free bus passes for youth",
        "Protect tenants who organize",
    ),
}


def digests() -> dict[str, dict[str, str] | tuple[str, ...]]:
    """Every digest the catalog should hold for module 09, by check id (and item)."""
    from grader.checks.hashing import digest
    from grader.checks.policy_agenda import GAP
    from grader.checks.upstream import ORDER

    out: dict[str, dict[str, str] | tuple[str, ...]] = {}
    for check_id, letter in CHOICES.items():
        out[check_id] = {"choice": digest(check_id, "choice", letter)}
    for check_id, levels in SORTS.items():
        items = {item: digest(check_id, item, level) for item, level in levels.items()}
        out[check_id] = {**items, ORDER: digest(check_id, ORDER, ORDERS[check_id])}
    for check_id, counts in COUNTS.items():
        out[check_id] = {item: digest(check_id, item, value) for item, value in counts.items()}
    for check_id, policies in GAPS.items():
        out[check_id] = tuple(digest(check_id, GAP, policy) for policy in policies)
    return out


if __name__ == "__main__":
    import pprint

    pprint.pprint(digests(), width=100, sort_dicts=False)

"""Module 03's right answers in plain text, for tests only.

The catalog (``grader/checks/catalog/share_power.py``) holds only digests of these; the
tests in ``tests/checks/catalog/test_share_power.py`` prove the two agree. To change an answer, change it
here, run ``python -m tests.support.keys_03`` and paste the digests it prints into the catalog.

The redesign and budget-rule checks are rule based (the spectrum as the course reads it), so
they have no digests; ``right_answers()`` gives a full-marks answer to every module 03 check.
"""

from __future__ import annotations

CHOICES: dict[str, str] = {
    "03.listening": "b",
    "03.best_practice": "c",
    "03.actions": "a",
}

# cost type -> total in dollars, from the synthetic Riverbend data (see test_share_power)
BUDGET_TOTALS: dict[str, dict[str, float]] = {
    "03.budget_totals": {
        "stipend": 2400,         # 12 residents x 4 meetings x $50
        "interpretation": 1600,  # 2 languages (Hmong, Spanish) x 4 meetings x $200
        "childcare": 1200,       # 10 children x 4 meetings x $30
        "meals": 672,            # 14 people x 4 meetings x $12
        "transport": 240,        # 6 residents x 4 meetings x $10
    },
    "ex03.budget_totals": {
        "stipend": 7200,         # 24 residents x 6 meetings x $50
        "interpretation": 3600,  # 3 languages x 6 meetings x $200
        "childcare": 4860,       # 27 children x 6 meetings x $30
        "meals": 1944,           # 27 people x 6 meetings x $12
        "transport": 780,        # 13 residents x 6 meetings x $10
    },
}

# one design per redesign check that aims one step up and fits that target in every part
REDESIGNS: dict[str, dict[str, object]] = {
    "03.redesign": {
        "target": "Involve",
        "community_seats": {"Southgate Families United": 3, "Mill Flats Neighbors in Action": 3},
        "staff_seats": 4,
        "total_seats": 10,
        "chosen_by": "nominated by community organizations",
        "authority": "advice only",
        "written_in": "a committee charter",
        "disagreement": "the department decides",
        "resources": {"community partners and processes": 45, "department administration": 55},
        "paid_participation": ["interpretation", "stipends"],
    },
    "ex03.redesign": {
        "target": "Collaborate",
        "community_seats": {"Eastside Tenants Union": 3, "Mill Flats Neighbors in Action": 3,
                            "Unidos Riverbend": 2},
        "staff_seats": 4,
        "total_seats": 12,
        "chosen_by": "nominated by community organizations",
        "authority": "shared decision with a vote",
        "written_in": "a memorandum of understanding (MOU)",
        "disagreement": "consensus, with a written fallback",
        "resources": {"community partners and processes": 60, "department administration": 40},
        "paid_participation": ["stipends", "interpretation", "childcare"],
    },
}

# a capacity-building grant that brings the community share into the target range
GRANTS: dict[str, float] = {"03.budget_rules": 3000, "ex03.budget_rules": 20000}
RULE_TOTALS: dict[str, str] = {"03.budget_rules": "03.budget_totals", "ex03.budget_rules": "ex03.budget_totals"}
PROCESS_OF: dict[str, str] = {"03.budget_rules": "food-grants", "ex03.budget_rules": "home-visits",
                              "03.budget_totals": "food-grants", "ex03.budget_totals": "home-visits"}


def digests() -> dict[str, dict[str, str]]:
    """Every digest the module 03 catalog should hold, by check id and item."""
    from grader.checks.hashing import digest
    from grader.checks.participation_budget import money

    out: dict[str, dict[str, str]] = {}
    for check_id, letter in CHOICES.items():
        out[check_id] = {"choice": digest(check_id, "choice", letter)}
    for check_id, totals in BUDGET_TOTALS.items():
        out[check_id] = {kind: digest(check_id, kind, money(total)) for kind, total in totals.items()}
    return out


def right_budget(process: str, grant: float = 0):
    """The full-marks budget for a planned process, built the way the exercise asks."""
    import pandas as pd

    from grader.course.data import load

    people = load("process_participants").query("process == @process")
    meetings = len(load("process_meetings").query("process == @process"))
    cost = load("participation_unit_costs").set_index("cost_type")["unit_cost"]
    residents = people[people["role"] == "resident"]
    languages = sorted(set(residents["language"]) - {"English"})
    rows = [("stipend", "every resident", len(residents) * meetings, cost["stipend"])]
    rows += [("interpretation", language, meetings, cost["interpretation"]) for language in languages]
    rows += [
        ("childcare", "residents' children", residents["children_needing_care"].sum() * meetings, cost["childcare"]),
        ("meals", "everyone attending", len(people) * meetings, cost["meals"]),
        ("transport", "residents who need a ride", residents["needs_transport"].sum() * meetings, cost["transport"]),
    ]
    if grant:
        rows.append(("capacity building", "grant to the partner organization", 1, grant))
    return pd.DataFrame(rows, columns=["cost_type", "detail", "quantity", "unit_cost"])


def evening_meetings(process: str):
    """The process's meetings with every weekday daytime meeting moved to 18:00."""
    from grader.course.data import load

    meetings = load("process_meetings").query("process == @process").copy()
    weekday = meetings["weekday"].isin(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])
    meetings.loc[weekday & (meetings["start"] < "17:00"), "start"] = "18:00"
    return meetings


def right_answers() -> dict[str, object]:
    """A full-marks answer to every module 03 check."""
    answers: dict[str, object] = dict(CHOICES)
    answers.update(REDESIGNS)
    for check_id in BUDGET_TOTALS:
        answers[check_id] = right_budget(PROCESS_OF[check_id])
    for check_id, grant in GRANTS.items():
        process = PROCESS_OF[check_id]
        answers[check_id] = {"budget": right_budget(process, grant), "meetings": evening_meetings(process)}
    return answers


if __name__ == "__main__":
    import pprint

    pprint.pprint(digests(), width=100, sort_dicts=False)

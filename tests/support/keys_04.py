"""Module 04's right answers in plain text, for tests only.

The catalog (``grader/checks/catalog/alliances.py``) holds only digests of these; the test
``test_keys_04`` proves the two agree. To change an answer, change it here, run
``python -m tests.support.keys_04`` and paste the digests it prints into the catalog.
"""

from __future__ import annotations

CHOICES: dict[str, str] = {
    "04.who_leads": "a",
    "04.base": "b",
    "04.stages": "c",
}

# Share of the gap to each community's target closed, rounded to two decimals.
SHARES: dict[str, dict[str, float]] = {
    "04.progress_2022": {
        "I1": 0.5, "I2": 0.27, "I3": 0.09, "I4": 0.53,
        "I5": 0.33, "I6": 0.5, "I7": 0.38, "I8": -0.06,
    },
    "ex04.progress": {
        "I1": 0.81, "I2": 0.42, "I3": 0.32, "I4": 0.89,
        "I5": 0.56, "I6": 1.05, "I7": 0.67, "I8": -0.18,
    },
}
SHARE_YEARS = {"04.progress_2022": 2022, "ex04.progress": 2024}

# Rubric and chart checks have no key: any answer meeting every line earns full points.
ALLIANCE_PLANS = ("04.alliance_plan", "ex04.alliance_plan")
CHARTS = {"04.trend_plot": 60.0, "ex04.plot": 1.0}  # check id -> where its target line goes


def digests() -> dict[str, dict[str, str]]:
    """Every digest the module 04 catalog should hold, by check id and item."""
    from grader.checks.hashing import digest
    from grader.checks.indicators import share_text

    out: dict[str, dict[str, str]] = {}
    for check_id, letter in CHOICES.items():
        out[check_id] = {"choice": digest(check_id, "choice", letter)}
    for check_id, shares in SHARES.items():
        out[check_id] = {item: digest(check_id, item, share_text(value))
                         for item, value in shares.items()}
    return out


def good_alliance_plan():
    """A plan that meets every rubric line (for a practice scenario, not the exercise's)."""
    from grader.domain.alliance_plan import AlliancePlan, Ally, Step

    return AlliancePlan(
        allies=[
            Ally("Youth Voices for Clean Air", "community power-building organization",
                 "Members who chose the monitor sites and can speak to the commission"),
            Ally("North Bluff Interfaith Council", "faith-based organization",
                 "Trusted congregations and leaders officials know"),
            Ally("Riverbend Food Bank", "service provider", "Stories from families it serves"),
        ],
        base_of_support="Youth leaders and parents who live near the rail yard may testify at the "
        "budget hearing and write to the commissioner, if they choose to.",
        transparency=["Share what the commissioner said and what a cut would mean",
                      "Be clear about what the department can and cannot do, and its own needs"],
        shared_risk="The health officer defends the monitors in public first; partners decide "
        "whether and how they speak, and we will back them if they are attacked.",
        offers=["Pay youth members a stipend for their time",
                "Share the monitor data in a form they can use", "Training on testimony"],
        community_goals=["Clean air near the rail yard, in the youth members' own words"],
        next_steps=[
            Step("Meet Youth Voices leaders to share what we know", "health officer", "2025-03-03"),
            Step("Send the monitor data summary to partners", "epidemiologist", "2025-03-07"),
        ],
    )


def right_answer(check_id: str):
    """The full-marks answer to any module 04 check."""
    import pandas as pd

    if check_id in CHOICES:
        return CHOICES[check_id]
    if check_id in SHARES:
        return pd.Series(SHARES[check_id], name="progress").rename_axis("indicator_id")
    if check_id in ALLIANCE_PLANS:
        return good_alliance_plan()
    if check_id in CHARTS:
        return chart(CHARTS[check_id])
    raise LookupError(f"no right answer known for {check_id}")


def chart(target: float, *, title: str = "Progress", xlabel: str = "Indicator",
          ylabel: str = "Share of the gap closed"):
    """A small matplotlib chart with data, a target line, labeled axes and a title."""
    from matplotlib.figure import Figure

    ax = Figure().add_subplot()
    ax.bar(["I1", "I2", "I3"], [0.2, 0.5, 0.9])
    ax.axhline(target, linestyle="--", label="target")
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.set_title(title)
    return ax


if __name__ == "__main__":
    import pprint

    pprint.pprint(digests(), width=100, sort_dicts=False)

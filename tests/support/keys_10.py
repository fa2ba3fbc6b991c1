"""Module 10's right answers in plain text, for tests only.

The catalog (``grader/checks/catalog/capstone.py``) holds only digests of the choice keys; the
test ``tests/checks/catalog/test_capstone.py`` proves the two agree. The plan checks have no key (they check
completeness), so this file holds a complete plan instead: the same as exercise 10's solution.
To change a choice key, change it here, run ``python -m tests.support.keys_10`` and paste the digests it
prints into the catalog.
"""

from __future__ import annotations

CHOICES: dict[str, str] = {
    "10.fit": "a",
    "10.pace": "d",
}

UNION = "Eastside Tenants Union"
UNIDOS = "Unidos Riverbend"
MANAGER = "Environmental Health Manager"


def digests() -> dict[str, dict[str, str]]:
    from grader.checks.hashing import digest

    return {check_id: {"choice": digest(check_id, "choice", letter)} for check_id, letter in CHOICES.items()}


def good_plan():
    """A complete plan (exercise 10's solution): every completeness line holds up."""
    from grader.domain.accountability import Commitment
    from grader.domain.department_plan import (
        DataSharing,
        DepartmentPlan,
        Milestone,
        OneToOnes,
        Partnership,
        PolicyAgenda,
    )

    return DepartmentPlan(
        department="Riverbend County Health Department, Environmental Health team",
        goal="Every renter in Eastside and Riverside lives in a home free of mold and lead, and can ask "
             "for repairs without fear of eviction.",
        partnership=Partnership(partner=UNION, now=3, aim=4,
                                step="Sign an MOU so the union co-leads the healthy-homes inspection plan, "
                                     "with members paid for their time."),
        one_to_ones=OneToOnes(people=[f"Keisha Robinson, {UNION}", f"Luis Ortega, {UNIDOS}"],
                              purpose="Get to know each organizer, what they care about and what their members "
                                      "are fighting for, before asking for anything."),
        accountability=[
            Commitment(action="Set up a community advisory board that approves our healthy-homes inspection priorities",
                       owner=MANAGER, answers_to=UNION, mechanism="community advisory board", cadence="every month",
                       measure="homes repaired within 30 days of a complaint", measure_chosen_by=f"{UNION} members",
                       resources="$50 an hour stipends, childcare and interpretation", level=4),
            Commitment(action="Hire a community organizer from Eastside to co-lead outreach on repairs",
                       owner="Deputy Director for Health Equity", answers_to=UNIDOS,
                       mechanism="hiring community organizers", cadence="every quarter",
                       measure="tenants who know how to request a repair", measure_chosen_by=UNIDOS,
                       resources="a full-time organizer position for two years", level=3),
        ],
        data=DataSharing(data="Housing code complaints and asthma emergency visits by neighborhood, each quarter",
                         partner=UNION, use="To back their campaign for just-cause eviction protections",
                         protection="Counts from 1 to 10 are suppressed, and a second cell is hidden wherever a "
                                    "total would reveal a suppressed count"),
        policy=PolicyAgenda(policy="Just-cause eviction protections", partner=f"{UNION} and {UNIDOS}",
                            campaign="Just-cause eviction protections, the union's first priority",
                            contribution="Data on mold and asthma, testimony to the county board, and our "
                                         "housing code inspections"),
        milestones=[
            Milestone(1, "One-to-one with Keisha Robinson", MANAGER, "one_to_ones", UNION),
            Milestone(2, "One-to-one with Luis Ortega", "Health Educator", "one_to_ones", UNIDOS),
            Milestone(2, "Attend the union's members' meeting to listen", MANAGER, "partnership", UNION),
            Milestone(3, "First advisory board meeting with the union", MANAGER, "accountability", UNION),
            Milestone(4, "Share the first quarterly data brief", "Epidemiologist", "data", UNION),
            Milestone(6, "Agree the MOU with the union", "Health Officer", "partnership", UNION),
            Milestone(8, "Testify with the union at the county board", "Health Officer", "policy", UNION),
            Milestone(12, "Year-end review with the advisory board", MANAGER, "accountability", UNION),
        ],
    )


if __name__ == "__main__":
    import pprint

    pprint.pprint(digests(), width=100, sort_dicts=False)

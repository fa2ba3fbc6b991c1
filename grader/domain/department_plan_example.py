"""The worked example of Module 10: a department plan for a different team from the exercise's.

Riverbend County is fictional: its team, people and partners are synthetic. The partner and
its campaign priority come from the course's Riverbend data (Riverbend Disability Justice
Collective; accessible bus stops). The example shows what each part and the timeline look
like when they are filled in; it is not a model answer for anyone else's department.
"""

from __future__ import annotations

from grader.domain.accountability import Commitment
from grader.domain.department_plan import (
    DataSharing,
    DepartmentPlan,
    Milestone,
    OneToOnes,
    Partnership,
    PolicyAgenda,
)

COLLECTIVE = "Riverbend Disability Justice Collective"
MANAGER = "Chronic Disease Prevention Manager"


def worked_example() -> DepartmentPlan:
    """The Chronic Disease Prevention team's plan with the Riverbend Disability Justice Collective."""
    return DepartmentPlan(
        department="Riverbend County Health Department, Chronic Disease Prevention team",
        goal="Residents with disabilities can reach clinics, food and work safely, wherever they live in Riverbend.",
        partnership=Partnership(
            partner=COLLECTIVE, now=3, aim=4,
            step="Agree an MOU so the Collective co-leads the team's planning on getting to clinics, "
                 "with members paid for their time."),
        one_to_ones=OneToOnes(
            people=[f"Jordan Lee, {COLLECTIVE}", "Sam Okafor, transit planner at the Department of Transportation"],
            purpose="Learn what Jordan's members care about and why, and how Sam's agency decides where "
                    "stops go, before asking either of them for anything."),
        accountability=[Commitment(
            action="Report progress on clinic access against the measures the Collective chose",
            owner=MANAGER, answers_to=COLLECTIVE, mechanism="community advisory board",
            cadence="every quarter", measure="bus stops near clinics that a wheelchair user can use",
            measure_chosen_by=f"{COLLECTIVE} members",
            resources="$45 an hour stipends, ASL interpretation and step-free meeting rooms", level=4)],
        data=DataSharing(
            data="Missed clinic appointments by neighborhood, once a year",
            partner=COLLECTIVE,
            use="To show the county where missing or broken bus stops keep people from care",
            protection="Counts from 1 to 10 are suppressed, and one more cell is hidden wherever a total "
                       "would give a hidden count away"),
        policy=PolicyAgenda(
            policy="Accessible bus stops on every route that serves a clinic",
            partner=COLLECTIVE, campaign="Accessible bus stops, the Collective's first priority",
            contribution="Data on missed appointments, and introductions to the Department of Transportation"),
        milestones=[
            Milestone(1, f"One-to-one with Jordan Lee ({COLLECTIVE})", MANAGER, "one_to_ones", COLLECTIVE),
            Milestone(2, "One-to-one with Sam Okafor (Department of Transportation)", "Health Planner",
                      "one_to_ones", ""),
            Milestone(2, "Attend the Collective's members' meeting to listen", MANAGER, "partnership", COLLECTIVE),
            Milestone(3, "First advisory board check-in on the agreed measures", MANAGER, "accountability",
                      COLLECTIVE),
            Milestone(5, "Share the first data brief, small counts suppressed", "Epidemiologist", "data",
                      COLLECTIVE),
            Milestone(7, "Agree the MOU together", "Health Officer", "partnership", COLLECTIVE),
            Milestone(9, "Joint briefing for the Department of Transportation", MANAGER, "policy", COLLECTIVE),
            Milestone(12, "Year-end review with the advisory board", MANAGER, "accountability", COLLECTIVE),
        ],
    )

"""Module 01 Build Strategic Partnerships: practice checks and exercise 01.

Facts: Build Strategic Partnerships (Human Impact Partners, Health Equity Guide) and the
Spectrum of Community Engagement to Ownership (Rosa González, Facilitating Power, 2019).
"""

from grader.checks.choice import ChoiceQuestion, choice_question
from grader.checks.one_to_one import one_to_one_plan
from grader.checks.ranking import ranked_table
from grader.checks.spectrum import spectrum_placements
from grader.checks.tables import group_counts
from grader.domain.scenarios import EXERCISE_01, PRACTICE

choice_question(
    ChoiceQuestion(
        "01.trust",
        "Speed of trust",
        "A heat grant is due in three weeks and needs a letter from a community partner. "
        "Riverbend Worker Center runs a campaign for a heat standard at work. Nobody here has met "
        "them, and members' 2021 heat complaints to county inspectors went unanswered. What does "
        "\"move at the speed of trust\" suggest?",
        (
            ("a", "Email the center a draft letter to sign now, and promise members paid roles "
             "once the grant is won."),
            ("b", "Meet the center's organizers this week, explain the deadline openly, and ask "
             "for the letter then."),
            ("c", "Ask a current partner for the letter, and offer the center a first talk that "
             "asks nothing of it."),
        ),
        {
            "a": "Paying members is fair, but the center hears from strangers at a county whose "
            "inspectors ignored them. Asking for a signature this early spends trust not yet "
            "earned.",
            "b": "Being open about the deadline is honest, but the talk would still turn on the "
            "department's need. Opening a relationship by asking a favor rarely lets it grow.",
            "c": "The grant goes ahead with a partner who already trusts you, and the center "
            "gets a first meeting about its own interests. The relationship can grow at its own "
            "pace.",
        },
        "83730ef449422a3cd2ab",
    )
)

choice_question(
    ChoiceQuestion(
        "01.hiap",
        "Health in All Policies",
        "Planning and Zoning is drafting a rule on how close new warehouses may be built to "
        "homes. A planner asks why the health department wants a say. What would a Health in "
        "All Policies approach do?",
        (
            ("a", "Leave the rule to Planning, and put staff time into asthma care for people "
             "who live near warehouses."),
            ("b", "Bring Planning data on truck traffic, air quality and asthma, so health is "
             "weighed in the rule."),
            ("c", "Ask the Board of Health to take over review of warehouse permits from "
             "Planning and Zoning."),
        ),
        {
            "a": "Care for people already sick matters, but it leaves the cause in another "
            "agency's hands. Many conditions that shape health are set outside the health "
            "department.",
            "b": "Health becomes one of the things Planning considers in its own decision. "
            "That is the idea of Health in All Policies: health counted in every sector's "
            "choices.",
            "c": "Taking over another agency's job would strain the relationship and overstep "
            "the department's authority. The approach works by partnering with agencies, not "
            "replacing them.",
        },
        "3a76649ab95978d19456",
    )
)

choice_question(
    ChoiceQuestion(
        "01.agencies",
        "Choosing agencies",
        "Your department can deepen its work with only two other agencies this year. The "
        "director leans toward the two with the largest budgets, and a commissioner suggests "
        "the Sheriff's Office. What does the guide suggest?",
        (
            ("a", "Ask community organizers which agencies their active campaigns target, and "
             "weigh that first."),
            ("b", "Pick the two agencies with the largest budgets, since they shape the most "
             "conditions."),
            ("c", "Go with the commissioner's choice, since the commissioners approve the "
             "department's budget."),
        ),
        {
            "a": "Where community groups are already pushing for change, a link between your "
            "department and that agency can help most. You still follow your agency's rules on "
            "contacting officials.",
            "b": "A large budget shows reach, not where residents are pressing for change. "
            "Size alone says little about where a cross-agency tie would help them.",
            "c": "Follow your agency's rules about engaging officials. Still, one official's "
            "preference says little about what the people most affected are working on.",
        },
        "e063b8f0a5efcaf3641d",
    )
)

spectrum_placements(
    "01.spectrum",
    "Place the partners",
    PRACTICE,
    {
        "P1": "91d55300ced42700de9e",
        "P2": "8a2057dcf10d902c3c84",
        "P3": "c94a47646e00e0193f0d",
        "P4": "3514a2814959c8c2b087",
        "P5": "60ca5d79d447791491ae",
        "P6": "3b8a23d54a294a1fb0d5",
    },
)

one_to_one_plan("01.one_to_one")

group_counts(
    "01.active_by_type",
    "Active campaigns by partner type",
    {
        "Native community organization": "3336aa140031262b9729",
        "advocacy nonprofit": "0d417cc5dad83760ab95",
        "business association": "0ade8c39772016f8b232",
        "community power-building organization": "353fbe3c0f3bd74e9e70",
        "faith-based organization": "d6b8720519ce6bffbc5a",
        "neighborhood association": "25d2b6690ea0216722df",
        "service provider": "7d49cefc6a960fbaf05e",
    },
    key_column="type",
    count_column="active_campaigns",
    hint="Keep only campaigns whose status is \"active\", join them to partners on partner_id, "
    "then count rows per type.",
)

# ---- exercise 01 (graded by nbgrader; the self-check confirms the answer's form only) ----

spectrum_placements(
    "ex01.spectrum",
    "Spectrum placements",
    EXERCISE_01,
    {
        "E1": "3439e68b0ed028d0f66d",
        "E2": "d434383f1c7026166131",
        "E3": "89878754329d5f8ef053",
        "E4": "5ff68db923d4999bfe79",
        "E5": "67197c3b51ebeffd5d6a",
        "E6": "3a3113702c986c1c143f",
    },
    graded=True,
)

ranked_table(
    "ex01.ranking",
    "Agencies ranked by active campaigns",
    {
        "Housing Authority": "c353132252ceca9312d1",
        "Economic Development Office": "73e31f2edfae114c7d52",
        "Office of Labor Standards": "9ce34bd76c90ffcdf03b",
        "Department of Transportation": "eb789d5528f3ba133c1d",
        "Environmental Quality Division": "28b5bf2c0bb251343f5c",
        "Planning and Zoning": "1a95f6b88adab1f0cd0b",
        "School District": "fdf5d65fa919fd7a9686",
        "Water Utility": "617ca6c08d8ab8555e26",
        "Parks and Recreation": "4078af94b5334ec68e07",
        "Sheriff's Office": "b69dd66519d9317c7f99",
        "County Library": "1f9b5d205f0a05b224cc",
    },
    name_column="agency",
    count_column="active_campaigns",
    count_hint="Count only campaigns whose status is \"active\", matched to agencies by "
    "target_agency_id.",
    graded=True,
)

one_to_one_plan("ex01.one_to_one", max_points=3.0, graded=True)

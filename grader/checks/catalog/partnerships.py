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
        "Eastside Tenants Union has been let down by the county before and is wary of your "
        "department. What does \"move at the speed of trust\" suggest you do?",
        (
            ("a", "Ask them to sign a partnership agreement at the first meeting"),
            ("b", "Start with a one-to-one, show up at their events, be upfront about what you "
             "can offer, and let the partnership grow as trust does"),
            ("c", "Wait for the union to contact the department when it is ready"),
        ),
        {
            "a": "A formal agreement before a relationship exists asks for trust that has not "
            "been earned yet.",
            "b": "Relationships take time, most of all with communities harmed by injustice; "
            "showing up and being honest about what you can do is how trust grows.",
            "c": "Trust is built by showing up; the guide asks departments to attend partners' "
            "events and reach out, not to wait.",
        },
        "5113239443342b938700",
    )
)

choice_question(
    ChoiceQuestion(
        "01.hiap",
        "Health in All Policies",
        "What does Health in All Policies (HiAP) mean?",
        (
            ("a", "Bringing health into decisions across sectors and policy areas, such as "
             "housing, transport and the economy"),
            ("b", "A rule that every agency must hire public health staff"),
            ("c", "The health department taking over other agencies' policies"),
        ),
        {
            "a": "Most systems that shape health sit outside the health department, so HiAP "
            "works across agencies (Public Health Institute and APHA guide, 2013).",
            "b": "HiAP is a way of working across agencies, not a staffing rule.",
            "c": "HiAP builds partnerships with other agencies; it does not replace them.",
        },
        "0d5efccceda27c497fa9",
    )
)

choice_question(
    ChoiceQuestion(
        "01.agencies",
        "Choosing agencies",
        "Your department can deepen its work with only two other agencies this year. Who "
        "does the guide suggest you ask which ones to prioritize?",
        (
            ("a", "Elected officials, since they set the budget"),
            ("b", "The agencies with the largest budgets"),
            ("c", "Community organizers and partners, based on their active campaigns"),
        ),
        {
            "a": "Follow your agency's rules about engaging officials, but the guide puts "
            "community campaigns at the center of this choice.",
            "b": "Size alone does not tell you where communities are pushing for change.",
            "c": "Active community-led campaigns show where a cross-agency relationship can "
            "help most.",
        },
        "54a70530a57b9fb90608",
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

one_to_one_plan("ex01.one_to_one", max_points=2.0, graded=True)

"""Module 03 Share Power with Communities: practice checks and exercise 03.

Facts: Share Power with Communities (Human Impact Partners, Health Equity Guide, last
updated September 11, 2018) and the Spectrum of Community Engagement to Ownership (Rosa
González, Facilitating Power, 2019). Riverbend County's processes and data are fictional.
"""

from grader.checks.choice import ChoiceQuestion, choice_question
from grader.checks.decision_process import process_redesign
from grader.checks.participation_budget import PlannedProcess, budget_rules, budget_totals
from grader.domain.decision_process import DecisionProcess, ProcessDesign

choice_question(
    ChoiceQuestion(
        "03.listening",
        "Listening and learning",
        "The department has six weeks before it must submit its plan for a new Eastside clinic. "
        "Staff disagree about how to spend those weeks. Which plan fits the guide's call to listen "
        "and learn rather than hold a one-way conversation?",
        (
            ("a", "Hold three well-advertised evening forums where staff present the draft plan and "
             "answer every question residents raise"),
            ("b", "Join meetings residents already hold, ask what they need first, and rewrite the "
             "plan's priorities around what they say"),
            ("c", "Mail a detailed survey about the draft plan to every Eastside household, in three "
             "languages, with prepaid return envelopes"),
        ),
        {
            "a": "Forums where staff present a draft mostly carry information one way. Questions at the "
            "end rarely change a plan the department has written.",
            "b": "Starting where residents gather, and letting their needs reset the priorities, is being "
            "guided by the community's needs, interests and voices.",
            "c": "A survey, even a careful one, asks people to react to the department's own draft. The "
            "guide asks for more than seeking feedback.",
        },
        "75da148596f055a8e990",
    )
)

choice_question(
    ChoiceQuestion(
        "03.best_practice",
        "Best practices",
        "A neighborhood group has agreed to plan a heat-safety program with your department. Its "
        "members say they lack the time and the training to review long technical drafts. The budget "
        "allows one of these steps. Which follows the guide's best practices most directly?",
        (
            ("a", "Shorten every draft to two plain-language pages so members can review each one "
             "quickly at home"),
            ("b", "Invite two members to join the department's technical working group so their "
             "expertise is heard early"),
            ("c", "Pay members for their time and fund a short training the group designs, so members "
             "can take part as partners"),
        ),
        {
            "a": "Shorter drafts help, but members still give unpaid hours and gain no new skills. The "
            "problem they named is capacity, and capacity costs something.",
            "b": "A seat at the table is one best practice. Without support for their hours and their "
            "learning, members may not be able to use that seat.",
            "c": "Paid time and training the group shapes are shared resources that build members' "
            "skills and capacity to partner with the department.",
        },
        "720ca11ceeb8b394f9a4",
    )
)

choice_question(
    ChoiceQuestion(
        "03.actions",
        "The seven actions",
        "Last year a partnership with Southgate Families United changed how your department schedules "
        "school health screenings. The team is now busy with new work. Which of the guide's actions "
        "says what to do with this partnership now?",
        (
            ("a", "Report its results publicly, credit the families' role, and keep funding the "
             "partnership as the work continues"),
            ("b", "Close the partnership as a success and move the staff time to a neighborhood that "
             "has no partner yet"),
            ("c", "Write a staff training module on respectful engagement with families, using this "
             "partnership as its main example"),
        ),
        {
            "a": "A partnership that changed how the department works is worth making visible and "
            "sustaining, so others see what sharing power can do.",
            "b": "Ending a partnership that changed department practice throws away the trust built. "
            "The guide asks departments to lift up and sustain such partnerships.",
            "c": "Training staff is an action of its own, about preparing for partnerships. It does not "
            "say what to do with one that has changed practice.",
        },
        "1708d3bff06cbc7b7989",
    )
)

FOOD_GRANTS = DecisionProcess(
    "Which food-access problems the department's small grants fund this year",
    ProcessDesign(
        community_seats={"Riverside Neighborhood Association": 2, "Southgate Block Club": 1},
        staff_seats=6,
        total_seats=9,
        chosen_by="appointed by the department",
        authority="advice only",
        written_in="not written down",
        disagreement="the department decides",
        community_share=25,
        administration_share=75,
        paid_participation=("interpretation",),
    ),
)

HOME_VISITS = DecisionProcess(
    "Which three neighborhoods get the new asthma home-visit program first",
    ProcessDesign(
        community_seats={"Eastside Tenants Union": 2, "Mill Flats Neighbors in Action": 2},
        staff_seats=6,
        total_seats=10,
        chosen_by="appointed by the department",
        authority="advice only",
        written_in="not written down",
        disagreement="the department decides",
        community_share=45,
        administration_share=55,
        paid_participation=("stipends", "interpretation"),
    ),
)

process_redesign("03.redesign", "Redesign the food-grants committee", FOOD_GRANTS)

budget_totals(
    "03.budget_totals",
    "Food-grants participation budget: totals",
    {
        "stipend": "05b05031d80450e83033",
        "interpretation": "0163d1187bc1289820a3",
        "childcare": "1449de343cb925089b26",
        "meals": "854f1556ecd6b9c13896",
        "transport": "63d93ef6167c4edccc29",
    },
)

budget_rules("03.budget_rules", "Food-grants participation budget: rules",
             PlannedProcess("food-grants", project_budget=20_000, level=3))

# ---- exercise 03 (graded by nbgrader; the self-check confirms the answer's form only) ----

process_redesign("ex03.redesign", "Redesign the home-visits committee", HOME_VISITS, graded=True)

budget_totals(
    "ex03.budget_totals",
    "Home-visits participation budget: totals",
    {
        "stipend": "d2f0e3d9d74cb411dc4c",
        "interpretation": "d7f58631be881722d2e0",
        "childcare": "968c8b816abf058ef08b",
        "meals": "c2743b37ecca998c447d",
        "transport": "3d180b1b5ff0bf1d5039",
    },
    graded=True,
)

budget_rules("ex03.budget_rules", "Home-visits participation budget: rules",
             PlannedProcess("home-visits", project_budget=60_000, level=4), graded=True)

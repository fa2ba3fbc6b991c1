"""Module 03 Share Power with Communities: practice checks and exercise 03.

Facts: Share Power with Communities (Human Impact Partners, Health Equity Guide, last
updated September 11, 2018) and the Spectrum of Community Engagement to Ownership (Rosa
González, Facilitating Power, 2019). Riverbend County's processes and data are fictional.
"""

from grader.checks.choice import ChoiceQuestion, choice_question
from grader.checks.decision_process import process_redesign
from grader.checks.participation_budget import PlannedProcess, budget_rules, budget_totals
from grader.domain.decision_process import DEPARTMENT, DecisionProcess, ProcessStep

choice_question(
    ChoiceQuestion(
        "03.listening",
        "Listening and learning",
        "The department wants to hear from Eastside residents before it plans a new clinic. "
        "Which approach fits the guide's call to listen and learn rather than hold a one-way "
        "conversation?",
        (
            ("a", "Post the draft plan online and invite written comments for two weeks"),
            ("b", "Give a presentation on the plan at a community meeting and take questions at the end"),
            ("c", "Meet residents where they already gather, ask first what they need, and let what "
             "you hear change the department's priorities"),
        ),
        {
            "a": "Comments on a finished draft are feedback on the department's own ideas; the "
            "guide asks for more than seeking feedback.",
            "b": "A presentation mostly carries information one way, from the department to residents.",
            "c": "Starting from what residents need and letting it shape priorities is being guided "
            "by the community's needs, interests and voices.",
        },
        "0ec3d0059a524c7d1f91",
    )
)

choice_question(
    ChoiceQuestion(
        "03.best_practice",
        "Best practices",
        "A neighborhood group has agreed to plan a heat-safety program with your department. "
        "Its members say they lack the time and the training to review long technical drafts. "
        "Which of the guide's best practices speaks most directly to this?",
        (
            ("a", "Remaining open to learning about community priorities"),
            ("b", "Sharing resources so community members can build the skills and capacity to "
             "partner with the department"),
            ("c", "Identifying strategic opportunities for communities to contribute their expertise"),
        ),
        {
            "a": "Openness matters throughout, but it does not by itself give members time or training.",
            "b": "Time and training cost something; sharing resources (paying for time, funding "
            "training) is how a department builds partners' capacity.",
            "c": "Members already bring expertise; the problem here is what they need in order to "
            "take part.",
        },
        "7aa4427a22a55bc4ff6d",
    )
)

choice_question(
    ChoiceQuestion(
        "03.actions",
        "The seven actions",
        "Last year a partnership with Southgate Families United led your department to change "
        "how it schedules school health screenings. Which of the guide's actions is about what "
        "to do with a partnership like this now?",
        (
            ("a", "Highlight and sustain community partnerships that have changed department "
             "policies, processes and practices"),
            ("b", "Train and prepare staff to engage respectfully with communities facing inequities"),
            ("c", "Use data, advocacy and other expertise to support community-led social justice efforts"),
        ),
        {
            "a": "A partnership that has already changed how the department works is worth making "
            "visible and keeping going.",
            "b": "Training staff is an action of its own; it is about preparing for partnerships "
            "rather than what to do after one has changed practice.",
            "c": "Supporting community-led efforts is a separate action, about the community's "
            "campaigns rather than the department's own practice.",
        },
        "1708d3bff06cbc7b7989",
    )
)

FOOD_GRANTS = DecisionProcess(
    "Which food-access problems the department's small grants fund this year",
    (
        ProcessStep("Name the food-access problems to fund", DEPARTMENT),
        ProcessStep("Draft the grant priorities", DEPARTMENT),
        ProcessStep("Approve the priorities", DEPARTMENT),
    ),
    community_joins="after the options are set",
    community_share=25,
    activity="public comment",
)

HOME_VISITS = DecisionProcess(
    "Which three neighborhoods get the new asthma home-visit program first",
    (
        ProcessStep("Agree the criteria", DEPARTMENT),
        ProcessStep("Draw up the shortlist", DEPARTMENT),
        ProcessStep("Choose the neighborhoods", DEPARTMENT),
    ),
    community_joins="before the options are set",
    community_share=45,
    activity="interactive workshops",
)

process_redesign("03.redesign", "Redesign the food-grants process", FOOD_GRANTS)

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

process_redesign("ex03.redesign", "Redesign the home-visits process", HOME_VISITS, graded=True)

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

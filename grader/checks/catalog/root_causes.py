"""Module 09 Pursue Policy Changes that Transform the Root Causes: practice checks and exercise 09.

Facts: the course design's summary of the guide's practice (DESIGN §4; the guide's full page
was not available) and the five full pages of the Health Equity Guide (Human Impact
Partners) where they touch policy and root causes; Health in All Policies: A Guide for State and
Local Governments (Rudolph, Caplan, Ben-Moshe, Dillon; PHI and APHA, 2013). The upstream scale and the points-by-rank rule are this course's
teaching tools. Keys are digests; keys listed here in A to Z order, never in answer order.
"""

from grader.checks.choice import ChoiceQuestion, choice_question
from grader.checks.policy_agenda import agenda_gaps, agenda_ranking
from grader.checks.tables import group_counts
from grader.checks.upstream import upstream_sort
from grader.course.data import load
from grader.domain.upstream import EXERCISE_HOUSING, EXERCISE_WORK, PRACTICE

choice_question(
    ChoiceQuestion(
        "09.root",
        "A root cause",
        "Children in Mill Flats have the county's highest rate of lead poisoning. Which of these is "
        "closest to what the guide calls a root cause?",
        (
            ("a", "Tenants have little say over landlords or county housing decisions, after decades "
             "of disinvestment"),
            ("b", "Many parents have not been told how to clean up lead dust or when to have their "
             "children tested"),
            ("c", "Many rental homes there still have old lead paint and lead pipes that their owners "
             "have never replaced"),
        ),
        {
            "a": "The guide names unequal power and structural oppression as root causes. Tenants' "
            "lack of power, built up over decades, is what keeps the hazard in place.",
            "b": "This places the problem in what families know. Teaching helps one household, but it "
            "cannot explain why the hazard gathers in one neighborhood.",
            "c": "This is the hazard itself, a living condition. Ask what keeps it there year after "
            "year, and who could force a change.",
        },
        "e12dbf99b9ee4161c20f",
    )
)

choice_question(
    ChoiceQuestion(
        "09.align",
        "Whose priorities lead",
        "Your department's draft agenda puts workplace safety training near the top. The Chamber of "
        "Commerce backs it; no community power-building organization lists it. Several are "
        "campaigning for a heat standard. What do you do?",
        (
            ("a", "Keep training near the top: it has business support and carries less political "
             "risk for the department"),
            ("b", "Move the heat standard to the top, since staff's own reading of the evidence "
             "favors it"),
            ("c", "Meet the groups behind the heat standard, learn their plans, and put the "
             "department's evidence behind them"),
        ),
        {
            "a": "Business support is real. But the guide asks that the agenda follow the people most "
            "affected and the organizations they lead, and none of those list this.",
            "b": "The ranking may land in the same place, but staff decided alone. Alignment means "
            "the priorities come from the people most affected, not from the department's reading.",
            "c": "Aligning means learning what the people most affected are already campaigning for, "
            "and bringing the department's evidence and tools to that work.",
        },
        "a90b1566cc27ca90e91b",
    )
)

choice_question(
    ChoiceQuestion(
        "09.tools",
        "Which tool?",
        "In four months the Riverbend Planning Commission votes on rezoning land beside Eastside "
        "homes for warehouses. A commissioner asks what the department can offer before the vote. "
        "Which tool fits?",
        (
            ("a", "A Health in All Policies agreement with Planning and Zoning, covering all of its "
             "future decisions"),
            ("b", "A Health Impact Assessment of this rezoning, with findings ready before the "
             "commission votes"),
            ("c", "A fact sheet on warehouse jobs and truck traffic, handed out at the commission's "
             "hearing"),
        ),
        {
            "a": "A standing agreement brings health into many decisions across agencies over time. "
            "It is slow to set up and is not built to study one proposal by a set date.",
            "b": "This tool looks at one proposed decision before it is made, estimates its effects on "
            "health and on who gains or loses, and recommends changes.",
            "c": "A fact sheet informs people one way. It does not estimate what the rezoning would "
            "do to residents' health, or who would gain and who would lose.",
        },
        "19e3730e2beea4d10882",
    )
)

upstream_sort(
    "09.sort",
    "Heat at work, downstream to upstream",
    PRACTICE,
    {
        "P1": "5f9a2a30fcb00981788b",
        "P2": "b2efb55318d90e1145d5",
        "P3": "313b094fcf1f64a8a949",
        "P4": "ca3e03c36d5371d11b71",
        "order": "aa58705b805a00f866ae",
    },
)

group_counts(
    "09.by_theme",
    "Active priorities of power-building organizations, by theme",
    {
        "business": "43444c55e72502875730",
        "environment": "6edf2ff85ee93993c878",
        "food": "8266a44c4b54c35f5c52",
        "health care": "ce3a6ee76f6cfbd83f43",
        "housing": "fda6b5fda450da44dd70",
        "public safety": "130a6e706f6d88100604",
        "transportation": "a7f68153f3467ec6f0bc",
        "work": "cf64e3a57b3671de64a7",
    },
    key_column="theme",
    count_column="priorities",
    hint="Keep only priorities whose status is \"active\", join them to partners on partner_id, "
    "keep the community power-building organizations, then count rows per theme.",
)

# ---- exercise 09 (graded by nbgrader; the self-check confirms the answer's form only) ----

upstream_sort(
    "ex09.housing",
    "Housing, downstream to upstream",
    EXERCISE_HOUSING,
    {
        "H1": "71257e4665398c38c67c",
        "H2": "65a953c0ef71edb976a4",
        "H3": "82b6823b5e9df6f84e46",
        "H4": "b4117c8091f7a52db642",
        "order": "a3759feeb52ca7e2a14d",
    },
    graded=True,
)

upstream_sort(
    "ex09.work",
    "Work, downstream to upstream",
    EXERCISE_WORK,
    {
        "W1": "41623e991934f7187dd6",
        "W2": "c94e2edb9c3139b18b8c",
        "W3": "e1110cdd160e48bd9835",
        "W4": "704e0923b64a3a2043a7",
        "order": "2b432bbb671825971d46",
    },
    graded=True,
)

agenda_ranking(
    "ex09.agenda",
    "Draft agenda ranked by partners' priorities",
    {
        "Healthy corner stores": "92f7a23af0d287fa7f35",
        "Heat standard for indoor and outdoor work": "70adfd472f0cecb7c14a",
        "Just-cause eviction protections": "8d36a1ccde92e114086f",
        "Lead and mold removal grants": "088d2ff860b005850b9a",
        "Paid sick days for all workers": "9f9cb95975b3662a518d",
        "Proactive rental inspections": "b922d5d46a4a6f315584",
        "Raise the county minimum wage": "14da3cbb92edfe0c0111",
        "Smoke-free apartment buildings": "9a6aa238c94fbff1cafe",
        "Tenant right to counsel": "2843825350608c0b21fa",
        "Worker-led enforcement of labor standards": "ffbc20d8c6168e16625e",
        "Workplace safety training": "1ce0174f19a5f272a69c",
    },
    score_hint="Count only active priorities of community power-building organizations; a first "
    "priority earns 3 points, a second 2 and a third 1; add them up per policy.",
    graded=True,
)

agenda_gaps(
    "ex09.gaps",
    "Partners' priorities the agenda leaves out",
    (
        "042f9c3ef630b81dd863",
        "134200282112e555d2fc",
        "52f4c13ad78cda486102",
        "938f33d9046d61f8d78d",
        "9d4ec8eba5357bc05c28",
        "a48f84a0b43257fc5aed",
    ),
    known_policies=tuple(sorted(set(load("campaign_priorities")["policy"]) | set(load("policy_agenda")["policy"]))),
    hint="Some active priorities of power-building partners are not in your list yet: compare "
    "their policies with the agenda's.",
    graded=True,
)

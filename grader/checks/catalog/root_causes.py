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
        "Children in Mill Flats have the county's highest rate of lead poisoning. Which of these "
        "is closest to what the guide calls a root cause?",
        (
            ("a", "Parents do not know enough about cleaning up lead dust"),
            ("b", "Old lead paint and pipes in Mill Flats homes"),
            ("c", "Mill Flats tenants have little power over their landlords or over county "
             "housing decisions, after decades in which the neighborhood was denied investment"),
        ),
        {
            "a": "This puts the problem in families' knowledge. Teaching can help one family, but "
            "it does not explain why the hazard is concentrated in this neighborhood.",
            "b": "This is the hazard itself, a living condition. Ask what lets the hazard stay "
            "there year after year, and who could change that.",
            "c": "An imbalance of power, built up by structures that held one neighborhood "
            "back, is what the guide means by a root cause: it keeps the hazard in place.",
        },
        "cbea8c2492e5eacc6727",
    )
)

choice_question(
    ChoiceQuestion(
        "09.align",
        "Whose priorities lead",
        "Your department's draft agenda puts workplace safety training near the top. No "
        "community power-building organization lists it as a priority, while several are "
        "campaigning for a heat standard. What does aligning the agenda ask you to do?",
        (
            ("a", "Keep the draft: staff know the evidence best"),
            ("b", "Take the draft to partners, learn what they are campaigning for, and let "
             "their active priorities lead, bringing the department's evidence to those"),
            ("c", "Drop policy work and offer the training on its own, since it is less political"),
        ),
        {
            "a": "Evidence matters, but the guide asks that the priorities of the people most "
            "affected, and of the power-building groups they lead, shape the agenda.",
            "b": "Aligning means the people most affected set the direction, and the department "
            "puts its evidence and tools behind their campaigns.",
            "c": "Stepping back from policy leaves the conditions as they are; the guide asks "
            "departments to manage the risk of upstream work, not to avoid it.",
        },
        "b211e334eca3fb98f26c",
    )
)

choice_question(
    ChoiceQuestion(
        "09.tools",
        "Which tool?",
        "In four months the planning commission will vote on rezoning land next to homes in "
        "Eastside for warehouses. Which tool is built to estimate how this one proposal would "
        "affect health, and who would gain or lose, before the vote?",
        (
            ("a", "A Health Impact Assessment (HIA)"),
            ("b", "Health in All Policies (HiAP)"),
            ("c", "A fact sheet for residents about warehouse jobs"),
        ),
        {
            "a": "An HIA looks at one proposed decision before it is made, estimates its effects "
            "on health and on who gains or loses, and recommends changes.",
            "b": "HiAP is a standing way of working: bringing health into decisions across "
            "agencies and policy areas. It may be why the commission asks about health; the tool "
            "for studying one proposal is a different one.",
            "c": "A fact sheet informs residents one way; it does not assess what the proposal "
            "would do to their health.",
        },
        "1d908f8c2058c1806cce",
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

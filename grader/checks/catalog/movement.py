"""Module 05 Build a Health Equity Movement: practice checks and exercise 05.

Facts: Build a Health Equity Movement (Human Impact Partners, Health Equity Guide, last
updated June 28, 2017). The provider scorecard's indicators and weights are this course's
example (grader.domain.provider_scorecard.RUBRIC), not the guide's.
"""

from grader.checks.ally_map import ally_map
from grader.checks.choice import ChoiceQuestion, choice_question
from grader.checks.provider_scorecard import scorecard_ranking
from grader.checks.tables import group_counts

choice_question(
    ChoiceQuestion(
        "05.examples",
        "Making the case",
        "A county commissioner asks why your department should spend staff time on health "
        "equity. What does the guide suggest can help you make the case?",
        (
            ("a", "Point to concrete examples of equity work other health departments have done, "
             "and what came of it"),
            ("b", "Wait until your own department has several years of results to show"),
            ("c", "Keep the work quiet until it speaks for itself"),
        ),
        {
            "a": "Citing colleagues' concrete work helps validate equity work and build capacity; "
            "promoting other departments' work is one of the guide's seven actions.",
            "b": "Your own results matter, but you need not wait: other departments' experience "
            "can help make the case now.",
            "c": "Quiet work is easy to overlook or cut. The guide asks departments to make the "
            "case openly, drawing on each other's examples.",
        },
        "78d43974690bc03ac9de",
    )
)

choice_question(
    ChoiceQuestion(
        "05.risk",
        "Lowering the risk",
        "Upstream policy work, sharing decisions with communities and talking about power and "
        "oppression all carry risk for a health department. What does the guide suggest lowers "
        "that risk?",
        (
            ("a", "Keep equity work in a small pilot that few people know about"),
            ("b", "Leave these topics to community groups and stay out of them"),
            ("c", "Make equity part of everyday practice, built into how the department works, "
             "and build alliances with others working for justice and equity"),
        ),
        {
            "a": "A pilot nobody knows about stays fragile. The guide points the other way: make "
            "equity work normal and routine.",
            "b": "The guide accepts that this work carries risk and asks departments to manage it, "
            "not to step away from it.",
            "c": "Work that is normal, built into daily operations and backed by alliances is "
            "harder to single out, and it marks out progressive practice.",
        },
        "82d97a37a7fb6b1a7965",
    )
)

choice_question(
    ChoiceQuestion(
        "05.voice",
        "A common voice",
        "The guide asks public health to speak with a common voice that stands for specific "
        "values, principles, strategies and tactics. Which of these is a tactic?",
        (
            ("a", "Everyone deserves a fair chance to be healthy"),
            ("b", "Health departments across the state send one joint letter to the legislature "
             "before the budget vote"),
            ("c", "We share decisions with the communities most affected"),
        ),
        {
            "a": "This says what we believe matters: a value.",
            "b": "A specific action, at a set time, by named people: a tactic, one step in "
            "carrying out a strategy.",
            "c": "This is a rule we hold ourselves to in how we work: a principle.",
        },
        "4c97b31d137028244692",
    )
)

group_counts(
    "05.reports_by_kind",
    "Providers reporting data by race, ethnicity and language",
    {
        "community health center": "922b1ad26738e2eda568",
        "free clinic": "d47eab377cafd1daf05d",
        "health plan": "7dc33317ee81d84004ab",
        "hospital": "3053847d2baab93d2917",
        "urgent care center": "3fc5687fbf6cb96398e3",
    },
    key_column="kind",
    count_column="providers",
    hint="Keep the 2023 rows whose reports_data_by_race_language is \"yes\", join them to "
    "providers on provider_id, then count rows per kind.",
)

ally_map("05.allies")

# ---- exercise 05 (graded by nbgrader; the self-check confirms the answer's form only) ----

scorecard_ranking(
    "ex05.scorecard",
    "Provider scorecard, 2024",
    {
        "Riverbend General Hospital": "e0de85ba5f9bca171cfa",
        "Eastside Community Health Center": "620ebfaaeed8ee75577c",
        "Riverbend Community Health Plan": "85880b51d3ef95845775",
        "Riverside Children's Hospital": "ad39545ed3b3d2eed3de",
        "West End Urgent Care": "11fef1dc34ad356443fe",
        "Mill Flats Family Clinic": "40e7d69c5e833725ecf5",
        "Valley Regional Medical Center": "492226f10f43e84d77f6",
        "Keystone Care Plan": "37a57a6dd14d5f635536",
        "North Bluff Free Clinic": "b97ea9cd334bf9348e7b",
        "Summit Health Plan": "90b0c3dc2bdf4659ba1d",
        "Southgate Health Center": "d564cbe6015ca28743b8",
        "St. Brigid Medical Center": "258a7529765dc9903807",
    },
    score_hint="Use only the 2024 rows; a criterion earns its points when a yes/no column says "
    "\"yes\" or a number is at least its threshold (equal counts).",
    graded=True,
)

ally_map("ex05.allies", graded=True)

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
        "A county commissioner asks why your department spends staff time on health equity, and "
        "wants an answer at next week's meeting. Your own equity work is only a year old. What "
        "does the guide suggest can help you make the case?",
        (
            ("a", "Say you will report back once your department has a few years of its own "
             "results to show."),
            ("b", "Describe equity work that other health departments have done, and what came "
             "of it."),
            ("c", "Keep the answer short and general, so the work draws less attention while it "
             "grows."),
        ),
        {
            "a": "Your own results will matter, but the commissioner asked now. Years of waiting "
            "leave the work open to cuts before it can prove anything.",
            "b": "Concrete work by colleagues elsewhere shows that this is real public health "
            "practice. The guide says citing such examples helps validate equity work.",
            "c": "A low profile can feel safer, yet work nobody can picture is easy to cut. The "
            "guide asks departments to make the case openly.",
        },
        "9b20dfd1de743505a037",
    )
)

choice_question(
    ChoiceQuestion(
        "05.risk",
        "Lowering the risk",
        "After an election, a new commissioner calls the department's equity work \"too "
        "political.\" The health officer wants to lower the risk without dropping the work. "
        "What does the guide suggest?",
        (
            ("a", "Build equity into routine work, such as hiring and budgets, and join others "
             "working for justice."),
            ("b", "Move equity work into a small pilot with a low profile until it has proven "
             "results."),
            ("c", "Hand the most sensitive parts, such as talk about power, to community groups "
             "and step back."),
        ),
        {
            "a": "Work that is part of everyday operations is hard to single out, and allies "
            "outside stand with it. The guide says both lower the risk.",
            "b": "A quiet pilot may avoid notice for a while, but it stays small and easy to end. "
            "Hidden work is the most fragile kind.",
            "c": "Community groups can say things staff cannot, but the department still has its "
            "own part to play. Leaving it to them shifts the risk rather than managing it.",
        },
        "139aa5a3e58c4f1e6091",
    )
)

choice_question(
    ChoiceQuestion(
        "05.voice",
        "A common voice",
        "The guide asks public health to speak with a common voice that stands for specific "
        "values, principles, strategies and tactics. Health departments in your region draft "
        "theirs on clean air. Which of these is a tactic?",
        (
            ("a", "We let the people most affected by diesel pollution help decide what we do "
             "about it."),
            ("b", "Win stronger limits on diesel pollution near schools, working with parent "
             "groups over three years."),
            ("c", "Twelve health departments send one joint letter on diesel limits before the "
             "March vote."),
        ),
        {
            "a": "This is a rule for how we work together with the people affected: a "
            "principle, which guides every step but is not a step itself.",
            "b": "This sets out an overall plan for change over several years: a strategy. A "
            "tactic would be one concrete step within it.",
            "c": "A single action, by named actors, at a set time: a tactic, one step that "
            "carries out a larger strategy.",
        },
        "93d4992787a889f76970",
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

"""Module 00 Orientation: practice checks and exercise 00.

Facts: Support Community Power-Building (Human Impact Partners, Health Equity Guide).
"""

from grader.checks.choice import ChoiceQuestion, choice_question
from grader.checks.spectrum import spectrum_placements
from grader.domain.scenarios import EXERCISE_00, ORIENTATION

choice_question(
    ChoiceQuestion(
        "00.power",
        "Power and health",
        "According to the Health Equity Guide, what is a root cause of health inequities?",
        (
            ("a", "People not knowing enough about healthy choices"),
            ("b", "Differences in power between groups of people"),
            ("c", "Too few programs run by health departments"),
        ),
        {
            "a": "Information matters, but the guide looks deeper than knowledge: at who has "
            "the power to shape the conditions people live in.",
            "b": "The guide cites a growing body of research: differences in power are a root "
            "cause, and it takes community power to change the social determinants of health.",
            "c": "Programs can help, but the guide looks at what creates the conditions in the "
            "first place, and who gets to shape them.",
        },
        "10115bb9cb24c729715b",
    )
)

choice_question(
    ChoiceQuestion(
        "00.role",
        "The department's role",
        "What role does the guide give a health department toward community power-building "
        "organizations (CPBOs)?",
        (
            ("a", "Build community power itself by starting its own organizing groups"),
            ("b", "Stay neutral and keep away from community campaigns"),
            ("c", "Be a strategic ally that uses its governmental power to support their campaigns"),
        ),
        {
            "a": "The guide says building community power directly is not a government "
            "agency's role; communities lead that work.",
            "b": "The guide accepts that this work is political and carries risk, and asks "
            "departments to manage the risk rather than step away.",
            "c": "Departments have forms of governmental power (data, regulation, relationships) "
            "that can back the goals CPBOs set.",
        },
        "2c421d0d001c53cfc531",
    )
)

spectrum_placements(
    "00.spectrum",
    "Try the spectrum",
    ORIENTATION,
    {"O1": "1bc48d72205a4546a5d1"},
)

# ---- exercise 00 (graded by nbgrader; the self-check confirms the answer's form only) ----

choice_question(
    ChoiceQuestion(
        "ex00.root",
        "Community power",
        "Which statement best matches the Health Equity Guide?",
        (
            ("a", "Community power is needed to change the social determinants of health"),
            ("b", "Health inequities come mainly from the choices individuals make"),
            ("c", "A health department can fix the social determinants on its own"),
        ),
        {
            "a": "The guide says it takes community power to change the social determinants.",
            "b": "The guide points to power and conditions rather than individual choices.",
            "c": "The guide stresses partnership: most of these systems sit outside the department.",
        },
        "eae05fdf3b007ec4a82f",
    ),
    graded=True,
)

choice_question(
    ChoiceQuestion(
        "ex00.mechanism",
        "Accountability",
        "Which of these is an accountability mechanism that shares power with community "
        "organizers, as the guide names them?",
        (
            ("a", "A press release about the department's equity plan"),
            ("b", "An internal survey of staff"),
            ("c", "A community advisory board"),
        ),
        {
            "a": "A press release informs; it does not give the community any say.",
            "b": "Staff views matter, but they are not the community's.",
            "c": "The guide names a community advisory board, hiring community organizers, and "
            "community members in grant oversight.",
        },
        "6b420ba520da3cd7aa53",
    ),
    graded=True,
)

spectrum_placements(
    "ex00.spectrum",
    "Place one scenario",
    EXERCISE_00,
    {"X1": "2e0e77e46692d47982e5"},
    graded=True,
)

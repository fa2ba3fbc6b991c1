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
        "Asthma emergency visits are highest in Mill Flats, between the rail yard and the "
        "incinerator. The Board of Health asks for one sentence on why. Which sentence fits the "
        "Health Equity Guide's view of root causes?",
        (
            ("a", "Many Mill Flats parents have never been taught how to spot an asthma attack and "
             "manage it at home."),
            ("b", "Mill Flats has fewer clinics, school nurses and asthma home visits than other "
             "parts of the county."),
            ("c", "Mill Flats residents had little say in choices such as the incinerator's "
             "permit, renewed without notice."),
        ),
        {
            "a": "Teaching parents helps each family cope, but it cannot explain why one "
            "neighborhood breathes dirtier air. The guide looks further back, at who shaped "
            "those conditions.",
            "b": "Fewer services make the burden worse, yet more clinics would treat attacks "
            "after they happen. The guide asks what set up the conditions in the first place.",
            "c": "This names a gap in power: decisions that shaped the air were made without the "
            "people who breathe it. The guide calls such differences in power a root cause.",
        },
        "557fa95a2b09ebd411e1",
    )
)

choice_question(
    ChoiceQuestion(
        "00.role",
        "The department's role",
        "Southgate Families United is pushing the Department of Transportation for safe "
        "crossings on Route 9. It asks your department for help. Your manager wants to be "
        "useful without overstepping. What fits the role the guide gives a health department?",
        (
            ("a", "Share crash and injury counts with the group and introduce its leaders to "
             "the county's transit planner."),
            ("b", "Start a parents' committee in Southgate, run by department staff, to lead the "
             "push for safer crossings."),
            ("c", "Politely decline, since crossings belong to another agency and the campaign "
             "is political."),
        ),
        {
            "a": "The group keeps the lead, and the department adds what government holds: "
            "data and relationships inside government. The guide calls this being a strategic "
            "ally.",
            "b": "A committee run by staff would compete against the parents' own organization. "
            "The guide says government should back power-building groups, not build community "
            "power itself.",
            "c": "The guide admits this work is political and risky. It asks departments to "
            "manage that risk, not to step back from what communities are working on.",
        },
        "0564ed62029613bfdaf9",
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
        "The director has money for one new effort on heat illness in Mill Flats, the hottest "
        "part of the county. Which choice best reflects the guide's view that changing the "
        "social determinants of health takes community power?",
        (
            ("a", "Print heat-safety flyers in English, Spanish and Vietnamese for every "
             "household in Mill Flats."),
            ("b", "Back Mill Flats Neighbors in Action's own campaign for shade trees and "
             "cooling centers."),
            ("c", "Hire a consultant to write a countywide heat plan for the Board of Health "
             "to adopt."),
        ),
        {
            "a": "Flyers in people's own languages help, but they leave the heat itself "
            "unchanged. Hot streets and old housing are set by decisions that flyers do not reach.",
            "b": "Residents organized to change the conditions behind heat illness, and the "
            "department puts its weight behind their goal. That is the guide's view of "
            "community power.",
            "c": "A plan written by an outside expert can be thorough, yet residents have no say "
            "in it. The people most affected gain no power to change their conditions.",
        },
        "69f2be1d69936a7bb911",
    ),
    graded=True,
)

choice_question(
    ChoiceQuestion(
        "ex00.mechanism",
        "Accountability",
        "Unidos Riverbend says the department keeps promising better language access, but "
        "nothing holds it to that. Which step shares power with community organizers, as the "
        "guide describes?",
        (
            ("a", "Put two Unidos members on the panel that picks and oversees the "
             "department's language-access grants."),
            ("b", "Publish a yearly report, written by department staff, on how often "
             "interpreters were used."),
            ("c", "Send Unidos members a yearly survey asking how well the department is "
             "doing on language access."),
        ),
        {
            "a": "Community members who oversee grants help decide where money goes and can "
            "see whether promises are kept. The guide names this as one way to share power.",
            "b": "Reporting in public is a good habit, but staff still choose what to measure and "
            "what to do about it. The community gains no say.",
            "c": "Asking for views is a start, yet the department alone decides what to do with "
            "the answers. Nothing gives the organizers a hand in decisions.",
        },
        "8b064140dfe916c468f3",
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

"""Module 06 Build Narrative Power: practice checks and exercise 06.

Facts: the course design's summary of the guide's Build Narrative Power practice (DESIGN §4;
the guide's full page was not available) and the practice's one-line description in the
footer of the newer guide pages (Human Impact Partners, Health Equity Guide). Statements and
paragraphs are fictional (grader.domain.narrative); the rewrite rubric is the course's own
(grader.domain.press_rewrite). A statement is keyed by two digests: its kind and its narrative.
"""

from grader.checks.choice import ChoiceQuestion, choice_question
from grader.checks.narrative import statement_labels
from grader.checks.press_rewrite import press_rewrite
from grader.domain.narrative import EXERCISE_06, EXERCISE_PARAGRAPH, PRACTICE, PRACTICE_PARAGRAPH

choice_question(
    ChoiceQuestion(
        "06.frame",
        "Why framing matters",
        "A county report says: \"Obesity is rising because residents eat too much and move too "
        "little.\" The numbers in it are accurate. Why does the way it is framed still matter?",
        (
            ("a", "It does not: if the numbers are right, the framing is only a matter of tone"),
            ("b", "It puts the cause in people's behavior, so the fixes readers can picture are "
             "personal ones, and the conditions behind the problem, and structural fixes, drop out "
             "of view"),
            ("c", "It matters only for reports that go to elected officials"),
        ),
        {
            "a": "Accurate numbers can still tell very different stories. The frame decides what "
            "readers see as the problem, and so what fixes seem sensible.",
            "b": "A narrative shapes what people see as the problem and the fix. Framing health as "
            "driven by conditions, not only behavior, makes room for structural solutions.",
            "c": "Every public statement carries a narrative, whoever reads it: news releases, "
            "flyers, web pages and posts shape what residents see as the problem too.",
        },
        "db7bc5c30d9f293037d6",
    )
)

choice_question(
    ChoiceQuestion(
        "06.platform",
        "Using the department's platform",
        "Mill Flats Neighbors in Action is campaigning against the incinerator. A reporter asks "
        "your department why asthma is rising in Mill Flats. Which answer fits the Build Narrative "
        "Power practice?",
        (
            ("a", "A message written by the communications team alone, so the department stays "
             "neutral and does not mention the campaign"),
            ("b", "Advice on inhalers and keeping windows shut, since that is what the department "
             "controls"),
            ("c", "Name the pollution and the permit as drivers, say what structural change would "
             "help, and point to the neighbors' campaign, with wording agreed with the group "
             "beforehand"),
        ),
        {
            "a": "Working alone leaves out the people most affected. The practice asks departments "
            "to offer a transformative narrative built with power-building groups.",
            "b": "Personal advice can help, but on its own it tells an individual story and leaves "
            "the conditions, and the fix for them, unspoken.",
            "c": "The department uses its platform to name the conditions and a structural fix, and "
            "builds the story with the group that is organizing for it.",
        },
        "f9c27e1e9a93995a249a",
    )
)

statement_labels(
    "06.statements",
    "Dominant or transformative?",
    PRACTICE,
    {
        "P1": ("514a0b00c1c61c9edf9e", "9545b7f4e7f237084a72"),
        "P2": ("1e34faabce87bd2f1dd1", "8fdc36c5da6cc1095896"),
        "P3": ("e7bef7c22504a5c9113d", "135f24084981ebffb64b"),
        "P4": ("5bdf6c099ea445170955", "91d60835b856377187f6"),
        "P5": ("e0d6c1a0dcb6412b829f", "c226052efa4fdfa0e504"),
        "P6": ("f2bb00901b0d41b071cc", "12c9d937d910137e240c"),
    },
)

press_rewrite("06.rewrite", PRACTICE_PARAGRAPH)

# ---- exercise 06 (graded by nbgrader; the self-check confirms the answer's form only) ----

statement_labels(
    "ex06.statements",
    "Department statements, labeled",
    EXERCISE_06,
    {
        "E1": ("8b05cfd41fc769a6ab0a", "1dc1dd6048f9ca931313"),
        "E2": ("0056ba4b50cda350360e", "371d7893ff4ae2f06bf2"),
        "E3": ("06bad70a7e636de065cb", "3dc54bb281a375ae0154"),
        "E4": ("098694417b55e3e2444d", "8e1a80c53403c3880ad9"),
        "E5": ("9e1a0da6605200fdb0a9", "5a2e26fc45ba1fed236b"),
        "E6": ("bf42f4a20c56c526c01e", "009b440e0a86b2adf56f"),
        "E7": ("59014b95ed1478439380", "fe4231181029249647bc"),
    },
    graded=True,
)

press_rewrite("ex06.rewrite", EXERCISE_PARAGRAPH, graded=True)

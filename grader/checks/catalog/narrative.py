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
        "Dr. Helen Park, the Health Officer, wants a news release on rising type 2 diabetes out by "
        "Friday. Its figures are accurate. Its first line reads: \"Diabetes is rising because "
        "residents eat poorly and skip exercise.\" What do you do before Friday?",
        (
            ("a", "Send it as written: the figures are accurate, and a simple cause gives every "
             "resident something they can act on"),
            ("b", "Keep the figures, but rewrite the cause line to name conditions such as food "
             "prices and which stores are nearby"),
            ("c", "Delete the cause line and release the figures alone, so the department takes no "
             "position on why"),
        ),
        {
            "a": "Accurate figures can still tell a misleading story. A cause placed only in personal "
            "habits points readers to personal fixes and hides what shapes those habits.",
            "b": "The figures stay, and the cause now sits in daily conditions. Framing health as "
            "driven by conditions, not only behavior, opens room for structural solutions.",
            "c": "Figures with no stated cause do not stay neutral. Readers fill the gap with the "
            "common-sense story they already hold, and that story is usually about willpower.",
        },
        "db7bc5c30d9f293037d6",
    )
)

choice_question(
    ChoiceQuestion(
        "06.platform",
        "Using the department's platform",
        "A reporter asks why childhood asthma is rising in Mill Flats. Mill Flats Neighbors in Action "
        "is campaigning to close the incinerator there. A county commissioner has asked the "
        "department to stay neutral. What do you tell the reporter?",
        (
            ("a", "Give advice on inhalers and keeping windows shut, the part of asthma the "
             "department can control"),
            ("b", "Name the incinerator's emissions as a driver, in the department's own words, "
             "without involving any outside group"),
            ("c", "Say the department will not comment while the commissioners weigh the permit, "
             "so it takes no side"),
            ("d", "Name the emissions as a driver, using wording and a fix worked out beforehand "
             "with the neighbors' coalition"),
        ),
        {
            "a": "Personal advice can help a family, but on its own it tells an individual story. The "
            "air that children breathe, and what would change it, go unspoken.",
            "b": "Naming the emissions uses the department's voice well. A story told about Mill Flats "
            "without the people organizing there can still miss their words and their proposal.",
            "c": "Silence is not neutral: it leaves the usual story about personal care in place. The "
            "practice asks departments to name harmful narratives openly.",
            "d": "The department uses its platform to name a condition and a structural fix. It "
            "builds the story with the power-building group that is organizing for that fix.",
        },
        "54020e92a11ee1f1a7de",
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

"""Module 02 Support Community Power-Building: practice checks and exercise 02.

Facts: Support Community Power-Building (Human Impact Partners, Health Equity Guide); the
small-count rules of DESIGN §4; the Spectrum of Community Engagement to Ownership (Rosa
González, Facilitating Power, 2019). The safe tables are keyed cell by cell: each digest is
of what the cell should show, a count (or rate) or "suppressed".
"""

from grader.checks.accountability import accountability_plan
from grader.checks.choice import ChoiceQuestion, choice_question
from grader.checks.data_brief import safe_counts_table, safe_rates_table
from grader.checks.levers import lever_matches
from grader.domain.levers import EXERCISE_02, PRACTICE

NEIGHBORHOODS = ("Eastside", "Mill Flats", "North Bluff", "Riverside", "Southgate", "West End", "Total")
HOUSEHOLDS = ("families with children", "older adults", "other households", "Total")
GROUPS = ("Asian", "Black", "Latino", "White", "Total")

choice_question(
    ChoiceQuestion(
        "02.ally",
        "A strategic ally",
        "Unidos Riverbend is organizing for a tenant protection ordinance and asks the health "
        "department for help. Which response fits the role the guide gives the department?",
        (
            ("a", "Start the department's own tenant group, so staff can lead the campaign"),
            ("b", "Ask what the campaign needs, then share eviction data (with small counts hidden) "
             "and introduce its organizers to the housing agency"),
            ("c", "Say no: the campaign is political, so the department should keep out of it"),
        ),
        {
            "a": "The guide says it is not a government agency's job to build community power "
            "directly; the organizing belongs to the community group.",
            "b": "The department backs a campaign the community leads, with forms of power only "
            "government holds, such as its data and its relationships.",
            "c": "The guide accepts that this work is political and carries risk, and asks "
            "departments to manage that risk rather than step away.",
        },
        "2aedf5602e28467c0277",
    )
)

choice_question(
    ChoiceQuestion(
        "02.mutual",
        "Mutual benefit",
        "Why can supporting community power-building organizations be good for the health "
        "department too, according to the guide?",
        (
            ("a", "They can stand up for public health when it is attacked, and push for policy "
             "changes in ways staff inside government cannot"),
            ("b", "They will run the department's outreach programs for free"),
            ("c", "Working with them takes the political risk out of equity work"),
        ),
        {
            "a": "The guide names both: CPBOs can help protect governmental public health under "
            "attack, and can advocate where people inside government are limited.",
            "b": "The guide asks departments to support CPBOs' own campaigns, and other pages ask "
            "them to pay community members for their time, not to get free labour.",
            "c": "The guide says the risk has to be navigated and managed; partnership does not make it vanish.",
        },
        "61df1068eecaf65029f6",
    )
)

lever_matches(
    "02.levers",
    "Match goals to levers",
    PRACTICE,
    {
        "G1": ("04611270041982eac2cb",),
        "G2": ("05d6bc84caaecee9e2c2",),
        "G3": ("6b80617dad62c2c7fc91",),
        "G4": ("e094b27bc99aba070892",),
    },
)

safe_counts_table(
    "02.evictions_table",
    "Eviction filings, safe to share",
    {
        "Eastside / families with children": "c56f5cc1931878a2f86a",
        "Eastside / older adults": "c7fdcaa73ae2b6382dd6",
        "Eastside / other households": "d07a78cd4a35309ebdf2",
        "Eastside / Total": "a538b323dc34185bfd63",
        "Mill Flats / families with children": "af206592da984ab203f8",
        "Mill Flats / older adults": "758c4f4a18e1056f1080",
        "Mill Flats / other households": "30daa7c78b6404125877",
        "Mill Flats / Total": "60530cbd779dc91dbdbe",
        "North Bluff / families with children": "599df82a4ffd4c3c09b0",
        "North Bluff / older adults": "bb25fa4a1fc1bcc76372",
        "North Bluff / other households": "16431b34d9c26794137e",
        "North Bluff / Total": "b238fba99865b937986a",
        "Riverside / families with children": "a9b3b51abb26f6451286",
        "Riverside / older adults": "a54bfcde957004969608",
        "Riverside / other households": "c64f3268fad31b1bdc58",
        "Riverside / Total": "9707292d601fe47d8924",
        "Southgate / families with children": "2c82303cdbc99bc4916d",
        "Southgate / older adults": "4a2a910949496fc4e62d",
        "Southgate / other households": "e03b619b28542d4140f9",
        "Southgate / Total": "bbe0250c5c5a9ff1a90f",
        "West End / families with children": "e701a7d1b34ce55a84f4",
        "West End / older adults": "a2c778012c97a486eb5c",
        "West End / other households": "c3155693bcf5479a1278",
        "West End / Total": "34daa864e55958191b34",
        "Total / families with children": "29ab0f2207a0af3bf0c3",
        "Total / older adults": "0d52e94f3235e08dece1",
        "Total / other households": "fac76ff91335c6eb9869",
        "Total / Total": "44e5600a33d9a47943d2",
    },
    rows=NEIGHBORHOODS,
    columns=HOUSEHOLDS,
    row_key="neighborhood",
    column_key="household type",
)

accountability_plan("02.accountability")

# ---- exercise 02 (graded by nbgrader; the self-check confirms the answer's form only) ----

safe_counts_table(
    "ex02.safe_counts",
    "Asthma emergency visits, safe to share",
    {
        "Eastside / Asian": "90024013f80a78a72c55",
        "Eastside / Black": "24ec651be4f3d5312e8e",
        "Eastside / Latino": "37b83b21ea0382f14aaa",
        "Eastside / White": "b7792afaca64aa9fd1db",
        "Eastside / Total": "d4e723a0e12fe2229828",
        "Mill Flats / Asian": "31878f06566cd3783e16",
        "Mill Flats / Black": "75f34b8d140a4b47e1aa",
        "Mill Flats / Latino": "737773930894425b161f",
        "Mill Flats / White": "d05686e2edfa3ee838ca",
        "Mill Flats / Total": "9e073ad764396d8a7576",
        "North Bluff / Asian": "2707fe93ffe02aaf4dae",
        "North Bluff / Black": "dc95112543daed2e6590",
        "North Bluff / Latino": "470475a5084d850b65a3",
        "North Bluff / White": "139f4fdca8f01f04f6ed",
        "North Bluff / Total": "28c980b5cafe90909464",
        "Riverside / Asian": "92e58089091a01bfba18",
        "Riverside / Black": "372880aa7f3ca16de4ea",
        "Riverside / Latino": "9ae5904d2add73d2df85",
        "Riverside / White": "ebea8ecfe0d31e0d1796",
        "Riverside / Total": "44e3fb61935b9cf71e31",
        "Southgate / Asian": "8b40a1e60c1703dae26a",
        "Southgate / Black": "2b15197dd6a2e5aa63e6",
        "Southgate / Latino": "49d50611bb6ae6c00b20",
        "Southgate / White": "9ca06f8154d84f1694e1",
        "Southgate / Total": "07ea6e642b28c34718be",
        "West End / Asian": "1dd394df3d81d4cb336f",
        "West End / Black": "87e7f0f4d0be8196b42f",
        "West End / Latino": "a8394f0ecfa91e29d333",
        "West End / White": "c3502a63d12d0c451310",
        "West End / Total": "c93ff683b5ffa4eb7965",
        "Total / Asian": "7572236a3430bbf34336",
        "Total / Black": "e21840a0bd88f8273ff3",
        "Total / Latino": "0d1e0eb2f426073c8bda",
        "Total / White": "9f3631a596f94eb3e4b9",
        "Total / Total": "61197652743a35e49d69",
    },
    rows=NEIGHBORHOODS,
    columns=GROUPS,
    row_key="neighborhood",
    column_key="group",
    graded=True,
)

safe_rates_table(
    "ex02.safe_rates",
    "Asthma emergency visit rates per 1,000 residents",
    {
        "Eastside / Asian": "fcd6d8dc890a422d8f26",
        "Eastside / Black": "ab8b7e6c4ddd81a5a66e",
        "Eastside / Latino": "50b3f59b183cef705b3c",
        "Eastside / White": "3767d146975996c42c30",
        "Eastside / Total": "854fbc3e472a0dcb2d87",
        "Mill Flats / Asian": "2ac0b04b05e9496b61e6",
        "Mill Flats / Black": "108e33ee8e92707bca44",
        "Mill Flats / Latino": "c9d7f442bb95d0b04a72",
        "Mill Flats / White": "0da741f61e108eedc67c",
        "Mill Flats / Total": "11235df6a936c985ab80",
        "North Bluff / Asian": "474a654c1d326697c698",
        "North Bluff / Black": "91745b95c875b13488d8",
        "North Bluff / Latino": "e9efa0474bfe62aa70fa",
        "North Bluff / White": "b88b0304d385ff2ff0d0",
        "North Bluff / Total": "1b09cf4710f619f4f33a",
        "Riverside / Asian": "bad920b212c5d5ccf196",
        "Riverside / Black": "0615b2eff1e50b082cee",
        "Riverside / Latino": "d2f92822f2953be49253",
        "Riverside / White": "36cecf10efa8167ce19f",
        "Riverside / Total": "3caa656beb89dd49c127",
        "Southgate / Asian": "5a00328faa0a42428746",
        "Southgate / Black": "96a80fa3a571c7030d7b",
        "Southgate / Latino": "13563978dee72168f753",
        "Southgate / White": "6bd6de636a33d46a0e0a",
        "Southgate / Total": "81910871f7eb3d8d9b8a",
        "West End / Asian": "046e8aa122d3b213c935",
        "West End / Black": "1945313212b3963bf226",
        "West End / Latino": "e62d02df8a63d3a2e2aa",
        "West End / White": "03473aaa06c4161d46bb",
        "West End / Total": "881a48e9ab1dce7b0093",
        "Total / Asian": "6680d71335cbb28f1c55",
        "Total / Black": "623788d2607d240a413f",
        "Total / Latino": "3d643a888f1ba36b7366",
        "Total / White": "e246996a72628e9c4e14",
        "Total / Total": "a310c2f7ffd7f268b494",
    },
    rows=NEIGHBORHOODS,
    columns=GROUPS,
    row_key="neighborhood",
    column_key="group",
    per=1_000,
    graded=True,
)

accountability_plan("ex02.plan", graded=True)

lever_matches(
    "ex02.levers",
    "Goals matched to levers",
    EXERCISE_02,
    {
        "E1": ("a85a3aa3950a345fba27",),
        "E2": ("18299d6899bcb7b84fb1",),
        "E3": ("eb897b957b9134794636",),
        "E4": ("8a7f9a8916cd9a020d3a",),
        "E5": ("9961959200e28818dab7", "d29251f4b1b4407aa7ca"),
        "E6": ("e841681a0dd51c7c7ac2", "5b5a6d93b50ce904bfa3"),
    },
    graded=True,
)

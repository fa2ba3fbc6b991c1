"""Module 02 Support Community Power-Building: practice checks and exercise 02.

Facts: Support Community Power-Building (Human Impact Partners, Health Equity Guide); Build
Strategic Partnerships (follow the agency's rules on engaging elected officials, for 02.ally); the
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
        "Eastside Tenants Union is campaigning for just-cause eviction protections, which bar "
        "evictions without a good reason. It asks the health department to speak at its rally "
        "against a county commissioner who opposes the protections. Which response fits the role "
        "the guide gives the department?",
        (
            ("a", "Speak at the rally against the commissioner, since the union leads and the "
             "department should follow its lead."),
            ("b", "Keep away from the campaign entirely until the dispute with the "
             "commissioner is settled."),
            ("c", "Check agency rules on elected officials, skip the rally, and give the union "
             "eviction data it can use."),
        ),
        {
            "a": "Following the union's lead is right in spirit, but attacking an official in "
            "public can break the rules staff work under. Groups outside government can say "
            "things staff cannot.",
            "b": "Stepping away avoids friction now, but it leaves tenants without help the "
            "department could give. The guide asks departments to manage the risk of this "
            "work, not avoid it.",
            "c": "The department stays within the limits on staff and still backs the campaign "
            "with something only it holds. The union speaks for itself in ways government "
            "cannot.",
        },
        "07fd1261437b19a5d15c",
    )
)

choice_question(
    ChoiceQuestion(
        "02.mutual",
        "Mutual benefit",
        "A commissioner wants to cut the department's air quality team, and your grant bars "
        "staff from lobbying. The health officer asks whether backing Youth Voices for Clean "
        "Air is worth the political risk. What does the guide say the department can gain?",
        (
            ("a", "Youth Voices can take on the department's outreach work at low cost, which "
             "eases the strain of the cut."),
            ("b", "Youth Voices can defend public health's role and press for policy in ways "
             "staff cannot."),
            ("c", "Siding with a well-liked youth group makes equity work safe from political "
             "attack."),
        ),
        {
            "a": "Cheaper outreach might help the budget, but it treats the group as free staff. "
            "The guide asks departments to back a group's own goals and to pay people for their "
            "time.",
            "b": "Groups outside government can speak up when public health is attacked and "
            "advocate where staff are restricted. The guide counts this as a benefit to both "
            "sides.",
            "c": "A popular partner may soften attacks, but the guide never says the risk goes "
            "away. It says the risk has to be navigated and managed.",
        },
        "4137626ce11473b68229",
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
        "Eastside / Black": "9578e36d4af0e91ec4ed",
        "Eastside / Latino": "24c012678908af95a495",
        "Eastside / White": "b7792afaca64aa9fd1db",
        "Eastside / Total": "ecfc6fa66e8475304825",
        "Mill Flats / Asian": "31878f06566cd3783e16",
        "Mill Flats / Black": "934eed71dfd0d87e05b1",
        "Mill Flats / Latino": "7a4ea6c269175642e20b",
        "Mill Flats / White": "d05686e2edfa3ee838ca",
        "Mill Flats / Total": "0ffcd257eb96cbe8ee5b",
        "North Bluff / Asian": "e356a461a17e9ac7b3d2",
        "North Bluff / Black": "4fb017485b9f6eb6eced",
        "North Bluff / Latino": "9109fb22b504b6ed2fdc",
        "North Bluff / White": "4ab6fd549e9fbcd68349",
        "North Bluff / Total": "1b3b56abfebb57c91d6e",
        "Riverside / Asian": "92e58089091a01bfba18",
        "Riverside / Black": "b361c6c830293c12a3a4",
        "Riverside / Latino": "b1d5f60c73850a3bde3b",
        "Riverside / White": "44a790f0c1892a988431",
        "Riverside / Total": "42f65921eaaec1bb2445",
        "Southgate / Asian": "8b40a1e60c1703dae26a",
        "Southgate / Black": "87704f1cec01cef4d10a",
        "Southgate / Latino": "49d50611bb6ae6c00b20",
        "Southgate / White": "9ca06f8154d84f1694e1",
        "Southgate / Total": "6f07e79df3439382341e",
        "West End / Asian": "1dd394df3d81d4cb336f",
        "West End / Black": "0e97acd6f85373d470bb",
        "West End / Latino": "013efbc6247778cea10b",
        "West End / White": "f0cb2b1ca0fb427af50e",
        "West End / Total": "ee7ec9412429e5a8279b",
        "Total / Asian": "40b4a4ac4110224eeced",
        "Total / Black": "0d659a5b0ac725aecaef",
        "Total / Latino": "ceda437a012daaa1678d",
        "Total / White": "c122bf86e493a91dad73",
        "Total / Total": "bab911f59822ce7de673",
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
        "Eastside / Black": "a59d89786acb55416371",
        "Eastside / Latino": "1d20de6177c3f75ff9f5",
        "Eastside / White": "3767d146975996c42c30",
        "Eastside / Total": "871b9bfb4dc7f1ee59ee",
        "Mill Flats / Asian": "2ac0b04b05e9496b61e6",
        "Mill Flats / Black": "7501b817a80192f57ee2",
        "Mill Flats / Latino": "3e37bcb7d6c00c6121ac",
        "Mill Flats / White": "0da741f61e108eedc67c",
        "Mill Flats / Total": "c1140dbec868708af2f0",
        "North Bluff / Asian": "45f452a5ceb6fddd87e2",
        "North Bluff / Black": "d48de61b3d9ed4942175",
        "North Bluff / Latino": "aa0347851dd78c60f7d9",
        "North Bluff / White": "7922cdf8e6571311bb14",
        "North Bluff / Total": "1b09cf4710f619f4f33a",
        "Riverside / Asian": "bad920b212c5d5ccf196",
        "Riverside / Black": "197e07c4f941f1012a2d",
        "Riverside / Latino": "e44b4bb0d429e0ff0d4e",
        "Riverside / White": "2ac901dcd90e64721285",
        "Riverside / Total": "edbafab2b79a193cf8bc",
        "Southgate / Asian": "5a00328faa0a42428746",
        "Southgate / Black": "d85a1c5bbcdf47601760",
        "Southgate / Latino": "84b86bedafb6c76b8b1b",
        "Southgate / White": "6bd6de636a33d46a0e0a",
        "Southgate / Total": "c8920b1ba46e126441fe",
        "West End / Asian": "046e8aa122d3b213c935",
        "West End / Black": "ac13ebf76994c653eec4",
        "West End / Latino": "fbf74e118978790e9b74",
        "West End / White": "6c7ba214331f35b8db39",
        "West End / Total": "8f5b576b15c6ad669dcd",
        "Total / Asian": "11a308f72d43ee9fff9c",
        "Total / Black": "50f585db2a3c3a727154",
        "Total / Latino": "eb1fdf624e72b2dcd909",
        "Total / White": "24b26d6aa81537704880",
        "Total / Total": "4ff8eed4fc3198379463",
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

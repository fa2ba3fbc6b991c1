"""Module 07 Mobilize Data and Research: practice checks and exercise 07.

Facts: Mobilize Data and Research, a strategic practice of the Health Equity Guide (Human
Impact Partners), as summarized in the course design (DESIGN §4), since the guide's full
page was not available; Build Community Alliances, Share Power with Communities and
Support Community Power-Building (Human Impact Partners); the small-count rules of
DESIGN §4; the CARE Principles for Indigenous Data Governance (Global Indigenous Data
Alliance / Research Data Alliance, 2019): Authority to control belongs to the people the data
describe and the governing bodies they choose, not to whoever asks. The Riverbend data
is synthetic. Keys are digests; the plain answers are in tests/support/keys_07.py.
"""

from grader.checks.choice import ChoiceQuestion, choice_question
from grader.checks.data_brief import safe_counts_table
from grader.checks.data_sharing import Request, care_decisions
from grader.checks.disparities import breakdown_table, ratio_series
from grader.checks.resident_charts import resident_chart

GROUPS = ("American Indian or Alaska Native", "Asian", "Black", "Latino",
          "Native Hawaiian or Pacific Islander", "White")
INCOMES = ("higher income", "lower income", "middle income")
NEIGHBORHOODS = ("Eastside", "Mill Flats", "North Bluff", "Riverside", "Southgate", "West End", "Total")

choice_question(
    ChoiceQuestion(
        "07.asset",
        "Data as an asset",
        "Mill Flats Neighbors in Action is campaigning for shade trees and cooling centers. It asks "
        "for heat data before a city council hearing in two weeks. The department's full heat report "
        "is six months away. What do you send?",
        (
            ("a", "Heat-illness rates by neighborhood and income now, small counts hidden, and a "
             "question: what should we track?"),
            ("b", "The countywide heat-illness rate now: it is quick, and it has no small counts that "
             "need hiding"),
            ("c", "Nothing yet: the full report in six months, so that every figure the group uses "
             "has been checked"),
        ),
        {
            "a": "Broken-down rates show who carries the burden, hidden small counts keep residents "
            "safe, and asking what to track lets the community choose its own indicators.",
            "b": "One figure for the whole county is quick and safe. But it can hide the places where "
            "heat illness is worst, and those are what the hearing is about.",
            "c": "Careful review matters, but figures that arrive after the hearing cannot help the "
            "campaign. The practice asks departments to put data to work for communities' own efforts.",
        },
        "5ab4d5e9bb89344c7237",
    )
)

choice_question(
    ChoiceQuestion(
        "07.small_numbers",
        "Small numbers, honestly",
        "Native Hawaiian or Pacific Islander residents had 2 hospital stays for diabetes among 460 "
        "people, a rate of 43.5 per 10,000. A council aide wants \"2.7 times the rate for White "
        "residents\" in tomorrow's press release. What do you do?",
        (
            ("a", "Use the ratio as the aide asks, and add a footnote saying it rests on only two "
             "hospital stays among 460 people"),
            ("b", "Leave the group out of the release without comment, since two stays are too few "
             "to matter"),
            ("c", "Show no figure for the group, and say why: too few stays to report, which is not "
             "a sign of good health"),
        ),
        {
            "a": "A footnote cannot steady the rate. A rate built on two stays can swing widely by "
            "chance, and a count this small could point to real people.",
            "b": "Dropping the group silently reads as if all is well for it. A small count tells you "
            "the group is small; it tells you nothing about its health.",
            "c": "Counts from 1 to 10 and their rates stay hidden, and no ratio rests on an unstable rate. "
            "Readers learn why the gap is there, so they do not read it as good news.",
        },
        "05b9600ce2ac54bb4ceb",
    )
)

choice_question(
    ChoiceQuestion(
        "07.cbpr",
        "Research with the community",
        "The department has a small grant to study heat in Eastside homes with the Eastside Tenants "
        "Union. Which plan is community-based participatory research?",
        (
            ("a", "Staff write the survey, union members carry it door to door, and staff analyze "
             "and publish the results"),
            ("b", "Members and staff pick the questions, members collect and help analyze answers, "
             "and both decide on their use"),
            ("c", "Staff hold four focus groups with union members, paid for their time, and ask them "
             "to comment on a draft report"),
        ),
        {
            "a": "Members do the legwork, but staff alone shape the survey, read the results and "
            "control where they go. Collecting data is one stage of research, not a share in all of it.",
            "b": "Residents share every stage, from the questions to what happens with the findings. "
            "That shared control makes research participatory, and it builds residents' own capacity.",
            "c": "Paying people and asking for comments is respectful, and it is consultation: "
            "residents react to a study that staff shaped and own.",
        },
        "56f1bbae91b0af30be0a",
    )
)

breakdown_table(
    "07.by_income",
    "Diabetes hospital stays by income",
    {
        "higher income / stays": "2b79b64431dfe8153227",
        "higher income / population": "97e344649bc97ce2fb25",
        "higher income / rate": "023312a5a5dff46d57a1",
        "lower income / stays": "b284acfb2fe5cb0dca8e",
        "lower income / population": "45db2613a062579317c6",
        "lower income / rate": "89e3c182522900e8c592",
        "middle income / stays": "5e0554ad30ee0516e579",
        "middle income / population": "2be8dc383e8d3a3c6872",
        "middle income / rate": "4b0b5117936343e34979",
    },
    groups=INCOMES,
    key="income",
    count="stays",
    denominator="population",
    per=10_000,
)

ratio_series(
    "07.race_ratios",
    "Disparity ratios for diabetes stays",
    table="diabetes_hospital_stays",
    groups=GROUPS,
    key="race_ethnicity",
    count="stays",
    denominator="population",
)

resident_chart(
    "07.income_chart",
    "Diabetes stays by income, for residents",
    ("6ae547363d04008a8b18", "2360f55658e43b56ffcb"),
    what_reference="the rate for all residents, or for the higher-income group",
)

care_decisions(
    "07.requests",
    "Requests for diabetes data",
    (
        Request(
            "P1", "Youth Voices for Clean Air",
            "Hospital stays for diabetes by neighborhood and income group, small counts hidden, for "
            "its campaign for a grocery store and safe walking routes in Mill Flats. Its members chose "
            "the question and will go over the figures together. The table covers residents across the "
            "county and shows no race or ethnicity. A county rule passed by the elected Board of County "
            "Commissioners allows sharing such tables, and no other body residents chose has asked to "
            "decide first.",
            "Asking gives the group no say over the data: that belongs to the residents it describes "
            "and the bodies they chose. Here the commissioners residents elected allow it and no other "
            "such body has asked to decide; the residents gain from the campaign, and with small counts hidden, nothing points "
            "to a person.",
            "Go through the four CARE questions one at a time. For Authority to control, ask who the "
            "figures describe, not who is asking. Does any question get a clear no here?",
        ),
        Request(
            "P2", "A marketing firm for a soft-drink company",
            "Diabetes figures by race/ethnicity and neighborhood, to decide where to put up billboards "
            "for a high-sugar drink.",
            "This use would harm the very residents the data is about, and they gain nothing from it.",
            "Who gains from this use, and could it harm the people the data describes?",
        ),
        Request(
            "P3", "The department's own diabetes program",
            "The diabetes figures for American Indian and Alaska Native residents, for a grant "
            "application. The Riverbend Native Health Council, which Native residents chose to speak "
            "for them on health data, has asked that any such use come to it first. Nobody has asked it.",
            "The community named who decides about its data, and that body has not been asked. Even "
            "the department's own good purpose needs its agreement first.",
            "Who has said they decide how this data is used, and have they agreed?",
        ),
        Request(
            "P4", "The department's epidemiology team",
            "To publish the diabetes-care survey that Southgate Families United helped collect. The "
            "group agreed to publication, but there is no plan to tell it where the results go or what "
            "came of them.",
            "The group agreed, but nobody will report back to it on how its data was used.",
            "The group said yes. What does the department still owe it after the data is in use?",
        ),
    ),
    {
        "P1": ("c3da59affa064f6c3c4b",),
        "P2": ("c3631af52d12410f5192", "9164d0d9ba3bc6357288"),
        "P3": ("d847364bf268b92e6810",),
        "P4": ("0e129d30501108f55a8d",),
    },
)

# ---- exercise 07 (graded by nbgrader; the self-check confirms the answer's form only) ----

breakdown_table(
    "ex07.by_race",
    "Heat-illness visits by race/ethnicity",
    {
        "American Indian or Alaska Native / visits": "81e46fc6f7801ecd32db",
        "American Indian or Alaska Native / population": "7a8aabfcff014fd2e038",
        "American Indian or Alaska Native / rate": "16eed7665345b0a0ca97",
        "Asian / visits": "480e64cd509f67d71a75",
        "Asian / population": "df182059a743594c8ee4",
        "Asian / rate": "455506bc2134f53a84c6",
        "Black / visits": "d0b6212d6b8b2827b3da",
        "Black / population": "5fd2d6d2e6b7b31d1015",
        "Black / rate": "6a8c391790959825ec30",
        "Latino / visits": "74a401f4596c382ef871",
        "Latino / population": "0c847739cebf60c68da1",
        "Latino / rate": "f99d4a41b2b0c2e5a64e",
        "Native Hawaiian or Pacific Islander / visits": "1ec44e5965a79d62a59d",
        "Native Hawaiian or Pacific Islander / population": "ba1cf2938924fe15fc4a",
        "Native Hawaiian or Pacific Islander / rate": "2f3d72dae95c6e8df802",
        "White / visits": "44adf9c7f33e5728f645",
        "White / population": "b37aea4cdcd279e89bfd",
        "White / rate": "89dba4cd312f98b51198",
    },
    groups=GROUPS,
    key="race_ethnicity",
    count="visits",
    denominator="population",
    per=10_000,
    graded=True,
)

ratio_series(
    "ex07.ratios",
    "Disparity ratios for heat-illness visits",
    table="heat_illness_visits",
    groups=GROUPS,
    key="race_ethnicity",
    count="visits",
    denominator="population",
    graded=True,
)

care_decisions(
    "ex07.requests",
    "Requests for heat data",
    (
        Request(
            "R1", "Riverbend Worker Center",
            "Heat-illness visits by neighborhood and income group, with small counts hidden, for its "
            "campaign for water, shade and rest breaks for outdoor workers. Its members will go over "
            "the figures together at their meetings. The table covers residents across the county and "
            "shows no race or ethnicity. A county rule passed by the elected Board of County Commissioners "
            "allows sharing such tables, and no other body residents chose has asked to decide first.",
            "Asking gives the center no say over the data: that belongs to the residents it describes "
            "and the bodies they chose. Here the commissioners residents elected allow it and no other "
            "such body has asked to decide; residents who work outdoors gain from the campaign, and with small counts hidden, "
            "nothing points to a person.",
            "Go through the four CARE questions one at a time. For Authority to control, ask who the "
            "figures describe, not who is asking. Does any question get a clear no here?",
        ),
        Request(
            "R2", "A state research team",
            "Heat-illness figures for American Indian and Alaska Native residents by neighborhood, for "
            "a study due next week. The Riverbend Native Health Council, which Native residents chose to "
            "speak for them on health data, has asked that such requests come to it first. The team has "
            "not contacted the council.",
            "The community named who decides about its data, and that body has not agreed.",
            "Who has said they decide how this data is used, and have they agreed?",
        ),
        Request(
            "R3", "A university team",
            "The heat-at-home survey that Eastside Tenants Union members designed and collected. The "
            "union agreed to share it and the team will send the union its paper, but the study answers "
            "only the team's own question about air-conditioner sales. The union wanted help making the "
            "case for cooling centers, which the study will not look at.",
            "The union agreed and will hear what happened, but the use serves the researchers' question, "
            "not the community's.",
            "The union said yes and will get the paper. Who gains from the study's question?",
        ),
        Request(
            "R4", "The department's climate and health team",
            "To use the stories about heat at home that Unidos Riverbend gathered from families, which "
            "Unidos agreed may go into the county heat plan. There is no plan to tell Unidos where the "
            "stories are used, or to show the group the plan before it is published.",
            "Unidos agreed to the use, but nobody will report back to it or answer to it for how the "
            "stories are used.",
            "Unidos said yes. What does the department still owe it once the stories are in use?",
        ),
        Request(
            "R5", "A local news website",
            "The heat-illness rate for Latino residents of Mill Flats, for a story that blames families "
            "for \"not running their air conditioners\".",
            "The story would stigmatize the residents the data describes and hide the conditions behind "
            "the numbers, such as heat-trapping streets and housing.",
            "How would the residents this data describes be seen after the story runs?",
        ),
    ),
    {
        "R1": ("6e2aa074553d12c722c7",),
        "R2": ("e3fbcd7954f625fe81f4",),
        "R3": ("48c36d3a228cee19c59e",),
        "R4": ("0e9679eba529b435766d",),
        "R5": ("1c2bdfdbb1584623f152",),
    },
    graded=True,
)

safe_counts_table(
    "ex07.shared",
    "Heat-illness visits by neighborhood and income, safe to share",
    {
        "Eastside / higher income": "921415a7f064b900eb92",
        "Eastside / lower income": "32b17dc864647881178a",
        "Eastside / middle income": "1a2c3f5b7c57e2fc382c",
        "Eastside / Total": "06a6702af1fa43eb9eda",
        "Mill Flats / higher income": "8252542495e50457c564",
        "Mill Flats / lower income": "b505e192e3d7cd03109b",
        "Mill Flats / middle income": "83b9c3afeda575ba617a",
        "Mill Flats / Total": "6d6ea113e45cdd96bc16",
        "North Bluff / higher income": "0f8a7eb968d85f161557",
        "North Bluff / lower income": "540e4ae098883cfb8354",
        "North Bluff / middle income": "665a68e7b25407a57dd4",
        "North Bluff / Total": "c4d0d09fdf744629d9e3",
        "Riverside / higher income": "2a0a9d2b20d253ff3b29",
        "Riverside / lower income": "b98d8071f5def295af58",
        "Riverside / middle income": "4575010bf06d94e9a5f0",
        "Riverside / Total": "dd394a28b05e54f5256f",
        "Southgate / higher income": "a69c5ef4034a9954c952",
        "Southgate / lower income": "9e837d4ef6476495e23c",
        "Southgate / middle income": "42eb6de213226d34bf79",
        "Southgate / Total": "9030df6fb49ae2867e15",
        "West End / higher income": "a7519b0d883253860f04",
        "West End / lower income": "8cea2ebbec548fdacd4d",
        "West End / middle income": "9e543ad8cfc43a90d0bd",
        "West End / Total": "f2eab53426524effd65c",
        "Total / higher income": "89e45d711472b76b9c51",
        "Total / lower income": "ab04b8640b55c25369c8",
        "Total / middle income": "24168433143f5fbfc3dc",
        "Total / Total": "145eb0c44bb2e47992e1",
    },
    rows=NEIGHBORHOODS,
    columns=(*INCOMES, "Total"),
    row_key="neighborhood",
    column_key="income group",
    max_points=4.0,
    graded=True,
)

resident_chart(
    "ex07.plot",
    "A chart residents can read",
    ("0f787b0a2b8621629be0",),
    what_reference="the rate for the whole county",
    graded=True,
)

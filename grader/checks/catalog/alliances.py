"""Module 04 Build Community Alliances: practice checks and exercise 04.

Facts: Build Community Alliances (Human Impact Partners, Health Equity Guide, last updated
June 28, 2017); Support Community Power-Building (Human Impact Partners). The Riverbend
indicators are synthetic.
"""

from grader.checks.alliance_plan import alliance_plan
from grader.checks.charts import chart_with_target
from grader.checks.choice import ChoiceQuestion, choice_question
from grader.checks.indicators import shares_by_item

choice_question(
    ChoiceQuestion(
        "04.who_leads",
        "Forms of alliance",
        "Unidos Riverbend has brought tenants, parents and two clinics together in a "
        "language-access coalition. The coalition sets its own agenda and meets every month, "
        "with no written agreement. It invites your department to join as one member among "
        "many. Is this the kind of alliance the guide describes?",
        (
            ("a", "No: an alliance only counts when the health department leads it"),
            ("b", "No: an alliance needs a formal written agreement"),
            ("c", "Yes: alliances can be formal or informal, and led by the community as well "
             "as by the department"),
        ),
        {
            "a": "The guide describes alliances led by communities as well as ones led by the "
            "department; joining as one member is still taking part.",
            "b": "The guide says alliances can be formal or informal: a written agreement is one "
            "option, not a condition.",
            "c": "Formal or informal, led by the department or by the community: each kind can "
            "raise awareness, push for policy and systems change and keep the work accountable.",
        },
        "3c96b84c0c921333286b",
    )
)

choice_question(
    ChoiceQuestion(
        "04.base",
        "A base of support",
        "A county commissioner asks why the department works on housing, which \"is not public "
        "health\". Which response draws on a base of community support as the guide describes?",
        (
            ("a", "Tenant leaders who have worked with the department choose to tell the "
             "commissioner, in their own words, how housing shapes their health and why they "
             "want the department involved"),
            ("b", "The health officer asks partners to stay out of it so the department can "
             "handle it quietly"),
            ("c", "The department pauses its housing work until the commissioner's term ends"),
        ),
        {
            "a": "Community members who speak up for the work show officials that the public "
            "wants it; the decision to speak stays with them.",
            "b": "Handling it alone gives up the support the guide describes, and takes the "
            "choice to speak away from the people most affected.",
            "c": "Stepping back may avoid conflict now, but the guide sees alliances as a way to "
            "keep equity work going when it is questioned.",
        },
        "8afe4b584605f5bd11ac",
    )
)

choice_question(
    ChoiceQuestion(
        "04.stages",
        "Voices in every stage",
        "Riverbend is starting a program to reduce childhood asthma. Which plan includes the "
        "voices of families facing asthma inequities in all stages, as the guide asks?",
        (
            ("a", "Staff design the program, then open a public comment period on the draft"),
            ("b", "Paid parent leaders help choose the goals and the measures of progress, shape "
             "the design, share in decisions and help evaluate the results"),
            ("c", "Families answer a survey at the start, then staff take it from there"),
        ),
        {
            "a": "Comments on a finished draft come at one stage only, and late: families cannot "
            "shape the goals or judge the results.",
            "b": "Families take part from choosing goals and measures through to evaluation, "
            "and their time is paid for.",
            "c": "A survey hears from families once, at the start; the guide asks for their "
            "voices in every stage, evaluation included.",
        },
        "1acd72e38f5555f29b3b",
    )
)

shares_by_item(
    "04.progress_2022",
    "Progress by 2022",
    {
        "I1": "04d64a4355485ea7a3b9",
        "I2": "5779942539ef6752f063",
        "I3": "8daa39c87d2fb15bbd9e",
        "I4": "56532be4498c71835a35",
        "I5": "7d8d3c0e60c68cc8e208",
        "I6": "10ad3336433dd12b8bee",
        "I7": "df81fd65384f823189c9",
        "I8": "863befcad80aaff73b4b",
    },
    key_column="indicator_id",
    value_column="progress",
    hint="Use the 2022 value: (value - baseline) / (target - baseline), with the baseline and "
    "target from community_indicators.",
)

chart_with_target("04.trend_plot", "Lead pipes chart", targets=(60.0,))

alliance_plan("04.alliance_plan")

# ---- exercise 04 (graded by nbgrader; the self-check confirms the answer's form only) ----

shares_by_item(
    "ex04.progress",
    "Progress toward the community's targets",
    {
        "I1": "db1f72686ede20dba0c3",
        "I2": "fb82ac8dd3764b0fe2b0",
        "I3": "e08f3d52f42caad5a6b4",
        "I4": "23fbece96a5c136c4a98",
        "I5": "b808e7880b187febfe03",
        "I6": "c8329ab47fd380162187",
        "I7": "26eb63c0e74b694d7ea7",
        "I8": "c11edce8dd81d2e1ea44",
    },
    key_column="indicator_id",
    value_column="progress",
    hint="Use each indicator's value in the latest year: (value - baseline) / (target - baseline).",
    max_points=4.0,
    graded=True,
)

chart_with_target("ex04.plot", "Progress chart", max_points=4.0, graded=True)

alliance_plan("ex04.alliance_plan", max_points=3.0, graded=True)

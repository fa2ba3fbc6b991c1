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
        "Unidos Riverbend has brought tenants, parents and clinics together in a "
        "language-access coalition. The coalition sets its own agenda and meets monthly, with no "
        "written agreement. It invites your department to join as one member among many. A "
        "manager has doubts. Which view fits the guide?",
        (
            ("a", "Join as one member: an alliance can be informal and led by the community, "
             "not the department."),
            ("b", "Join only if the department can co-chair, so that public health has a firm "
             "say in the agenda."),
            ("c", "Join only once the coalition signs a written agreement that sets out each "
             "member's role."),
        ),
        {
            "a": "The guide describes alliances of both kinds, formal or not, led by either "
            "side. Joining one that community members lead still raises awareness and pushes "
            "for change.",
            "b": "A seat at the head of the table can feel safer, but it asks the community to "
            "hand over leadership it already holds. The guide does not make that a condition.",
            "c": "A signed document can help later, yet the guide treats it as one choice among "
            "several. Waiting for one could cost the trust the invitation shows.",
        },
        "535a15ece417a92fe1b0",
    )
)

choice_question(
    ChoiceQuestion(
        "04.base",
        "A base of support",
        "A county commissioner says housing \"is not public health\" and wants the department's "
        "housing work dropped. A hearing is set for next week. Which response builds on a base of "
        "community support as the guide describes it?",
        (
            ("a", "Ask Eastside Tenants Union to send members to the hearing with talking points "
             "the department wrote."),
            ("b", "Tell tenant partners about the hearing; those who choose to speak say, in their "
             "own words, why it matters."),
            ("c", "Send the commissioner a fact sheet with the department's data on housing and "
             "health, and skip the hearing."),
        ),
        {
            "a": "Support from tenants carries weight, but scripted support turns them into the "
            "department's messengers. Speaking up carries risk for them, so what they say has to "
            "be theirs.",
            "b": "Residents who speak for the work show officials that the public wants it. The "
            "choice to speak, and what to say, stays with the people who carry the risk.",
            "c": "Data can inform the commissioner, but a fact sheet alone shows no public "
            "demand. The guide's point is that residents' own support can widen what the "
            "department may do.",
        },
        "a07cb0f61d4a91d2aaa8",
    )
)

choice_question(
    ChoiceQuestion(
        "04.stages",
        "Voices in every stage",
        "Riverbend is starting a program to reduce childhood asthma, with a tight first-year "
        "budget. Which plan includes the voices of families facing asthma inequities in all "
        "stages, as the guide asks?",
        (
            ("a", "Staff design the program, then hold a public comment period on the whole "
             "draft before it starts."),
            ("b", "Families answer a survey at the start, and staff design, run and evaluate the "
             "program from there."),
            ("c", "Paid parent leaders help set the goals and measures, shape the design and "
             "judge the results."),
        ),
        {
            "a": "Comment on a full draft comes late and only once, when the main choices are "
            "made. Families never help decide what success means or look back at how it went.",
            "b": "A survey hears from families once, at the very beginning. After that, every "
            "choice, including how to judge the program, is made without them.",
            "c": "Families take part from the first choices through the last review, and their "
            "time is paid for. That is what including them in every stage looks like.",
        },
        "7ab36b886aef7dc58fb5",
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

alliance_plan("ex04.alliance_plan", max_points=4.0, graded=True)

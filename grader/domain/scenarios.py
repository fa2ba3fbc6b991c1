"""Partner scenarios to place on the engagement spectrum.

Each scenario says what a department does with a community; the learner decides which
level of the spectrum it reaches. The right level is not stored here: checks hold only
its digest. ``evidence`` (shown when a placement holds up) and ``hint`` (shown when it
does not) never name the level. Riverbend County and its groups are fictional.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Scenario:
    id: str
    partner: str
    text: str
    evidence: str
    hint: str


ORIENTATION = (
    Scenario(
        "O1",
        "Riverside Neighborhood Association",
        "The department mails every household a fact sheet about the new clinic hours "
        "and presents them at the association's monthly meeting.",
        "Information flows one way, from the department to residents.",
        "Ask: can residents change anything here, or are they only being told?",
    ),
)

EXERCISE_00 = (
    Scenario(
        "X1",
        "Riverbend residents",
        "The department opens a public comment period on its new strategic plan, reads "
        "every comment, and then publishes the plan it had already drafted.",
        "Comments are invited, but the department alone decides whether anything changes.",
        "Ask: residents were asked, but did they shape or share the decision?",
    ),
)

PRACTICE = (
    Scenario(
        "P1",
        "West End residents",
        "The department posts a fact sheet about a new vaccination schedule and holds "
        "an open house to present it.",
        "Residents receive information; nothing they say is asked for or used.",
        "Ask: is anyone being asked for an opinion, or only told what was decided?",
    ),
    Scenario(
        "P2",
        "Riverbend Food Bank clients",
        "Before finishing its food-access plan, the department runs an online survey and "
        "two focus groups, then writes the plan on its own.",
        "Opinions are gathered, but the department alone decides what to do with them.",
        "Ask: who writes the plan after people have given their views?",
    ),
    Scenario(
        "P3",
        "Eastside Tenants Union",
        "The department signs an MOU with the Tenants Union. The union co-leads the "
        "housing and health planning group and decides, with the department, how part of "
        "the budget is spent.",
        "Decisions and money are shared under a written agreement.",
        "Ask: who holds authority over the plan and the budget, and is it written down?",
    ),
    Scenario(
        "P4",
        "Eastside residents",
        "Residents vote on how to spend $200,000 of the department's prevention budget "
        "through participatory budgeting, and the department carries out their choices.",
        "Residents make the decision and the department puts resources behind it.",
        "Ask: whose vote settles how the money is spent?",
    ),
    Scenario(
        "P5",
        "Southgate Families United",
        "Staff join house meetings organized by the group. What parents say there changes "
        "the options the department puts forward for its school health plan.",
        "Community organizing shapes the options; the community's concerns are reflected.",
        "Ask: does the community shape the options, and does it also share the final decision?",
    ),
    Scenario(
        "P6",
        "Mill Flats residents",
        "A decision to close the neighborhood clinic is made in a closed-door meeting, and "
        "residents first hear about it as a rumor.",
        "The community is kept out of the decision and out of the information.",
        "Ask: were residents even told before the decision was made?",
    ),
)

EXERCISE_01 = (
    Scenario(
        "E1",
        "Riverside residents",
        "The department holds a community forum and opens a public comment form on its "
        "heat-safety plan. Staff then finish the plan themselves.",
        "Views are collected through forum and comment; staff decide alone.",
        "Ask: after the forum, who decides?",
    ),
    Scenario(
        "E2",
        "Riverbend Worker Center",
        "Worker Center members design and run a participatory action research project on "
        "warehouse heat. The department funds it and adopts the recommendations the members choose.",
        "Members lead the research and choose the recommendations; the department funds and follows.",
        "Ask: who designs the work and whose choices does the department carry out?",
    ),
    Scenario(
        "E3",
        "Farmers' market shoppers",
        "Staff hand out fact sheets about a new lead-testing program at the farmers' market.",
        "Information goes out; nothing comes back in.",
        "Ask: is the community being asked anything?",
    ),
    Scenario(
        "E4",
        "Youth Voices for Clean Air and Unidos Riverbend",
        "Under an MOU with the two groups, a community advisory committee with real authority "
        "approves the department's asthma grant priorities each year.",
        "A written agreement gives a community committee real authority over priorities.",
        "Ask: does the committee only advise, or can it approve?",
    ),
    Scenario(
        "E5",
        "Mill Flats Neighbors in Action",
        "Staff attend interactive workshops organized by the coalition, and the coalition's "
        "concerns change the list of options the department will consider.",
        "The community's concerns shape the options, but the final call stays with the department.",
        "Ask: does the coalition shape the options, and who makes the final call?",
    ),
    Scenario(
        "E6",
        "Mill Flats residents",
        "Officials approve a new incinerator permit without telling residents and give out "
        "misleading information about the risks.",
        "Residents are shut out and given misinformation.",
        "Ask: were residents told the truth, or told anything at all?",
    ),
)

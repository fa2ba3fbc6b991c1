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
        "The department has already set new clinic hours. Staff come to the association's "
        "monthly meeting to explain them and answer questions. The hours stay as they were set, "
        "whatever members say.",
        "Residents hear about a decision already made; nothing they say can change it.",
        "Ask: can members change anything here, or are they only being told?",
    ),
)

EXERCISE_00 = (
    Scenario(
        "X1",
        "Riverbend residents",
        "The health officer calls the new strategic plan \"written with the community.\" Residents "
        "could send views on the draft for 30 days. Staff read them all, then decided alone which "
        "to use.",
        "Views are asked for, but the department alone decides what, if anything, changes.",
        "Ask: look past the plan's label. Who decided what to do with residents' views?",
    ),
)

PRACTICE = (
    Scenario(
        "P1",
        "West End residents",
        "The department calls its new West End vaccine effort \"a community partnership.\" Staff "
        "pick the sites and dates, then mail letters and post notices. Residents are not asked "
        "anything.",
        "Despite its name, information only flows one way, from the department to residents.",
        "Ask: look past the name. Is anyone asked for a view, or only told what was decided?",
    ),
    Scenario(
        "P2",
        "Healthy Housing Advisory Board",
        "Unpaid members from the Eastside Tenants Union, Healthy Homes Alliance and Riverside "
        "Neighborhood Association meet four times a year. They give advice on housing "
        "inspections. Staff decide alone which advice to use, and rarely report back.",
        "Members' views are gathered, but the board has no authority: staff alone decide.",
        "Ask: once the board has given its advice, who decides, and must anyone follow it?",
    ),
    Scenario(
        "P3",
        "Healthy Homes Alliance",
        "Staff call the lead outreach work \"just a contract.\" In practice the Alliance and staff "
        "write the outreach plan together, neither can change it alone, and the Alliance runs "
        "about 60% of its budget.",
        "Whatever it is called, decisions are shared and most of the money sits with the partner.",
        "Ask: look past the modest name. Who can change the plan, and who holds the money?",
    ),
    Scenario(
        "P4",
        "Cedar Valley residents",
        "There is no board and no signed plan. Each spring, residents who meet in a church hall "
        "decide how all of the department's Cedar Valley well-water budget is spent. The "
        "department pays for what they choose.",
        "With no formal structure at all, residents make the decisions and the money follows them.",
        "Ask: setting aside how informal it is, whose choice settles how the money is spent?",
    ),
    Scenario(
        "P5",
        "Southgate Families United",
        "Staff join evening talks that parents host in their own living rooms. What parents say "
        "there changes the options in the department's school health plan. The department still "
        "picks the final plan.",
        "Parents shape the options the department weighs, but the final decision stays with it.",
        "Ask: do parents shape the options, and do they also share the final decision?",
    ),
    Scenario(
        "P6",
        "Mill Flats residents",
        "In 2019 the county renewed the incinerator's air permit. Residents living beside it "
        "were not told, and learned of the decision only after it was made.",
        "Residents are kept out of the decision and even out of the news of it.",
        "Ask: were residents even told before the decision was made?",
    ),
)

EXERCISE_01 = (
    Scenario(
        "E1",
        "Southgate residents",
        "The department calls it participatory budgeting. Residents vote on $20,000, 2% of its "
        "prevention budget, after staff have already spent it. The results are filed to "
        "consider next year.",
        "The vote collects views, yet it comes after the money is gone and staff keep every choice.",
        "Ask: look past the name. What share of the budget is at stake, and does the vote decide "
        "anything?",
    ),
    Scenario(
        "E2",
        "Mill Flats tenants",
        "Tenants run a lead paint testing effort their own way: they choose which homes to test, "
        "hire the testers and decide what to publish. The department passes them 90% of the "
        "budget.",
        "Tenants make every key decision and hold nearly all of the money; the department backs "
        "them.",
        "Ask: who makes the decisions here, and what share of the money do they control?",
    ),
    Scenario(
        "E3",
        "Lead safety advisory committee",
        "The department calls this group its community advisory committee on lead. At each "
        "meeting, staff walk members through slides on choices already made. There is no vote, "
        "and questions change nothing.",
        "The group's title promises a role it does not have: members are only told about "
        "decisions.",
        "Ask: look past the title. Are members asked for advice at all, or only shown what was "
        "decided?",
    ),
    Scenario(
        "E4",
        "Youth Voices for Clean Air",
        "Youth Voices and staff run the air monitors near the rail yard together. Members chose the "
        "sites. Each side holds half the votes on how readings are used, and the group receives 60% "
        "of the budget.",
        "Decisions are made jointly, and the larger share of the money goes to the community "
        "partner.",
        "Ask: who holds the votes on the monitors, and where does most of the money go?",
    ),
    Scenario(
        "E5",
        "Mill Flats Neighbors in Action",
        "Staff spend Saturday mornings at sessions the coalition runs, where residents map heat "
        "spots and rank fixes. Those rankings change the options in the department's heat plan; "
        "staff make the final choice.",
        "Residents' rankings shape the options, but the final call stays with the department.",
        "Ask: does the coalition shape the options, and who makes the final call?",
    ),
    Scenario(
        "E6",
        "Riverbend Worker Center",
        "In 2021 Worker Center members filed heat complaints with county inspectors about hot "
        "warehouses. None of the complaints got a reply.",
        "Workers raised the alarm, and the county left them with no answer at all.",
        "Ask: did the county respond to workers at all, even to tell them something?",
    ),
)

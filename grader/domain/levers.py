"""The department's levers: forms of governmental power it can put behind a community campaign.

Source: Support Community Power-Building (Human Impact Partners, Health Equity Guide). Its
action steps name three of these levers: health data and evidence, regulatory authority,
and relationships across government and with nonprofits and funders. The page mentions
identifying resources to support partnerships as part of the internal foundation; the
fourth lever, funding, is this course's own addition, and its label says so. A campaign
goal is matched to the lever that would move it most directly.

Which lever fits a goal is not stored here: checks hold only digests of the acceptable
levers. A goal's ``evidence`` (shown when a match holds up) and ``hint`` (shown when it
does not) never name a lever. Riverbend County and its groups are fictional.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Lever:
    key: str
    name: str
    plain_words: str
    examples: tuple[str, ...]


LEVERS: tuple[Lever, ...] = (
    Lever(
        "data",
        "Data and evidence",
        "Give partners health data and research that back their campaign, shared safely.",
        ("a data brief by neighborhood", "rates broken down by race/ethnicity", "a summary of research"),
    ),
    Lever(
        "regulatory authority",
        "Regulatory authority",
        "Use the powers the law gives the department: inspections, permits, health codes, "
        "rules and enforcement.",
        ("inspecting rental housing for mold", "conditions on a permit", "enforcing a health code"),
    ),
    Lever(
        "relationships",
        "Relationships",
        "Open doors across government and with nonprofits and funders: introductions, "
        "convening, a seat at someone else's table.",
        ("introducing organizers to another agency", "bringing partners to a funders' table",
         "convening agencies with a campaign"),
    ),
    Lever(
        "funding",
        "Funding and resources (this course's addition)",
        "This course's addition to the guide's levers: put money and resources behind community "
        "work, such as paying members for their time and expertise, grants and contracts, staff time.",
        ("stipends for community members", "a contract with a community organization", "a grant"),
    ),
)

_ALIASES: dict[str, tuple[str, ...]] = {
    "data": ("data", "data and evidence", "evidence", "health data", "research", "data access"),
    "regulatory authority": ("regulatory authority", "regulation", "regulations", "regulatory",
                             "authority", "enforcement", "inspections", "permits", "rules"),
    "relationships": ("relationships", "relationship", "relations", "connections", "convening",
                      "relationships across government"),
    "funding": ("funding", "funding and resources", "funds", "money", "resources", "grants", "pay"),
}
_BY_NAME = {alias: key for key, aliases in _ALIASES.items() for alias in aliases}
_BY_KEY = {lever.key: lever for lever in LEVERS}


class UnknownLever(ValueError):
    """A text that does not name one of the department's levers."""


def lever(name: object) -> Lever:
    """Find a lever by its key, name or a common word for it ("regulation", "money").

    >>> lever("Regulation").key
    'regulatory authority'
    """
    key = _BY_NAME.get(" ".join(str(name).split()).casefold())
    if key is None:
        names = ", ".join(f'"{item.key}"' for item in LEVERS)
        raise UnknownLever(f'"{name}" is not one of the levers. Use one of: {names}.')
    return _BY_KEY[key]


def lever_keys() -> list[str]:
    return [item.key for item in LEVERS]


@dataclass(frozen=True)
class CampaignGoal:
    """A goal a community power-building organization is working toward."""

    id: str
    organization: str
    goal: str
    evidence: str
    hint: str


PRACTICE = (
    CampaignGoal(
        "G1",
        "Youth Voices for Clean Air",
        "The group is testifying at a city council hearing next month and needs numbers that "
        "show how asthma emergency visits in its neighborhood compare with the rest of the county.",
        "The group needs facts it can stand on, and the department holds them.",
        "Ask: what does the group lack for the hearing, and what does the department keep in its records?",
    ),
    CampaignGoal(
        "G2",
        "Eastside Tenants Union",
        "Tenants report mold that landlords ignore. The union wants the county to act on the "
        "complaints, and the department's environmental health staff can inspect homes under "
        "the health code.",
        "The health code gives the department a formal power to act on the complaints.",
        "Ask: which of the department's powers does the law give it over housing conditions?",
    ),
    CampaignGoal(
        "G3",
        "Riverbend Worker Center",
        "Organizers want a meeting with the Office of Labor Standards, which has not returned "
        "their calls. Your director knows its head well from a joint task force.",
        "A trusted connection inside government can get the door opened.",
        "Ask: what does your director have with that office that the organizers do not?",
    ),
    CampaignGoal(
        "G4",
        "Southgate Families United",
        "Parents lead the group's school air survey in the evenings, unpaid, and some have had "
        "to stop. The group has no budget to pay them.",
        "Paying people for their time and expertise keeps community leaders in the work.",
        "Ask: what is missing for these parents, and what could the department put behind them?",
    ),
)

EXERCISE_02 = (
    CampaignGoal(
        "E1",
        "Mill Flats Neighbors in Action",
        "The incinerator's permit is up for renewal. The coalition wants stricter emission "
        "conditions, and the department reviews the health side of the permit.",
        "Reviewing the permit is a formal power the department holds.",
        "Ask: where does the department have a formal say in what the incinerator may do?",
    ),
    CampaignGoal(
        "E2",
        "Unidos Riverbend",
        "Members are preparing testimony on heat illness and ask for heat-related emergency "
        "visits by neighborhood, shared safely.",
        "The request is for facts the department already holds.",
        "Ask: what exactly are members asking the department to hand over?",
    ),
    CampaignGoal(
        "E3",
        "Riverbend Disability Justice Collective",
        "The collective wants the Department of Transportation to fix bus stops that wheelchair "
        "users cannot reach. Your director co-chairs the county's interagency equity group with "
        "that department's deputy director.",
        "A working tie inside government can put the campaign in front of the people who decide.",
        "Ask: who decides about bus stops, and who in your department already works with them?",
    ),
    CampaignGoal(
        "E4",
        "Eastside Tenants Union",
        "Union members spend hours each month on the department's new healthy-housing advisory "
        "board, unpaid, on top of their jobs.",
        "Members give their time and expertise, and paying them for it is part of an "
        "accountable partnership.",
        "Ask: what do members give the department, and what would be fair in return?",
    ),
    CampaignGoal(
        "E5",
        "Youth Voices for Clean Air",
        "The group wants the School District to fit air filters in classrooms near the rail "
        "yard. The department has asthma figures for those neighborhoods and a long working "
        "relationship with the district's facilities office.",
        "The department holds something this campaign could use to move the district.",
        "Ask: what does the department already have that bears on the district's decision?",
    ),
    CampaignGoal(
        "E6",
        "Riverbend Worker Center",
        "The center needs money for two outreach workers for its heat-protection campaign. The "
        "department's prevention grant allows contracts with community groups, and a local "
        "foundation that funds worker health asks the department for advice.",
        "There is more than one way the department could help the center find what it needs.",
        "Ask: what does the center need, and which of the department's assets could get it there?",
    ),
)

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

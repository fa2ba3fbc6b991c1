"""Narratives: the stories that shape what people see as a health problem and its fix.

Facts (the course design's summary of the guide's Build Narrative Power practice, DESIGN §4;
the guide's full page was not available): narratives shape what people see as the problem
and the solution; framing health as driven by social, economic and environmental conditions
rather than individual behavior opens room for structural solutions; a department learns
about narrative as a team, learns to spot three harmful dominant narratives (individualism,
market-only solutions, anti-government sentiment), and uses its platform to name them and
offer a transformative alternative, built with power-building groups.

Here: the three dominant narratives and the marks of a transformative one, in plain words
(the explanations are the course's own); ``label`` reads a learner's label; the fictional
Riverbend statements to classify; and the press paragraphs to rewrite. Which label fits a
statement is not stored here (checks hold only digests), and a statement's ``evidence`` and
``hint`` never name it. The rubric for a rewrite is in ``grader.domain.press_rewrite``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOMINANT = "dominant"
TRANSFORMATIVE = "transformative"


@dataclass(frozen=True)
class Narrative:
    """A harmful dominant narrative: what it says, what it leaves out, how it sounds."""

    key: str
    name: str
    says: str
    leaves_out: str
    sounds_like: tuple[str, ...]


NARRATIVES: tuple[Narrative, ...] = (
    Narrative(
        "individualism",
        "Individualism",
        "Health comes down to each person's choices, effort and willpower.",
        "The conditions that shape those choices: prices, wages, housing, air, what is sold nearby.",
        ("make healthier choices", "personal responsibility", "it is up to each of us"),
    ),
    Narrative(
        "market-only",
        "Market-only solutions",
        "Businesses, competition and shoppers' choices will fix the problem if left alone.",
        "The people a market leaves out, and any say for them in the fix.",
        ("the market will sort it out", "a tax break so a chain will open a store", "shop around"),
    ),
    Narrative(
        "anti-government",
        "Anti-government sentiment",
        "Government is wasteful, meddling or unable to help, so it should step back.",
        "That public rules and public money are tools people can use together, and hold to account.",
        ("red tape", "government overreach", "not the government's job"),
    ),
)

TRANSFORMATIVE_MARKS: tuple[str, ...] = (
    "names social, economic or environmental conditions as what drives the problem",
    "points to a structural solution: a policy, rule, investment or system that changes those conditions",
    "is built with community power-building groups, and credits their work and their voice",
)

_NARRATIVE_ALIASES: dict[str, tuple[str, ...]] = {
    "individualism": ("individualism", "individualist", "individualistic", "individual",
                      "individual responsibility", "personal responsibility"),
    "market-only": ("market-only", "market only", "market-only solutions", "market only solutions",
                    "market", "markets", "the market", "free market", "market solutions"),
    "anti-government": ("anti-government", "anti government", "antigovernment",
                        "anti-government sentiment", "anti government sentiment", "anti-gov", "anti gov"),
}
_BY_ALIAS = {alias: key for key, aliases in _NARRATIVE_ALIASES.items() for alias in aliases}


class UnknownLabel(ValueError):
    """A text that is not one of the labels a statement can take."""


@dataclass(frozen=True)
class Label:
    """A learner's label: dominant or transformative, and for dominant, maybe which narrative."""

    kind: str
    narrative: str | None = None


LABEL_WORDS = ('"dominant"', '"transformative"', '"individualism"', '"market-only"', '"anti-government"')


def label(value: object) -> Label:
    """Read "dominant", "transformative", a narrative's name, or "dominant: <narrative>".

    >>> label("Dominant (market only)")
    Label(kind='dominant', narrative='market-only')
    """
    text = re.sub(r"\s+", " ", str(value)).strip().casefold().strip(".")
    if text == TRANSFORMATIVE:
        return Label(TRANSFORMATIVE)
    rest = re.sub(rf"^{DOMINANT}\b\s*[:(,\-–—]?\s*", "", text).strip(" )")
    if text.startswith(DOMINANT) and not rest:
        return Label(DOMINANT)
    if rest in _BY_ALIAS:
        return Label(DOMINANT, _BY_ALIAS[rest])
    raise UnknownLabel(
        f'"{value}" is not a label here. Use one of: {", ".join(LABEL_WORDS)} '
        '(the last three are the dominant narratives; "dominant: individualism" works too).'
    )


def narrative(key: str) -> Narrative:
    return {item.key: item for item in NARRATIVES}[key]


@dataclass(frozen=True)
class Statement:
    """Something a (fictional) department said in public, to classify."""

    id: str
    source: str
    text: str
    evidence: str
    hint: str


WORKED_STATEMENT = Statement(
    "W1",
    "Department web page on tobacco",
    "Smoking is more common in Riverbend's lowest-income neighborhoods. Quitting is hard, but in "
    "the end it is each smoker's decision, and our free quit-line is there for anyone ready to try.",
    "The cause and the fix both sit with each smoker; where tobacco is sold and advertised, and "
    "why stress is higher in those neighborhoods, never come up.",
    "Ask: what does the statement say causes the problem, and who has to fix it?",
)

PRACTICE = (
    Statement(
        "P1",
        "News release on diabetes",
        "Type 2 diabetes is rising in Riverbend because too many residents choose fast food and skip "
        "exercise. With Southgate Families United, we are launching cooking classes to help every "
        "parent make smarter choices.",
        "Naming a partner does not change the story: the cause and the cure both sit in each "
        "person's choices, while food prices and the stores nearby stay out of sight.",
        "Ask: what does the statement say causes the problem, and who is expected to fix it? A "
        "partner's name alone settles neither.",
    ),
    Statement(
        "P2",
        "Board presentation on housing",
        "Riverbend's housing shortage is a real condition that harms health: rents are high because "
        "too few homes are built. The department backs tax breaks for private developers, which will "
        "add supply, and rents will settle as builders catch up.",
        "A condition is named, but supply and demand alone are trusted to fix it. Tenants' "
        "protections, public investment and the families priced out in the meantime never appear.",
        "Ask: who or what does the statement trust to bring rents down, and who has a say?",
    ),
    Statement(
        "P3",
        "Statement to the press on childhood asthma",
        "Children in Mill Flats go to the emergency room for asthma at more than twice the county "
        "rate. No family chose to live between the rail yard and the incinerator. Youth Voices for "
        "Clean Air and Mill Flats Neighbors in Action are campaigning to close the incinerator. We "
        "will share our asthma data with them and back their call.",
        "Choice comes up only to reject blame. Conditions carry the story, the fix is closing a "
        "polluter, and the groups organizing for it are named and backed.",
        "Ask: what does the statement say drives the asthma, what fix does it back, and whose "
        "campaign is it?",
    ),
    Statement(
        "P4",
        "Budget memo on rental inspections",
        "Rental inspections mean more paperwork, more fees and more delays for everyone. We will scale "
        "back the program: inspectors cannot fix every leaky roof, and owners know their buildings "
        "better than any public agency does.",
        "Public action is painted as red tape that cannot work, which leaves tenants with no one to "
        "turn to.",
        "Ask: how does the statement talk about what public agencies can do?",
    ),
    Statement(
        "P5",
        "Op-ed by the health officer on heat at work",
        "Some call a heat rule government overreach. Yet heat illness among warehouse workers has "
        "doubled in five years, and many warehouses have no cooling and no breaks. Unidos Riverbend "
        "members surveyed 400 workers and are calling for a county heat standard. The department "
        "backs it and will help enforce it.",
        "It names a harmful story out loud and answers it. Conditions at work drive the illness, a "
        "standard would change them for everyone, and the workers who organized lead.",
        "Ask: does the op-ed repeat the line about government, or answer it? What does it say "
        "causes the illness, and who leads the fix?",
    ),
    Statement(
        "P6",
        "Social media post on evictions",
        "Eviction filings in Eastside rose sharply after rents went up last year, and losing a home "
        "harms health. The department is offering free workshops where tenants can learn budgeting "
        "and stress management.",
        "A real condition is named, but the only fix is personal coping; the rent rises that drive "
        "the evictions are left untouched.",
        "Ask: the statement names a cause, but what fix does it offer, and who has to do the work?",
    ),
)

EXERCISE_06 = (
    Statement(
        "E1",
        "Lead poisoning prevention flyer",
        "Most lead poisoning in Riverbend comes from old paint in rental homes. Parents must keep "
        "children away from peeling paint and get them tested. Protecting children from lead is a "
        "family responsibility.",
        "The old rental homes are named, yet the duty to act falls on parents. Whose job it is to "
        "fix the homes is never asked.",
        "Ask: the flyer names where the lead is, but who does it hold responsible for acting?",
    ),
    Statement(
        "E2",
        "News release on evictions",
        "Eviction filings in Eastside doubled in two years as rents rose faster than wages. The "
        "housing market alone has not kept families housed. Eastside Tenants Union members knocked "
        "on 300 doors to document what losing a home does to health. The department backs the "
        "union's call for a just-cause eviction law and will share its data with members before the "
        "commissioners' hearing.",
        "The market comes up only as a failure. Rents and wages drive the story, the fix is a law, "
        "and the union's organizing is credited and backed.",
        "Ask: what does the release say about the market, what drives the evictions, and whose "
        "proposal does it back?",
    ),
    Statement(
        "E3",
        "Annual report, oral health section",
        "Many Riverbend adults go without dental care because it costs too much; the problem is "
        "prices, not people's choices. This year the department will publish an online ranking of "
        "dental offices by price, so patients can shop around and competition can push prices down.",
        "It rightly refuses to blame people, then trusts shopping around and competition to fix "
        "access. Public coverage and the voices of people going without are left out.",
        "Ask: once it names the cause, what does the report rely on to bring costs down?",
    ),
    Statement(
        "E4",
        "Testimony to the transportation committee",
        "Riders in North Bluff, many of them older adults and wheelchair users, wait in full sun at "
        "bus stops with no shade or seating. The Riverbend Disability Justice Collective mapped every "
        "stop and proposed a plan. The department joins them in asking the Department of "
        "Transportation to fund shelters at the 40 hottest stops this year.",
        "The conditions at the stops carry the story, the fix is public funding for shelters, and "
        "the collective's mapping and plan lead.",
        "Ask: what makes the heat dangerous here, and whose plan does the department join?",
    ),
    Statement(
        "E5",
        "Letter to apartment residents",
        "Some tenants call for smoke-free rules in apartments. But residents are tired of being told "
        "how to live, and county programs are slow and costly. The department will let neighbors "
        "sort it out among themselves.",
        "Public action is cast as meddling and waste, so a shared problem (smoke drifting between "
        "apartments) is left with no shared fix.",
        "Ask: how does the letter talk about public rules and programs?",
    ),
    Statement(
        "E6",
        "Heat season announcement",
        "Last summer's heat wave sent 60 Riverbend residents to the hospital, most from older "
        "apartments without air conditioning. With Mill Flats Neighbors in Action, we remind "
        "residents that staying safe in the heat is up to each of us: drink water, close the blinds "
        "and find a cool place.",
        "A condition is named and a partner appears, but the fix is only what each person should "
        "do; nothing changes the buildings.",
        "Ask: the announcement names a cause and a partner, but what fix does it offer, and who "
        "has to do the work?",
    ),
    Statement(
        "E7",
        "Report to the Board of County Commissioners on child care",
        "Families in West End spend more of their income on child care than anywhere else in the "
        "county. Parents there have little real choice: the centers have long waiting lists. Parents "
        "organizing with Unidos Riverbend have asked the county to fund more child care places and "
        "raise pay for child care workers. This report backs their proposals, and we will present it "
        "with them.",
        "Choice comes up only to show how little parents have. Costs and scarce places carry the "
        "story, the fix is public funding and better pay, and the parents present it with the "
        "department.",
        "Ask: what does the report say drives the problem, and whose proposals does it carry?",
    ),
)


@dataclass(frozen=True)
class PressParagraph:
    """A paragraph from a (fictional) department news release, to rewrite."""

    id: str
    topic: str
    text: str


WORKED_EXAMPLE = PressParagraph(
    "worked",
    "pedestrian injuries on Route 9",
    "Pedestrian injuries rose 20% in Riverbend last year. Too many people cross in the middle of the "
    "block while looking at their phones. The department urges everyone to put down their phones, "
    "use the crosswalks and take personal responsibility for their safety.",
)

WORKED_DRAFT = (
    "Pedestrian injuries rose 20% in Riverbend last year. Most happened on Route 9 in Southgate, "
    "a fast, wide road with few crosswalks and little lighting. Walkers need to be more careful, "
    "so this spring the department will run a safety awareness campaign."
)

WORKED_REVISION = (
    "Pedestrian injuries rose 20% in Riverbend last year, most of them on Route 9 in Southgate. "
    "The road is fast and wide, with few crosswalks and little lighting, and those conditions are "
    "behind the injuries. Parents in Southgate Families United, who walk their children to school "
    "along Route 9, mapped the most dangerous crossings and called for a safer street. The "
    "department backs their plan and will ask the county to fund new crosswalks, lower the speed "
    "limit and add street lights this year."
)

PRACTICE_PARAGRAPH = PressParagraph(
    "practice",
    "childhood asthma",
    "Asthma emergency visits among Riverbend children rose 12% last year. Many of these visits could "
    "be prevented if parents kept their homes free of dust and smoke and made sure children used "
    "their inhalers correctly. The department urges families to take charge of their children's asthma.",
)

EXERCISE_PARAGRAPH = PressParagraph(
    "ex06",
    "type 2 diabetes in Southgate",
    "Type 2 diabetes is nearly twice as common in Southgate as in the rest of the county. Too many "
    "residents make poor food choices and do not exercise enough. The department urges families to "
    "take personal responsibility for their health by choosing fruit and vegetables over fast food. "
    "A grocery chain may open in Southgate if the market allows, and the county should stay out of "
    "the way rather than spend taxpayers' money on costly new programs.",
)

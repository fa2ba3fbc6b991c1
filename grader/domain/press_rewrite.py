"""The rubric for a press paragraph rewritten so that conditions, not behavior, carry the story.

From the course design's summary of the guide's Build Narrative Power practice (DESIGN §4):
framing health as driven by social, economic and environmental conditions rather than
individual behavior opens room for structural solutions, and a department should offer a
transformative narrative built with power-building groups, not the dominant narratives of
individualism, market-only solutions and anti-government sentiment.

``review`` reads a paragraph against seven lines: four it must do and three it must not.
Each line is a transparent check for words and phrases (the lists below, shown to learners
in Module 06), so it can miss good writing that uses other words; the advice says what was
found and what to try. It is a writing aid, not a judge of meaning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MIN_WORDS = 40
MAX_WORDS = 180
MAX_AVERAGE_SENTENCE = 25
MAX_SENTENCE = 40

CONDITIONS: dict[str, tuple[str, ...]] = {
    "social": ("housing", "home", "homes", "apartment", "apartments", "rent", "rents", "eviction",
               "evictions", "landlord", "landlords", "school", "schools", "bus", "buses", "transit",
               "street", "streets", "road", "roads", "crosswalk", "crosswalks", "sidewalk",
               "sidewalks", "lighting", "street lights", "child care", "childcare", "clinic",
               "clinics", "health care", "insurance", "grocery", "groceries", "supermarket",
               "fresh food", "healthy food", "food prices", "racism", "discrimination",
               "segregation", "neighborhood", "neighbourhood", "neighborhoods", "neighbourhoods"),
    "economic": ("wage", "wages", "low pay", "income", "incomes", "poverty", "jobs", "job",
                 "working conditions", "workplace", "workplaces", "shifts", "hours", "cost",
                 "costs", "prices", "afford", "affordable", "unaffordable", "debt", "sick leave",
                 "paid leave", "unemployment", "benefits"),
    "environmental": ("pollution", "polluted", "air", "heat", "mould", "mold", "lead paint",
                      "lead pipes", "water", "incinerator", "rail yard", "highway", "traffic",
                      "diesel", "smoke", "dust", "toxic", "flood", "flooding", "shade", "trees",
                      "cooling", "air conditioning", "noise", "pesticides"),
}
CAUSE_WORDS = ("because", "caused by", "cause", "causes", "driven by", "drive", "drives", "due to",
               "result of", "results from", "linked to", "tied to", "comes from", "come from",
               "stem from", "stems from", "shaped by", "shape", "shapes", "leads to", "lead to",
               "led to", "rooted in", "root cause", "root causes", "behind", "harm", "harms",
               "harmful", "exposed to", "exposes", "make people sick", "makes people sick",
               "raise the risk", "raises the risk")
STRUCTURAL_WORDS = ("policy", "policies", "ordinance", "law", "laws", "legislation", "rule",
                    "rules", "regulation", "regulations", "standard", "standards", "code",
                    "enforce", "enforcement", "inspection", "inspections", "permit", "permits",
                    "zoning", "minimum wage", "living wage",
                    "rent stabilisation", "rent stabilization", "rent control", "just-cause", "just cause",
                    "protections", "right to counsel", "fund", "funds", "funding", "invest",
                    "investment", "investing", "budget", "land trust", "co-op", "cooperative",
                    "speed limit", "bus route", "public transit", "require", "requires",
                    "requirement", "ban", "limit", "limits", "tax", "subsidy", "subsidies")
GROUP_WORDS = ("union", "coalition", "collective", "worker center", "organizers", "organisers",
               "organizing", "organising", "community group", "community groups",
               "community organization", "community organizations", "grassroots", "members",
               "residents", "tenants", "workers", "parents", "families", "neighbors", "neighbours",
               "youth", "riders", "advocates")
VOICE_WORDS = ("said", "say", "says", "told", "tell us", "called for", "call for", "calls for",
               "asked for", "ask for", "asking for", "demand", "demanded", "demanding", "led",
               "organized", "organised", "organize", "organise",
               "campaign", "campaigned", "campaigning", "fought", "fighting for", "pushed for",
               "pushing for", "won", "proposed", "proposal", "proposals", "documented",
               "surveyed", "survey", "mapped", "research", "in partnership with", "together with",
               "alongside", "worked with", "working with", "partnered", "thanks to",
               "according to", "in their words", "their plan", "their call", "their campaign")
JARGON: dict[str, str] = {
    "social determinants": "the conditions where people live, work and grow up",
    "sdoh": "the conditions where people live, work and grow up",
    "stakeholder": "people, groups or partners (name them)",
    "stakeholders": "people, groups or partners (name them)",
    "leverage": "use",
    "leveraging": "using",
    "synergy": "working together",
    "operationalize": "put into practice", "operationalise": "put into practice",
    "utilize": "use", "utilise": "use",
    "upstream": "the root causes",
    "downstream": "after people are already sick",
    "paradigm": "way of thinking",
    "intersectoral": "across agencies",
    "cross-sectoral": "across agencies",
    "morbidity": "illness",
    "mortality": "deaths",
    "comorbidities": "other health conditions",
    "evidence-based": "proven",
    "modifiable risk factors": "the things that can change",
    "vulnerable populations": "the people most affected (name them)",
    "target population": "the people most affected (name them)",
    "capacity building": "training and support",
    "interventions": "actions or programs (say which)",
}
BLAME_WORDS = ("poor choices", "bad choices", "unhealthy choices", "poor food choices",
               "wrong choices", "lifestyle", "lifestyles", "personal responsibility",
               "take responsibility", "irresponsible", "their own fault", "careless",
               "lazy", "laziness", "non-compliant", "noncompliant", "non-compliance", "willpower",
               "bad habits", "unhealthy habits", "be more careful", "more careful",
               "should know better", "lack of knowledge", "ignorance", "do not exercise",
               "don't exercise", "choose fast food", "a family responsibility",
               "could be prevented if", "could be avoided if", "preventable if")
PERSONAL_FIX_WORDS = ("it is up to", "it's up to", "up to each", "up to individuals", "each of us",
                      "everyone must", "everyone should", "residents should", "residents must",
                      "families should", "families must", "parents should", "parents must",
                      "workers should", "workers must", "tenants should", "tenants must",
                      "people should", "people must", "urges families", "urges residents",
                      "urges parents", "urges everyone", "urge families", "urge residents",
                      "urge parents", "urge everyone", "reminds residents", "remind residents",
                      "reminds parents", "remind parents", "reminds everyone", "encourages residents",
                      "encourage residents", "encourages families", "encourage families",
                      "take charge of", "awareness campaign", "tips", "healthier choices",
                      "healthy choices", "better choices", "smarter choices", "stress management",
                      "budgeting workshop", "budgeting workshops")
MARKET_ONLY_WORDS = ("the market will", "if the market", "market allows", "market forces",
                     "free market", "let the market", "leave it to the market",
                     "left to the market", "private sector will", "businesses will",
                     "business will", "competition will", "competition can", "shop around",
                     "consumer choice", "as builders catch up")
ANTI_GOVERNMENT_WORDS = ("government is the problem", "government can't", "government cannot",
                         "government overreach", "overreach", "red tape", "bureaucrats",
                         "bureaucracy", "big government", "nanny state", "stay out of the way",
                         "get out of the way", "government interference", "heavy-handed",
                         "burden on taxpayers", "taxpayer burden", "taxpayers' money",
                         "taxpayers money", "waste of tax", "wasteful", "government waste",
                         "not the government's job", "not government's job",
                         "not the county's job", "government telling", "too much government",
                         "less government", "smaller government", "costly new programs")


@dataclass(frozen=True)
class Finding:
    """One rubric line: is it met, and why (what was found, or what to try)?"""

    criterion: str
    met: bool
    reason: str
    too_short: bool = False


@dataclass(frozen=True)
class RubricLine:
    criterion: str
    must: bool
    explanation: str
    words: tuple[str, ...]


def plain(text: str) -> str:
    """Lower case, straight quotes and apostrophes, single spaces."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", text).strip().casefold()


def found(text: str, vocabulary: tuple[str, ...] | list[str]) -> list[str]:
    """The words and phrases of ``vocabulary`` that appear in ``text`` as whole words."""
    lowered = plain(text)
    hits = [w for w in vocabulary if re.search(rf"(?<![\w']){re.escape(w)}(?![\w'])", lowered)]
    return [w for w in hits if not any(w != longer and w in longer for longer in hits)]


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|(?<=[.!?][\"')\]])\s+", text.strip()) if s.strip()]


def word_count(text: str) -> int:
    return len(text.split())


def _quote(words: list[str], limit: int = 3) -> str:
    return ", ".join(f'"{w}"' for w in words[:limit])


def conditions_found(text: str) -> dict[str, list[str]]:
    """The social, economic and environmental conditions a text names, by kind."""
    return {kind: hits for kind, words in CONDITIONS.items() if (hits := found(text, words))}


def _conditions(text: str) -> Finding:
    criterion = "names conditions as what drives the problem"
    named = [w for hits in conditions_found(text).values() for w in hits]
    causes = found(text, CAUSE_WORDS)
    if named and causes:
        return Finding(criterion, True, f"You name conditions ({_quote(named)}) and link them to "
                       f"the problem ({_quote(causes, 1)}).")
    if named:
        return Finding(criterion, False, f"You name {_quote(named)}; now say plainly that these "
                       "conditions drive the problem, with words such as \"because\", \"driven by\", "
                       "\"caused by\" or \"behind\".")
    return Finding(criterion, False, "Name the social, economic or environmental conditions behind the "
                   "problem (for example rents, wages, polluted air, no grocery store nearby) and say "
                   "that they drive it.")


def _structural(text: str) -> Finding:
    criterion = "names a structural solution"
    hits = found(text, STRUCTURAL_WORDS)
    if hits:
        return Finding(criterion, True, f"You point to a change in the system ({_quote(hits)}).")
    return Finding(criterion, False, "Name a fix that changes the conditions for everyone: a policy, "
                   "law, rule or standard, its enforcement, or public funding or investment (for "
                   "example \"fund\", \"ordinance\", \"standard\", \"require\").")


def _community(text: str) -> Finding:
    criterion = "credits community groups and their voice"
    groups, voice = found(text, GROUP_WORDS), found(text, VOICE_WORDS)
    if groups and voice:
        return Finding(criterion, True, f"You bring in the people affected ({_quote(groups, 2)}) and "
                       f"credit what they do or say ({_quote(voice, 2)}).")
    if groups:
        return Finding(criterion, False, f"You mention {_quote(groups, 2)}; now credit them: say what "
                       "they found, called for, organized or proposed, or quote them.")
    return Finding(criterion, False, "Name the community group working on this (for example a tenants' "
                   "union, a worker center or a parents' group) and say what its members found, "
                   "called for or led.")


def _too_short(criterion: str, text: str) -> Finding | None:
    """Lines about the whole paragraph wait until there is a whole paragraph to read."""
    total = word_count(text)
    if total >= MIN_WORDS:
        return None
    return Finding(criterion, False, f"Write the whole paragraph first (at least {MIN_WORDS} words; "
                   f"yours has {total}), then this line can be checked.", too_short=True)


def _plain_language(text: str) -> Finding:
    criterion = "uses plain language"
    if (short := _too_short(criterion, text)) is not None:
        return short
    lengths = [word_count(s) for s in sentences(text)] or [0]
    average = sum(lengths) / len(lengths)
    jargon = found(text, tuple(JARGON))
    total = word_count(text)
    problems = []
    if total > MAX_WORDS:
        problems.append(f"keep it to one paragraph of {MAX_WORDS} words or fewer (yours has {total})")
    if average > MAX_AVERAGE_SENTENCE or max(lengths) > MAX_SENTENCE:
        problems.append(f"shorten your sentences: aim for {MAX_AVERAGE_SENTENCE} words on average and "
                        f"none over {MAX_SENTENCE} (yours average {average:.0f}, longest {max(lengths)})")
    if jargon:
        swaps = "; ".join(f'"{w}" could be "{JARGON[w]}"' for w in jargon[:3])
        problems.append(f"swap jargon for everyday words: {swaps}")
    if problems:
        return Finding(criterion, False, "To make it easy to read, " + ", and ".join(problems) + ".")
    return Finding(criterion, True, f"Short sentences (about {average:.0f} words on average) and no jargon "
                   "from the course's list.")


def _must_not(criterion: str, text: str, vocabulary: tuple[str, ...], advice: str, fine: str) -> Finding:
    if (short := _too_short(criterion, text)) is not None:
        return short
    hits = found(text, vocabulary)
    if hits:
        return Finding(criterion, False, f"The words {_quote(hits)} {advice}")
    return Finding(criterion, True, fine)


def review(text: str) -> list[Finding]:
    """Seven rubric lines: four the paragraph must do, three it must not."""
    return [
        _conditions(text),
        _structural(text),
        _community(text),
        _plain_language(text),
        _must_not("does not blame individual behavior", text, BLAME_WORDS,
                  "put the cause in people's own behavior. Say instead what makes the healthy "
                  "option hard to reach, and for whom.",
                  "Nothing here blames people for their own health."),
        _must_not("does not make the fix only personal choice or the market", text,
                  PERSONAL_FIX_WORDS + MARKET_ONLY_WORDS,
                  "leave the fix to each person or to the market. Keep the structural fix at the "
                  "center; personal advice can follow it, but not replace it.",
                  "The fix is not left to each person or to the market alone."),
        _must_not("does not frame government as the problem", text, ANTI_GOVERNMENT_WORDS,
                  "cast public action as waste or meddling. Show what the county can do with the "
                  "community, and how residents can hold it to account.",
                  "Public action is shown as something people can use, not as the problem."),
    ]


RUBRIC: tuple[RubricLine, ...] = (
    RubricLine("names conditions as what drives the problem", True,
               "at least one condition from the lists, and a word that links it to the problem",
               tuple(w for words in CONDITIONS.values() for w in words) + CAUSE_WORDS),
    RubricLine("names a structural solution", True,
               "a policy, rule, standard, enforcement, or public funding or investment", STRUCTURAL_WORDS),
    RubricLine("credits community groups and their voice", True,
               "a group of people affected, and what they found, said, organized or proposed",
               GROUP_WORDS + VOICE_WORDS),
    RubricLine("uses plain language", True,
               f"one paragraph of {MIN_WORDS} to {MAX_WORDS} words, sentences of {MAX_AVERAGE_SENTENCE} words "
               f"on average and none over {MAX_SENTENCE}, none of these jargon words", tuple(JARGON)),
    RubricLine("does not blame individual behavior", False,
               f"none of these words (checked once the paragraph has {MIN_WORDS} words)", BLAME_WORDS),
    RubricLine("does not make the fix only personal choice or the market", False,
               f"none of these words (checked once the paragraph has {MIN_WORDS} words)",
               PERSONAL_FIX_WORDS + MARKET_ONLY_WORDS),
    RubricLine("does not frame government as the problem", False,
               f"none of these words (checked once the paragraph has {MIN_WORDS} words)",
               ANTI_GOVERNMENT_WORDS),
)

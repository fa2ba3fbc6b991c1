"""Does what the course says about Riverbend agree with Riverbend's world (``course/world.toml``)?

Every module, exercise (model answers included), facilitator guide, the start page and the
learner-facing strings in ``grader/`` tell parts of one story. This module reads that text,
finds the organizations, places, campaigns, agencies, providers and people it names, and checks
each against the world:

- a name that looks like a Riverbend organization, place, governing body or person but is not in
  the world (and not a real-world name in ``course/real_world_names.toml``);
- a place stated for something ("the Worker Center in Riverside", "Riverside's Tenants Union", a
  world name with another place swapped in: "Housing and Health in Riverside");
- a campaign's owner ("Unidos Riverbend's heat standard"), status ("won", "active", "paused",
  "lost" in a sentence about one campaign) and the body that decides it;
- how well the department knows an organization ("has never met", "a trusted partner").

Each problem comes back as a :class:`Finding` naming the file, the cell or line, the sentence and
the world fact it breaks. ``python -m grader.course.prose`` lists them for the whole course.

Riverbend County is fictional: every name and number in it is invented for the course.
"""

from __future__ import annotations

import argparse
import ast
import csv
import io
import json
import re
import sys
import tokenize
import tomllib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from grader.course.syllabus import course_root
from grader.course.world import (
    AdvisoryBoard,
    Agency,
    Campaign,
    Contract,
    Department,
    Fact,
    Landmark,
    Organization,
    Person,
    Place,
    Provider,
    World,
    load_world,
)

REAL_WORLD_FILE = Path("course") / "real_world_names.toml"


# ---------------------------------------------------------------------------------------------
# what the checker reports


@dataclass(frozen=True)
class Passage:
    """A piece of text a learner or facilitator reads: its file, where in the file, the text."""

    path: str
    where: str
    text: str


@dataclass(frozen=True)
class Finding:
    """One sentence that contradicts the world, or names something the world does not have."""

    path: str
    where: str
    sentence: str
    problem: str
    fact: str

    def __str__(self) -> str:
        return (f"{self.path} ({self.where}): {self.problem}\n"
                f"    sentence: {self.sentence}\n"
                f"    world: {self.fact}")


@dataclass(frozen=True)
class RealWorldNames:
    """Names of real organizations, places and people the course may name beside Riverbend's."""

    names: frozenset[str]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and _fold(name) in self.names


def load_real_world_names(path: Path | str | None = None) -> RealWorldNames:
    """Read ``course/real_world_names.toml``: ``[[names]]`` entries, each a ``name`` and a ``why``."""
    path = Path(path) if path is not None else course_root() / REAL_WORLD_FILE
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValueError(f"There is no list of real-world names at {path}. Restore "
                         f"{REAL_WORLD_FILE} from the course repository.") from None
    except tomllib.TOMLDecodeError as error:
        raise ValueError(f"{path} is not valid TOML: {error}. Fix the line it names.") from None
    names: set[str] = set()
    problems: list[str] = []
    for number, item in enumerate(data.get("names", []), start=1):
        if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"].strip():
            problems.append(f'[[names]] entry number {number} has no name: add name = "...".')
            continue
        if not isinstance(item.get("why"), str) or not item["why"].strip():
            problems.append(f'[[names]] entry "{item["name"]}" says not why it is allowed: add why = "..." '
                            "(what the name is and where the course cites it).")
        names.add(_fold(item["name"]))
    if problems:
        raise ValueError(f"{path}: " + " ".join(problems))
    return RealWorldNames(frozenset(names))


# ---------------------------------------------------------------------------------------------
# the world's names


_PLACE_KINDS = ("neighborhood", "town")
# Divisions are left out: real departments have an "Office of Health Equity" and "Environmental
# Health" too, so their names do not mark a sentence as being about Riverbend.
_NAMED = (Place, Landmark, Agency, Organization, Campaign, Provider, Person, Contract, Department, AdvisoryBoard)
Named = Place | Landmark | Agency | Organization | Campaign | Provider | Person | Contract | Department | AdvisoryBoard
# Words that end a name of an organization, agency or body ("... Tenants Union").
ORG_WORDS = (
    "Union", "Center", "Alliance", "Council", "Coalition", "Association", "Clinic", "Hospital",
    "Network", "Collective", "Club", "Society", "Bank", "Congregations", "Congregation", "Church",
    "Department", "Board", "Commission", "Commissioners", "Authority", "Office", "Plan", "Co-op",
    "Cooperative", "Project", "Committee", "Partners", "Partnership", "Foundation", "Institute",
    "Fund", "Together", "Action", "United", "Services", "Solutions", "Agency", "Division",
    "Initiative", "Trust", "Supervisors", "Inc", "LLC",
)
# Small words allowed inside a capitalized name ("Neighbors in Action").
_GLUE = ("of", "and", "for", "in", "the", "de", "&")
# Endings of made-up neighborhood and town names ("Northside", "Lakeview").
_PLACE_ENDINGS = ("side", "view", "gate", "field", "wood", "ville", "dale", "bluff", "flats", "heights",
                  "hills", "park", "town", "valley", "bridge", "ford", "haven", "brook", "crest")
_HONORIFICS = ("Dr.", "Rev.", "Reverend", "Rabbi", "Pastor", "Imam", "Father", "Mayor", "Commissioner",
               "Councilmember", "Council Member", "Councilwoman", "Councilman", "Ms.", "Mr.", "Mrs.")
# Governing bodies the world does not have (it has commissioners, a city council, a planning
# commission and a board of health).
_OTHER_BODIES = re.compile(r"\b(?:Board of Supervisors|county supervisors|county council|city commission(?:ers)?|"
                           r"town council|board of aldermen|county legislature)\b", re.IGNORECASE)
_DECIDES = re.compile(r"\b(?:decides?|decided|deciding|vote[sd]?|voting|hearings?|pass(?:es|ed)?|adopts?|adopted|"
                      r"approves?|approved|enacts?|enacted|would have to|has the power|have the power)\b",
                      re.IGNORECASE)


@dataclass(frozen=True)
class Mention:
    entry: Named
    start: int
    end: int
    text: str


class Registry:
    """Every name and alias in the world, found in text longest first."""

    def __init__(self, world: World, real: RealWorldNames | None = None) -> None:
        self.world = world
        self.real = real if real is not None else RealWorldNames(frozenset())
        self.by_alias: dict[str, Named] = {}
        for entry in world.entries():
            if not isinstance(entry, _NAMED):
                continue
            if isinstance(entry, Place) and entry.kind not in _PLACE_KINDS:
                continue
            for alias in self.aliases(entry):
                self.by_alias.setdefault(_fold(alias), entry)
        for body in world.agencies:
            self.by_alias.setdefault(_fold(body.name), body)
        alternatives = sorted(self.by_alias, key=len, reverse=True)
        self.pattern = re.compile(r"(?<![\w-])(?:" + "|".join(_loose(a) for a in alternatives) + r")(?![\w-])",
                                  re.IGNORECASE)
        self.places = tuple(p for p in world.places if p.kind in _PLACE_KINDS)
        self.place_pattern = "(?:" + "|".join(re.escape(p.name) for p in self.places) + ")"
        self.first_names: dict[str, list[Person]] = {}
        for person in world.people:
            self.first_names.setdefault(_given_name(person.name), []).append(person)
        self._swaps = self._place_swaps()

    @staticmethod
    def aliases(entry: Named) -> list[str]:
        """The entry's name, its written aliases, and its name without a leading or trailing
        "Riverbend" ("Riverbend Worker Center" is "the Worker Center" in most sentences)."""
        name = entry.name
        found = [name, *getattr(entry, "aliases", ())]
        if isinstance(entry, Landmark) and name.startswith("the "):
            found.append(name[4:])
        if isinstance(entry, (Organization, Agency, Provider)):
            for prefix in ("Riverbend County ", "Riverbend "):
                if name.startswith(prefix):
                    found.append(name[len(prefix):])
                    break
            if name.endswith(" Riverbend") and isinstance(entry, Organization):
                found.append(name[: -len(" Riverbend")])
        if isinstance(entry, Person):
            bare = re.sub(r"^(?:Dr\.|Rev\.|Rabbi)\s+", "", name)
            found.append(bare)
        return found

    def mentions(self, text: str) -> list[Mention]:
        return [Mention(self.by_alias[_fold(m.group(0))], m.start(), m.end(), m.group(0))
                for m in self.pattern.finditer(text)]

    def known(self, name: str) -> bool:
        """A world name or alias, a real-world name, or a list of them ("A and B")."""
        name = _strip_possessive(" ".join(name.split()))
        if _fold(name) in self.by_alias or name in self.real:
            return True
        parts = re.split(r",\s*(?:and\s+)?|\s+and\s+", name)
        return len(parts) > 1 and all(self.known(part) for part in parts if part)

    def describe(self, entry: Named) -> str:
        """A short world fact about an entry, for a finding."""
        world = self.world
        if isinstance(entry, Organization):
            return (f"{entry.name} is in {world.place(entry.neighborhood).name}; the department's "
                    f"relationship with it: {entry.relationship_stage}")
        if isinstance(entry, Campaign):
            decider = world.agency(entry.decided_by).name if entry.decided_by else _target_name(world, entry)
            return (f'"{entry.name}" is run by {world.organization(entry.owner).name}, is {entry.status}, '
                    f"and is decided by {decider}")
        if isinstance(entry, Provider):
            return f"{entry.name} is a {entry.kind} serving {world.place(entry.serves).name}"
        if isinstance(entry, Person):
            return f"{entry.name} is {entry.role} at {_employer(world, entry)}, in {world.place(entry.place).name}"
        if isinstance(entry, Landmark):
            return f"{entry.name} is in {world.place(entry.place).name}"
        return entry.name

    def home(self, entry: Named) -> tuple[set[str], str] | None:
        """The places an entry may be said to be in, and a world fact saying so."""
        world = self.world
        if isinstance(entry, Organization):
            if world.place(entry.neighborhood).kind not in _PLACE_KINDS:
                return None
            return {entry.neighborhood}, f"{entry.name} is based in {world.place(entry.neighborhood).name}"
        if isinstance(entry, Provider):
            if world.place(entry.serves).kind not in _PLACE_KINDS:
                return None
            return {entry.serves}, f"{entry.name} serves {world.place(entry.serves).name}"
        if isinstance(entry, Landmark):
            return {entry.place, *entry.near}, f"{entry.name} is in {world.place(entry.place).name}" + (
                f", beside {', '.join(world.place(p).name for p in entry.near)}" if entry.near else "")
        if isinstance(entry, Person):
            return {entry.place}, f"{entry.name} lives and works in {world.place(entry.place).name}"
        return None

    # ---- names with a place in them ----

    def _place_swaps(self) -> list[tuple[re.Pattern[str], str, str]]:
        """For each world name or report title with a place in it, a pattern that finds the same
        name with another place ("Housing and Health in Riverside")."""
        titles: list[str] = [e.name for e in self.world.entries() if isinstance(e, _NAMED)]
        for fact in self.world.facts:
            titles += re.findall(r'"([^"]{8,})"', fact.statement)
        swaps = []
        for title in titles:
            for place in self.places:
                if not re.search(rf"\b{re.escape(place.name)}\b", title):
                    continue
                rest = title.replace(place.name, "\0")
                words = re.findall(r"[A-Za-z]+", rest)
                if len(words) < 2:
                    continue
                others = [p.name for p in self.places if p is not place]
                body = re.escape(rest).replace("\\\x00", "\0").replace("\0", "(" + "|".join(map(re.escape, others)) + ")")
                swaps.append((re.compile(rf"(?<![\w-]){body}(?![\w-])", re.IGNORECASE), title, place.name))
        return swaps

    def swapped_places(self, text: str) -> Iterator[tuple[str, str, str]]:
        for pattern, title, place in self._swaps:
            for match in pattern.finditer(text):
                if _fold(match.group(0)) in self.by_alias:
                    continue
                yield match.group(0), title, place


def _loose(alias: str) -> str:
    """A pattern for an alias that allows any spacing and either apostrophe."""
    words = [re.escape(word).replace("'", "['’]") for word in alias.split()]
    return r"\s+".join(words)


def _fold(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).casefold()


def _strip_possessive(name: str) -> str:
    return re.sub(r"['’]s?$", "", name)


def _given_name(name: str) -> str:
    return re.sub(r"^(?:Dr\.|Rev\.|Rabbi)\s+", "", name).split()[0]


def _target_name(world: World, campaign: Campaign) -> str:
    if campaign.target == world.department.id:
        return world.department.name
    return world.agency(campaign.target).name


def _employer(world: World, person: Person) -> str:
    if person.organization == world.department.id:
        return world.department.name
    entry = world.get(person.organization)
    return entry.name if not isinstance(entry, Fact) else entry.id


# ---------------------------------------------------------------------------------------------
# sentences


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”')\]*_]*\s+(?=[\"“(\[*_]*[A-Z0-9])")
_BLOCK_START = re.compile(r"^\s*(?:[-*+]\s|\d+[.)]\s|#+\s|\||>)")


def sentences(text: str) -> list[str]:
    """Split Markdown or plain text into sentences: list items, headings and table rows are each
    their own piece, then each piece is split after a full stop, question or exclamation mark."""
    blocks: list[list[str]] = []
    for line in text.splitlines():
        if not line.strip():
            blocks.append([])
            continue
        if _BLOCK_START.match(line) or not blocks or not blocks[-1]:
            blocks.append([line])
        else:
            blocks[-1].append(line)
    found: list[str] = []
    for block in blocks:
        joined = " ".join(" ".join(block).split())
        if not joined:
            continue
        found += [piece.strip() for piece in _SENTENCE_END.split(joined) if piece.strip()]
    return found


# ---------------------------------------------------------------------------------------------
# the rules


_ORG_NAME = re.compile(
    r"(?<![\w-])(?:[A-Z][\w'’.-]*\s+(?:(?:" + "|".join(_GLUE) + r")\s+)*)+(?:"
    + "|".join(re.escape(w) for w in ORG_WORDS) + r")(?:\s+(?:of|for)\s+(?:(?:the|and|&)\s+)?[A-Z][\w'’-]*"
    r"(?:\s+(?:(?:and|&)\s+)?[A-Z][\w'’-]*)*)?(?![\w-])")
_PLACE_LIKE = re.compile(r"(?<![\w-])(?:(?:North|South|East|West)\s+)?[A-Z][a-z]*(?:"
                         + "|".join(_PLACE_ENDINGS) + r")(?:\s+[A-Z][a-z]+)?(?![\w-])")
_PLACE_LIKE_COMPASS = re.compile(r"(?<![\w-])(?:North|South|East|West)(?:\s+|-)?[A-Z][a-z]+(?![\w-])")
_PERSON = re.compile(r"(?<![\w.-])(?:(?P<title>" + "|".join(re.escape(h) for h in _HONORIFICS)
                     + r")\s+)?(?P<first>[A-Z][a-zà-ÿ'’]+)\s+(?P<last>[A-Z][a-zà-ÿ'’-]+)(?![\w-])")
_GENERIC_NOUNS = re.compile(r"(?<![\w-])(?P<place>{places})(?:['’]s)?\s+(?P<noun>clinic|hospital|tenants['’]? union|"
                            r"union|tenants['’]? group|co-op|food bank|health center|coalition|church|congregation)(?![\w-])",
                            re.IGNORECASE)
# A sentence's first word and the words that open a heading are capitalized anyway.
_SKIP_LEADS = {"the", "a", "an", "with", "in", "at", "for", "by", "from", "to", "and", "or", "but", "if",
               "when", "while", "how", "why", "what", "which", "who", "this", "that", "these", "those",
               "our", "your", "their", "its", "his", "her", "every", "each", "attend", "parents", "meet",
               "ask", "call", "invite", "since", "after", "before", "then", "also", "only", "both", "all"}

_STATUS_WORDS: dict[str, re.Pattern[str]] = {
    "won": re.compile(r"\b(?:won|succeeded|victory|was adopted|(?:ordinance|law|standard|it) passed|passed in \d{4})\b",
                      re.IGNORECASE),
    "lost": re.compile(r"\b(?:lost|was defeated|were defeated|failed)\b", re.IGNORECASE),
    "active": re.compile(r"\b(?:active|ongoing|still (?:pushing|fighting|organizing|running|underway)|"
                         r"under way|is pushing|are pushing)\b", re.IGNORECASE),
    "paused": re.compile(r"\b(?:paused|on hold)\b", re.IGNORECASE),
}
_STAGE_WORDS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (re.compile(r"\b(?:not yet met|never met|(?:has|have|had)(?: not|n['’]t)(?: yet)? met|no one .{0,40}has met|"
                r"nobody .{0,40}has met|not met)\b", re.IGNORECASE), ("not yet met",)),
    (re.compile(r"\b(?:trusted partner|long-?time partner|longstanding partner)\b", re.IGNORECASE),
     ("trusted partner",)),
    (re.compile(r"\b(?:only just met|just met|newly introduced)\b", re.IGNORECASE), ("introduced",)),
    (re.compile(r"\b(?:(?:is|are) wary of|distrusts?) (?:your|the|our) department\b", re.IGNORECASE),
     ("not yet met", "introduced", "one-to-one held")),
    (re.compile(r"\b(?:we|the department|staff) (?:already )?(?:sends?|sent|mails?|emails?) (?:them|it|the [A-Z])",
                re.IGNORECASE), ("introduced", "one-to-one held", "working together", "trusted partner")),
)


class Checker:
    """Checks sentences against the world; see the module's docstring for the rules."""

    def __init__(self, world: World, real: RealWorldNames | None = None) -> None:
        self.registry = Registry(world, real)
        self.world = world
        self._generic = re.compile(_GENERIC_NOUNS.pattern.format(places=self.registry.place_pattern),
                                   re.IGNORECASE)

    def check_passage(self, passage: Passage) -> list[Finding]:
        found: list[Finding] = []
        for sentence in sentences(passage.text):
            for problem, fact in self.check_sentence(sentence):
                found.append(Finding(passage.path, passage.where, sentence, problem, fact))
        return found

    def check_text(self, text: str, path: str = "<text>", where: str = "text") -> list[Finding]:
        return self.check_passage(Passage(path, where, text))

    def check_sentence(self, sentence: str) -> list[tuple[str, str]]:
        """Each problem in one sentence as (problem, world fact)."""
        mentions = self.registry.mentions(sentence)
        problems: list[tuple[str, str]] = []
        about_riverbend = bool(mentions) or "riverbend" in sentence.lower()
        problems += self._unknown_names(sentence, mentions, about_riverbend)
        problems += self._places(sentence, mentions)
        problems += self._owners(sentence, mentions)
        problems += self._campaign_for(sentence, mentions)
        problems += self._statuses(sentence, mentions)
        problems += self._stages(sentence, mentions)
        problems += self._kinds(sentence, mentions)
        problems += self._people(sentence, mentions)
        problems += self._fact_numbers(sentence)
        problems += self._rate_ratios(sentence, mentions)
        problems += self._deciders(sentence, mentions)
        return list(dict.fromkeys(problems))

    # ---- names the world does not have ----

    def _unknown_names(self, sentence: str, mentions: list[Mention],
                       about_riverbend: bool) -> Iterator[tuple[str, str]]:
        registry = self.registry
        covered = [(m.start, m.end) for m in mentions]

        def inside(start: int, end: int) -> bool:
            return any(a <= start and end <= b for a, b in covered)

        places = ", ".join(p.name for p in registry.places)
        for match in _ORG_NAME.finditer(sentence):
            name = _trim_leads(match.group(0))
            if not name or inside(match.end() - len(name), match.end()) or _known_tail(registry, name):
                continue
            if not about_riverbend and not any(w in name for w in ("Riverbend", *(p.name for p in registry.places))):
                continue
            yield (f'"{name}" looks like the name of an organization, agency or body, but Riverbend has none '
                   "by that name. Use the world's name for it, add it to course/world.toml, or, if it is "
                   "real, to course/real_world_names.toml.",
                   "Riverbend's organizations: " + ", ".join(o.name for o in self.world.organizations[:6]) + ", ...")
        for pattern in (_PLACE_LIKE, _PLACE_LIKE_COMPASS):
            for match in pattern.finditer(sentence):
                name = match.group(0)
                if inside(match.start(), match.end()) or registry.known(name) or _fold(name) in registry.by_alias:
                    continue
                if any(_fold(name).startswith(_fold(p.name)) for p in registry.places):
                    continue
                table_row = sentence.startswith("|")
                if not (about_riverbend or table_row) and not re.search(r"\b(?:in|near|from)\s+" + re.escape(name),
                                                                         sentence):
                    continue
                yield (f'"{name}" reads as a Riverbend place, but the county has no such place.',
                       f"Riverbend's places: {places}")
        for match in self._generic.finditer(sentence):
            if inside(match.start(), match.end()):
                continue
            place = next(p for p in registry.places if _fold(p.name) == _fold(match.group("place")))
            noun = match.group("noun").lower()
            named = [e for e in registry.world.entries()
                     if isinstance(e, (Organization, Provider)) and _home_id(e) == place.id
                     and _noun_fits(noun, e)]
            if named:
                continue
            yield (f'"{match.group(0)}": Riverbend has no {noun} in {place.name}.',
                   f"In {place.name}: " + (", ".join(e.name for e in registry.world.entries()
                                                   if isinstance(e, (Organization, Provider))
                                                   and _home_id(e) == place.id) or "no organization"))
        for match in _PERSON.finditer(sentence):
            first, last, title = match.group("first"), match.group("last"), match.group("title")
            full = f"{first} {last}"
            if inside(match.start("first"), match.end()) or full in registry.real or registry.known(full):
                continue
            people = registry.first_names.get(first)
            if people and not any(_fold(p.name).endswith(_fold(full)) for p in people):
                yield (f'"{full}" shares a first name with a Riverbend person but is not one: two people '
                       f"named {first} confuse a reader.",
                       "; ".join(registry.describe(p) for p in people))
            elif title and about_riverbend:
                yield (f'"{title} {full}" reads as a Riverbend person, but the world has no such person.',
                       "Add the person to [[people]] in course/world.toml, or use a world person.")
        for match in _OTHER_BODIES.finditer(sentence):
            if match.group(0) in registry.real:
                continue
            yield (f'"{match.group(0)}": Riverbend has no such governing body.',
                   "Riverbend's governing bodies: " + ", ".join(
                       a.name for a in self.world.agencies if a.kind == "governing body"))

    # ---- places ----

    def _places(self, sentence: str, mentions: list[Mention]) -> Iterator[tuple[str, str]]:
        registry = self.registry
        places = {_fold(p.name): p for p in registry.places}
        after = re.compile(r"^\s*(?:\(|,)?\s*(?:(?:is|are|was|were)\s+)?(?:(?:a|an|the)\s+(?:[\w'’-]+\s+){0,6}?)?"
                           r"(?:based\s+in|in|from|of)\s+(?:the\s+)?("
                           + registry.place_pattern + r")\b(?!\s+(?:and|or)\b)(?!['’]s)", re.IGNORECASE)
        before = re.compile(r"(" + registry.place_pattern + r")['’]s\s+$", re.IGNORECASE)
        for mention in mentions:
            home = registry.home(mention.entry)
            if home is None:
                continue
            allowed, fact = home
            stated = []
            tail = after.match(sentence[mention.end:])
            if tail:
                stated.append(tail.group(1))
            head = before.search(sentence[:mention.start])
            if head:
                stated.append(head.group(1))
            for said in stated:
                place = places[_fold(said)]
                if place.id not in allowed:
                    yield (f'It puts {mention.text} in {place.name}.', fact)
        for said, title, place_name in registry.swapped_places(sentence):
            yield (f'"{said}" names the wrong place.', f'The world\'s name is "{title}", in {place_name}')

    # ---- campaigns ----

    def _campaigns(self, mentions: list[Mention]) -> list[Mention]:
        return [m for m in mentions if isinstance(m.entry, Campaign)]

    def _owners(self, sentence: str, mentions: list[Mention]) -> Iterator[tuple[str, str]]:
        orgs = [m for m in mentions if isinstance(m.entry, Organization)]
        for campaign in self._campaigns(mentions):
            entry = campaign.entry
            assert isinstance(entry, Campaign)
            for org in orgs:
                between = sentence[org.end:campaign.start]
                owner_before = org.end <= campaign.start and re.fullmatch(
                    r"['’]s?\s+(?:(?:campaign|fight|push|work)\s+(?:for|to|on|against)\s+)?(?:the\s+|a\s+)?", between)
                leads = org.end <= campaign.start and re.fullmatch(
                    r"\s+(?:runs|leads|led|started|is running|is leading|organizes|organized)\s+"
                    r"(?:the\s+|a\s+|its\s+)?(?:campaign\s+(?:for|to|on)\s+)?(?:the\s+|a\s+)?", between)
                run_by = campaign.end <= org.start and re.fullmatch(
                    r"\s*(?:campaign\s*)?,?\s*\(?(?:run|led|owned|started|organized)\s+by\s+(?:the\s+)?",
                    sentence[campaign.end:org.start])
                if (owner_before or leads or run_by) and org.entry.id != entry.owner:
                    yield (f'It makes {org.text} the owner of "{campaign.text}".', registry_describe(self, entry))

    def _campaign_for(self, sentence: str, mentions: list[Mention]) -> Iterator[tuple[str, str]]:
        orgs = [m for m in mentions if isinstance(m.entry, Organization)]
        for match in _CAMPAIGN_FOR.finditer(sentence):
            before = [m for m in orgs if m.end <= match.start()]
            if not before:
                continue
            org = before[-1].entry
            assert isinstance(org, Organization)
            campaigns = self.world.campaigns_of(org.id)
            words = _content_words(match.group("what"))
            if not words or any(words & _content_words(f"{c.name} {c.summary}") for c in campaigns):
                continue
            yield (f'It gives {org.name} a campaign for "{match.group("what").strip()}".',
                   f"{org.name}'s campaigns: " + ("; ".join(f"{c.name} ({c.status})" for c in campaigns) or "none"))

    def _statuses(self, sentence: str, mentions: list[Mention]) -> Iterator[tuple[str, str]]:
        campaigns = {m.entry.id: m for m in self._campaigns(mentions)}
        if len(campaigns) != 1:
            return
        (mention,) = campaigns.values()
        entry = mention.entry
        assert isinstance(entry, Campaign)
        said = [status for status, pattern in _STATUS_WORDS.items() if pattern.search(sentence)]
        if len(said) == 1 and said[0] != entry.status:
            yield (f'It calls "{mention.text}" {said[0]}.', registry_describe(self, entry))

    def _stages(self, sentence: str, mentions: list[Mention]) -> Iterator[tuple[str, str]]:
        orgs = [m for m in mentions if isinstance(m.entry, Organization)]
        if not orgs:
            return
        for pattern, stages in _STAGE_WORDS:
            for match in pattern.finditer(sentence):
                nearest = min(orgs, key=lambda m: min(abs(m.start - match.end()), abs(match.start() - m.end)))
                org = nearest.entry
                assert isinstance(org, Organization)
                if org.relationship_stage not in stages:
                    yield (f'"{match.group(0)}" does not fit {org.name}.',
                           f"The department's relationship with {org.name}: {org.relationship_stage} "
                           f"({org.history.split('. ')[0].strip()})")

    def _kinds(self, sentence: str, mentions: list[Mention]) -> Iterator[tuple[str, str]]:
        for mention in mentions:
            entry = mention.entry
            if not isinstance(entry, (Organization, Provider)):
                continue
            tail = re.match(r"^\s*(?:,|\(|\s+is|\s+was)\s*(?:a|an|the)\s+((?:[\w'’-]+\s*){1,5})",
                            sentence[mention.end:])
            if not tail:
                continue
            said = tail.group(1).lower()
            table = _PROVIDER_KINDS if isinstance(entry, Provider) else _ORG_KINDS
            for kind, pattern in table.items():
                called = pattern.match(said)
                if called and kind != entry.kind:
                    yield (f"It calls {mention.text} a {called.group(0).strip()}.", f"{entry.name} is a {entry.kind}")
                    break

    def _people(self, sentence: str, mentions: list[Mention]) -> Iterator[tuple[str, str]]:
        for number, mention in enumerate(mentions):
            person = mention.entry
            if not isinstance(person, Person) or number + 1 >= len(mentions):
                continue
            following = mentions[number + 1]
            between = sentence[mention.end:following.start]
            if not isinstance(following.entry, (Organization, Agency)) or not re.fullmatch(
                    r"\s*(?:,|\()\s*(?:(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}\s+(?:at|of|for|with)\s+)?(?:the\s+)?",
                    between):
                continue
            if following.entry.id != person.organization:
                yield (f"It places {mention.text} at {following.text}.", self.registry.describe(person))

    def _fact_numbers(self, sentence: str) -> Iterator[tuple[str, str]]:
        """A percentage beside a world fact's subject ("mini-grant dollars") must be the fact's."""
        said = set(re.findall(r"(\d+(?:\.\d+)?)\s?%", sentence))
        if not said:
            return
        for fact in self.world.facts:
            numbers = set(re.findall(r"(\d+(?:\.\d+)?)\s?%", fact.statement))
            subject = re.search(r"\d+%\s+of\s+((?:[\w-]+\s+){1,4}?)(?:went|were|was|are|is)\b", fact.statement)
            if not numbers or not subject:
                continue
            anchor = _loose(" ".join(subject.group(1).split()[-2:]).lower())
            if re.search(anchor, sentence, re.IGNORECASE) and said - numbers:
                yield (f"It gives {', '.join(sorted(n + '%' for n in said - numbers))} where the world "
                       f"gives {', '.join(sorted(n + '%' for n in numbers))}.", fact.statement)

    def _rate_ratios(self, sentence: str, mentions: list[Mention]) -> Iterator[tuple[str, str]]:
        """"Twice the county rate" beside a place and a measure must match the Riverbend data."""
        match = _RATIO.search(sentence)
        if not match:
            return
        places = {m.entry.id: m.entry for m in mentions if isinstance(m.entry, Place)}
        topics = [topic for topic in RATE_TABLES if re.search(rf"\b{topic}", sentence, re.IGNORECASE)]
        if len(places) != 1 or len(topics) != 1:
            return
        (place,) = places.values()
        file_name, column = RATE_TABLES[topics[0]]
        rates = _rates(DATA_DIR / file_name, column, place.name)
        if rates is None:
            return
        here, county, rest = rates
        base = rest if match.group("rest") else county
        ratio = here / base if base else 0.0
        said = _times(match.group("n"))
        hedge = (match.group("hedge") or "").lower()
        if hedge in ("nearly", "almost"):
            fits = 0.8 * said <= ratio < said
        elif hedge in ("more than", "over"):
            fits = ratio > said
        else:
            fits = abs(ratio - said) <= 0.15 * said
        if not fits:
            against = "the rest of the county" if match.group("rest") else "the county"
            yield (f'It says "{match.group(0)}" for {topics[0]} in {place.name}.',
                   f"{file_name}: {place.name} {here:.1f} per 10,000 residents, {against} {base:.1f}, "
                   f"so {ratio:.2f} times")

    def _deciders(self, sentence: str, mentions: list[Mention]) -> Iterator[tuple[str, str]]:
        if not _DECIDES.search(sentence):
            return
        campaigns = {m.entry.id: m for m in self._campaigns(mentions)}
        bodies = [m for m in mentions if isinstance(m.entry, Agency) and m.entry.kind == "governing body"]
        council = re.search(r"\bcouncil\b", sentence)
        if council and not any(m.start <= council.start() < m.end for m in mentions):
            bodies.append(Mention(self.world.agency("city-council"), council.start(), council.end(), "the council"))
        if len(campaigns) != 1 or not bodies:
            return
        (mention,) = campaigns.values()
        entry = mention.entry
        assert isinstance(entry, Campaign)
        deciders = {entry.decided_by or entry.target}
        for body in bodies:
            if body.entry.id not in deciders and body.entry.id != entry.target:
                yield (f'It has {body.text} decide "{mention.text}".', registry_describe(self, entry))


_CAMPAIGN_FOR = re.compile(r"\b(?:its|their|['’]s)\s+(?:own\s+)?campaigns?\s+(?:for|to|against|on)\s+"
                           r"(?P<what>[^.;:,()]{3,60})", re.IGNORECASE)
_PLAIN_WORDS = {"a", "an", "the", "for", "to", "of", "in", "and", "on", "at", "by", "with", "every", "all", "new",
                "more", "safe", "free", "community", "county", "city", "local", "its", "their", "our", "better",
                "stop", "against", "campaign", "riverbend", "people", "residents", "families", "neighborhood"}


_ORG_KINDS: dict[str, re.Pattern[str]] = {
    "community power-building organization": re.compile(
        r"(?:community\s+)?power-building\s+(?:organization|group)|cpbo|base-building\s+group|organizing\s+group"),
    "faith-based organization": re.compile(r"faith-based\s+\w+|faith\s+group|congregation"),
    "service provider": re.compile(r"service\s+provider"),
    "neighborhood association": re.compile(r"neighborhood\s+association|block\s+club"),
    "advocacy nonprofit": re.compile(r"advocacy\s+(?:nonprofit|group|organization)"),
    "business association": re.compile(r"business\s+(?:association|group)"),
}
_PROVIDER_KINDS: dict[str, re.Pattern[str]] = {
    "community health center": re.compile(r"community\s+health\s+center"),
    "free clinic": re.compile(r"free\s+clinic|community\s+clinic"),
    "hospital": re.compile(r"(?:\w+\s+)?hospital"),
    "health plan": re.compile(r"(?:\w+\s+)?health\s+plan|insurer"),
    "urgent care center": re.compile(r"urgent\s+care"),
}


DATA_DIR = Path(__file__).parent / "data" / "riverbend"
# The measure a sentence names -> the Riverbend table that counts it and the count's column.
RATE_TABLES: dict[str, tuple[str, str]] = {
    "asthma": ("brief_asthma_visits.csv", "visits"),
    "diabetes": ("diabetes_hospital_stays.csv", "stays"),
    "heat": ("heat_illness_visits.csv", "visits"),
}
_RATIO = re.compile(
    r"(?P<hedge>nearly|almost|more than|over|about|roughly)?\s*(?P<n>twice|double|three times|four times|"
    r"\d+(?:\.\d+)?\s*times)\s+(?:(?:the\s+)?county(?:['’]s)?\s+rate|(?:as\s+\w+\s+)?in\s+[A-Z][\w ]*?\s+as\s+in\s+"
    r"(?P<rest>the\s+rest\s+of\s+the\s+county))", re.IGNORECASE)


def _times(word: str) -> float:
    word = word.lower()
    named = {"twice": 2.0, "double": 2.0, "three times": 3.0, "four times": 4.0}
    return named.get(word, float(re.sub(r"[^\d.]", "", word) or 0))


def _rates(path: Path, column: str, place: str) -> tuple[float, float, float] | None:
    """A place's rate, the county's and the rest of the county's, per 10,000 residents."""
    if not path.is_file():
        return None
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    rows = list(csv.DictReader(lines))
    if not rows or column not in rows[0] or "population" not in rows[0]:
        return None

    def rate(keep: Iterable[dict[str, str]]) -> float:
        chosen = list(keep)
        people = sum(float(r["population"]) for r in chosen)
        return sum(float(r[column]) for r in chosen) / people * 10_000 if people else 0.0

    here = [r for r in rows if r.get("neighborhood") == place]
    if not here:
        return None
    return rate(here), rate(rows), rate(r for r in rows if r.get("neighborhood") != place)


def _content_words(text: str) -> set[str]:
    words = {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z]+", text)}
    return {w for w in words if w not in _PLAIN_WORDS and len(w) > 2}


def registry_describe(checker: Checker, entry: Named) -> str:
    return checker.registry.describe(entry)


def _trim_leads(name: str) -> str:
    words = name.split()
    while words and (words[0].lower() in _SKIP_LEADS or (words[0].isupper() and len(words[0]) > 3)):
        words = words[1:]
    while words and words[0].lower() in _GLUE:
        words = words[1:]
    return " ".join(words)


def _known_tail(registry: Registry, name: str) -> bool:
    """Whether the name, or the name less some words in front, is known."""
    words = name.split()
    return any(registry.known(" ".join(words[i:])) for i in range(len(words)) if len(words) - i >= 1
               and (i == 0 or len(words) - i >= 2))


def _home_id(entry: Named) -> str | None:
    if isinstance(entry, Organization):
        return entry.neighborhood
    if isinstance(entry, Provider):
        return entry.serves
    return None


def _noun_fits(noun: str, entry: Named) -> bool:
    name = entry.name.lower()
    if noun in ("clinic", "health center"):
        return (isinstance(entry, Provider) and entry.kind in ("community health center", "free clinic")) or "clinic" in name
    if noun == "hospital":
        return isinstance(entry, Provider) and entry.kind == "hospital"
    return noun.replace("’", "'").replace("tenants' union", "tenants union") in name or noun.split()[-1] in name


# ---------------------------------------------------------------------------------------------
# reading the course


def course_files(root: Path | None = None) -> list[Path]:
    """Every file whose text should agree with the world."""
    root = root if root is not None else course_root()
    files = [*sorted((root / "modules").glob("*.ipynb")), *sorted((root / "exercises").glob("*/*.ipynb")),
             root / "course" / "start.ipynb", *sorted((root / "course" / "facilitator").glob("*.md")),
             *sorted(p for p in (root / "course").glob("*.toml") if p.name not in ("world.toml", REAL_WORLD_FILE.name)),
             *sorted((root / "course" / "items").glob("*.toml")),
             *sorted((root / "course" / "examples").glob("*.toml"))]
    skip = {root / "grader" / "course" / "world.py", root / "grader" / "course" / "prose.py"}
    files += sorted(p for p in (root / "grader").rglob("*.py")
                    if p not in skip and "tools" not in p.relative_to(root / "grader").parts)
    return [p for p in files if p.is_file()]


def _toml_strings(data: dict[str, object], folder: str) -> list[tuple[str, str]]:
    """Every text in a module's item file (``course/items``), each placed by item id and field, or
    in its example file (``course/examples``), each placed by example and field."""
    found: list[tuple[str, str]] = []

    def walk(value: object, where: str) -> None:
        if isinstance(value, str):
            if " " in value.strip():  # words people read, not ids, kinds or digests
                found.append((where, value))
        elif isinstance(value, dict):
            for key, inner in value.items():
                walk(inner, f"{where}.{key}")
        elif isinstance(value, list):
            for number, inner in enumerate(value, start=1):
                walk(inner, f"{where}[{number}]")

    if folder == "examples":
        for key, value in data.items():
            walk(value, key)
        return found
    items = data.get("item", [])
    for item in items if isinstance(items, list) else []:
        walk({k: v for k, v in item.items() if k not in ("kind", "id")}, f'item "{item.get("id")}"')
    return found


def passages(path: Path, root: Path | None = None) -> list[Passage]:
    """The text of a file that people read: a notebook's Markdown cells and the strings and
    comments of its code cells (model answers included), a page's lines, a Python file's string
    constants (docstrings left out)."""
    root = root if root is not None else course_root()
    name = str(path.relative_to(root)) if path.is_relative_to(root) else str(path)
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".ipynb":
        found = []
        for number, cell in enumerate(json.loads(text)["cells"], start=1):
            source = "".join(cell["source"])
            where = f"cell {number}"
            if cell["cell_type"] != "code":
                found.append(Passage(name, where, source))
                continue
            found += [Passage(name, where, piece) for _, piece in _code_strings(source)]
        return found
    if path.suffix == ".py":
        return [Passage(name, f"line {line}", piece) for line, piece in _code_strings(text, docstrings=False)]
    if path.suffix == ".toml" and path.parent.name in ("items", "examples"):
        return [Passage(name, where, piece) for where, piece in _toml_strings(tomllib.loads(text), path.parent.name)]
    found = []
    paragraph: list[str] = []
    start = 1
    for number, line in enumerate([*text.splitlines(), ""], start=1):
        if line.strip():
            if not paragraph:
                start = number
            paragraph.append(line)
        elif paragraph:
            found.append(Passage(name, f"line {start}", "\n".join(paragraph)))
            paragraph = []
    return found


def _code_strings(source: str, docstrings: bool = True) -> list[tuple[int, str]]:
    """String constants and comments of Python code, with their line numbers."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return [(1, source)]
    skip: set[int] = set()
    if not docstrings:
        for node in ast.walk(tree):
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
                first = node.body[0]
                if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                    skip.add(id(first.value))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            parts = []
            for value in node.values:
                skip.add(id(value))
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    parts.append(value.value)
                else:
                    parts.append("{…}")
                    if isinstance(value, ast.FormattedValue) and isinstance(value.format_spec, ast.JoinedStr):
                        skip.update(id(v) for v in value.format_spec.values)
            found.append((node.lineno, "".join(parts)))
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            found.append((node.lineno, node.value))
    found += _comments(source)
    return sorted(found)


def _comments(source: str) -> list[tuple[int, str]]:
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    except (tokenize.TokenError, SyntaxError):
        return []
    return [(token.start[0], token.string.lstrip("#").strip()) for token in tokens
            if token.type == tokenize.COMMENT]


def check_course(root: Path | None = None, world: World | None = None,
                 real: RealWorldNames | None = None, files: Sequence[Path] | None = None) -> list[Finding]:
    """Every finding in the course's text."""
    root = root if root is not None else course_root()
    world = world if world is not None else load_world(root / "course" / "world.toml")
    real = real if real is not None else load_real_world_names(root / REAL_WORLD_FILE)
    checker = Checker(world, real)
    found: list[Finding] = []
    for path in (files if files is not None else course_files(root)):
        for passage in passages(path, root):
            found += checker.check_passage(passage)
    return list(dict.fromkeys(found))


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m grader.course.prose",
                                     description="List sentences in the course that contradict Riverbend's world.")
    parser.add_argument("paths", nargs="*", type=Path, help="files to check (default: the whole course)")
    args = parser.parse_args(list(argv) if argv is not None else None)
    root = course_root()
    files = [p.resolve() for p in args.paths] or None
    found = check_course(root, files=files)
    for finding in found:
        print(finding)
    print(f"{len(found)} finding{'s' if len(found) != 1 else ''}.")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())

"""Riverbend County, the course's one fictional world (``course/world.toml``), as typed data.

``load_world()`` reads the hand-written TOML file, checks that it agrees with itself and gives a
frozen :class:`World`: places, landmarks, the health department, agencies, organizations,
campaigns, providers, contracts, people and a few stated facts, each with lookups by id and by
name. Whatever is wrong in the file comes back as one :class:`WorldError` that lists every
problem, each naming the table, the entry, the field and how to fix it.

Riverbend County is fictional: every name and number in it is invented for the course.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from grader.course.syllabus import SyllabusError, course_root

WORLD_FILE = Path("course") / "world.toml"
ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]*$")
BOARD_AUTHORITIES = ("advises", "approves", "decides")
ENDED = ("won", "lost")


class WorldError(ValueError):
    """The world file is missing something or contradicts itself.

    ``problems`` holds one line per problem; the message lists them all, each saying where it
    is (table, entry, field), what is wrong and how to fix it.
    """

    def __init__(self, path: Path | str, problems: Iterable[str]) -> None:
        self.path = Path(path)
        self.problems: tuple[str, ...] = tuple(problems)
        count = len(self.problems)
        heading = f"{self.path} has {count} problem{'s' if count != 1 else ''}:"
        super().__init__("\n".join([heading, *(f"- {problem}" for problem in self.problems)]))


# ---------------------------------------------------------------------------------------------
# the entries


@dataclass(frozen=True)
class Scales:
    relationship_stages: tuple[str, ...]
    campaign_statuses: tuple[str, ...]
    spectrum_levels: tuple[str, ...]
    place_kinds: tuple[str, ...]
    race_ethnicity_groups: tuple[str, ...]
    organization_kinds: tuple[str, ...]
    contractor_classes: tuple[str, ...]
    agency_kinds: tuple[str, ...]
    provider_kinds: tuple[str, ...]
    provider_ownerships: tuple[str, ...]
    issues: tuple[str, ...]


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    kind: str
    municipality: str
    description: str
    population: int | None = None
    race_ethnicity: tuple[tuple[str, float], ...] = ()

    def share(self, group: str) -> float:
        """The share of residents in a race/ethnicity group (a KeyError if none is given)."""
        shares = dict(self.race_ethnicity)
        if group not in shares:
            raise KeyError(f"{self.name} has no race/ethnicity share for {group!r}; "
                           f"it has: {', '.join(shares) or 'none'}.")
        return shares[group]


@dataclass(frozen=True)
class Landmark:
    id: str
    name: str
    place: str
    description: str
    near: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Division:
    id: str
    name: str
    head: str
    teams: tuple[str, ...] = ()


@dataclass(frozen=True)
class AdvisoryBoard:
    id: str
    name: str
    founded: int
    organizations: tuple[str, ...]
    authority: str
    members_paid: bool


@dataclass(frozen=True)
class Department:
    id: str
    name: str
    director: str
    headquarters: str
    description: str
    divisions: tuple[Division, ...] = ()
    advisory_boards: tuple[AdvisoryBoard, ...] = ()


@dataclass(frozen=True)
class Agency:
    id: str
    name: str
    government: str
    kind: str
    description: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Organization:
    id: str
    name: str
    kind: str
    neighborhood: str
    mission: str
    history: str
    relationship_stage: str
    spectrum_level: str | None = None
    members: int | None = None
    contractor_class: str | None = None
    data_id: str | None = None
    priorities: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Campaign:
    id: str
    name: str
    owner: str
    issue: str
    target: str
    status: str
    start: int
    summary: str
    backers: tuple[str, ...] = ()
    decided_by: str | None = None
    end: int | None = None
    place: str | None = None
    aliases: tuple[str, ...] = ()

    @property
    def organizations(self) -> tuple[str, ...]:
        """The owner first, then the backers."""
        return (self.owner, *self.backers)


@dataclass(frozen=True)
class Provider:
    id: str
    name: str
    kind: str
    ownership: str
    serves: str
    federally_funded: bool
    aliases: tuple[str, ...] = ()

    @property
    def reports_community_benefit(self) -> bool:
        """Whether it is a nonprofit hospital: the only kind of provider the course's
        community-benefit criterion should be applied to (issue 12; the course still needs a
        source for this before the module says so)."""
        return self.kind == "hospital" and self.ownership == "nonprofit"


@dataclass(frozen=True)
class Contract:
    id: str
    name: str
    holder: str
    division: str
    fiscal_years: tuple[int, ...]


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    role: str
    organization: str
    place: str
    community: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Fact:
    id: str
    about: str
    statement: str


Entry = (Place | Landmark | Division | AdvisoryBoard | Department | Agency | Organization | Campaign
         | Provider | Contract | Person | Fact)


@dataclass(frozen=True)
class World:
    """The whole of Riverbend County, read from ``course/world.toml``; see :func:`load_world`."""

    name: str
    seat: str
    current_year: int
    note: str
    scales: Scales
    places: tuple[Place, ...]
    landmarks: tuple[Landmark, ...]
    department: Department
    agencies: tuple[Agency, ...]
    organizations: tuple[Organization, ...]
    campaigns: tuple[Campaign, ...]
    providers: tuple[Provider, ...]
    contracts: tuple[Contract, ...]
    people: tuple[Person, ...]
    facts: tuple[Fact, ...]
    path: Path = field(default=WORLD_FILE, compare=False)

    # ---- lookups ----

    def entries(self) -> tuple[Entry, ...]:
        """Every entry with an id, the department and its divisions and boards included."""
        return (*self.places, *self.landmarks, self.department, *self.department.divisions,
                *self.department.advisory_boards, *self.agencies, *self.organizations,
                *self.campaigns, *self.providers, *self.contracts, *self.people, *self.facts)

    def get(self, entry_id: str) -> Entry:
        """The entry with this id, whatever its kind; a KeyError that names close ids if none."""
        found = _index(self.entries(), "id").get(entry_id)
        if found is None:
            raise KeyError(_unknown(entry_id, "id", [entry.id for entry in self.entries()]))
        return found

    def by_name(self, name: str) -> Entry:
        """The entry with this name (case and spacing ignored), whatever its kind."""
        named = {_fold(entry.name): entry for entry in self.entries() if not isinstance(entry, Fact)}
        found = named.get(_fold(name))
        if found is None:
            raise KeyError(_unknown(name, "name", [entry.name for entry in self.entries()
                                                   if not isinstance(entry, Fact)]))
        return found

    def place(self, place_id: str) -> Place:
        return self._typed(place_id, Place)

    def organization(self, org_id: str) -> Organization:
        return self._typed(org_id, Organization)

    def campaign(self, campaign_id: str) -> Campaign:
        return self._typed(campaign_id, Campaign)

    def agency(self, agency_id: str) -> Agency:
        return self._typed(agency_id, Agency)

    def provider(self, provider_id: str) -> Provider:
        return self._typed(provider_id, Provider)

    def person(self, person_id: str) -> Person:
        return self._typed(person_id, Person)

    def contract(self, contract_id: str) -> Contract:
        return self._typed(contract_id, Contract)

    def campaigns_of(self, org_id: str, *, backed: bool = True) -> tuple[Campaign, ...]:
        """The campaigns an organization runs, and (unless ``backed=False``) those it backs."""
        self.organization(org_id)
        return tuple(c for c in self.campaigns
                     if c.owner == org_id or (backed and org_id in c.backers))

    def priorities_of(self, org_id: str) -> tuple[Campaign, ...]:
        """An organization's top campaigns, first priority first."""
        return tuple(self.campaign(cid) for cid in self.organization(org_id).priorities)

    def people_of(self, org_id: str) -> tuple[Person, ...]:
        return tuple(person for person in self.people if person.organization == org_id)

    def contracts_of(self, org_id: str) -> tuple[Contract, ...]:
        return tuple(contract for contract in self.contracts if contract.holder == org_id)

    def _typed(self, entry_id: str, kind: type) -> Any:
        found = {entry.id: entry for entry in self.entries() if isinstance(entry, kind)}.get(entry_id)
        if found is None:
            label = _LABELS.get(kind, kind.__name__.lower())
            raise KeyError(_unknown(entry_id, f"{label} id",
                                    [entry.id for entry in self.entries() if isinstance(entry, kind)]))
        return found


_LABELS: dict[type, str] = {Place: "place", Organization: "organization", Campaign: "campaign",
                            Agency: "agency", Provider: "provider", Person: "person", Contract: "contract"}


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _index(entries: Iterable[Any], key: str) -> dict[str, Any]:
    return {getattr(entry, key): entry for entry in entries}


def _unknown(value: str, what: str, known: Iterable[str]) -> str:
    known = list(known)
    close = difflib.get_close_matches(value, known, n=3, cutoff=0.6)
    hint = f" Did you mean {', '.join(repr(c) for c in close)}?" if close else ""
    return f"Riverbend has no {what} {value!r}.{hint}"


# ---------------------------------------------------------------------------------------------
# reading the file


def world_path() -> Path:
    """``course/world.toml`` in the course checkout (found as the syllabus finds it)."""
    try:
        return course_root() / WORLD_FILE
    except SyllabusError as error:
        raise WorldError(WORLD_FILE, [str(error)]) from error


def load_world(path: Path | str | None = None) -> World:
    """Read and check the world file (``course/world.toml`` unless a path is given)."""
    path = Path(path) if path is not None else world_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise WorldError(path, [f"There is no world file at {path}. Restore course/world.toml from "
                                "the course repository, or pass the path of a world file."]) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise WorldError(path, [f"It is not valid TOML: {error}. Fix the line it names."]) from None
    reader = _Reader(path)
    world = reader.read(data)
    if reader.problems or world is None:
        raise WorldError(path, reader.problems)
    return world


# Field specs: (name, type, required, scale or choices, reference kind).
# types: text, int, bool, texts (list of text), ints (list of whole numbers), shares (group -> 0..1).
# references are checked once every id is known.

@dataclass(frozen=True)
class _F:
    name: str
    type: str = "text"
    required: bool = True
    scale: str | tuple[str, ...] | None = None
    ref: str | None = None


_TABLES: dict[str, tuple[type, tuple[_F, ...]]] = {
    "places": (Place, (
        _F("id"), _F("name"), _F("kind", scale="place_kinds"), _F("municipality"), _F("description"),
        _F("population", "int", required=False),
        _F("race_ethnicity", "shares", required=False, scale="race_ethnicity_groups"),
    )),
    "landmarks": (Landmark, (
        _F("id"), _F("name"), _F("place", ref="place"), _F("description"),
        _F("near", "texts", required=False, ref="place"),
        _F("aliases", "texts", required=False),
    )),
    "agencies": (Agency, (
        _F("id"), _F("name"), _F("government", scale=("county", "city")), _F("kind", scale="agency_kinds"),
        _F("description"),
        _F("aliases", "texts", required=False),
    )),
    "organizations": (Organization, (
        _F("id"), _F("name"), _F("kind", scale="organization_kinds"), _F("neighborhood", ref="place"),
        _F("mission"), _F("history"), _F("relationship_stage", scale="relationship_stages"),
        _F("spectrum_level", required=False, scale="spectrum_levels"),
        _F("members", "int", required=False),
        _F("contractor_class", required=False, scale="contractor_classes"),
        _F("data_id", required=False),
        _F("priorities", "texts", required=False, ref="campaign"),
        _F("aliases", "texts", required=False),
    )),
    "campaigns": (Campaign, (
        _F("id"), _F("name"), _F("owner", ref="organization"), _F("issue", scale="issues"),
        _F("target", ref="target"), _F("status", scale="campaign_statuses"), _F("start", "int"),
        _F("summary"), _F("backers", "texts", required=False, ref="organization"),
        _F("decided_by", required=False, ref="governing body"), _F("end", "int", required=False),
        _F("place", required=False, ref="place"),
        _F("aliases", "texts", required=False),
    )),
    "providers": (Provider, (
        _F("id"), _F("name"), _F("kind", scale="provider_kinds"),
        _F("ownership", scale="provider_ownerships"), _F("serves", ref="place"),
        _F("federally_funded", "bool"),
        _F("aliases", "texts", required=False),
    )),
    "contracts": (Contract, (
        _F("id"), _F("name"), _F("holder", ref="organization"), _F("division", ref="division"),
        _F("fiscal_years", "ints"),
    )),
    "people": (Person, (
        _F("id"), _F("name"), _F("role"), _F("organization", ref="employer"), _F("place", ref="place"),
        _F("community"),
        _F("aliases", "texts", required=False),
    )),
    "facts": (Fact, (_F("id"), _F("about", ref="any"), _F("statement"))),
}

_DEPARTMENT = (_F("id"), _F("name"), _F("director", ref="staff"), _F("headquarters", ref="place"),
               _F("description"))
_DIVISION = (_F("id"), _F("name"), _F("head", ref="staff"), _F("teams", "texts", required=False))
_BOARD = (_F("id"), _F("name"), _F("founded", "int"), _F("organizations", "texts", ref="organization"),
          _F("authority", scale=BOARD_AUTHORITIES), _F("members_paid", "bool"))
_TOP = ("county", "scales", "places", "landmarks", "department", "agencies", "organizations",
        "campaigns", "providers", "contracts", "people", "facts")
_SCALE_NAMES = tuple(Scales.__dataclass_fields__)
_TYPE_WORDS = {"text": "text in quotes", "int": "a whole number", "bool": "true or false",
               "texts": "a list of texts in quotes", "ints": "a list of whole numbers",
               "shares": 'a table of shares, such as { "Latino" = 0.4, "White" = 0.6 }'}


class _Reader:
    """Turns the parsed TOML into a World, collecting every problem on the way."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[str] = []
        self.scales: dict[str, tuple[str, ...]] = {}
        self.refs: list[tuple[str, str, str, str]] = []  # (where, field, value, kind)
        self.where: dict[str, str] = {}  # id -> where it was defined
        # ids of every entry, broken ones included, so one mistake is reported once
        self.declared: dict[str, set[str]] = {}

    def problem(self, text: str) -> None:
        self.problems.append(text)

    # ---- top level ----

    def read(self, data: Mapping[str, Any]) -> World | None:
        for key in data:
            if key not in _TOP:
                self.problem(f"[{key}] is not a table the world knows{_suggest(key, _TOP)}. "
                             f"The tables are: {', '.join(_TOP)}.")
        county = self._mapping(data, "county", "[county]")
        name = self._value(county, "[county]", _F("name"))
        seat = self._value(county, "[county]", _F("seat"))
        year = self._value(county, "[county]", _F("current_year", "int"))
        note = self._value(county, "[county]", _F("note"))
        self._unknown_keys(county, "[county]", ("name", "seat", "current_year", "note"))
        scales = self._scales(data)
        self.scales = {key: getattr(scales, key) for key in _SCALE_NAMES}

        tables: dict[str, tuple[Any, ...]] = {}
        for table, (kind, fields) in _TABLES.items():
            tables[table] = tuple(self._entries(data, table, kind, fields))
        department = self._department(data)
        if department is None or not isinstance(year, int):
            return None
        world = World(name=name, seat=seat, current_year=year, note=note, scales=scales,
                      department=department, path=self.path, **tables)
        self._check(world)
        return world

    def _scales(self, data: Mapping[str, Any]) -> Scales:
        raw = self._mapping(data, "scales", "[scales]")
        self._unknown_keys(raw, "[scales]", _SCALE_NAMES)
        values = {}
        for name in _SCALE_NAMES:
            value = self._value(raw, "[scales]", _F(name, "texts"))
            values[name] = tuple(value) if isinstance(value, list) else ()
            if isinstance(value, list) and len(set(value)) != len(value):
                self.problem(f'[scales], field "{name}": a value is listed twice. List each once.')
        return Scales(**values)

    def _department(self, data: Mapping[str, Any]) -> Department | None:
        raw = self._mapping(data, "department", "[department]")
        where = "[department]"
        self._unknown_keys(raw, where, (*(f.name for f in _DEPARTMENT), "divisions", "advisory_boards"))
        values = self._fields(raw, where, _DEPARTMENT)
        self._register(values.get("id"), where)
        divisions = tuple(self._entries(raw, "divisions", Division, _DIVISION, prefix="department."))
        boards = tuple(self._entries(raw, "advisory_boards", AdvisoryBoard, _BOARD, prefix="department."))
        if any(values.get(f.name) is None for f in _DEPARTMENT):
            return None
        return Department(**values, divisions=divisions, advisory_boards=boards)

    # ---- entries ----

    def _mapping(self, data: Mapping[str, Any], key: str, where: str) -> Mapping[str, Any]:
        raw = data.get(key)
        if raw is None:
            self.problem(f"{where} is missing. Add the {where} table (see course/world.toml in the "
                         "course repository for its fields).")
            return {}
        if not isinstance(raw, dict):
            self.problem(f"{where} should be a table, written {where} on a line of its own.")
            return {}
        return raw

    def _entries(self, data: Mapping[str, Any], table: str, kind: type, fields: tuple[_F, ...],
                 prefix: str = "") -> Iterable[Any]:
        raw = data.get(table, [])
        label = f"[[{prefix}{table}]]"
        if not isinstance(raw, list) or not all(isinstance(item, dict) for item in raw):
            self.problem(f"{label} should be a list of entries, each starting with a line {label}.")
            return
        for number, item in enumerate(raw, start=1):
            entry_id = item.get("id")
            where = (f'{label} entry "{entry_id}"' if isinstance(entry_id, str) and entry_id
                     else f"{label} entry number {number}")
            self._unknown_keys(item, where, tuple(f.name for f in fields))
            values = self._fields(item, where, fields)
            if values.get("id") is not None:
                self.declared.setdefault(table, set()).add(values["id"])
                self._register(values["id"], where)
            if any(values.get(f.name) is None for f in fields if f.required):
                continue
            yield kind(**{key: value for key, value in values.items() if value is not None})

    def _fields(self, item: Mapping[str, Any], where: str, fields: tuple[_F, ...]) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for spec in fields:
            value = self._value(item, where, spec)
            if value is not None and spec.type in ("texts", "ints"):
                value = tuple(value)
            if value is not None and spec.type == "shares":
                value = tuple((key, float(share)) for key, share in value.items())
            values[spec.name] = value
        return values

    def _value(self, item: Mapping[str, Any], where: str, spec: _F) -> Any:
        if spec.name not in item:
            if spec.required:
                self.problem(f'{where}, field "{spec.name}": it is missing. Add {spec.name} = '
                             f"{_example(spec)}.")
            return None
        value = item[spec.name]
        if not _is_type(value, spec.type):
            extra = ""
            if spec.name == "status" and isinstance(value, list):
                extra = (" A campaign has exactly one status: it cannot be both "
                         f"{' and '.join(str(v) for v in value)}. Keep the one the stories use.")
            self.problem(f'{where}, field "{spec.name}": it should be {_TYPE_WORDS[spec.type]}, '
                         f"but it is {value!r}.{extra}")
            return None
        if spec.type == "text" and not value.strip():
            self.problem(f'{where}, field "{spec.name}": it is empty. Write the {spec.name.replace("_", " ")}.')
            return None
        if spec.name == "id" and not ID_PATTERN.match(value):
            self.problem(f'{where}, field "id": {value!r} is not a usable id. Use letters, digits '
                         'and hyphens only, such as "mill-flats".')
            return None
        if spec.type == "shares" and not self._shares_add_up(value, where, spec.name):
            return None
        if spec.scale is not None:
            allowed = spec.scale if isinstance(spec.scale, tuple) else self.scales.get(spec.scale, ())
            given = list(value) if isinstance(value, (list, dict)) else [value]
            for one in given:
                if allowed and one not in allowed:
                    source = f" (from [scales] {spec.scale})" if isinstance(spec.scale, str) else ""
                    self.problem(f'{where}, field "{spec.name}": {one!r} is not one of the allowed '
                                 f"values{source}{_suggest(one, allowed)}. Use one of: "
                                 f"{', '.join(repr(a) for a in allowed)}.")
                    return None
        if spec.ref is not None:
            for one in (value if isinstance(value, list) else [value]):
                self.refs.append((where, spec.name, one, spec.ref))
        return value

    def _shares_add_up(self, value: Mapping[str, float], where: str, name: str) -> bool:
        wrong = [key for key, share in value.items() if not 0 <= share <= 1]
        if wrong:
            self.problem(f'{where}, field "{name}": each share should be from 0 to 1 (0.3 for 30%), '
                         f"but {', '.join(wrong)} {'is' if len(wrong) == 1 else 'are'} not.")
            return False
        total = sum(value.values())
        if abs(total - 1) > 0.01:
            self.problem(f'{where}, field "{name}": the shares add up to {total:.3f}, not 1. '
                         "Give every group's share so that they add up to 1.")
            return False
        return True

    def _unknown_keys(self, item: Mapping[str, Any], where: str, known: tuple[str, ...]) -> None:
        for key in item:
            if key not in known:
                self.problem(f'{where}, field "{key}": the world has no such field'
                             f"{_suggest(key, known)}. The fields here are: {', '.join(known)}.")

    def _register(self, entry_id: str | None, where: str) -> None:
        if entry_id is None:
            return
        if entry_id in self.where:
            self.problem(f'{where}, field "id": the id "{entry_id}" is already used by '
                         f"{self.where[entry_id]}. Give every entry its own id.")
        else:
            self.where[entry_id] = where

    # ---- how the entries fit together ----

    def _check(self, world: World) -> None:
        self._check_refs(world)
        self._check_names(world)
        self._check_campaigns(world)
        self._check_organizations(world)
        self._check_contracts(world)
        self._check_department(world)

    def _check_refs(self, world: World) -> None:
        declared = self.declared
        orgs = declared.get("organizations", set())
        agencies = declared.get("agencies", set())
        broken_agencies = agencies - {a.id for a in world.agencies}
        broken_people = declared.get("people", set()) - {p.id for p in world.people}
        staff = {p.id for p in world.people if p.organization == world.department.id} | broken_people
        kinds: dict[str, tuple[str, Iterable[str]]] = {
            "place": ("place (in [[places]])", declared.get("places", set())),
            "organization": ("organization (in [[organizations]])", orgs),
            "campaign": ("campaign (in [[campaigns]])", declared.get("campaigns", set())),
            "target": ("agency (in [[agencies]]) or the department", [*agencies, world.department.id]),
            "governing body": ("governing body (an [[agencies]] entry with kind = \"governing body\")",
                               [a.id for a in world.agencies if a.kind == "governing body"]
                               + sorted(broken_agencies)),
            "division": ("division (in [[department.divisions]])", declared.get("divisions", set())),
            "employer": ("organization, agency or the department",
                         [*orgs, *agencies, world.department.id]),
            "staff": ("person on the department's staff (a [[people]] entry with organization = "
                      f'"{world.department.id}")', staff),
            "any": ("entry", self.where),
        }
        for where, name, value, kind in self.refs:
            label, known = kinds[kind]
            known = list(known)
            if value not in known:
                self.problem(f'{where}, field "{name}": there is no {label} with the id "{value}"'
                             f"{_suggest(value, known)}. Use the id of one, or add it.")

    def _check_names(self, world: World) -> None:
        seen: dict[str, str] = {}
        for entry in world.entries():
            if isinstance(entry, Fact):
                continue
            key = _fold(entry.name)
            if key in seen:
                first = self.where.get(seen[key], seen[key])
                self.problem(f'{self.where.get(entry.id, entry.id)}, field "name": the name '
                             f'"{entry.name}" is already used by {first}. Stories name things, '
                             "so every name must point to one entry: merge the two or rename one.")
            else:
                seen[key] = entry.id
        for entry in world.entries():
            for alias in getattr(entry, "aliases", ()):
                key = _fold(alias)
                if key in seen and seen[key] != entry.id:
                    other = self.where.get(seen[key], seen[key])
                    self.problem(f'{self.where.get(entry.id, entry.id)}, field "aliases": "{alias}" '
                                 f"already names {other}. A short name must point to one entry: "
                                 "drop it or make it longer.")
                else:
                    seen[key] = entry.id

    def _check_campaigns(self, world: World) -> None:
        by_name: dict[str, Campaign] = {}
        for campaign in world.campaigns:
            where = self.where[campaign.id]
            twin = by_name.get(_fold(campaign.name))
            if twin is not None and twin.status != campaign.status:
                self.problem(f'{where}: the campaign "{campaign.name}" is also {self.where[twin.id]}, '
                             f"so it is both {twin.status} and {campaign.status}. A campaign has one "
                             "status: merge the two entries and keep the status the stories use.")
            by_name.setdefault(_fold(campaign.name), campaign)
            if campaign.owner in campaign.backers:
                self.problem(f'{where}, field "backers": the owner "{campaign.owner}" is also listed '
                             "as a backer. Leave the owner out of backers.")
            if len(set(campaign.backers)) != len(campaign.backers):
                self.problem(f'{where}, field "backers": an organization is listed twice. List each once.')
            if campaign.start > world.current_year:
                self.problem(f'{where}, field "start": {campaign.start} is after the course\'s year '
                             f"({world.current_year}, [county] current_year). Use a year up to it.")
            if campaign.status in ENDED and campaign.end is None:
                self.problem(f'{where}, field "end": a {campaign.status} campaign needs the year it '
                             f"ended. Add end = YEAR, or change its status.")
            if campaign.status not in ENDED and campaign.end is not None:
                self.problem(f'{where}, field "end": a campaign that is {campaign.status} has not '
                             'ended, so it has no end year. Remove end, or set status to "won" or "lost".')
            if campaign.end is not None:
                if campaign.end < campaign.start:
                    self.problem(f'{where}, field "end": the end year {campaign.end} is before the '
                                 f"start year {campaign.start}. Swap them or correct one.")
                if campaign.end > world.current_year:
                    self.problem(f'{where}, field "end": {campaign.end} is after the course\'s year '
                                 f"({world.current_year}). A campaign cannot have ended yet.")
            if campaign.target == campaign.decided_by:
                self.problem(f'{where}, field "decided_by": it repeats the target. Leave decided_by '
                             "out when the target itself decides.")

    def _check_organizations(self, world: World) -> None:
        campaigns = _index(world.campaigns, "id")
        data_ids: dict[str, str] = {}
        for org in world.organizations:
            where = self.where[org.id]
            if org.data_id is not None:
                if org.data_id in data_ids:
                    self.problem(f'{where}, field "data_id": "{org.data_id}" is already the data_id of '
                                 f"{self.where[data_ids[org.data_id]]}. The CSVs need one per organization.")
                data_ids.setdefault(org.data_id, org.id)
            if len(org.priorities) > 3:
                self.problem(f'{where}, field "priorities": it lists {len(org.priorities)} campaigns. '
                             "List the top three at most, first priority first.")
            if len(set(org.priorities)) != len(org.priorities):
                self.problem(f'{where}, field "priorities": a campaign is listed twice. List each once.')
            for campaign_id in org.priorities:
                campaign = campaigns.get(campaign_id)
                known_owner = campaign is not None and campaign.owner in self.where
                if known_owner and campaign is not None and org.id not in campaign.organizations:
                    self.problem(f'{where}, field "priorities": "{campaign_id}" is a campaign of '
                                 f'"{campaign.owner}" that {org.id} neither runs nor backs. Add '
                                 f'"{org.id}" to its backers, or drop it from the priorities.')
            if org.members is not None and org.members < 0:
                self.problem(f'{where}, field "members": {org.members} is below zero.')

    def _check_contracts(self, world: World) -> None:
        orgs = _index(world.organizations, "id")
        for contract in world.contracts:
            where = self.where[contract.id]
            holder = orgs.get(contract.holder)
            if holder is not None and holder.contractor_class is None:
                self.problem(f'{where}, field "holder": "{holder.id}" holds a contract but has no '
                             f"contractor_class. Add contractor_class to {self.where[holder.id]}.")
            years = contract.fiscal_years
            if not years:
                self.problem(f'{where}, field "fiscal_years": it is empty. List the years the contract runs.')
            elif list(years) != sorted(set(years)) or years[-1] > world.current_year:
                self.problem(f'{where}, field "fiscal_years": list each year once, earliest first, '
                             f"none after {world.current_year}.")

    def _check_department(self, world: World) -> None:
        for place in world.places:
            if place.population is not None and place.population < 0:
                self.problem(f'{self.where[place.id]}, field "population": it is below zero.')
        for board in world.department.advisory_boards:
            if board.founded > world.current_year:
                self.problem(f'{self.where[board.id]}, field "founded": {board.founded} is after '
                             f"the course's year ({world.current_year}).")


def _is_type(value: Any, kind: str) -> bool:
    if kind == "text":
        return isinstance(value, str)
    if kind == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "bool":
        return isinstance(value, bool)
    if kind == "texts":
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    if kind == "ints":
        return isinstance(value, list) and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
    if kind == "shares":
        return isinstance(value, dict) and all(isinstance(v, (int, float)) and not isinstance(v, bool)
                                               for v in value.values())
    raise ValueError(kind)


def _example(spec: _F) -> str:
    return {"text": '"..."', "int": "2024", "bool": "true", "texts": '["..."]', "ints": "[2024]",
            "shares": '{ "Latino" = 0.4, "White" = 0.6 }'}[spec.type]


def _suggest(value: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(str(value), list(known), n=1, cutoff=0.6)
    return f' (did you mean "{close[0]}"?)' if close else ""

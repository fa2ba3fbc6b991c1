"""The Riverbend world (course/world.toml): the real file agrees with itself and with the
choices recorded for issue 12, and every kind of mistake in a world file gets a clear error."""

from __future__ import annotations

import copy
import json
import tomllib
from pathlib import Path

import pytest

from grader.course.world import Campaign, Organization, World, WorldError, load_world, world_path

LATINO_WORDS = ("latino", "latina", "mexican", "salvadoran", "guatemalan", "puerto rican", "hispanic")


@pytest.fixture(scope="module")
def world() -> World:
    return load_world()


# ---- the real world file ----------------------------------------------------------------------


def test_the_real_world_file_loads_from_the_course_checkout(world: World) -> None:
    assert world_path().name == "world.toml"
    assert world.name == "Riverbend County"
    assert len(world.places) >= 7
    assert len(world.organizations) >= 16
    assert len(world.campaigns) >= 30
    assert world.department.name == "Riverbend County Health Department"


def test_ids_and_names_are_unique_across_the_whole_world(world: World) -> None:
    ids = [entry.id for entry in world.entries()]
    assert len(ids) == len(set(ids))
    names = [" ".join(entry.name.split()).casefold() for entry in world.entries() if hasattr(entry, "name")]
    assert len(names) == len(set(names))


def test_every_campaign_owner_and_backer_is_an_organization(world: World) -> None:
    org_ids = {org.id for org in world.organizations}
    for campaign in world.campaigns:
        assert campaign.owner in org_ids, campaign
        assert set(campaign.backers) <= org_ids, campaign


def test_every_persons_organization_and_place_exist(world: World) -> None:
    employers = ({org.id for org in world.organizations} | {a.id for a in world.agencies}
                 | {world.department.id})
    place_ids = {place.id for place in world.places}
    for person in world.people:
        assert person.organization in employers, person
        assert person.place in place_ids, person


def test_no_campaign_has_two_statuses(world: World) -> None:
    statuses: dict[str, set[str]] = {}
    for campaign in world.campaigns:
        statuses.setdefault(campaign.name.casefold(), set()).add(campaign.status)
        assert campaign.status in world.scales.campaign_statuses
        assert (campaign.end is not None) == (campaign.status in ("won", "lost")), campaign
    assert all(len(found) == 1 for found in statuses.values()), statuses


def test_each_organizations_priorities_are_its_own_campaigns(world: World) -> None:
    for org in world.organizations:
        assert len(org.priorities) <= 3
        for campaign in world.priorities_of(org.id):
            assert org.id in campaign.organizations, (org.id, campaign.id)


def test_the_rural_corner_exists_and_has_people_groups_and_care(world: World) -> None:
    towns = [place for place in world.places if place.kind == "town"]
    assert towns, "the world needs a small-town or rural corner"
    town = towns[0].id
    assert "farm" in towns[0].description.casefold()
    assert any(org.neighborhood == town for org in world.organizations)
    assert any(person.place == town for person in world.people)
    assert any(provider.serves == town for provider in world.providers)


def test_places_add_up_and_their_descriptions_match_their_residents(world: World) -> None:
    lived_in = [place for place in world.places if place.kind in ("neighborhood", "town")]
    county = next(place for place in world.places if place.kind == "county")
    assert county.population == sum(place.population or 0 for place in lived_in)
    groups = world.scales.race_ethnicity_groups
    for place in lived_in:
        assert [group for group, _ in place.race_ethnicity] == list(groups), place.id
        assert abs(sum(share for _, share in place.race_ethnicity) - 1) < 1e-9, place.id
    neighborhoods = [place for place in lived_in if place.kind == "neighborhood"]
    most_latino = max(neighborhoods, key=lambda place: place.share("Latino"))
    assert most_latino.name == "Mill Flats" and "most Latino" in most_latino.description
    for place in neighborhoods:
        if "mostly White" in place.description:
            assert place.share("White") > 0.5, place.id


def test_organizers_come_from_more_than_one_community(world: World) -> None:
    organizers = [person for person in world.people if "organizer" in person.role.casefold()]
    assert len(organizers) >= 5
    assert len({person.community for person in organizers}) > 1
    assert len({person.place for person in organizers}) > 1
    not_latino = [p for p in organizers if not any(word in p.community.casefold() for word in LATINO_WORDS)]
    assert not_latino, "every organizer is Latino; vary the people"


def test_the_department_has_a_director_on_its_staff_and_named_divisions(world: World) -> None:
    director = world.person(world.department.director)
    assert director.organization == world.department.id
    heads = {division.head for division in world.department.divisions}
    assert all(world.person(head).organization == world.department.id for head in heads)


def test_partner_data_ids_are_unique_and_the_old_partners_keep_theirs(world: World) -> None:
    data_ids = [org.data_id for org in world.organizations if org.data_id]
    assert len(data_ids) == len(set(data_ids))
    assert {f"P{n:02d}" for n in range(1, 17)} <= set(data_ids)


def test_contracts_are_held_by_organizations_with_a_contractor_class(world: World) -> None:
    for contract in world.contracts:
        assert world.organization(contract.holder).contractor_class is not None


# the choices issue 12 asks for, so that an edit back to the old contradictions fails here


def test_the_worker_center_runs_an_active_heat_campaign_and_has_not_met_the_department(world: World) -> None:
    center = world.by_name("Riverbend Worker Center")
    assert isinstance(center, Organization)
    heat = [c for c in world.campaigns_of(center.id, backed=False) if "heat" in c.name.casefold()]
    assert heat and all(c.status == "active" for c in heat)
    assert center.relationship_stage == "not yet met"
    assert not world.contracts_of(center.id)


def test_the_incinerator_campaign_is_active_and_the_incinerator_still_runs(world: World) -> None:
    campaign = world.by_name("Close the Mill Flats incinerator")
    assert isinstance(campaign, Campaign)
    assert campaign.status == "active" and campaign.end is None
    assert world.organization(campaign.owner).name == "Mill Flats Neighbors in Action"
    assert "still operates" in world.get("incinerator").description


def test_the_eastside_tenants_union_has_one_neighborhood_and_one_stage(world: World) -> None:
    union = world.by_name("Eastside Tenants Union")
    assert isinstance(union, Organization)
    assert world.place(union.neighborhood).name == "Eastside"
    assert union.relationship_stage == "trusted partner"


def test_no_old_non_places_and_named_groups_sit_where_their_names_say(world: World) -> None:
    place_names = {place.name for place in world.places}
    assert "Northside" not in place_names and "Lakeview" not in place_names
    for org in world.organizations:
        for place in world.places:
            if place.kind == "neighborhood" and org.name.startswith(place.name):
                assert org.neighborhood == place.id, org


def test_youth_voices_campaigns_are_about_air_and_youth_not_housing(world: World) -> None:
    youth = world.by_name("Youth Voices for Clean Air")
    issues = {c.issue for c in world.campaigns_of(youth.id, backed=False)}
    assert issues <= {"environment", "transportation"}


def test_lookups_by_id_and_by_name(world: World) -> None:
    assert world.get("mill-flats").name == "Mill Flats"
    assert world.by_name("  mill   FLATS ").id == "mill-flats"
    assert world.agency("AG08").name == "Office of Labor Standards"
    assert world.priorities_of("etu")[0].name == "Just-cause eviction protections"
    assert world.people_of("cvfa")
    with pytest.raises(KeyError, match="Did you mean 'mill-flats'"):
        world.place("mill-flat")
    with pytest.raises(KeyError, match="no organization id 'mill-flats'"):
        world.organization("mill-flats")
    with pytest.raises(KeyError, match="Northside"):
        world.by_name("Northside")


def test_only_nonprofit_hospitals_report_community_benefit(world: World) -> None:
    reporting = {p.name for p in world.providers if p.reports_community_benefit}
    assert "St. Brigid Medical Center" in reporting
    assert "Eastside Community Health Center" not in reporting
    assert "Riverbend General Hospital" not in reporting  # public, not nonprofit


# ---- broken worlds ----------------------------------------------------------------------------


def _scales() -> dict:
    return tomllib.loads(world_path().read_text(encoding="utf-8"))["scales"]


def _minimal() -> dict:
    """A small world that loads: each test below breaks one thing in it."""
    return {
        "county": {"name": "Riverbend County", "seat": "City of Riverbend", "current_year": 2026,
                   "note": "Fictional."},
        "scales": _scales(),
        "places": [
            {"id": "eastside", "name": "Eastside", "kind": "neighborhood", "municipality": "City",
             "description": "Old rentals.", "population": 21000,
             "race_ethnicity": {"Black": 0.34, "Latino": 0.3, "White": 0.36}},
            {"id": "valley", "name": "Cedar Valley", "kind": "town", "municipality": "County",
             "description": "Farms."},
        ],
        "landmarks": [{"id": "pool", "name": "the pool", "place": "eastside", "description": "Closed."}],
        "department": {
            "id": "health-department", "name": "Riverbend County Health Department", "director": "helen",
            "headquarters": "eastside", "description": "The department.",
            "divisions": [{"id": "env", "name": "Environmental Health", "head": "helen"}],
            "advisory_boards": [{"id": "board", "name": "Healthy Housing Advisory Board", "founded": 2024,
                                 "organizations": ["etu"], "authority": "advises", "members_paid": False}],
        },
        "agencies": [
            {"id": "AG01", "name": "Housing Authority", "government": "county", "kind": "agency",
             "description": "Public housing."},
            {"id": "commissioners", "name": "Board of County Commissioners", "government": "county",
             "kind": "governing body", "description": "Elected."},
        ],
        "organizations": [
            {"id": "etu", "name": "Eastside Tenants Union", "kind": "community power-building organization",
             "neighborhood": "eastside", "mission": "Tenants organizing.", "history": "Since 2021.",
             "relationship_stage": "trusted partner", "contractor_class": "small community organization",
             "priorities": ["just-cause"]},
            {"id": "wc", "name": "Riverbend Worker Center", "kind": "community power-building organization",
             "neighborhood": "valley", "mission": "Workers organizing.", "history": "Not met.",
             "relationship_stage": "not yet met"},
        ],
        "campaigns": [
            {"id": "just-cause", "name": "Just-cause eviction protections", "owner": "etu",
             "backers": ["wc"], "issue": "housing", "target": "AG01", "decided_by": "commissioners",
             "status": "active", "start": 2022, "summary": "A law."},
            {"id": "sick-days", "name": "Paid sick days for all workers", "owner": "wc", "issue": "work",
             "target": "commissioners", "status": "won", "start": 2019, "end": 2024, "summary": "Won."},
        ],
        "providers": [{"id": "HP01", "name": "Eastside Community Health Center",
                       "kind": "community health center", "ownership": "nonprofit", "serves": "eastside",
                       "federally_funded": True}],
        "contracts": [{"id": "visits", "name": "Eastside asthma home visits", "holder": "etu",
                       "division": "env", "fiscal_years": [2024, 2025]}],
        "people": [
            {"id": "helen", "name": "Dr. Helen Park", "role": "Health Officer",
             "organization": "health-department", "place": "eastside", "community": "Korean American"},
            {"id": "rosa", "name": "Rosa Medina", "role": "organizer", "organization": "wc",
             "place": "valley", "community": "Mexican American"},
        ],
        "facts": [{"id": "fact", "about": "etu", "statement": "It exists."}],
    }


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(_value(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{json.dumps(k)} = {_value(v)}" for k, v in value.items()) + " }"
    raise TypeError(value)


def _is_tables(value: object) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(item, dict) for item in value)


def _dump(data: dict) -> str:
    """Enough of a TOML writer for these worlds: top-level tables, arrays of tables, plain values
    and inline tables inside entries."""
    lines: list[str] = []

    def body(table: dict, name: str) -> None:
        lines.extend(f"{key} = {_value(value)}" for key, value in table.items() if not _is_tables(value))
        for key, value in table.items():
            if _is_tables(value):
                for item in value:
                    lines.append(f"[[{name}.{key}]]" if name else f"[[{key}]]")
                    body(item, "")

    for key, value in data.items():
        if isinstance(value, dict):
            lines.append(f"[{key}]")
            body(value, key)
        elif _is_tables(value):
            for item in value:
                lines.append(f"[[{key}]]")
                body(item, "")
        else:
            lines.insert(0, f"{key} = {_value(value)}")
    return "\n".join(lines) + "\n"


def _write(tmp_path: Path, data: dict) -> Path:
    path = tmp_path / "world.toml"
    path.write_text(_dump(data), encoding="utf-8")
    return path


def _problems(tmp_path: Path, data: dict) -> tuple[str, ...]:
    with pytest.raises(WorldError) as caught:
        load_world(_write(tmp_path, data))
    assert str(caught.value).startswith(f"{tmp_path / 'world.toml'} has ")
    return caught.value.problems


def _one(tmp_path: Path, data: dict) -> str:
    problems = _problems(tmp_path, data)
    assert len(problems) == 1, problems
    return problems[0]


def test_the_minimal_world_loads(tmp_path: Path) -> None:
    world = load_world(_write(tmp_path, _minimal()))
    assert world.campaign("sick-days").end == 2024
    assert world.place("eastside").share("Black") == 0.34
    with pytest.raises(KeyError, match="Eastside has no race/ethnicity share for 'Asian'"):
        world.place("eastside").share("Asian")
    assert world.department.advisory_boards[0].members_paid is False


def test_an_unknown_campaign_owner_is_named_with_the_id_to_use(tmp_path: Path) -> None:
    data = _minimal()
    data["campaigns"][0]["owner"] = "etx"
    message = _one(tmp_path, data)
    assert message.startswith('[[campaigns]] entry "just-cause", field "owner": there is no organization')
    assert '"etx"' in message and 'did you mean "etu"' in message


def test_a_duplicate_id_names_both_entries(tmp_path: Path) -> None:
    data = _minimal()
    data["organizations"][1]["id"] = "etu"
    problems = _problems(tmp_path, data)
    assert any('[[organizations]] entry "etu", field "id": the id "etu" is already used by '
               '[[organizations]] entry "etu"' in p and "its own id" in p for p in problems)


def test_an_id_used_in_two_tables_is_caught(tmp_path: Path) -> None:
    data = _minimal()
    data["landmarks"][0]["id"] = "just-cause"
    message = _one(tmp_path, data)
    assert 'the id "just-cause" is already used by [[landmarks]] entry "just-cause"' in message


def test_a_campaign_both_won_and_active_is_refused(tmp_path: Path) -> None:
    data = _minimal()
    twin = copy.deepcopy(data["campaigns"][0])
    twin.update(id="just-cause-2", status="won", end=2023)
    data["campaigns"].append(twin)
    problems = _problems(tmp_path, data)
    assert any('[[campaigns]] entry "just-cause-2": the campaign "Just-cause eviction protections" is also '
               '[[campaigns]] entry "just-cause", so it is both active and won' in p
               and "merge the two entries" in p for p in problems)


def test_a_status_written_as_a_list_is_refused(tmp_path: Path) -> None:
    data = _minimal()
    data["campaigns"][0]["status"] = ["won", "active"]
    message = _one(tmp_path, data)
    assert message.startswith('[[campaigns]] entry "just-cause", field "status": it should be text')
    assert "cannot be both won and active" in message


def test_an_end_year_before_the_start_year_is_refused(tmp_path: Path) -> None:
    data = _minimal()
    data["campaigns"][1]["end"] = 2018
    message = _one(tmp_path, data)
    assert message == ('[[campaigns]] entry "sick-days", field "end": the end year 2018 is before the '
                       "start year 2019. Swap them or correct one.")


def test_a_won_campaign_needs_an_end_and_an_active_one_has_none(tmp_path: Path) -> None:
    data = _minimal()
    del data["campaigns"][1]["end"]
    data["campaigns"][0]["end"] = 2025
    problems = _problems(tmp_path, data)
    assert len(problems) == 2
    assert any('"sick-days", field "end": a won campaign needs the year it ended' in p for p in problems)
    assert any('"just-cause", field "end": a campaign that is active has not ended' in p for p in problems)


def test_a_campaign_cannot_start_after_the_courses_year(tmp_path: Path) -> None:
    data = _minimal()
    data["campaigns"][0]["start"] = 2031
    assert "2031 is after the course's year (2026" in _one(tmp_path, data)


def test_an_unknown_neighborhood_is_named(tmp_path: Path) -> None:
    data = _minimal()
    data["organizations"][0]["neighborhood"] = "northside"
    message = _one(tmp_path, data)
    assert message.startswith('[[organizations]] entry "etu", field "neighborhood": there is no place')
    assert '"northside"' in message and "Use the id of one, or add it." in message


def test_a_misspelled_field_gets_a_suggestion(tmp_path: Path) -> None:
    data = _minimal()
    data["organizations"][0]["neighbourhood"] = data["organizations"][0].pop("neighborhood")
    problems = _problems(tmp_path, data)
    assert any('field "neighbourhood": the world has no such field (did you mean "neighborhood"?)' in p
               for p in problems)
    assert any('field "neighborhood": it is missing. Add neighborhood = "..."' in p for p in problems)


def test_a_value_outside_its_scale_lists_the_allowed_values(tmp_path: Path) -> None:
    data = _minimal()
    data["organizations"][1]["relationship_stage"] = "trusted"
    message = _one(tmp_path, data)
    assert 'entry "wc", field "relationship_stage": \'trusted\' is not one of the allowed values' in message
    assert "'trusted partner'" in message and "[scales] relationship_stages" in message


def test_a_priority_must_be_a_campaign_the_organization_runs_or_backs(tmp_path: Path) -> None:
    data = _minimal()
    data["organizations"][0]["priorities"] = ["sick-days"]
    message = _one(tmp_path, data)
    assert 'entry "etu", field "priorities": "sick-days" is a campaign of "wc"' in message
    assert 'Add "etu" to its backers' in message


def test_race_ethnicity_shares_must_add_up_and_use_known_groups(tmp_path: Path) -> None:
    data = _minimal()
    data["places"][0]["race_ethnicity"] = {"Latino": 0.5, "White": 0.3}
    message = _one(tmp_path, data)
    assert message.startswith('[[places]] entry "eastside", field "race_ethnicity": the shares add up to '
                              "0.800, not 1.")
    data["places"][0]["race_ethnicity"] = {"Hispanic": 0.5, "White": 0.5}
    message = _one(tmp_path, data)
    assert "'Hispanic' is not one of the allowed values (from [scales] race_ethnicity_groups)" in message
    data["places"][0]["race_ethnicity"] = {"Latino": 40, "White": 60}
    assert "each share should be from 0 to 1 (0.3 for 30%), but Latino, White are not" in _one(tmp_path, data)


def test_two_organizations_with_one_data_id_are_refused(tmp_path: Path) -> None:
    data = _minimal()
    data["organizations"][0]["data_id"] = "P01"
    data["organizations"][1]["data_id"] = "P01"
    message = _one(tmp_path, data)
    assert message.startswith('[[organizations]] entry "wc", field "data_id": "P01" is already the data_id '
                              'of [[organizations]] entry "etu"')


def test_an_owner_listed_as_its_own_backer_is_refused(tmp_path: Path) -> None:
    data = _minimal()
    data["campaigns"][0]["backers"] = ["etu"]
    assert 'field "backers": the owner "etu" is also listed as a backer' in _one(tmp_path, data)


def test_a_persons_unknown_organization_is_named(tmp_path: Path) -> None:
    data = _minimal()
    data["people"][1]["organization"] = "worker-center"
    message = _one(tmp_path, data)
    assert message.startswith('[[people]] entry "rosa", field "organization": there is no organization, '
                              'agency or the department with the id "worker-center"')


def test_the_director_must_be_on_the_departments_staff(tmp_path: Path) -> None:
    data = _minimal()
    data["department"]["director"] = "rosa"
    message = _one(tmp_path, data)
    assert message.startswith('[department], field "director": there is no person on the department\'s staff')


def test_a_target_must_be_an_agency_and_decided_by_a_governing_body(tmp_path: Path) -> None:
    data = _minimal()
    data["campaigns"][0]["target"] = "etu"
    data["campaigns"][0]["decided_by"] = "AG01"
    problems = _problems(tmp_path, data)
    assert len(problems) == 2
    assert any('field "target": there is no agency (in [[agencies]]) or the department' in p for p in problems)
    assert any('field "decided_by": there is no governing body' in p for p in problems)


def test_a_contract_holder_needs_a_contractor_class(tmp_path: Path) -> None:
    data = _minimal()
    data["contracts"][0]["holder"] = "wc"
    message = _one(tmp_path, data)
    assert message.startswith('[[contracts]] entry "visits", field "holder": "wc" holds a contract but has '
                              "no contractor_class")


def test_a_wrong_type_and_a_missing_field_are_both_reported(tmp_path: Path) -> None:
    data = _minimal()
    data["places"][0]["population"] = "lots"
    del data["providers"][0]["serves"]
    problems = _problems(tmp_path, data)
    assert len(problems) == 2
    assert any('[[places]] entry "eastside", field "population": it should be a whole number, but it is '
               "'lots'" in p for p in problems)
    assert any('[[providers]] entry "HP01", field "serves": it is missing' in p for p in problems)


def test_two_entries_with_one_name_are_refused(tmp_path: Path) -> None:
    data = _minimal()
    data["organizations"][1]["name"] = "eastside tenants  union"
    message = _one(tmp_path, data)
    assert 'field "name": the name "eastside tenants  union" is already used by [[organizations]] entry "etu"' \
        in message


def test_an_alias_that_names_another_entry_is_refused(tmp_path: Path) -> None:
    data = _minimal()
    data["organizations"][1]["aliases"] = ["Worker Center", "Eastside Tenants Union"]
    message = _one(tmp_path, data)
    assert '[[organizations]] entry "wc", field "aliases": "Eastside Tenants Union" already names ' \
           '[[organizations]] entry "etu"' in message
    data["organizations"][1]["aliases"] = ["Worker Center"]
    assert load_world(_write(tmp_path, data)).organization("wc").aliases == ("Worker Center",)


def test_an_unknown_table_is_named(tmp_path: Path) -> None:
    data = _minimal()
    data["neighborhoods"] = [{"id": "x"}]
    assert "[neighborhoods] is not a table the world knows" in _one(tmp_path, data)


def test_a_file_that_is_not_toml_or_not_there(tmp_path: Path) -> None:
    path = tmp_path / "world.toml"
    path.write_text("[county\nname = 1\n", encoding="utf-8")
    with pytest.raises(WorldError, match="It is not valid TOML"):
        load_world(path)
    with pytest.raises(WorldError, match="There is no world file at"):
        load_world(tmp_path / "missing.toml")

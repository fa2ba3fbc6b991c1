"""Do the committed Riverbend CSVs say what the world (course/world.toml) says?

Two promises. The CSVs are exactly what ``python -m grader.course.data.generate`` derives from the
world now, so a world edit that is not regenerated fails here. And no CSV row names an
organization, place, agency, campaign, provider or contract the world lacks, or states a fact
about one (its kind, neighborhood, stage, owner, target, status, year) that the world contradicts.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from grader.course.data import DATA_DIR, TABLES, load, make_data_research, place_label
from grader.course.data.generate import build, write
from grader.course.syllabus import ROOT_VARIABLE, course_root
from grader.course.world import World, load_world

REGENERATE = "Run `python -m grader.course.data.generate` and commit the CSVs it writes."


@pytest.fixture(scope="module")
def world() -> World:
    return load_world()


def places(world: World) -> set[str]:
    return {place_label(world, place.id) for place in world.places}


# ---- the committed CSVs are what the world derives ---------------------------------------------


def test_every_committed_csv_is_what_the_generators_derive_from_the_world(tmp_path: Path) -> None:
    stale = [path.name for path in write(tmp_path)
             if path.read_bytes() != (DATA_DIR / path.name).read_bytes()]
    assert not stale, f"These CSVs no longer match course/world.toml: {', '.join(stale)}. {REGENERATE}"


def test_a_world_edit_that_is_not_regenerated_is_caught(tmp_path: Path, monkeypatch) -> None:
    """The comparison above is not vacuous: rename one organization in a copy of the world and
    the derived tables differ from the committed ones in the rows that name it."""
    root = tmp_path / "checkout"
    (root / "course").mkdir(parents=True)
    real = course_root() / "course"
    shutil.copy(real / "syllabus.toml", root / "course" / "syllabus.toml")
    text = (real / "world.toml").read_text(encoding="utf-8")
    assert text.count('name = "Eastside Tenants Union"') == 1
    (root / "course" / "world.toml").write_text(
        text.replace('name = "Eastside Tenants Union"', 'name = "Eastside Renters United"'), encoding="utf-8")
    monkeypatch.setenv(ROOT_VARIABLE, str(root))
    out = write(tmp_path / "csv")
    changed = sorted(path.stem for path in out if path.read_bytes() != (DATA_DIR / path.name).read_bytes())
    assert changed == ["community_indicators", "department_contracts", "partners"]


# ---- every name in a CSV is in the world, and agrees with it -----------------------------------


def test_partners_are_the_worlds_organizations_with_their_kind_place_stage_and_members(world: World) -> None:
    by_data_id = {org.data_id: org for org in world.organizations if org.data_id is not None}
    partners = load("partners")
    assert list(partners["partner_id"]) == list(by_data_id)
    for row in partners.itertuples():
        org = by_data_id[row.partner_id]
        assert (row.name, row.type, row.neighborhood, row.relationship_stage, row.members) == (
            org.name, org.kind, place_label(world, org.neighborhood), org.relationship_stage,
            org.members), row.partner_id


def test_agencies_are_the_worlds_agencies(world: World) -> None:
    expected = [(a.id, a.name, a.government) for a in world.agencies if a.kind == "agency"]
    assert list(load("agencies").itertuples(index=False, name=None)) == expected


def test_each_campaign_row_is_one_world_campaign_with_its_owner_target_status_and_start(world: World) -> None:
    by_name = {campaign.name: campaign for campaign in world.campaigns}
    campaigns = load("campaigns")
    assert sorted(campaigns["campaign"]) == sorted(by_name), "one row per world campaign"
    for row in campaigns.itertuples():
        campaign = by_name[row.campaign]
        owner = world.organization(campaign.owner)
        assert (row.partner_id, row.target_agency_id, row.status, row.started) == (
            owner.data_id, campaign.target, campaign.status, campaign.start), row.campaign
        world.get(row.target_agency_id)  # an agency, a governing body or the department


def test_priorities_are_each_partners_world_priorities_in_order(world: World) -> None:
    priorities = load("campaign_priorities").sort_values(["partner_id", "rank"])
    expected = sorted(
        (org.data_id, rank, campaign.name, campaign.issue, campaign.status)
        for org in world.organizations if org.data_id is not None
        for rank, campaign in enumerate(world.priorities_of(org.id), start=1)
    )
    got = list(priorities[["partner_id", "rank", "policy", "theme", "status"]].itertuples(index=False, name=None))
    assert got == expected


def test_the_draft_agenda_names_world_campaigns_with_their_issue(world: World) -> None:
    by_name = {campaign.name: campaign for campaign in world.campaigns}
    for row in load("policy_agenda").itertuples():
        assert row.policy in by_name, f"{row.policy!r} is not a campaign in course/world.toml"
        assert row.theme == by_name[row.policy].issue, row.policy


def test_providers_are_the_worlds_providers(world: World) -> None:
    expected = [(p.id, p.name, p.kind, place_label(world, p.serves)) for p in world.providers]
    assert list(load("providers").itertuples(index=False, name=None)) == expected


def test_contract_rows_are_world_contracts_held_by_their_world_holder_in_their_years(world: World) -> None:
    contracts = load("department_contracts")
    expected = sorted((c.name, world.organization(c.holder).name, world.organization(c.holder).contractor_class,
                       year) for c in world.contracts for year in c.fiscal_years)
    got = sorted(contracts[["contract", "partner", "partner_kind", "fiscal_year"]].itertuples(index=False, name=None))
    assert got == expected


def test_indicators_are_chosen_by_world_organizations_in_their_own_neighborhood(world: World) -> None:
    orgs = {org.name: org for org in world.organizations}
    for row in load("community_indicators").itertuples():
        assert row.chosen_by in orgs, f"{row.chosen_by!r} is not an organization in course/world.toml"
        assert row.neighborhood == place_label(world, orgs[row.chosen_by].neighborhood), row.indicator_id


PLACE_COLUMNS = {"neighborhood", "serves"}
# every table, and how its rows are held to the world; a new table must be added here
HELD_BY: dict[str, str] = {
    "partners": "test_partners_are_the_worlds_organizations...",
    "agencies": "test_agencies_are_the_worlds_agencies",
    "campaigns": "test_each_campaign_row_is_one_world_campaign...",
    "campaign_priorities": "test_priorities_are_each_partners_world_priorities_in_order",
    "policy_agenda": "test_the_draft_agenda_names_world_campaigns_with_their_issue",
    "providers": "test_providers_are_the_worlds_providers",
    "department_contracts": "test_contract_rows_are_world_contracts...",
    "community_indicators": "test_indicators_are_chosen_by_world_organizations...",
    "process_participants": "place columns only (residents, not named people)",
    "brief_asthma_visits": "place columns; residents are the world's, group by group",
    "brief_evictions": "place columns only (statistical)",
    "diabetes_hospital_stays": "place columns only; residents agree with the world's populations",
    "heat_illness_visits": "place columns only; residents agree with the world's populations",
    "community_indicator_values": "statistical: indicator ids of community_indicators",
    "department_contract_terms": "statistical: contract ids of department_contracts",
    "provider_indicators": "statistical: provider ids of providers",
    "process_meetings": "no names: weekdays, times and topics",
    "participation_unit_costs": "no names: unit costs",
}


def test_every_table_is_held_to_the_world_somewhere() -> None:
    assert sorted(HELD_BY) == sorted(TABLES), (
        "A new Riverbend table needs a test that holds its names to course/world.toml; add it to HELD_BY.")


@pytest.mark.parametrize("table", TABLES)
def test_every_place_a_table_names_is_a_world_place(world: World, table: str) -> None:
    frame = load(table)
    for column in PLACE_COLUMNS & set(frame.columns):
        unknown = sorted(set(frame[column]) - places(world))
        assert not unknown, f"{table}.{column} names places course/world.toml lacks: {unknown}"


@pytest.mark.parametrize("table, key, ids", [
    ("community_indicator_values", "indicator_id", lambda: load("community_indicators")["indicator_id"]),
    ("department_contract_terms", "contract_id", lambda: load("department_contracts")["contract_id"]),
    ("provider_indicators", "provider_id", lambda: load("providers")["provider_id"]),
])
def test_statistical_tables_point_only_at_rows_of_derived_tables(table: str, key: str,
                                                                 ids: Callable[[], pd.Series]) -> None:
    assert set(load(table)[key]) <= set(ids())


@pytest.mark.parametrize("table", ["diabetes_hospital_stays", "heat_illness_visits"])
def test_breakdown_residents_agree_with_the_worlds_populations(world: World, table: str) -> None:
    """Each neighborhood's residents are within 10% of the world's population (each group is drawn
    with up to 10% noise, so the totals are not exact: North Bluff is 7% high), and the shares the
    draw starts from are the world's to 0.005."""
    residents = load(table).groupby("neighborhood")["population"].sum()
    for place in world.places:
        if place.kind != "neighborhood":
            continue
        assert place.population is not None
        assert abs(residents[place.name] / place.population - 1) < 0.10, place.name
        for group, share in place.race_ethnicity:
            assert round(abs(make_data_research.GROUP_SHARES[place.name][group] - share), 6) <= 0.005, (place.name, group)


def test_the_asthma_brief_residents_are_the_worlds_group_by_group(world: World) -> None:
    by_name = {place.name: place for place in world.places}
    for row in load("brief_asthma_visits").itertuples():
        place = by_name[row.neighborhood]
        assert place.population is not None
        assert row.population == round(place.population * place.share(row.group), -1), row


def test_no_csv_value_uses_british_spelling() -> None:
    british = ("neighbour", "labour", "mould", "centre", "organisation", "behaviour", "colour")
    for table, rows in build().items():
        text = " ".join(str(value) for row in rows for value in (*row, *row.values())).casefold()
        found = [word for word in british if word in text]
        assert not found, f"{table} uses British spelling: {found}"

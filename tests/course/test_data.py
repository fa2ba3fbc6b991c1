"""Is the Riverbend data reproducible, labeled synthetic everywhere, and internally consistent?"""

from __future__ import annotations

import importlib

import pandas as pd
import pytest

from grader.course import data
from grader.course.data import (
    DATA_DIR,
    NOTE,
    TABLES,
    generate,
    load,
    load_agencies,
    load_campaigns,
    load_partners,
)
from grader.course.data.generate import build, makers, write

SHIPPED = sorted(p.name for p in DATA_DIR.glob("*.csv"))


def test_every_shipped_csv_is_a_table_learners_can_load():
    assert sorted(f"{t}.csv" for t in TABLES) == SHIPPED
    assert {"partners", "agencies", "campaigns"} <= set(TABLES)


def test_regenerating_gives_byte_identical_csvs(tmp_path):
    written = write(tmp_path)
    assert sorted(p.name for p in written) == SHIPPED
    for path in written:
        assert path.read_bytes() == (DATA_DIR / path.name).read_bytes(), path.name


def test_the_generator_writes_beside_the_package_by_default():
    assert generate.OUT == DATA_DIR


def test_build_is_deterministic():
    assert build() == build()


def test_every_maker_is_named_make_and_builds_with_a_fixed_default_seed():
    assert makers() == sorted(makers()) and "make_partnerships" in makers()
    for name in makers():
        module = importlib.import_module(f"grader.course.data.{name}")
        assert isinstance(module.SEED, int)
        assert module.build() == module.build(module.SEED)


def test_a_different_seed_gives_different_data():
    from grader.course.data import make_movement

    assert make_movement.build(make_movement.SEED + 1) != make_movement.build()


@pytest.mark.parametrize("table", TABLES)
def test_every_csv_begins_with_the_synthetic_data_comment(table):
    first = (DATA_DIR / f"{table}.csv").read_text(encoding="utf-8").splitlines()[0]
    assert first == f"# {NOTE}"
    assert first.startswith("# SYNTHETIC DATA")


def test_csvs_use_unix_line_endings():
    for table in TABLES:
        assert b"\r\n" not in (DATA_DIR / f"{table}.csv").read_bytes()


@pytest.mark.parametrize("loader, table", [(load_partners, "partners"), (load_agencies, "agencies"),
                                           (load_campaigns, "campaigns")])
def test_every_dataframe_carries_the_synthetic_note(loader, table):
    frame = loader()
    assert isinstance(frame, pd.DataFrame) and len(frame) > 0
    assert frame.attrs["note"] == NOTE
    assert frame.equals(load(table))


def test_the_comment_line_is_not_read_as_data():
    frame = load("agencies")
    assert list(frame.columns) == ["agency_id", "agency", "government"]
    assert not frame.astype(str).apply(lambda col: col.str.contains("SYNTHETIC")).any().any()


@pytest.mark.parametrize("name", ["partner", "Partners", "", "../pyproject"])
def test_an_unknown_table_name_gives_a_clear_value_error(name):
    with pytest.raises(ValueError) as raised:
        load(name)
    message = str(raised.value)
    assert message.startswith(f'There is no Riverbend table called "{name}". Use one of: ')
    assert all(table in message for table in TABLES)


def test_ids_are_unique_in_every_table():
    assert load("partners")["partner_id"].is_unique
    assert load("agencies")["agency_id"].is_unique
    assert load("campaigns")["campaign_id"].is_unique


def test_campaigns_reference_existing_partners_and_mostly_agencies():
    campaigns = load("campaigns")
    assert set(campaigns["partner_id"]) <= set(load("partners")["partner_id"])
    targets = set(campaigns["target_agency_id"])
    agencies = set(load("agencies")["agency_id"])
    # the few campaigns aimed at an elected body or at the department itself keep the world's id
    assert targets - agencies == {"commissioners", "health-department"}
    assert agencies - targets == {"AG11"}  # the County Library: the ranking's zero row


def test_campaign_values_stay_within_their_vocabularies():
    campaigns = load("campaigns")
    assert set(campaigns["status"]) == {"active", "won", "lost", "paused"}
    assert campaigns["started"].between(2019, 2026).all()
    assert campaigns["campaign"].is_unique


def test_every_agency_appears_so_the_ranking_can_show_a_zero():
    active = load("campaigns").query("status == 'active'")
    assert len(load("agencies")) == 11
    assert set(load("agencies")["agency_id"]) - set(active["target_agency_id"]) == {"AG11"}


def test_the_note_says_the_data_is_synthetic_and_fictional():
    assert data.NOTE.startswith("SYNTHETIC DATA") and "fictional" in data.NOTE

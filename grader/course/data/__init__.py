"""Synthetic data for the fictional Riverbend County.

Every table says it is synthetic: the CSV files open with a comment line, and each
DataFrame carries ``df.attrs["note"]``. Made by ``python -m grader.course.data.generate`` with fixed seeds.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pandas as pd

from grader.course.world import World

DATA_DIR = Path(__file__).with_name("riverbend")
NOTE = "SYNTHETIC DATA: Riverbend County is fictional; every name and number is invented."
TABLES = tuple(sorted(path.stem for path in DATA_DIR.glob("*.csv")))


def load(table: str) -> pd.DataFrame:
    """One Riverbend table as a DataFrame, by name (``TABLES`` lists them).

    Each call returns a fresh copy, so changing it never changes what the next call gives.
    """
    if table not in TABLES:
        raise ValueError(f'There is no Riverbend table called "{table}". Use one of: {", ".join(TABLES)}.')
    return _read(table).copy(deep=True)


@cache
def _read(table: str) -> pd.DataFrame:
    frame = pd.read_csv(DATA_DIR / f"{table}.csv", comment="#")
    frame.attrs["note"] = NOTE
    return frame


def warm() -> None:
    """Read every table once (the grading fork server does this so kernels start with the data)."""
    for table in TABLES:
        _read(table)


def place_label(world: World, place_id: str) -> str:
    """How the CSVs name a world place: its name ("Mill Flats"), or "countywide" for the county."""
    place = world.place(place_id)
    return place.id if place.kind == "county" else place.name


def load_partners() -> pd.DataFrame:
    """Partner organizations: type, neighborhood, relationship stage, members."""
    return load("partners")


def load_agencies() -> pd.DataFrame:
    """Government agencies in Riverbend County and its city."""
    return load("agencies")


def load_campaigns() -> pd.DataFrame:
    """Community campaigns: who runs them, which agency they target, and their status."""
    return load("campaigns")

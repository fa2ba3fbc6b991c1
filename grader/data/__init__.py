"""Synthetic data for the fictional Riverbend County.

Every table says it is synthetic: the CSV files open with a comment line, and each
DataFrame carries ``df.attrs["note"]``. Made by ``grader.data.generate`` with a fixed seed.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from grader.data.generate import NOTE

DATA_DIR = Path(__file__).with_name("riverbend")
TABLES = ("partners", "agencies", "campaigns")


def load(table: str) -> pd.DataFrame:
    """One Riverbend table as a DataFrame: "partners", "agencies" or "campaigns"."""
    if table not in TABLES:
        raise ValueError(f'There is no Riverbend table called "{table}". Use one of: {", ".join(TABLES)}.')
    frame = pd.read_csv(DATA_DIR / f"{table}.csv", comment="#")
    frame.attrs["note"] = NOTE
    return frame


def load_partners() -> pd.DataFrame:
    """Partner organisations: type, neighbourhood, relationship stage, members."""
    return load("partners")


def load_agencies() -> pd.DataFrame:
    """Government agencies in Riverbend County and its city."""
    return load("agencies")


def load_campaigns() -> pd.DataFrame:
    """Community campaigns: who runs them, which agency they target, and their status."""
    return load("campaigns")

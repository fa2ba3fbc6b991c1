"""Make the synthetic Riverbend County data (fictional; every name and number is invented).

Each ``make_<topic>.py`` beside this file has ``build(seed) -> {table: rows}`` with a fixed
default seed. Every organization, place, agency, campaign, provider and contract in the rows
comes from the one hand-written world, ``course/world.toml`` (``grader.course.world``); only
purely statistical numbers are drawn at random, and residents match the world's populations.
After editing the world, run this and commit the CSVs (``tests/course/data/test_generate.py``
fails until you do). ``python -m grader.course.data.generate`` rewrites every CSV in ``riverbend/``; the
files come out the same every time, and a test checks that.
"""

from __future__ import annotations

import csv
import importlib
import pkgutil
import sys
from pathlib import Path

import grader.course.data as _package
from grader.course.data import DATA_DIR as OUT
from grader.course.data import NOTE


def makers() -> list[str]:
    """The data makers, by module name, in a fixed order."""
    return sorted(info.name for info in pkgutil.iter_modules(_package.__path__)
                  if info.name.startswith("make_"))


def build() -> dict[str, list[dict[str, object]]]:
    """Every table from every maker, each made with its own fixed seed."""
    tables: dict[str, list[dict[str, object]]] = {}
    for name in makers():
        made = importlib.import_module(f"grader.course.data.{name}").build()
        clash = set(made) & set(tables)
        if clash:
            raise ValueError(f"{name} makes tables another maker already makes: {sorted(clash)}")
        tables.update(made)
    return tables


def write(out: Path = OUT) -> list[Path]:
    """Write one CSV per table into ``out``, each opening with the synthetic-data note."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for table, rows in build().items():
        path = out / f"{table}.csv"
        with path.open("w", newline="", encoding="utf-8") as handle:
            handle.write(f"# {NOTE}\n")
            writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
        written.append(path)
    return written


if __name__ == "__main__":
    for path in write(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT):
        print(f"wrote {path}")

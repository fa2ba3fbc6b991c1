"""The course's right answers in plain text, for tests and maintainers only.

Modules 00 and 01 keep their keys here; later modules in ``tests/support/keys_NN.py``. The
item files (``course/items/<slug>.toml``) hold only digests of them
(``grader.checks.hashing.digest``). To change an answer, change it here or in its module's keys
file and run ``make digests`` (``python -m tests.support.answer_keys --write``), which writes
every digest into the item files; ``tests/content/test_items.py`` fails while the two disagree.
Digests are never pasted by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

CHOICES: dict[str, str] = {
    "00.power": "c",
    "00.role": "a",
    "ex00.root": "b",
    "ex00.mechanism": "a",
    "01.trust": "c",
    "01.hiap": "b",
    "01.agencies": "a",
}

PLACEMENTS: dict[str, dict[str, int]] = {
    "00.spectrum": {"O1": 1},
    "ex00.spectrum": {"X1": 2},
    "01.spectrum": {"P1": 1, "P2": 2, "P3": 4, "P4": 5, "P5": 3, "P6": 0},
    "ex01.spectrum": {"E1": 2, "E2": 5, "E3": 1, "E4": 4, "E5": 3, "E6": 0},
}

COUNTS: dict[str, dict[str, int]] = {
    "01.active_by_type": {
        "Native community organization": 0,
        "advocacy nonprofit": 2,
        "business association": 2,
        "community power-building organization": 20,
        "faith-based organization": 4,
        "neighborhood association": 0,
        "service provider": 2,
    },
    "ex01.ranking": {
        "Housing Authority": 5,
        "Economic Development Office": 4,
        "Office of Labor Standards": 4,
        "Department of Transportation": 3,
        "Environmental Quality Division": 3,
        "Planning and Zoning": 2,
        "School District": 2,
        "Water Utility": 2,
        "Parks and Recreation": 1,
        "Sheriff's Office": 1,
        "County Library": 0,
    },
}


def digests() -> dict[str, dict[str, str]]:
    """Every digest the catalog should hold, by check id and item."""
    from grader.checks.hashing import digest

    out: dict[str, dict[str, str]] = {}
    for check_id, letter in CHOICES.items():
        out[check_id] = {"choice": digest(check_id, "choice", letter)}
    for table in (PLACEMENTS, COUNTS):
        for check_id, items in table.items():
            out[check_id] = {item: digest(check_id, item, value) for item, value in items.items()}
    return out


def every_choice_key() -> dict[str, str]:
    """The key letter of every choice question in the course: modules 00-01 here, the rest
    from each module's ``tests/support/keys_NN.py``."""
    import importlib
    from pathlib import Path

    keys = dict(CHOICES)
    for path in sorted(Path(__file__).parent.glob("keys_[0-9][0-9].py")):
        keys.update(importlib.import_module(f"tests.support.{path.stem}").CHOICES)
    return keys


Digests = Mapping[str, object] | tuple[str, ...]

# Kinds whose table of digests is in the order of the answer unless written A to Z.
RANKING_KINDS = frozenset({"ranking"})


def every_digest() -> dict[str, Digests]:
    """Every digest the item files should hold, by check id: modules 00-01 here, the rest from
    each module's ``keys_NN.digests()``."""
    import importlib
    found: dict[str, Digests] = {}
    found.update(digests())
    for path in sorted(Path(__file__).parent.glob("keys_[0-9][0-9].py")):
        found.update(importlib.import_module(f"tests.support.{path.stem}").digests())
    return found


def item_digests(fields: dict[str, object]) -> Digests | None:
    """The digests an item's fields hold, in the shape ``every_digest`` gives them."""
    if isinstance(fields.get("digest"), str):
        return {"choice": fields["digest"]}
    references = fields.get("reference_digests")
    if isinstance(references, list):
        return {"reference": tuple(references)}
    held = fields.get("key_digests")
    if isinstance(held, list):
        return tuple(held)
    if isinstance(held, dict):
        return {item: tuple(value) if isinstance(value, list) else value for item, value in held.items()}
    return None


def write(root: Path | None = None) -> list[str]:
    """Write every digest into the item files, keeping their comments and layout; tables of digests
    are written A to Z so that their order never hints at an answer. Returns what changed."""
    import tomlkit

    from grader.course.items import items_folder

    wanted = every_digest()
    changed: list[str] = []
    written: set[str] = set()
    for path in sorted(items_folder(root).glob("*.toml")):
        document = tomlkit.parse(path.read_text(encoding="utf-8"))
        before = tomlkit.dumps(document)
        for item in document.get("item", []):
            check_id = str(item["id"])
            if check_id not in wanted:
                continue
            written.add(check_id)
            _put(item, wanted[check_id], a_to_z=str(item["kind"]) in RANKING_KINDS)
        after = tomlkit.dumps(document)
        if after != before:
            path.write_text(after, encoding="utf-8")
            changed.append(path.name)
    unplaced = sorted(set(wanted) - written)
    if unplaced:
        raise SystemExit(f"These keys have no item in course/items: {unplaced}. Add the items or remove the keys.")
    return changed


def _put(item: Any, digests_: Digests, *, a_to_z: bool) -> None:
    import tomlkit

    if isinstance(digests_, tuple):
        item["key_digests"] = sorted(digests_)
    elif set(digests_) == {"choice"}:
        item["digest"] = digests_["choice"]
    elif set(digests_) == {"reference"} and "reference_digests" in item:
        item["reference_digests"] = list(digests_["reference"])  # type: ignore[call-overload]
    else:
        held = item.get("key_digests")
        if a_to_z:
            names = sorted(digests_)
        elif isinstance(held, dict) and set(held) == set(digests_):
            names = list(held)  # keep the order a maintainer wrote (it sets the order of feedback)
        else:
            names = list(digests_)
        table = tomlkit.table()
        for name in names:
            value = digests_[name]
            table.add(name, list(value) if isinstance(value, tuple) else value)
        item["key_digests"] = table


if __name__ == "__main__":
    import sys

    if sys.argv[1:] == ["--write"]:
        names = write()
        print("Wrote digests into: " + ", ".join(names) if names else "Every digest was already up to date.")
    else:
        import pprint

        pprint.pprint(every_digest(), width=100, sort_dicts=False)

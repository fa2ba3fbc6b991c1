"""Each module's items as data: ``course/items/<module slug>.toml``.

One file holds everything a module and its exercise ask: choice questions with their
options and per-option reasons, spectrum scenarios, goal sets, statements, the columns a
table check reads, and the digests of the right answers. Maintainers edit these files;
``python -m tests.support.answer_keys --write`` writes the digests from the plain keys,
which live with the tests and never reach a learner.

An item is one ``[[item]]`` table with a ``kind`` (which check reads it) and an ``id``
(``"01.trust"`` for Module 01's practice, ``"ex01.ranking"`` for exercise 01). The other
fields belong to the kind. This module only reads and validates the files' shape; the
checks give the fields their meaning.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from grader.course.syllabus import course_root

ITEMS_FOLDER = Path("course") / "items"
_ID = re.compile(r"^(ex)?(\d\d)\.[a-z0-9_]+$")


class ItemError(ValueError):
    """An item file that cannot be read; the message names the file, the item and the fix."""


@dataclass(frozen=True)
class Item:
    """One question or task: its kind, its id and the kind's own fields."""

    kind: str
    id: str
    fields: dict[str, Any]
    source: Path = field(compare=False)

    @property
    def module_id(self) -> str:
        """The module this item belongs to: ``"01"`` for both ``01.trust`` and ``ex01.ranking``."""
        match = _ID.match(self.id)
        assert match, self.id  # ids are validated on load
        return match.group(2)

    @property
    def graded(self) -> bool:
        """True for an exercise item, which nbgrader grades."""
        return self.id.startswith("ex")

    def where(self) -> str:
        return f'{self.source.name}, item "{self.id}"'


@dataclass(frozen=True)
class ModuleItems:
    """The items of one module and its exercise, in file order."""

    module_id: str
    source: Path
    items: tuple[Item, ...]


def items_folder(root: Path | None = None) -> Path:
    return (root or course_root()) / ITEMS_FOLDER


def load_file(path: Path) -> ModuleItems:
    """Read one module's item file; an ``ItemError`` says what is wrong and how to fix it."""
    stem = re.match(r"^(\d\d)-[a-z0-9-]+$", path.stem)
    if not stem:
        raise ItemError(
            f"{path.name}: an item file is named after its module's slug, like "
            "01-build-strategic-partnerships.toml. Rename the file."
        )
    module_id = stem.group(1)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise ItemError(f"{path.name} is not valid TOML: {error}. Fix the line it names.") from error
    extra = sorted(set(data) - {"module", "item"})
    if extra:
        raise ItemError(f"{path.name}: unknown top-level key(s) {extra}. Put every item under [[item]].")
    if data.get("module") != module_id:
        raise ItemError(
            f'{path.name}: write module = "{module_id}" at the top, matching the file name.'
        )
    raw_items = data.get("item", [])
    if not isinstance(raw_items, list):
        raise ItemError(f"{path.name}: items are an array of tables; write each one as [[item]].")
    items = tuple(_item(raw, path, module_id, n) for n, raw in enumerate(raw_items, start=1))
    seen: set[str] = set()
    for item in items:
        if item.id in seen:
            raise ItemError(f'{item.where()}: the id is used twice. Give each item its own id.')
        seen.add(item.id)
    return ModuleItems(module_id, path, items)


def _item(raw: dict[str, Any], path: Path, module_id: str, number: int) -> Item:
    where = f"{path.name}, item {number}"
    for name in ("kind", "id"):
        if not isinstance(raw.get(name), str) or not raw[name]:
            raise ItemError(f'{where}: every item needs a text "{name}" field.')
    item_id = raw["id"]
    match = _ID.match(item_id)
    if not match:
        raise ItemError(
            f'{where}: id "{item_id}" should look like "{module_id}.short_name" for a practice check '
            f'or "ex{module_id}.short_name" for the exercise (lowercase letters, digits, underscores).'
        )
    if match.group(2) != module_id:
        raise ItemError(
            f'{where}: id "{item_id}" belongs to module {match.group(2)}, but this is module '
            f"{module_id}'s file. Move the item to its module's file or fix the id."
        )
    fields = {key: value for key, value in raw.items() if key not in ("kind", "id")}
    return Item(raw["kind"], item_id, fields, path)


def load_all(root: Path | None = None) -> tuple[ModuleItems, ...]:
    """Every module's items, in module order."""
    folder = items_folder(root)
    paths = sorted(folder.glob("*.toml"))
    if not paths:
        raise ItemError(f"No item files in {folder}. The course's questions live there, one file per module.")
    found = tuple(load_file(path) for path in paths)
    modules = [m.module_id for m in found]
    twice = sorted({m for m in modules if modules.count(m) > 1})
    if twice:
        raise ItemError(f"Module(s) {twice} have more than one item file in {folder}. Keep one per module.")
    return found


def all_items(root: Path | None = None) -> tuple[Item, ...]:
    return tuple(item for module in load_all(root) for item in module.items)

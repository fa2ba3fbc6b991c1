"""Worked examples and scenarios as data: ``course/examples/<module slug>.toml``.

A module shows some texts that no check grades: a worked example with its answers (Module 09's
rail-yard sort, Module 10's plan for another team), the pushback scenario an alliance plan
answers (Module 04). They are course content, so they live in a TOML file per module, not in
Python. Each file starts with ``module = "NN"``; every other top-level key is one example, a
table (or an array of tables, or a text) named by the code that uses it.

The domain module that owns a model names what it reads and as which type::

    WORKED_STATEMENT = load_example("06", "worked_statement", Statement)

:func:`load_example` turns the table into that (frozen or plain) dataclass, field by field,
following the dataclass's type hints: text, whole numbers, numbers, true/false, lists,
``X | None`` and nested dataclasses. This module imports nothing of the layers above; the type
comes from the caller. A file that cannot be read raises :class:`ExampleError`, which names
the file, the field and the fix.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
import types
import typing
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from grader.course.syllabus import course_root

EXAMPLES_FOLDER = Path("course") / "examples"
T = TypeVar("T")

_TYPE_WORDS = {str: 'a text in quotes ("...")', int: "a whole number", float: "a number", bool: "true or false"}


class ExampleError(ValueError):
    """An example file that cannot be read; the message names the file, the field and the fix."""


def examples_folder(root: Path | None = None) -> Path:
    return (root or course_root()) / EXAMPLES_FOLDER


def example_file(module: str, root: Path | None = None) -> Path:
    """The example file of ``module`` ("09"): ``course/examples/09-<slug>.toml``."""
    folder = examples_folder(root)
    found = sorted(folder.glob(f"{module}-*.toml"))
    if len(found) != 1:
        have = ", ".join(p.name for p in sorted(folder.glob("*.toml"))) or "none"
        what = "no" if not found else "more than one"
        raise ExampleError(
            f"There is {what} example file for module {module} in {folder} (files there: {have}). "
            f"Keep one file per module, named after its slug like {module}-<module-slug>.toml."
        )
    return found[0]


@lru_cache(maxsize=32)
def _parsed(path: Path, stamp: tuple[int, int]) -> dict[str, Any]:
    """The file's TOML, read once per version of the file (``stamp``: its modification time and size)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise ExampleError(f"{_shown_path(path)} is not valid TOML: {error}. Fix the line it names.") from None
    module = re.match(r"^(\d\d)-", path.name)
    if module and data.get("module") != module.group(1):
        raise ExampleError(f'{_shown_path(path)}: write module = "{module.group(1)}" at the top, matching the file name.')
    return data


def _shown_path(path: Path) -> str:
    """How messages name a file: ``course/examples/09-<slug>.toml``."""
    return str(EXAMPLES_FOLDER / path.name) if path.parent.name == EXAMPLES_FOLDER.name else str(path)


def _read(path: Path) -> dict[str, Any]:
    """Every example in one file, as plain TOML values (checked: valid TOML, right module)."""
    if not path.is_file():
        raise ExampleError(f"There is no example file {path}. Create it, or check the module number.")
    stat = path.stat()
    return _parsed(path, (stat.st_mtime_ns, stat.st_size))


def _raw(module: str, name: str, root: Path | None) -> tuple[Path, Any]:
    path = example_file(module, root)
    data = _read(path)
    if name == "module" or name not in data:
        known = ", ".join(key for key in data if key != "module") or "none"
        raise ExampleError(f'{_shown_path(path)} has no example called "{name}" (it has: {known}). '
                           f"Add a [{name}] table, or fix the name the code asks for.")
    return path, data[name]


def load_example(module: str, name: str, kind: type[T], root: Path | None = None) -> T:
    """The example ``name`` of ``module``'s file, as a ``kind`` (a dataclass, or ``str`` for a text).

    Each call builds a fresh value, so a notebook may change what it gets.
    """
    path, value = _raw(module, name, root)
    return typing.cast(T, build(kind, value, name, _shown_path(path)))


def load_examples(module: str, name: str, kind: type[T], root: Path | None = None) -> tuple[T, ...]:
    """The array of tables ``[[name]]`` of ``module``'s file, each as a ``kind``, in file order."""
    path, value = _raw(module, name, root)
    # The hint is made at run time from the caller's dataclass, which mypy cannot read as a type.
    hint = tuple[kind, ...]  # type: ignore[valid-type]
    return typing.cast(tuple[T, ...], build(hint, value, name, _shown_path(path)))


def build(hint: Any, value: Any, where: str, file: str) -> Any:
    """``value`` (read from TOML) as the type ``hint``; ``where`` names the field (``plan.milestones[2].month``)."""
    origin = typing.get_origin(hint)
    if hint is Any:
        return value
    if origin in (typing.Union, types.UnionType):
        arms = [arm for arm in typing.get_args(hint) if arm is not type(None)]
        problems = []
        for arm in arms:
            try:
                return build(arm, value, where, file)
            except ExampleError as error:
                problems.append(str(error))
        raise ExampleError(problems[0] if len(problems) == 1 else
                           f"{file}, {where}: {value!r} fits none of the types this field takes. Write it as "
                           + " or ".join(_type_word(arm) for arm in arms) + ".")
    if origin in (list, tuple):
        args = typing.get_args(hint)
        if origin is tuple and not (len(args) == 2 and args[1] is Ellipsis):
            raise ExampleError(f"{file}, {where}: the loader reads tuple[X, ...] only, not {hint}.")
        if not isinstance(value, list):
            raise ExampleError(f"{file}, {where}: should be a list ([...] or [[{where}]] tables), "
                               f"but it is {_shown(value)}.")
        inner = args[0] if args else Any
        items = [build(inner, item, f"{where}[{n}]", file) for n, item in enumerate(value, start=1)]
        return tuple(items) if origin is tuple else items
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _dataclass(hint, value, where, file)
    if hint in _TYPE_WORDS:
        fits = isinstance(value, hint) and not (hint is int and isinstance(value, bool))
        if hint is float and isinstance(value, int) and not isinstance(value, bool):
            return float(value)
        if not fits:
            raise ExampleError(f"{file}, {where}: should be {_TYPE_WORDS[hint]}, but it is {_shown(value)}.")
        return value
    raise ExampleError(f"{file}, {where}: the example loader cannot read a {hint!r}. "
                       "Give the field a simpler type (text, number, list or dataclass).")


def _dataclass(cls: type, value: Any, where: str, file: str) -> Any:
    fields = {f.name: f for f in dataclasses.fields(cls) if f.init}
    if not isinstance(value, dict):
        raise ExampleError(f"{file}, {where}: should be a table of fields ({', '.join(fields)}), "
                           f"but it is {_shown(value)}.")
    unknown = sorted(set(value) - set(fields))
    if unknown:
        raise ExampleError(f"{file}, {where}: unknown field(s) {', '.join(unknown)}. "
                           f"A {cls.__name__} has: {', '.join(fields)}.")
    missing = [name for name, f in fields.items() if name not in value
               and f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING]
    if missing:
        raise ExampleError(f"{file}, {where}: missing {', '.join(missing)}. "
                           f"Add {' and '.join(f'{name} = ...' for name in missing)} to that table.")
    hints = typing.get_type_hints(cls)
    arguments = {name: build(hints[name], inner, f"{where}.{name}", file) for name, inner in value.items()}
    try:
        return cls(**arguments)
    except (ValueError, TypeError) as error:
        raise ExampleError(f"{file}, {where}: {error}") from None


def _type_word(hint: Any) -> str:
    if hint in _TYPE_WORDS:
        return _TYPE_WORDS[hint]
    return getattr(hint, "__name__", str(hint))


def _shown(value: Any) -> str:
    kind = {str: "a text", bool: "true/false", int: "a number", float: "a number", list: "a list",
            dict: "a table"}.get(type(value), type(value).__name__)
    return f"{kind} ({value!r})" if not isinstance(value, (list, dict)) else kind

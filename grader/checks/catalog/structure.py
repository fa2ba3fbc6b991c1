"""Turn an item's TOML fields into the typed arguments a check kind declares.

A kind is a plain typed function (``labels(check_id, title, vocabulary, cases, ...)``);
its annotations say what each field must be. TOML gives tables, arrays and scalars; this
module turns them into dataclasses, tuples and dicts, and says exactly which field of which
item is wrong when they do not fit.
"""

from __future__ import annotations

import dataclasses
import inspect
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from grader.course.items import Item, ItemError


def call_kind(kind: Callable[..., Any], item: Item, **given: Any) -> Any:
    """Call ``kind`` with the item's fields, typed by its annotations, plus ``given`` ones."""
    signature = inspect.signature(kind)
    hints = typing.get_type_hints(kind)
    names = [name for name in signature.parameters if name not in given]
    unknown = sorted(set(item.fields) - set(names))
    if unknown:
        raise ItemError(
            f"{item.where()}: kind \"{item.kind}\" has no field(s) {unknown}. "
            f"Its fields are: {', '.join(names)}."
        )
    arguments: dict[str, Any] = dict(given)
    for name in names:
        parameter = signature.parameters[name]
        if name in item.fields:
            arguments[name] = structure(item.fields[name], hints[name], f"{item.where()}, field \"{name}\"")
        elif parameter.default is inspect.Parameter.empty:
            raise ItemError(f"{item.where()}: kind \"{item.kind}\" needs a \"{name}\" field.")
    return kind(**arguments)


def structure(value: Any, hint: Any, where: str) -> Any:
    """``value`` read from TOML, as the type ``hint`` asks for."""
    origin = typing.get_origin(hint)
    arguments = typing.get_args(hint)
    if hint is Any:
        return value
    if origin in (typing.Union, types.UnionType):
        problems = []
        for option in (a for a in arguments if a is not type(None)):
            try:
                return structure(value, option, where)
            except ItemError as error:
                problems.append(str(error))
        raise ItemError(problems[0] if len(problems) == 1 else f"{where}: {value!r} fits none of {hint}.")
    if origin is typing.Literal:
        if value in arguments:
            return value
        raise ItemError(f"{where}: {value!r} is not one of {', '.join(map(repr, arguments))}.")
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        return _dataclass(value, hint, where)
    if origin is tuple or origin in (list, Sequence):
        if not isinstance(value, list):
            raise ItemError(f"{where}: expected a list [ ... ], found {_shown(value)}.")
        if origin is tuple and not (len(arguments) == 2 and arguments[1] is Ellipsis):
            if len(value) != len(arguments):
                raise ItemError(f"{where}: expected a list of {len(arguments)} values, found {len(value)}.")
            return tuple(structure(v, a, f"{where}[{n}]") for n, (v, a) in enumerate(zip(value, arguments, strict=True)))
        inner = arguments[0] if arguments else Any
        items = [structure(v, inner, f"{where}[{n}]") for n, v in enumerate(value)]
        return items if origin is list else tuple(items)
    if origin in (dict, Mapping):
        if not isinstance(value, dict):
            raise ItemError(f"{where}: expected a table {{ ... }}, found {_shown(value)}.")
        key_type, value_type = arguments or (Any, Any)
        return {
            structure(k, key_type, where): structure(v, value_type, f"{where}.{k}") for k, v in value.items()
        }
    if hint is float:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
        raise ItemError(f"{where}: expected a number, found {_shown(value)}.")
    if hint in (str, int, bool):
        if isinstance(value, hint) and not (hint is int and isinstance(value, bool)):
            return value
        expected = {str: "text in quotes", int: "a whole number", bool: "true or false"}[hint]
        raise ItemError(f"{where}: expected {expected}, found {_shown(value)}.")
    raise ItemError(f"{where}: the kind declares a type ({hint}) that item files cannot hold.")


def _dataclass(value: Any, cls: type, where: str) -> Any:
    if not isinstance(value, dict):
        raise ItemError(f"{where}: expected a table with {_field_names(cls)}, found {_shown(value)}.")
    hints = typing.get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls) if f.init}
    unknown = sorted(set(value) - set(fields))
    if unknown:
        raise ItemError(f"{where}: unknown field(s) {unknown}; a {cls.__name__} has {_field_names(cls)}.")
    arguments = {}
    for name, spec in fields.items():
        if name in value:
            arguments[name] = structure(value[name], hints[name], f"{where}.{name}")
        elif spec.default is dataclasses.MISSING and spec.default_factory is dataclasses.MISSING:
            raise ItemError(f"{where}: missing \"{name}\"; a {cls.__name__} has {_field_names(cls)}.")
    return cls(**arguments)


def _field_names(cls: type) -> str:
    return ", ".join(f.name for f in dataclasses.fields(cls) if f.init)


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."

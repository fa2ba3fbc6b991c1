"""Pay once for what nbgrader recomputes on every call: the same checks, the same results.

nbgrader opens its gradebook many times per submission, each time with a new SQLAlchemy
engine, so every query is compiled afresh; and it validates every cell's metadata with
``jsonschema.validate``, which re-checks the schema itself and builds a new validator each
time. Inside a grading worker (one process, many submissions) both are cached:

- one engine per database URL, so SQLAlchemy's statement cache works across submissions,
  and its connection pool too: ``Gradebook.close`` ends the session (its connection goes
  back to the pool, holding no lock) instead of closing every connection to reopen one at
  the next ``Gradebook``;
- one validator per schema, checked once; ``validate`` raises the same ValidationError;
- the gradebook's tables are created (if missing) once per database, not on every open.

Nothing is skipped: every query still runs and every cell is still validated. Only grading
workers install these (each worker is one process grading one submission at a time).
"""

from __future__ import annotations

import json
from functools import cache, lru_cache
from typing import Any

import jsonschema


@cache
def _validator(schema_text: str) -> Any:
    schema = json.loads(schema_text)
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


class CachedJsonschema:
    """Stands in for the ``jsonschema`` module inside nbgrader's metadata validator."""

    ValidationError = jsonschema.ValidationError

    def __getattr__(self, name: str) -> Any:
        return getattr(jsonschema, name)

    @staticmethod
    def validate(instance: Any, schema: dict) -> None:
        _validator(json.dumps(schema, sort_keys=True)).validate(instance)


def apply() -> None:
    """Install both caches in this process (a grading worker)."""
    import nbgrader.api as api
    import nbgrader.nbgraderformat.common as common

    if getattr(api, "_equity_engine_cache", False):
        return
    create_engine = api.create_engine

    @lru_cache(maxsize=8)
    def cached_engine(url: str, **kwargs: Any) -> Any:
        return create_engine(url, **kwargs)

    def shared_engine(url: Any, **kwargs: Any) -> Any:
        return cached_engine(str(url), **kwargs)

    api.create_engine = shared_engine
    api._equity_engine_cache = True

    create_all = api.Base.metadata.create_all
    created: set[str] = set()

    def create_all_once(bind: Any = None, **kwargs: Any) -> None:
        key = str(getattr(bind, "url", bind))
        if key not in created:
            create_all(bind=bind, **kwargs)
            created.add(key)

    api.Base.metadata.create_all = create_all_once

    def close_keeping_pool(self: Any) -> None:
        self.db.remove()  # the session ends; its connection goes back to the shared pool

    api.Gradebook.close = close_keeping_pool
    common.jsonschema = CachedJsonschema()

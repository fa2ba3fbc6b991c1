"""What a test needs from the item files: one check's scenarios, goals, statements or paragraph.

The course's content lives in ``course/items/<slug>.toml``; the catalog registers it, and this
reads it back from the registered checks, exactly as a notebook sees it.
"""

from __future__ import annotations

from typing import Any


def item_set(check_id: str) -> Any:
    """The content a check was registered with: a tuple of scenarios, goals, statements,
    interventions or requests, or one press paragraph or decision process."""
    from grader.checks import decision_process, labels, press_rewrite, upstream
    from grader.checks.catalog import load

    load()
    tables: tuple[dict[str, Any], ...] = (
        *labels.CASE_SETS.values(), upstream.INTERVENTION_SETS, press_rewrite.PARAGRAPHS, decision_process.PROCESSES,
    )
    for table in tables:
        if check_id in table:
            return table[check_id]
    raise KeyError(f'No item "{check_id}" with scenarios, goals, statements or a paragraph in course/items.')

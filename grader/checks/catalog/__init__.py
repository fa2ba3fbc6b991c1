"""The course's checks, read from each module's item file (``course/items/<slug>.toml``).

``load()`` reads every item file once and registers each item with the check kind its
``kind`` field names. The kinds are the typed registration functions below; an item's
other fields are their arguments, typed by their annotations (``structure``). Course
content lives in the item files; nothing here lists a question.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from grader.checks import (
    accountability,
    alliance_plan,
    ally_map,
    charts,
    choice,
    data_brief,
    decision_process,
    department_plan,
    disparities,
    equity_review,
    indicators,
    labels,
    one_to_one,
    participation_budget,
    policy_agenda,
    press_rewrite,
    ranking,
    resident_charts,
    tables,
    upstream,
)
from grader.checks.catalog.structure import call_kind
from grader.course.items import Item, ItemError, all_items

KINDS: dict[str, Callable[..., Any]] = {
    "choice": choice.choice,
    "labels": labels.labels,
    "group_counts": tables.group_counts,
    "ranking": ranking.ranking,
    "one_to_one_plan": one_to_one.one_to_one_plan,
    "safe_counts_table": data_brief.safe_counts_table,
    "safe_rates_table": data_brief.safe_rates_table,
    "accountability_plan": accountability.accountability_plan,
    "process_redesign": decision_process.process_redesign,
    "budget_rules": participation_budget.budget_rules,
    "budget_totals": participation_budget.budget_totals,
    "shares_by_item": indicators.shares_by_item,
    "chart_with_target": charts.chart_with_target,
    "alliance_plan": alliance_plan.alliance_plan,
    "ally_map": ally_map.ally_map,
    "press_rewrite": press_rewrite.press_rewrite,
    "breakdown_table": disparities.breakdown_table,
    "ratio_series": disparities.ratio_series,
    "resident_chart": resident_charts.resident_chart,
    "equity_review": equity_review.equity_review,
    "upstream_sort": upstream.upstream_sort,
    "agenda_gaps": policy_agenda.agenda_gaps,
    "department_plan_review": department_plan.department_plan_review,
}

_LOADED = False


def register_item(item: Item) -> None:
    """Register one item with its kind; an ``ItemError`` names the item and what to fix."""
    kind = KINDS.get(item.kind)
    if kind is None:
        raise ItemError(f'{item.where()}: unknown kind "{item.kind}". Known kinds: {", ".join(sorted(KINDS))}.')
    try:
        call_kind(kind, item, check_id=item.id, graded=item.graded)
    except (TypeError, ValueError) as error:
        if isinstance(error, ItemError):
            raise
        raise ItemError(f"{item.where()}: {error}") from error


def load(root: Path | None = None) -> None:
    """Register every check of the course (once)."""
    global _LOADED
    if not _LOADED:
        _LOADED = True
        for item in all_items(root):
            register_item(item)

"""A chart of rates by group that a resident can read, drawn from a ``breakdown`` table.

One bar per group, named on the axis and labeled with its rate; a dashed line for the
reference rate; unstable rates hatched and marked "unstable" in words; hidden groups kept
as a row that says why they are not shown. Color is never the only signal, and the chart
comes with a description (alt text). A chart of groups by race or ethnicity says, under the
chart and in its description, that the gaps come from racism and the conditions it creates. It uses ``grader.charts.plots.Chart`` and needs matplotlib.
"""

from __future__ import annotations

import textwrap

import pandas as pd

from grader.charts.plots import BAR, INK, Chart, new_figure
from grader.domain.data_brief import SMALL_MAX
from grader.domain.disparities import RACISM_NOTE, STABLE, SUPPRESSED, UNSTABLE, UNSTABLE_BELOW, by_race

HATCH = "///"


def _hidden(status: str) -> bool:
    return status not in (STABLE, UNSTABLE)


def _label(group: str, status: str, count: int, noun: str) -> str:
    if status == SUPPRESSED:
        return f"{group}\n(not shown: {SMALL_MAX} or fewer {noun})"
    if _hidden(status):
        return f"{group}\n(no rate: nobody counted)"
    if status == UNSTABLE:
        return f"{group}\n(unstable: {count} {noun})"
    return group


def disparity_chart(table: pd.DataFrame, *, reference: str, title: str, unit: str) -> Chart:
    """Rates by group from ``breakdown(...)``, with a line at the ``reference`` row's rate.

    ``reference`` is a row of the table (a group, or the ``overall`` row); ``unit`` says what
    the rate counts, for example "visits per 10,000 residents".
    """
    count = table.attrs.get("count")
    if not count or "rate" not in table.columns or "reliability" not in table.columns:
        raise ValueError("disparity_chart needs the table from breakdown(...).")
    if reference not in table.index:
        raise ValueError(f'"{reference}" is not a row of this table. The rows are: '
                         f"{', '.join(str(g) for g in table.index)}.")
    rows = table.drop(index=reference) if reference == table.attrs.get("overall") else table
    rows = rows.iloc[::-1]  # first group at the top
    labels = [_label(str(g), r["reliability"], int(r[count]), count) for g, r in rows.iterrows()]
    shown = [0.0 if _hidden(r["reliability"]) else float(r["rate"]) for _, r in rows.iterrows()]
    fig = new_figure(9, 0.7 * len(rows) + 1.8)
    ax = fig.add_subplot()
    bars = ax.barh(labels, shown, color=BAR, edgecolor=INK)
    for bar, (_, r) in zip(bars, rows.iterrows(), strict=True):
        if r["reliability"] == UNSTABLE:
            bar.set_hatch(HATCH)
            bar.set_facecolor("white")
        words = "not shown" if _hidden(r["reliability"]) else f"{r['rate']:.1f}"
        if r["reliability"] == UNSTABLE:
            words += " (unstable)"
        ax.annotate(words, (bar.get_width(), bar.get_y() + bar.get_height() / 2), xytext=(6, 0),
                    textcoords="offset points", va="center", color=INK)
    ref_rate = float(table.at[reference, "rate"])
    ax.axvline(ref_rate, color=INK, linestyle="--", linewidth=1.5,
               label=f"{reference}: {ref_rate:.1f}")
    ax.set_xlim(0, max([ref_rate, *shown]) * 1.35)
    ax.set_xlabel(unit[:1].upper() + unit[1:])
    ax.set_ylabel(str(table.attrs.get("by") or "group").replace("_", " / "))
    ax.set_title(title)
    ax.legend(loc="lower right", fontsize="small")
    alt = _alt_text(rows, reference, ref_rate, title, unit, count)
    if by_race(table.attrs.get("by")):
        fig.supxlabel(textwrap.fill(RACISM_NOTE, 110), fontsize="small", color=INK)
        alt = f"{alt} {RACISM_NOTE}"
    return Chart(fig, alt)


def _alt_text(rows: pd.DataFrame, reference: str, ref_rate: float, title: str, unit: str,
              noun: str) -> str:
    parts = [f"Bar chart: {title}. Rates are {unit}; a dashed line marks {reference} at {ref_rate:.1f}."]
    for group, r in rows.iloc[::-1].iterrows():
        if r["reliability"] == SUPPRESSED:
            parts.append(f"{group}: not shown, because the count is {SMALL_MAX} or fewer.")
        elif _hidden(r["reliability"]):
            parts.append(f"{group}: no rate, because nobody was counted.")
        elif r["reliability"] == STABLE:
            parts.append(f"{group}: {r['rate']:.1f}.")
        else:
            parts.append(f"{group}: {r['rate']:.1f}, unstable (fewer than {UNSTABLE_BELOW} {noun}).")
    return " ".join(parts)

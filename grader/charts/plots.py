"""Accessible charts of community-chosen indicators, each with a plain-language description.

Every chart has a title, labeled axes, a line for the community's target, markers and
words (never color alone) for each status, and alt text: a description a screen reader
can read, shown under the chart and used as the image's ``alt`` attribute.

Needs matplotlib (``pip install "matplotlib>=3.8"``). It is imported only when a chart is
drawn, so the rest of the course works without it.
"""

from __future__ import annotations

import base64
import html
import io
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import pandas as pd

from grader.domain.indicators import Indicator, progress_table

TARGET_LABEL = "the community's target"
INK = "#1a1a1a"
BAR = "#4a6fa5"


def new_figure(width: float, height: float) -> Any:
    """A matplotlib Figure that is not registered with pyplot (so it is never shown twice)."""
    try:
        from matplotlib.figure import Figure
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError(
            'Charts need matplotlib. Install it with:  pip install "matplotlib>=3.8"'
        ) from None
    return Figure(figsize=(width, height), layout="constrained")


@dataclass(frozen=True)
class Chart:
    """A figure and its alt text. In a notebook it shows as an image with the text beneath."""

    figure: Any
    alt_text: str

    @property
    def axes(self) -> Any:
        return self.figure.axes[0]

    def png(self) -> bytes:
        buffer = io.BytesIO()
        self.figure.savefig(buffer, format="png", dpi=96)
        return buffer.getvalue()

    def to_html(self) -> str:
        data = base64.b64encode(self.png()).decode("ascii")
        alt = html.escape(self.alt_text, quote=True)
        return (
            f'<figure style="margin:0.5em 0"><img src="data:image/png;base64,{data}" alt="{alt}" '
            f'style="max-width:100%"><figcaption style="color:{INK}"><strong>Description:</strong> '
            f"{html.escape(self.alt_text)}</figcaption></figure>"
        )

    def _repr_html_(self) -> str:
        return self.to_html()

    def __repr__(self) -> str:
        return f"Chart: {self.alt_text}"


def _percent(share: float) -> str:
    return f"{share * 100:.0f}%"


def progress_chart(table: pd.DataFrame | Iterable[Indicator], year: int | None = None,
                   title: str | None = None) -> Chart:
    """Horizontal bars: the share of the gap to each community's target closed by ``year``.

    ``table`` is a list of indicators or a DataFrame from ``progress_table`` (columns
    indicator, chosen_by, progress, expected, status, year).
    """
    if not isinstance(table, pd.DataFrame):
        table = progress_table(table, year)
    needed = ["indicator", "chosen_by", "progress", "expected", "status", "year"]
    missing = [c for c in needed if c not in table.columns]
    if missing:
        raise ValueError(f"progress_chart needs a table from progress_table(...); this one lacks "
                         f"{', '.join(missing)}.")
    if table.empty:
        raise ValueError("There are no indicators to chart: the table is empty.")
    rows = table.iloc[::-1]  # first indicator at the top
    labels = [f"{r.indicator}\n(chosen by {r.chosen_by})" for r in rows.itertuples()]
    shares = [r.progress * 100 for r in rows.itertuples()]
    fig = new_figure(9, 0.75 * len(rows) + 1.6)
    ax = fig.add_subplot()
    ax.barh(labels, shares, color=BAR, edgecolor=INK, label="share of the gap closed")
    ax.scatter([r.expected * 100 for r in rows.itertuples()], labels, marker="D", s=40,
               color="white", edgecolor=INK, zorder=3, label="expected by now (straight path)")
    ax.axvline(100, color=INK, linestyle="--", linewidth=1.5, label=TARGET_LABEL + " (100%)")
    ax.axvline(0, color=INK, linewidth=0.8)
    for y, r in enumerate(rows.itertuples()):
        right = max(r.progress * 100, r.expected * 100, 0)
        ax.annotate(f"{_percent(r.progress)}, {r.status}", (right, y), xytext=(8, 0),
                    textcoords="offset points", va="center", color=INK,
                    bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none"})
    ends = shares + [r.expected * 100 for r in rows.itertuples()]
    ax.set_xlim(min(0, *shares) - 10, max(100, *ends) + 70)
    years = sorted(set(table["year"]))
    when = str(years[0]) if len(years) == 1 else f"{years[0]}-{years[-1]}"
    ax.set_xlabel("Share of the gap to the community's target closed (%)")
    ax.set_ylabel("Indicator (and who chose it)")
    ax.set_title(title or f"Progress toward community-chosen targets, {when}")
    fig.legend(loc="outside lower center", ncols=3, fontsize="small", frameon=False)
    return Chart(fig, _progress_alt_text(table, when))


def _progress_alt_text(table: pd.DataFrame, when: str) -> str:
    parts = [f"Bar chart of progress toward community-chosen targets in {when}, as the share of "
             "the gap between baseline and target closed; a dashed line marks the target at 100%."]
    for r in table.itertuples():
        parts.append(f"{r.indicator} (chosen by {r.chosen_by}): {_percent(r.progress)} closed, "
                     f"{_percent(r.expected)} expected by now, {r.status}.")
    return " ".join(parts)


def trend_chart(indicator: Indicator) -> Chart:
    """Yearly values of one indicator, with its baseline and the community's target as lines."""
    years = sorted(indicator.values)
    if not years:
        raise ValueError(f'"{indicator.name}" has no yearly values to chart yet.')
    values = [indicator.values[y] for y in years]
    fig = new_figure(8, 4.2)
    ax = fig.add_subplot()
    ax.plot(years, values, marker="o", color=BAR, linewidth=2, label="yearly value")
    ax.axhline(indicator.target, color=INK, linestyle="--", linewidth=1.5,
               label=f"{TARGET_LABEL}: {indicator.target:g} by {indicator.target_year}")
    ax.axhline(indicator.baseline, color=INK, linestyle=":", linewidth=1.2,
               label=f"baseline: {indicator.baseline:g} in {indicator.baseline_year}")
    ax.annotate(f"{values[-1]:g} in {years[-1]}", (years[-1], values[-1]), xytext=(6, 6),
                textcoords="offset points", color=INK)
    ax.set_xticks(years)
    ax.set_xlabel("Year")
    ax.set_ylabel(indicator.unit or "value")
    better = "higher is better" if indicator.better == "up" else "lower is better"
    ax.set_title(f"{indicator.name} ({better})\nchosen by {indicator.chosen_by}")
    ax.legend(loc="best", fontsize="small")
    return Chart(fig, _trend_alt_text(indicator, years, values))


def _trend_alt_text(indicator: Indicator, years: list[int], values: list[float]) -> str:
    unit = f" {indicator.unit}" if indicator.unit else ""
    better = "higher is better" if indicator.better == "up" else "lower is better"
    return (
        f"Line chart of {indicator.name}, chosen by {indicator.chosen_by} ({better}). "
        f"It went from {values[0]:g}{unit} in {years[0]} to {values[-1]:g}{unit} in {years[-1]}. "
        f"The baseline was {indicator.baseline:g} in {indicator.baseline_year}; the community's "
        f"target is {indicator.target:g} by {indicator.target_year}. "
        f"Status in {years[-1]}: {indicator.status()}."
    )

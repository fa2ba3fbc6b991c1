"""Checks on a chart a resident can read: data, a title, labeled axes, a reference line, and
meaning that never rests on color alone.

The chart is read once into a ``ChartReading``: plain data holding everything the check
looks at (lines, bars with their colors and patterns, words on the chart, tick labels).
A self-check reads the learner's matplotlib Axes directly; the exercise's hidden test
passes ``read_chart(ax)``, so the evidence the cohort grader re-scores holds the same
reading. The reference line's position is keyed by digest, like every right answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from grader.checks.charts import EXPECTS, as_axes
from grader.checks.disparities import rate_matches
from grader.checks.evidence import answer_type
from grader.checks.feedback import Note, Status
from grader.checks.registry import AnswerProblem, register

REFERENCE = "reference"


def _numbers(values: Any) -> list:
    out: list[float | str] = []
    for value in list(values):
        try:
            out.append(float(value))
        except (TypeError, ValueError):
            out.append(str(value))
    return out


def _hex(color: Any) -> str:
    try:
        from matplotlib.colors import to_hex

        return to_hex(color, keep_alpha=True)
    except (ImportError, ValueError, TypeError):
        return str(color)


@answer_type
@dataclass
class ChartReading:
    """What the resident-chart check reads from one matplotlib Axes, as plain data."""

    lines: list[dict[str, Any]] = field(default_factory=list)
    bars: list[dict[str, str]] = field(default_factory=list)
    collections: int = 0
    texts: list[str] = field(default_factory=list)
    tick_labels: list[str] = field(default_factory=list)
    xlabel: str = ""
    ylabel: str = ""
    titles: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, ax: Any) -> ChartReading:
        get_suptitle = getattr(getattr(ax, "figure", None), "get_suptitle", None)
        return cls(
            lines=[{"label": str(line.get_label()), "x": _numbers(line.get_xdata()),
                    "y": _numbers(line.get_ydata()), "marker": str(line.get_marker()),
                    "linestyle": str(line.get_linestyle()), "color": _hex(line.get_color())}
                   for line in ax.get_lines()],
            bars=[{"color": _hex(patch.get_facecolor()), "hatch": str(patch.get_hatch() or "")}
                  for patch in ax.patches if patch.get_visible()],
            collections=len(ax.collections),
            texts=[str(text.get_text()) for text in ax.texts if str(text.get_text()).strip()],
            tick_labels=[str(t.get_text()) for t in (*ax.get_xticklabels(), *ax.get_yticklabels())],
            xlabel=str(ax.get_xlabel()), ylabel=str(ax.get_ylabel()),
            titles=[str(ax.get_title(loc)) for loc in ("center", "left", "right")] + [str(get_suptitle() if get_suptitle is not None else "")],
        )

    def to_dict(self) -> dict[str, Any]:
        return {"lines": self.lines, "bars": self.bars, "collections": self.collections,
                "texts": self.texts, "tick_labels": self.tick_labels, "xlabel": self.xlabel,
                "ylabel": self.ylabel, "titles": self.titles}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ChartReading:
        return cls(**{key: data[key] for key in cls().to_dict() if key in data})

    # ---- what the check asks of it ----

    def data_lines(self) -> list[dict[str, Any]]:
        return [line for line in self.lines if len(line.get("x", [])) > 2 and _straight(line) is None]

    def shows_data(self) -> bool:
        return bool(self.bars or self.data_lines() or self.collections)

    def titled(self) -> bool:
        return any(str(title).strip() for title in self.titles)

    def axes_labeled(self) -> bool:
        return bool(str(self.xlabel).strip()) and bool(str(self.ylabel).strip())

    def straight_lines(self) -> list[float]:
        return [value for line in self.lines if (value := _straight(line)) is not None]

    def names_in_words(self) -> bool:
        worded = [label for label in self.tick_labels if re.search(r"[^\W\d_]", str(label))]
        return len(worded) >= 2 or len(self.texts) >= 2

    def color_backed_by_more(self) -> bool:
        """True when every difference in color is also shown by a pattern, a marker or words."""
        data_lines = self.data_lines()
        colors = {bar.get("color") for bar in self.bars} | {line.get("color") for line in data_lines}
        if len(colors) <= 1:
            return True
        patterns = {bar.get("hatch") for bar in self.bars}
        styles = {(line.get("marker"), line.get("linestyle")) for line in data_lines}
        return len(patterns) > 1 or bool(self.texts) or (len(data_lines) > 1 and len(styles) == len(data_lines))


def _straight(line: dict[str, Any]) -> float | None:
    """Where a line runs straight across or up (its one x or y value), or None."""
    for values in (line.get("x", []), line.get("y", [])):
        try:
            found = {round(float(v), 9) for v in values}
        except (TypeError, ValueError):
            continue
        if len(found) == 1:
            return found.pop()
    return None


def read_chart(answer: object) -> object:
    """The ``ChartReading`` of a chart (one per Axes); anything that is not a chart comes back as it is."""
    if isinstance(answer, ChartReading):
        return answer
    try:
        axes = as_axes(answer)
    except AnswerProblem:
        return answer
    readings = [ChartReading.of(ax) for ax in axes]
    return readings[0] if len(readings) == 1 else readings


def _readings(answer: object) -> list[ChartReading]:
    found = read_chart(answer)
    if isinstance(found, ChartReading):
        return [found]
    if isinstance(found, list) and found and all(isinstance(item, ChartReading) for item in found):
        return found
    raise AnswerProblem(f"Expected a chart (a matplotlib Axes), but this is a {type(answer).__name__}. "
                        f"{EXPECTS}")


def resident_chart(check_id: str, title: str, reference_digests: tuple[str, ...], *,
                   what_reference: str, max_points: float = 5.0, graded: bool = False) -> None:
    """Register a check of a chart a resident can read; the reference line sits at a keyed value."""

    def at_reference(value: float) -> bool:
        return any(rate_matches(check_id, REFERENCE, value, key) for key in reference_digests)

    def criteria(reading: ChartReading) -> list[bool]:
        lines = reading.straight_lines()
        return [reading.shows_data(), reading.titled(), reading.axes_labeled(),
                any(at_reference(value) for value in lines),
                reading.names_in_words() and reading.color_backed_by_more(), bool(lines)]

    @register(check_id, title=title, max_points=max_points, expects=EXPECTS, graded=graded)
    def grade(answer: object) -> list[Note]:
        results = [criteria(reading) for reading in _readings(answer)]
        data, titled, labeled, reference, words, any_line = max(results, key=lambda r: sum(r[:5]))
        return [
            Note("shows the data", Status.HOLDS_UP if data else Status.RECONSIDER,
                 "Yes." if data else "The chart is empty: plot the rates, for example with "
                 ".plot.barh().", missing=not data),
            Note("a title", Status.HOLDS_UP if titled else Status.RECONSIDER,
                 "Yes." if titled else "Give the chart a title with ax.set_title(...) that says what it "
                 "shows, where and when, in words a resident would use.", missing=not titled),
            Note("both axes labeled", Status.HOLDS_UP if labeled else Status.RECONSIDER,
                 "Yes." if labeled else "Label both axes with ax.set_xlabel(...) and ax.set_ylabel(...): "
                 "say what is counted, per how many people.", missing=not labeled),
            Note("a reference line", Status.HOLDS_UP if reference else Status.RECONSIDER,
                 "Yes: readers can compare each bar with it." if reference else
                 f"Draw a straight line at {what_reference}, with ax.axvline(...) (up and down) or "
                 "ax.axhline(...) (across), and label it, so readers have something to compare each "
                 "bar with. Work that rate out from all the cases and all the people, not as an average "
                 "of the groups' rates.", missing=not any_line),
            Note("not color alone", Status.HOLDS_UP if words else Status.RECONSIDER,
                 "Every group is named in words, and color carries nothing that words or patterns do "
                 "not." if words else "Name each group in words on the chart (bars labeled on the axis, "
                 "or values written with ax.bar_label(...)). If colors mean something, such as an "
                 "unstable rate, add words or a pattern (hatch=...) too: some readers cannot tell "
                 "colors apart."),
        ]

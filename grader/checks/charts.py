"""Checks on a chart a learner draws: does it show data, a target line, labeled axes, a title?

The chart is read through matplotlib's own methods (``get_lines``, ``get_xlabel``...), so
this module does not import matplotlib and works with pandas' ``.plot(...)``, with
matplotlib directly, or with a ``grader.charts.plots.Chart``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from grader.checks.evidence import answer_type, summarized_as
from grader.checks.feedback import Note, Status
from grader.checks.registry import AnswerProblem, register

EXPECTS = ("Give the matplotlib Axes your plot returns: for example ax = table.plot.barh(...), "
           "then ax.axvline(...), ax.set_xlabel(...), ax.set_ylabel(...), ax.set_title(...).")


def _is_axes(value: object) -> bool:
    return all(hasattr(value, name) for name in ("get_lines", "get_xlabel", "get_title", "patches"))


def as_axes(answer: object) -> list:
    """The Axes in an answer: an Axes, a Figure, a Chart, or a list or array of Axes."""
    if hasattr(answer, "figure") and not _is_axes(answer):  # a grader.charts.plots.Chart
        answer = answer.figure
    if _is_axes(answer):
        return [answer]
    if hasattr(answer, "get_axes"):  # a Figure
        found = list(answer.get_axes())
    elif isinstance(answer, Iterable) and not isinstance(answer, (str, bytes, dict)):
        found = [ax for ax in _flatten(answer) if _is_axes(ax)]
    else:
        found = []
    if not found:
        raise AnswerProblem(f"Expected a chart (a matplotlib Axes), but this is a "
                            f"{type(answer).__name__}. {EXPECTS}")
    return found


def _flatten(items: Iterable) -> Iterable:
    for item in items:
        if isinstance(item, Iterable) and not isinstance(item, (str, bytes)) and not _is_axes(item):
            yield from _flatten(item)
        else:
            yield item


def _constant(values: Any) -> float | None:
    """The one value a reference line sits at, or None if the line is not straight across."""
    try:
        numbers = {round(float(v), 9) for v in values}
    except (TypeError, ValueError):
        return None
    return numbers.pop() if len(numbers) == 1 else None


def has_target_line(ax: Any, targets: tuple[float, ...]) -> bool:
    """A straight line across the chart at a target value, or a line labeled as the target."""
    for line in ax.get_lines():
        if "target" in str(line.get_label()).casefold():
            return True
        for constant in (_constant(line.get_xdata()), _constant(line.get_ydata())):
            if constant is not None and any(abs(constant - t) < 1e-9 for t in targets):
                return True
    return False


def shows_data(ax: Any) -> bool:
    patches = [p for p in ax.patches if p.get_visible()]
    lines = [line for line in ax.get_lines() if len(line.get_xdata()) > 2]
    return bool(patches or lines or ax.collections)


def _title(ax: Any) -> str:
    text = ax.get_title() or ax.get_title("left") or ax.get_title("right")
    figure = getattr(ax, "figure", None)
    get_suptitle = getattr(figure, "get_suptitle", None)
    suptitle = get_suptitle() if get_suptitle is not None else ""
    return (text or suptitle or "").strip()


def _best(axes: list, targets: tuple[float, ...]) -> list[bool]:
    """The four criteria for the Axes that meets the most of them."""
    results = [
        [shows_data(ax), has_target_line(ax, targets),
         bool(ax.get_xlabel().strip()) and bool(ax.get_ylabel().strip()), bool(_title(ax))]
        for ax in axes
    ]
    return max(results, key=sum)


def chart_with_target(check_id: str, title: str, *, targets: tuple[float, ...] = (1.0, 100.0),
                      max_points: float = 4.0, graded: bool = False) -> None:
    """Register a check of a chart: data, a target line, both axes labeled, a title."""
    where = " or ".join(f"{t:g}" for t in targets)

    @register(check_id, title=title, max_points=max_points, expects=EXPECTS, graded=graded)
    def grade(answer: object) -> list[Note]:
        data, target, labels, titled = _best(as_axes(answer), targets)
        return [
            Note("shows the data", Status.HOLDS_UP if data else Status.RECONSIDER,
                 "Yes." if data else "The chart is empty: plot the shares, for example with "
                 ".plot.barh().", missing=not data),
            Note("a line for the target", Status.HOLDS_UP if target else Status.RECONSIDER,
                 "Yes." if target else f"Draw a straight line at the target ({where}) with "
                 'ax.axhline(...) across or ax.axvline(...) up and down, and label it "target", '
                 "so readers can see how far the data is from it.", missing=not target),
            Note("both axes labeled", Status.HOLDS_UP if labels else Status.RECONSIDER,
                 "Yes." if labels else "Label both axes with ax.set_xlabel(...) and "
                 "ax.set_ylabel(...): say what is measured and in what unit.",
                 missing=not labels),
            Note("a title", Status.HOLDS_UP if titled else Status.RECONSIDER,
                 "Yes." if titled else "Give the chart a title with ax.set_title(...) that says "
                 "what it shows, and for which year.", missing=not titled),
        ]


# ---- a chart as plain data, so the cohort grader can re-score it outside the kernel ----


@dataclass
class _Line:
    label: str
    x: list
    y: list

    def get_label(self) -> str:
        return self.label

    def get_xdata(self) -> list:
        return self.x

    def get_ydata(self) -> list:
        return self.y


@dataclass
class _Patch:
    def get_visible(self) -> bool:
        return True


@dataclass
class _Figure:
    suptitle: str = ""

    def get_suptitle(self) -> str:
        return self.suptitle


@answer_type
@dataclass
class AxesSummary:
    """What the chart check reads from a matplotlib Axes, as plain data with the same methods."""

    lines: list[dict[str, Any]] = field(default_factory=list)
    xlabel: str = ""
    ylabel: str = ""
    titles: dict[str, str] = field(default_factory=dict)
    suptitle: str = ""
    visible_patches: int = 0
    collection_count: int = 0

    @classmethod
    def of(cls, ax: Any) -> AxesSummary:
        def numbers(values: Any) -> list:
            out: list[float | str] = []
            for value in list(values):
                try:
                    out.append(float(value))
                except (TypeError, ValueError):
                    out.append(str(value))
            return out

        get_suptitle = getattr(getattr(ax, "figure", None), "get_suptitle", None)
        return cls(
            lines=[{"label": str(line.get_label()), "x": numbers(line.get_xdata()),
                    "y": numbers(line.get_ydata())} for line in ax.get_lines()],
            xlabel=str(ax.get_xlabel()), ylabel=str(ax.get_ylabel()),
            titles={loc: str(ax.get_title(loc)) for loc in ("center", "left", "right")},
            suptitle=str(get_suptitle()) if get_suptitle is not None else "",
            visible_patches=sum(1 for p in ax.patches if p.get_visible()),
            collection_count=len(ax.collections),
        )

    def to_dict(self) -> dict[str, Any]:
        return {"lines": self.lines, "xlabel": self.xlabel, "ylabel": self.ylabel,
                "titles": self.titles, "suptitle": self.suptitle,
                "visible_patches": self.visible_patches, "collection_count": self.collection_count}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AxesSummary:
        return cls(**{key: data[key] for key in cls().to_dict() if key in data})

    # the Axes methods the check uses
    def get_lines(self) -> list[_Line]:
        return [_Line(str(d.get("label", "")), list(d.get("x", [])), list(d.get("y", []))) for d in self.lines]

    def get_xlabel(self) -> str:
        return self.xlabel

    def get_ylabel(self) -> str:
        return self.ylabel

    def get_title(self, loc: str = "center") -> str:
        return self.titles.get(loc, "")

    @property
    def patches(self) -> list[_Patch]:
        return [_Patch() for _ in range(self.visible_patches)]

    @property
    def collections(self) -> list[int]:
        return list(range(self.collection_count))

    @property
    def figure(self) -> _Figure:
        return _Figure(self.suptitle)


def _looks_like_a_chart(value: object) -> bool:
    if isinstance(value, AxesSummary):
        return False
    try:
        return bool(as_axes(value))
    except AnswerProblem:
        return False
    except Exception:
        return False


summarized_as(_looks_like_a_chart, lambda value: [AxesSummary.of(ax) for ax in as_axes(value)])

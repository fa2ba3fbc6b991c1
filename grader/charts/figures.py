"""Charts with alt text in a notebook: every matplotlib figure carries a description.

JupyterLab shows a figure's image output with no alternative text, so a screen reader
announces nothing. Inside a course kernel (``grader.learner.kernel``), figures are shown as an
HTML image whose ``alt`` says what the chart is: its title, axis labels and the series in
its legend, read from the figure itself. A chart without a title or labels says so, which
is a nudge to add them. The PNG stays in the output too, for exporters that show only images.
"""

from __future__ import annotations

import base64
import html
import io
from typing import Any


def _series(axes: Any) -> list[str]:
    labels = [artist.get_label() for artist in (*axes.get_lines(), *axes.containers, *axes.collections)]
    return [label for label in labels if label and not label.startswith("_")]


def describe(figure: Any) -> str:
    """A plain-language description of a figure from its own titles, labels and legend."""
    parts = []
    for axes in figure.get_axes():
        title = axes.get_title() or figure.get_suptitle()
        words = [f"Chart: {title}." if title else "A chart with no title."]
        if axes.get_xlabel():
            words.append(f"Horizontal axis: {axes.get_xlabel()}.")
        if axes.get_ylabel():
            words.append(f"Vertical axis: {axes.get_ylabel()}.")
        series = _series(axes)
        if series:
            words.append(f"Shows: {'; '.join(series)}.")
        parts.append(" ".join(words))
    if not parts:
        return "An empty figure."
    text = " ".join(parts)
    if "no title" in text or "axis" not in text:
        text += " (Give the chart a title and label both axes, so everyone can read it.)"
    return text


def figure_bundle(figure: Any) -> tuple[dict[str, str], dict]:
    """The figure as HTML (an image with alt text) and as PNG, for IPython's display."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", bbox_inches="tight")
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    alt = describe(figure)
    page = f'<img src="data:image/png;base64,{data}" alt="{html.escape(alt, quote=True)}">'
    return {"text/html": page, "image/png": data, "text/plain": alt}, {}


def describe_figures(shell: Any) -> None:
    """Show every matplotlib figure in this kernel with alt text (matplotlib is not imported here)."""
    formatter = shell.display_formatter.mimebundle_formatter
    formatter.for_type_by_name("matplotlib.figure", "Figure", figure_bundle)

"""A matplotlib figure as inline SVG, and as an accessible HTML figure with its alt text."""

from __future__ import annotations

import base64
import html
import io
from typing import Any


def svg(figure: Any) -> str:
    """The figure as SVG text, the same bytes every time (no date, a fixed id salt)."""
    from matplotlib import rc_context

    buffer = io.StringIO()
    with rc_context({"svg.fonttype": "none", "svg.hashsalt": "take-away"}):
        figure.savefig(buffer, format="svg", metadata={"Date": None})
    return buffer.getvalue()


def figure_html(svg_text: str, alt: str) -> str:
    """An ``<img>`` of the SVG with ``alt`` text, and the same words as a visible description."""
    data = base64.b64encode(svg_text.encode("utf-8")).decode("ascii")
    return (f'<figure><img src="data:image/svg+xml;base64,{data}" alt="{html.escape(alt, quote=True)}">'
            f"<figcaption><strong>Description:</strong> {html.escape(alt)}</figcaption></figure>")

"""Jupyter widgets in a standalone page that works offline.

``embed_widget`` turns a live widget into markup for a self-contained HTML page: its state as
JSON and the widget renderer itself, ``@jupyter-widgets/html-manager`` from the npm registry
(installed by ``npm ci`` into the course checkout's ``node_modules``), inlined. Nothing is
loaded from a CDN: the renderer's own modules cover the standard widgets, and widgets that
need icon fonts should be avoided (their font files would not be in the page).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from grader.course.syllabus import course_root

RENDERER = Path("node_modules") / "@jupyter-widgets" / "html-manager" / "dist" / "embed.js"


def renderer_path(root: Path | None = None) -> Path | None:
    """The widget renderer installed from the npm registry (``make`` runs ``npm ci``), if present."""
    try:
        path = (root or course_root()) / RENDERER
    except ValueError:
        return None
    return path if path.is_file() else None


def _json_in_script(data: object) -> str:
    """JSON that is safe inside a <script> element (no "</" can close it early)."""
    return json.dumps(data).replace("</", "<\\/")


def _code_in_script(code: str) -> str:
    """JavaScript that is safe inside a <script> element: only a literal "</script" could close it."""
    return re.sub(r"</(script)", r"<\\/\1", code, flags=re.IGNORECASE)


def embed_widget(widget, renderer: Path) -> tuple[str, str]:
    """Markup for the page head (renderer and widget state) and for the place the widget shows."""
    from ipywidgets.embed import dependency_state, embed_data

    data = embed_data(views=[widget], state=dependency_state([widget]))
    state = {"version_major": 2, "version_minor": 0, "state": data["manager_state"]["state"]}
    # The renderer works out where its assets live from the running script's address; an inlined
    # script has none, so give it this page's own address (nothing is fetched for the widgets used).
    head = (
        '<script>Object.defineProperty(document, "currentScript", {configurable: true, '
        'get: () => ({tagName: "SCRIPT", src: document.baseURI})});</script>\n'
        f"<script>{_code_in_script(renderer.read_text(encoding='utf-8'))}</script>\n"
        '<script>delete document.currentScript;</script>\n'
        f'<script type="application/vnd.jupyter.widget-state+json">{_json_in_script(state)}</script>'
    )
    views = "".join(
        f'<script type="application/vnd.jupyter.widget-view+json">{_json_in_script(view)}</script>'
        for view in data["view_specs"]
    )
    return head, views


def close(widget) -> None:
    """Close a widget and its children (in a kernel this also drops their front-end models)."""
    for child in getattr(widget, "children", ()):
        close(child)
    widget.close()

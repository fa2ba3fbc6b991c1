"""Does a widget become a self-contained, offline piece of a page, with nothing able to break
out of its <script> elements?"""

from __future__ import annotations

import json
import re

import ipywidgets as widgets

from grader.learner.offline_widgets import (
    _code_in_script,
    _json_in_script,
    close,
    embed_widget,
    renderer_path,
)


def test_json_cannot_close_its_script_element():
    text = _json_in_script({"text": "</script><script>alert(1)</script>"})
    assert "</" not in text and json.loads(text.replace("<\\/", "</"))["text"].startswith("</script>")


def test_code_keeps_its_regular_expressions_and_only_loses_a_closing_script_tag():
    code = 'x.replace(/</g, "&lt;"); const s = "</SCRIPT>";'
    assert _code_in_script(code) == 'x.replace(/</g, "&lt;"); const s = "<\\/SCRIPT>";'


def test_without_node_modules_there_is_no_renderer(tmp_path):
    assert renderer_path(tmp_path) is None


def test_the_renderer_comes_from_the_npm_package_when_installed(tmp_path):
    found = tmp_path / "node_modules" / "@jupyter-widgets" / "html-manager" / "dist" / "embed.js"
    found.parent.mkdir(parents=True)
    found.write_text("/* renderer */", encoding="utf-8")
    assert renderer_path(tmp_path) == found


def test_a_widget_is_embedded_with_its_own_state_only(tmp_path):
    renderer = tmp_path / "embed.js"
    renderer.write_text("window.rendered = true; /* </script> */", encoding="utf-8")
    other = widgets.Text(value="not in the page")
    tabs = widgets.Tab(children=[widgets.HTML("<p>one</p>"), widgets.HTML("<p>two</p>")], titles=["A", "B"])
    head, views = embed_widget(tabs, renderer)
    assert "window.rendered = true; /* <\\/script> */" in head
    state = json.loads(re.search(r'widget-state\+json">(.*?)</script>', head, re.S).group(1))["state"]
    assert tabs.model_id in state and all(child.model_id in state for child in tabs.children)
    assert other.model_id not in state
    assert json.loads(re.search(r'widget-view\+json">(.*?)</script>', views).group(1))["model_id"] == tabs.model_id
    close(tabs)
    close(other)


def test_close_closes_the_widget_and_its_children():
    tabs = widgets.Tab(children=[widgets.HTML("x")])
    child = tabs.children[0]
    close(tabs)
    assert tabs.comm is None and child.comm is None

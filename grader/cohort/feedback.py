"""Feedback a learner can safely read: scores and their own work, never hidden tests or solutions.

nbgrader's feedback is an HTML copy of the autograded notebook, which holds the hidden
tests (restored to grade the work) and their tracebacks (nbgrader issue #917). The
``SafeFeedback`` preprocessor, which the course's nbgrader config puts into
``GenerateFeedback``, rewrites that copy first:

- test cells show only the part the learner was given, and in place of their outputs a
  plain note of whether the tests passed; no traceback, no error message;
- every other output keeps only plain text and images; HTML, SVG, JavaScript and
  widgets a submission produced are dropped, and text is escaped by the HTML exporter;
- any line of a solution or hidden test that turns up anywhere (a submission can catch
  test code as it runs and print it later) is replaced with a marker;
- markdown a learner wrote is shown as text, never as live HTML.

After it, nbconvert's own sanitiser (``SanitizeHTML``) runs over every cell, and the
finished page goes through ``grader.cohort.sanitize.sanitize_page`` (``SafeHTMLExporter``):
no script (not even the template's MathJax, which would load from the network), no
event-handler attribute, no ``javascript:`` link, such as one a learner wrote in markdown
as ``[x](javascript:...)``.
"""

from __future__ import annotations

import html
import os
from pathlib import Path

import nbformat
from nbconvert.exporters import HTMLExporter
from nbformat.notebooknode import NotebookNode, from_dict
from nbgrader import utils
from nbgrader.api import Gradebook, MissingEntry
from nbgrader.preprocessors import NbGraderPreprocessor

from grader.cohort.sanitize import sanitize_page
from grader.cohort.secrets import scrub, secret_lines, without_hidden_tests

SAFE_MIME = ("text/plain", "image/png", "image/jpeg")


def _source_notebook(resources: dict) -> NotebookNode | None:
    info = resources.get("nbgrader", {})
    path = Path(os.getcwd()) / "source" / str(info.get("assignment")) / f"{info.get('notebook')}.ipynb"
    try:
        return nbformat.read(path, as_version=4)
    except (OSError, ValueError):
        return None


def _gradebook_secrets(resources: dict) -> set[str]:
    """Hidden tests as the gradebook stores them, for when the source folder is not at hand."""
    info = resources.get("nbgrader", {})
    try:
        with Gradebook(info["db_url"]) as gradebook:
            notebook = gradebook.find_notebook(info["notebook"], info["assignment"])
            cells = [from_dict({"cell_type": "code", "source": c.source, "metadata": {}})
                     for c in notebook.source_cells]
    except (KeyError, MissingEntry):
        return set()
    return secret_lines(from_dict({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}))


def _safe_output(output: NotebookNode, secrets: set[str]) -> NotebookNode | None:
    kind = output.get("output_type")
    if kind == "stream":
        output.text = scrub(str(output.get("text", "")), secrets)
        return output
    if kind == "error":
        output.evalue = scrub(str(output.get("evalue", "")), secrets)
        output.traceback = [scrub(str(line), secrets) for line in output.get("traceback", [])]
        return output
    if kind in ("display_data", "execute_result"):
        data = {k: v for k, v in output.get("data", {}).items() if k in SAFE_MIME}
        if "text/plain" in data:
            data["text/plain"] = scrub(str(data["text/plain"]), secrets)
        if not data:
            return None
        output.data = data
        output.metadata = {}
        return output
    return None


def _test_result(cell: NotebookNode) -> NotebookNode:
    grading = cell.metadata.get("nbgrader", {})
    score, points = grading.get("score"), grading.get("points")
    if score is None or points is None:
        text = "Graded by the tests.\n"
    elif float(score) >= float(points):
        text = f"Full marks here: {float(score):g} of {float(points):g} points.\n"
    else:
        text = (f"{float(score):g} of {float(points):g} points here. Compare your answer with the "
                "question above; your trainer can talk it through with you.\n")
    return from_dict({"output_type": "stream", "name": "stdout", "text": text})


class SafeFeedback(NbGraderPreprocessor):
    """Make an autograded notebook safe to hand back to its learner (see the module docstring)."""

    def preprocess(self, nb: NotebookNode, resources: dict) -> tuple[NotebookNode, dict]:
        source = _source_notebook(resources)
        secrets = secret_lines(source) if source is not None else _gradebook_secrets(resources)
        for cell in nb.cells:
            locked = utils.is_locked(cell) if "nbgrader" in cell.metadata else False
            if cell.cell_type == "code" and utils.is_grade(cell) and not utils.is_solution(cell):
                cell.source = without_hidden_tests(cell.source)
                cell.outputs = [_test_result(cell)]
            elif cell.cell_type == "code":
                cell.outputs = [o for o in (_safe_output(o, secrets) for o in cell.outputs) if o is not None]
            elif cell.cell_type == "markdown" and not locked:
                cell.source = html.escape(scrub(cell.source, secrets))
                cell.pop("attachments", None)
            elif cell.cell_type == "raw":
                cell.source = ""
            if not locked and cell.cell_type == "code" and not utils.is_grade(cell):
                cell.source = scrub(cell.source, secrets)
        return nb, resources


class SafeHTMLExporter(HTMLExporter):
    """nbconvert's HTML exporter whose finished page keeps only allowed elements, attributes
    and URLs (``grader.cohort.sanitize``); the course's config makes feedback use it."""

    def from_notebook_node(self, nb, resources=None, **kw):
        output, resources = super().from_notebook_node(nb, resources, **kw)
        return sanitize_page(output), resources

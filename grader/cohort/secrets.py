"""What a learner must never see: solution and hidden-test lines of an exercise's source."""

from __future__ import annotations

import re

import nbformat

SOLUTION = re.compile(r"^[ \t]*### BEGIN SOLUTION[ \t]*$(.*?)^[ \t]*### END SOLUTION[ \t]*$", re.M | re.S)
HIDDEN = re.compile(r"^[ \t]*### BEGIN HIDDEN TESTS[ \t]*$(.*?)^[ \t]*### END HIDDEN TESTS[ \t]*$", re.M | re.S)
MARKERS = re.compile(r"^[ \t]*### (BEGIN|END) (SOLUTION|HIDDEN TESTS)[ \t]*\n?", re.M)


def _region_lines(pattern: re.Pattern[str], text: str) -> set[str]:
    return {line.strip() for match in pattern.findall(text) for line in match.splitlines()}


def secret_lines(source: nbformat.NotebookNode) -> set[str]:
    """Lines only the source has: inside solution or hidden-test regions, and nowhere else."""
    secret: set[str] = set()
    public: set[str] = set()
    for cell in source.cells:
        text = cell.source
        secret |= _region_lines(SOLUTION, text) | _region_lines(HIDDEN, text)
        given = [line.strip() for line in HIDDEN.sub("", SOLUTION.sub("", text)).splitlines()]
        # a template line the learner is given as a comment ("# plan = AlliancePlan(") is public too
        public |= set(given) | {line.lstrip("#").strip() for line in given if line.startswith("#")}
    return {line for line in secret - public if len(line) > 3 and any(ch.isalnum() for ch in line)}


def without_hidden_tests(text: str) -> str:
    """A test cell's source as the learner was given it."""
    return MARKERS.sub("", HIDDEN.sub("", text)).rstrip()


def leaks(secrets: set[str], text: str) -> list[str]:
    """Secret lines found in a text: as a whole line, or inside a line when long enough to tell."""
    lines = {line.strip() for line in text.splitlines()}
    return sorted(line for line in secrets if line in lines or (len(line) >= 20 and line in text))


def scrub(text: str, secrets: set[str]) -> str:
    """The text with every secret line (and long secret fragment) replaced by a marker."""
    out = []
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        marker = stripped.startswith("### ") and any(w in stripped for w in ("SOLUTION", "HIDDEN TESTS"))
        if marker or stripped in secrets or any(len(s) >= 20 and s in line for s in secrets):
            ending = "\n" if line.endswith("\n") else ""
            out.append("[hidden by the grader]" + ending)
        else:
            out.append(line)
    return "".join(out)

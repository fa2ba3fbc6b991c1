"""The course glossary: every term the modules define, in plain words, linked to where it is taught.

The terms are data, in ``course/glossary.toml``: the term, a short definition, the module and
the section heading that teach it (and, where the module words it differently, the words to
find there). ``render_markdown`` makes one page, ``course/glossary.md``: an A-Z list whose
links open the module notebook at that section, as JupyterLab names its heading anchors.

After editing the data file, run ``python -m grader.learner.glossary`` to write the page again;
a test checks that the committed page is the rendered one.
"""

from __future__ import annotations

import json
import re
import sys
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from grader.course.syllabus import Module, course_root, load_syllabus

DATA_FILE = Path("course") / "glossary.toml"
PAGE_FILE = Path("course") / "glossary.md"
FIELDS = ("term", "definition", "module", "section", "match")


class GlossaryError(ValueError):
    """The glossary data cannot be used as it is; the message names the term and the fix."""


@dataclass(frozen=True)
class Term:
    term: str
    definition: str
    module: str
    section: str
    match: str = ""  # the words to find in the module, where it words the term differently

    @property
    def words(self) -> str:
        """What the module's text should contain."""
        return self.match or self.term

    @property
    def sort_key(self) -> str:
        return re.sub(r"[^0-9a-z]", "", self.term.casefold())

    @property
    def letter(self) -> str:
        return self.sort_key[:1].upper() or "#"


# ---- the module notebooks ---------------------------------------------------------------------

def markdown_cells(notebook: Path) -> list[str]:
    """The text of every Markdown cell of a notebook, in order."""
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    return ["".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
            for cell in cells if cell["cell_type"] == "markdown"]


def plain(text: str) -> str:
    """Heading text as JupyterLab shows it: Markdown emphasis and code marks removed."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    return re.sub(r"[*_`]+", "", text).strip()


def headings(notebook: Path) -> list[str]:
    """Every Markdown heading of a notebook (any level), as plain text."""
    found = []
    for cell in markdown_cells(notebook):
        found += [plain(match) for match in re.findall(r"^#{1,6}\s+(.+?)\s*#*\s*$", cell, re.M)]
    return found


def anchor(heading: str) -> str:
    """The URL fragment JupyterLab gives a heading: its text with spaces as hyphens.

    JupyterLab looks the fragment up as it is, without decoding it, so nothing is
    percent-encoded; the few characters that would break a Markdown link are refused.
    """
    fragment = plain(heading).replace(" ", "-")
    if re.search(r"[<>\s]", fragment) or fragment.count("(") != fragment.count(")"):
        raise GlossaryError(f'The heading "{heading}" cannot be linked to from Markdown; '
                            "link to another heading of that section.")
    return fragment


# ---- the data ---------------------------------------------------------------------------------

def parse(data: dict, modules: dict[str, Module]) -> list[Term]:
    """The terms in parsed TOML, checked for shape; GlossaryError naming the first problem."""
    if set(data) != {"terms"} or not isinstance(data["terms"], list) or not data["terms"]:
        raise GlossaryError("course/glossary.toml should hold only [[terms]] tables, one per term.")
    terms: list[Term] = []
    seen: dict[str, int] = {}
    for n, item in enumerate(data["terms"], start=1):
        name = item.get("term", f"number {n}") if isinstance(item, dict) else f"number {n}"
        if not isinstance(item, dict):
            raise GlossaryError(f"Term {name} should be a [[terms]] table.")
        unknown = sorted(set(item) - set(FIELDS))
        if unknown:
            raise GlossaryError(f'Term "{name}": unknown setting {", ".join(unknown)}. Allowed: {", ".join(FIELDS)}.')
        for key in FIELDS[:4]:
            if not isinstance(item.get(key), str) or not item[key].strip():
                raise GlossaryError(f'Term "{name}": {key} is missing or empty. Add {key} = "..." to it.')
        if not isinstance(item.get("match", ""), str):
            raise GlossaryError(f'Term "{name}": match should be text in quotes.')
        if item["module"] not in modules:
            raise GlossaryError(f'Term "{name}": module "{item["module"]}" is not in course/syllabus.toml. '
                                f"Use one of: {', '.join(modules)}.")
        term = Term(**{key: item[key].strip() for key in FIELDS if key in item})
        if term.term.casefold() in seen:
            raise GlossaryError(f'The term "{term.term}" is listed twice (numbers {seen[term.term.casefold()]} '
                                f"and {n}); keep one.")
        seen[term.term.casefold()] = n
        terms.append(term)
    return terms


def load_glossary(path: Path | None = None) -> list[Term]:
    path = path or course_root() / DATA_FILE
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise GlossaryError(f"No glossary data at {path}. It ships with the course as {DATA_FILE}.") from None
    except tomllib.TOMLDecodeError as error:
        raise GlossaryError(f"{path} is not valid TOML: {error}.") from None
    return parse(data, {module.id: module for module in load_syllabus().modules})


# ---- the page ---------------------------------------------------------------------------------

def render_markdown(terms: Sequence[Term] | None = None, modules: Sequence[Module] | None = None) -> str:
    """The glossary page: an A-Z index, then each letter's terms with links to where they are taught.

    Links are relative to the learner's course folder, where the start page and this page sit
    beside the ``modules/`` folder.
    """
    terms = sorted(terms if terms is not None else load_glossary(), key=lambda t: (t.sort_key, t.term))
    by_id = {m.id: m for m in (modules if modules is not None else load_syllabus().modules)}
    letters = list(dict.fromkeys(term.letter for term in terms))
    lines = [
        "<!-- Made by `python -m grader.learner.glossary` from course/glossary.toml: edit that file, not this page. -->",
        "",
        "# Glossary",
        "",
        "The terms this course defines, in plain words. Each link opens the module at the section that "
        "teaches the term.",
        "",
        " · ".join(f"[{letter}](#{letter})" for letter in letters),
    ]
    for letter in letters:
        lines += ["", f"## {letter}", ""]
        for term in (t for t in terms if t.letter == letter):
            module = by_id[term.module]
            link = f"{module.notebook}#{anchor(term.section)}"
            lines.append(f"- **{term.term}**: {term.definition} "
                         f"*Module {module.id}, [{plain(term.section)}]({link})*")
    return "\n".join(lines) + "\n"


def write_glossary(root: Path | None = None) -> Path:
    root = root or course_root()
    path = root / PAGE_FILE
    path.write_text(render_markdown(load_glossary(root / DATA_FILE)), encoding="utf-8")
    return path


if __name__ == "__main__":
    try:
        print(f"Wrote {write_glossary()}")
    except GlossaryError as error:
        print(f"glossary: {error}", file=sys.stderr)
        raise SystemExit(2) from None

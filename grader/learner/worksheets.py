"""Printable worksheets for a workshop room: one print-ready sheet per activity, as HTML and PDF.

What each worksheet says and asks for is data, in ``course/worksheets.toml``: its title, the
module and section that teach it, the module's own instructions, the parts to fill in and how
much room each gets. This module only checks that data and lays it out for paper.

Lists that a module's builder offers (spectrum levels, accountability mechanisms, cadences,
cost types, kinds of ally, parts of a department plan) and the equity questions' prompts are
taken from ``grader.domain``, so a worksheet always offers what the notebook offers.

``write_worksheets`` writes ``NAME.html`` for every worksheet (print styles for Letter or A4,
no script, nothing loaded from the network) and, where Debian's Chromium is installed, prints
each to ``NAME.pdf`` with Chromium's own headless printer, offline.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import tempfile
import tomllib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from grader.course.syllabus import Module, course_root, load_syllabus
from grader.domain.accountability import CADENCES, MECHANISMS
from grader.domain.alliance_plan import ALLY_KINDS, PRACTICE_PUSHBACK
from grader.domain.department_plan import PARTS
from grader.domain.equity_review import HIRING_POLICY, KINDS, QUESTIONS
from grader.domain.participation_budget import COST_TYPES
from grader.domain.spectrum import SPECTRUM

DATA_FILE = Path("course") / "worksheets.toml"
COURSE = "Strategic Practices for Health Equity"
CHROMIUM = Path("/usr/bin/chromium")  # Debian's Chromium, as the browser tests use
CHROMIUM_ARGS = ("--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--no-first-run", "--disable-extensions")
PAPERS: dict[str, tuple[str, str]] = {"letter": ("Letter", "215.9mm"), "a4": ("A4", "210mm")}
LINE_MM = 8  # room for one handwritten line
PDF_HELP = ("PDFs need Debian's chromium: install it once with `sudo apt-get install chromium` "
            "(or `make browser`), then run `equity-course worksheets` again. Meanwhile, open an .html "
            "file in any web browser and print it (File > Print).")


class WorksheetError(ValueError):
    """The worksheet data cannot be used as it is; the message names the worksheet, the part and the fix."""


# ---- named lists, taken from the domain so paper and notebook offer the same ----------------

CHOICES: dict[str, Callable[[], tuple[str, ...]]] = {
    "spectrum levels": lambda: tuple(level.label for level in SPECTRUM),
    "mechanisms": lambda: tuple(MECHANISMS),
    "cadences": lambda: tuple(CADENCES),
    "cost types": lambda: tuple(COST_TYPES),
    "policy kinds": lambda: tuple(KINDS),
    "ally kinds": lambda: tuple(ALLY_KINDS),
    "plan parts": lambda: tuple(label for label, _ in PARTS.values()),
}


@dataclass(frozen=True)
class Field:
    """One thing to write: a label, a hint, and lines to write on (or choices to circle)."""

    label: str
    hint: str = ""
    key: str = ""
    lines: int = 1
    numbered: bool = False
    short: bool = False
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class Column:
    label: str
    hint: str = ""
    key: str = ""
    width: int = 0  # percent of the table's width; 0 shares what is left


@dataclass(frozen=True)
class Table:
    columns: tuple[Column, ...]
    rows: int
    row_lines: int = 1
    first_column: tuple[str, ...] = ()  # printed in the first cell of each row, top to bottom


@dataclass(frozen=True)
class Part:
    """A headed part of a worksheet: some fields, a table, a checklist or a reference."""

    heading: str
    text: str = ""
    new_page: bool = False
    repeat: int = 1
    fields: tuple[Field, ...] = ()
    table: Table | None = None
    checklist: tuple[str, ...] = ()
    reference: str = ""

    def headings(self) -> list[str]:
        return [self.heading] if self.repeat == 1 else [f"{self.heading} {n}" for n in range(1, self.repeat + 1)]

    def keys(self) -> set[str]:
        keys = {f.key for f in self.fields} | {c.key for c in (self.table.columns if self.table else ())}
        return keys - {""}

    def labels(self) -> list[str]:
        return [f.label for f in self.fields] + [c.label for c in (self.table.columns if self.table else ())]


@dataclass(frozen=True)
class Worksheet:
    id: str
    title: str
    module: Module
    section: str
    pages: int
    source: str
    intro: tuple[str, ...]
    tips: tuple[str, ...]
    parts: tuple[Part, ...]

    def keys(self) -> set[str]:
        return set().union(*(part.keys() for part in self.parts))

    def labels(self) -> list[str]:
        return [label for part in self.parts for label in part.labels()]

    def headings(self) -> list[str]:
        return [self.title] + [h for part in self.parts for h in part.headings()]


# ---- reading and checking the data ----------------------------------------------------------

def _where(sheet: str, part: str = "", item: str = "") -> str:
    return "worksheet " + " > ".join(f'"{name}"' for name in (sheet, part, item) if name)


def _only_keys(table: object, allowed: Iterable[str], where: str, required: Iterable[str] = ()) -> dict:
    if not isinstance(table, dict):
        raise WorksheetError(f"In {where}: expected a table of settings (key = value), found {table!r}.")
    allowed = tuple(allowed)
    unknown = sorted(set(table) - set(allowed))
    if unknown:
        raise WorksheetError(f"In {where}: unknown setting {', '.join(unknown)}. Allowed: {', '.join(allowed)}.")
    missing = [key for key in required if key not in table]
    if missing:
        raise WorksheetError(f"In {where}: missing {', '.join(missing)}. Add {missing[0]} = ... to it.")
    return table


def _text(value: object, name: str, where: str, *, empty: bool = True) -> str:
    if not isinstance(value, str) or (not empty and not value.strip()):
        raise WorksheetError(f'In {where}: {name} should be text in quotes, such as {name} = "...", '
                             f"but it is {value!r}.")
    return value.strip()


def _count(value: object, name: str, where: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise WorksheetError(f"In {where}: {name} should be a whole number from {low} to {high}, but it is {value!r}.")
    return value


def _flag(value: object, name: str, where: str) -> bool:
    if not isinstance(value, bool):
        raise WorksheetError(f"In {where}: {name} should be true or false, but it is {value!r}.")
    return value


def _texts(value: object, name: str, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
        raise WorksheetError(f'In {where}: {name} should be a list of texts, such as {name} = ["...", "..."], '
                             f"but it is {value!r}.")
    return tuple(item.strip() for item in value)


def _choices(value: object, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        if value not in CHOICES:
            raise WorksheetError(f'In {where}: choices = "{value}" is not a list the course knows. '
                                 f"Use one of: {', '.join(CHOICES)}, or write the choices as a list.")
        return CHOICES[value]()
    return _texts(value, "choices", where)


def _field(data: object, sheet: str, part: str) -> Field:
    where = _where(sheet, part, data.get("label", "?") if isinstance(data, dict) else "?")
    data = _only_keys(data, ("label", "hint", "key", "lines", "numbered", "short", "choices"), where, ("label",))
    return Field(
        label=_text(data["label"], "label", where, empty=False),
        hint=_text(data.get("hint", ""), "hint", where),
        key=_text(data.get("key", ""), "key", where),
        lines=_count(data.get("lines", 1), "lines", where, 1, 30),
        numbered=_flag(data.get("numbered", False), "numbered", where),
        short=_flag(data.get("short", False), "short", where),
        choices=_choices(data["choices"], where) if "choices" in data else (),
    )


def _table(data: object, sheet: str, part: str) -> Table:
    where = _where(sheet, part, "table")
    data = _only_keys(data, ("columns", "rows", "row_lines", "first_column"), where, ("columns", "rows"))
    if not isinstance(data["columns"], list) or not data["columns"]:
        raise WorksheetError(f"In {where}: columns should be a list of {{label = ...}} tables, one per column.")
    columns = []
    for item in data["columns"]:
        col_where = _where(sheet, part, f"column {item.get('label', '?') if isinstance(item, dict) else '?'}")
        item = _only_keys(item, ("label", "hint", "key", "width"), col_where, ("label",))
        columns.append(Column(_text(item["label"], "label", col_where, empty=False),
                              _text(item.get("hint", ""), "hint", col_where),
                              _text(item.get("key", ""), "key", col_where),
                              _count(item.get("width", 0), "width", col_where, 0, 100)))
    if sum(c.width for c in columns) > 100:
        raise WorksheetError(f"In {where}: the column widths add up to more than 100 percent.")
    rows = _count(data["rows"], "rows", where, 1, 40)
    first = _texts(data.get("first_column", []), "first_column", where)
    if len(first) > rows:
        raise WorksheetError(f"In {where}: first_column has {len(first)} entries but the table has only "
                             f"{rows} rows. Raise rows or shorten first_column.")
    return Table(tuple(columns), rows, _count(data.get("row_lines", 1), "row_lines", where, 1, 10), first)


def _part(data: object, sheet: str) -> Part:
    name = data.get("heading", "?") if isinstance(data, dict) else "?"
    where = _where(sheet, name)
    data = _only_keys(data, ("heading", "text", "new_page", "repeat", "fields", "fields_from", "lines",
                             "table", "checklist", "reference"), where, ("heading",))
    bodies = [key for key in ("fields", "fields_from", "table", "checklist", "reference") if key in data]
    if len(bodies) != 1:
        raise WorksheetError(f"In {where}: give exactly one of fields, fields_from, table, checklist or reference "
                             f"(found {', '.join(bodies) or 'none'}).")
    fields: tuple[Field, ...] = ()
    if "fields" in data:
        if not isinstance(data["fields"], list) or not data["fields"]:
            raise WorksheetError(f"In {where}: fields should be a list of {{label = ...}} tables.")
        fields = tuple(_field(item, sheet, name) for item in data["fields"])
    if "fields_from" in data:
        if data["fields_from"] not in FIELD_SETS:
            raise WorksheetError(f'In {where}: fields_from = "{data["fields_from"]}" is not a set the course '
                                 f"knows. Use one of: {', '.join(FIELD_SETS)}.")
        lines = _count(data.get("lines", 3), "lines", where, 1, 30)
        fields = FIELD_SETS[data["fields_from"]](lines)
    elif "lines" in data:
        raise WorksheetError(f"In {where}: lines belongs on each field, or beside fields_from.")
    reference = _text(data.get("reference", ""), "reference", where)
    if reference and reference not in REFERENCES:
        raise WorksheetError(f'In {where}: reference = "{reference}" is not one the course knows. '
                             f"Use one of: {', '.join(REFERENCES)}.")
    return Part(
        heading=_text(data["heading"], "heading", where, empty=False),
        text=_text(data.get("text", ""), "text", where),
        new_page=_flag(data.get("new_page", False), "new_page", where),
        repeat=_count(data.get("repeat", 1), "repeat", where, 1, 10),
        fields=fields,
        table=_table(data["table"], sheet, name) if "table" in data else None,
        checklist=_texts(data["checklist"], "checklist", where) if "checklist" in data else (),
        reference=reference,
    )


def parse(data: dict, modules: dict[str, Module]) -> list[Worksheet]:
    """The worksheets in parsed TOML, checked; WorksheetError naming the first problem."""
    _only_keys(data, ("worksheets",), "course/worksheets.toml", ("worksheets",))
    if not isinstance(data["worksheets"], list) or not data["worksheets"]:
        raise WorksheetError("course/worksheets.toml has no [[worksheets]]: add one per activity.")
    sheets, seen = [], set()
    for item in data["worksheets"]:
        sheet = item.get("id", "?") if isinstance(item, dict) else "?"
        where = _where(sheet)
        item = _only_keys(item, ("id", "title", "module", "section", "pages", "source", "intro", "tips", "parts"),
                          where, ("id", "title", "module", "section", "pages", "source", "intro", "parts"))
        ident = _text(item["id"], "id", where, empty=False)
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", ident):
            raise WorksheetError(f'In {where}: id should be lower-case words joined by hyphens, such as '
                                 f'"one-to-one-planner" (it names the files).')
        if ident in seen:
            raise WorksheetError(f'Two worksheets have the id "{ident}"; each needs its own.')
        seen.add(ident)
        module_id = _text(item["module"], "module", where, empty=False)
        if module_id not in modules:
            raise WorksheetError(f'In {where}: module "{module_id}" is not in course/syllabus.toml. '
                                 f"Use one of: {', '.join(modules)}.")
        if not isinstance(item["parts"], list) or not item["parts"]:
            raise WorksheetError(f"In {where}: add at least one [[worksheets.parts]].")
        intro = _text(item["intro"], "intro", where, empty=False)
        sheets.append(Worksheet(
            id=ident,
            title=_text(item["title"], "title", where, empty=False),
            module=modules[module_id],
            section=_text(item["section"], "section", where, empty=False),
            pages=_count(item["pages"], "pages", where, 1, 10),
            source=_text(item["source"], "source", where, empty=False),
            intro=tuple(p.strip() for p in re.split(r"\n\s*\n", intro) if p.strip()),
            tips=_texts(item.get("tips", []), "tips", where),
            parts=tuple(_part(part, ident) for part in item["parts"]),
        ))
    return sheets


def load_worksheets(path: Path | None = None) -> list[Worksheet]:
    """The worksheets of ``course/worksheets.toml`` (or ``path``), checked."""
    path = path or course_root() / DATA_FILE
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise WorksheetError(f"No worksheet data at {path}. It ships with the course as {DATA_FILE}.") from None
    except tomllib.TOMLDecodeError as error:
        raise WorksheetError(f"{path} is not valid TOML: {error}. Fix that line and run the command again.") from None
    return parse(data, {module.id: module for module in load_syllabus().modules})


# ---- fields and references drawn from the domain --------------------------------------------

def _equity_questions(lines: int) -> tuple[Field, ...]:
    return tuple(Field(f"{n}. {q.title}", q.prompt, q.key, lines) for n, q in enumerate(QUESTIONS, start=1))


FIELD_SETS: dict[str, Callable[[int], tuple[Field, ...]]] = {"equity questions": _equity_questions}


def _spectrum_table() -> str:
    rows = "".join(
        f'<tr><th scope="row">{lvl.label}</th><td>{_e(lvl.impact)}</td><td>{_e(lvl.plain_words)}</td>'
        f"<td>{_e(lvl.resources.describe())}</td></tr>"
        for lvl in SPECTRUM)
    head = "".join(f'<th scope="col">{h}</th>' for h in ("level", "impact", "in plain words", "resources"))
    return (f'<table class="reference spectrum"><colgroup><col style="width:12%"><col style="width:15%">'
            f'<col style="width:43%"><col style="width:30%"></colgroup><thead><tr>{head}</tr></thead>'
            f'<tbody>{rows}</tbody></table>')


def _cost_types() -> str:
    rows = "".join(f'<tr><th scope="row">{_e(kind)}</th><td>{_e(unit)}</td></tr>' for kind, unit in COST_TYPES.items())
    return (f'<table class="reference narrow"><thead><tr><th scope="col">cost type</th>'
            f'<th scope="col">one unit is</th></tr></thead><tbody>{rows}</tbody></table>')


def _pushback() -> str:
    return (f'<p class="scenario"><strong>Practice scenario: {_e(PRACTICE_PUSHBACK.title)}.</strong> '
            f"{_e(PRACTICE_PUSHBACK.text)} (Riverbend County is fictional.)</p>")


def _ally_kinds() -> str:
    return f'<p class="small">Kinds of ally: {_e(", ".join(ALLY_KINDS))}.</p>'


def _hiring_policy() -> str:
    rules = "".join(f"<li>{_e(rule)}</li>" for rule in HIRING_POLICY.rules)
    return (f'<p class="small"><strong>If nobody brought a policy: {_e(HIRING_POLICY.name)}</strong> '
            f"({_e(HIRING_POLICY.kind)} policy, {_e(HIRING_POLICY.division)}, Riverbend County, which is "
            f"fictional). {_e(HIRING_POLICY.purpose)}</p><ul class=\"policy\">{rules}</ul>")


def _mechanisms_and_cadences() -> str:
    return (f'<p class="small"><strong>Mechanisms:</strong> {_e(", ".join(MECHANISMS))}. '
            f'<strong>How often:</strong> {_e(", ".join(CADENCES))}.</p>')


REFERENCES: dict[str, Callable[[], str]] = {
    "spectrum": _spectrum_table,
    "cost types": _cost_types,
    "practice pushback": _pushback,
    "ally kinds": _ally_kinds,
    "hiring policy": _hiring_policy,
    "mechanisms and cadences": _mechanisms_and_cadences,
}


# ---- HTML -----------------------------------------------------------------------------------

def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _inline(text: str) -> str:
    """Escaped text with **bold** and *italic* marked up, as in the modules' Markdown."""
    marked = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", _e(text))
    return re.sub(r"(?<![*\w])\*(?!\s)(.+?)(?<!\s)\*(?![*\w])", r"<em>\1</em>", marked)


def _lines(count: int, numbered: bool = False) -> str:
    if numbered:
        return "".join(f'<div class="line"><span class="n">{n}.</span></div>' for n in range(1, count + 1))
    return '<div class="line"></div>' * count


def _label(label: str, hint: str) -> str:
    extra = f'<span class="hint">{_inline(hint)}</span>' if hint else ""
    return f'<div class="label"><strong>{_e(label)}</strong>{extra}</div>'


def _field_html(item: Field) -> str:
    if item.choices:
        options = "".join(f'<span class="opt">{_e(choice)}</span>' for choice in item.choices)
        return (f'<div class="field">{_label(item.label, item.hint or "Circle one.")}'
                f'<div class="choices">{options}</div></div>')
    return f'<div class="field">{_label(item.label, item.hint)}<div class="write">{_lines(item.lines, item.numbered)}</div></div>'


def _fields_html(fields: Sequence[Field]) -> str:
    out, shorts = [], []
    for item in [*fields, None]:
        if item is not None and item.short:
            shorts.append(f'<div class="short"><strong>{_e(item.label)}</strong>'
                          + (f' <span class="hint">{_inline(item.hint)}</span>' if item.hint else "")
                          + '<span class="blank"></span></div>')
            continue
        if shorts:
            out.append(f'<div class="shorts">{"".join(shorts)}</div>')
            shorts = []
        if item is not None:
            out.append(_field_html(item))
    return "".join(out)


def _table_html(table: Table) -> str:
    cols = "".join(f'<col style="width:{c.width}%">' if c.width else "<col>" for c in table.columns)
    head = "".join(f'<th scope="col">{_e(c.label)}'
                   + (f'<span class="hint">{_inline(c.hint)}</span>' if c.hint else "") + "</th>"
                   for c in table.columns)
    height = f"{table.row_lines * LINE_MM}mm"
    rows = []
    for n in range(table.rows):
        first = _e(table.first_column[n]) if n < len(table.first_column) else ""
        cells = f"<td>{first}</td>" + "<td></td>" * (len(table.columns) - 1)
        rows.append(f'<tr style="height:{height}">{cells}</tr>')
    return f'<table class="fill"><colgroup>{cols}</colgroup><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def _part_html(part: Part) -> str:
    if part.fields:
        body = _fields_html(part.fields)
    elif part.table:
        body = _table_html(part.table)
    elif part.checklist:
        body = '<ul class="checklist">' + "".join(f"<li>{_inline(item)}</li>" for item in part.checklist) + "</ul>"
    else:
        body = REFERENCES[part.reference]()
    text = f'<p class="text">{_inline(part.text)}</p>' if part.text else ""
    out = []
    for n, heading in enumerate(part.headings()):
        page = " new-page" if part.new_page and n == 0 else ""
        out.append(f'<section class="part{page}"><h2>{_e(heading)}</h2>{text if n == 0 else ""}{body}</section>')
    return "".join(out)


CSS = """
@page { size: %(size)s; margin: 10mm 12mm; }
* { box-sizing: border-box; }
html { font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 9.5pt;
       line-height: 1.3; color: #000; background: #fff; }
body { margin: 0; }
h1 { font-size: 16pt; margin: 0 0 1mm; }
h2 { font-size: 11pt; margin: 3mm 0 1.5mm; padding-bottom: 0.5mm; border-bottom: 0.4mm solid #000; }
p { margin: 0 0 1.5mm; }
.course, .where, .small, .hint { color: #222; }
.course { font-size: 8.5pt; text-transform: uppercase; letter-spacing: 0.05em; margin: 0; }
.where { margin: 0 0 1.5mm; }
.who { display: flex; gap: 6mm; margin: 1mm 0 2mm; }
.who span { flex: 1; border-bottom: 0.3mm solid #555; padding-top: 3mm; }
.intro p { margin-bottom: 1.2mm; }
.tips { border: 0.3mm solid #555; padding: 1.5mm 3mm; margin: 2mm 0; }
.tips h2 { border: 0; margin: 0; padding: 0; font-size: 10pt; }
.tips ul { margin: 0.5mm 0 0; padding-left: 4.5mm; }
.part { break-inside: avoid; }
.new-page { break-before: page; }
.field { display: grid; grid-template-columns: 42mm 1fr; column-gap: 3mm; break-inside: avoid; margin-bottom: 1mm; }
.label strong { display: block; padding-top: 2.5mm; }
.hint { display: block; font-size: 8pt; line-height: 1.2; }
.line { height: %(line)smm; border-bottom: 0.25mm solid #666; position: relative; }
.line .n { position: absolute; left: 0; bottom: 0.8mm; font-size: 8pt; }
.line:has(.n) { padding-left: 5mm; }
.choices { display: flex; flex-wrap: wrap; gap: 1mm 3mm; font-size: 8.5pt; align-content: center; padding-top: 2mm; }
.opt { white-space: nowrap; }
.opt::before { content: ""; display: inline-block; width: 3.2mm; height: 3.2mm; margin-right: 1.2mm;
               border: 0.3mm solid #000; border-radius: 50%%; vertical-align: -0.5mm; }
.shorts { display: flex; flex-wrap: wrap; gap: 1mm 6mm; margin-bottom: 1mm; }
.short { display: flex; align-items: flex-end; gap: 2mm; flex: 1 1 40%%; min-height: %(line)smm; }
.short .hint { display: inline; }
.short .blank { flex: 1; min-width: 18mm; border-bottom: 0.25mm solid #666; height: 5mm; }
table { width: 100%%; border-collapse: collapse; table-layout: fixed; }
th, td { border: 0.3mm solid #555; padding: 0.8mm 1.2mm; text-align: left; vertical-align: top; }
thead th { background: #eee; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
table.fill td { font-size: 8.5pt; color: #333; }
table.reference { font-size: 7.5pt; line-height: 1.2; }
table.reference.narrow { width: 70%%; }
ul.checklist { list-style: none; padding: 0; margin: 0; columns: 2; column-gap: 6mm; }
ul.checklist li { padding-left: 6mm; text-indent: -6mm; margin-bottom: 1mm; break-inside: avoid; }
ul.checklist li::before { content: ""; display: inline-block; width: 3.2mm; height: 3.2mm; margin-right: 2.8mm;
                          border: 0.3mm solid #000; vertical-align: -0.5mm; }
ul.policy { margin: 0 0 1mm; padding-left: 5mm; font-size: 8pt; }
.scenario { border-left: 1mm solid #555; padding-left: 2mm; }
.source { font-size: 7pt; color: #333; margin: 1.5mm 0 0; }
@media screen {
  html { background: #ddd; }
  body { width: %(width)s; margin: 8mm auto; padding: 10mm 12mm; background: #fff; }
}
"""


def render_html(sheet: Worksheet, paper: str = "letter") -> str:
    """The worksheet as one self-contained page: print styles, no script, nothing from the network."""
    if paper not in PAPERS:
        raise WorksheetError(f'"{paper}" is not a paper size here. Use one of: {", ".join(PAPERS)}.')
    size, width = PAPERS[paper]
    module = sheet.module
    intro = "".join(f"<p>{_inline(p)}</p>" for p in sheet.intro)
    tips = ("<aside class=\"tips\"><h2>Keep in mind</h2><ul>" + "".join(f"<li>{_inline(t)}</li>" for t in sheet.tips)
            + "</ul></aside>") if sheet.tips else ""
    parts = "".join(_part_html(part) for part in sheet.parts)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(sheet.title)}: Module {module.id} worksheet</title>
<style>{CSS % {"size": size, "width": width, "line": LINE_MM}}</style>
</head>
<body>
<main>
<header>
<p class="course">{_e(COURSE)} · worksheet</p>
<h1>{_e(sheet.title)}</h1>
<p class="where">Module {module.id}, {_e(module.title)}: section {_e(sheet.section)}</p>
<p class="who"><span>Name:</span><span>Team:</span><span>Date:</span></p>
</header>
<div class="intro">{intro}</div>
{tips}
{parts}
<p class="source">Source: {_inline(sheet.source)}.</p>
</main>
</body>
</html>
"""


# ---- PDF ------------------------------------------------------------------------------------

def find_chromium() -> Path | None:
    """Debian's Chromium at /usr/bin/chromium, or a chromium on the PATH; None if there is none."""
    if CHROMIUM.exists():
        return CHROMIUM
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return Path(found)
    return None


def print_pdf(page: Path, pdf: Path, chromium: Path, timeout: float = 120) -> Path:
    """Print one HTML file to PDF with headless Chromium, with a fresh profile and no network."""
    with tempfile.TemporaryDirectory(prefix="worksheet-chromium-") as profile:
        command = [str(chromium), *CHROMIUM_ARGS, f"--user-data-dir={profile}",
                   f"--print-to-pdf={pdf}", page.resolve().as_uri()]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=timeout,
                                  stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            raise RuntimeError(f"Chromium took more than {timeout:.0f} seconds to print {page.name}; "
                               "try again when the machine is less busy.") from None
    if done.returncode != 0 or not pdf.is_file() or pdf.stat().st_size == 0:
        tail = " ".join((done.stderr or "").strip().splitlines()[-3:])
        raise RuntimeError(f"Chromium could not print {page.name} to PDF (exit code {done.returncode}): {tail}")
    return pdf


# ---- writing them all -----------------------------------------------------------------------

@dataclass
class Written:
    folder: Path
    html: list[Path] = field(default_factory=list)
    pdf: list[Path] = field(default_factory=list)
    note: str = ""

    def summary(self) -> str:
        count = len(self.html)
        lines = [f"Wrote {count} worksheet{'s' if count != 1 else ''} to {self.folder}:"]
        pdfs = {path.stem for path in self.pdf}
        for page in self.html:
            lines.append(f"  {page.name}" + (f"  {page.stem}.pdf" if page.stem in pdfs else ""))
        lines.append("  index.html lists them all.")
        if self.note:
            lines.append(self.note)
        return "\n".join(lines)


def _index(sheets: Sequence[Worksheet], pdf: bool) -> str:
    items = "".join(
        f'<li><a href="{s.id}.html">{_e(s.title)}</a>'
        + (f' (<a href="{s.id}.pdf">PDF</a>)' if pdf else "")
        + f": Module {s.module.id}, {_e(s.module.title)}</li>" for s in sheets)
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Worksheets: {_e(COURSE)}</title>'
            f"</head><body><h1>Worksheets</h1><p>{_e(COURSE)}. Print one copy per person.</p>"
            f"<ul>{items}</ul></body></html>\n")


_AUTO = object()


def write_worksheets(out: Path | str, *, paper: str = "letter", only: Sequence[str] = (),
                     chromium: Path | object | None = _AUTO, sheets: Sequence[Worksheet] | None = None) -> Written:
    """Write every worksheet (or those in ``only``) as HTML, and as PDF where Chromium is installed."""
    sheets = list(sheets) if sheets is not None else load_worksheets()
    known = [s.id for s in sheets]
    unknown = [name for name in only if name not in known]
    if unknown:
        raise WorksheetError(f"No worksheet called {', '.join(unknown)}. The worksheets are: {', '.join(known)}.")
    chosen = [s for s in sheets if not only or s.id in only]
    folder = Path(out).expanduser()
    folder.mkdir(parents=True, exist_ok=True)
    browser = find_chromium() if chromium is _AUTO else chromium
    written = Written(folder)
    for sheet in chosen:
        page = folder / f"{sheet.id}.html"
        page.write_text(render_html(sheet, paper), encoding="utf-8")
        written.html.append(page)
        if browser is not None:
            written.pdf.append(print_pdf(page, folder / f"{sheet.id}.pdf", browser))  # type: ignore[arg-type]
    (folder / "index.html").write_text(_index(chosen, browser is not None), encoding="utf-8")
    if browser is None:
        written.note = f"No PDFs: Chromium was not found. {PDF_HELP}"
    return written

"""The take-away plan: the learner's saved work, compiled into one document to share with their team.

It gathers what the learner has saved so far (as far as done): their department plan (the
capstone, Module 10: five parts and a timeline), their spectrum maps, their one-to-one plan and
their accountability plan, and writes two files into the course folder:

- ``take-away-plan.md``: Markdown, to paste into a shared document or an email;
- ``take-away-plan.html``: one self-contained page that works offline. Charts (the spectrum
  map and the department plan's timeline) are inline SVG images with alt text, and an
  interactive view (tabs by spectrum level) is rendered by the Jupyter widget renderer from the
  npm registry, inlined into the page (``grader.offline_widgets``): nothing is loaded from a CDN
  or the internet.

``equity-course takeaway`` and ``takeaway()`` in a notebook both call ``write_takeaway``.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import io
import os
from dataclasses import dataclass, field
from pathlib import Path

from grader.department_plan_page import department_section
from grader.domain.accountability import PLAN_FILE, AccountabilityPlan, Commitment, PlanFileError
from grader.domain.department_plan import STORE_NAME as DEPARTMENT_PLAN, DepartmentPlan
from grader.domain.one_to_one import OneToOnePlan
from grader.domain.spectrum import SPECTRUM, Level, one_step_up
from grader.offline_widgets import close, embed_widget, renderer_path
from grader.show import Shown
from grader.store import LearnerStore, StoreDamaged, course_home

MARKDOWN_FILE = "take-away-plan.md"
HTML_FILE = "take-away-plan.html"
ONE_TO_ONE = "one-to-one-plan"
COURSE = "Strategic Practices for Health Equity"
SPECTRUM_SOURCE = ("Rosa González, The Spectrum of Community Engagement to Ownership, "
                   "Facilitating Power, 2019")


@dataclass(frozen=True)
class Placement:
    """One partner the learner placed on the spectrum."""

    scenario_id: str
    partner: str
    text: str
    level: Level

    @property
    def next_level(self) -> Level | None:
        return one_step_up(self.level.number)


@dataclass(frozen=True)
class SpectrumMap:
    check_id: str
    title: str
    placements: tuple[Placement, ...]


@dataclass
class TakeAway:
    """Everything the learner has saved that belongs in the take-away plan."""

    name: str = ""
    date: dt.date = field(default_factory=dt.date.today)
    maps: list[SpectrumMap] = field(default_factory=list)
    one_to_one: OneToOnePlan | None = None
    accountability: AccountabilityPlan | None = None
    department: DepartmentPlan | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def still_to_do(self) -> list[str]:
        """The parts not saved yet, each with where to do it."""
        todo = []
        if not self.maps:
            todo.append("Spectrum map: place the partners in module 00 or 01 and press Check my placements.")
        if self.one_to_one is None:
            todo.append("One-to-one plan: fill in the planner in module 01 and press Save my plan.")
        if self.accountability is None:
            todo.append("Accountability plan: add commitments in module 02 and press Save my plan.")
        if self.department is None:
            todo.append("Department plan: build it in module 10, the capstone, and press Save my plan.")
        return todo


# ---- gathering the learner's saved work ----

def _spectrum_maps(store: LearnerStore, problems: list[str]) -> list[SpectrumMap]:
    from grader.checks.registry import known_checks, spec
    from grader.checks.spectrum import SCENARIO_SETS

    known_checks()  # loads the catalog, which fills SCENARIO_SETS
    maps = []
    for check_id in sorted(SCENARIO_SETS):
        try:
            saved = store.load(f"spectrum-{check_id}")
        except StoreDamaged as damaged:
            problems.append(str(damaged))
            continue
        if not isinstance(saved, dict):
            continue
        placements = tuple(
            Placement(s.id, s.partner, s.text, SPECTRUM[saved[s.id]])
            for s in SCENARIO_SETS[check_id]
            if isinstance(saved.get(s.id), int) and saved[s.id] in range(len(SPECTRUM))
        )
        if placements:
            maps.append(SpectrumMap(check_id, spec(check_id).title, placements))
    return maps


def _one_to_one(store: LearnerStore, problems: list[str]) -> OneToOnePlan | None:
    try:
        saved = store.load(ONE_TO_ONE)
    except StoreDamaged as damaged:
        problems.append(str(damaged))
        return None
    if not isinstance(saved, dict):
        return None
    try:
        plan = OneToOnePlan.from_dict(saved)
    except (TypeError, ValueError) as error:
        problems.append(f"Your saved one-to-one plan could not be read ({error}); open the planner and save it again.")
        return None
    return plan if plan != OneToOnePlan() else None


def _accountability(store: LearnerStore, problems: list[str]) -> AccountabilityPlan | None:
    try:
        plan = AccountabilityPlan.load(store.root / PLAN_FILE)
    except PlanFileError as damaged:
        problems.append(str(damaged))
        return None
    return None if plan.is_empty() else plan


def _department(store: LearnerStore, problems: list[str]) -> DepartmentPlan | None:
    try:
        saved = store.load(DEPARTMENT_PLAN)
    except StoreDamaged as damaged:
        problems.append(str(damaged))
        return None
    if saved is None:
        return None
    try:
        plan = DepartmentPlan.from_dict(saved)
    except (TypeError, ValueError) as error:
        problems.append(f"Your saved department plan could not be read ({error}); open the builder in "
                        "module 10 and save it again.")
        return None
    return None if plan.is_blank() else plan


def gather(store: LearnerStore | None = None, name: str = "", date: dt.date | None = None) -> TakeAway:
    """The learner's saved work, as far as done; unreadable files are named in ``problems``."""
    store = store or LearnerStore.default()
    problems: list[str] = []
    return TakeAway(
        name=name.strip(),
        date=date or dt.date.today(),
        maps=_spectrum_maps(store, problems),
        one_to_one=_one_to_one(store, problems),
        accountability=_accountability(store, problems),
        department=_department(store, problems),
        problems=problems,
    )


# ---- Markdown ----

def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _commitment_lines(c: Commitment) -> list[tuple[str, str]]:
    measure = c.measure + (f" (chosen by {c.measure_chosen_by})" if c.measure_chosen_by else "")
    return [("Owner in the department", c.owner), ("Answers to", c.answers_to), ("Mechanism", c.mechanism),
            ("How often", c.cadence), ("Measure of progress", measure), ("Pay or resources", c.resources),
            ("Spectrum level", c.level_label)]


def _one_to_one_lines(plan: OneToOnePlan) -> list[tuple[str, str]]:
    days = "" if plan.follow_up_days is None else f" (within {plan.follow_up_days} days)"
    return [("Who I will meet", plan.partner), ("Purpose", plan.purpose), ("Length", f"{plan.minutes} minutes"),
            ("Follow-up", plan.follow_up + days)]


def to_markdown(plan: TakeAway) -> str:
    """The take-away plan as Markdown."""
    by = f" · {plan.name}" if plan.name else ""
    out = ["# My take-away plan", "", f"*{COURSE}*{by} · {plan.date.isoformat()}", ""]
    if plan.department:
        out += [plan.department.to_markdown(heading=2), ""]
    else:
        out += ["## My department's plan", "", "*Not saved yet.*", ""]
    out += ["## Spectrum map", ""]
    for found in plan.maps:
        out += [f"### {found.title}", "", "| # | partner | what happens | my placement | one step up |",
                "|---|---|---|---|---|"]
        for p in found.placements:
            up = p.next_level.label if p.next_level else "already at the top"
            out.append(f"| {p.scenario_id} | {_cell(p.partner)} | {_cell(p.text)} | {p.level.label} | {up} |")
        out.append("")
    if not plan.maps:
        out += ["*Not saved yet.*", ""]
    out += ["## One-to-one plan", ""]
    if plan.one_to_one:
        out += [f"- **{label}:** {value or '-'}" for label, value in _one_to_one_lines(plan.one_to_one)]
        out += ["", "**Questions I will ask**", ""] + [f"1. {q}" for q in plan.one_to_one.questions]
        out += ["", "**What I will listen for**", ""] + [f"- {item}" for item in plan.one_to_one.listen_for]
        out.append("")
    else:
        out += ["*Not saved yet.*", ""]
    out += ["## Accountability plan", ""]
    if plan.accountability:
        if plan.accountability.title:
            out += [f"**{plan.accountability.title}**", ""]
        for number, c in enumerate(plan.accountability.commitments, start=1):
            out += [f"### {number}. {c.action or '(what the department will do)'}", ""]
            out += [f"- **{label}:** {value or '-'}" for label, value in _commitment_lines(c)]
            out.append("")
    else:
        out += ["*Not saved yet.*", ""]
    if plan.still_to_do:
        out += ["## Still to do", ""] + [f"- {item}" for item in plan.still_to_do] + [""]
    out += ["---", "", f"Spectrum levels: {SPECTRUM_SOURCE}. The partners on the spectrum map come from the "
            "course's Riverbend County, a fictional place.", ""]
    return "\n".join(out)


# ---- charts ----

def spectrum_chart(found: SpectrumMap) -> tuple[str, str]:
    """An SVG dot chart of where each partner sits on the spectrum, and its alt text."""
    from grader.plots import INK, _figure

    rows = list(reversed(found.placements))
    fig = _figure(8, 0.5 * len(rows) + 1.6)
    ax = fig.add_subplot()
    ax.scatter([p.level.number for p in rows], range(len(rows)), marker="o", s=70, color=INK, zorder=3)
    for y, p in enumerate(rows):
        ax.annotate(p.level.stance, (p.level.number, y), xytext=(8, 0), textcoords="offset points",
                    va="center", color=INK)
    ax.set_yticks(range(len(rows)), [f"{p.scenario_id} {p.partner}" for p in rows])
    ax.set_xticks(range(len(SPECTRUM)), [f"{level.number}\n{level.stance}" for level in SPECTRUM])
    ax.set_xlim(-0.5, len(SPECTRUM) - 0.2)
    ax.set_ylim(-0.7, len(rows) - 0.3)
    ax.grid(axis="x", color="#888888", linestyle=":")
    ax.set_xlabel("Spectrum of Community Engagement to Ownership (level)")
    ax.set_title(f"My spectrum map: {found.title}")
    alt = (f"Dot chart of my spectrum map, {found.title}: "
           + "; ".join(f"{p.scenario_id} {p.partner} at level {p.level.label}" for p in found.placements) + ".")
    return _svg(fig), alt


def _svg(figure) -> str:
    from matplotlib import rc_context

    buffer = io.StringIO()
    with rc_context({"svg.fonttype": "none", "svg.hashsalt": "take-away"}):
        figure.savefig(buffer, format="svg", metadata={"Date": None})
    return buffer.getvalue()


def _figure_html(svg: str, alt: str) -> str:
    data = base64.b64encode(svg.encode("utf-8")).decode("ascii")
    return (f'<figure><img src="data:image/svg+xml;base64,{data}" alt="{html.escape(alt, quote=True)}">'
            f"<figcaption><strong>Description:</strong> {html.escape(alt)}</figcaption></figure>")


# ---- the interactive view (Jupyter widgets, rendered offline) ----

def level_tabs(plan: TakeAway):
    """A Tab widget: one tab per spectrum level, with the partners and commitments placed there."""
    import ipywidgets as widgets

    pages = []
    for level in SPECTRUM:
        partners = [f"{p.scenario_id} {p.partner}" for m in plan.maps for p in m.placements if p.level == level]
        commitments = [c.action for c in (plan.accountability.commitments if plan.accountability else [])
                       if c.level == level.number]
        pages.append(widgets.HTML(
            f"<p><strong>{html.escape(level.label)}</strong>, impact: {html.escape(level.impact)}. "
            f"{html.escape(level.plain_words)}</p>"
            f"<p>Typical activities: {html.escape(', '.join(level.activities))}.</p>"
            f"<p>Partners I placed here: {html.escape('; '.join(partners) or 'none')}.</p>"
            f"<p>Commitments at this level: {html.escape('; '.join(commitments) or 'none')}.</p>"
        ))
    return widgets.Tab(children=pages, titles=[level.label for level in SPECTRUM])


# ---- HTML ----

STYLE = """
body { font-family: system-ui, -apple-system, 'Segoe UI', sans-serif; color: #1a1a1a; background: #fff;
       line-height: 1.5; margin: 0; }
main { max-width: 60em; margin: 0 auto; padding: 1.5em; }
table { border-collapse: collapse; margin: 0.5em 0 1em; }
th, td { border: 1px solid #767676; padding: 0.3em 0.6em; text-align: left; vertical-align: top; }
figure { margin: 1em 0; } figure img { max-width: 100%; }
.equity-widget { --jp-ui-font-color1: #1a1a1a; --jp-ui-font-color2: #333333; --jp-ui-font-color3: #404040;
                 --jp-content-font-color1: #1a1a1a; --jp-widgets-color: #1a1a1a;
                 --jp-widgets-font-size: 1rem; --jp-ui-font-size1: 1rem; }
.equity-widget .lm-TabBar-tab { color: #1a1a1a !important; background: #e8e8e8 !important; }
.equity-widget .lm-TabBar-tab.lm-mod-current { background: #fff !important; font-weight: bold; }
.equity-widget .lm-TabBar-tab:focus-visible { outline: 3px solid #1a1a1a; }
"""


def _rows(items: list[tuple[str, str]]) -> str:
    return "".join(f'<tr><th scope="row">{html.escape(label)}</th><td>{html.escape(value or "-")}</td></tr>'
                   for label, value in items)


def _spectrum_section(plan: TakeAway, widget_markup: str) -> str:
    parts = ['<section aria-labelledby="spectrum"><h2 id="spectrum">Spectrum map</h2>']
    for found in plan.maps:
        rows = "".join(
            f'<tr><th scope="row">{html.escape(p.scenario_id)}</th><td>{html.escape(p.partner)}</td>'
            f"<td>{html.escape(p.text)}</td><td>{html.escape(p.level.label)}</td>"
            f"<td>{html.escape(p.next_level.label if p.next_level else 'already at the top')}</td></tr>"
            for p in found.placements
        )
        head = "".join(f'<th scope="col">{h}</th>' for h in
                       ("#", "partner", "what happens", "my placement", "one step up"))
        parts.append(f"<h3>{html.escape(found.title)}</h3><table><thead><tr>{head}</tr></thead>"
                     f"<tbody>{rows}</tbody></table>{_figure_html(*spectrum_chart(found))}")
    if not plan.maps:
        parts.append("<p><em>Not saved yet.</em></p>")
    if widget_markup:
        parts.append('<h3>Explore the spectrum by level</h3><p>Choose a level to see what it means and '
                     f'what you placed there.</p><div class="equity-widget">{widget_markup}</div>')
    parts.append("</section>")
    return "".join(parts)


def _one_to_one_section(plan: TakeAway) -> str:
    out = ['<section aria-labelledby="one-to-one"><h2 id="one-to-one">One-to-one plan</h2>']
    if plan.one_to_one is None:
        return "".join(out) + "<p><em>Not saved yet.</em></p></section>"
    p = plan.one_to_one
    questions = "".join(f"<li>{html.escape(q)}</li>" for q in p.questions)
    listen = "".join(f"<li>{html.escape(item)}</li>" for item in p.listen_for)
    out.append(f"<table><tbody>{_rows(_one_to_one_lines(p))}</tbody></table>"
               f"<h3>Questions I will ask</h3><ol>{questions}</ol>"
               f"<h3>What I will listen for</h3><ul>{listen}</ul></section>")
    return "".join(out)


def _accountability_section(plan: TakeAway) -> str:
    out = ['<section aria-labelledby="accountability"><h2 id="accountability">Accountability plan</h2>']
    if plan.accountability is None:
        return "".join(out) + "<p><em>Not saved yet.</em></p></section>"
    if plan.accountability.title:
        out.append(f"<p><strong>{html.escape(plan.accountability.title)}</strong></p>")
    for number, c in enumerate(plan.accountability.commitments, start=1):
        out.append(f"<h3>{number}. {html.escape(c.action or '(what the department will do)')}</h3>"
                   f"<table><tbody>{_rows(_commitment_lines(c))}</tbody></table>")
    out.append("</section>")
    return "".join(out)


def to_html(plan: TakeAway, renderer: Path | None = None) -> str:
    """The take-away plan as one self-contained HTML page; interactive when ``renderer`` is given."""
    head_extra, widget_markup = "", ""
    if renderer is not None:
        tabs = level_tabs(plan)
        try:
            head_extra, widget_markup = embed_widget(tabs, renderer)
        finally:
            close(tabs)
    by = f" · {html.escape(plan.name)}" if plan.name else ""
    todo = "".join(f"<li>{html.escape(item)}</li>" for item in plan.still_to_do)
    todo_section = (f'<section aria-labelledby="todo"><h2 id="todo">Still to do</h2><ul>{todo}</ul></section>'
                    if todo else "")
    title = "My take-away plan" + (f": {html.escape(plan.name)}" if plan.name else "")
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{STYLE}</style>
{head_extra}
</head><body><main>
<h1>My take-away plan</h1>
<p><em>{COURSE}</em>{by} · <time datetime="{plan.date.isoformat()}">{plan.date.isoformat()}</time></p>
{department_section(plan.department, lambda figure, alt: _figure_html(_svg(figure), alt))}
{_spectrum_section(plan, widget_markup)}
{_one_to_one_section(plan)}
{_accountability_section(plan)}
{todo_section}
<footer><p><small>Spectrum levels: {html.escape(SPECTRUM_SOURCE)}. The partners on the spectrum map come
from the course's Riverbend County, a fictional place.</small></p></footer>
</main></body></html>
"""


# ---- writing the files ----

@dataclass(frozen=True)
class Written:
    markdown: Path
    html: Path
    interactive: bool
    plan: TakeAway

    def summary(self) -> str:
        included = [part for part, present in (("department plan", self.plan.department),
                                               ("spectrum map", self.plan.maps),
                                               ("one-to-one plan", self.plan.one_to_one),
                                               ("accountability plan", self.plan.accountability)) if present]
        lines = [f"Wrote {self.markdown} and {self.html}.",
                 f"Included: {', '.join(included) or 'nothing saved yet'}."]
        lines += [f"Still to do: {item}" for item in self.plan.still_to_do]
        lines += [f"Note: {problem}" for problem in self.plan.problems]
        if not self.interactive:
            lines.append("The page has no interactive view: the widget renderer is not installed "
                         "(run `npm ci` in the course checkout to add it).")
        return "\n".join(lines)


def write_takeaway(folder: Path | None = None, store: LearnerStore | None = None, name: str = "",
                   renderer: Path | None = None) -> Written:
    """Write ``take-away-plan.md`` and ``take-away-plan.html`` into the course folder."""
    folder = Path(folder) if folder is not None else course_home()
    store = store or LearnerStore(folder / "my-work")
    plan = gather(store, name)
    renderer = renderer or renderer_path()
    folder.mkdir(parents=True, exist_ok=True)
    markdown = folder / MARKDOWN_FILE
    page = folder / HTML_FILE
    markdown.write_text(to_markdown(plan), encoding="utf-8")
    page.write_text(to_html(plan, renderer), encoding="utf-8")
    return Written(markdown, page, renderer is not None, plan)


def takeaway(name: str = "", folder: Path | None = None) -> Shown:
    """Write your take-away plan (Markdown and HTML) and show links to both."""
    written = write_takeaway(folder, name=name if isinstance(name, str) else "")
    links = "".join(
        f'<li><a href="{html.escape(_relative(path))}" target="_blank">{html.escape(path.name)}</a> ({kind})</li>'
        for path, kind in ((written.html, "a web page that works offline"),
                           (written.markdown, "Markdown, to paste into a document")))
    notes = "".join(f"<li>{html.escape(line)}</li>" for line in written.summary().splitlines()[1:])
    return Shown(written.summary(), f'<div role="status"><p>Your take-away plan is written:</p><ul>{links}</ul>'
                                    f"<ul>{notes}</ul></div>")


def _relative(path: Path) -> str:
    """A link that works from the notebook's own folder."""
    try:
        return Path(os.path.relpath(path, Path.cwd())).as_posix()
    except ValueError:  # another drive on Windows
        return path.as_uri()

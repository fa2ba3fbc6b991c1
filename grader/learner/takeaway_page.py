"""The take-away plan as one self-contained HTML page that works offline.

Charts (the spectrum map and the department plan's timeline) are inline SVG images with alt
text, and an interactive view (tabs by spectrum level) is rendered by the Jupyter widget
renderer from the npm registry, inlined into the page (``grader.learner.offline_widgets``):
nothing is loaded from a CDN or the internet.
"""

from __future__ import annotations

import html
from pathlib import Path

from grader.charts.plots import INK, new_figure
from grader.charts.svg import figure_html, svg
from grader.domain.spectrum import SPECTRUM
from grader.learner.department_plan_page import department_section
from grader.learner.offline_widgets import close, embed_widget
from grader.learner.saved_work import SpectrumMap, TakeAway
from grader.learner.takeaway_markdown import COURSE, SPECTRUM_SOURCE, commitment_lines, one_to_one_lines


def spectrum_chart(found: SpectrumMap) -> tuple[str, str]:
    """An SVG dot chart of where each partner sits on the spectrum, and its alt text."""
    rows = list(reversed(found.placements))
    fig = new_figure(8, 0.5 * len(rows) + 1.6)
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
    return svg(fig), alt


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
                     f"<tbody>{rows}</tbody></table>{figure_html(*spectrum_chart(found))}")
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
    out.append(f"<table><tbody>{_rows(one_to_one_lines(p))}</tbody></table>"
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
                   f"<table><tbody>{_rows(commitment_lines(c))}</tbody></table>")
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
{department_section(plan.department, lambda figure, alt: figure_html(svg(figure), alt))}
{_spectrum_section(plan, widget_markup)}
{_one_to_one_section(plan)}
{_accountability_section(plan)}
{todo_section}
<footer><p><small>Spectrum levels: {html.escape(SPECTRUM_SOURCE)}. The partners on the spectrum map come
from the course's Riverbend County, a fictional place.</small></p></footer>
</main></body></html>
"""

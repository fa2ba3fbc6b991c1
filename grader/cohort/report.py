"""An offline HTML dashboard of a cohort, to project in the room.

One self-contained file: per exercise, how many learners submitted and were graded, the
spread of scores (a real chart, inline SVG drawn by matplotlib), the items most often
missed, and the learners who may need a check-in. No script, no web fonts, no network.
Only scores and roster details go in; nothing a submission printed ever does.
"""

from __future__ import annotations

import html
import io
from datetime import date
from pathlib import Path

from grader.cohort.results import Results, needs_check_in


def _inline(svg: str) -> str:
    """The SVG element alone, without its XML prologue and metadata block."""
    import re

    svg = svg[svg.index("<svg"):]
    return re.sub(r"<metadata>.*?</metadata>", "", svg, flags=re.S)


def _histogram_svg(scores: list[float], maximum: float, title: str) -> str:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=(5.2, 2.6), dpi=96)
    bins = max(1, min(10, int(maximum) or 1))
    axes.hist(scores, bins=bins, range=(0, maximum or 1), color="#2f6b8a", edgecolor="white", hatch="//")
    axes.set_xlabel(f"score (out of {maximum:g})")
    axes.set_ylabel("learners")
    axes.set_title(title)
    axes.yaxis.get_major_locator().set_params(integer=True)  # type: ignore[call-arg]  # the y axis's AutoLocator is a MaxNLocator, which takes integer=
    figure.tight_layout()
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg")
    plt.close(figure)
    return _inline(buffer.getvalue())


def _bar_svg(done: int, total: int, title: str) -> str:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=(5.2, 0.9), dpi=96)
    axes.barh([0], [total], color="#e5e5e5")
    axes.barh([0], [done], color="#1d6b35", hatch="\\\\")
    axes.set_xlim(0, max(total, 1))
    axes.set_yticks([])
    axes.set_title(title, fontsize=10)
    figure.tight_layout()
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg")
    plt.close(figure)
    return _inline(buffer.getvalue())


STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2em auto;max-width:72em;color:#1a1a1a;line-height:1.45}
h1{font-size:1.8em} h2{border-bottom:2px solid #2f6b8a;padding-bottom:.2em;margin-top:2em}
table{border-collapse:collapse;margin:.5em 0} th,td{border:1px solid #bbb;padding:.3em .6em;text-align:left}
.grid{display:flex;flex-wrap:wrap;gap:1.5em} figure{margin:0} figcaption{font-size:.9em;color:#444}
.note{color:#444;font-size:.95em}
"""


def render_report(results: Results, cohort_name: str) -> str:
    esc = html.escape
    parts = [
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">",
        f"<title>{esc(cohort_name)}: cohort dashboard</title><style>{STYLE}</style></head><body><main>",
        f"<h1>{esc(cohort_name)}: cohort dashboard</h1>",
        f"<p class=\"note\">{len(results.learners)} learners on the roster. Made {date.today().isoformat()} "
        "from the cohort's gradebook. Scores include manual grades where given.</p>",
    ]
    for assignment in results.assignments:
        cells = [results.cell(learner.id, assignment) for learner in results.learners]
        submitted = sum(c.status != "not submitted" for c in cells)
        graded = [c for c in cells if c.score is not None]
        maximum = results.max_scores.get(assignment, 0.0)
        state = "released" if assignment in results.released else "not released yet"
        parts.append(f"<section><h2>{esc(assignment)} <small>({state})</small></h2>")
        parts.append(
            f"<p>{submitted} of {len(cells)} submitted; {len(graded)} graded; "
            f"{sum(c.status == 'failed' for c in cells)} could not be graded; "
            f"{sum(c.status == 'needs manual grading' for c in cells)} waiting for manual grading.</p>"
        )
        parts.append('<div class="grid">')
        parts.append(f"<figure role=\"img\" aria-label=\"{submitted} of {len(cells)} learners submitted\">"
                     f"{_bar_svg(submitted, len(cells), 'Submitted')}"
                     f"<figcaption>Completion: {submitted} of {len(cells)} learners.</figcaption></figure>")
        if graded:
            scores = [float(c.score or 0) for c in graded]
            median = sorted(scores)[len(scores) // 2]
            parts.append(f"<figure role=\"img\" aria-label=\"Score distribution, median {median:g} of {maximum:g}\">"
                         f"{_histogram_svg(scores, maximum, 'Scores')}"
                         f"<figcaption>Scores of {len(scores)} graded learners; median {median:g} of "
                         f"{maximum:g}.</figcaption></figure>")
        parts.append("</div>")
        missed = results.missed.get(assignment, [])[:5]
        if missed:
            parts.append("<h3>Most often missed</h3><table><thead><tr><th scope=\"col\">item</th>"
                         "<th scope=\"col\">learners who missed points</th></tr></thead><tbody>")
            for item, share in missed:
                parts.append(f"<tr><td>{esc(item)}</td><td>{share:.0%}</td></tr>")
            parts.append("</tbody></table>")
        parts.append("</section>")
    check_ins = [(learner, needs_check_in(results, learner)) for learner in results.learners]
    check_ins = [(learner, reasons) for learner, reasons in check_ins if reasons]
    parts.append("<section><h2>Learners who may need a check-in</h2>")
    if check_ins:
        parts.append("<table><thead><tr><th scope=\"col\">learner</th><th scope=\"col\">why</th></tr></thead><tbody>")
        for learner, reasons in check_ins:
            parts.append(f"<tr><td>{esc(learner.name)} ({esc(learner.id)})</td><td>{esc('; '.join(reasons))}</td></tr>")
        parts.append("</tbody></table>")
    else:
        parts.append("<p>Everyone is on track for the released exercises.</p>")
    parts.append("</section></main></body></html>")
    return "".join(parts)


def write_report(results: Results, path: Path, cohort_name: str) -> Path:
    """Write the dashboard, rebuilt from allowed elements only (no script, handler or script link)."""
    from grader.cohort.sanitize import sanitize_page

    path.write_text(sanitize_page(render_report(results, cohort_name), svg=True), encoding="utf-8")
    return path

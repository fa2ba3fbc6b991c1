"""Small pieces every widget shares: labeled buttons, the feedback area, saving."""

from __future__ import annotations

import ipywidgets as widgets

from grader.checks.feedback import Feedback
from grader.learner.store import LearnerStore, StoreDamaged

FULL_WIDTH = widgets.Layout(width="100%")
WIDE_LABEL = {"description_width": "initial"}


def button(label: str, tooltip: str, icon: str = "check") -> widgets.Button:
    """A button whose visible text says what it does; the tooltip adds a sentence."""
    return widgets.Button(description=label, tooltip=tooltip, icon=icon,
                          layout=widgets.Layout(width="auto"))


def text_box(label: str, placeholder: str = "", *, style: dict | None = None) -> widgets.Text:
    """A one-line, full-width text box; see ``text_area`` for when its text is sent."""
    return widgets.Text(description=label, placeholder=placeholder, style=style or WIDE_LABEL,
                        layout=FULL_WIDTH, continuous_update=False)


def choice_box(label: str, options: list[str], *, style: dict | None = None) -> widgets.Combobox:
    """A text box offering ``options`` that also takes the learner's own words; its text is
    sent as ``text_area``'s is."""
    return widgets.Combobox(options=options, description=label, placeholder="Choose one or type your own",
                            style=style or WIDE_LABEL, layout=FULL_WIDTH, continuous_update=False)


def text_area(label: str, placeholder: str = "", *, height: str = "5em",
              style: dict | None = None) -> widgets.Textarea:
    """A full-width box for a few lines of writing.

    Its text reaches Python when the learner leaves the box (Tab, or a click on a button),
    in one message. Sent keystroke by keystroke instead, the last keystrokes can still be
    queued in the browser when a busy kernel receives the button press, and Save would
    keep the text without its last words.
    """
    return widgets.Textarea(description=label, placeholder=placeholder, style=style or WIDE_LABEL,
                            layout=widgets.Layout(width="100%", height=height), continuous_update=False)


def feedback_area() -> widgets.HTML:
    return widgets.HTML(value="")


def show(area: widgets.HTML, feedback: Feedback | str) -> None:
    area.value = feedback._repr_html_() if isinstance(feedback, Feedback) else feedback


def note(text: str) -> str:
    """A plain status line (saved, reloaded, problems) as HTML with a live region."""
    import html

    return f'<p role="status" style="margin:0.3em 0">{html.escape(text)}</p>'


def record(store: LearnerStore, feedback: Feedback) -> str:
    """Count the attempt in the widget's store (once, even if a listener already counted it)."""
    from grader.learner.progress import record as record_progress

    return record_progress(feedback, store)


def safe_load(store: LearnerStore, name: str) -> tuple[object | None, str]:
    """Saved data and a message; a damaged file is reported, not hidden."""
    try:
        return store.load(name), ""
    except StoreDamaged as damaged:
        return None, str(damaged)


def answer_saved_message(what: str, path) -> str:
    """What a builder says when it saved an exercise answer into the assignment folder."""
    return (f"Saved your {what} to {path.name} in {path.resolve().parent}. "
            "Run the answer cell below to use it; it is submitted with your notebook.")


def load_answer(read, path, blank, what: str, builder: str):
    """An exercise's saved answer, read by ``read(path)``, for its answer cell.

    With no file yet, the cell prints what to do and gives ``blank()`` (no answer, no points), so
    *Run All Cells* carries on to the later builders instead of stopping at the first unsaved one.
    A damaged file raises PlanFileError, whose message says what to do. Parts left empty are
    named below the cell.
    """
    from grader.domain.plan_file import AnswerFileMissing

    try:
        answer = read(path)
    except AnswerFileMissing as missing:
        print(missing)
        return blank()
    report_empty(path, what, builder)
    return answer


def report_empty(path, what: str, builder: str) -> None:
    """Print, below an answer cell, which parts of a saved answer are still empty and how to fix it."""
    import json
    from pathlib import Path

    from grader.domain.plan_file import empty_parts

    path = Path(path)
    empty = empty_parts(json.loads(path.read_text(encoding="utf-8")))
    if empty:
        print(f"Read your {what} from {path.name}. Still empty: {', '.join(empty)}. "
              f"Fill these in with the {builder} above, press its Save button, then run this cell again.")
    else:
        print(f"Read your {what} from {path.name}.")

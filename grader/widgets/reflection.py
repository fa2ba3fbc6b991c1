"""A reflection box: write a few sentences and keep them in your course folder."""

from __future__ import annotations

import html
import time

import ipywidgets as widgets

from grader.learner.store import LearnerStore
from grader.widgets.common import FULL_WIDTH, button, note, safe_load, text_area


def word_count(text: str) -> int:
    return len(text.split())


class Reflection(widgets.VBox):
    """A labeled text area with a Save button; what was saved comes back next time."""

    def __init__(self, name: str, prompt: str, store: LearnerStore | None = None,
                 min_words: int = 20) -> None:
        self.name = name
        self.min_words = min_words
        self.store = store or LearnerStore.default()
        self.prompt = widgets.HTML(f"<p><strong>{html.escape(prompt)}</strong></p>")
        self.text = text_area("Your reflection:", "Write a few sentences. Only you can see this; it stays on your computer.",
                              height="8em")
        self.save_button = button("Save my reflection", "Keep this text in your course folder", "save")
        self.status = widgets.HTML("", layout=FULL_WIDTH)
        self.save_button.on_click(lambda _: self.save())
        saved, message = safe_load(self.store, f"reflection-{name}")
        if isinstance(saved, dict):
            self.text.value = str(saved.get("text", ""))
            self.status.value = note("Your saved reflection was reloaded.")
        if message:
            self.status.value = note(message)
        super().__init__([self.prompt, self.text, self.save_button, self.status])

    def write(self, text: str) -> None:
        self.text.value = text

    def save(self) -> str:
        words = word_count(self.text.value)
        if words == 0:
            message = "There is nothing to save yet: write a few sentences first."
        else:
            self.store.save(f"reflection-{self.name}",
                            {"text": self.text.value, "saved": time.strftime("%Y-%m-%d %H:%M")})
            message = f"Saved ({words} words)."
            if words < self.min_words:
                message += f" A few more sentences would help: aim for {self.min_words} words or more."
        self.status.value = note(message)
        return message

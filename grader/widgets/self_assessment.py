"""Rate your confidence on a module's learning objectives, at its start and at its end."""

from __future__ import annotations

import html

import ipywidgets as widgets

from grader.course.syllabus import Syllabus, load_syllabus
from grader.domain.self_assessment import RatingProblem, change_in_words, check_moment
from grader.learner.self_assessment import load_ratings, save_rating
from grader.learner.store import LearnerStore
from grader.widgets.common import FULL_WIDTH, WIDE_LABEL, button, note

NO_RATING = 0
INTRO = {
    "start": "Before you start, rate each objective of this module. There are no right answers. At the end "
             "of the module you rate them again and see what changed. Only you see this; it stays in your "
             "course folder.",
    "end": "Now that you have finished, rate each objective again and compare with your rating at the start. "
           "Only you see this; it stays in your course folder.",
}


class SelfAssessment(widgets.VBox):
    """One labeled rating per objective and a Save button (``widget.save_button.click()``)."""

    def __init__(self, module_id: str, moment: str, store: LearnerStore | None = None,
                 syllabus: Syllabus | None = None) -> None:
        self.syllabus = syllabus or load_syllabus()
        self.module = self.syllabus.module(module_id)
        self.moment = check_moment(moment)
        self.store = store or LearnerStore.default()
        scale = self.syllabus.self_assessment
        self.levels = len(scale.levels)
        options = [("Choose a rating", NO_RATING)] + [(scale.label(n), n) for n in range(1, self.levels + 1)]
        title = "Where you start" if self.moment == "start" else "Where you end"
        self.intro = widgets.HTML(
            f"<p><strong>{title}: module {html.escape(self.module.id)}.</strong> {html.escape(INTRO[self.moment])}"
            f"<br>{html.escape(scale.question)} (1 = {html.escape(scale.levels[0])}, {self.levels} = "
            f"{html.escape(scale.levels[-1])})</p>", layout=FULL_WIDTH)
        self.objectives: list[widgets.HTML] = []
        self.ratings: list[widgets.Dropdown] = []
        rows: list[widgets.Widget] = [self.intro]
        for number, objective in enumerate(self.module.objectives, start=1):
            text = widgets.HTML(f"<p style='margin:0.4em 0 0 0'>{number}. {html.escape(objective)}</p>",
                                layout=FULL_WIDTH)
            rating = widgets.Dropdown(options=options, value=NO_RATING, description=f"Objective {number}:",
                                      tooltip=objective, style=WIDE_LABEL)
            self.objectives.append(text)
            self.ratings.append(rating)
            rows += [text, rating]
        self.save_button = button("Save my ratings", "Keep these ratings in your course folder", "save")
        self.status = widgets.HTML("", layout=FULL_WIDTH)
        self.save_button.on_click(lambda _: self.save())
        self._reload()
        super().__init__([*rows, self.save_button, self.status])

    def _reload(self) -> None:
        saved = load_ratings(self.module.id, self.store, self.syllabus)
        mine = saved.at(self.moment)
        messages = list(saved.problems)
        if mine is not None:
            for box, value in zip(self.ratings, mine.ratings, strict=True):
                box.value = value
            messages.append(f"Your saved ratings from {mine.saved} were reloaded." if mine.saved
                            else "Your saved ratings were reloaded.")
        self.status.value = "".join(note(m) for m in messages)

    def rate(self, *values: int) -> None:
        """Set every rating at once (1 to the number of levels), as a learner would choose them."""
        for box, value in zip(self.ratings, values, strict=True):
            box.value = value

    def save(self) -> str:
        values = [box.value for box in self.ratings]
        try:
            rating = save_rating(self.module.id, self.moment, values, self.store, self.syllabus)
        except RatingProblem as problem:
            message = str(problem)
        else:
            message = f"Saved: {rating.in_words(self.levels)} on average."
            if self.moment == "end":
                before = load_ratings(self.module.id, self.store, self.syllabus).start
                message += (f" Your module {self.module.id}: {change_in_words(before, rating, self.levels)}. "
                            "The start page's course map shows this beside every module.")
        self.status.value = note(message)
        return message

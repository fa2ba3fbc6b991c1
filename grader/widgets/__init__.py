"""Thin ipywidgets views over ``grader.domain`` and ``grader.checks``.

Every widget's action has a programmatic trigger (``widget.check_button.click()``,
``planner.review_button.click()``), so tests drive them without a browser.
"""

from grader.widgets.choice import ChoiceQuestionWidget
from grader.widgets.one_to_one import OneToOnePlanner
from grader.widgets.reflection import Reflection
from grader.widgets.spectrum import SpectrumMapper

__all__ = ["ChoiceQuestionWidget", "OneToOnePlanner", "Reflection", "SpectrumMapper"]

"""Press paragraph rewrites: hints from the seven lines of ``grader.domain.press_rewrite``.

The lines look for words, so they can be fooled by keyword stuffing and can miss good writing:
every line is a hint, never a score (``Note.hint``). A rewrite's points are the trainer's, read
with the rubric in ``course/rubrics/ex06.toml``. The check still refuses an answer that is not a
rewrite yet (not text, the placeholder, or the original paragraph again).

The answer is the learner's own paragraph, as text. A check keeps the original paragraph it
asks learners to rewrite, to show it (``paragraph``) and to notice a rewrite that is still
the original.
"""

from __future__ import annotations

import difflib
import html

from grader.checks.feedback import Feedback, Note, Shown, Status
from grader.checks.registry import AnswerProblem, register, spec
from grader.domain.narrative import PressParagraph
from grader.domain.press_rewrite import MAX_WORDS, MIN_WORDS, RUBRIC, plain, review

PARAGRAPHS: dict[str, PressParagraph] = {}
PLACEHOLDERS = {"...", "…", "ellipsis"}
STILL_ORIGINAL = 0.9


def as_text(answer: object, original: PressParagraph) -> str:
    """The paragraph as text; AnswerProblem for anything that is not yet a rewrite."""
    if not isinstance(answer, str):
        raise AnswerProblem("Your paragraph should be text in triple quotes, like \"\"\"Your paragraph.\"\"\", "
                            f"but this is not text (its type is {type(answer).__name__}).")
    text = answer.strip()
    if plain(text) in PLACEHOLDERS:
        raise AnswerProblem("There is no paragraph here yet: replace the ... between the triple quotes "
                            "with your rewrite.")
    if difflib.SequenceMatcher(None, plain(text), plain(original.text)).ratio() >= STILL_ORIGINAL:
        raise AnswerProblem("This is still very close to the original paragraph. Rewrite it in your own "
                            "words so that conditions, not behavior, carry the story.")
    return text


def press_rewrite(check_id: str, original: PressParagraph, *, max_points: float = 0.0,
                  graded: bool = False) -> None:
    """Register hints on a rewritten press paragraph: one hint per rubric line, no automatic points."""
    PARAGRAPHS[check_id] = original

    @register(
        check_id,
        title="Rewritten press paragraph",
        max_points=max_points,
        expects=f"Give your rewritten paragraph ({MIN_WORDS} to {MAX_WORDS} words) as text in triple "
        "quotes: \"\"\"Your paragraph.\"\"\"",
        graded=graded,
    )
    def grade(answer: object) -> list[Note]:
        return _notes(as_text(answer, original))


def _notes(text: str) -> list[Note]:
    return [Note(f.criterion, Status.HOLDS_UP if f.met else Status.RECONSIDER, f.reason, missing=f.too_short,
                 hint=True)
            for f in review(text)]


def worked_review(text: str) -> Feedback:
    """The rubric's feedback on a worked example's paragraph, outside any check: a worked example
    is not the learner's attempt, so it is not counted as one."""
    notes = tuple(_notes(text))
    return Feedback("worked example", "Hints on the worked example", notes=notes)


def paragraph(check_id: str) -> Shown:
    """The original paragraph a rewrite check asks learners to rewrite."""
    spec(check_id)
    original = PARAGRAPHS[check_id]
    return Shown(f"Original paragraph ({original.topic}):\n{original.text}",
                 f"<p><strong>Original paragraph ({html.escape(original.topic)})</strong></p>"
                 f"<blockquote>{html.escape(original.text)}</blockquote>")


def rubric(words: bool = False) -> Shown:
    """The seven rubric lines in plain words; with ``words=True``, every word each line looks for."""
    lines, rows = [], []
    for line in RUBRIC:
        kind = "must" if line.must else "must not"
        listed = ", ".join(line.words) if words else ""
        lines.append(f"- ({kind}) {line.criterion}: {line.explanation}" + (f"\n    {listed}" if words else ""))
        cell = f"<td style=\"text-align:left\">{html.escape(listed)}</td>" if words else ""
        rows.append(f"<tr><td>{kind}</td><th scope=\"row\" style=\"text-align:left\">"
                    f"{html.escape(line.criterion)}</th><td style=\"text-align:left\">"
                    f"{html.escape(line.explanation)}</td>{cell}</tr>")
    head = "<th scope=\"col\">words the hint looks for</th>" if words else ""
    return Shown("\n".join(lines),
                 "<table><thead><tr><th scope=\"col\"></th><th scope=\"col\">rubric line</th>"
                 f"<th scope=\"col\">what the hint looks for</th>{head}</tr></thead>"
                 f"<tbody>{''.join(rows)}</tbody></table>")

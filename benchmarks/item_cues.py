"""Do choice questions and spectrum scenarios give their answers away by cues, not judgement?

    .venv/bin/python benchmarks/item_cues.py [--modules 00 01 02 04 05]

For the choice questions of the chosen modules it prints:
- the share of questions whose key is the strictly longest option;
- each question's key length over the mean length of its other options (the worst is shown);
- wrong-option feedback that points at the key: two or more of the key's distinctive words
  (4+ letters, in no other option and not in the question), a run of three or more of the
  key's words, or a giveaway phrase ("the right answer is", "option b", "instead choose").

For the spectrum scenario sets it prints how many scenarios name an activity from the
spectrum's "typical activities" list, per set (at most a third should).

It finds each key by its digest, as the grader does; no plain key is needed.
"""

from __future__ import annotations

import argparse
import re
from statistics import mean

from grader.checks import catalog
from grader.checks.choice import QUESTIONS, ChoiceQuestion
from grader.checks.hashing import digest
from grader.domain import scenarios
from grader.domain.scenarios import Scenario

ACTIVITY_WORDS = (
    "closed-door", "misinformation", "fact sheet", "open house", "presentation", "public comment",
    "focus group", "survey", "forum", "organizing", "house meeting", "workshop", "agreement",
    "MOU", "advisory committee", "co-led", "community-driven", "participatory budgeting",
    "participatory action research", "cooperative",
)
GIVEAWAYS = (r"the right answer is", r"\boption [a-d]\b", r"instead choose")
SCENARIO_SETS = ("ORIENTATION", "EXERCISE_00", "PRACTICE", "EXERCISE_01")


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower())


def distinctive(question: ChoiceQuestion, key: str) -> set[str]:
    """Words of 4+ letters in the key option that no other option and not the prompt uses."""
    others = set(words(question.prompt))
    for letter, text in question.options:
        if letter != key:
            others |= set(words(text))
    return {w for w in words(question.option_text(key)) if len(w) >= 4 and w not in others}


def leaks(question: ChoiceQuestion, key: str) -> list[str]:
    """What each wrong option's feedback gives away about the key."""
    found = []
    marks = distinctive(question, key)
    key_words = words(question.option_text(key))
    runs = {" ".join(key_words[i:i + 3]) for i in range(len(key_words) - 2)}
    for letter, reason in question.reasons.items():
        if letter == key:
            continue
        said = words(reason)
        shared = sorted(marks & set(said))
        if len(shared) >= 2:
            found.append(f"{letter}: key words {shared}")
        text = " ".join(said)
        found += [f"{letter}: key phrase '{run}'" for run in runs if f" {run} " in f" {text} "]
        found += [f"{letter}: says '{g}'" for g in GIVEAWAYS if re.search(g, reason.lower())]
    return found


def key_letter(question: ChoiceQuestion) -> str:
    """The letter whose digest the catalog stores (the plain keys are not in the package)."""
    found = [letter for letter in question.letters()
             if digest(question.check_id, "choice", letter) == question.key_digest]
    if len(found) != 1:
        raise SystemExit(f"{question.check_id}: its key digest matches {len(found)} letters; "
                         "update the digest from the plain keys first.")
    return found[0]


def long_sentences(text: str, limit: int = 25) -> list[str]:
    """Sentences of more than ``limit`` words."""
    sentences = re.split(r"(?:(?<=[.?!])|(?<=[.?!]\"))\s+(?=[A-Z\"])", text)
    return [s for s in sentences if len(s.split()) > limit]


def cued(scenario: Scenario) -> list[str]:
    text = scenario.text.lower()
    return [w for w in ACTIVITY_WORDS if re.search(rf"\b{re.escape(w.lower())}", text)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--modules", nargs="+", default=["00", "01", "02", "04", "05"])
    parser.add_argument("--verbose", action="store_true", help="print each question's option lengths")
    args = parser.parse_args()
    catalog.load()
    chosen = [q for cid, q in QUESTIONS.items() if cid.lstrip("ex").split(".")[0] in args.modules]
    longest, ratios, problems = 0, [], []
    wordy: list[str] = []
    letters: dict[str, int] = {}
    for q in chosen:
        key = key_letter(q)
        letters[key] = letters.get(key, 0) + 1
        lengths = {letter: len(text) for letter, text in q.options}
        others = [n for letter, n in lengths.items() if letter != key]
        ratio = lengths[key] / mean(others)
        ratios.append((ratio, q.check_id))
        if lengths[key] > max(others):
            longest += 1
        problems += [f"{q.check_id} {p}" for p in leaks(q, key)]
        texts = [q.prompt, *(text for _, text in q.options), *q.reasons.values()]
        wordy += [f"{q.check_id}: {s}" for t in texts for s in long_sentences(t)]
    print(f"choice questions in modules {' '.join(args.modules)}: {len(chosen)}")
    print(f"  key is the strictly longest option: {longest} of {len(chosen)} "
          f"({longest / len(chosen):.0%}; at most a third allowed)")
    worst = max(ratios)
    print(f"  max key length / mean of other options: {worst[0]:.2f} ({worst[1]}; at most 1.25 allowed)")
    print(f"  questions over 1.25: {sum(r > 1.25 for r, _ in ratios)}")
    if args.verbose:
        for q in chosen:
            key = key_letter(q)
            print(f"    {q.check_id}: key {key}, lengths "
                  + ", ".join(f"{letter}={len(text)}" for letter, text in q.options))
    print(f"  key letters: {dict(sorted(letters.items()))}")
    print(f"  wrong-option feedback pointing at the key: {len(problems)}")
    for p in problems:
        print(f"    {p}")
    print("spectrum scenarios naming a typical activity:")
    for name in SCENARIO_SETS:
        found: tuple[Scenario, ...] = getattr(scenarios, name)
        hits = {s.id: cued(s) for s in found if cued(s)}
        print(f"  {name}: {len(hits)} of {len(found)} {hits if hits else ''}")
        wordy += [f"{s.id}: {x}" for s in found for t in (s.text, s.evidence, s.hint)
                  for x in long_sentences(t)]
    print(f"sentences over 25 words in these items: {len(wordy)}")
    for line in wordy:
        print(f"  {line}")


if __name__ == "__main__":
    main()

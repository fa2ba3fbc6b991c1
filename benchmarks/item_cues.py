"""Do choice questions and spectrum scenarios give their answers away by cues, not judgement?

    .venv/bin/python benchmarks/item_cues.py

Reads every item file (``course/items/*.toml``) and prints, for the choice questions:
- how many keys are the strictly longest option (at most a third may be);
- how many keys are more than 1.3 times as long as the other options on average, and the worst;
- how many questions have wrong-option feedback that points at the key;
- how often each letter is the key.

For the spectrum scenarios (``labels`` items of the ``spectrum`` vocabulary): how many name an
activity from the spectrum's "typical activities" table (at most a third may).

Each key is found by its digest, as the grader finds it; no plain key is read. The rules are
those of the course-wide item test (``tests/support/item_rules.py``).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the course-wide item rules live in tests/

from grader.checks.hashing import digest
from grader.course.items import Item, all_items
from tests.support.item_rules import (
    MAX_KEY_LENGTH_RATIO,
    activity_cue,
    key_is_longest,
    key_length_ratio,
    points_at_key,
)


def key_letter(item: Item) -> str:
    """The option whose digest the item file stores."""
    found = [o["letter"] for o in item.fields["options"] if digest(item.id, "choice", o["letter"]) == item.fields["digest"]]
    if len(found) != 1:
        raise SystemExit(f"{item.where()}: its digest matches {len(found)} options; run `make digests` first.")
    return found[0]


def main() -> None:
    items = all_items()
    choices = [item for item in items if item.kind == "choice"]
    longest = over = pointing = 0
    worst = (0.0, "")
    letters: Counter[str] = Counter()
    for item in choices:
        options = {o["letter"]: o["text"] for o in item.fields["options"]}
        reasons = {o["letter"]: o["reason"] for o in item.fields["options"]}
        key = key_letter(item)
        letters[key] += 1
        others = [text for letter, text in options.items() if letter != key]
        ratio = key_length_ratio(options[key], others)
        longest += key_is_longest(options[key], others)
        over += ratio > MAX_KEY_LENGTH_RATIO
        worst = max(worst, (ratio, item.id))
        pointing += any(points_at_key(reasons[letter], options[key], others, item.fields["question"])
                        for letter in options if letter != key)
    print(f"choice questions: {len(choices)}")
    print(f"  key is the strictly longest option: {longest} ({longest / len(choices):.0%}; at most a third)")
    print(f"  key over {MAX_KEY_LENGTH_RATIO} times the others' mean length: {over}; "
          f"worst {worst[0]:.2f} ({worst[1]})")
    print(f"  wrong-option feedback pointing at the key: {pointing}")
    print(f"  key letters: {dict(sorted(letters.items()))}")
    spectrum = [item for item in items if item.kind == "labels" and item.fields.get("vocabulary") == "spectrum"]
    cases = [(item.id, case) for item in spectrum for case in item.fields["cases"]]
    cued = [(check_id, case["id"], activity_cue(case["text"])) for check_id, case in cases if activity_cue(case["text"])]
    print(f"spectrum scenarios naming a typical activity: {len(cued)} of {len(cases)} "
          f"({len(cued) / len(cases):.0%}; at most a third)")
    for check_id, case_id, word in cued:
        print(f"  {check_id} {case_id}: {word}")


if __name__ == "__main__":
    main()

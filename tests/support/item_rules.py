"""The rules an item must keep so that it measures judgement rather than test-wiseness.

Each rule is a small function over plain text, so ``tests/content/test_items.py`` can run it over
every item in ``course/items`` and prove, on made-up items, that it catches what it should.
"""

from __future__ import annotations

import re
from statistics import mean

# A right answer may be at most this many times as long as the mean of the other options.
MAX_KEY_LENGTH_RATIO = 1.3
# The share of questions (or scenarios) a rule allows to break its pattern.
MAX_SHARE = 1 / 3

# Words of the spectrum's "typical activities" column (Module 01's table; DESIGN.md section 4).
# A scenario that contains one can be placed by matching words instead of reading what happens.
ACTIVITY_WORDS = (
    r"closed[- ]door", r"misinformation", r"fact sheets?", r"open houses?", r"presentations?",
    r"public comments?", r"focus groups?", r"surveys?", r"forums?", r"organizing", r"house meetings?",
    r"workshops?", r"agreements?", r"mous?", r"memorand(?:um|a) of understanding",
    r"advisory (?:committee|board)s?", r"co-led", r"community[- ]driven", r"participatory budgeting",
    r"participatory action research", r"cooperatives?", r"co-ops?",
)
_ACTIVITY = re.compile(r"\b(?:" + "|".join(ACTIVITY_WORDS) + r")\b", re.IGNORECASE)

# Words too common to tell options apart.
_COMMON = frozenset(
    ["about", "after", "again", "also", "been", "before", "being", "both", "could", "does", "each", "even", "every", "from", "have", "into", "just", "more", "most", "much", "must", "only", "other", "over", "same", "should", "some", "such", "than", "that", "their", "them", "then", "there", "these", "they", "this", "those", "very", "what", "when", "where", "which", "while", "will", "with", "would", "your", "yours"]
)
_POINTERS = re.compile(
    r"\b(?:the )?(?:right|correct|best) (?:answer|option|choice)\b|\boption \(?[a-e]\)?(?![\w-])"
    r"|\binstead,? (?:choose|pick|select)\b|\bthe other option\b",
    re.IGNORECASE,
)


def words(text: str) -> list[str]:
    """Lowercase words, a plural 's' dropped, so "partners" and "partner" count as one word."""
    found = re.findall(r"[a-z][a-z'-]*", text.lower())
    return [w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w for w in found]


def key_is_longest(key: str, others: list[str]) -> bool:
    """True when the right option is longer than every other option (a tie gives no cue)."""
    return len(key) > max(len(text) for text in others)


def key_length_ratio(key: str, others: list[str]) -> float:
    """How many times longer the right option is than the mean of the others."""
    return len(key) / mean(len(text) for text in others)


def distinctive_words(key: str, others: list[str], question: str) -> set[str]:
    """Words of four or more letters that only the right option uses."""
    elsewhere = set(words(question)).union(*(words(text) for text in others))
    return {w for w in words(key) if len(w) >= 4 and w not in _COMMON and w not in elsewhere}


def points_at_key(reason: str, key: str, others: list[str], question: str) -> list[str]:
    """What in a wrong option's feedback points at the right option: two or more of its distinctive
    words, three of its words in a row, or a phrase like "the right answer" or "option b"."""
    problems = []
    shared = distinctive_words(key, others, question) & set(words(reason))
    if len(shared) >= 2:
        problems.append(f"uses the right option's own words {sorted(shared)}")
    key_words = words(key)
    reason_text = " " + " ".join(words(reason)) + " "
    for n in range(len(key_words) - 2):
        run = key_words[n:n + 3]
        if sum(len(w) >= 4 and w not in _COMMON for w in run) >= 2 and f" {' '.join(run)} " in reason_text:
            problems.append(f'repeats "{" ".join(run)}" from the right option')
            break
    pointer = _POINTERS.search(reason)
    if pointer:
        problems.append(f'points at an option ("{pointer.group(0)}")')
    return problems


def activity_cue(text: str) -> str | None:
    """The activities-table word a scenario contains, if any."""
    found = _ACTIVITY.search(text)
    return found.group(0) if found else None

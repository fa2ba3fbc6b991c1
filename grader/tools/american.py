"""American spelling for the course: find British spellings and change them.

``python -m grader.tools.american PATH ...`` lists British spellings with file and line;
``--fix`` rewrites them in place (neighbourhood → neighborhood, mould → mold, organize →
organize, ...). A British word with its American form on the same line is left alone: that is
a list of words a learner may type, in either spelling. The course's test of plain American
English uses ``british``.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

# British stem -> American stem; the rest of the word is kept (organisation -> organization).
STEMS = {
    "neighbour": "neighbor", "organis": "organiz", "behaviour": "behavior", "colour": "color", "labour": "labor",
    "favour": "favor", "honour": "honor", "harbour": "harbor", "rumour": "rumor", "endeavour": "endeavor",
    "recognis": "recogniz", "realis": "realiz", "prioritis": "prioritiz", "utilis": "utiliz", "minimis": "minimiz",
    "maximis": "maximiz", "summaris": "summariz", "criticis": "criticiz", "apologis": "apologiz",
    "authoris": "authoriz", "categoris": "categoriz", "characteris": "characteriz", "mobilis": "mobiliz",
    "standardis": "standardiz", "familiaris": "familiariz", "stabilis": "stabiliz", "optimis": "optimiz",
    "visualis": "visualiz", "finalis": "finaliz", "legitimis": "legitimiz", "centralis": "centraliz",
    "capitalis": "capitaliz", "specialis": "specializ", "marginalis": "marginaliz", "normalis": "normaliz",
    "institutionalis": "institutionaliz", "jeopardis": "jeopardiz", "memoris": "memoriz", "energis": "energiz",
    "hospitalis": "hospitaliz", "incentivis": "incentiviz", "operationalis": "operationaliz",
    "personalis": "personaliz", "publicis": "publiciz", "scrutinis": "scrutiniz", "stigmatis": "stigmatiz",
    "strategis": "strategiz", "subsidis": "subsidiz", "symbolis": "symboliz", "sympathis": "sympathiz",
    "harmonis": "harmoniz", "modernis": "moderniz", "democratis": "democratiz", "analys": "analyz",
}
# Whole British words -> American.
WORDS = {
    "mould": "mold", "moulds": "molds", "mouldy": "moldy", "centre": "center", "centres": "centers",
    "centred": "centered", "programme": "program", "programmes": "programs", "licence": "license",
    "defence": "defense", "offence": "offense", "travelling": "traveling", "travelled": "traveled",
    "modelling": "modeling", "modelled": "modeled", "counselling": "counseling", "labelled": "labeled",
    "labelling": "labeling", "cancelled": "canceled", "catalogue": "catalog", "judgement": "judgment",
    "judgements": "judgments", "enrol": "enroll", "enrolment": "enrollment", "fulfil": "fulfill",
    "fulfilment": "fulfillment", "focussed": "focused", "artefact": "artifact", "sceptical": "skeptical",
    "whilst": "while", "learnt": "learned", "grey": "gray", "paediatric": "pediatric", "anaemia": "anemia",
    "practise": "practice", "practised": "practiced", "practising": "practicing", "towards": "toward",
    "amongst": "among", "fibre": "fiber", "theatre": "theater", "ageing": "aging", "per cent": "percent",
}
# Words a stem would catch that are spelled the same in both.
SAME = {"analysis", "analyses", "analyst", "analysts", "analytic", "analytical", "analytically",
        "organism", "organisms", "optimist", "optimists", "optimistic", "optimistically"}

_STEM = "|".join(sorted(STEMS, key=len, reverse=True))
_WORD = "|".join(re.escape(word) for word in sorted(WORDS, key=len, reverse=True))
PATTERN = re.compile(rf"(?<![A-Za-z])(?:({_STEM})([a-z]*)|({_WORD}))(?![a-z])", re.IGNORECASE)


def _same_case(source: str, target: str) -> str:
    if source.isupper():
        return target.upper()
    return target[0].upper() + target[1:] if source[0].isupper() else target


def _american(match: re.Match[str]) -> str:
    whole = match.group(0)
    if whole.lower() in SAME:
        return whole
    if match.group(1):
        stem = match.group(1)
        return _same_case(stem, STEMS[stem.lower()]) + match.group(2)
    return _same_case(whole, WORDS[whole.lower()])


def _deliberate(match: re.Match[str], line: str) -> bool:
    """A British word beside its American form on one line is a deliberate pair: a list of the
    words learners may type, which accepts both spellings."""
    return re.search(rf"(?<![A-Za-z]){re.escape(_american(match))}(?![a-z])", line, re.IGNORECASE) is not None


def american(text: str) -> str:
    """The text with every British spelling this module knows changed to American."""
    def fix_line(line: str) -> str:
        return PATTERN.sub(lambda m: m.group(0) if _deliberate(m, line) else _american(m), line)

    return "".join(fix_line(line) for line in text.splitlines(keepends=True))


def british(text: str) -> list[tuple[int, str]]:
    """Each British spelling in ``text`` with its line number (deliberate pairs left out)."""
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        found += [(number, m.group(0)) for m in PATTERN.finditer(line)
                  if _american(m) != m.group(0) and not _deliberate(m, line)]
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m grader.tools.american", description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path, help="files or folders to read")
    parser.add_argument("--fix", action="store_true", help="rewrite British spellings in place")
    args = parser.parse_args(argv)
    files = [f for p in args.paths for f in ([p] if p.is_file() else sorted(p.rglob("*")))
             if f.is_file() and f.suffix in {".py", ".ipynb", ".md", ".toml", ".csv", ".yaml"}]
    count = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        found = british(text)
        count += len(found)
        for number, word in found:
            print(f"{path}:{number}: {word} -> {american(word)}")
        if args.fix and found:
            path.write_text(american(text), encoding="utf-8")
    return 1 if count and not args.fix else 0


if __name__ == "__main__":
    sys.exit(main())

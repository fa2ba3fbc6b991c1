"""Is every glossary term taught where the glossary says, defined briefly, and is the page up to date?"""

from __future__ import annotations

import re

import pytest

from grader.course.syllabus import course_root, load_syllabus
from grader.learner import glossary as gl

TERMS = gl.load_glossary()
MODULES = {module.id: module for module in load_syllabus().modules}
MAX_WORDS = 30


def flat(text: str) -> str:
    """Text as read: line breaks and runs of spaces as one space, emphasis marks dropped, any case."""
    return re.sub(r"\s+", " ", text.replace("*", "")).casefold()


def section_text(notebook, heading: str) -> str:
    """The Markdown of one section: from its heading to the next heading of the same or a higher level."""
    text = "\n\n".join(gl.markdown_cells(notebook))
    found = [(m.start(), len(m.group(1)), gl.plain(m.group(2)))
             for m in re.finditer(r"^(#{1,6})\s+(.+?)\s*$", text, re.M)]
    for n, (start, level, title) in enumerate(found):
        if title == heading:
            end = next((s for s, lvl, _ in found[n + 1:] if lvl <= level), len(text))
            return text[start:end]
    raise AssertionError(f"no heading {heading!r} in {notebook.name}")


@pytest.mark.parametrize("term", TERMS, ids=lambda t: t.term)
def test_the_term_is_taught_in_the_section_it_links_to(term):
    notebook = course_root() / MODULES[term.module].notebook
    assert term.section in gl.headings(notebook), f"{notebook.name} has no heading {term.section!r}"
    assert flat(term.words) in flat(section_text(notebook, term.section)), (
        f"{term.words!r} is not in section {term.section!r} of {notebook.name}")


@pytest.mark.parametrize("term", TERMS, ids=lambda t: t.term)
def test_the_definition_is_short_plain_and_a_sentence(term):
    words = term.definition.split()
    assert len(words) <= MAX_WORDS, f"{len(words)} words; keep it to about 25"
    assert term.definition[0].isupper() and term.definition.endswith((".", '."')), term.definition


def test_terms_are_unique_and_cover_the_course():
    names = [t.term.casefold() for t in TERMS]
    assert len(names) == len(set(names))
    assert {t.module for t in TERMS} == set(MODULES)
    for expected in ("Placation", "Tokenization", "Voice", "Delegated Power", "Community Ownership",
                     "Community power-building organization (CPBO)", "One-to-one", "Accountability mechanism",
                     "Cadence", "Rubric", "Upstream", "Health in All Policies (HiAP)",
                     "Health Impact Assessment (HIA)", "CARE principles", "Small-count suppression",
                     "Complementary suppression", "Narrative power", "Dominant narrative", "Racial Equity Toolkit"):
        assert expected.casefold() in names, expected


def test_the_committed_page_is_the_rendered_one():
    committed = (course_root() / gl.PAGE_FILE).read_text(encoding="utf-8")
    assert committed == gl.render_markdown(TERMS), (
        "course/glossary.md is out of date: edit course/glossary.toml, then run "
        "`python -m grader.learner.glossary`")


def test_the_page_links_every_term_to_its_module_section_as_jupyterlab_names_it():
    page = gl.render_markdown(TERMS)
    assert page.count("\n- **") == len(TERMS)
    letters = re.findall(r"^## ([A-Z])$", page, re.M)
    assert letters == sorted(letters) and re.search(r"^\[A\]\(#A\)", page, re.M)
    link = re.search(r"\*\*One-to-one\*\*: .*\]\(([^)]*)\)", page).group(1)
    assert link == "modules/01-build-strategic-partnerships.ipynb#4.-One-to-ones:-start-with-a-conversation"
    for target in re.findall(r"\]\((modules/[^)#]+)#", page):
        assert (course_root() / target).is_file(), target


def test_anchors_follow_jupyterlab():
    assert gl.anchor("6. What may be shared") == "6.-What-may-be-shared"
    assert gl.anchor("Module 06: Build *Narrative* Power") == "Module-06:-Build-Narrative-Power"
    assert gl.anchor("3. Meet Riverbend County (practice data)") == "3.-Meet-Riverbend-County-(practice-data)"
    with pytest.raises(gl.GlossaryError, match="cannot be linked"):
        gl.anchor("A (broken heading")


@pytest.mark.parametrize(("change", "message"), [
    (lambda d: d["terms"][0].update(module="12"), r'module "12" is not in course/syllabus.toml'),
    (lambda d: d["terms"][0].pop("definition"), r"definition is missing or empty"),
    (lambda d: d["terms"][0].update(color="red"), r"unknown setting color"),
    (lambda d: d["terms"].append(dict(d["terms"][0])), r"is listed twice"),
    (lambda d: d.update(extra=1), r"should hold only \[\[terms\]\]"),
], ids=["unknown module", "no definition", "unknown setting", "twice", "other tables"])
def test_bad_data_gets_an_error_that_names_the_problem(change, message):
    import tomllib

    data = tomllib.loads((course_root() / gl.DATA_FILE).read_text(encoding="utf-8"))
    change(data)
    with pytest.raises(gl.GlossaryError, match=message):
        gl.parse(data, MODULES)

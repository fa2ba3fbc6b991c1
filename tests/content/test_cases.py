"""Does every module tell a real health department case, cite its source, and use it in a task?

The real cases are the fact sheets in the shared sources folder (`../shared/sources/cases/`, next to
the repository). Each fact sheet's first line, `Source: <address>`, names the page it was written
from. A module passes when its Sources section gives that address for at least one case, a
`Reflection` with the id `NN-case-...` asks what the learner would borrow and adapt, and the
module's facilitator guide cites the same address under `## Sources`.

Who adds the cases: modules 00-05 on the `cases-a` branch, modules 06-10 on the other engineer's
branch. Until that branch lands, the tests below fail for 06-10 only.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

from grader.course.syllabus import course_root, load_syllabus

ROOT = course_root()
CASES_DIR = ROOT.parent / "shared" / "sources" / "cases"
MODULES = load_syllabus().modules

if not CASES_DIR.is_dir():
    pytest.skip(f"the shared case fact sheets are not at {CASES_DIR}", allow_module_level=True)


def address(raw: str) -> str:
    """A page address without scheme, leading www. or trailing slash, lower case."""
    bare = re.sub(r"^https?://", "", raw.strip().lower())
    return re.sub(r"^www\.", "", bare).rstrip("/")


def case_addresses(folder: Path) -> dict[str, str]:
    """Map each case fact sheet's file name to the address on its `Source:` line.

    A source that is only a site's home page (the Maricopa sheet gives healthequityguide.org) names
    no case, so it is left out: any module citing the guide would otherwise count.
    """
    found = {}
    for path in sorted(folder.glob("case-*.txt")):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        match = re.fullmatch(r"Source:\s*(https?://\S+)\s*", first)
        assert match, f"{path.name}: the first line should be 'Source: <address>', not {first!r}"
        if "/" in address(match.group(1)):
            found[path.name] = address(match.group(1))
    return found


CASES = case_addresses(CASES_DIR)


def cited(text: str) -> set[str]:
    """The case files whose source address appears in the text as a whole address.

    An address must not run on into a longer one, so the guide's case-study list
    (healthequityguide.org/case-studies) is not found inside the address of one case page.
    """
    lowered = text.lower()
    hits = set()
    for name, where in CASES.items():
        pattern = rf"(?:https?://)?(?:www\.)?{re.escape(where)}/?(?![\w/-])"
        if re.search(pattern, lowered):
            hits.add(name)
    return hits


def section(markdown: str, title: str) -> str:
    """The text under a level-two heading, up to the next level-two heading."""
    match = re.search(rf"^## {re.escape(title)}\s*$(.*?)(?=^## |\Z)", markdown, re.M | re.S)
    return match.group(1) if match else ""


def notebook(module) -> nbformat.NotebookNode:
    return nbformat.read(ROOT / module.notebook, as_version=4)


def markdown_of(module) -> str:
    return "\n\n".join(c.source for c in notebook(module).cells if c.cell_type == "markdown")


def guide_of(module) -> str:
    (path,) = (ROOT / "course" / "facilitator").glob(f"{module.id}-*.md")
    return path.read_text(encoding="utf-8")


def test_the_fact_sheets_are_there_and_each_names_its_source():
    assert len(CASES) >= 10, f"expected the case fact sheets in {CASES_DIR}"
    assert all("." in where and " " not in where for where in CASES.values())


def test_an_address_is_found_whole_and_not_inside_a_longer_one():
    kansas = CASES["case-kansascity-organizers-mou-shared-space.txt"]
    listing = CASES["case-boston-public-housing-birth-outcomes.txt"]
    assert cited(f"see https://{kansas}.") == {"case-kansascity-organizers-mou-shared-space.txt"}
    assert cited(f"({listing}/)") == {"case-boston-public-housing-birth-outcomes.txt"}
    assert cited("healthequityguide.org (no case page)") == set()


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.id)
def test_module_cites_a_real_case_in_its_sources(module):
    sources = section(markdown_of(module), "Sources")
    assert sources, f"{module.notebook} has no '## Sources' section"
    assert cited(sources), (
        f"{module.notebook}: its Sources section gives the address of none of the real cases in "
        f"{CASES_DIR}. Tell at least one case in the module and list its page as the fact sheet's "
        "'Source:' line gives it."
    )


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.id)
def test_module_asks_what_to_borrow_and_adapt_from_a_case(module):
    code = "\n".join(c.source for c in notebook(module).cells if c.cell_type == "code")
    tasks = re.findall(rf'Reflection\(\s*"({module.id}-case-[a-z0-9-]+)",(.*?)\)', code, re.S)
    assert tasks, (
        f"{module.notebook}: no case task. Add a Reflection with an id like "
        f"'{module.id}-case-<place>' after the case."
    )
    for name, prompt in tasks:
        assert "borrow" in prompt and "adapt" in prompt, f"{name}: ask what to borrow and what to adapt"


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.id)
def test_facilitator_guide_cites_the_module_case_and_the_shared_folder(module):
    in_module = cited(section(markdown_of(module), "Sources"))
    sources = section(guide_of(module), "Sources")
    assert in_module & cited(sources), (
        f"the facilitator guide for module {module.id} should cite, under '## Sources', the page of a "
        "case the module tells"
    )
    assert "shared sources folder" in sources, (
        f"the facilitator guide for module {module.id} should say that the case fact sheets are in "
        "the course's shared sources folder"
    )


def test_reflection_ids_are_unique_in_the_course():
    code = "\n".join(c.source for m in MODULES for c in notebook(m).cells if c.cell_type == "code")
    ids = re.findall(r'Reflection\(\s*"([^"]+)"', code)
    repeated = sorted({i for i in ids if ids.count(i) > 1})
    assert not repeated, f"Reflection ids used more than once in the course: {repeated}"

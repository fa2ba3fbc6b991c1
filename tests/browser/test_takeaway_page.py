"""Does the exported take-away page work offline in a real browser, by keyboard, for everyone?

The page is opened from disk with every request watched: nothing may leave the machine. Its
widgets (rendered by the inlined @jupyter-widgets/html-manager) must appear and answer the
keyboard, its charts must show with alt text, and axe-core must find no serious or critical
problem anywhere on it.
"""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect

from grader.domain.accountability import PLAN_FILE, AccountabilityPlan, Commitment
from grader.learner.offline_widgets import renderer_path
from grader.learner.store import LearnerStore
from grader.learner.takeaway import write_takeaway
from tests.browser.lab import AXE, SCREENSHOTS, keep_axe_results
from tests.support.builders import good_plan

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    if renderer_path() is None:
        pytest.skip("the widget renderer is not installed (make test runs npm ci)")
    folder = tmp_path_factory.mktemp("learner") / "equity-course"
    store = LearnerStore(folder / "my-work")
    store.save("spectrum-01.spectrum", {"P1": 1, "P2": 2, "P3": 4})
    store.save("one-to-one-plan", good_plan().to_dict())
    AccountabilityPlan([Commitment(action="Report inspection results to the union every month",
                                   owner="Environmental Health Manager", answers_to="Eastside Tenants Union",
                                   mechanism="regular public reporting", cadence="every month", level=3)],
                       title="Healthy homes").save(store.root / PLAN_FILE)
    return write_takeaway(folder, name="Sam Rivera")


@pytest.fixture(scope="module")
def opened(browser, exported):
    page = browser.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(exported.html.as_uri())
    expect(page.locator(".widget-tab")).to_be_visible()
    yield page, requests
    page.close()


def test_the_page_loads_nothing_from_outside_the_file(opened, exported):
    _page, requests = opened
    assert exported.interactive
    assert [url for url in requests if not url.startswith(("file:", "data:"))] == []


def test_the_widget_renderer_draws_a_tab_per_spectrum_level(opened):
    page, _ = opened
    expect(page.get_by_role("tab")).to_have_count(6)
    expect(page.get_by_role("tab").first).to_have_text("0 Ignore")


def test_the_level_tabs_answer_the_keyboard(opened):
    page, _ = opened
    first = page.get_by_role("tab").first
    page.keyboard.press("Tab")
    for _ in range(30):
        if first.evaluate("element => element === document.activeElement"):
            break
        page.keyboard.press("Tab")
    page.keyboard.press("ArrowRight")
    page.keyboard.press("Enter")
    expect(page.get_by_role("tab").nth(1)).to_have_attribute("aria-selected", "true")
    expect(page.locator(".widget-tab")).to_contain_text("Partners I placed here: P1 West End residents")


def test_charts_show_with_alt_text(opened):
    page, _ = opened
    charts = page.locator("figure img")
    expect(charts).to_have_count(1)
    assert "P3 Healthy Homes Alliance at level 4 Collaborate" in charts.first.get_attribute("alt")
    assert charts.first.evaluate("image => image.complete && image.naturalWidth > 0")


def test_the_plans_are_on_the_page(opened):
    page, _ = opened
    expect(page.locator("main")).to_contain_text("Keisha Robinson, Eastside Tenants Union")
    expect(page.locator("main")).to_contain_text("Report inspection results to the union every month")
    expect(page.get_by_role("heading", level=1)).to_have_text("My take-away plan")


def test_axe_finds_no_serious_problem_on_the_exported_page(opened):
    page, _ = opened
    page.add_script_tag(path=str(AXE))
    violations = page.evaluate("""async () => (await axe.run(document, {resultTypes: ['violations']}))
        .violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                               nodes: v.nodes.map(n => n.html.slice(0, 300))}))""")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "take-away-plan.png"), full_page=True)
    serious = keep_axe_results("take-away-plan", violations)
    assert serious == [], json.dumps(serious, indent=1)

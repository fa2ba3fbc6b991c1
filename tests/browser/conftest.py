"""One JupyterLab server and one Chromium for all browser tests in a file (module-scoped)."""

from __future__ import annotations

import pytest

from tests.browser.lab import Lab, launch_chromium, missing_tools


@pytest.fixture(scope="module")
def playwright():
    why = missing_tools()
    if why:
        pytest.skip(f"browser tests need {why}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as running:
        yield running


@pytest.fixture(scope="module")
def browser(playwright, tmp_path_factory):
    context = launch_chromium(playwright, tmp_path_factory.mktemp("chromium-profile"))
    context.set_default_timeout(60_000)
    try:
        yield context
    finally:
        context.close()


@pytest.fixture(scope="module")
def page(browser):
    page = browser.pages[0] if browser.pages else browser.new_page()
    yield page


@pytest.fixture(scope="module")
def lab(playwright, tmp_path_factory):
    server = Lab(tmp_path_factory.mktemp("jupyterlab")).start()
    try:
        yield server
    finally:
        server.stop()

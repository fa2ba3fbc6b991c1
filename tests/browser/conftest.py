"""Chromium and JupyterLab for the browser tests.

- ``browser`` and ``page``: one Chromium with a fresh profile for each test file (a file that
  tests what a learner meets on first open needs one nobody used before).
- ``course_lab`` and ``course_page``: one JupyterLab over one learner's course folder, and one
  Chromium on it, for each pytest worker (session-scoped). The test files that drive the
  course as a learner share them (test_module_notebooks.py, test_start_page.py): what one
  file's tests save in the course folder, the next reads, as for a learner going through
  the course. Which of those tests run in one worker, and in which order, is set in
  tests/conftest.py (``SAVED_WORK``).
"""

from __future__ import annotations

import pytest

from tests.browser.lab import Lab, launch_chromium, missing_tools


@pytest.fixture(scope="session")
def playwright():
    why = missing_tools()
    if why:
        pytest.skip(f"browser tests need {why}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as running:
        yield running


def _chromium(playwright, folder):  # type: ignore[no-untyped-def]
    context = launch_chromium(playwright, folder)
    context.set_default_timeout(60_000)
    return context


@pytest.fixture(scope="module")
def browser(playwright, tmp_path_factory):
    context = _chromium(playwright, tmp_path_factory.mktemp("chromium-profile"))
    try:
        yield context
    finally:
        context.close()


@pytest.fixture(scope="module")
def page(browser):
    return browser.pages[0] if browser.pages else browser.new_page()


@pytest.fixture(scope="module")
def lab(playwright, tmp_path_factory):
    """A JupyterLab of this test file's own, for tests that change the folder it serves (builders
    save their answers there)."""
    server = Lab(tmp_path_factory.mktemp("jupyterlab")).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def course_lab(playwright, tmp_path_factory):
    """One JupyterLab over a learner's course folder, shared by this worker's course-driving tests."""
    server = Lab(tmp_path_factory.mktemp("course-lab")).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def course_page(playwright, tmp_path_factory):
    """One Chromium page on ``course_lab``, shared like it."""
    context = _chromium(playwright, tmp_path_factory.mktemp("course-chromium-profile"))
    try:
        yield context.pages[0] if context.pages else context.new_page()
    finally:
        context.close()

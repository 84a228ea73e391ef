"""Markup in articles and in query strings is shown as text and never runs, in every page a person may open."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from selenium.webdriver.common.by import By

from tests.browser.chromium import Browser
from tests.browser.conftest import HOSTILE_AUTHOR_PATH, PWNED
from tests.browser.editor import editor_text, result_cells, wait_for_results

pytestmark = pytest.mark.socket

SCRIPT = f"<script>window.{PWNED}='query'</script>"
BARE_IMG = f"<img src=x onerror=window.{PWNED}=2>"
IMG = f"<img src=x onerror=\"window.{PWNED}='img'\">"


def test_search_hits_from_a_hostile_article_show_its_markup_as_text(browser: Browser) -> None:
    browser.open("/search?q=" + quote("crew docked"))
    browser.visible(".snippet")
    assert f"<img src=x onerror=\"window.{PWNED}='img'\">" in browser.text()
    browser.check_nothing_ran(PWNED)
    browser.screenshot("search-hostile")
    browser.check_clean()


def test_pages_of_a_hostile_article_and_its_author_run_none_of_their_markup(browser: Browser) -> None:
    browser.open("/search?q=kgPwned")
    browser.visible("section.hits")
    targets = [str(a.get_attribute("href")) for a in browser.all("section.hits li > a")]
    assert any("/article/" in href for href in targets), targets
    assert any(href.endswith(HOSTILE_AUTHOR_PATH) for href in targets), targets
    browser.check_nothing_ran(PWNED)
    for number, href in enumerate(targets):
        assert href.startswith(browser.base + "/"), href
        browser.open(href.removeprefix(browser.base))
        shown = browser.text()
        assert f"<script>window.{PWNED}" in shown or f'<img src=x onerror="window.{PWNED}' in shown, href
        browser.check_nothing_ran(PWNED)
        browser.screenshot(f"hit-{number}")
    browser.check_clean()


def test_author_name_with_markup_is_the_title_of_their_page(browser: Browser) -> None:
    browser.open(HOSTILE_AUTHOR_PATH)
    assert browser.visible("h1").text == f"Ivan <img src=x onerror=\"window.{PWNED}='author'\"> Petrov"
    browser.check_nothing_ran(PWNED)
    browser.check_clean()


def test_script_in_the_search_query_string_is_shown_as_text(browser: Browser) -> None:
    browser.open("/search?q=" + quote(SCRIPT + IMG))
    assert browser.driver.find_element(By.ID, "q").get_attribute("value") == SCRIPT + IMG
    assert SCRIPT in browser.text()
    browser.check_nothing_ran(PWNED)
    browser.screenshot("search-script")
    browser.check_clean()


def test_script_in_a_sparql_string_literal_is_shown_as_text(browser: Browser) -> None:
    query = f'SELECT ?x WHERE {{ BIND("{SCRIPT}{BARE_IMG}" AS ?x) }}'
    browser.open("/sparql?query=" + quote(query))
    wait_for_results(browser)
    assert result_cells(browser)[-1] == SCRIPT + BARE_IMG
    browser.check_nothing_ran(PWNED)
    browser.screenshot("sparql-literal")
    browser.check_clean()


def test_script_as_the_whole_sparql_query_string_is_refused_as_text(browser: Browser) -> None:
    browser.open("/sparql?query=" + quote(SCRIPT))
    wait_for_results(browser, "error")
    assert editor_text(browser) == SCRIPT
    assert "malformed SPARQL" in browser.visible(".yasr_results").text
    browser.check_nothing_ran(PWNED)
    browser.screenshot("sparql-script")
    # A malformed query is answered 400, which the console reports.
    browser.check_clean(expected_error="status of 400")


def test_javascript_iri_in_query_results_is_no_link_that_runs(browser: Browser) -> None:
    iri = f"javascript:window.{PWNED}=1"
    browser.open("/sparql?query=" + quote(f'SELECT ?x WHERE {{ BIND(IRI("{iri}") AS ?x) }}'))
    wait_for_results(browser)
    assert result_cells(browser)[-1] == f"<{iri}>"
    shown = [a for a in browser.all(".yasr_results table tbody a") if a.text == iri]
    browser.wait(lambda _d: all(a.get_attribute("href") is None for a in shown), "a javascript: IRI is a link")
    for link in shown:
        link.click()
    browser.check_nothing_ran(PWNED)
    browser.screenshot("javascript-iri")
    browser.check_clean()

"""The home page and the search, as a person sees them in Chromium."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.keys import Keys

from tests.browser.chromium import Browser

pytestmark = pytest.mark.socket


def test_home_page_shows_counts_latest_flights_and_a_search_box(browser: Browser) -> None:
    browser.open("/")
    assert browser.visible("h1").text
    counts = {item.get_attribute("class"): item.text for item in browser.all("ul.counts li")}
    assert set(counts) >= {"flight", "person", "organisation", "article"}
    # Built from seeds/ plus one article of ours: two articles, at least the two Soyuz flights.
    assert counts["article"].endswith(": 2"), counts
    assert int(counts["flight"].rsplit(":", 1)[1]) >= 2, counts
    flights = [link.text for link in browser.all("table.flights a")]
    assert "Soyuz MS-19" in flights
    assert browser.visible("form[role=search] input[name=q]").is_enabled()
    links = {link.text for link in browser.all("main a")}
    assert {"Query the graph with SPARQL", "The ontology", "Turtle"} <= links
    browser.screenshot("home")
    browser.check_clean()


def test_search_from_the_home_page_groups_hits_by_kind(browser: Browser) -> None:
    browser.open("/")
    box = browser.visible("form[role=search] input[name=q]")
    box.send_keys("Novitsky", Keys.ENTER)
    browser.wait(lambda d: "/search" in d.current_url, "the search box did not lead to /search")
    browser.visible("section.hits")
    groups = {section.find_element("css selector", "h2").text: section for section in browser.all("section.hits")}
    assert {"People", "Articles"} <= set(groups), list(groups)
    people = [link.text for link in groups["People"].find_elements("css selector", "li a")]
    assert "Oleg Novitsky" in people
    snippets = groups["Articles"].find_elements("css selector", ".snippet mark")
    assert snippets and all(mark.text == "Novitsky" for mark in snippets)
    browser.screenshot("search")
    browser.check_clean()

"""The home page and the search, as a person sees them in Chromium."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select

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
    groups = {section.find_element(By.TAG_NAME, "h2").text: section for section in browser.all("section.hits")}
    assert {"People", "Articles"} <= set(groups), list(groups)
    people = [link.text for link in groups["People"].find_elements(By.CSS_SELECTOR, "li a")]
    assert "Oleg Novitsky" in people
    snippets = groups["Articles"].find_elements(By.CSS_SELECTOR, ".snippet mark")
    assert snippets and all(mark.text == "Novitsky" for mark in snippets)
    browser.screenshot("search")
    browser.check_clean()


def test_search_narrowed_to_one_kind_shows_only_that_kind(browser: Browser) -> None:
    browser.open("/search?q=Novitsky")
    Select(browser.visible("select[name=kind]")).select_by_value("person")
    browser.driver.find_element(By.CSS_SELECTOR, "main form[role=search] button[type=submit]").click()
    browser.wait(lambda d: "kind=person" in d.current_url, "the kind was not sent")
    titles = [section.find_element(By.TAG_NAME, "h2").text for section in browser.all("section.hits")]
    assert titles == ["People"]
    assert [a.text for a in browser.all("section.hits li > a")] == ["Oleg Novitsky"]
    browser.check_clean()


@pytest.mark.parametrize(
    ("link", "lands_on", "shows"),
    [
        ("SpaceKG", "/", "ul.counts"),
        ("Search", "/search", "form[role=search]"),
        ("Query", "/sparql", ".CodeMirror"),
        ("Ontology", "/ontology", "nav.toc"),
        ("VoID", "/.well-known/void", "table.about"),
    ],
)
def test_header_of_every_page_leads_to_the_ways_in(browser: Browser, link: str, lands_on: str, shows: str) -> None:
    browser.open("/person/julia-peresild")
    browser.driver.find_element(By.CSS_SELECTOR, "header").find_element(By.LINK_TEXT, link).click()
    browser.wait(lambda d: d.current_url.rstrip("/") == (browser.base + lands_on).rstrip("/"), f"{link} led elsewhere")
    browser.visible(shows)
    browser.check_clean()

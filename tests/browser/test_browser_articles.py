"""Article pages (the text with its evidence highlighted) and the ontology page, as a person sees them in Chromium."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By

from tests.browser.chromium import Browser

pytestmark = pytest.mark.socket


def test_article_page_highlights_evidence_linked_to_its_facts(browser: Browser) -> None:
    browser.open("/article/seed-soyuz-ms-19")
    assert browser.visible("h1").text
    text = browser.visible(".article-text")
    assert "Julia Peresild took off this week" in text.text
    highlights = text.find_elements(By.CSS_SELECTOR, "mark a[href^='#fact-']")
    assert len(highlights) >= 10, "the article's evidence is not highlighted"
    facts = browser.all("tr[id^='fact-']")
    assert len(facts) >= 10
    fact_ids = {row.get_attribute("id") for row in facts}
    assert {str(link.get_attribute("href")).rsplit("#", 1)[1] for link in highlights} <= fact_ids
    # Every fact names the rule that produced it and a confidence.
    assert all(row.find_element(By.CSS_SELECTOR, "code.rule").text for row in facts)
    assert all(0 < float(row.find_element(By.CSS_SELECTOR, ".confidence").text) <= 1 for row in facts)
    browser.screenshot("article")
    target = next(link for link in highlights if link.text == "Julia Peresild")
    fact_id = str(target.get_attribute("href")).rsplit("#", 1)[1]
    target.click()
    browser.wait(lambda d: d.current_url.endswith("#" + fact_id), "the highlight did not lead to its fact")
    row = browser.driver.find_element(By.ID, fact_id)
    assert "Julia Peresild" in row.text
    browser.wait(lambda d: d.execute_script("return arguments[0].getBoundingClientRect().top", row) < 900)
    browser.screenshot("article-fact")
    browser.check_clean()


def test_a_span_iri_opens_the_article_at_its_phrase(browser: Browser) -> None:
    # The seed article's launch phrase: characters 826 to 871, as the flight page's sources cite them.
    browser.open("/article/seed-soyuz-ms-19#offset_826_871")
    span = browser.visible("[id='offset_826_871']")
    assert span.text == "departed today at 8:55 a.m. Russian time zone"
    top = "return arguments[0].getBoundingClientRect().top"
    browser.wait(lambda d: -10 < d.execute_script(top, span) < 200, "the page did not open at the phrase")
    browser.screenshot("span")
    browser.check_clean()


def test_ontology_page_has_contents_whose_entries_land_on_their_terms(browser: Browser) -> None:
    browser.open("/ontology")
    assert "ontology" in browser.visible("h1").text.lower()
    toc = browser.visible("nav.toc")
    entries = toc.find_elements(By.CSS_SELECTOR, "a[href^='#']")
    assert len(entries) > 50, "the table of contents lists too few terms"
    anchors = {str(a.get_attribute("href")).rsplit("#", 1)[1] for a in entries}
    missing = [name for name in anchors if not browser.all(f"[id='{name}']")]
    assert missing == [], f"contents entries without a target: {missing}"
    assert {"crewMember", "Mission", "launchDate"} <= anchors
    browser.screenshot("ontology")
    toc.find_element(By.CSS_SELECTOR, "a[href='#crewMember']").click()
    term = browser.driver.find_element(By.ID, "crewMember")
    browser.wait(lambda d: d.execute_script("return arguments[0].getBoundingClientRect().top", term) < 100)
    assert term.find_element(By.CSS_SELECTOR, ".definition").text
    browser.screenshot("ontology-term")
    browser.check_clean()


def test_a_term_iri_on_a_resource_page_resolves_to_its_ontology_entry(browser: Browser) -> None:
    browser.open("/mission/soyuz-ms-19")
    link = browser.driver.find_element(By.CSS_SELECTOR, "main a[href$='/ontology#crewMember']")
    link.click()
    browser.wait(lambda d: d.current_url.endswith("/ontology#crewMember"), "the term link led elsewhere")
    term = browser.visible("#crewMember")
    assert "crewMember" in term.text
    browser.check_clean()

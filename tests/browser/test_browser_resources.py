"""Resource pages (a flight with its pictures, a person) and the home page's timeline, as seen in Chromium."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webelement import WebElement

from tests.browser.chromium import Browser

pytestmark = pytest.mark.socket

CREW = ("Anton Shklaplerov", "Julia Peresild", "Klim Shipenko")
GRAPH = "svg[aria-labelledby^='neighbourhood-title']"
TIMELINE = "svg[aria-labelledby^='timeline-title']"
HOME_TIMELINE = "svg[aria-labelledby^='flights-title']"


def svg_texts(svg: WebElement) -> list[str]:
    """The words drawn in an SVG picture (its <text> elements)."""
    return [str(text.get_attribute("textContent")) for text in svg.find_elements(By.CSS_SELECTOR, "text")]


def check_fits_the_window(browser: Browser, svg: WebElement) -> None:
    """The picture is drawn, lies within the window's width, and the page does not scroll sideways."""
    box = browser.driver.execute_script("return arguments[0].getBoundingClientRect().toJSON()", svg)
    assert box["width"] > 300 and box["height"] > 50, box
    assert box["left"] >= 0 and box["right"] <= browser.driver.execute_script("return window.innerWidth"), box
    overflow = "return document.documentElement.scrollWidth - document.documentElement.clientWidth"
    assert browser.driver.execute_script(overflow) <= 0, "the page scrolls sideways"


def test_flight_page_opens_with_a_summary_of_the_flight(browser: Browser) -> None:
    browser.open("/mission/soyuz-ms-19")
    assert browser.visible("h1").text == "Soyuz MS-19"
    summary = browser.visible("section.summary")
    rows = {
        row.find_element(By.TAG_NAME, "dt").text: row.find_element(By.TAG_NAME, "dd").text
        for row in summary.find_elements(By.CSS_SELECTOR, "dl > div")
    }
    assert {"Launch", "Landing", "Crew", "Spacecraft"} <= set(rows), rows
    assert "2021-10-06" in rows["Launch"] and "Baikonur" in rows["Launch"]
    assert all(name in rows["Crew"] for name in CREW), rows["Crew"]
    assert "(actress)" in rows["Crew"]
    crew_links = [a.get_attribute("href") for a in summary.find_elements(By.CSS_SELECTOR, "a[href*='/person/']")]
    assert len(crew_links) == len(CREW) and all(str(href).startswith(browser.base + "/") for href in crew_links)
    minted_off_server = [
        a.get_attribute("href") for a in browser.all("a[href]") if "w3id.org/spacekg" in str(a.get_attribute("href"))
    ]
    assert minted_off_server == [], "links to minted IRIs must stay on this server"
    browser.screenshot("flight")
    browser.check_clean()


def test_flight_page_draws_its_neighbourhood_with_the_crew(browser: Browser) -> None:
    browser.open("/mission/soyuz-ms-19")
    graph = browser.visible(GRAPH)
    browser.driver.execute_script("arguments[0].scrollIntoView()", graph)
    drawn = svg_texts(graph)
    assert all(name in drawn for name in CREW), drawn
    assert "Soyuz MS-19" in drawn and "Baikonur cosmodrome" in drawn
    # A text alternative for those who cannot see the picture.
    title = graph.find_element(By.CSS_SELECTOR, "title").get_attribute("textContent")
    assert title == "Neighbourhood of Soyuz MS-19"
    assert "Julia Peresild (actress)" in str(graph.find_element(By.CSS_SELECTOR, "desc").get_attribute("textContent"))
    check_fits_the_window(browser, graph)
    browser.screenshot("neighbourhood")
    node = graph.find_element(By.XPATH, ".//*[local-name()='g'][*[local-name()='text']='Julia Peresild']")
    node.find_element(By.XPATH, "./*[local-name()='circle']").click()
    browser.wait(lambda d: d.current_url == browser.base + "/person/julia-peresild", "the crew node led elsewhere")
    assert browser.visible("h1").text == "Julia Peresild"
    browser.check_clean()


def test_flight_page_draws_a_timeline_of_its_dated_events(browser: Browser) -> None:
    browser.open("/mission/soyuz-ms-19")
    timeline = browser.visible(TIMELINE)
    browser.driver.execute_script("arguments[0].scrollIntoView()", timeline)
    marks = [text for text in svg_texts(timeline) if " · " in text]
    assert marks == ["2021-10-06 · Launch of Soyuz MS-19", "2021-10-17 · Landing of Soyuz MS-19"]
    check_fits_the_window(browser, timeline)
    browser.screenshot("timeline")
    browser.check_clean()


def test_person_page_summarises_age_occupation_and_flights(browser: Browser) -> None:
    browser.open("/person/julia-peresild")
    assert browser.visible("h1").text == "Julia Peresild"
    summary = browser.visible("section.summary").text
    assert "37" in summary and "actress" in summary and "Soyuz MS-19" in summary
    browser.driver.find_element(By.CSS_SELECTOR, "section.summary a[href$='/mission/soyuz-ms-19']").click()
    browser.wait(lambda d: d.current_url == browser.base + "/mission/soyuz-ms-19", "the flight link led elsewhere")
    browser.screenshot("person-to-flight")
    browser.check_clean()


def test_home_page_draws_a_timeline_of_all_flights(browser: Browser) -> None:
    browser.open("/")
    timeline = browser.visible(HOME_TIMELINE)
    drawn = " ".join(svg_texts(timeline))
    assert "Soyuz MS-19" in drawn and "Soyuz MS-25" in drawn, drawn
    check_fits_the_window(browser, timeline)
    browser.screenshot("home-timeline")
    browser.check_clean()


def test_flight_page_quotes_each_source_sentence_once_with_its_facts_folded_under_it(browser: Browser) -> None:
    browser.open("/mission/soyuz-ms-19")
    sentences = browser.all("details[id^='sentence-']")
    assert sentences, "no source sentences"
    quoted = [s.find_element(By.CSS_SELECTOR, "summary q").text for s in sentences]
    assert len(quoted) == len(set(quoted)), "a sentence is quoted more than once"
    launch = "The Soyuz MS-19 manned spacecraft departed today"
    assert browser.text().count(launch) == 1
    # Folded at first: the page stays a few screens tall (it was 6,000 pixels when every value quoted its sources).
    assert all(s.get_attribute("open") is None for s in sentences)
    assert browser.driver.execute_script("return document.documentElement.scrollHeight") < 4 * 900
    first = next(s for s in sentences if launch in s.text)
    facts = first.find_elements(By.CSS_SELECTOR, "li")
    assert facts and not facts[0].is_displayed()
    summary = first.find_element(By.TAG_NAME, "summary")
    browser.driver.execute_script("arguments[0].scrollIntoView()", summary)
    summary.click()
    browser.wait(lambda _d: facts[0].is_displayed(), "opening the sentence did not show its facts")
    assert any("launch date" in fact.text for fact in facts), [fact.text for fact in facts]
    browser.screenshot("sentence-open")
    browser.check_clean()

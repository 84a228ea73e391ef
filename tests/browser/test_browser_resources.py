"""Resource pages (a flight, its crew) as a person sees them in Chromium."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By

from tests.browser.chromium import Browser

pytestmark = pytest.mark.socket

CREW = ("Julia Peresild", "Klim Shipenko")


def test_flight_page_names_its_crew_and_links_them_on_this_server(browser: Browser) -> None:
    browser.open("/mission/soyuz-ms-19")
    assert browser.visible("h1").text == "Soyuz MS-19"
    crew_links = {link.text: link for link in browser.all("main a") if link.text in CREW}
    assert set(crew_links) == set(CREW), "the crew are not linked from the flight's page"
    for link in crew_links.values():
        assert str(link.get_attribute("href")).startswith(browser.base + "/person/")
    minted_off_server = [
        link.get_attribute("href")
        for link in browser.all("a[href]")
        if "w3id.org/spacekg" in str(link.get_attribute("href"))
    ]
    assert minted_off_server == [], "links to minted IRIs must stay on this server"
    # The launch sentence of the seed article is quoted as the source of the facts it supports.
    assert "departed today at 8:55 a.m." in browser.text()
    browser.screenshot("flight")
    browser.check_clean()


def test_following_a_crew_link_opens_that_persons_page(browser: Browser) -> None:
    browser.open("/mission/soyuz-ms-19")
    browser.driver.find_element(By.LINK_TEXT, "Julia Peresild").click()
    browser.wait(lambda d: d.current_url.endswith("/person/julia-peresild"), "the crew link led elsewhere")
    assert browser.visible("h1").text == "Julia Peresild"
    assert "actress" in browser.text()
    browser.screenshot("person")
    browser.check_clean()

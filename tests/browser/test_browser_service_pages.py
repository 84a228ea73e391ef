"""The pages a browser reaches off the main paths: VoID and the Service Description as HTML, and 404 pages."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from selenium.webdriver.common.by import By

from tests.browser.chromium import Browser
from tests.browser.conftest import PWNED

pytestmark = pytest.mark.socket

NOT_FOUND = "status of 404"


def test_void_opens_as_a_page_about_the_dataset(browser: Browser) -> None:
    browser.open("/.well-known/void")
    assert browser.visible("h1").text
    rows = {row.find_element(By.TAG_NAME, "th").text: row for row in browser.all("table.about tr")}
    assert "void:triples" in rows and int(rows["void:triples"].find_element(By.TAG_NAME, "td").text) > 1000
    browser.screenshot("void")
    browser.check_clean()
    browser.driver.find_element(By.LINK_TEXT, "service description").click()
    browser.wait(lambda d: d.current_url.endswith("/service-description"), "no way from VoID to the service")
    assert "sd:endpoint" in browser.visible("table.about").text
    browser.screenshot("service-description")
    browser.check_clean()


def test_unknown_resource_gets_a_page_with_ways_back(browser: Browser) -> None:
    browser.open("/person/nobody-at-all")
    assert browser.visible("h1").text == "Not found"
    assert browser.visible("form[role=search] input[name=q]").is_enabled()
    assert "/person/nobody-at-all" in browser.text()
    browser.driver.find_element(By.CSS_SELECTOR, "main a[href='/']").click()
    browser.wait(lambda d: d.current_url == browser.base + "/", "the 404 page's home link led elsewhere")
    browser.visible("ul.counts")
    browser.check_clean(expected_error=NOT_FOUND)


def test_script_in_a_resource_path_is_shown_as_text(browser: Browser) -> None:
    script = f"<script>window.{PWNED}='path'</script>"
    browser.open("/person/" + quote(script))
    # No IRI holds a '<', so this is refused (400) rather than not found; either way the path shows as text.
    assert script in browser.text()
    browser.check_nothing_ran(PWNED)
    browser.screenshot("bad-path-script")
    browser.check_clean(expected_error="the server responded with a status of 4")

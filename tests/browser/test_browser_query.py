"""The query editor (YASGUI): pick a named query, run it, read the results, share a permalink, as in Chromium."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select

from tests.browser.chromium import Browser
from tests.browser.editor import editor_text, result_cells, wait_for_results

pytestmark = pytest.mark.socket

PERSON = "https://w3id.org/spacekg/person/julia-peresild"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
CREW = "https://w3id.org/spacekg/ontology#crewMember"


def test_query_editor_runs_a_named_query_and_shows_its_results(browser: Browser) -> None:
    browser.open("/sparql")
    browser.visible(".CodeMirror")
    Select(browser.visible("select#named")).select_by_value("cq03-crew")
    browser.wait(lambda _d: "crewMember" in editor_text(browser), "picking a named query did not fill the editor")
    browser.visible(".yasqe_queryButton").click()
    wait_for_results(browser)
    headers = [th.text for th in browser.all(".yasr_results table thead th")]
    assert {"mission", "person", "personName"} <= set(headers), headers
    assert "Julia Peresild" in result_cells(browser)
    # Result links to minted IRIs lead to this server's pages.
    browser.wait(
        lambda _d: (
            {a.get_attribute("href") for a in browser.all(".yasr_results a[href*='/person/']")}
            >= {browser.base + "/person/julia-peresild"}
        ),
        "no link to the person's page on this server",
    )
    off_server = [a.get_attribute("href") for a in browser.all(".yasr_results a[href*='w3id.org/spacekg']")]
    assert off_server == []
    # The address bar now holds a permalink to this query.
    assert "/sparql?query=" in browser.driver.current_url
    # Outside the results (whose IRIs are data), the page links nowhere else: no help pages on the vendor's site.
    page_links = "return Array.from(document.querySelectorAll('a[href]'), a => a.closest('table') ? '' : a.href)"
    elsewhere = [
        href for href in browser.driver.execute_script(page_links) if href and not href.startswith(browser.base)
    ]
    assert elsewhere == [], elsewhere
    browser.screenshot("editor")
    browser.check_clean()


def test_permalink_opens_the_editor_holding_the_query_with_its_results(browser: Browser) -> None:
    query = f"SELECT ?name WHERE {{ <{PERSON}> <{LABEL}> ?name }}"
    browser.open("/sparql?query=" + quote(query))
    wait_for_results(browser)
    assert editor_text(browser) == query
    assert result_cells(browser)[-1] == "Julia Peresild"
    browser.screenshot("permalink")
    browser.check_clean()


def test_construct_results_show_as_a_table_of_triples(browser: Browser) -> None:
    query = f"CONSTRUCT {{ ?p <{LABEL}> ?n }} WHERE {{ ?m <{CREW}> ?p . ?p <{LABEL}> ?n }}"
    browser.open("/sparql?query=" + quote(query))
    wait_for_results(browser)
    headers = [th.text for th in browser.all(".yasr_results table thead th") if th.text]
    assert headers == ["subject", "predicate", "object"]
    assert any("Julia Peresild" in cell for cell in result_cells(browser))
    browser.screenshot("construct")
    browser.check_clean()


def test_malformed_query_says_what_is_wrong_in_the_page(browser: Browser) -> None:
    browser.open("/sparql?query=" + quote("SELECT ?s WHERE { ?s ?p }"))
    wait_for_results(browser, "error")
    assert "malformed SPARQL" in browser.visible(".yasr_results").text
    browser.screenshot("malformed")
    browser.check_clean(expected_error="status of 400")


def test_download_of_a_named_query_is_named_after_it(browser: Browser, tmp_path: Path) -> None:
    browser.driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(tmp_path)})
    browser.open("/sparql")
    Select(browser.visible("select#named")).select_by_value("cq03-crew")
    browser.wait(lambda _d: "crewMember" in editor_text(browser), "picking a named query did not fill the editor")
    Select(browser.visible("select#format")).select_by_value("csv")
    browser.visible("#download").click()
    saved = tmp_path / "spacekg-cq03-crew.csv"
    browser.wait(lambda _d: saved.exists() and saved.stat().st_size > 0, f"nothing saved as {saved.name}")
    lines = saved.read_text(encoding="utf-8").splitlines()
    assert lines[0].split(",")[:4] == ["mission", "missionLabel", "person", "personName"]
    assert any("Julia Peresild" in line for line in lines[1:])
    browser.check_clean()


def test_editor_completes_prefixes_from_this_server_and_asks_no_one_else(browser: Browser) -> None:
    browser.open("/sparql")
    browser.visible(".CodeMirror").click()
    keys = ActionChains(browser.driver)
    keys.key_down(Keys.CONTROL).send_keys("a").key_up(Keys.CONTROL).send_keys(Keys.DELETE).send_keys(
        "PREFIX s"
    ).perform()
    hints = "return Array.from(document.querySelectorAll('.CodeMirror-hints li'), item => item.textContent)"
    browser.wait(
        lambda d: "sm: <https://w3id.org/spacekg/ontology#>" in d.execute_script(hints),
        "no prefix completions from this server",
    )
    browser.screenshot("prefix-hints")
    # Where LOV's completers were on, a class or property asked to be completed would be looked up on its server.
    ActionChains(browser.driver).send_keys(Keys.ESCAPE).perform()
    typed = ["m: <https://w3id.org/spacekg/ontology#>\nPREFIX foaf: <http://xmlns.com/foaf/0.1/>\n"]
    typed += ["SELECT * WHERE { ?s a foaf:Perso", " ; foaf:nam", "e ?o } LIMIT 1"]
    for words in typed:
        ActionChains(browser.driver).send_keys(words).perform()
        ActionChains(browser.driver).key_down(Keys.CONTROL).send_keys(" ").key_up(Keys.CONTROL).perform()
    browser.wait(lambda _d: editor_text(browser).endswith("LIMIT 1"), "the editor did not take the typing")
    browser.visible(".yasqe_queryButton").click()
    wait_for_results(browser)
    assert editor_text(browser).endswith("foaf:name ?o } LIMIT 1"), editor_text(browser)
    browser.check_clean()

"""What the browser tests read from the query editor page (YASGUI): the editor's text, the run's end, results."""

from __future__ import annotations

from tests.browser.chromium import Browser


def editor_text(browser: Browser) -> str:
    """What the editor holds (CodeMirror keeps its instance on its wrapper element)."""
    return str(browser.driver.execute_script("return document.querySelector('.CodeMirror').CodeMirror.getValue()"))


def wait_for_results(browser: Browser, state: str = "done") -> None:
    """Wait until the editor's last run has ended in `state` (the page marks #results data-state)."""
    script = "return document.getElementById('results').dataset.state"
    browser.wait(lambda d: d.execute_script(script) in ("done", "error"), "the query never finished")
    assert browser.driver.execute_script(script) == state


def result_cells(browser: Browser) -> list[str]:
    """The texts of the result table's cells."""
    return [cell.text for cell in browser.all(".yasr_results table tbody td")]

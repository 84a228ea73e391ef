"""Fixtures of the browser tests: a real `kg serve` on a built seed store, and Debian's Chromium driving it."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Generator, Iterator
from pathlib import Path

import pytest
from selenium import webdriver

from tests.browser.chromium import CHROMEDRIVER, CHROMIUM, Browser, start_chromium
from tests.w3c.webapp import PROJECT_DIR, serving

# Where screenshots go when set; otherwise a pytest temporary directory (the path is printed).
SHOTS_ENV = "KG_BROWSER_SCREENSHOTS"
# Set to "required" (as .ci/run does) to fail instead of skip when Chromium is not installed.
REQUIRED_ENV = "KG_BROWSER_TESTS"
# Marks a script of ours would leave if an article's or a query's text ever ran as HTML.
PWNED = "__kgPwned"
# An article whose headline, author and text carry markup that runs if a page does not escape it.
HOSTILE_ARTICLE = {
    "url": "https://news.example.org/2024/hostile-soyuz",
    "title": f"Soyuz MS-25 <script>window.{PWNED} = 'headline'</script> launches",
    "published": "2024-03-23",
    "author": f"Ivan <img src=x onerror=\"window.{PWNED}='author'\"> Petrov",
    "text": (
        f"Soyuz MS-25 <script>window.{PWNED} = 'text'</script> launched on March 23, 2024 from the Baikonur "
        "Cosmodrome carrying Russian cosmonaut Oleg Novitsky, Belarusian astronaut Marina Vasilevskaya and NASA "
        "astronaut Tracy Dyson to the International Space Station.\n\n"
        f"The crew <img src=x onerror=\"window.{PWNED}='img'\"> docked with the station three hours after launch. "
        "Novitsky, the commander <b onmouseover=alert(1)>bold</b>, has flown twice before.\n\n"
        "Vasilevskaya and Novitsky returned to Earth on April 6, 2024, landing in Kazakhstan."
    ),
}
HOSTILE_AUTHOR_PATH = "/person/ivan-img-src-x-onerror-window-kgpwned-author-petrov"


def run_kg(store: Path, *args: str) -> None:
    """Run the real `kg` command on `store`; fail with its output when it does not succeed."""
    kg = str(Path(sys.executable).parent / "kg")
    done = subprocess.run([kg, "--store", str(store), *args], capture_output=True, text=True, cwd=PROJECT_DIR)
    assert done.returncode == 0, f"kg {' '.join(args)}: {done.stdout}{done.stderr}"


@pytest.fixture(scope="package")
def browser_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`kg serve` on a free loopback port over a store built from seeds/ plus the hostile article; its base URL."""
    root = tmp_path_factory.mktemp("browser-store")
    store = root / "store"
    hostile = root / "hostile.jsonl"
    hostile.write_text(json.dumps(HOSTILE_ARTICLE) + "\n", encoding="utf-8")
    run_kg(store, "build")
    run_kg(store, "ingest", str(hostile))
    with serving(store, workers=1) as (base, _process, _log):
        yield base


@pytest.fixture(scope="package")
def chromium_driver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[webdriver.Chrome]:
    """One headless Chromium for the browser tests (starting one per test would cost seconds each)."""
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        message = f"the browser tests need {CHROMIUM} and {CHROMEDRIVER} (apt-get install chromium chromium-driver)"
        if os.environ.get(REQUIRED_ENV) == "required":
            pytest.fail(message)
        pytest.skip(message)
    root = tmp_path_factory.mktemp("chromium")
    with pytest.MonkeyPatch.context() as patch:
        # Selenium Manager must never go online, should anything make Selenium call it.
        patch.setenv("SE_OFFLINE", "true")
        patch.setenv("SE_AVOID_STATS", "true")
        driver = start_chromium(root / "profile", root / "chromedriver.log")
    try:
        yield driver
    finally:
        driver.quit()


SHOTS_KEY = pytest.StashKey[Path]()


@pytest.fixture(scope="package")
def screenshots(tmp_path_factory: pytest.TempPathFactory, pytestconfig: pytest.Config) -> Path:
    """The folder screenshots are saved in (named at the end of the run)."""
    chosen = os.environ.get(SHOTS_ENV)
    if chosen:
        folder = Path(chosen)
        folder.mkdir(parents=True, exist_ok=True)
    else:
        folder = tmp_path_factory.mktemp("screenshots")
    pytestconfig.stash[SHOTS_KEY] = folder
    return folder


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    """Say where the browser tests' screenshots are."""
    folder = config.stash.get(SHOTS_KEY, None)
    if folder is not None:
        terminalreporter.write_line(f"browser screenshots: {folder} (set {SHOTS_ENV} to choose the folder)")


FAILED_KEY = pytest.StashKey[bool]()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """Remember on the test whether its body failed, so that its browser can keep a picture of the moment."""
    report = yield
    if report.when == "call" and report.failed:
        item.stash[FAILED_KEY] = True
    return report


@pytest.fixture
def browser(
    chromium_driver: webdriver.Chrome, browser_server: str, screenshots: Path, request: pytest.FixtureRequest
) -> Iterator[Browser]:
    """The shared Chromium for one test, its logs emptied of earlier tests' requests and messages."""
    name = re.sub(r"[^A-Za-z0-9_.-]+", "-", request.node.name)
    page = Browser(driver=chromium_driver, base=browser_server, shots=screenshots, name=name)
    page.alert_text()  # an alert left open by an earlier test would refuse every command
    page.driver.get("about:blank")
    page.drain_logs()
    page.requests.clear()
    page.console.clear()
    yield page
    if request.node.stash.get(FAILED_KEY, False):
        page.alert_text()
        page.screenshot("FAILED")

"""Debian's Chromium under chromium-driver for the browser tests: started offline, its requests and console read."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException, UnexpectedAlertPresentException
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
# Generous: on a busy 2-core machine a page may take seconds; waits end as soon as the condition holds.
WAIT_S = 30
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1280,900",
    # Any host but loopback fails to resolve, so a page that tries to reach out is seen trying (in the
    # network log) without anything leaving this machine.
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
)
# Schemes whose requests never touch the network.
LOCAL_SCHEMES = {"data", "blob", "about", "chrome", "chrome-error", "chrome-untrusted"}


def start_chromium(user_data_dir: Path, driver_log: Path) -> webdriver.Chrome:
    """A headless Chromium with a fresh profile, logging the console and every network request."""
    options = Options()
    options.binary_location = str(CHROMIUM)
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={user_data_dir}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    # The driver's own path is given, so Selenium Manager has nothing to look up or download.
    service = Service(executable_path=str(CHROMEDRIVER), log_output=str(driver_log))
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_page_load_timeout(WAIT_S * 2)
    driver.set_script_timeout(WAIT_S)
    return driver


@dataclass
class Browser:
    """One test's view of the shared Chromium: open pages of the server, wait for what a person sees, check logs."""

    driver: webdriver.Chrome
    base: str
    shots: Path
    name: str
    requests: list[str] = field(default_factory=list)
    console: list[dict[str, Any]] = field(default_factory=list)

    def open(self, path: str) -> None:
        """Load `path` of the server and wait until the document has loaded."""
        self.load(self.base + path)

    def load(self, url: str) -> None:
        """Load `url` and wait until the document has loaded; an alert on the way fails the test."""
        try:
            self.driver.get(url)
            self.wait(lambda d: d.execute_script("return document.readyState") == "complete")
        except UnexpectedAlertPresentException as error:
            raise AssertionError(f"the page opened an alert: {error.alert_text!r}") from None

    def wait(self, condition: Any, message: str = "") -> Any:
        """Wait until `condition(driver)` is truthy (explicit wait, up to WAIT_S seconds); return its value."""
        return WebDriverWait(self.driver, WAIT_S).until(condition, message)

    def visible(self, css: str) -> WebElement:
        """Wait for an element matching `css` to be visible and return it."""
        return self.wait(expected_conditions.visibility_of_element_located((By.CSS_SELECTOR, css)), f"no {css}")

    def all(self, css: str) -> list[WebElement]:
        """The elements matching `css` now."""
        return self.driver.find_elements(By.CSS_SELECTOR, css)

    def text(self) -> str:
        """The page's visible text."""
        return str(self.driver.find_element(By.TAG_NAME, "body").text)

    def drain_logs(self) -> None:
        """Collect the console messages and request URLs logged since the last call."""
        self.console += self.driver.get_log("browser")
        for entry in self.driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message["method"] == "Network.requestWillBeSent":
                self.requests.append(message["params"]["request"]["url"])
            elif message["method"] == "Network.webSocketCreated":
                self.requests.append(message["params"]["url"])

    def screenshot(self, label: str) -> Path:
        """Save a PNG of the window and print where it went."""
        path = self.shots / f"{self.name}-{label}.png"
        self.driver.save_screenshot(str(path))
        print(f"screenshot: {path}")
        return path

    def check_clean(self, expected_error: str | None = None) -> None:
        """No alert open, no console error (but those holding `expected_error`), every request to the server."""
        alert_text = self.alert_text()
        assert alert_text is None, f"the page opened an alert: {alert_text!r}"
        self.drain_logs()
        assert self.requests, "the network log recorded no request at all"
        server = urlsplit(self.base).netloc
        outside = [url for url in self.requests if not is_local(url, server)]
        assert outside == [], f"requests leaving the machine: {outside}"
        errors = [
            entry["message"]
            for entry in self.console
            if entry["level"] == "SEVERE" and not (expected_error and expected_error in entry["message"])
        ]
        assert errors == [], f"console errors: {errors}"

    def check_nothing_ran(self, marker: str) -> None:
        """No script from the data ran: the global `marker` it would set is undefined, no inline handler exists."""
        alert_text = self.alert_text()
        assert alert_text is None, f"the page opened an alert: {alert_text!r}"
        value = self.driver.execute_script(f"return window.{marker}")
        assert value is None, f"markup from the data ran as a script: window.{marker} = {value!r}"
        handlers = self.all("[onerror], [onload], [onmouseover], [onclick]")
        assert handlers == [], [element.get_attribute("outerHTML") for element in handlers]

    def alert_text(self) -> str | None:
        """The text of an open alert/confirm/prompt (dismissed), or None."""
        try:
            alert = self.driver.switch_to.alert
        except NoAlertPresentException:
            return None
        text = str(alert.text)
        alert.dismiss()
        return text


def is_local(url: str, server: str) -> bool:
    """Whether a request to `url` stays on this machine: the server under test, or a scheme with no network."""
    parts = urlsplit(url)
    if parts.scheme in LOCAL_SCHEMES:
        return True
    return parts.scheme in ("http", "https", "ws", "wss") and parts.netloc == server

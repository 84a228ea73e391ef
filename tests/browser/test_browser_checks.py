"""The browser tests' own checks see what they look for: requests leaving the machine, console errors, scripts run."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from tests.browser.chromium import Browser
from tests.browser.conftest import PWNED

pytestmark = pytest.mark.socket


def open_html(browser: Browser, html: str) -> None:
    """Load a page made of `html` (a data: URL, so the server under test plays no part)."""
    browser.load("data:text/html;charset=utf-8," + quote(html))


def test_a_request_to_another_host_is_caught(browser: Browser) -> None:
    open_html(browser, '<p>hi</p><img src="https://cdn.example.org/pixel.png">')
    with pytest.raises(AssertionError, match=r"requests leaving the machine: \['https://cdn\.example\.org/pixel"):
        browser.check_clean()


def test_a_script_error_is_caught(browser: Browser) -> None:
    open_html(browser, "<p>hi</p><script>throw new Error('boom')</script>")
    with pytest.raises(AssertionError, match=r"console errors: .*boom"):
        browser.check_clean()


def test_a_script_that_ran_is_caught(browser: Browser) -> None:
    open_html(browser, f"<p>hi</p><script>window.{PWNED} = 'ran'</script>")
    with pytest.raises(AssertionError, match=f"window.{PWNED} = 'ran'"):
        browser.check_nothing_ran(PWNED)


def test_an_alert_is_caught(browser: Browser) -> None:
    with pytest.raises(AssertionError, match="the page opened an alert: '1'"):
        open_html(browser, "<p>hi</p><img src=x onerror=alert(1)>")

"""What a page states about itself in its metadata (JSON-LD, Open Graph, meta tags, microdata, <title>).

Its publication date-time (zone kept) and its outlet's name, where the main-text extractor finds only a
day (from the URL) or a host name.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import datetime

from lxml import html as lxml_html

from kg.readers.dates import parse_published

_META_NAMES = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "dc.date.issued",
    "dcterms.created",
)
_HOST = re.compile(r"[a-z0-9-]+(\.[a-z0-9-]+)+")
_TITLE_SEPARATOR = re.compile(r"\s[|\u2013\u2014-]\s")
# JSON-LD nests the article in @graph, lists and mainEntity; deeper than this is not metadata.
_MAX_DEPTH = 4


def stated_published(root: lxml_html.HtmlElement) -> str | None:
    """The first publication time the page's metadata states with a time of day, as written; None if none does."""
    for value in _candidates(root):
        if isinstance(parse_published(value), datetime):
            return value.strip()
    return None


def stated_publisher(root: lxml_html.HtmlElement, site_name: str | None) -> str | None:
    """The outlet's name: the JSON-LD publisher's, else `site_name` unless it is a host name, else the <title>'s end."""
    for data in _jsonld(root):
        name = _publisher_name(data, 0)
        if name:
            return name
    if site_name and not _HOST.fullmatch(site_name):
        return site_name
    return title_outlet(root) or site_name


def title_outlet(root: lxml_html.HtmlElement) -> str | None:
    """What follows the headline in the page's <title> ('Crew lands | Orbit News'): the outlet, usually."""
    title = root.findtext(".//title")
    if title and _TITLE_SEPARATOR.search(title):
        return _TITLE_SEPARATOR.split(title)[-1].strip() or None
    return None


def _jsonld(root: lxml_html.HtmlElement) -> Iterator[object]:
    for script in root.xpath('//script[@type="application/ld+json"]'):
        try:
            yield json.loads(script.text_content())
        except ValueError:
            continue


def _publisher_name(data: object, depth: int) -> str | None:
    if depth > _MAX_DEPTH:
        return None
    parts: list[object] = data if isinstance(data, list) else []
    if isinstance(data, dict):
        parts = [data.get("@graph"), data.get("mainEntity")]
        publisher = data.get("publisher")
        if isinstance(publisher, list) and publisher:
            publisher = publisher[0]
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str) and publisher["name"].strip():
            return publisher["name"].strip()
    for part in parts:
        name = _publisher_name(part, depth + 1)
        if name:
            return name
    return None


def _candidates(root: lxml_html.HtmlElement) -> Iterator[str]:
    for data in _jsonld(root):
        yield from _jsonld_dates(data, 0)
    for meta in root.xpath("//meta[@content]"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        if key in _META_NAMES:
            yield meta.get("content")
    for element in root.xpath('//*[@itemprop="datePublished"]'):
        value = element.get("datetime") or element.get("content")
        if value:
            yield value


def _jsonld_dates(data: object, depth: int) -> Iterator[str]:
    if depth > _MAX_DEPTH:
        return
    if isinstance(data, list):
        for part in data:
            yield from _jsonld_dates(part, depth + 1)
    elif isinstance(data, dict):
        value = data.get("datePublished")
        if isinstance(value, str):
            yield value
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            yield from _jsonld_dates(data.get(key), depth + 1)

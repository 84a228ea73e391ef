"""The publication date-time a page states in its metadata (JSON-LD, Open Graph, meta tags, microdata), zone kept."""

from __future__ import annotations

import json
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
# JSON-LD nests the article in @graph, lists and mainEntity; deeper than this is not metadata.
_MAX_DEPTH = 4


def stated_published(root: lxml_html.HtmlElement) -> str | None:
    """The first publication time the page's metadata states with a time of day, as written; None if none does."""
    for value in _candidates(root):
        if isinstance(parse_published(value), datetime):
            return value.strip()
    return None


def _candidates(root: lxml_html.HtmlElement) -> Iterator[str]:
    for script in root.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text_content())
        except ValueError:
            continue
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

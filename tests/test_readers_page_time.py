"""A page's publication time and zone, as its metadata states them, reach the graph even when its URL holds the day."""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

import pytest

from tests.cli_runner import run_kg
from tests.news_samples import STORIES
from tests.test_ingest_readers import articles, stored

# News sites put the day in their URLs; a date finder that trusts the URL first finds the day and no time.
URL = "https://www.orbit.example/2024/03/08/vega-7-docks"
STATED = "2024-03-08T21:40:00+05:30"


def _page(metadata: str, byline: str = "") -> str:
    headline, body = STORIES["vega-7"]
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in body.split("\n\n"))
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{escape(headline)}</title>'
        f'<link rel="canonical" href="{URL}">{metadata}</head><body><nav><a href="/">Home</a></nav>'
        f"<article><h1>{escape(headline)}</h1>{byline}{paragraphs}</article></body></html>"
    )


JSONLD = json.dumps(
    {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Orbit"},
            {"@type": "NewsArticle", "headline": STORIES["vega-7"][0], "datePublished": STATED},
        ],
    }
)
PAGES = {
    "json-ld": _page(f'<script type="application/ld+json">{JSONLD}</script>'),
    "open graph": _page(
        f'<meta property="og:type" content="article"><meta property="article:published_time" content="{STATED}">'
    ),
    "microdata": _page("", f'<p>By Ada Quill, <time itemprop="datePublished" datetime="{STATED}">8 March</time></p>'),
}


@pytest.mark.parametrize("style", sorted(PAGES))
def test_the_stated_publication_time_and_zone_are_kept(tmp_path: Path, style: str) -> None:
    page = tmp_path / "vega.html"
    page.write_text(PAGES[style], encoding="utf-8")
    result = run_kg(tmp_path / "store", "ingest", str(page))
    assert result.exit_code == 0, result.output
    [meta] = articles(stored(tmp_path / "store", tmp_path)).values()
    assert meta["datePublished"] == {STATED}

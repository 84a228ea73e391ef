"""Our own news stories and page templates for the reader tests (no real pages are copied here)."""

from __future__ import annotations

import gzip
import io
import json
from html import escape
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

STORIES = {
    "vega-7": (
        "Vega 7 crew docks with the station",
        "The Vega 7 spacecraft docked with the International Space Station on Friday after a six-hour "
        "flight from the Baikonur Cosmodrome.\n\nCosmonaut Pavel Ostrov commanded the flight, with flight "
        "engineer Marta Linde and astronaut Owen Pike aboard.\n\nThe crew will spend six months on the station.",
    ),
    "lyra-2": (
        "Lyra 2 lands after ten days in orbit",
        "The Lyra 2 capsule landed in Kazakhstan on Monday after ten days in orbit.\n\nAstronaut Ines Varga "
        "and cosmonaut Gleb Sorin flew the mission for Roscosmos.\n\nThe spacecraft reached an altitude of "
        "410 kilometres during the flight.",
    ),
    "orion-test": (
        "Artemis crew rehearses launch day",
        "NASA astronauts Dana Reyes and Tomas Becker rehearsed the launch of the Orion spacecraft at the "
        "Kennedy Space Center on Tuesday.\n\nThe crew will fly around the Moon next year on the Space Launch "
        "System rocket.",
    ),
}

NAV = '<nav class="menu"><a href="/">Home</a> <a href="/space">Space</a> <a href="/sport">Sport</a></nav>'
COMMENTS = '<section id="comments"><h3>Comments</h3><p>Zebra lasagne forever, says a reader.</p></section>'
FOOTER = "<footer><p>Copyright Example Orbit News. All rights reserved. Subscribe now.</p></footer>"


def story_html(key: str, url: str, *, style: str = "opengraph", lang: str = "en") -> str:
    """A news page of one of our stories in one of the styles news sites use."""
    headline, body = STORIES[key]
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in body.split("\n\n"))
    if style == "jsonld":
        meta = json.dumps(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": headline,
                "datePublished": "2024-03-08T09:15:00+01:00",
                "author": [{"@type": "Person", "name": "Ada Quill"}],
                "publisher": {"@type": "Organization", "name": "Example Orbit News"},
                "mainEntityOfPage": url,
            }
        )
        head = f'<script type="application/ld+json">{meta}</script><link rel="canonical" href="{url}">'
        byline = ""
    else:
        head = (
            f'<meta property="og:title" content="{escape(headline)}">'
            f'<meta property="og:url" content="{url}"><meta property="og:site_name" content="Example Orbit News">'
            '<meta name="author" content="Ada Quill">'
            '<meta property="article:published_time" content="2024-03-08T09:15:00+01:00">'
            f'<link rel="canonical" href="{url}">'
        )
        byline = '<p class="byline">By Ada Quill</p>'
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{escape(headline)} | Orbit</title>'
        f"{head}</head><body>{NAV}<main><article><h1>{escape(headline)}</h1>{byline}{paragraphs}</article>"
        f"</main>{COMMENTS}{FOOTER}</body></html>"
    )


def write_warc(path: Path, pages: list[tuple[str, str]]) -> None:
    """Write a gzipped WARC holding one HTML response per (URL, page)."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for url, page in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            body = page.encode("utf-8")
            record = writer.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(body),
                length=len(body),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": "2024-03-09T10:00:00Z"},
            )
            writer.write_record(record)


def rss(entries: list[dict[str, str]]) -> str:
    """An RSS 2.0 feed of the given entries (title, link, pubDate, and content or none)."""
    items = []
    for entry in entries:
        content = f"<content:encoded>{escape(entry['content'])}</content:encoded>" if entry.get("content") else ""
        items.append(
            f"<item><title>{escape(entry['title'])}</title><link>{entry['link']}</link>"
            f"<pubDate>{entry['pubDate']}</pubDate><author>desk@orbit.example (Ada Quill)</author>{content}</item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        "<channel><title>Example Orbit News</title>"
        f"<link>https://orbit.example/</link><language>en</language>{''.join(items)}</channel></rss>"
    )


def gzip_bytes(data: bytes) -> bytes:
    """`data` gzipped."""
    return gzip.compress(data)

"""News pages of the kinds news sites publish, with the article text of our own and what a reader must find.

Six kinds of page, each from its own template: JSON-LD `NewsArticle` metadata; Open Graph and meta
tags only; a byline and a date only in the body; a live page of several timestamped entries; an
AMP page; a page thick with menus, share buttons, related-story boxes and comments. Names, flights,
rockets, dates and outlets are drawn from a seeded generator, so the same seed gives the same pages.

    .venv/bin/python -m bench.news_pages --pages 36 --out bench/out/pages
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from html import escape
from pathlib import Path

from bench.news_corpus import FIRST, LAST, OUTLETS, PROGRAMMES

PAGE_KINDS = ("jsonld", "opengraph", "byline", "live", "amp", "cluttered")
# The zones news sites publish in (UTC offsets in minutes): New York, London, Moscow, Delhi, Beijing.
ZONE_MINUTES = (-300, 0, 180, 330, 480)


@dataclass(frozen=True)
class Page:
    """One page: its HTML, and the headline, publication time, author and clean text it stands for."""

    name: str
    kind: str
    url: str
    headline: str
    published: datetime
    author: str
    publisher: str
    paragraphs: tuple[str, ...]
    html: str

    def clean_text(self) -> str:
        """The article as plain text: its headline, then its paragraphs as the page shows them, blank lines between.

        A live page shows its entries newest first, and so does its clean text: the order is the page's,
        not the story's (which fact of an update wins may depend on it).
        """
        shown = self.paragraphs[::-1] if self.kind == "live" else self.paragraphs
        return "\n\n".join((self.headline, *shown))

    def states_time(self) -> bool:
        """Whether the page states its publication time and zone (a byline page shows the day only)."""
        return self.kind != "byline"


@dataclass(frozen=True)
class _Story:
    flight: str
    rocket: str
    site: str
    agency: str
    destination: str
    crew: tuple[str, ...]
    launched: date
    days: int


def generate_pages(count: int, seed: int = 11) -> Iterator[Page]:
    """Yield `count` pages, the kinds in turn, each with a story of its own."""
    rng = random.Random(seed)
    for number in range(count):
        kind = PAGE_KINDS[number % len(PAGE_KINDS)]
        story = _story(rng)
        yield _page(rng, number, kind, story)


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _story(rng: random.Random) -> _Story:
    prefix, rocket, site, agency, destination = rng.choice(PROGRAMMES)
    if prefix.endswith(("C", "G")):
        flight = f"{prefix}{rng.randint(1, 40)}"
    elif prefix == "Starliner CFT":
        flight = f"Starliner-{rng.randint(1, 30)}"
    else:
        flight = f"{prefix}-{rng.randint(1, 60)}"
    crew: list[str] = []
    while len(crew) < rng.randint(2, 3):
        name = _person(rng)
        if name not in crew:
            crew.append(name)
    launched = date(2001, 1, 1) + timedelta(days=rng.randint(0, 8500))
    return _Story(flight, rocket, site, agency, destination, tuple(crew), launched, rng.randint(5, 190))


def _on(day: date) -> str:
    return f"{day.strftime('%B')} {day.day}, {day.year}"


def _paragraphs(rng: random.Random, story: _Story) -> tuple[str, ...]:
    """The article's text: three or four paragraphs, the sentences varied by template."""
    s = story
    commander, *others = s.crew
    joined = " and ".join(others)
    openings = [
        f"The {s.flight} spacecraft lifted off on {_on(s.launched)} atop a {s.rocket} rocket from {s.site}, "
        f"carrying commander {commander} and {joined} to {s.destination}.",
        f"A {s.rocket} rocket launched the {s.flight} crew from {s.site} on {_on(s.launched)}, "
        f"with {commander} in command and {joined} on board, bound for {s.destination}.",
        f"Commander {commander} led the {s.flight} crew into orbit on {_on(s.launched)}, after a {s.rocket} "
        f"rocket lifted off from {s.site} with {joined} aboard.",
    ]
    operators = [
        f"The flight is operated by {s.agency}. The crew will spend about {s.days} days in orbit.",
        f"{s.agency} operates the mission, which is planned to last {s.days} days.",
        f"The mission, run by {s.agency}, should keep the crew in space for {s.days} days.",
    ]
    colour = [
        f"{commander} has flown in space before, while {others[-1]} is making a first spaceflight.",
        f"It is the second spaceflight for {commander} and the first for {others[-1]}.",
        f"Engineers at {s.site} said the rocket performed as expected during the climb to orbit.",
    ]
    returns = [
        f"The crew is due to return to Earth after {s.days} days, the agency said in a statement.",
        "Mission controllers said the capsule's systems were working normally a few hours after launch.",
    ]
    chosen = [rng.choice(openings), rng.choice(operators), rng.choice(colour)]
    if rng.random() < 0.5:
        chosen.append(rng.choice(returns))
    return tuple(chosen)


def _page(rng: random.Random, number: int, kind: str, story: _Story) -> Page:
    publisher = rng.choice(OUTLETS)
    author = _person(rng)
    hour, minute = rng.randint(5, 22), rng.choice((0, 15, 30, 45))
    zone = timezone(timedelta(minutes=rng.choice(ZONE_MINUTES)))
    published = datetime.combine(story.launched, datetime.min.time(), zone) + timedelta(
        days=rng.randint(0, 1), hours=hour, minutes=minute
    )
    headline = rng.choice(
        [
            f"{story.flight} crew launches to {story.destination.removeprefix('the ')}",
            f"{story.rocket} lifts {story.flight} crew into orbit",
            f"{story.flight} lifts off from {story.site}",
        ]
    )
    slug = story.flight.lower().replace(" ", "-")
    host = f"www.{publisher.lower().replace(' ', '')}.example"
    url = f"https://{host}/{published.date().isoformat()}/{slug}-{number}"
    paragraphs = _paragraphs(rng, story)
    page = Page(f"{number:03d}-{kind}", kind, url, headline, published, author, publisher, paragraphs, "")
    render = {
        "jsonld": _jsonld_page,
        "opengraph": _opengraph_page,
        "byline": _byline_page,
        "live": _live_page,
        "amp": _amp_page,
        "cluttered": _cluttered_page,
    }[kind]
    return Page(**{**page.__dict__, "html": render(page, rng)})


def _ps(paragraphs: tuple[str, ...]) -> str:
    return "".join(f"<p>{escape(p)}</p>" for p in paragraphs)


def _nav(publisher: str) -> str:
    links = ["Home", "World", "Science", "Launches", "Opinion", "Podcasts", "Subscribe", "Sign in"]
    items = "".join(f'<li><a href="/{w.lower().replace(" ", "-")}">{w}</a></li>' for w in links)
    return f'<header><a class="logo" href="/">{escape(publisher)}</a><nav><ul>{items}</ul></nav></header>'


def _footer(publisher: str) -> str:
    return (
        f"<footer><p>&copy; {escape(publisher)}. All rights reserved.</p>"
        '<ul><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms of use</a></li>'
        '<li><a href="/contact">Contact us</a></li></ul></footer>'
    )


def _iso(when: datetime) -> str:
    return when.isoformat().replace("+00:00", "Z")


def _head(page: Page, extra: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(page.headline)} | {escape(page.publisher)}</title>"
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<link rel="canonical" href="{escape(page.url)}">{extra}</head>'
    )


def _jsonld(page: Page, kind: str = "NewsArticle", **more: object) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": kind,
        "headline": page.headline,
        "datePublished": page.published.isoformat(),
        "dateModified": (page.published + timedelta(hours=2)).isoformat(),
        "author": [{"@type": "Person", "name": page.author}],
        "publisher": {"@type": "Organization", "name": page.publisher},
        "mainEntityOfPage": {"@type": "WebPage", "@id": page.url},
        **more,
    }
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def _jsonld_page(page: Page, rng: random.Random) -> str:
    return (
        _head(page, _jsonld(page))
        + f"<body>{_nav(page.publisher)}<main><article><h1>{escape(page.headline)}</h1>"
        + f'<div class="article-body">{_ps(page.paragraphs)}</div></article></main>'
        + f"{_footer(page.publisher)}</body></html>"
    )


def _opengraph_page(page: Page, rng: random.Random) -> str:
    tags = (
        f'<meta property="og:type" content="article">'
        f'<meta property="og:title" content="{escape(page.headline)}">'
        f'<meta property="og:url" content="{escape(page.url)}">'
        f'<meta property="og:site_name" content="{escape(page.publisher)}">'
        f'<meta property="og:description" content="{escape(page.paragraphs[0][:120])}">'
        f'<meta property="article:published_time" content="{_iso(page.published)}">'
        f'<meta name="author" content="{escape(page.author)}">'
        f'<meta name="twitter:card" content="summary_large_image">'
    )
    return (
        _head(page, tags)
        + f'<body>{_nav(page.publisher)}<div class="content"><h1>{escape(page.headline)}</h1>'
        + f'<div class="story">{_ps(page.paragraphs)}</div></div>{_footer(page.publisher)}</body></html>'
    )


def _byline(page: Page, rng: random.Random) -> str:
    """A byline as news sites write them: with a job title, the outlet's name, or in capitals."""
    form = rng.choice(
        ["By {}", "By {}, Science Correspondent", "{} | " + page.publisher, "BY {}", "By {}, Staff Writer"]
    )
    return escape(form.format(page.author.upper() if form.startswith("BY") else page.author))


def _byline_page(page: Page, rng: random.Random) -> str:
    day = page.published
    shown = rng.choice([f"{day.strftime('%B')} {day.day}, {day.year}", f"{day.day} {day.strftime('%B %Y')}"])
    return (
        _head(page, "")
        + f'<body>{_nav(page.publisher)}<div id="main"><h1>{escape(page.headline)}</h1>'
        + f'<div class="meta"><span class="byline">{_byline(page, rng)}</span> '
        + f'<span class="date">{shown}</span></div>'
        + f'<div class="text">{_ps(page.paragraphs)}</div></div>{_footer(page.publisher)}</body></html>'
    )


def _live_page(page: Page, rng: random.Random) -> str:
    """A live page: entries newest first, each with its time; the story's paragraphs are the entries."""
    entries = []
    times = [page.published + timedelta(minutes=25 * i) for i in range(len(page.paragraphs))]
    for when, text in reversed(list(zip(times, page.paragraphs, strict=True))):
        entries.append(
            f'<div class="live-entry"><time datetime="{_iso(when)}">{when.strftime("%H:%M")}</time>'
            f"<p>{escape(text)}</p></div>"
        )
    updates = [{"@type": "BlogPosting", "headline": page.headline, "datePublished": _iso(t)} for t in times]
    meta = _jsonld(page, "LiveBlogPosting", coverageStartTime=_iso(times[0]), liveBlogUpdate=updates)
    return (
        _head(page, meta)
        + f"<body>{_nav(page.publisher)}<main><h1>{escape(page.headline)}</h1>"
        + f'<p class="byline">{_byline(page, rng)}</p>'
        + '<div class="live-badge">Live</div>'
        + f'<div class="live-feed">{"".join(entries)}</div></main>{_footer(page.publisher)}</body></html>'
    )


def _amp_page(page: Page, rng: random.Random) -> str:
    return (
        '<!doctype html><html amp lang="en"><head><meta charset="utf-8">'
        '<script async src="https://cdn.ampproject.org/v0.js"></script>'
        f"<title>{escape(page.headline)}</title>"
        f'<link rel="canonical" href="{escape(page.url)}">'
        '<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">'
        "<style amp-boilerplate>body{visibility:hidden}</style>"
        f"{_jsonld(page)}</head><body>"
        '<amp-sidebar id="menu" layout="nodisplay"><ul><li><a href="/">Home</a></li>'
        '<li><a href="/space">Space</a></li></ul></amp-sidebar>'
        f"<article><h1>{escape(page.headline)}</h1>"
        '<amp-img src="/launch.jpg" width="1200" height="800" layout="responsive" alt="The launch"></amp-img>'
        f"{_ps(page.paragraphs)}</article>"
        '<amp-social-share type="twitter"></amp-social-share>'
        f"{_footer(page.publisher)}</body></html>"
    )


def _cluttered_page(page: Page, rng: random.Random) -> str:
    """Microdata for the metadata; around the story: share buttons, a newsletter box, related stories, comments."""
    other = _story(rng)
    related = (
        '<aside class="related"><h2>Related stories</h2><ul>'
        f'<li><a href="/r1">{escape(other.flight)} crew named for a flight to {escape(other.destination)}</a></li>'
        f'<li><a href="/r2">{escape(other.crew[0])} to command {escape(other.flight)}</a></li>'
        "</ul></aside>"
    )
    comments = (
        '<section id="comments"><h2>Comments (2)</h2>'
        f'<div class="comment"><p class="who">{escape(_person(rng))}</p><p>Great launch, '
        f"but I remember when {escape(other.crew[-1])} flew on {escape(other.flight)} "
        f"in {other.launched.year}!</p></div>"
        '<div class="comment"><p class="who">spacefan99</p><p>Watched it live from the beach.</p></div></section>'
    )
    return (
        _head(page, "")
        + f'<body>{_nav(page.publisher)}<div class="share"><a href="#">Share</a> <a href="#">Tweet</a></div>'
        + '<div itemscope itemtype="https://schema.org/NewsArticle">'
        + f'<h1 itemprop="headline">{escape(page.headline)}</h1>'
        + f'<p>By <span itemprop="author">{escape(page.author)}</span> | '
        + f'<time itemprop="datePublished" datetime="{_iso(page.published)}">'
        + f"{page.published.strftime('%d %b %Y')}</time></p>"
        + f'<div itemprop="articleBody">{_ps(page.paragraphs)}</div></div>'
        + '<div class="newsletter"><p>Get the launch schedule in your inbox every week.</p>'
        + '<form><input type="email"><button>Sign up</button></form></div>'
        + f"{related}{comments}{_footer(page.publisher)}</body></html>"
    )


def write_pages(count: int, out: Path, seed: int = 11) -> list[Page]:
    """Write `count` pages as NAME.html under `out`, with a pages.jsonl of what each stands for."""
    out.mkdir(parents=True, exist_ok=True)
    pages = list(generate_pages(count, seed))
    with (out / "pages.jsonl").open("w", encoding="utf-8") as key:
        for page in pages:
            (out / f"{page.name}.html").write_text(page.html, encoding="utf-8")
            fields = {k: v for k, v in page.__dict__.items() if k != "html"}
            key.write(json.dumps(fields, default=str) + "\n")
    return pages


def main() -> None:
    """Command line: write the pages."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=36)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    print(f"{len(write_pages(args.pages, args.out, args.seed))} pages in {args.out}")


if __name__ == "__main__":
    main()

"""A synthetic news corpus from article templates of our own: HTML pages in WARC.gz files and JSON Lines.

Every article is drawn from a seeded generator (names, flights, rockets, sites, dates, outlets vary),
written as it is made, so a corpus of any size takes constant memory. The same `--articles` and
`--seed` give the same articles.

    .venv/bin/python -m bench.news_corpus --articles 100000 --out bench/out/corpus-100000
"""

from __future__ import annotations

import argparse
import io
import json
import random
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

FIRST = [
    "Anna", "Boris", "Chiara", "Daniel", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kavya", "Luca",
    "Maya", "Nikolai", "Olga", "Pavel", "Rosa", "Samir", "Tara", "Umar", "Vera", "Wei", "Yusuf", "Zofia",
]  # fmt: skip
LAST = [
    "Abbott", "Bianchi", "Castro", "Dubois", "Eriksen", "Fischer", "Garcia", "Haddad", "Ivanova", "Jensen",
    "Kowalski", "Larsen", "Moreau", "Nakamura", "Okafor", "Petrov", "Quinn", "Rossi", "Sato", "Tanaka",
    "Ueda", "Varga", "Weber", "Young",
]  # fmt: skip
PROGRAMMES = [
    ("Soyuz MS", "Soyuz-2.1a", "Baikonur Cosmodrome", "Roscosmos", "the International Space Station"),
    ("Crew Dragon Endeavour C", "Falcon 9", "Kennedy Space Center", "SpaceX", "the International Space Station"),
    ("Shenzhou", "Long March 2F", "Jiuquan Satellite Launch Center", "the China Manned Space Agency",
     "the Tiangong space station"),
    ("Gaganyaan G", "LVM3", "Satish Dhawan Space Centre", "ISRO", "low Earth orbit"),
    ("Starliner CFT", "Atlas V", "Cape Canaveral Space Force Station", "Boeing", "the International Space Station"),
]  # fmt: skip
ROLES = ["commander", "pilot", "flight engineer", "mission specialist"]
OUTLETS = ["Orbital Times", "Launch Daily", "Space Ledger", "Rocket Review", "The Payload Post"]
PAGE_KINDS = ("jsonld", "opengraph", "byline")


@dataclass(frozen=True)
class NewsArticle:
    """One generated article: its text and the metadata a news site would publish with it."""

    url: str
    headline: str
    published: date
    author: str
    publisher: str
    paragraphs: tuple[str, ...]
    kind: str

    def text(self) -> str:
        """The article's clean text, paragraphs separated by blank lines."""
        return "\n\n".join(self.paragraphs)


def generate_articles(count: int, seed: int) -> Iterator[NewsArticle]:
    """Yield `count` varied articles, one at a time."""
    rng = random.Random(seed)
    for number in range(count):
        yield _article(rng, number)


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _article(rng: random.Random, number: int) -> NewsArticle:
    prefix, rocket, site, agency, destination = rng.choice(PROGRAMMES)
    flight = f"{prefix}-{rng.randint(1, 60)}" if not prefix.endswith(("C", "G")) else f"{prefix}{rng.randint(1, 40)}"
    if prefix == "Starliner CFT":
        flight = f"Starliner-{rng.randint(1, 30)}"
    launched = date(2000, 1, 1) + timedelta(days=rng.randint(0, 9000))
    published = launched + timedelta(days=rng.randint(0, 2))
    crew = [_person(rng) for _ in range(rng.randint(2, 4))]
    roles = ", ".join(f"{role} {name}" for role, name in zip(ROLES, crew, strict=False))
    days = rng.randint(6, 200)
    month_day = f"{launched.strftime('%B')} {launched.day}, {launched.year}"
    paragraphs = (
        f"The {flight} spacecraft lifted off on {month_day} atop a {rocket} rocket from {site}, "
        f"carrying {roles} to {destination}.",
        f"The launch was operated by {agency}. The crew will spend about {days} days in orbit before "
        f"returning to Earth, the agency said in a statement.",
        f"{crew[0]} has flown in space before, while {crew[-1]} is making a first spaceflight. "
        f"Engineers at {site} reported that the rocket performed as expected.",
    )
    slug = flight.lower().replace(" ", "-")
    return NewsArticle(
        url=f"https://news{number % 7}.example.org/{published.isoformat()}/{slug}-launch-{number}",
        headline=f"{flight} crew launches to {destination.removeprefix('the ')}",
        published=published,
        author=_person(rng),
        publisher=rng.choice(OUTLETS),
        paragraphs=paragraphs,
        kind=PAGE_KINDS[number % len(PAGE_KINDS)],
    )


def render_html(article: NewsArticle) -> str:
    """The article as a news site's page: menus, the body, comments; metadata as its `kind` says."""
    head = [f"<title>{escape(article.headline)} | {escape(article.publisher)}</title>"]
    byline = ""
    if article.kind == "jsonld":
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": article.headline,
            "datePublished": f"{article.published.isoformat()}T09:30:00+00:00",
            "author": {"@type": "Person", "name": article.author},
            "publisher": {"@type": "Organization", "name": article.publisher},
            "mainEntityOfPage": article.url,
        }
        head.append(f'<script type="application/ld+json">{json.dumps(data)}</script>')
    elif article.kind == "opengraph":
        head += [
            f'<meta property="og:title" content="{escape(article.headline)}">',
            f'<meta property="og:url" content="{escape(article.url)}">',
            f'<meta property="og:site_name" content="{escape(article.publisher)}">',
            f'<meta property="article:published_time" content="{article.published.isoformat()}T09:30:00Z">',
            f'<meta name="author" content="{escape(article.author)}">',
        ]
    else:
        byline = (
            f'<p class="byline">By {escape(article.author)}</p>'
            f'<time datetime="{article.published.isoformat()}">{article.published.strftime("%B %d, %Y")}</time>'
        )
    body = "".join(f"<p>{escape(p)}</p>" for p in article.paragraphs)
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">{"".join(head)}'
        f'<link rel="canonical" href="{escape(article.url)}"></head><body>'
        '<nav><a href="/">Home</a> <a href="/launches">Launches</a> <a href="/about">About us</a></nav>'
        f"<article><h1>{escape(article.headline)}</h1>{byline}{body}</article>"
        '<aside class="comments"><p>Log in to comment.</p></aside><footer>(c) the publisher</footer>'
        "</body></html>"
    )


def json_line(article: NewsArticle) -> str:
    """The article as one JSON Lines record (clean text and metadata)."""
    return json.dumps(
        {
            "url": article.url,
            "title": article.headline,
            "published": article.published.isoformat(),
            "author": article.author,
            "publisher": article.publisher,
            "text": article.text(),
        }
    )


def write_corpus(count: int, out: Path, seed: int = 7, per_file: int = 1000) -> dict[str, object]:
    """Write `count` articles under `out`: jsonl/part-NNNNN.jsonl and warc/part-NNNNN.warc.gz, `per_file` each."""
    (out / "jsonl").mkdir(parents=True, exist_ok=True)
    (out / "warc").mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    files = 0
    jsonl: io.TextIOWrapper | None = None
    warc_stream: io.BufferedWriter | None = None
    writer: WARCWriter | None = None
    for number, article in enumerate(generate_articles(count, seed)):
        if number % per_file == 0:
            if jsonl is not None and warc_stream is not None:
                jsonl.close()
                warc_stream.close()
            jsonl = open(out / "jsonl" / f"part-{files:05d}.jsonl", "w", encoding="utf-8")  # noqa: SIM115
            warc_stream = open(out / "warc" / f"part-{files:05d}.warc.gz", "wb")  # noqa: SIM115
            writer = WARCWriter(warc_stream, gzip=True)
            files += 1
        assert jsonl is not None and writer is not None
        jsonl.write(json_line(article) + "\n")
        _write_response(writer, article)
    if jsonl is not None and warc_stream is not None:
        jsonl.close()
        warc_stream.close()
    summary: dict[str, object] = {
        "articles": count,
        "files": files,
        "seed": seed,
        "seconds": round(time.perf_counter() - started, 2),
    }
    (out / "corpus.json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    return summary


def _write_response(writer: WARCWriter, article: NewsArticle) -> None:
    payload = render_html(article).encode("utf-8")
    headers = StatusAndHeaders(
        "200 OK",
        [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(payload)))],
        protocol="HTTP/1.1",
    )
    record = writer.create_warc_record(
        article.url,
        "response",
        payload=io.BytesIO(payload),
        length=len(payload),  # given, so that warcio does not buffer the record in a temporary file
        http_headers=headers,
        warc_headers_dict={"WARC-Date": f"{article.published.isoformat()}T10:00:00Z"},
    )
    writer.write_record(record)


def main() -> None:
    """Command line: write a corpus."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--per-file", type=int, default=1000)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    print(json.dumps(write_corpus(args.articles, args.out, args.seed, args.per_file)))


if __name__ == "__main__":
    main()

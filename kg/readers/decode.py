"""Turn a raw record into a news item: parse HTML, read dates, mint the article id, check language and topic."""

from __future__ import annotations

import hashlib
import re
from datetime import date
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from kg.errors import ArticleError
from kg.extract.article import parse_article, read_article
from kg.readers.dates import parse_published
from kg.readers.html import fragment_text, read_html
from kg.readers.model import NewsItem, Record, Skipped
from kg.readers.topic import language_problem, topic_problem
from kg.terms import content_hash, slugify

_TRACKING = re.compile(r"^(utm_|fbclid$|gclid$)")


def decode_record(record: Record, published: date | None = None) -> NewsItem | Skipped:
    """Decode `record` into a NewsItem (ArticleError if it cannot be), or Skipped for pages not for us."""
    if record.kind == "txt":
        return _decode_txt(record, published)
    if record.kind == "html":
        fields = read_html(record)
    else:
        body = record.body.decode("utf-8", errors="replace") if isinstance(record.body, bytes) else record.body
        fields = {
            "text": fragment_text(body) if record.kind == "fragment" else body.strip(),
            "headline": record.headline,
            "authors": record.authors,
            "publisher": record.publisher,
            "published": record.published or record.fallback_published,
            "url": record.url,
            "language": record.language,
        }
    text = str(fields["text"] or "")
    headline = str(fields["headline"] or "").strip() or None
    if headline and not text.startswith(headline):
        text = f"{headline}\n\n{text}"
    if not text.strip():
        raise ArticleError("no article text")
    problem = language_problem(text, fields["language"]) or topic_problem(text)  # type: ignore[arg-type]
    if problem:
        return Skipped(record.where, problem)
    when = parse_published(fields["published"]) or published  # type: ignore[arg-type]
    if when is None:
        raise ArticleError("no publication date in the page or its metadata; pass --published")
    url = normalize_url(fields["url"])  # type: ignore[arg-type]
    name = url_article_id(url) if url else slugify(record.name or "article")
    authors = tuple(a for a in fields["authors"] or () if a)  # type: ignore[attr-defined]
    return NewsItem(
        where=record.where,
        article_id=name,
        text=text,
        headline=headline,
        authors=authors,
        publisher=str(fields["publisher"] or "").strip() or None,
        published=when,
        url=url,
        language=str(fields["language"] or "").strip() or None,
        digest=text_digest(text),
    )


def _decode_txt(record: Record, published: date | None) -> NewsItem:
    if record.path is not None:
        article = read_article(record.path, published)
    else:
        body = record.body if isinstance(record.body, str) else record.body.decode("utf-8", errors="strict")
        article = parse_article(body, slugify(record.name or "stdin"), published)
    return NewsItem(
        where=record.where,
        article_id=article.article_id,
        text=article.text,
        authors=(article.author,) if article.author else (),
        published=article.published,
        url=normalize_url(record.url),
        digest=text_digest(article.text),
    )


def normalize_url(url: str | None) -> str | None:
    """The URL that names an article: http(s) only, host lower-cased, no fragment, no tracking parameters."""
    if not url or not url.strip().lower().startswith(("http://", "https://")):
        return None
    parts = urlsplit(url.strip())
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)])
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", query, ""))


def url_article_id(url: str) -> str:
    """The article id of a URL: readable from its host and path, made unique by a hash of the whole URL."""
    parts = urlsplit(url)
    readable = slugify(parts.netloc + parts.path)[:60].strip("-")
    return f"{readable}-{content_hash(url)[:8]}"


def text_digest(text: str) -> str:
    """A digest of the text, blind to whitespace, so the same story under two URLs is known as one."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()

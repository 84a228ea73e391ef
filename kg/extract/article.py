"""Reading an article file: text, id, publication date and author from the first line."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from pathlib import Path

from kg.errors import ArticleError, NotFoundError, TooLargeError
from kg.extract.model import Article
from kg.extract.resources import get_resources, lexicon_re

# No news article comes near this; larger inputs are other documents and would take minutes to scan.
MAX_ARTICLE_BYTES = 256 * 1024

_ISO_DATE = re.compile(r"\bdate\s+(\d{4})-(\d{2})-(\d{2})\b", re.IGNORECASE)
_US_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
_AUTHOR = re.compile(r"\bBy\s+(.+?)\s*(?:\d{1,2}/\d{1,2}/\d{4}|$)")
_BYLINE_PARTS = re.compile(r",|\band\b|&|\|")
_ACRONYM = re.compile(r"[A-Z]{2,}")
_DOMAIN = re.compile(r"\w\.(?:com|org|net|news|tv|co|info|io)\b", re.IGNORECASE)


def slugify(text: str) -> str:
    """Return a lower-case ASCII slug of `text` (letters, digits and single hyphens)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def _read_header_date(header: str) -> date | None:
    """Return the publication date written on the header line, if any."""
    for pattern, order in ((_ISO_DATE, (0, 1, 2)), (_US_DATE, (2, 0, 1))):
        match = pattern.search(header)
        if match:
            parts = [int(match.group(i + 1)) for i in order]
            try:
                return date(parts[0], parts[1], parts[2])
            except ValueError as exc:
                raise ArticleError(f"the header line has an impossible date {match.group(0)!r}") from exc
    return None


def _read_header_byline(header: str) -> str | None:
    """Return the byline written after 'By' on the header line, if any."""
    match = _AUTHOR.search(header)
    if not match:
        return None
    byline = match.group(1).strip(" ,;–-")
    return byline or None


def is_outlet(name: str, alone: bool = False) -> bool:
    """Tell whether a byline part names an outlet or company rather than a person (one word, a domain, a cue).

    A byline of one part (`alone`) must also read as a person's name, since sites and channels sign alone.
    """
    resources = get_resources()
    if name in resources.by_surface and resources.by_surface[name].kind == "organization":
        return True
    if len(name.split()) == 1 or _DOMAIN.search(name):
        return True
    # 'Lawrence Journal-World': an outlet word may stand in a hyphenated name.
    if lexicon_re("byline_outlet_words").search(name.replace("-", " ")):
        return True
    words = name.split()
    if words[0].lower() == "the" or any(_ACRONYM.fullmatch(word) for word in words):
        return True
    return alone and not _looks_like_person(words)


def _looks_like_person(words: list[str]) -> bool:
    """Tell whether byline words read as a person: a known given name or family-first surname, or a staff role."""
    names = get_resources().names
    if words[0] in names["given_names"] or words[0] in names["family_first"]:
        return True
    # A byline names an unknown writer by role ('Science Writer'); a site or channel has no given name.
    return words[-1].lower() in get_resources().lexicon["occupations"]


def split_byline(byline: str) -> tuple[tuple[str, ...], str | None]:
    """Split a byline into its authors (people) and its outlet: 'A and B, Florida Today' -> ((A, B), Florida Today)."""
    authors: list[str] = []
    outlet = None
    parts = [part.strip(" ,;–-") for part in _BYLINE_PARTS.split(byline)]
    parts = [part for part in parts if part]
    # 'Naval History and Heritage Command': parts joined by 'and' none of which reads as a person are one body.
    if len(parts) > 1 and not any(_looks_like_person(part.split()) for part in parts):
        return (), byline
    parts = [name for part in parts for name in _unseparated_writers(part)]
    for part in parts:
        if is_outlet(part, alone=len(parts) == 1):
            outlet = outlet or part
        else:
            authors.append(part)
    return tuple(authors), outlet


def _unseparated_writers(part: str) -> list[str]:
    """Split two writers named without a separator ('Ann Reyes Tom Bell'), each opened by a known given name."""
    words = part.split()
    given = get_resources().names["given_names"]
    if len(words) == 4 and words[0] in given and words[2] in given:
        return [" ".join(words[:2]), " ".join(words[2:])]
    return [part]


def _signed_in_text(text: str, name: str) -> bool:
    """Tell whether a byline taken for an outlet only for want of a known given name signs the story on a line of
    its own ('BY IRENE BROWN' under the headline, after a bullet or a dash too: '•, By A'): then it is the writer."""
    line = rf"(?im)^[ \t]*(?:[•·▪*–—-][ \t]*,?[ \t]*)?by[ \t]+{re.escape(name)}[ \t]*$"
    return not is_outlet(name) and bool(re.search(line, text))


def parse_article(text: str, article_id: str, published: date | None = None) -> Article:
    """Build an Article from its whole text; `published` overrides the header's date."""
    if len(text) > MAX_ARTICLE_BYTES or len(text.encode("utf-8")) > MAX_ARTICLE_BYTES:
        raise TooLargeError(
            f"article {article_id!r} is larger than the limit of {MAX_ARTICLE_BYTES:,} bytes (256 KB): "
            "a news article is far smaller, so split the text into one article per file"
        )
    if not text.strip():
        raise ArticleError(f"article {article_id!r} is empty")
    header = text.lstrip("\ufeff").split("\n", 1)[0]
    header_date = _read_header_date(header) if re.search(r"\bdate\b|\d/\d", header, re.I) else None
    when = published or header_date
    if when is None:
        raise ArticleError(
            f"article {article_id!r} has no publication date: its first line should read like "
            "'date 2021-10-06 By Author', or pass a publication date"
        )
    byline = _read_header_byline(header) if header_date else None
    authors, outlet = split_byline(byline) if byline else ((), None)
    if outlet and not authors and _signed_in_text(text, outlet):
        authors, outlet = (outlet,), None
    return Article(
        article_id=article_id,
        text=text,
        published=when,
        author=authors[0] if authors else None,
        authors=authors,
        publisher=outlet,
    )


def read_article(path: Path, published: date | None = None) -> Article:
    """Read an article file (UTF-8) and return it as an Article."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise NotFoundError(f"article file not found: {path}") from exc
    except OSError as exc:
        raise ArticleError(f"cannot read article {path}: {exc.strerror}") from exc
    if path.is_dir():
        raise ArticleError(f"{path} is a directory, not an article file")
    if size > MAX_ARTICLE_BYTES:
        raise TooLargeError(
            f"article {path} is {size:,} bytes; the limit is {MAX_ARTICLE_BYTES:,} bytes (256 KB): "
            "a news article is far smaller, so split the file into one article per file"
        )
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ArticleError(f"cannot read article {path}: {exc.strerror}") from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise ArticleError(
            f"article {path} is not UTF-8: invalid byte 0x{raw[exc.start]:02x} at byte {exc.start} (line {line})"
        ) from exc
    if "\x00" in text:
        raise ArticleError(f"article {path} looks binary (it contains NUL characters)")
    return parse_article(text, slugify(path.stem) or "article", published)

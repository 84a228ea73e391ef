"""HTML pages: the main text without menus, boilerplate or comments (trafilatura), and the page's metadata."""

from __future__ import annotations

import re

import htmldate
import trafilatura
from lxml import html as lxml_html

from kg.errors import ArticleError
from kg.readers.model import Record
from kg.readers.pagemeta import stated_published, stated_publisher, title_outlet

_SPACE = re.compile(r"[ \t]+")


def read_html(record: Record) -> dict[str, object]:
    """Return the text and metadata of the HTML page in `record` (the record's own hints win)."""
    page = _as_text(record.body)
    if not page.strip():
        raise ArticleError("the page is empty")
    try:
        document = trafilatura.bare_extraction(
            page, url=record.url, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
        )
    except (ValueError, TypeError) as exc:  # a page lxml cannot parse at all
        raise ArticleError(f"the page cannot be parsed as HTML: {exc}") from exc
    meta: dict[str, object] = {}
    if document is not None:
        meta = document if isinstance(document, dict) else document.as_dict()
    body = str(meta.get("text") or "")
    if not body.strip():
        raise ArticleError("no article text found in the page")
    root = _parse(page)
    headline = record.headline or _clean(_opt(meta.get("title")))
    paragraphs = [_clean(line) for line in body.split("\n")]
    paragraphs = [p for p in paragraphs if p]
    if headline and paragraphs and paragraphs[0] == headline:
        paragraphs = paragraphs[1:]
    return {
        "text": "\n\n".join(paragraphs),
        "headline": headline,
        "authors": record.authors or _not_the_outlet(split_authors(_opt(meta.get("author"))), _outlets(meta, root)),
        "publisher": record.publisher or _publisher(root, _clean(_opt(meta.get("sitename")))),
        "published": record.published
        or (stated_published(root) if root is not None else None)
        or _page_date(page)
        or record.fallback_published,
        "url": _canonical(_opt(meta.get("url"))) or record.url,
        "language": record.language or _page_language(root) or _opt(meta.get("language")),
    }


def split_authors(text: str | None) -> tuple[str, ...]:
    """Split a byline ('Jane Roe; John Doe', 'Jane Roe and John Doe') into names, leaving out job titles."""
    if not text:
        return ()
    text = re.sub(r"^\s*by\s+", "", text, flags=re.IGNORECASE)
    names = re.split(r"\s*(?:;|,|\band\b|&|\|)\s*", text)
    names = [_name_case(n.strip()) for n in names if n.strip() and not _is_job_title(n)]
    return tuple(dict.fromkeys(names))


# Words that end a job title in a byline ('Jane Roe, Science Correspondent'), not a name.
_JOB_WORDS = frozenset(
    [
        "correspondent",
        "editor",
        "reporter",
        "writer",
        "contributor",
        "columnist",
        "journalist",
        "staff",
        "producer",
        "analyst",
        "desk",
        "photographer",
        "team",
        "newsroom",
    ]
)


def _is_job_title(part: str) -> bool:
    words = part.lower().split()
    return bool(words) and words[-1] in _JOB_WORDS


def _name_case(name: str) -> str:
    """A name a byline shouts ('JANE ROE') as it is written elsewhere ('Jane Roe'); other names as they are."""
    return name.title() if name.isupper() and len(name) > 3 else name


def _outlets(meta: dict[str, object], root: lxml_html.HtmlElement | None) -> set[str]:
    """The names the page gives its outlet: its site name, and what follows the headline in its <title>."""
    names = {str(meta.get("sitename") or ""), (title_outlet(root) if root is not None else None) or ""}
    return {n.strip().casefold() for n in names if n.strip()}


def _publisher(root: lxml_html.HtmlElement | None, site_name: str) -> str | None:
    return (stated_publisher(root, site_name or None) if root is not None else None) or site_name or None


def _not_the_outlet(authors: tuple[str, ...], outlets: set[str]) -> tuple[str, ...]:
    """The byline's names without the outlet's own ('Jane Roe | Orbital Times')."""
    return tuple(a for a in authors if a.casefold() not in outlets)


def _page_date(page: str) -> str | None:
    """The page's publication date (and time with its zone when the page gives one)."""
    found = htmldate.find_date(page, outputformat="%Y-%m-%dT%H:%M:%S%z", original_date=True, extensive_search=False)
    if not found:
        return None
    # htmldate writes a midnight with no zone for a bare day: keep it a day.
    return found[:10] if found.endswith("T00:00:00") else found


def _parse(page: str) -> lxml_html.HtmlElement | None:
    try:
        return lxml_html.document_fromstring(page.encode("utf-8"))
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        return None


def _page_language(root: lxml_html.HtmlElement | None) -> str | None:
    if root is None:
        return None
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    return lang.strip().lower() if lang and lang.strip() else None


def _opt(value: object) -> str | None:
    return str(value) if value else None


def _canonical(url: str | None) -> str | None:
    return url if url and url.startswith(("http://", "https://")) else None


def _clean(text: str | None) -> str:
    return _SPACE.sub(" ", text or "").strip()


def _as_text(body: str | bytes) -> str:
    if isinstance(body, str):
        return body
    match = re.search(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_-]+)", body[:4096], re.IGNORECASE)
    encoding = match.group(1).decode("ascii") if match else "utf-8"
    try:
        return body.decode(encoding, errors="replace")
    except LookupError:
        return body.decode("utf-8", errors="replace")


_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "blockquote", "br", "tr", "section", "article")


def fragment_text(fragment: str) -> str:
    """The text of an HTML fragment (a feed entry's content), one paragraph per block element."""
    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (ValueError, TypeError, lxml_html.etree.ParserError) as exc:
        raise ArticleError(f"the entry's HTML cannot be parsed: {exc}") from exc
    for bad in root.xpath("//script|//style|//nav|//aside|//footer|//form"):
        bad.drop_tree()
    for block in root.iter(*_BLOCKS):
        block.tail = "\n\n" + (block.tail or "")
    lines = [_clean(line) for line in root.text_content().split("\n")]
    return "\n\n".join(line for line in lines if line)

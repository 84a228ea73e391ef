"""Reading news pages: headline, date and author found, and the same facts as from the article's clean text.

Every page of bench.news_pages goes through kg's own readers (`decode_record`, as `kg ingest` reads a
page); the figures are the share of pages whose headline, publication day and author came out right,
and the share whose extracted facts (subject, predicate, object, role; spans aside, since the texts'
offsets differ) equal those kg extracts from the clean text of the same article with the same metadata.

    .venv/bin/python -m bench.reading_bench --pages 36
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from bench.news_pages import PAGE_KINDS, Page, generate_pages
from kg.corpus import article_of
from kg.errors import KGError
from kg.extract.model import Extraction
from kg.extract.pipeline import extract
from kg.readers import NewsItem, Record, decode_record
from kg.readers.dates import day_of

FactKey = tuple[str, str, object, str | None]


@dataclass(frozen=True)
class PageResult:
    """What the readers found on one page, against what it stands for."""

    page: Page
    problem: str | None = None
    headline: bool = False
    date: bool = False
    time: bool = False
    author: bool = False
    publisher: bool = False
    facts_same: bool = False
    only_page: frozenset[FactKey] = frozenset()
    only_text: frozenset[FactKey] = frozenset()


def fact_keys(extraction: Extraction) -> frozenset[FactKey]:
    """The facts of an extraction without their evidence: what they say, not where."""
    keys = set()
    for fact in extraction.facts:
        obj = fact.obj if isinstance(fact.obj, str) else (fact.obj.lexical, fact.obj.type, fact.obj.unit)
        keys.add((fact.subject, fact.predicate, obj, fact.role))
    return frozenset(keys)


def read_page(page: Page) -> PageResult:
    """Read one page as `kg ingest` does, and compare it with the page's own metadata and clean text."""
    record = Record(page.name, "html", page.html.encode("utf-8"), name=page.name)
    try:
        item = decode_record(record)
    except KGError as exc:
        return PageResult(page, problem=str(exc))
    if not isinstance(item, NewsItem):
        return PageResult(page, problem=f"skipped: {item.why}")
    from_page = article_of(item)
    from_text = dataclasses.replace(from_page, text=page.clean_text())
    page_facts, text_facts = fact_keys(extract(from_page)), fact_keys(extract(from_text))
    return PageResult(
        page,
        headline=item.headline == page.headline,
        date=item.published is not None and day_of(item.published) == page.published.date(),
        time=not page.states_time() or _same_moment(item.published, page.published),
        author=item.authors == (page.author,),
        publisher=item.publisher == page.publisher,
        facts_same=page_facts == text_facts,
        only_page=page_facts - text_facts,
        only_text=text_facts - page_facts,
    )


def _same_moment(found: object, stated: datetime) -> bool:
    """Whether `found` is the stated date-time: the same instant, written in the same zone."""
    return isinstance(found, datetime) and found == stated and found.utcoffset() == stated.utcoffset()


def _checks(r: PageResult) -> tuple[tuple[str, bool], ...]:
    return (
        ("headline", r.headline), ("date", r.date), ("time", r.time), ("author", r.author),
        ("publisher", r.publisher), ("facts", r.facts_same),
    )  # fmt: skip


def describe(results: Iterable[PageResult]) -> str:
    """The figures, per page kind and overall, then every miss."""
    results = list(results)
    lines = [
        "| kind | pages | headline | date | time and zone | author | all three | publisher | same facts |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for kind in (*PAGE_KINDS, "all"):
        rows = [r for r in results if kind in ("all", r.page.kind)]
        if not rows:
            continue
        count: Counter[str] = Counter()
        for r in rows:
            count.update(name for name, ok in _checks(r) if ok)
            count["all"] += r.headline and r.date and r.author
        share = {k: f"{100 * v / len(rows):.0f} %" for k, v in count.items()}
        cells = [share.get(k, "0 %") for k in ("headline", "date", "time", "author", "all", "publisher", "facts")]
        lines.append(f"| {kind} | {len(rows)} | {' | '.join(cells)} |")
    misses = [r for r in results if not all(ok for _, ok in _checks(r))]
    if misses:
        lines += ["", "Misses:"]
    for r in misses:
        what = r.problem or ", ".join(name for name, ok in _checks(r) if not ok)
        lines.append(f"- {r.page.name}: {what}")
        lines += [f"    only from the page: {key}" for key in sorted(map(str, r.only_page))]
        lines += [f"    only from the text: {key}" for key in sorted(map(str, r.only_text))]
    return "\n".join(lines)


def main() -> int:
    """Command line: read the pages and print the figures; exit 1 below 95 % found or with any fact differing."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=36)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    results = [read_page(page) for page in generate_pages(args.pages, args.seed)]
    print(describe(results))
    found = sum(r.headline and r.date and r.author for r in results) / len(results)
    same = sum(r.facts_same for r in results) / len(results)
    print(f"\n{len(results)} pages: headline, date and author found for {100 * found:.1f} %; "
          f"same facts as the clean text for {100 * same:.1f} %.")  # fmt: skip
    return 0 if found >= 0.95 and same == 1 else 1


if __name__ == "__main__":
    sys.exit(main())

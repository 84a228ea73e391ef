"""Helpers for the extraction tests: run the pipeline on text and read its facts by labels."""

from __future__ import annotations

from datetime import date

from kg.extract.article import parse_article
from kg.extract.model import Extraction, Fact, Value
from kg.extract.pipeline import extract


def run(body: str, published: date = date(2021, 10, 6)) -> Extraction:
    """Extract an article made of a header line and `body`."""
    header = f" date {published.isoformat()} By Test Writer {published:%m/%d/%Y} – 10:00 AM\n\n\n"
    return extract(parse_article(header + body, "test-article"))


def label(extraction: Extraction, key: str) -> str:
    """Return the label of an entity key."""
    return extraction.entities[key].label


def obj_text(extraction: Extraction, fact: Fact) -> str:
    """Return a fact's object as text: an entity's label or a value's lexical form."""
    return fact.obj.lexical if isinstance(fact.obj, Value) else label(extraction, fact.obj)


def facts(extraction: Extraction, predicate: str, subject: str | None = None) -> set[tuple[str, str]]:
    """Return (subject label, object text) of the facts with this predicate (and subject label)."""
    found = set()
    for fact in extraction.facts:
        if fact.predicate == predicate and (subject is None or label(extraction, fact.subject) == subject):
            found.add((label(extraction, fact.subject), obj_text(extraction, fact)))
    return found


def objects(extraction: Extraction, predicate: str, subject: str) -> set[str]:
    """Return the objects (as text) of `subject`'s facts with this predicate."""
    return {o for s, o in facts(extraction, predicate, subject)}


def crew(extraction: Extraction, mission: str) -> dict[str, set[str | None]]:
    """Return the crew of a flight with the roles stated for each."""
    found: dict[str, set[str | None]] = {}
    for fact in extraction.facts:
        if fact.predicate == "crew_member" and label(extraction, fact.subject) == mission:
            found.setdefault(obj_text(extraction, fact), set()).add(fact.role)
    return found


def missions(extraction: Extraction) -> set[str]:
    """Return the labels of the flights found."""
    return {e.label for e in extraction.entities.values() if e.kind == "mission"}

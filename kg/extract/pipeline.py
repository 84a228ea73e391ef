"""The extraction pipeline: article text -> sentences -> mentions -> entities -> facts with evidence.

The rules, and the phases they run in, are listed in kg/extract/rules.py.
"""

from __future__ import annotations

from kg.extract.document import Document
from kg.extract.model import Article, Extraction
from kg.extract.registry import run_rules
from kg.extract.rules import RULES


def extract(article: Article) -> Extraction:
    """Return everything found in an article: entities with mentions, facts with evidence, sentences."""
    doc = Document(article)
    run_rules(doc, RULES)
    return Extraction(
        article=article, entities=doc.entities, facts=doc.facts, sentences=[s.span for s in doc.sentences]
    )

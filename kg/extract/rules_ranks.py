"""A military or service rank written before a name ('Col. A', 'Group Captain B'), or a politician's title
('Senator C'), is that person's occupation."""

from __future__ import annotations

import re

from kg.extract.document import Document, Sentence
from kg.extract.model import Value
from kg.extract.resources import get_resources, lexicon_re, pattern_reader

_pattern = pattern_reader("ranks.jsonl")


def apply_rank_rules(doc: Document) -> None:
    """Give every person named right after a rank that rank as an occupation (honorifics are no ranks)."""
    # A politician's title ('Senator A', 'Gov. B') is written and read as a rank is.
    ranks: dict[str, str] = get_resources().lexicon["ranks"] | get_resources().lexicon["political_titles"]
    rank_re = re.compile(
        f"{lexicon_re('ranks', ignore_case=False).pattern}|{lexicon_re('political_titles', False).pattern}"
    )
    for sentence in doc.sentences:
        for mention in sentence.mentions:
            if mention.kind != "person" or not mention.key or mention.source == "coref":
                continue
            start = sentence.rel(mention.begin)
            window = sentence.before(start, 40)
            found = [m for m in rank_re.finditer(window) if _pattern("rank_gap").fullmatch(window[m.end() :])]
            if not found or _pattern("not_a_rank").search(window[: found[-1].start()]):
                continue
            rank = found[-1]
            _add_rank(
                doc,
                sentence,
                mention.key,
                ranks[" ".join(rank.group(0).split())],
                start - len(window) + rank.start(),
                mention.end,
            )


def _add_rank(doc: Document, sentence: Sentence, key: str, value: str, rel_begin: int, end: int) -> None:
    """Record a rank as an occupation, with the rank and the name as its evidence."""
    doc.add_fact(
        subject=key,
        predicate="occupation",
        obj=Value(value),
        evidence=doc.evidence(sentence, sentence.span.begin + rel_begin, end, "occupation.rank"),
    )

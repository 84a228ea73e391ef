"""The trade of a flight's crew told by a plural after they are named ('The pictures showed the cosmonauts smiling
after their two-day flight'): each crew member of that flight with no trade of their own has it."""

from __future__ import annotations

from kg.extract.document import Document
from kg.extract.model import Value
from kg.extract.resources import get_resources, pattern_reader

_pattern = pattern_reader("crew_plural_trade.jsonl")


def add_crew_plural_trades(doc: Document) -> None:
    """Give the main flight's crew without an occupation the trade a plural names them by, in a sentence of it."""
    if doc.main is None:
        return
    crew = {str(f.obj) for f in doc.facts_of(doc.main, "crew_member")}
    named = {index for person in crew for index in doc.state[person].crew_sentences}
    for sentence in doc.sentences:
        if doc.context.get(sentence.index) != doc.main or sentence.prior or sentence.plot:
            continue
        if not named or sentence.index <= min(named) or sentence.of_kind("person"):
            continue
        match = _pattern("crew_plural").search(sentence.text)
        if match is None:
            continue
        trade = get_resources().lexicon["occupations"].get(match.group("noun").lower())
        begin, end = sentence.span.begin + match.start("noun"), sentence.span.begin + match.end("noun")
        for person in sorted(crew):
            if trade and not doc.facts_of(person, "occupation"):
                doc.add_fact(
                    subject=person,
                    predicate="occupation",
                    obj=Value(trade),
                    evidence=doc.evidence(sentence, begin, end, "occupation.crew_plural", 0.6),
                )
        return

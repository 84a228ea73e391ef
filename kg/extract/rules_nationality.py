"""Annotation rule for a person's nationality told by an adjective before their trade ("Russian actress A")."""

from __future__ import annotations

from kg.extract.document import Document, Mention, Sentence
from kg.extract.model import Value
from kg.extract.resources import get_resources


def record_nationality(doc: Document, sentence: Sentence, mention: Mention) -> None:
    """Record 'Russian actress Julia Peresild': a nationality adjective before an occupation and a name."""
    assert mention.key is not None
    key = mention.key
    start = sentence.rel(mention.begin)
    window = sentence.before(start, 50)
    nationalities: dict[str, str] = get_resources().lexicon["nationalities"]
    for match in get_resources().nationality_re.finditer(window):
        between = window[match.end() :]
        words = between.split()
        occupation_words = set(" ".join(get_resources().lexicon["occupations"]).split())
        if all(w.lower() in occupation_words for w in words) and len(words) <= 3:
            begin = sentence.span.begin + start - len(window) + match.start()
            doc.add_fact(
                subject=key,
                predicate="nationality",
                obj=Value(match.group(0)),
                evidence=doc.evidence(sentence, begin, mention.end, "nationality.premodifier"),
            )
            doc.state[key].country = nationalities[match.group(0)]

"""A trade set before a name with a comma ('the agency's production assistant, A', 'said the Kenyan ambassador
to Japan, B', 'The head of the space programme, C,') is that person's occupation: an article or a possessive
leads it, and the name closes the apposition, so a trade a clause ends on ('After thanking her assistant, D
climbed') is no trade of the subject after it."""

from __future__ import annotations

from kg.extract.document import Document, Mention, Sentence
from kg.extract.model import Value
from kg.extract.resources import get_resources, pattern_reader

_pattern = pattern_reader("fronted_titles.jsonl")


def apply_fronted_title_rules(doc: Document) -> None:
    """Give each person named right after a comma-set trade that trade as occupation."""
    for sentence in doc.sentences:
        for mention in sentence.of_kind("person"):
            if mention.key and not mention.possessive and mention.source != "coref":
                _fronted_title(doc, sentence, mention)


def _fronted_title(doc: Document, sentence: Sentence, mention: Mention) -> None:
    """Record 'his production assistant, A' as A's occupation."""
    start = sentence.rel(mention.begin)
    if not _pattern("closed_after_name").match(sentence.text[sentence.rel(mention.end) :]):
        return
    match = _pattern("fronted_title").search(sentence.text[:start])
    if match is None or _follows_person(sentence, match.start()):
        return
    title = match.group("title")
    trade = next((t for t in get_resources().occupation_re.finditer(title) if t.end() == len(title)), None)
    if trade is None or trade.group(0).lower() in get_resources().lexicon["crew_roles"]:
        return
    words = title[: trade.start()].split()
    # 'the rocket carrying a pilot, A': a clause, not a title, comes before the name.
    if any(_pattern("not_a_modifier").fullmatch(w) for w in words):
        return
    former = any(w.lower() in ("former", "retired", "ex-") for w in words)
    occupations: dict[str, str] = get_resources().lexicon["occupations"]
    value = occupations.get(" ".join(trade.group(0).lower().split()), trade.group(0).lower())
    doc.add_fact(
        subject=str(mention.key),
        predicate="occupation",
        obj=Value(value),
        evidence=doc.evidence(
            sentence, sentence.span.begin + match.start("title"), mention.end, "occupation.fronted_title"
        ),
    )
    if former:
        doc.state[str(mention.key)].former.add(value)


def _follows_person(sentence: Sentence, position: int) -> bool:
    """Tell whether a person's name ends right before a comma at `position` ('A, the agency's vice president, B':
    the title is A's apposition, and B is the next item of a list)."""
    return any(
        m.kind == "person"
        and sentence.rel(m.end) <= position
        and _pattern("name_to_comma").fullmatch(sentence.text[sentence.rel(m.end) : position])
        for m in sentence.mentions
    )

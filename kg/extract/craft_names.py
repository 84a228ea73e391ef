"""A flight told by its craft's name ('the Atlantis mission') when the article also numbers it (STS-117):
the name is the craft, and every bare mention of it ('Atlantis roared off') names that craft."""

from __future__ import annotations

import re

from kg.extract.document import Document, Mention, Sentence
from kg.extract.resources import craft_names


def settle_craft_named_flights(doc: Document) -> None:
    """Turn flight mentions named after a craft into craft mentions when the article numbers a flight it flies."""
    numbered = {
        str(m.attrs.get("family"))
        for s in doc.sentences
        for m in s.of_kind("mission")
        if m.attrs.get("family") and re.search(r"\d", m.text)
    }
    families = {c["name"]: c["family"] for c in craft_names() if numbered & set(c["flights"])}
    if not families:
        return
    told = set()
    for sentence in doc.sentences:
        for mention in sentence.of_kind("mission", "spacecraft"):
            if mention.canonical in families:
                told.add(mention.canonical)
                if mention.kind == "mission":
                    _make_craft(mention, families[mention.canonical])
    # Only a craft the article ties to a flight or calls a craft; a bare name may be another flight's craft
    # ('the Columbia crew' in a story of a later flight).
    told_families = {name: family for name, family in families.items() if name in told}
    for sentence in doc.sentences:
        _add_bare_mentions(sentence, told_families)


def _make_craft(mention: Mention, family: str) -> None:
    """Make a flight mention a mention of the craft of that name."""
    mention.kind = "spacecraft"
    mention.source = "craft"
    mention.rule = "craft_name.of_numbered_flight"
    mention.attrs = {"family": family}
    mention.alt_labels = {f"{family} {mention.canonical}"}


def _add_bare_mentions(sentence: Sentence, families: dict[str, str]) -> None:
    """Add a craft mention for every bare use of the craft's name ('Atlantis has reached orbit')."""
    added = False
    for name, family in families.items():
        # A capitalised word after the name makes it part of another name ('Columbia University').
        for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])(?!\s+[A-Z])", sentence.text):
            begin, end = sentence.span.begin + match.start(), sentence.span.begin + match.end()
            if any(m.begin < end and begin < m.end for m in sentence.mentions):
                continue
            mention = Mention(begin, end, "spacecraft", name, name, "craft", "craft_name.of_numbered_flight")
            _make_craft(mention, family)
            sentence.mentions.append(mention)
            added = True
    if added:
        sentence.mentions.sort(key=lambda m: m.begin)

"""Craft families: a flight of one family of craft (a Soyuz flight) flies no craft of another (a shuttle named in a
side clause), and a generic craft gives way only to a named one of its own family."""

from __future__ import annotations

import re

from kg.extract.document import Document

# The data writes one family several ways ('Space Shuttle', 'shuttle'; 'nasa-crew-dragon', 'Crew Dragon').
_FAMILY_NOISE = re.compile(r"\b(?:nasa|axiom|crew|space)\b")
_MODULE_BEFORE = re.compile(r"\b(?:(?:command|lunar|service|descent|orbital)\s+module|capsule)\s+$", re.I)


def family_group(family: str | None) -> str:
    """Return a family name reduced to its core ('Space Shuttle' -> 'shuttle', 'nasa-crew-dragon' -> 'dragon')."""
    if not family:
        return ""
    return " ".join(_FAMILY_NOISE.sub(" ", family.casefold().replace("-", " ")).split())


def flight_family(doc: Document, key: str) -> str:
    """Return the family group of a flight: its own, or for a flight named after its craft ('Soyuz crewed flight')
    that craft's."""
    own = family_group(doc.state[key].family)
    if own or not doc.state[key].unnamed:
        return own
    label = doc.entities[key].label
    for craft, entity in doc.entities.items():
        if entity.kind == "spacecraft" and label == f"{entity.label} crewed flight":
            return family_group(doc.state[craft].family)
    return ""


def drop_crafts_of_other_families(doc: Document) -> None:
    """Drop a flight's spacecraft of another family than the flight's ('the shuttle Discovery will dock' in a story
    of a Soyuz flight; the Soyuz an Apollo flight docked with)."""
    doomed = []
    for key, entity in doc.entities.items():
        if entity.kind != "mission":
            continue
        family = flight_family(doc, key)
        crafts = doc.facts_of(key, "spacecraft")
        # Only a family its own craft confirms: a flight's family names its flights ('artemis'), not always a craft.
        if not family or not any(
            f.obj == doc.state[key].own_spacecraft or family_group(doc.state[str(f.obj)].family) == family
            for f in crafts
        ):
            continue
        for fact in crafts:
            other = family_group(doc.state[str(fact.obj)].family)
            if other and other != family and not _called_a_module(doc, str(fact.obj)):
                # A sentence that names the flight itself says what it flew, however odd ('the A-1 crew flew
                # aboard the shuttle B'); only a craft from a sentence of its own is taken back.
                sentence = doc.sentence_at(fact.evidence.sentence)
                if not any(m.key == key for m in sentence.of_kind("mission")):
                    doomed.append(fact)
    doc.remove_facts(doomed)


def _called_a_module(doc: Document, craft: str) -> bool:
    """Tell whether the text calls a craft a module or capsule ('the command module Columbia'): a name some other
    family's craft also bore, not that craft."""
    text = doc.article.text
    return any(
        _MODULE_BEFORE.search(text, max(0, m.span.begin - 30), m.span.begin) for m in doc.entities[craft].mentions
    )

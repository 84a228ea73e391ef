"""Datelines: the place a wire story is filed from ('CAPE CANAVERAL, Fla. --'), read as the launch site when the
lead it opens tells the launch; in capitals ('BAIKONUR, Kazakhstan (AP) —') or title case ('Baikonur Cosmodrome,
Kazakhstan –')."""

from __future__ import annotations

from kg.extract.document import Document, Sentence
from kg.extract.resources import get_resources, normalize_space, pattern_reader

_pattern = pattern_reader("vehicles.jsonl")


def add_dateline_launch_site(doc: Document, sentence: Sentence, mission: str) -> None:
    """Give a flight whose launch a sentence tells the launch site its dateline names ('CAPE CANAVERAL, Fla. --
    Shuttle Columbia thundered into orbit'), when the sentence names no site of its own."""
    found = _pattern("dateline").match(sentence.text)
    if found is None:
        return
    dateline_end = sentence.span.begin + found.end()
    # A site the dateline itself names in title case is a mention too; only a site told after it is the lead's own.
    if any(m.begin >= dateline_end for m in sentence.of_kind("launch_site")):
        return
    name = " ".join(word.capitalize() for word in found.group("place").split())
    entry = get_resources().by_surface.get(normalize_space(name))
    if entry is None or entry.kind != "launch_site":
        return
    begin, end = sentence.span.begin + found.start("place"), sentence.span.begin + found.end("place")
    evidence = doc.evidence(sentence, begin, end, "site.launched_from", 0.6)
    site = doc.add_entity("launch_site", entry.label, name, {entry.label, *entry.aliases}, evidence)
    doc.state[site].absorb(entry.attrs)
    doc.add_fact(subject=mission, predicate="launch_site", obj=site, evidence=evidence)

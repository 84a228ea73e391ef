"""A flight named by the article in so many words ('the expedition, known as Aurora9'): that name is the flight's,
whatever its shape, and every later use of it ('the Aurora9 crew') names the same flight."""

from __future__ import annotations

import re

from kg.extract.document import Document, Mention, Sentence
from kg.extract.resources import get_resources, pattern_reader

_pattern = pattern_reader("given_flight_names.jsonl")

# A name the article gives a flight stands for the flight, but a known craft, rocket or place keeps its kind.
_KEEPS_ITS_KIND = {"spacecraft", "launch_vehicle", "launch_site", "station", "place", "organization"}


def add_given_flight_names(doc: Document) -> None:
    """Make each name the article gives a flight ('dubbed X') a flight mention, there and wherever it recurs."""
    names = {name for sentence in doc.sentences for name in _given_names(sentence)}
    for name in sorted(names, key=len, reverse=True):
        word = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
        for sentence in doc.sentences:
            _add_mentions(sentence, name, word)


def _given_names(sentence: Sentence) -> list[str]:
    """Return the names a sentence gives a flight, leaving out names of known things of other kinds."""
    found = []
    matches = [*_pattern("given_name").finditer(sentence.text), *_pattern("expedition_launch").finditer(sentence.text)]
    for match in matches:
        name = match.group("name")
        entry = get_resources().by_surface.get(name)
        if entry is not None and entry.kind in _KEEPS_ITS_KIND:
            continue
        found.append(name)
    return found


def _add_mentions(sentence: Sentence, name: str, word: re.Pattern[str]) -> None:
    """Add a flight mention for each use of `name` in the sentence, in place of a person's name it was taken for."""
    added = False
    for match in word.finditer(sentence.text):
        begin, end = sentence.span.begin + match.start(), sentence.span.begin + match.end()
        overlapping = [m for m in sentence.mentions if m.begin < end and begin < m.end]
        # Two capitalised words ('Polar Star') read as a person's name are the flight's name here.
        if any(m.kind != "person" for m in overlapping):
            continue
        for mention in overlapping:
            sentence.mentions.remove(mention)
        attrs = {"spacecraft": False, "family": None}
        sentence.mentions.append(Mention(begin, end, "mission", name, name, "mission", "mission_name.given", attrs))
        added = True
    if added:
        sentence.mentions.sort(key=lambda m: m.begin)

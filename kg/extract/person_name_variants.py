"""People's names in shapes a run of capitalised words does not give: a nickname in brackets ('James (J.D.)
Russell') and two given names sharing one surname ('Marc and Sharon Hagle', two people)."""

from __future__ import annotations

from kg.extract.document import Mention
from kg.extract.resources import get_resources, pattern_reader

_pattern = pattern_reader("person_names.jsonl")
_QUOTES = '“”"'


def find_name_variants(sentence: str, offset: int, taken: list[Mention]) -> list[Mention]:
    """Return the people named with a bracketed nickname, and the first of two given names sharing a surname."""
    given = get_resources().names["given_names"]
    found: list[Mention] = []
    for match in _pattern("bracketed_nickname").finditer(sentence):
        if match.group("given") in given:
            name = f"{match.group('given')} {match.group('surname')}"
            nick = match.group("nick").strip(_QUOTES) + " " + match.group("surname")
            found.append(_mention(offset + match.start(), offset + match.end(), name, {match.group(0), nick}))
    for match in _pattern("shared_surname").finditer(sentence):
        # 'Dana Cole and Peter Wills': a given name that closes an earlier name shares no surname.
        after_name = _pattern("name_word_before").search(sentence, 0, match.start())
        if match.group("first") in given and match.group("second") in given and not after_name:
            name = f"{match.group('first')} {match.group('surname')}"
            found.append(_mention(offset + match.start("first"), offset + match.end("first"), name, set()))
    return [m for m in found if all(m.end <= t.begin or m.begin >= t.end for t in taken)]


def _mention(begin: int, end: int, name: str, alt_labels: set[str]) -> Mention:
    """Return a person mention whose text is the name written whole ('Marc Hagle' for the 'Marc' it spans)."""
    return Mention(
        begin, end, "person", name, name, "person", "person_name.variant", {"family_first": False}, alt_labels - {name}
    )

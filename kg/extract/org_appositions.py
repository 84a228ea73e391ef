"""Organisations named by their shape in a sentence: in apposition after a noun for a body ('a shipping company,
Harrow Holdings') or followed by their acronym in brackets ('Blue Kestrel Partners (BKP)')."""

from __future__ import annotations

from kg.extract.document import Mention
from kg.extract.resources import get_resources, pattern_reader

_pattern = pattern_reader("org_appositions.jsonl")

_SMALL_WORDS = {"of", "and", "for", "the", "on", "&"}


def find_apposed_orgs(sentence: str, offset: int) -> list[Mention]:
    """Return the organisations named in apposition or with their acronym in sentence (offset: its start)."""
    given = get_resources().names["given_names"]
    found = []
    for match in _pattern("company_apposition").finditer(sentence):
        name = match.group("name")
        # The sentence's full stop is no part of the name; an abbreviation's is ('Orbitco Inc.').
        if name.endswith(".") and not name.endswith(("Inc.", "Co.", "Ltd.", "Corp.")):
            name = name[:-1]
        # 'a company, Dana Whitlock ...': a person's name in that place is no body's.
        if name.split()[0] not in given:
            begin = match.start("name")
            found.append(_org(begin, begin + len(name), name, offset, "apposition"))
    for match in _pattern("acronym_after").finditer(sentence):
        words = match.group("name").split()
        # The acronym spells the initials of the last words of the run ('the famed Blue Kestrel Partners (BKP)').
        acronym = match.group("acronym")
        capitals = [w for w in words if w not in _SMALL_WORDS]
        if len(capitals) < len(acronym) or "".join(w[0] for w in capitals[-len(acronym) :]) != acronym:
            continue
        first = len(words) - 1 - words[::-1].index(capitals[-len(acronym)])
        name = " ".join(words[first:])
        if _pattern("not_body_head").search(name):
            continue
        begin = match.start("name") + match.group("name").find(name)
        found.append(_org(begin, begin + len(name), name, offset, "acronym"))
    return found


def _org(begin: int, end: int, name: str, offset: int, how: str) -> Mention:
    """Return an organisation mention of sentence[begin:end]."""
    return Mention(
        offset + begin, offset + end, "organization", name, name, "org", f"org_name.{how}", {"type": "organization"}
    )

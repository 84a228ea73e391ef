"""Organisations named by their shape in a sentence: in apposition after a noun for a body ('a shipping company,
Harrow Holdings'), as where someone works ('works at Westbrook College Leeds'), as a project ('Project Kestrel')
or followed by their acronym in brackets ('Blue Kestrel Partners (BKP)')."""

from __future__ import annotations

import re

from kg.extract.document import Mention
from kg.extract.resources import get_resources, pattern_reader

_pattern = pattern_reader("org_appositions.jsonl")

_SMALL_WORDS = {"of", "and", "for", "the", "on", "&"}


def find_apposed_orgs(sentence: str, offset: int) -> list[Mention]:
    """Return the organisations named in apposition, as a workplace or with their acronym in sentence (at offset)."""
    given = get_resources().names["given_names"]
    found = []
    appositions = [*_pattern("company_apposition").finditer(sentence), *_pattern("works_at").finditer(sentence)]
    for match in appositions:
        name = match.group("name")
        # The sentence's full stop is no part of the name; an abbreviation's is ('Orbitco Inc.').
        if name.endswith(".") and not name.endswith(("Inc.", "Co.", "Ltd.", "Corp.")):
            name = name[:-1]
        # "worked for the Pentagon's Research Agency": the owner before the possessive is another body.
        begin = match.start("name") + len(name) - len(re.split(r"['’]s\s+", name)[-1])
        name = name[begin - match.start("name") :]
        # 'a company, Dana Whitlock ...': a person's name in that place is no body's.
        if len(name.split()) > 1 and name.split()[0] not in given:
            found.append(_org(begin, begin + len(name), name, offset, "apposition"))
    for match in _pattern("project_name").finditer(sentence):
        found.append(_org(match.start("name"), match.end("name"), match.group("name"), offset, "project"))
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

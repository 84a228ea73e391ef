"""The matching phase: finding spans that name things (gazetteer entries, flight names, capsules,
organisations, people) in one sentence. No facts are made here; annotation rules use these spans."""

from __future__ import annotations

import re

from kg.extract.document import Mention
from kg.extract.org_appositions import find_apposed_orgs
from kg.extract.person_name_variants import find_name_variants
from kg.extract.person_names import find_people
from kg.extract.resources import get_resources, name_patterns, name_word_sets, normalize_space

_PRIORITY = {"mission": 6, "craft": 5, "gazetteer": 4, "org": 3, "place": 3, "person": 2}


def find_mentions(text: str, begin: int, end: int) -> list[Mention]:
    """Return the non-overlapping name mentions in text[begin:end], longest and most specific first."""
    # A sentence wrapped over lines reads as one line: names and titles run on past a hard wrap.
    sentence = text[begin:end].replace("\n", " ")
    candidates: list[Mention] = []
    candidates += _gazetteer(sentence, begin)
    candidates += _missions(sentence, begin)
    candidates += _crafts(sentence, begin)
    candidates += _orgs(sentence, begin)
    candidates += find_apposed_orgs(sentence, begin)
    candidates += _places(sentence, begin)
    chosen: list[Mention] = []
    for cand in sorted(candidates, key=lambda m: (-(m.end - m.begin), -_PRIORITY[m.source], m.begin)):
        if all(cand.end <= m.begin or cand.begin >= m.end for m in chosen):
            chosen.append(cand)
    chosen += find_name_variants(sentence, begin, chosen)
    chosen += find_people(sentence, begin, chosen)
    for mention in chosen:
        mention.possessive = text.startswith(("'s", "’s"), mention.end) or _bare_possessive(text, mention)
    return sorted(chosen, key=lambda m: m.begin)


def _bare_possessive(text: str, mention: Mention) -> bool:
    """Tell whether a name ending in 's' takes a bare apostrophe as its possessive ('Jones' company'), not a quote's."""
    quoted = mention.begin > 0 and text[mention.begin - 1] in "'‘’"
    return not quoted and re.match(r"s['’]\s+\w", text[mention.end - 1 : mention.end + 3]) is not None


def _gazetteer(sentence: str, offset: int) -> list[Mention]:
    """Return gazetteer matches (spacecraft, rockets, sites, stations, places, organisations)."""
    res = get_resources()
    found = []
    for match in res.gazetteer_re.finditer(sentence):
        entry = res.by_surface.get(normalize_space(match.group(0)))
        if entry is None:
            continue
        alts = {entry.label, *entry.aliases} - {match.group(0)}
        found.append(
            Mention(
                offset + match.start(),
                offset + match.end(),
                entry.kind,
                match.group(0),
                entry.label,
                "gazetteer",
                f"gazetteer.{entry.kind}",
                dict(entry.attrs),
                alts,
            )
        )
    return found


def _missions(sentence: str, offset: int) -> list[Mention]:
    """Return flight names found by their shape (Soyuz MS-19, Shenzhou-13, Crew-3, Inspiration4...)."""
    found = []
    skip = name_word_sets()["not_flight"]
    for spec, pattern in name_patterns()["missions"]:
        for match in pattern.finditer(sentence):
            name = match.group(0)
            if name.split()[0] in skip or get_resources().by_surface.get(name):
                continue
            canonical = re.sub(r"^SpaceX ", "", name)
            if spec.get("canonical"):
                groups = {k: v for k, v in match.groupdict().items() if v}
                number = groups.get("n") or groups.get("n2") or groups.get("n3") or ""
                if groups.get("roman"):
                    number = str(roman_number(groups["roman"]))
                canonical = spec["canonical"].format(series=groups.get("series", ""), n=number)
            found.append(
                Mention(
                    offset + match.start(),
                    offset + match.end(),
                    "mission",
                    name,
                    canonical,
                    "mission",
                    f"mission_name.{spec['id']}",
                    {"spacecraft": spec["spacecraft"], "family": spec.get("family")},
                )
            )
    return found


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def roman_number(numeral: str) -> int:
    """Return the value of a Roman numeral ('XIV' -> 14)."""
    values = [_ROMAN[c] for c in numeral.upper()]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _crafts(sentence: str, offset: int) -> list[Mention]:
    """Return capsules named after their family ("Crew Dragon capsule Resilience")."""
    found = []
    stop = name_word_sets()["not_craft"]
    for spec, pattern in name_patterns()["crafts"]:
        for match in pattern.finditer(sentence):
            name = match.group("name").strip()
            if name.split()[0] in stop:
                continue
            family = spec["family"]
            alts = {f"{family} {name}"} if family else set()
            found.append(
                Mention(
                    offset + match.start("name"),
                    offset + match.start("name") + len(name),
                    "spacecraft",
                    name,
                    name,
                    "craft",
                    f"craft_name.{spec['id']}",
                    {"family": family},
                    alts,
                )
            )
    return found


def _is_country(name: str) -> bool:
    """Tell whether a name is a country's ('US', 'the United States', 'Kazakhstan'), written whole or short."""
    res = get_resources()
    entry = res.by_surface.get(name)
    return name in res.countries or name in _COUNTRY_SHORT or (entry is not None and entry.label in res.countries)


# Countries written in capitals ('US', 'U.S.S.R.'), which no table of names spells so.
_COUNTRY_SHORT = {"US", "U.S.", "USA", "U.S.A.", "UK", "U.K.", "USSR", "U.S.S.R.", "UAE", "PRC"}


def _orgs(sentence: str, offset: int) -> list[Mention]:
    """Return organisations found by a cue noun before the name or an organisation head noun at its end."""
    found = []
    for spec, pattern in name_patterns()["orgs"]:
        for match in pattern.finditer(sentence):
            name = match.group("name").strip().rstrip(".,")
            if spec["id"] == "head_of" and ("'s" in name or "’s" in name):
                continue
            if spec["id"] == "head_of":
                name = _before_person_name(name)
                # 'founder of the French craft brewery B': a nationality alone is no body's name, nor is a country
                # ('the head of the US space programme').
                if name in get_resources().lexicon["nationalities"] or _is_country(name):
                    continue
            # 'the Italian Air Force' is a body; 'Vandenberg Air Force Base' names a place, 'Air Force Col. A' a rank.
            if spec["id"] == "armed_service" and name.split()[0] not in get_resources().lexicon["nationalities"]:
                continue
            # 'The Dutch-based ...', 'Former Orbisoft co-founder A': an article or nationality is no body's name.
            if spec["id"] in ("based_company", "founder_title"):
                words = name.split()
                while words and (
                    words[0] in name_word_sets()["not_names"] or words[0] in get_resources().lexicon["nationalities"]
                ):
                    words = words[1:]
                if not words:
                    continue
                name = " ".join(words)
            if spec["id"] == "based_company":
                name = _before_person_name(name)
            if spec["id"] == "head_noun" and name.split()[0] in ("The", "A", "An"):
                name = name.split(" ", 1)[1]
            # "the Pentagon's Research Agency": the owner before the possessive is another body, not part of the name
            # (a plural noun before it is part of the name: "Children's Research Hospital").
            name = re.split(r"(?<!\bChildren)(?<!\bWomen)(?<!\bMen)(?<!\bPeople)['’]s\s+", name)[-1]
            # 'Alvin Drew and Canadian Space Agency': a person named before 'and' is not part of the body's name.
            if " and " in name and name.split()[0] in get_resources().names["given_names"]:
                name = name.split(" and ", 1)[1]
            start = offset + match.start("name") + match.group("name").find(name)
            found.append(
                Mention(
                    start,
                    start + len(name),
                    "organization",
                    name,
                    name,
                    "org",
                    f"org_name.{spec['id']}",
                    {"type": "organization"},
                )
            )
    return found


def _before_person_name(name: str) -> str:
    """Cut a body's name where a person's name runs on after it ('founder of Orbitco Dana Whitfield' -> Orbitco)."""
    words = name.split()
    given = get_resources().names["given_names"]
    for index in range(1, len(words) - 1):
        if words[index] in given:
            return " ".join(words[:index])
    return name


def _places(sentence: str, offset: int) -> list[Mention]:
    """Return places found by their shape ("the West Texas desert")."""
    found = []
    for spec, pattern in name_patterns()["places"]:
        for match in pattern.finditer(sentence):
            name = match.group("name")
            start = offset + match.start("name")
            found.append(
                Mention(
                    start,
                    start + len(name),
                    "place",
                    name,
                    name,
                    "place",
                    f"place_name.{spec['id']}",
                    {"landing": True},
                )
            )
    return found

"""Annotation rules about people: age, occupation, nationality, affiliation, and role nouns
("the actress", "the Mission Impossible actor") resolved to the person they stand for."""

from __future__ import annotations

import re

from kg.extract.document import Document, Mention, Sentence
from kg.extract.model import Value
from kg.extract.resources import get_resources, lexicon_re, pattern_reader
from kg.extract.rules_crew_lists import people_listed_before
from kg.extract.rules_nationality import record_nationality

_pattern = pattern_reader("people.jsonl")


def apply_people_rules(doc: Document) -> None:
    """Run the person rules over every sentence, in article order (role nouns need earlier facts)."""
    for sentence in doc.sentences:
        _resolve_role_nouns(doc, sentence)
        people = [m for m in sentence.mentions if m.kind == "person" and m.key]
        listed = _respective_ages(doc, sentence, people)
        for mention in people:
            if mention.key not in listed:
                _age(doc, sentence, mention)
            _occupation_before(doc, sentence, mention)
            _occupation_after(doc, sentence, mention)
            record_nationality(doc, sentence, mention)
            _affiliation_adjacent(doc, sentence, mention)
            _designates_after(doc, sentence, mention, people)


def _respective_ages(doc: Document, sentence: Sentence, people: list[Mention]) -> set[str]:
    """Record 'Prokopyev, Petelin and Rubio, aged 47, 39 and 46 respectively'; return who got an age."""
    done: set[str] = set()
    for match in _pattern("respectively").finditer(sentence.text):
        ages = re.findall(r"\d{1,3}", match.group(1))
        before = [m for m in people if sentence.rel(m.end) <= match.start()]
        group: list[Mention] = []
        for mention in reversed(before):
            end = sentence.rel(group[0].begin) if group else match.start()
            gap = sentence.text[sentence.rel(mention.end) : end]
            if not re.fullmatch(r"\s*(?:,|and|,\s*and)?\s*", gap) or len(group) == len(ages):
                break
            group.insert(0, mention)
        if len(group) != len(ages):
            continue
        for mention, age in zip(group, ages, strict=True):
            end = sentence.span.begin + match.end()
            _add_age(doc, sentence, mention, age, mention.begin, end, "age.respectively")
            done.add(_person_key(mention))
    return done


def _person_key(mention: Mention) -> str:
    """Return the entity key of a linked person mention."""
    assert mention.key is not None
    return mention.key


def _age(doc: Document, sentence: Sentence, mention: Mention) -> None:
    """Record ages written '58-year-old Tom Cruise', 'Sian Proctor, 51,' or 'Isaacman, the 38-year-old'."""
    start, end = sentence.rel(mention.begin), sentence.rel(mention.end)
    if mention.possessive:
        end += 2
    after = _pattern("age_after").match(sentence.after(end, 90))
    if after:
        age = next(g for g in after.groups() if g)
        _add_age(doc, sentence, mention, age, mention.begin, sentence.span.begin + end + after.end(), "age.apposition")
        return
    before = sentence.before(start, 45)
    ages = list(_pattern("age_before").finditer(before))
    match = ages[-1] if ages else None
    if match and not re.search(r"[,;.()]|\b(?:and|of|with|by)\b", before[match.end() :]):
        others = [
            m
            for m in sentence.mentions
            if m.kind == "person" and match.start() + start - len(before) < sentence.rel(m.begin) < start
        ]
        if not others:
            begin = sentence.span.begin + start - len(before) + match.start()
            _add_age(doc, sentence, mention, match.group(1) or match.group(2), begin, mention.end, "age.premodifier")


def _add_age(doc: Document, sentence: Sentence, mention: Mention, age: str, begin: int, end: int, rule: str) -> None:
    """Record an age if it is plausible for a person."""
    if 3 <= int(age) <= 110:
        doc.add_fact(
            subject=_person_key(mention),
            predicate="age",
            obj=Value(str(int(age)), "integer"),
            evidence=doc.evidence(sentence, begin, end, rule),
        )


def _occupation_value(word: str) -> str:
    """Return the occupation label for an occupation noun found in text."""
    occupations: dict[str, str] = get_resources().lexicon["occupations"]
    return occupations.get(" ".join(word.lower().split()), word.lower())


def _add_occupation(
    doc: Document, sentence: Sentence, key: str, word: str, begin: int, end: int, rule: str, former: bool
) -> None:
    """Record an occupation (and remember whether it is a former one)."""
    value = _occupation_value(word)
    doc.add_fact(
        subject=key, predicate="occupation", obj=Value(value), evidence=doc.evidence(sentence, begin, end, rule)
    )
    if former:
        doc.state[key].former.add(value)


def _occupation_before(doc: Document, sentence: Sentence, mention: Mention) -> None:
    """Record occupations written before a name: 'Russian actress Julia Peresild', 'film director and writer X'."""
    start = sentence.rel(mention.begin)
    window = sentence.before(start, 70)
    base = start - len(window)
    # A rank written as a title ('Group Captain X') is part of the address, not the occupation.
    window = _pattern("rank_tail").sub("", window)
    matches = list(get_resources().occupation_re.finditer(window))
    if (
        not matches
        or not (
            _pattern("list_intro").fullmatch(window[matches[-1].end() :])
            or _title_of_org_before(sentence, mention, window[matches[-1].end() :])
            or (
                window[matches[-1].end() :] == ", "
                # 'NASA's space station program manager, X': a possessor, then up to two lower-case modifiers.
                and re.search(
                    r"(?:['’]s|\bthe|\bits|\btheir)\s+(?:[a-z][\w-]*\s+){0,2}$", window[: matches[-1].start()]
                )
            )
        )
    ):
        _shared_plural_occupation(doc, sentence, mention)
        return
    last = matches[-1]
    # 'Italian Air Force pilot A': the words of a body's name opening the trade are its name, not the trade, and
    # a service's pilot is a trade, not a seat.
    served = False
    for org in sentence.of_kind("organization"):
        org_end = sentence.rel(org.end) - base
        if sentence.rel(org.begin) - base <= last.start() < org_end < last.end():
            inner = get_resources().occupation_re.search(window, org_end)
            last, served = (inner, True) if inner else (last, served)
            matches[-1] = last
    roles = get_resources().lexicon["crew_roles"].keys() - set(get_resources().lexicon["trade_seats"])
    # 'commanding officer A': the trade word closes a crew role of two words, which is A's role, not trade.
    told = " " + window[: last.end()].lower()
    if not served and (last.group(0).lower() in roles or any(" " in r and told.endswith(" " + r) for r in roles)):
        return
    chain = [last]
    corefs = [(sentence.rel(m.begin), sentence.rel(m.end)) for m in sentence.mentions if m.source == "coref"]
    for previous in reversed(matches[:-1]):
        between = window[previous.end() : chain[0].start()]
        at = base + previous.start()
        if any(b <= at < e for b, e in corefs):
            break
        if re.fullmatch(r"\s*(?:and|&)\s*", between):
            chain.insert(0, previous)
        else:
            break
    head = window[: chain[0].start()]
    former = bool(re.search(r"\b(?:former|retired|ex-)\s*$", head))
    if re.search(r"\b(?:of|for)\s+(?:the\s+)?$", head) and not re.search(r"\bthe\s+$", head):
        return
    for match in chain:
        _add_occupation(
            doc,
            sentence,
            _person_key(mention),
            match.group(0),
            sentence.span.begin + base + match.start(),
            mention.end,
            "occupation.premodifier",
            former,
        )
        if match.group(0).lower() != _occupation_value(match.group(0)).lower() and match.group(0).lower().endswith("s"):
            doc.state[_person_key(mention)].plural_occupation = (sentence.index, match.group(0), former)
    _affiliation_before(doc, sentence, mention, head, base)


def _designates_after(doc: Document, sentence: Sentence, mention: Mention, people: list[Mention]) -> None:
    """Record 'A, B and C will be the astronaut-designates': everyone listed before the noun is one."""
    match = _pattern("designates_after").match(sentence.text[sentence.rel(mention.end) :])
    if match is None or mention.possessive:
        return
    for member in people_listed_before(sentence, mention, people):
        _add_occupation(
            doc,
            sentence,
            _person_key(member),
            "astronaut-designate",
            member.begin,
            mention.end + match.end(),
            "occupation.designates_after",
            False,
        )


def _title_of_org_before(sentence: Sentence, mention: Mention, tail: str) -> bool:
    """Tell whether an organisation named right before a name ends a title ('founder of Orbitco Dana Whitfield')."""
    if not _pattern("title_of_org").fullmatch(tail):
        return False
    return any(m.kind == "organization" and 0 < mention.begin - m.end <= 1 for m in sentence.mentions)


def _shared_plural_occupation(doc: Document, sentence: Sentence, mention: Mention) -> None:
    """Give 'Suni Williams' in 'NASA astronauts Butch Wilmore, 61, and Suni Williams' the plural occupation."""
    people = [m for m in sentence.mentions if m.kind == "person" and m.key and m.end <= mention.begin]
    if not people:
        return
    previous = people[-1]
    gap = _pattern("rank_tail").sub("", sentence.text[sentence.rel(previous.end) : sentence.rel(mention.begin)])
    shared = doc.state[_person_key(previous)].plural_occupation
    # 'NASA astronauts A, B, and Japan's C': a country's or employer's possessive may open the last name; a photo
    # caption's aside may follow a name ('A (left) and B').
    if (
        shared
        and shared[0] == sentence.index
        and re.fullmatch(
            r"(?:,\s*\d{1,3}\s*)?(?:\s*\((?:[a-z]+\s+)?(?:left|right|above|below|cent(?:re|er))\))?"
            r",?\s*(?:and\s+)?(?:[A-Z][\w.&-]*['’]s\s+)?",
            gap,
        )
    ):
        _, word, former = shared
        _add_occupation(
            doc,
            sentence,
            _person_key(mention),
            str(word),
            previous.begin,
            mention.end,
            "occupation.shared_plural",
            bool(former),
        )
        doc.state[_person_key(mention)].plural_occupation = shared


def _affiliation_before(doc: Document, sentence: Sentence, mention: Mention, head: str, base: int) -> None:
    """Record 'Lockheed Martin engineer Chris Sembroski': the organisation right before the occupation."""
    for org in sentence.of_kind("organization"):
        rel_end = sentence.rel(org.end) - base
        if 0 <= rel_end <= len(head) and not head[rel_end:].strip() and org.key:
            doc.add_fact(
                subject=_person_key(mention),
                predicate="affiliation",
                obj=org.key,
                evidence=doc.evidence(sentence, org.begin, mention.end, "affiliation.premodifier", 0.8),
            )


def _occupation_after(doc: Document, sentence: Sentence, mention: Mention) -> None:
    """Record occupations in an apposition: 'Jared Isaacman, the 38-year-old founder of ...'."""
    end = sentence.rel(mention.end)
    window = sentence.after(end, 70)
    for match in get_resources().occupation_re.finditer(window):
        lead = _pattern("apposition").match(window[: match.start()])
        if lead is None:
            continue
        if re.match(r"\s+[A-Z]", window[match.end() :]) or _inside_crew_role(window, match):
            continue
        if get_resources().occupation_re.match(window, match.end() + 1):  # 'a marine colonel': the last is the trade
            continue
        former = (bool(lead.group(1)) and lead.group(1).strip().lower() != "veteran") or bool(lead.group(2))
        word = match.group(0)
        if (
            lead.group(1)
            and lead.group(1).strip().lower() == "veteran"
            and f"veteran {word.lower()}" in get_resources().lexicon["occupations"]
        ):
            word = f"veteran {word}"
        _add_occupation(
            doc,
            sentence,
            _person_key(mention),
            word,
            mention.begin,
            mention.end + match.end(),
            "occupation.apposition",
            former,
        )
        rest = window[match.end() : match.end() + 50]
        for org in sentence.of_kind("organization"):
            rel = sentence.rel(org.begin) - end - match.end()
            if 0 <= rel <= 40 and re.match(r"^\s+(?:of|at|with)\b", rest) and org.key:
                doc.add_fact(
                    subject=_person_key(mention),
                    predicate="affiliation",
                    obj=org.key,
                    evidence=doc.evidence(sentence, mention.begin, org.end, "affiliation.apposition", 0.8),
                )
        return


def _inside_crew_role(window: str, match: re.Match[str]) -> bool:
    """Tell whether an occupation word ends a longer crew role ('the command pilot', 'a science pilot')."""
    return any(
        role.start() < match.start() and role.end() == match.end()
        for role in get_resources().crew_role_re.finditer(window)
    )


def _affiliation_adjacent(doc: Document, sentence: Sentence, mention: Mention) -> None:
    """Record 'NASA's Nick Hague' and 'Koichi Wakata, 59, of the Japan Aerospace Exploration Agency'."""
    for org in sentence.of_kind("organization"):
        if org.key is None:
            continue
        if org.possessive and sentence.text[sentence.rel(org.end) : sentence.rel(mention.begin)] in ("'s ", "’s "):
            rule = "affiliation.possessive"
        elif org.begin > mention.end and _pattern("of_org").match(
            sentence.text[sentence.rel(mention.end) : sentence.rel(org.begin)]
        ):
            rule = "affiliation.of_org"
        else:
            continue
        doc.add_fact(
            subject=_person_key(mention),
            predicate="affiliation",
            obj=org.key,
            evidence=doc.evidence(sentence, min(org.begin, mention.begin), max(org.end, mention.end), rule, 0.75),
        )


def _role_noun_re() -> re.Pattern[str]:
    """Return the regex of a definite role noun phrase: 'the actress', 'the Mission Impossible actor'."""
    occupations = lexicon_re("occupations").pattern
    return re.compile(
        r"\b[Tt]he\s+(?P<title>(?:[A-Z][\w'’:-]*\s+){1,4})?(?:(?P<age>\d{1,3})-year-old\s+)?"
        rf"(?P<noun>(?i:{occupations[occupations.index('(?:') :]}))"
        r"(?!\s+(?:and\s+[\w ]+\s+)?[A-Z])(?!\s+of\b)"
        r"(?=\s*[,.;:!?)\"”’]|\s*$|\s+(?:and|or|who|whom|was|is|were|are|will|would|has|had|have|said|says|told|also|then|"
        r"in|on|at|to|with|from|for|as|\w+ed|\w+s)\b)"
    )


def _resolve_role_nouns(doc: Document, sentence: Sentence) -> None:
    """Add a person mention for each role noun that stands for a person named earlier."""
    pattern = _role_noun_re()
    female = set(get_resources().lexicon["female_nouns"])
    for match in pattern.finditer(sentence.text):
        begin, end = sentence.span.begin + match.start(), sentence.span.begin + match.end()
        # A role noun in a name's apposition ('B, the 31-year-old stewardess') is read by _occupation_after.
        comma = _pattern("name_apposed").search(sentence.text, 0, match.start())
        overlaps = any(not (end <= m.begin or begin >= m.end) for m in sentence.mentions)
        if overlaps or (comma and any(sentence.rel(m.end) == comma.start() for m in sentence.of_kind("person"))):
            continue
        title = (match.group("title") or "").strip()
        if title and (title.split()[0].lower() in {"russian", "american", "chinese"} or not title[0].isupper()):
            title = ""
        if match.group("title") and not title:
            continue
        noun = _occupation_value(match.group("noun"))
        word = match.group("noun").lower()
        if word != noun and word.endswith("s"):
            # A plural ('the astronauts') stands for a group, never for one person named earlier.
            continue
        key = _antecedent(doc, sentence, begin, noun, noun in female)
        if key is None:
            continue
        attrs = {"title": title, "noun": noun}
        mention = Mention(
            begin, end, "person", match.group(0), doc.entities[key].label, "coref", "coref.role_noun", attrs
        )
        mention.key = key
        sentence.mentions = sorted([*sentence.mentions, mention], key=lambda m: m.begin)
        doc.add_mention(key, doc.evidence(sentence, begin, end, "coref.role_noun", 0.7))
        _add_occupation(doc, sentence, key, match.group("noun"), begin, end, "occupation.role_noun", False)
        if match.group("age"):
            _add_age(doc, sentence, mention, match.group("age"), begin, end, "age.role_noun")


def _antecedent(doc: Document, sentence: Sentence, before: int, noun: str, female: bool) -> str | None:
    """Return the person a role noun refers to: one with that occupation, else the latest salient person."""
    candidates: list[tuple[int, str, bool]] = []
    for earlier in doc.sentences[max(0, sentence.index - 40) : sentence.index + 1]:
        for mention in earlier.mentions:
            if mention.kind == "person" and mention.key and mention.begin < before:
                candidates.append((mention.begin, mention.key, mention.possessive))
    for _, key, _ in sorted(candidates, reverse=True):
        if noun in doc.occupations(key):
            return key
    recent_start = doc.sentences[max(0, sentence.index - 3)].span.begin
    for begin, key, possessive in sorted(candidates, reverse=True):
        if begin < recent_start:
            break
        if possessive or doc.occupations(key) - {noun}:
            continue
        gender = get_resources().names["given_names"].get(str(doc.state[key].given))
        if (female and gender == "m") or (not female and gender == "f" and noun != "actor"):
            continue
        if noun == "actor" and gender == "f":
            continue
        return key
    return None

"""Annotation rules about films and documentaries: titles, directors, cast and broadcasters."""

from __future__ import annotations

import re

from kg.extract.document import Document, Sentence
from kg.extract.resources import lexicon_re, pattern_reader
from kg.extract.state import FilmSlot

_pattern = pattern_reader("films.jsonl")


def film_slot(films: dict[str, FilmSlot], mission: str | None, sentence: Sentence) -> FilmSlot:
    """Return the film made on (or about) a flight, creating an untitled one on first mention."""
    key = mission or "-"
    if key not in films:
        films[key] = FilmSlot(mission, first_sentence=sentence.index)
    return films[key]


def apply_film_rules(doc: Document, sentence: Sentence, mission: str | None) -> None:
    """Collect film titles, directors, cast and broadcasters stated in one sentence."""
    films = doc.films
    text = sentence.text
    nouns = list(lexicon_re("film_nouns").finditer(text))
    film_roles = set(doc.lexicon()["film_roles"])
    for mention in sentence.mentions:
        # 'the Mission Impossible actor' names a film; 'the Marine Corps pilot' names a service.
        filmish = mention.rule == "coref.role_noun" and mention.attrs.get("noun") in film_roles
        title = mention.attrs.get("title") if filmish else None
        if title and mention.key:
            named = film_slot(films, f"title:{title}", sentence)
            named.title = str(title)
            named.facts.append(
                ("cast_member", mention.key, sentence.index, mention.begin, mention.end, "film.title_actor")
            )
    # 'film producer X', 'movie star Y': a film noun inside a trade names no film.
    occupations = doc.lexicon()["occupations"]
    nouns = [n for n in nouns if not _opens_trade(text[n.start() :], occupations)]
    if not nouns and not _pattern("called").search(text):
        return
    slot = film_slot(films, mission, sentence)
    for noun in nouns:
        titled = _pattern("title_after_noun").match(text[noun.end() :])
        if titled and slot.title is None:
            slot.title = titled.group(1).strip()
        titled = _pattern("title_before_noun").search(sentence.before(noun.start(), 100))
        if titled and slot.title is None:
            slot.title = titled.group(1).strip(" ,")
        titled = _pattern("title_after_comma").match(text[noun.end() :])
        if titled and slot.title is None:
            slot.title = ((titled.group(1) or "") + titled.group(2)).strip()
    called = _pattern("called").search(text)
    if called and slot.title is None and (nouns or slot.facts):
        slot.title = called.group(1).strip()
    for mention in sentence.of_kind("person"):
        if mention.key is None:
            continue
        rel = sentence.rel(mention.begin)
        if _pattern("directed_by").search(sentence.before(rel, 40)):
            slot.facts.append(("director", mention.key, sentence.index, mention.begin, mention.end, "film.directed_by"))
        for noun in nouns:
            gap = text[sentence.rel(mention.end) : noun.start()] if noun.start() >= sentence.rel(mention.end) else None
            if (gap is not None and _pattern("subject_of_film").match(gap)) or (
                noun.end() <= rel
                and _pattern("film_about").search(text[noun.end() : rel])
                and len(text[noun.end() : rel]) < 30
            ):
                slot.facts.append(
                    ("cast_member", mention.key, sentence.index, mention.begin, mention.end, "film.subject_of_film")
                )
                break
    for org in sentence.of_kind("organization"):
        if org.key and doc.state[org.key].type == "broadcaster":
            slot.facts.append(("broadcaster", org.key, sentence.index, org.begin, org.end, "film.broadcaster"))


def apply_cast_rules(doc: Document, sentence: Sentence, mission: str | None) -> None:
    """Collect 'X and Y will play characters': the people who act in the film of the flight."""
    films = doc.films
    people = [m for m in sentence.of_kind("person") if m.key]
    if not people:
        return
    for index, person in enumerate(people):
        following = sentence.text[sentence.rel(person.end) :]
        nxt = people[index + 1] if index + 1 < len(people) else None
        if nxt and re.fullmatch(
            r"\s*(?:,|and|,\s*and)\s*", sentence.text[sentence.rel(person.end) : sentence.rel(nxt.begin)]
        ):
            continue
        if _pattern("plays").match(following):
            group = [person]
            for previous in reversed(people[:index]):
                gap = sentence.text[sentence.rel(previous.end) : sentence.rel(group[0].begin)]
                if re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", gap):
                    group.insert(0, previous)
                else:
                    break
            slot = film_slot(films, mission, sentence)
            for member in group:
                assert member.key is not None
                slot.facts.append(
                    ("cast_member", member.key, sentence.index, member.begin, member.end, "film.plays_character")
                )


# Crew of a flight a film is made on who are in the film: the trades, the film's predicate, the evidence id.
_FILM_TRADES_ABOARD = (
    ({"actor", "actress"}, "cast_member", "film.crew_actor"),
    ({"film director", "director", "filmmaker"}, "director", "film.crew_director"),
)


def settle_films(doc: Document) -> None:
    """Create the film entities and their facts, adding cast and director from the flight's crew."""
    for slot_key, slot in doc.films.items():
        mission = slot.mission if slot.mission and not slot.mission.startswith("title:") else None
        if mission:
            for fact in doc.facts_of(mission, "crew_member"):
                person = str(fact.obj)
                occupations = doc.occupations(person)
                index = doc.sentence_at(fact.evidence.sentence).index
                span = fact.evidence.span
                for trades, predicate, rule in _FILM_TRADES_ABOARD:
                    if occupations & trades:
                        slot.facts.append((predicate, person, index, span.begin, span.end, rule))
        if not slot.facts and slot.title is None:
            continue
        if slot.title:
            label = slot.title
        elif mission:
            owner = doc.state[mission].owner
            label = (
                f"{doc.entities[str(owner)].label}'s film" if owner else f"Film made on {doc.entities[mission].label}"
            )
        else:
            continue
        first = doc.sentences[slot.first_sentence]
        key = doc.add_entity(
            "film", label, label, evidence=doc.evidence(first, first.span.begin, first.span.end, "film.mention", 0.7)
        )
        for predicate, obj, index, begin, end, rule in slot.facts:
            doc.add_fact(
                subject=key,
                predicate=predicate,
                obj=obj,
                evidence=doc.evidence(doc.sentences[index], begin, end, rule, 0.8),
            )
        if (
            mission
            and slot.title
            and doc.entities[mission].label.lower().replace(" ", "") in slot.title.lower().replace(" ", "")
        ):
            doc.add_fact(
                subject=key,
                predicate="about",
                obj=mission,
                evidence=doc.evidence(first, first.span.begin, first.span.end, "film.title_names_flight", 0.8),
            )
        del slot_key


def _opens_trade(text: str, occupations: dict[str, str]) -> bool:
    """Tell whether text opens with a trade that begins with a film noun ('film producer', 'movie star')."""
    words = text.lower().split()
    return len(words) > 1 and f"{words[0]} {words[1]}".strip(",.;:") in occupations

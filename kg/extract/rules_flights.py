"""Flight rules: the flight an article is about (named most, or unnamed), the flight each sentence speaks of,
the planned flight of a person who would fly outside it, and unnamed flights nothing ended up describing."""

from __future__ import annotations

import re

from kg.extract.clauses import (
    contrast_ranges,
    names_successor,
    subject_before,
    verb_matches,
)
from kg.extract.document import Document, Mention, Sentence
from kg.extract.resources import get_resources, lexicon_re, pattern_reader

_pattern = pattern_reader("flights.jsonl")


def find_planned_flight(doc: Document, sentence: Sentence, main: str | None) -> str | None:
    """Create (or find) the planned flight of a person who 'would travel to orbit' outside the main flight."""
    if main is None or not doc.state[main].launched_wording or not sentence.future or sentence.plot:
        return None
    if sentence.of_kind("mission"):
        return None
    # 'A and B will fly spacecraft X': people flying the flight's own craft are of that flight, not a new one.
    crafts = {f.obj for f in doc.facts_of(main, "spacecraft")} | {doc.state[main].own_spacecraft}
    if any(m.key in crafts for m in sentence.of_kind("spacecraft")):
        return None
    contrast = contrast_ranges(sentence.text)
    for verb in verb_matches(sentence, "travel_verbs") + verb_matches(sentence, "launch_verbs"):
        before = sentence.before(verb.start(), 25)
        if not re.search(
            r"\b(?:would|will|plans? to|planned to|is to|hopes? to|wants? to|is set to|expected to|going to)"
            r"\s+(?:\w+\s+)?$",
            before,
        ):
            continue
        subject = subject_before(sentence, verb.start(), contrast)
        if subject is None or subject.key is None or (main is not None and doc.is_crew(main, subject.key)):
            continue
        existing = doc.mission_of_person(subject.key)
        if existing and existing != main:
            return existing
        person = doc.entities[subject.key].label
        filmish = re.search(r"\b(?:film|movie|shoot)\b", sentence.text)
        label = f"{person}'s planned {'film ' if filmish else ''}flight"
        key = doc.add_entity(
            "mission",
            label,
            label,
            set(),
            doc.evidence(
                sentence, subject.begin, sentence.span.begin + verb.end(), "mission.planned_person_flight", 0.7
            ),
        )
        modal = re.search(
            r"(?:would|will|plans? to|planned to|is to|hopes? to|wants? to|is set to|expected to|going to)"
            r"\s+(?:\w+\s+)?$",
            before,
        )
        doc.state[key].status_wording = (modal.group(0) if modal else "") + verb.group(0)
        doc.state[key].status_sentence = sentence.index
        doc.state[key].owner = subject.key
        return key
    return None


def choose_main_flight(doc: Document) -> None:
    """Record the flight the article is about as `doc.main` (None when it tells of no flight)."""
    doc.main = _main_flight(doc)


def choose_sentence_flight(doc: Document, sentence: Sentence) -> None:
    """Record the flight a sentence speaks of in `doc.context`, and mark a crew member's past told there as prior."""
    previous = doc.context.get(sentence.index - 1, doc.main)
    mission = _sentence_flight(doc, sentence, doc.main, previous)
    doc.context[sentence.index] = mission
    if mission and _is_biography(doc, sentence, mission):
        sentence.prior = True


def _main_flight(doc: Document) -> str | None:
    """Return the flight the article is about: the one named most, and most in the opening and near launch cues."""
    scores: dict[str, float] = {}
    for sentence in doc.sentences:
        missions = sentence.of_kind("mission")
        if not missions or sentence.prior:
            continue
        weight = _mention_weight(sentence, 3 * sentence.index < len(doc.sentences))
        for index, mention in enumerate(missions):
            if mention.key and not _background(doc, sentence, missions, index):
                scores[mention.key] = scores.get(mention.key, 0.0) + weight
                if _is_named_as_the_flight(sentence, mention):
                    scores[mention.key] += 1.0
    if scores:
        first = _first_indexes(doc)
        return max(scores, key=lambda k: (scores[k], -first.get(k, len(doc.sentences))))
    cues = [s for s in doc.sentences if _pattern("flight_cue").search(s.text) and not s.plot]
    if len(cues) < 2 and not any(s.of_kind("spacecraft", "launch_vehicle") for s in cues):
        return None
    label = _unnamed_label(doc)
    key = doc.add_entity(
        "mission",
        label,
        label,
        evidence=doc.evidence(cues[0], cues[0].span.begin, cues[0].span.end, "mission.unnamed_flight", 0.6),
    )
    doc.state[key].unnamed = True
    return key


def _is_named_as_the_flight(sentence: Sentence, mention: Mention) -> bool:
    """Tell whether the words before a flight's name give it as the name of the flight told of ('known as')."""
    before = sentence.text[: sentence.rel(mention.begin)]
    # The pattern ends in a naming word and a space (and maybe a quote): only then is the clause searched.
    bare = before[:-1] if before.endswith(('"', "“")) else before
    if not bare[-1:].isspace() or not bare.rstrip().endswith(("as", "called", "named", "dubbed", "designated")):
        return False
    return _pattern("naming").search(before) is not None


def _mention_weight(sentence: Sentence, early: bool) -> float:
    """Return how much a mention tells what the article is about: more in the opening and beside launch cues."""
    if sentence.not_crew:
        # Station residents and greeters ('the Crew-1 astronauts already on board') are side players.
        return 0.5
    return (
        1.0
        + (0.5 if sentence.index < 2 or early else 0.0)
        + (0.5 if _pattern("flight_cue").search(sentence.text) else 0.0)
    )


def _first_indexes(doc: Document) -> dict[str | None, int]:
    """Return the index of the first sentence mentioning each entity."""
    first: dict[str | None, int] = {}
    for sentence in doc.sentences:
        for mention in sentence.mentions:
            first.setdefault(mention.key, sentence.index)
    return first


def _unnamed_label(doc: Document) -> str:
    """Return a label for a flight the article does not name: its programme, its capsule's given name, its vehicle."""
    for sentence in doc.sentences:
        # 'the launcher of the Mercury program of the 1960s': a programme of history names no flight of today.
        if _names_past_year(doc, sentence) or re.search(r"\b(?:19|20)\d0s\b", sentence.text):
            continue
        for match in _pattern("programme").finditer(sentence.text):
            name = (match.group("a") or match.group("b")).strip()
            if name.split()[0] not in ("The", "This", "That", "First", "New"):
                return name
    for sentence in doc.sentences:
        for mention in sentence.of_kind("spacecraft"):
            if _pattern("capsule_naming").search(sentence.text[: sentence.rel(mention.begin)]):
                return doc.entities[str(mention.key)].label
    for sentence in doc.sentences:
        for mention in sentence.of_kind("spacecraft", "launch_vehicle"):
            return f"{doc.entities[str(mention.key)].label} crewed flight"
    return f"Crewed flight reported on {doc.article.published.isoformat()}"


def _sentence_flight(doc: Document, sentence: Sentence, main: str | None, previous: str | None) -> str | None:
    """Return the flight a sentence speaks of: one it names, a newly planned one, a crew member's, or the last."""
    missions = sentence.of_kind("mission")
    named = [m.key for m in missions if m.key and not _aside(doc, sentence, m)]
    current = [m.key for i, m in enumerate(missions) if m.key in named and not _background(doc, sentence, missions, i)]
    if main in current:
        return main
    if current:
        return current[0]
    if named:
        return _background_only_flight(doc, sentence, named[0], main)
    joint = _joint_flight(doc, sentence, main)
    if joint:
        return joint
    for mention in sentence.of_kind("spacecraft"):
        owner = doc.state[str(mention.key)].same_as_mission
        if owner:
            return str(owner)
    planned = find_planned_flight(doc, sentence, main)
    if planned:
        return planned
    for mention in sentence.of_kind("person"):
        if mention.key:
            flight = doc.mission_of_person(mention.key)
            if flight:
                return flight
    if main and _pattern("main_crew_opening").match(sentence.text):
        return main
    if previous and (previous == main or doc.state[previous].owner or _pattern("back_reference").search(sentence.text)):
        return previous
    return main or previous


def _joint_flight(doc: Document, sentence: Sentence, main: str | None) -> str | None:
    """Return the flight of a craft of another family than the main flight's, told with its own crew
    ('the American Gemini with A, B and C' in a story of a Vostok flight): a flight of its own, named for the craft."""
    family = (doc.state[main].family or "").lower() if main else ""
    for mention in sentence.of_kind("spacecraft"):
        craft = str(mention.key)
        other = (doc.state[craft].family or "").lower()
        if not family or not other or other == family or doc.state[craft].same_as_mission:
            continue
        if not _pattern("joint_craft_crew").match(sentence.text, sentence.rel(mention.end)):
            continue
        label = doc.entities[craft].label
        evidence = doc.evidence(sentence, mention.begin, mention.end, "mission.joint_flight", 0.6)
        key = doc.add_entity("mission", label, label, evidence=evidence)
        doc.state[key].family = doc.state[craft].family
        doc.state[key].own_spacecraft = craft
        doc.state[craft].same_as_mission = key
        return key
    return None


def _background_only_flight(doc: Document, sentence: Sentence, named: str, main: str | None) -> str | None:
    """Return the flight of a sentence naming only an earlier flight: that one if it opens the sentence, else main.

    A history told in a trailing clause ('the seat Behnken used last year on Demo-2') names no crew of the main flight.
    """
    first = next(m for m in sentence.of_kind("mission") if m.key == named)
    if main is None or sentence.rel(first.begin) < 0.4 * len(sentence.text) or _names_past_year(doc, sentence):
        return named
    if re.search(r"\b(?:last\s+year|earlier|(?:19|20)\d\d)\b", sentence.text, re.IGNORECASE):
        sentence.not_crew = True
    return main


def _is_biography(doc: Document, sentence: Sentence, mission: str) -> bool:
    """Tell whether a past-tense sentence tells a crew member's past rather than a flight yet to launch."""
    if sentence.future or sentence.of_kind("mission") or doc.state[mission].launched_wording:
        return False
    if lexicon_re("launch_verbs").search(sentence.text) or lexicon_re("launch_cues").search(sentence.text):
        return False
    # 'Four astronauts splashed down, ending a stay that was stretched': the flight's own return, unless dated.
    if lexicon_re("landing_words").search(sentence.text) and not _names_past_year(doc, sentence):
        return False
    # 'Also in the capsule was A': someone placed in the flight's own craft is on this flight.
    nouns = "|".join(re.escape(n) for n in get_resources().lexicon["generic_craft_nouns"])
    if re.search(rf"\b(?:in|aboard|inside)\s+the\s+(?:{nouns})\b", sentence.text, re.I):
        return False
    # 'A was joined by B and C': the flight's company told in the past tense, not anyone's earlier career.
    if _pattern("joined_by").search(sentence.text) and not _names_past_year(doc, sentence):
        return False
    # 'It was the first to carry a full crew, including A': the flight is the subject, not someone's past.
    if _pattern("flight_subject").match(sentence.text) and not _names_past_year(doc, sentence):
        return False
    # 'The first Orbitco spaceflight of 2026 took place Friday, and its seats were filled': the flight happening.
    if _pattern("flight_happened").match(sentence.text) and not _names_past_year(doc, sentence):
        return False
    # 'The three cosmonauts spent 180 days aboard the station': the crew's stay on the flight told.
    if _pattern("crew_stayed").match(sentence.text) and not _names_past_year(doc, sentence):
        return False
    # 'A, B and C had been on the station for 180 days': the stay the flight just ended, unless a career's.
    stay = _pattern("crew_had_been_aboard").search(sentence.text)
    if stay and not _pattern("career_total").search(sentence.text) and not _names_past_year(doc, sentence):
        return False
    return bool(
        re.search(
            r"\b(?:spent|flew|served|was|were|had|commanded|piloted|became|made|logged|holds|held)\b", sentence.text
        )
    )


def _names_past_year(doc: Document, sentence: Sentence) -> bool:
    """Tell whether a sentence names a year at least two years before publication."""
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", sentence.text)]
    return any(year <= doc.article.published.year - 2 for year in years)


def _background(doc: Document, sentence: Sentence, missions: list[Mention], index: int) -> bool:
    """Tell whether the flight named by missions[index] of a sentence is history or a comparison in its clause.

    ('since Apollo 17', 'in 2011'). The clause ends at the flights named before and after it: mentions do not
    overlap, so those are its neighbours in the list.
    """
    text = sentence.text
    mention = missions[index]
    start = max(sentence.rel(missions[index - 1].end) if index else 0, sentence.rel(mention.begin) - 60)
    stop = sentence.rel(mention.end) + 60
    if index + 1 < len(missions):
        stop = min(stop, sentence.rel(missions[index + 1].begin))
    cues = (
        _pattern("background_before").search(text[start : sentence.rel(mention.begin)]),
        _pattern("background_after").search(text[sentence.rel(mention.end) : stop]),
    )
    return any(_is_past_cue(doc, match.group("cue")) for match in cues if match)


def _is_past_cue(doc: Document, cue: str) -> bool:
    """Tell whether a background cue counts: any cue word, or a year before the one the story is told in."""
    return not cue[:1].isdigit() or int(cue) < _story_year(doc)


def _story_year(doc: Document) -> int:
    """Return the year the opening tells of: an anniversary piece opens on its old date, news on the present."""
    # A page's title may stand two or three times over its story: the opening is its first distinct sentences.
    opening: dict[str, Sentence] = {}
    for sentence in doc.sentences[:6]:
        opening.setdefault(sentence.text, sentence)
    for sentence in list(opening.values())[:3]:
        for timex in sentence.timexes:
            if timex.grain == "day" and timex.day and re.search(r"\d{4}", sentence.text[timex.begin : timex.end]):
                return min(timex.day.year, doc.article.published.year)
    return doc.article.published.year


def _aside(doc: Document, sentence: Sentence, mention: Mention) -> bool:
    """Tell whether a flight is named in passing: an earlier flight ('who flew on Shenzhou-6 in 2005')."""
    after = sentence.after(sentence.rel(mention.end), 12)
    year = re.match(r"^(?:\s+in|,)\s+(\d{4})\b|^\s*\((\d{4})\)", after)
    if year and int(year.group(1) or year.group(2)) < doc.article.published.year:
        return True
    before = sentence.before(sentence.rel(mention.begin), 40)
    earlier = (
        r"\b(?:who|which|that)\s+(?:had\s+|has\s+)?(?:flew|flown|rode|commanded|piloted)\s+(?:up\s+|out\s+)?"
        r"(?:on|aboard)\s+$"
    )
    return bool(re.search(earlier, before)) or names_successor(sentence, mention)


def drop_unused_missions(doc: Document) -> None:
    """Remove an unnamed flight that no fact ended up describing."""
    for key, entity in list(doc.entities.items()):
        if entity.kind == "mission" and doc.state[key].unnamed:
            described = [f for f in doc.facts if f.subject == key and f.predicate not in ("status", "status_wording")][
                :1
            ]
            if not described:
                doc.remove_facts([f for f in doc.facts if f.subject == key or f.obj == key])
                del doc.entities[key]

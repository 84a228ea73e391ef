"""The extraction pipeline: article text -> sentences -> mentions -> entities -> facts with evidence."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from kg.extract.clauses import names_successor
from kg.extract.document import Document, Sentence
from kg.extract.linking import link_names
from kg.extract.mentions import Mention, find_mentions
from kg.extract.model import Article, Extraction, Fact, Value
from kg.extract.quantities import find_quantities
from kg.extract.resources import get_resources, lexicon_re, load_json
from kg.extract.rules_crew import apply_list_crew_rules
from kg.extract.rules_crew_openings import apply_crew_opening_rules, is_bulleted_crew_item
from kg.extract.rules_crew_roles import apply_crew_rules, apply_history_rules
from kg.extract.rules_destinations import add_suborbital_destinations
from kg.extract.rules_events import apply_event_rules, settle_statuses
from kg.extract.rules_figures import apply_figure_rules
from kg.extract.rules_films import FilmSlot, apply_cast_rules, apply_film_rules, settle_films
from kg.extract.rules_flights import find_planned_flight
from kg.extract.rules_later_occupations import apply_later_occupation_rules
from kg.extract.rules_orgs import add_programme_operators, apply_org_rules
from kg.extract.rules_people import apply_people_rules
from kg.extract.rules_vehicles import apply_vehicle_rules, drop_vague_landing_sites
from kg.extract.sentence_marks import sentence_flags
from kg.extract.sentences import split_sentences
from kg.extract.timex import Timex, find_timexes

_HEADER = re.compile(r"^\ufeff?\s*(?:date\s+\d{4}-\d{2}-\d{2}|.*\bBy\s+.*\d{1,2}/\d{1,2}/\d{4})", re.IGNORECASE)
# Words that bring a retrospective story back to the day of publication.
_PRESENT = re.compile(
    r"\b(?:now|nowadays|currently|this\s+(?:year|summer|spring|autumn|fall|winter|week|month)|recently|"
    r"(?<!ago\s)today|tonight|yesterday|tomorrow)\b",
    re.I,
)
_FLIGHT_CUE = re.compile(
    r"\b(?:took off|lifted off|blasted off|launched|launch(?:es)?|docked|splashed down|landed|crewed|manned|"
    r"astronauts?|cosmonauts?|taikonauts?|spaceflight|space flight)\b",
    re.IGNORECASE,
)


def extract(article: Article) -> Extraction:
    """Return everything found in an article: entities with mentions, facts with evidence, sentences."""
    doc = Document(article)
    _read_sentences(doc)
    link_names(doc)
    apply_people_rules(doc)
    main = _main_flight(doc)
    films: dict[str, FilmSlot] = {}
    previous = main
    for sentence in doc.sentences:
        mission = _sentence_flight(doc, sentence, main, previous)
        doc.context[sentence.index] = mission
        if mission and _is_biography(doc, sentence, mission):
            sentence.prior = True
        if mission:
            apply_crew_rules(doc, sentence, mission)
            apply_vehicle_rules(doc, sentence, mission)
            apply_figure_rules(doc, sentence, mission)
        apply_history_rules(doc, sentence)
        if not is_bulleted_crew_item(doc, sentence):
            apply_list_crew_rules(doc, sentence, mission, main)
        apply_crew_opening_rules(doc, sentence, mission)
        apply_later_occupation_rules(doc, sentence)
        apply_event_rules(doc, sentence, mission, None)
        apply_org_rules(doc, sentence, mission)
        apply_film_rules(doc, sentence, mission, films)
        apply_cast_rules(doc, sentence, mission, films)
        previous = mission
    _add_own_spacecraft(doc)
    _drop_generic_spacecraft(doc)
    _add_same_day_landings(doc)
    _add_agencies_of_crew(doc)
    add_programme_operators(doc, main)
    _add_roles_from_occupations(doc, {slot.mission for slot in films.values() if slot.mission})
    _keep_most_precise_dates(doc)
    drop_vague_landing_sites(doc)
    _drop_orbit_beside_station(doc)
    add_suborbital_destinations(doc)
    settle_statuses(doc)
    settle_films(doc, films)
    _drop_unused_missions(doc)
    return Extraction(
        article=article, entities=doc.entities, facts=doc.facts, sentences=[s.span for s in doc.sentences]
    )


def _read_sentences(doc: Document) -> None:
    """Split the body (everything after a metadata header line) into analysed sentences."""
    text = doc.article.text
    first_line_end = text.find("\n")
    start = first_line_end + 1 if first_line_end >= 0 and _HEADER.match(text[:first_line_end]) else 0
    published = doc.article.published
    anchor: date | None = None
    for index, span in enumerate(split_sentences(text, start)):
        sentence_text = text[span.begin : span.end]
        future, prior, not_crew, plot = sentence_flags(sentence_text)
        # A present-tense aside ('Brand, 92, is expected on Saturday') does not end the retrospective.
        aside = future or _PRESENT.search(sentence_text)
        timexes = find_timexes(sentence_text, published, future, None if aside else anchor)
        dateline = _dateline_re().match(sentence_text)
        if dateline:
            timexes = [t for t in timexes if t.begin >= dateline.end()]
        anchor = anchor if aside else _story_day(timexes, published, anchor)
        doc.sentences.append(
            Sentence(
                index=index,
                span=span,
                text=sentence_text,
                mentions=find_mentions(text, span.begin, span.end),
                timexes=timexes,
                quantities=find_quantities(sentence_text),
                future=future,
                prior=prior,
                not_crew=not_crew,
                plot=plot,
            )
        )


@lru_cache(maxsize=1)
def _dateline_re() -> re.Pattern[str]:
    """Return the pattern of a wire story's dateline ('MOSCOW, Sept 19:'), whose date is the filing date."""
    return re.compile(load_json("patterns.json")["dateline"])


def _story_day(timexes: list[Timex], published: date, anchor: date | None) -> date | None:
    """Return the day a retrospective story is told from: the latest full date at least two years back."""
    for timex in timexes:
        if timex.grain == "day" and timex.day and timex.day.year <= published.year - 2:
            # The launch told after the anniversary of a long flight's landing keeps the later day.
            backstory = anchor is not None and 0 < (anchor - timex.day).days <= 730
            anchor = anchor if backstory else timex.day
        elif timex.grain == "day" and timex.day and timex.day.year >= published.year - 1:
            anchor = None
    return anchor


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
    cues = [s for s in doc.sentences if _FLIGHT_CUE.search(s.text) and not s.plot]
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


# 'The flight, known as NS-16,' / 'Their mission, dubbed X': the name given to the flight the story tells of.
_NAMING = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]heir|[Ii]ts|[Tt]oday's)\s+(?:\w+\s+)?(?:flight|mission),?\s+(?:which\s+is\s+|was\s+|is\s+)?"
    r"(?:known\s+as|called|named|dubbed|designated|code-named)\s+[\"“]?$"
)


def _is_named_as_the_flight(sentence: Sentence, mention: Mention) -> bool:
    """Tell whether the words before a flight's name give it as the name of the flight told of ('known as')."""
    before = sentence.text[: sentence.rel(mention.begin)]
    # The pattern ends in a naming word and a space (and maybe a quote): only then is the clause searched.
    bare = before[:-1] if before.endswith(('"', "“")) else before
    if not bare[-1:].isspace() or not bare.rstrip().endswith(("as", "called", "named", "dubbed", "designated")):
        return False
    return _NAMING.search(before) is not None


def _mention_weight(sentence: Sentence, early: bool) -> float:
    """Return how much a mention tells what the article is about: more in the opening and beside launch cues."""
    if sentence.not_crew:
        # Station residents and greeters ('the Crew-1 astronauts already on board') are side players.
        return 0.5
    return 1.0 + (0.5 if sentence.index < 2 or early else 0.0) + (0.5 if _FLIGHT_CUE.search(sentence.text) else 0.0)


def _first_indexes(doc: Document) -> dict[str | None, int]:
    """Return the index of the first sentence mentioning each entity."""
    first: dict[str | None, int] = {}
    for sentence in doc.sentences:
        for mention in sentence.mentions:
            first.setdefault(mention.key, sentence.index)
    return first


_PROGRAMME = re.compile(
    r"\b(?:programme|program|mission|project|flight)\s+(?:called|named|dubbed|known\s+as),?\s+[\"“‘']?"
    r"(?P<a>[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*){0,2})"
    r"|\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?P<b>[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*){0,2})\s+"
    r"(?:human\s+spaceflight\s+|crewed\s+|space\s+)?(?:programme|program|mission)\b"
)


def _unnamed_label(doc: Document) -> str:
    """Return a readable label for a flight the article does not name: its programme, else its vehicle."""
    text = doc.article.text
    start = doc.sentences[0].span.begin if doc.sentences else 0
    for match in _PROGRAMME.finditer(text, start):
        name = (match.group("a") or match.group("b")).strip()
        if name.split()[0] not in ("The", "This", "That", "First", "New"):
            return name
    for sentence in doc.sentences:
        for mention in sentence.of_kind("spacecraft", "launch_vehicle"):
            return f"{doc.entities[str(mention.key)].label} crewed flight"
    return f"Crewed flight reported on {doc.article.published.isoformat()}"


# Words that point back at the vehicle of the sentence before ('was launched on it', 'the capsule docked').
_BACK_REFERENCE = re.compile(
    r"\b(?:on|aboard|in|inside|with)\s+it\b|\b(?:the|that|this)\s+(?:capsule|spacecraft|ship|craft)\b", re.I
)

# A sentence opening on 'The new crew' or 'The three astronauts' speaks of the article's own flight.
_MAIN_CREW_OPENING = re.compile(
    r"(?:The|Its)\s+(?:new\s+|(?:two|three|four|five|six|seven)\s+)?(?:crew|astronauts|cosmonauts|taikonauts)\b"
)


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
    if main and _MAIN_CREW_OPENING.match(sentence.text):
        return main
    if previous and (previous == main or doc.state[previous].owner or _BACK_REFERENCE.search(sentence.text)):
        return previous
    return main or previous


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
    return bool(
        re.search(
            r"\b(?:spent|flew|served|was|were|had|commanded|piloted|became|made|logged|holds|held)\b", sentence.text
        )
    )


def _names_past_year(doc: Document, sentence: Sentence) -> bool:
    """Tell whether a sentence names a year at least two years before publication."""
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", sentence.text)]
    return any(year <= doc.article.published.year - 2 for year in years)


def _add_same_day_landings(doc: Document) -> None:
    """Date the landing of a flight that lasted under a day (suborbital hops) on its launch day."""
    for key, entity in doc.entities.items():
        if entity.kind != "mission" or doc.facts_of(key, "landing_date"):
            continue
        launches = [
            f.obj
            for f in doc.facts_of(key, "launch_date")
            if isinstance(f.obj, Value) and f.obj.type in ("date", "dateTime")
        ]
        durations = [f for f in doc.facts_of(key, "duration") if isinstance(f.obj, Value)]
        if len({v.lexical[:10] for v in launches}) != 1 or not (
            (durations and all(isinstance(f.obj, Value) and f.obj.lexical.startswith("PT") for f in durations))
            or any(_is_short_flight_to_landing(doc, f) for f in durations)
        ):
            continue
        landing = next(
            (
                s
                for s in doc.sentences
                if doc.context.get(s.index) == key and not s.future and lexicon_re("landing_words").search(s.text)
            ),
            None,
        )
        if landing is None:
            continue
        word = lexicon_re("landing_words").search(landing.text)
        assert word is not None
        day = Value(launches[0].lexical[:10], "date")
        doc.add_fact(
            key,
            "landing_date",
            day,
            landing,
            landing.span.begin + word.start(),
            landing.span.begin + word.end(),
            "date.landing_same_day",
            0.6,
        )


def _is_short_flight_to_landing(doc: Document, fact: Fact) -> bool:
    """Tell whether a duration under a day is the whole flight ('from liftoff to touchdown it lasted 19 minutes')."""
    lexical = str(fact.obj.lexical) if isinstance(fact.obj, Value) else ""
    hours = re.match(r"^PT(?:(\d+)H)?", lexical)
    if not hours or int(hours.group(1) or 0) >= 24:
        return False
    sentence = doc.sentence_at(fact.evidence.sentence)
    return bool(lexicon_re("landing_words").search(sentence.text)) and not sentence.future


def _add_agencies_of_crew(doc: Document) -> None:
    """Record a space agency whose astronauts fly a flight as a partner of that flight."""
    for fact in [f for f in doc.facts if f.predicate == "crew_member"]:
        for affiliation in doc.facts_of(str(fact.obj), "affiliation"):
            org = str(affiliation.obj)
            if doc.state[org].type == "agency":
                sentence = doc.sentence_at(affiliation.evidence.sentence)
                doc.add_fact(
                    fact.subject,
                    "partner",
                    org,
                    sentence,
                    affiliation.evidence.span.begin,
                    affiliation.evidence.span.end,
                    "org.agency_of_crew",
                    0.6,
                )


def _drop_generic_spacecraft(doc: Document) -> None:
    """Drop 'Crew Dragon' as a flight's spacecraft when the capsule itself ('Freedom') is named."""
    doomed = []
    for key, entity in doc.entities.items():
        if entity.kind != "mission":
            continue
        crafts = doc.facts_of(key, "spacecraft")
        # Case-blind: the generic craft's label is its wording in the text ('space shuttle').
        families = {str(doc.state[str(f.obj)].family or "").casefold() for f in crafts}
        named = {doc.entities[str(f.obj)].label.casefold() for f in crafts} - families
        if named and families - {""}:
            doomed += [f for f in crafts if doc.entities[str(f.obj)].label.casefold() in families]
    doc.remove_facts(doomed)


# Words before a flight's name that make it history or a comparison ('since', 'like', 'the same pad used for').
_BACKGROUND_BEFORE = re.compile(
    r"\b(?P<cue>since|like|unlike|previous|earlier|last\s+time|last\s+year|same\b[^,;]*?\b(?:as|for|on|that)|"
    r"than|former|predecessor|(?:19|20)\d\d|(?:years|decades)\s+(?:to\s+the\s+day\s+)?after|anniversary\s+of)"
    r"\b[^;]*$",
    re.IGNORECASE,
)
_BACKGROUND_AFTER = re.compile(r"^[^;]*?\b(?P<cue>last\s+year|earlier|(?:19|20)\d\d)\b", re.IGNORECASE)


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
        _BACKGROUND_BEFORE.search(text[start : sentence.rel(mention.begin)]),
        _BACKGROUND_AFTER.search(text[sentence.rel(mention.end) : stop]),
    )
    return any(_is_past_cue(doc, match.group("cue")) for match in cues if match)


def _is_past_cue(doc: Document, cue: str) -> bool:
    """Tell whether a background cue counts: any cue word, or a year before the one the story is told in."""
    return not cue[:1].isdigit() or int(cue) < _story_year(doc)


def _story_year(doc: Document) -> int:
    """Return the year the opening tells of: an anniversary piece opens on its old date, news on the present."""
    for sentence in doc.sentences[:3]:
        for timex in sentence.timexes:
            if timex.grain == "day" and timex.day and re.search(r"\d{4}", sentence.text[timex.begin : timex.end]):
                return min(timex.day.year, doc.article.published.year)
    return doc.article.published.year


def _aside(doc: Document, sentence: Sentence, mention: Mention) -> bool:
    """Tell whether a flight is named in passing: an earlier flight ('who flew on Shenzhou-6 in 2005')."""
    after = sentence.text[sentence.rel(mention.end) : sentence.rel(mention.end) + 12]
    year = re.match(r"^(?:\s+in|,)\s+(\d{4})\b|^\s*\((\d{4})\)", after)
    if year and int(year.group(1) or year.group(2)) < doc.article.published.year:
        return True
    before = sentence.text[max(0, sentence.rel(mention.begin) - 40) : sentence.rel(mention.begin)]
    earlier = (
        r"\b(?:who|which|that)\s+(?:had\s+|has\s+)?(?:flew|flown|rode|commanded|piloted)\s+(?:up\s+|out\s+)?"
        r"(?:on|aboard)\s+$"
    )
    return bool(re.search(earlier, before)) or names_successor(sentence, mention)


def _add_own_spacecraft(doc: Document) -> None:
    """Give a flight named after its capsule (Soyuz MS-19, Shenzhou-13) that capsule as its spacecraft."""
    doomed = []
    for key, entity in list(doc.entities.items()):
        craft = doc.state[key].own_spacecraft
        if entity.kind == "mission" and craft and entity.mentions:
            evidence = entity.mentions[0]
            sentence = doc.sentence_at(evidence.sentence)
            doc.add_fact(
                key,
                "spacecraft",
                str(craft),
                sentence,
                evidence.span.begin,
                evidence.span.end,
                "vehicle.flight_named_after_capsule",
            )
            doomed += [
                f
                for f in doc.facts_of(key, "spacecraft")
                if f.obj != craft
                and doc.state[str(f.obj)].family
                and doc.entities[str(f.obj)].label == doc.state[str(f.obj)].family
            ]
    doc.remove_facts(doomed)


def _add_roles_from_occupations(doc: Document, filmed: set[str]) -> None:
    """Give crew with no stated flight role the role their occupation plays aboard (actress, cosmonaut)."""
    lexicon = doc.lexicon()
    occupations: dict[str, str] = lexicon["occupations"]
    film_roles = {occupations.get(word, word) for word in lexicon["film_roles"]}
    flight_roles = {occupations.get(word, word) for word in lexicon["flight_occupations"]}
    crew_facts = [f for f in doc.facts if f.predicate == "crew_member"]
    # Looked up per crew fact, so kept as a set rather than scanning the flight's crew each time.
    with_role = {(f.subject, str(f.obj)) for f in crew_facts if f.role}
    for fact in crew_facts:
        person = str(fact.obj)
        # A film trade is a role aboard only on a flight where a film is being made.
        aboard = flight_roles | (film_roles if fact.subject in filmed else set())
        if (fact.subject, person) in with_role:
            continue
        former = doc.state[person].former
        crew_sentences = doc.state[person].crew_sentences
        for occupation in doc.facts_of(person, "occupation"):
            value = str(occupation.obj.lexical) if isinstance(occupation.obj, Value) else ""
            index = doc.sentence_at(occupation.evidence.sentence).index
            if value in aboard and value not in former and index in crew_sentences:
                sentence = doc.sentences[index]
                doc.add_fact(
                    fact.subject,
                    "crew_member",
                    person,
                    sentence,
                    occupation.evidence.span.begin,
                    occupation.evidence.span.end,
                    "crew.role_from_occupation",
                    0.75,
                    value,
                )
                with_role.add((fact.subject, person))


def _keep_most_precise_dates(doc: Document) -> None:
    """Keep one launch and one landing date per flight: the most precise of those on the same day."""
    rank = {"dateTime": 4, "date": 3, "gYearMonth": 2, "gYear": 1}
    for predicate in ("launch_date", "landing_date"):
        by_subject: dict[str, list] = {}
        for fact in doc.facts:
            if fact.predicate == predicate and isinstance(fact.obj, Value):
                by_subject.setdefault(fact.subject, []).append(fact)
        doomed = []
        for facts in by_subject.values():
            best = max(enumerate(facts), key=lambda pair: (rank.get(pair[1].obj.type, 0), -pair[0]))[1]
            doomed += [f for f in facts if f is not best and best.obj.lexical.startswith(f.obj.lexical[:10])]
        doc.remove_facts(doomed)


def _drop_orbit_beside_station(doc: Document) -> None:
    """Drop 'orbit' as a destination when the flight's station is known ('194 days in orbit' aboard the ISS)."""
    doomed = []
    for key, entity in doc.entities.items():
        if entity.kind != "mission":
            continue
        destinations = doc.facts_of(key, "destination")
        if any(doc.entities[str(f.obj)].kind == "station" for f in destinations):
            doomed += [f for f in destinations if doc.entities[str(f.obj)].label == "orbit"]
    doc.remove_facts(doomed)


def _drop_unused_missions(doc: Document) -> None:
    """Remove an unnamed flight that no fact ended up describing."""
    for key, entity in list(doc.entities.items()):
        if entity.kind == "mission" and doc.state[key].unnamed:
            described = [f for f in doc.facts if f.subject == key and f.predicate not in ("status", "status_wording")][
                :1
            ]
            if not described:
                doc.remove_facts([f for f in doc.facts if f.subject == key or f.obj == key])
                del doc.entities[key]

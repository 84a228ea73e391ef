"""Annotation rules about dated events: launches, dockings, landings, announcements, postponements,
posts and other happenings, each with its date resolved against the publication date."""

from __future__ import annotations

import re
from datetime import date

from kg.extract.clauses import history_ranges, in_ranges, inside_name
from kg.extract.dated_flight_nouns import flight_of_dated_noun, flight_of_dated_ride
from kg.extract.document import Document, Sentence, slug
from kg.extract.event_triggers import Trigger, find_triggers, travels_to_space, trigger_for
from kg.extract.model import Value
from kg.extract.other_flight_clauses import (
    flight_before_next,
    flight_returned_in,
    other_flight_of_clause,
    rides_other_craft,
    traveller_of_other_flight,
)
from kg.extract.resources import lexicon_re, pattern_reader
from kg.extract.stay_ranges import range_flight, stay_ranges
from kg.extract.timex import Timex
from kg.extract.zones import combine

_pattern = pattern_reader("events.jsonl")


_EVENT_NAMES = {
    "launch": "Launch",
    "landing": "Landing",
    "docking": "Docking",
    "announcement": "Announcement",
    "postponement": "Postponement",
    "post": "Social-media post",
}


def apply_event_rules(doc: Document, sentence: Sentence, mission: str | None) -> None:
    """Turn the dated expressions of one sentence into events (and flight launch/landing dates)."""
    triggers = find_triggers(sentence)
    timexes = sentence.timexes
    calendars = [t for t in timexes if t.grain != "clock"]
    clocks = [t for t in timexes if t.grain == "clock"]
    if mission and not (
        sentence.future or sentence.prior or sentence.plot or lexicon_re("postponement_words").search(sentence.text)
    ):
        for verb in [*lexicon_re("launch_verbs").finditer(sentence.text), *travels_to_space(sentence)]:
            if not inside_name(sentence, verb.start()) and not re.search(
                r"\b(?:to|attempt|attempts|try|tries|trying)\s+$",
                sentence.before(verb.start(), 12),
            ):
                state = doc.state[mission]
                state.launched_wording = state.launched_wording or (sentence.index, verb.group(0))
    _mission_years(doc, sentence)
    used_clocks: set[int] = set()
    history = history_ranges(sentence, doc.article.published.year)
    spanned = _add_stay_ranges(doc, sentence, mission) | _add_dated_flight_nouns(doc, sentence)
    for timex in calendars:
        if (
            id(timex) in spanned
            or _names_year(doc, sentence, timex)
            or _in_time_conversion(sentence, timex.begin, clocks)
        ):
            continue
        owner = _history_flight(sentence, timex, history) if in_ranges(timex.begin, history) else mission
        trig = trigger_for(sentence, timex, triggers, timexes) or _past_happening(doc, sentence, timex)
        if trig is None:
            continue
        if owner == mission:
            owner = (
                other_flight_of_clause(sentence, min(trig[0], timex.begin), mission)
                or flight_before_next(sentence, timex.begin, mission, doc.main)
                or (flight_returned_in(sentence, max(trig[1], timex.end), mission) if trig[2] == "landing" else None)
                or owner
            )
        value = timex.to_value()
        if value is None:
            continue
        clock = _clock_for(timex, clocks)
        if clock is not None and timex.day is not None:
            value = combine(timex.day, clock, _site_zone(doc, sentence, mission))
            used_clocks.add(clocks.index(clock))
        end = max(timex.end, clock.end) if clock else timex.end
        _add_event(doc, sentence, trig, value, min(trig[0], timex.begin), max(trig[1], end), owner)
    for index, clock in enumerate(clocks):
        if index in used_clocks or _in_time_conversion(sentence, clock.begin, clocks):
            continue
        trig = trigger_for(sentence, clock, triggers, timexes)
        if trig is None or mission is None:
            continue
        day = _anchor_day(doc, mission, trig[2], sentence, trig[3], clock)
        if day is None:
            continue
        value = combine(day, clock, _site_zone(doc, sentence, mission))
        _add_event(doc, sentence, trig, value, min(trig[0], clock.begin), max(trig[1], clock.end), mission)


def _add_stay_ranges(doc: Document, sentence: Sentence, mission: str | None) -> set[int]:
    """Date the launch and landing of a flight told over a span ('from June 2021 to May 2022'); return their ids."""
    spanned: set[int] = set()
    for first, last in stay_ranges(sentence):
        spanned |= {id(first), id(last)}
        owner = range_flight(doc, sentence, mission, first, last)
        if owner is None:
            continue
        opening = sentence.text.rfind("from", 0, first.begin)
        for timex, event_type in ((first, "launch"), (last, "landing")):
            value = timex.to_value()
            assert value is not None
            trig = (opening, opening + 4, event_type, "from")
            _add_event(doc, sentence, trig, value, opening, timex.end, owner, historic=True)
    return spanned


def _add_dated_flight_nouns(doc: Document, sentence: Sentence) -> set[int]:
    """Date an earlier flight told by a dated noun ('the July 2021 flight of A on the NS-16 mission'); return ids."""
    dated: set[int] = set()
    for timex in sentence.timexes:
        named = flight_of_dated_noun(sentence, timex) or flight_of_dated_ride(sentence, timex)
        value = timex.to_value()
        if named is None or value is None or not _is_history(doc, value):
            continue
        dated.add(id(timex))
        doc.state[named[0]].historic_launch = doc.state[named[0]].historic_launch or value.lexical
        trig = (timex.begin, named[1], "launch", "flight")
        _add_event(doc, sentence, trig, value, timex.begin, named[1], named[0], historic=True)
    return dated


def _past_happening(doc: Document, sentence: Sentence, timex: Timex) -> Trigger | None:
    """Return a past verb dated by the expression after it ('went up in 1978', 'was hurt in January')."""
    value = timex.to_value()
    published = doc.article.published.isoformat()
    if value is None or value.lexical > published[: len(value.lexical)]:
        return None
    text = sentence.text
    window_begin = max(0, timex.begin - 60)
    best = None
    for verb in lexicon_re("past_event_verbs").finditer(text, window_begin, timex.begin):
        if _pattern("verb_date_gap").fullmatch(text, verb.end(), timex.begin) and not inside_name(
            sentence, verb.start()
        ):
            best = verb
    if best is None:
        return None
    return (best.start(), best.end(), "other", "happening")


def _history_flight(sentence: Sentence, timex: Timex, history: list[tuple[int, int]]) -> str | None:
    """Return the one flight named in the history clause holding a date ('who flew on Unity 22 in July 2021')."""
    begin, end = next((b, e) for b, e in history if b <= timex.begin < e)
    flights = {m.key for m in sentence.of_kind("mission") if m.key and begin <= sentence.rel(m.begin) < end}
    return flights.pop() if len(flights) == 1 else None


def _mission_years(doc: Document, sentence: Sentence) -> None:
    """Date an earlier flight named with its date ('since Apollo 17 in 1972', 'Vostok 1 in April 1961')."""
    for mention in sentence.of_kind("mission"):
        timex = _date_after_name(sentence, mention.end)
        value = timex.to_value() if timex else None
        if timex is None or value is None or not mention.key:
            continue
        # Only history: a date before the month of publication, and not before spaceflight began.
        if not _is_history(doc, value):
            continue
        trig = (sentence.rel(mention.begin), timex.end, "launch", "flight")
        state = doc.state[mention.key]
        state.historic_launch = state.historic_launch or value.lexical
        _add_event(doc, sentence, trig, value, trig[0], trig[1], mention.key, historic=True)


def _date_after_name(sentence: Sentence, end: int) -> Timex | None:
    """Return the calendar date written right after a flight's name, if any."""
    rel = sentence.rel(end)
    for timex in sentence.timexes:
        if (
            timex.grain != "clock"
            and timex.begin >= rel
            and _pattern("name_date_gap").fullmatch(sentence.text[rel : timex.begin])
        ):
            return timex
    return None


def _is_history(doc: Document, value: Value) -> bool:
    """Tell whether a date lies before the month of publication, and not before spaceflight began."""
    return value.lexical[:4] >= "1957" and value.lexical[:7] < doc.article.published.isoformat()[:7]


def _names_year(doc: Document, sentence: Sentence, timex: Timex) -> bool:
    """Tell whether a date right after a flight's name ('Apollo 17 in 1972') is that flight's own, handled apart."""
    if not any(_date_after_name(sentence, m.end) is timex for m in sentence.of_kind("mission")):
        return False
    value = timex.to_value()
    return timex.grain == "year" or (value is not None and _is_history(doc, value))


def _in_time_conversion(sentence: Sentence, begin: int, clocks: list[Timex]) -> bool:
    """Tell whether a time expression sits in brackets right after a clock time ('6:04 a.m. (5:04 p.m. CDT
    Wednesday)'): the same moment told again in another zone, dated by the time before the brackets."""
    opening = sentence.text.rfind("(", 0, begin)
    if opening < 0 or ")" in sentence.text[opening:begin]:
        return False
    return any(c.end <= opening and not sentence.text[c.end : opening].strip() for c in clocks)


def _clock_for(timex: Timex, clocks: list[Timex]) -> Timex | None:
    """Return the clock time written next to a day expression ('last night at 8:02 p.m.'), if any."""
    if timex.grain != "day":
        return None
    for clock in clocks:
        if 0 <= clock.begin - timex.end <= 6 or 0 <= timex.begin - clock.end <= 6:
            return clock
    return None


def _anchor_day(
    doc: Document, mission: str, event_type: str, sentence: Sentence, wording: str, clock: Timex
) -> date | None:
    """Return the day a bare clock time belongs to: the flight's known date for that event, else publication."""
    predicate = {"launch": "launch_date", "landing": "landing_date"}.get(event_type)
    if predicate:
        for fact in doc.facts_of(mission, predicate):
            if isinstance(fact.obj, Value) and fact.obj.type in ("date", "dateTime"):
                return date.fromisoformat(fact.obj.lexical[:10])
    # A day written in the clock's own sentence ('Two days later, at about 9 a.m.') comes first.
    for earlier in reversed(doc.sentences[max(0, sentence.index - 2) : sentence.index + 1]):
        # A launch or landing told as done happened by the day of telling, whatever day a neighbour looks ahead to.
        days = [
            t.day
            for t in earlier.timexes
            if t.grain == "day" and t.day and (sentence.future or t.day <= doc.article.published)
        ]
        if days:
            return days[-1]
    if event_type == "launch" and not sentence.future:
        return doc.article.published
    # 'The capsule touched down at 8:11 a.m.' with no day: a landing told as done is the story's day; so is one told
    # by a participle of a verb and its particle ('began its descent, touching back down at 4:44pm'), not a bare noun.
    words = wording.split()
    if (
        event_type == "landing"
        and not sentence.future
        and (re.search(r"(?:ed|came|set)\b", words[0]) or (len(words) > 1 and words[0].endswith("ing")))
    ):
        return _launch_day_before(doc, mission, clock) or doc.article.published
    return None


def _launch_day_before(doc: Document, mission: str, clock: Timex) -> date | None:
    """Return the flight's launch day, the day before publication, when a landing's clock time falls later that day.

    'Lifted off at 9:36am on Sunday' then, in a story of Monday, 'touched down at 9:46am': a short flight lands on
    the day it left, not on the day of telling.
    """
    suborbital = any(
        doc.entities[str(f.obj)].label == "suborbital space"
        for f in doc.facts_of(mission, "destination")
        if str(f.obj) in doc.entities
    )
    for fact in doc.facts_of(mission, "launch_date"):
        lexical = fact.obj.lexical if isinstance(fact.obj, Value) else ""
        if len(lexical) < 10 or (doc.article.published - date.fromisoformat(lexical[:10])).days != 1:
            continue
        if len(lexical) >= 16 and clock.hour is not None and clock.minute is not None:
            later = (clock.hour, clock.minute) > (int(lexical[11:13]), int(lexical[14:16]))
        else:
            later = suborbital
        if later:
            return date.fromisoformat(lexical[:10])
    return None


def _site_zone(doc: Document, sentence: Sentence, mission: str | None) -> str | None:
    """Return the time zone of the launch site named in the sentence, or of the flight's launch site."""
    for mention in sentence.mentions:
        if mention.kind == "launch_site" and mention.key:
            return str(doc.state[mention.key].tz or "") or None
    if mission:
        for fact in doc.facts_of(mission, "launch_site"):
            return str(doc.state[str(fact.obj)].tz or "") or None
    return None


def _add_event(
    doc: Document,
    sentence: Sentence,
    trig: Trigger,
    value: Value,
    begin: int,
    end: int,
    mission: str | None,
    historic: bool = False,
) -> None:
    """Create the event entity for a dated trigger and link it to its flight."""
    event_type, word = trig[2], trig[3]
    # Nothing flew to space before Sputnik: a launch or landing dated earlier misread a number ('50 years ago').
    if event_type in ("launch", "landing", "docking") and value.lexical[:4] < "1957":
        return
    about = mission if event_type in ("launch", "landing", "docking", "announcement", "postponement", "post") else None
    published = doc.article.published.isoformat()
    if about and event_type == "launch" and doc.state[about].launched_wording and value.lexical[:10] > published:
        about = None
    if (
        about
        and event_type == "launch"
        and not historic
        and not doc.state[about].launched_wording
        and (value.lexical[:4] < published[:4])
    ):
        about = None
    if about and event_type == "launch" and not historic:
        # A flight dated by its name ('Shenzhou-5 in October 2003') launched then, not on a later date of the sentence.
        known = str(doc.state[about].historic_launch or "")
        if known and not (value.lexical.startswith(known) or known.startswith(value.lexical)):
            about = None
    if (
        about
        and event_type in ("launch", "landing")
        and (traveller_of_other_flight(doc, sentence, trig[0], about) or rides_other_craft(doc, sentence, about))
    ):
        about = None
    span_begin, span_end = sentence.span.begin + begin, sentence.span.begin + end
    name = _EVENT_NAMES.get(event_type, word.capitalize())
    subject = doc.entities[about].label if about else None
    label = f"{name} of {subject}" if subject else f"{name} ({value.lexical[:10]})"
    key = doc.add_entity("event", label, label, key=f"event-{event_type}-{slug(subject or word)}-{value.lexical[:10]}")
    doc.add_mention(key, doc.evidence(sentence, span_begin, span_end, f"event.{event_type}"))
    doc.add_fact(
        subject=key,
        predicate="event_type",
        obj=Value(event_type if event_type in _EVENT_NAMES else "other"),
        evidence=doc.evidence(sentence, span_begin, span_end, f"event.{event_type}"),
    )
    doc.add_fact(
        subject=key,
        predicate="date",
        obj=value,
        evidence=doc.evidence(sentence, span_begin, span_end, f"event.{event_type}.date"),
    )
    if about:
        doc.add_fact(
            subject=key,
            predicate="about",
            obj=about,
            evidence=doc.evidence(sentence, span_begin, span_end, f"event.{event_type}.about", 0.8),
        )
        if event_type in ("launch", "landing"):
            doc.add_fact(
                subject=about,
                predicate=f"{event_type}_date",
                obj=value,
                evidence=doc.evidence(sentence, span_begin, span_end, f"date.{event_type}", 0.85),
            )
        if event_type == "postponement":
            doc.state[about].postponed = (sentence.index, sentence.text[trig[0] : end - sentence.span.begin])
    agent = _agent(doc, sentence, trig[0])
    if agent:
        doc.add_fact(
            subject=key,
            predicate="agent",
            obj=agent,
            evidence=doc.evidence(sentence, span_begin, span_end, f"event.{event_type}.agent", 0.7),
        )


def _agent(doc: Document, sentence: Sentence, trigger: int) -> str | None:
    """Return the person or organisation nearest before a trigger (a post's author, a spacewalker)."""
    best = None
    for mention in sentence.mentions:
        handle = sentence.after(sentence.rel(mention.end), 3)
        if mention.kind == "person" and mention.key and re.match(r"\s*\(@", handle):
            return mention.key
    for mention in sentence.mentions:
        kinds = ("person", "organization")
        if mention.kind in kinds and mention.key and sentence.rel(mention.end) <= trigger and not mention.possessive:
            best = mention.key
    if best is None and lexicon_re("post_words").search(sentence.text):
        for mention in sentence.mentions:
            if mention.kind == "person" and mention.key:
                best = mention.key
    return best

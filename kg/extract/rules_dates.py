"""Date rules over the whole article: a short flight's landing day, a landing just done, one date per event kept."""

from __future__ import annotations

import re
from datetime import date, timedelta

from kg.extract.document import Document
from kg.extract.model import Fact, Value
from kg.extract.numbers import parse_number
from kg.extract.resources import lexicon_re, pattern_reader

_pattern = pattern_reader("events.jsonl")


def add_same_day_landings(doc: Document) -> None:
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
            subject=key,
            predicate="landing_date",
            obj=day,
            evidence=doc.match_evidence(landing, word, "date.landing_same_day", 0.6),
        )


def add_dates_told_as_just_done(doc: Document) -> None:
    """Date a landing or launch told as just done ('have splashed down safely') on the day of telling.

    Only for a flight the article dates no other way, in a sentence that names no day of its own.
    """
    for sentence in doc.sentences:
        key = doc.context.get(sentence.index)
        if key is None or sentence.future or sentence.prior or any(t.grain != "clock" for t in sentence.timexes):
            continue
        match = _pattern("just_done").search(sentence.text)
        if match is None:
            continue
        predicate = "landing_date" if match.group("landing") else "launch_date"
        if doc.facts_of(key, predicate) or (predicate == "launch_date" and doc.facts_of(key, "landing_date")):
            continue
        doc.add_fact(
            subject=key,
            predicate=predicate,
            obj=Value(doc.article.published.isoformat(), "date"),
            evidence=doc.match_evidence(sentence, match, "date.just_done", 0.6),
        )


def _is_short_flight_to_landing(doc: Document, fact: Fact) -> bool:
    """Tell whether a duration under a day is the whole flight ('from liftoff to touchdown it lasted 19 minutes')."""
    lexical = str(fact.obj.lexical) if isinstance(fact.obj, Value) else ""
    hours = re.match(r"^PT(?:(\d+)H)?", lexical)
    if not hours or int(hours.group(1) or 0) >= 24:
        return False
    sentence = doc.sentence_at(fact.evidence.sentence)
    return bool(lexicon_re("landing_words").search(sentence.text)) and not sentence.future


def keep_most_precise_dates(doc: Document) -> None:
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


def drop_launch_years_of_other_flights(doc: Document) -> None:
    """Drop a flight's year-only launch dates of another year than its dated launch: older launches told in history."""
    by_subject: dict[str, list[Fact]] = {}
    for fact in doc.facts:
        if fact.predicate == "launch_date" and isinstance(fact.obj, Value):
            by_subject.setdefault(fact.subject, []).append(fact)
    doomed = []
    for facts in by_subject.values():
        # A flight launches once: a bare year that disagrees with its dated launch is some other launch's.
        dated = {
            str(f.obj.lexical)[:4] for f in facts if isinstance(f.obj, Value) and f.obj.type in ("date", "dateTime")
        }
        if dated:
            doomed += [
                f for f in facts if isinstance(f.obj, Value) and f.obj.type == "gYear" and f.obj.lexical not in dated
            ]
    doc.remove_facts(doomed)


def add_launches_counted_back_from_landing(doc: Document) -> None:
    """Date a launch counted back from its landing ('returned to Earth one day after it blasted off')."""
    for key, entity in doc.entities.items():
        if entity.kind != "mission" or any(
            isinstance(f.obj, Value) and f.obj.type in ("date", "dateTime") for f in doc.facts_of(key, "launch_date")
        ):
            continue
        for fact in doc.facts_of(key, "landing_date"):
            if not isinstance(fact.obj, Value) or fact.obj.type not in ("date", "dateTime"):
                continue
            sentence = doc.sentence_at(fact.evidence.sentence)
            match = _pattern("days_after_launch").search(sentence.text)
            back = parse_number(match.group("days")) if match and match.group("days") else 1
            if match is None or back is None or back != int(back) or not 0 < back <= 400:
                continue
            day = date.fromisoformat(fact.obj.lexical[:10]) - timedelta(days=int(back))
            doc.add_fact(
                subject=key,
                predicate="launch_date",
                obj=Value(day.isoformat(), "date"),
                evidence=doc.match_evidence(sentence, match, "date.launch_before_landing", 0.6),
            )
            break

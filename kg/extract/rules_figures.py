"""Figure rules: a flight's duration and altitude, told as quantities near cue words."""

from __future__ import annotations

import re

from kg.extract.clauses import (
    contrast_ranges,
    in_ranges,
    verb_matches,
)
from kg.extract.document import Document, Sentence
from kg.extract.model import Value
from kg.extract.other_flight_clauses import other_flight_of_clause
from kg.extract.quantities import Quantity
from kg.extract.resources import pattern_reader

_pattern = pattern_reader("figures.jsonl")

# Well past the highest orbits flown around Earth (about 36,000 km) and short of the Moon (about 384,000 km).
_FARTHEST_ORBIT_KM = 100_000


def apply_figure_rules(doc: Document, sentence: Sentence, mission: str) -> None:
    """Durations and altitudes of `mission` stated in one sentence."""
    if sentence.plot or sentence.prior:
        return
    # 'He spent two weeks in space on the shuttle in 2009': a sentence of a past year tells an earlier flight,
    # whose figures are its own only when the sentence names it ('rode Freedom 7 on a 15-minute hop in 1961') or the
    # year is the flight's own (a story told fifty years on).
    told = any(m.key == mission for m in sentence.of_kind("mission"))
    own = _flight_years(doc, mission)
    years = [int(y) for y in _pattern("year").findall(sentence.text)]
    # A long stay lands in the year after its launch ('launched in November 1973 ... landed on February 8, 1974').
    if not told and any(y <= doc.article.published.year - 2 and not {y, y - 1} & own for y in years):
        return
    text = sentence.text
    contrast = contrast_ranges(text)
    quantities = sentence.quantities
    for index, quantity in enumerate(quantities):
        if in_ranges(quantity.begin, contrast) or (index and _is_conversion(text, quantities[index - 1], quantity)):
            continue
        before = sentence.before(quantity.begin, 25)
        after = _pattern("conversion_after").sub("", sentence.after(quantity.end, 60), count=1)[:30]
        span = (sentence.span.begin + quantity.begin, sentence.span.begin + quantity.end)
        if quantity.kind == "duration":
            if _pattern("duration_veto").match(after) or re.search(r"\b(?:months|years) of\s+$", before):
                continue
            if _pattern("career_before").search(sentence.before(quantity.begin, 80)) or _pattern("career_after").match(
                text[quantity.end :]
            ):
                continue
            if re.fullmatch(r"PT[\d.]+S", quantity.lexical) and _pattern("seconds_after_launch").match(after):
                continue
            if _is_station_age(sentence, quantity.begin) or _pattern("uncrewed_craft_before").search(
                sentence.before(quantity.begin, 120)
            ):
                continue
            # 'Within 10 minutes after liftoff the boosters separated': a moment of the ascent, unless it lands then.
            if (
                re.fullmatch(r"PT[\d.]+M", quantity.lexical)
                and _pattern("seconds_after_launch").match(after)
                and not verb_matches(sentence, "landing_words")
            ):
                continue
            if _pattern("booster_landing_before").search(sentence.before(quantity.begin, 100)):
                continue
            # 'The capsule docked with the station about three and a half hours after liftoff': the time to dock.
            if (
                _pattern("seconds_after_launch").match(after)
                and verb_matches(sentence, "docking_words")
                and not verb_matches(sentence, "landing_words")
            ):
                continue
            if _pattern("prepared_for_before").search(sentence.before(quantity.begin, 80)) or _pattern(
                "other_stint_before"
            ).search(sentence.before(quantity.begin, 80)):
                continue
            owner = other_flight_of_clause(sentence, quantity.begin, mission)
            named = _flight_named_after(sentence, quantity.end)
            if named is not None:
                owner, after = named
            if (
                _pattern("duration_cue_after").match(after)
                or _pattern("duration_strong_before").search(before)
                or _pattern("orbits_in").search(sentence.before(quantity.begin, 60))
                or _pattern("stay_for").search(sentence.before(quantity.begin, 80))
                or _pattern("work_aboard_for").search(sentence.before(quantity.begin, 80))
                or (
                    _pattern("been_aboard_for").search(sentence.before(quantity.begin, 80))
                    and "Y" not in quantity.lexical
                )
                or _pattern("opening_for").fullmatch(text[: quantity.begin])
                or _pattern("home_after").search(sentence.before(quantity.begin, 100))
                or (
                    _pattern("return_after_arrival").search(sentence.before(quantity.begin, 80))
                    and _pattern("since_arrival").match(text[quantity.end :])
                )
                or (_pattern("after_release").match(after) and bool(verb_matches(sentence, "landing_words")))
                or (_pattern("duration_cue_before").search(before) and re.match(r"^\s*(?:in|aboard|on|at)\b", after))
            ):
                doc.add_fact(
                    subject=owner or mission,
                    predicate="duration",
                    obj=Value(quantity.lexical, "duration"),
                    evidence=doc.evidence(sentence, *span, "figure.duration", 0.8),
                )
        elif (
            quantity.kind == "distance"
            and not _pattern("per_time_after").match(after)
            and not _pattern("parachute_before").search(sentence.before(quantity.begin, 110))
            and not _pattern("fall_from_before").search(sentence.before(quantity.begin, 60))
            and not _pattern("carried_to_before").search(sentence.before(quantity.begin, 60))
        ):
            if (
                _pattern("altitude_cue").search(before)
                or _pattern("altitude_after").match(after)
                or _pattern("climb_to").search(before)
            ):
                following = quantities[index + 1] if index + 1 < len(quantities) else None
                if following and (
                    _is_conversion(text, quantity, following)
                    and _pattern("km").match(text, following.begin)
                    and not _pattern("hedge").search(text[quantity.end : following.begin])
                ):
                    # The article's own kilometres, not our conversion of its miles (unless it rounds them).
                    quantity = following
                    span = (sentence.span.begin + quantity.begin, sentence.span.begin + quantity.end)
                # 'now 240,000 miles from Earth': so far out a craft is on its way to the Moon, at no height of orbit.
                if float(quantity.lexical) > _FARTHEST_ORBIT_KM and re.match(r"\s*from\b", after, re.I):
                    continue
                doc.add_fact(
                    subject=mission,
                    predicate="altitude_km",
                    obj=Value(quantity.lexical, "decimal", "km"),
                    evidence=doc.evidence(sentence, *span, "figure.altitude", 0.8),
                )
        elif quantity.kind == "money" and re.search(r"\b(?:raise|raising|raised|goal|fundrais|donat)", text, re.I):
            doc.add_fact(
                subject=mission,
                predicate="fundraising_goal",
                obj=Value(quantity.lexical, "money", quantity.unit),
                evidence=doc.evidence(sentence, *span, "figure.fundraising", 0.7),
            )


def _is_conversion(text: str, first: Quantity, second: Quantity) -> bool:
    """Tell whether a distance restates the one before in other units ('260 miles (420 km)')."""
    return (
        first.kind == second.kind == "distance"
        and _pattern("conversion_gap").fullmatch(text[first.end : second.begin]) is not None
    )


def _flight_years(doc: Document, mission: str) -> set[int]:
    """Return the years a flight flew in, from its launch and landing dates told so far ('splashed down on April 17,
    1970' in a story of Apollo 13 is that flight's own year, not an earlier one's)."""
    dates = [
        f.obj.lexical
        for p in ("launch_date", "landing_date")
        for f in doc.facts_of(mission, p)
        if isinstance(f.obj, Value)
    ]
    dates.append(doc.state[mission].historic_launch or "")
    return {int(d[:4]) for d in dates if d[:4].isdigit()}


def _is_station_age(sentence: Sentence, begin: int) -> bool:
    """Tell whether a length is a station's age told after its name ('Mir, which has been in orbit for 12 years')."""
    ends = [sentence.rel(m.end) for m in sentence.of_kind("station") if sentence.rel(m.end) <= begin]
    ends += [m.end() for m in _pattern("station_word").finditer(sentence.text, 0, begin)]
    return any(_pattern("station_age_gap").fullmatch(sentence.text, end, begin) for end in ends)


def _flight_named_after(sentence: Sentence, end: int) -> tuple[str, str] | None:
    """Return the flight named right after a length ('the 16-day STS-140 mission') and the text after its name."""
    for mention in sentence.of_kind("mission"):
        begin = sentence.rel(mention.begin)
        if mention.key and begin >= end and not sentence.text[end:begin].strip():
            return mention.key, sentence.after(sentence.rel(mention.end), 30)
    return None

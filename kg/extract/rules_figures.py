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
from kg.extract.quantities import Quantity

_DURATION_CUE_AFTER = re.compile(
    r"^\s*(?:-long\s+)?(?:suborbital\s+|orbital\s+|space\s+)?(?:in space|in orbit|stay|mission|aboard|on board|"
    r"on the station|at the station|after (?:launch|liftoff|lift-off|takeoff)|flight|trip|journey|hop|ride|"
    r"long|in microgravity|in weightlessness)\b",
    re.I,
)
_DURATION_CUE_BEFORE = re.compile(
    r"\b(?:spend|spent|spends|spending|for a|for|lasting|lasted|last|lasts|about|nearly|a)\s+$", re.I
)
_DURATION_STRONG_BEFORE = re.compile(
    r"(?:\b(?:lasted|lasting|last|lasts|spend|spent|spends|spending|took|takes|(?:stay|stays|stayed|staying|remain|remains|"
    r"remained|remaining|orbit|orbited|circled)\s+(?:in\s+orbit\s+|in\s+space\s+|aboard\s+|on\s+board\s+)?for)|"
    r"\b(?:trip|flight|mission|stay|journey|hop|ride|expedition)\s+of)\s+"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|just\s+|almost\s+|more\s+than\s+|over\s+|under\s+)?$",
    re.I,
)
# 'landed 14 minutes after release': the free flight of a craft dropped from a carrier or a booster.
_AFTER_RELEASE = re.compile(
    r"^\s*after\s+(?:its\s+|the\s+)?(?:release|separation|drop|being\s+(?:released|dropped))\b", re.I
)
_DURATION_VETO = re.compile(r"^\s*(?:ago|of training|of preparation|before|earlier)\b", re.I)
# A person's time in space over a career ('who has logged more than 800 days up there', 'a total of 300
# days in orbit, more than any other woman'): no one flight's length.
_CAREER_BEFORE = re.compile(
    r"\b(?:who|which)\s+(?:has|have|had)\s+(?:now\s+|already\s+|since\s+)?(?:spent|logged|accumulated|clocked|amassed)"
    r"\b[^.;,]{0,20}$|\b(?:a\s+)?(?:total\s+of|career|cumulative|combined|lifetime)\s+(?:of\s+)?(?:about\s+|more\s+than\s+|over\s+|"
    r"nearly\s+|some\s+)?$",
    re.I,
)
_CAREER_AFTER = re.compile(
    r"^[^.;]{0,40}?\b(?:in\s+total|in\s+all|altogether|over\s+(?:his|her|their|a)\s+(?:career|\w+\s+(?:flights|missions))|"
    r"across\s+\w+\s+(?:flights|missions)|more\s+than\s+any(?:one|body)?\b)",
    re.I,
)
_ALTITUDE_CUE = re.compile(
    r"(?:altitude of\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+)?$|"
    r"orbits?\s+at\s+(?:about\s+|around\s+|some\s+)?$|"
    r"(?:height|apogee) of\s+(?:about\s+|around\s+)?$)"
)
# A unit conversion after a figure ('260 miles (420 km)', '52.9 miles, or a little over 85 kilometres,'): the
# converted figure is the same altitude, and the words after it still qualify the first.
_CONVERSION_AFTER = re.compile(
    r"^\s*\([^()]{1,30}\)|^,?\s+or\s+(?:about\s+|roughly\s+|some\s+|nearly\s+|(?:just|a\s+little)\s+(?:over|under)\s+)?"
    r"[\d.,]+\s*(?:km|kilomet(?:re|er)s?|miles?|feet|ft|metres?|meters?)\b,?"
)
_CONVERSION_GAP = re.compile(
    r"\s*\(\s*(?:about\s+|roughly\s+|some\s+)?|,?\s+or\s+(?:about\s+|roughly\s+|some\s+|nearly\s+|"
    r"(?:just|a\s+little)\s+(?:over|under)\s+)?"
)
# 'climbed to 107 km', and a flight that 'reached 336 kilometres' or went 'as high as 190 km'.
_CLIMB_TO = re.compile(
    r"(?:\b(?:up|upward|upwards|climbed|climbing|climbs|rose|soared|arced|peaked|topped\s+out)\s+(?:up\s+)?(?:to|at)|"
    r"\b(?:reached|reaching|reaches|attained|attaining)|\b(?:as|so)\s+high\s+as|"
    r"\ba\s+(?:peak|maximum|top)\s+(?:altitude\s+|height\s+)?of)\s+"
    r"(?:an?\s+(?:altitude|height)\s+of\s+)?(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+)?$",
    re.I,
)
# 'expect to stay about five months', 'to stay in orbit, roughly 390 km up, for about five months'.
_STAY_FOR = re.compile(
    r"\b(?:stay|stays|stayed|staying|remain|remains|remained|live|lives|lived|work)\s+"
    r"(?:(?:in\s+orbit|in\s+space|aboard|on\s+board|there)\b[^.;]{0,40}?\s+for\s+|for\s+)?"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|almost\s+|just\s+over\s+|more\s+than\s+)?$",
    re.I,
)
# The whole flight's length told with its homecoming: 'landed on May 2 after 19 days in orbit'.
_HOME_AFTER = re.compile(
    r"\b(?:landed|lands|came\s+home|comes\s+home|splashed\s+down|splashes\s+down|touched\s+down|"
    r"returned\s+to\s+Earth)\b[^.;]{0,60}?\bafter\s+(?:about\s+|nearly\s+|almost\s+|just\s+over\s+|more\s+than\s+)?$",
    re.I,
)
# Seconds after launch time a moment of the ascent (an engine cut-off, a failure), not a flight's length.
_SECONDS_AFTER_LAUNCH = re.compile(r"^\s*after\s+(?:launch|liftoff|lift-off)\b", re.I)
# A sentence opening with the length of the whole flight: 'For two days, six hours and 21 minutes they ...'.
_OPENING_FOR = re.compile(r"\s*[\"“]?For\s+(?:about\s+|nearly\s+|almost\s+|just\s+over\s+)?")
_ALTITUDE_AFTER = re.compile(
    r"^\s*(?:from Earth|above (?:the )?Earth|above (?:the )?(?:planet|surface|sea level)|high\b|up\b|overhead\b|"
    r"altitude|in altitude|above)",
    re.I,
)


def apply_figure_rules(doc: Document, sentence: Sentence, mission: str) -> None:
    """Durations and altitudes of `mission` stated in one sentence."""
    if sentence.plot or sentence.prior:
        return
    text = sentence.text
    contrast = contrast_ranges(text)
    quantities = sentence.quantities
    for index, quantity in enumerate(quantities):
        if in_ranges(quantity.begin, contrast) or (index and _is_conversion(text, quantities[index - 1], quantity)):
            continue
        before = text[max(0, quantity.begin - 25) : quantity.begin]
        after = _CONVERSION_AFTER.sub("", text[quantity.end : quantity.end + 60], count=1)[:30]
        span = (sentence.span.begin + quantity.begin, sentence.span.begin + quantity.end)
        if quantity.kind == "duration":
            if _DURATION_VETO.match(after) or re.search(r"\b(?:months|years) of\s+$", before):
                continue
            if _CAREER_BEFORE.search(text[max(0, quantity.begin - 80) : quantity.begin]) or _CAREER_AFTER.match(
                text[quantity.end :]
            ):
                continue
            if re.fullmatch(r"PT[\d.]+S", quantity.lexical) and _SECONDS_AFTER_LAUNCH.match(after):
                continue
            if (
                _DURATION_CUE_AFTER.match(after)
                or _DURATION_STRONG_BEFORE.search(before)
                or _STAY_FOR.search(text[max(0, quantity.begin - 80) : quantity.begin])
                or _OPENING_FOR.fullmatch(text[: quantity.begin])
                or _HOME_AFTER.search(text[max(0, quantity.begin - 100) : quantity.begin])
                or (_AFTER_RELEASE.match(after) and bool(verb_matches(sentence, "landing_words")))
                or (_DURATION_CUE_BEFORE.search(before) and re.match(r"^\s*(?:in|aboard|on|at)\b", after))
            ):
                doc.add_fact(
                    mission, "duration", Value(quantity.lexical, "duration"), sentence, *span, "figure.duration", 0.8
                )
        elif quantity.kind == "distance":
            if _ALTITUDE_CUE.search(before) or _ALTITUDE_AFTER.match(after) or _CLIMB_TO.search(before):
                following = quantities[index + 1] if index + 1 < len(quantities) else None
                if following and (
                    _is_conversion(text, quantity, following)
                    and _KM.match(text, following.begin)
                    and not _HEDGE.search(text[quantity.end : following.begin])
                ):
                    # The article's own kilometres, not our conversion of its miles (unless it rounds them).
                    quantity = following
                    span = (sentence.span.begin + quantity.begin, sentence.span.begin + quantity.end)
                doc.add_fact(
                    mission,
                    "altitude_km",
                    Value(quantity.lexical, "decimal", "km"),
                    sentence,
                    *span,
                    "figure.altitude",
                    0.8,
                )
        elif quantity.kind == "money" and re.search(r"\b(?:raise|raising|raised|goal|fundrais|donat)", text, re.I):
            doc.add_fact(
                mission,
                "fundraising_goal",
                Value(quantity.lexical, "money", quantity.unit),
                sentence,
                *span,
                "figure.fundraising",
                0.7,
            )


def _is_conversion(text: str, first: Quantity, second: Quantity) -> bool:
    """Tell whether a distance restates the one before in other units ('260 miles (420 km)')."""
    return (
        first.kind == second.kind == "distance"
        and _CONVERSION_GAP.fullmatch(text[first.end : second.begin]) is not None
    )


_HEDGE = re.compile(r"\b(?:about|roughly|some|nearly|over|under|almost)\b", re.I)
_KM = re.compile(r"[\d.,]+\s*(?:km|kilomet(?:re|er)s?)\b", re.I)

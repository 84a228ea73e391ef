"""The words that tell of an event in a sentence (launch, landing, docking, announcement...), and which of
them a time expression of the sentence dates."""

from __future__ import annotations

import re

from kg.extract.clauses import inside_name, is_noun_modifier, is_unnamed_goal
from kg.extract.document import Sentence
from kg.extract.resources import get_resources, lexicon_re, pattern_reader
from kg.extract.timex import Timex

_pattern = pattern_reader("events.jsonl")

# (begin, end, event type, word) of a trigger, sentence-relative.
Trigger = tuple[int, int, str, str]

_BRACKETED = re.compile(r"\([^()]*\)")

_TRIGGER_LISTS = (
    ("launch", "launch_verbs"),
    ("launch", "launch_cues"),
    ("landing", "landing_words"),
    ("docking", "docking_words"),
    ("announcement", "announcement_words"),
    ("postponement", "postponement_words"),
    ("post", "post_words"),
)


def find_triggers(sentence: Sentence) -> list[Trigger]:
    """Return (begin, end, event type, word) of every event trigger word in the sentence."""
    found = []
    for event_type, key in _TRIGGER_LISTS:
        for match in lexicon_re(key).finditer(sentence.text):
            if (
                not inside_name(sentence, match.start())
                and not _inside_capitalised_name(sentence.text, match)
                and not is_noun_modifier(sentence.text, match)
                and not (event_type in ("launch", "landing") and is_unnamed_goal(sentence, match.start()))
            ):
                found.append((match.start(), match.end(), event_type, match.group(0)))
    if sentence.future:
        for match in _pattern("future_flight").finditer(sentence.text):
            found.append((match.start(), match.end(), "launch", match.group(0)))
    for name, event_type in (
        ("relative_departure", "launch"),
        ("flight_took_place", "launch"),
        ("flight_ended", "landing"),
        ("flight_completed", "landing"),
        ("carried_into_space", "launch"),
    ):
        for match in _pattern(name).finditer(sentence.text):
            found.append((match.start(1), match.end(1), event_type, match.group(1)))
    for match in travels_to_space(sentence):
        found.append((match.start(1), match.end(1), "launch", match.group(1)))
    typed = {(b, e) for b, e, _, _ in found}
    others: dict[str, str] = get_resources().lexicon["other_event_words"]
    for match in lexicon_re("other_event_words").finditer(sentence.text):
        # 'completed a 12-day mission': a word read as a landing above is not also a happening of its own.
        if (match.start(), match.end()) not in typed:
            found.append((match.start(), match.end(), "other", others[match.group(0).lower()]))
    # A 'launch attempt' or 'launch try' dates a try that was called off, not the launch.
    found = [
        (b, e, "other", "launch attempt")
        if t == "launch" and re.match(r"\s+(?:attempts?|try|tries|bid)\b", sentence.after(e, 10))
        else (b, e, t, w)
        for b, e, t, w in found
    ]
    found = [_refine_plan_cue(sentence.text, trig) for trig in found]
    # 'the flight that returned John Glenn to space', 'the return to flight': a going back up, no landing.
    found = [
        trig
        for trig in found
        if not (trig[2] == "landing" and _pattern("return_to_space_after").match(sentence.text, trig[1]))
    ]
    # 'it exploded after launch': the launch of something lost, not of a crewed flight that flew later.
    found = [
        (b, e, "other", "accident")
        if t == "launch" and _pattern("lost_before").search(sentence.before(b, 40))
        else (b, e, t, w)
        for b, e, t, w in found
    ]
    if sentence.prior:
        found = [
            (b, e, "other" if t in ("launch", "landing") else t, "earlier flight" if t == "launch" else w)
            for b, e, t, w in found
        ]
    return sorted(found)


def travels_to_space(sentence: Sentence) -> list[re.Match[str]]:
    """Return past travel to space, orbit or a station ('travelled to the Soviet space station Mir on 3 May')."""
    stations = [sentence.rel(m.begin) for m in sentence.of_kind("station")]
    return [
        match
        for match in _pattern("travelled_to").finditer(sentence.text)
        if not sentence.future
        and (
            _pattern("space_after").match(sentence.text, match.end())
            or any(0 < begin - match.end() <= 12 for begin in stations)
        )
    ]


def _inside_capitalised_name(text: str, match: re.Match[str]) -> bool:
    """Tell whether a capitalised event word sits inside a name in running text ('the Sea Land Mapping Project')."""
    # A Title-Case headline capitalises its verbs too: running text has several longer lower-case words.
    if len(re.findall(r"\b[a-z][a-z'’-]{3,}", text)) < 2 or not match.group(0)[:1].isupper():
        return False
    before = re.search(r"([A-Za-z][\w'’-]*)\s+$", text[: match.start()])
    after = re.match(r"\s+([A-Za-z][\w'’-]*)", text[match.end() :])
    return bool(before and after and before.group(1)[0].isupper() and after.group(1)[0].isupper())


_PLAN_CUES = ("countdown", "targeted for", "scheduled for", "set for", "slated for", "planned for")


def _refine_plan_cue(text: str, trig: Trigger) -> Trigger:
    """Retype a plan cue: a superseded or called-off plan is no launch, and a landing noun's plan is a landing."""
    begin, end, event_type, word = trig
    if event_type != "launch" or word.lower() not in _PLAN_CUES:
        return trig
    if _pattern("superseded_plan").search(text[max(0, begin - 40) : begin]) or _pattern("called_off_after").match(
        text[end:]
    ):
        return (begin, end, "other", "launch attempt")
    clauses = re.split(r"[,;]|\b(?:and|but|while)\b", text[max(0, begin - 60) : begin])
    # 'the shuttle's return to Earth, scheduled for June 1': a plan in commas is of the noun before them.
    clause = clauses[-2] if len(clauses) > 1 and not clauses[-1].strip() else clauses[-1]
    landing = list(lexicon_re("landing_words").finditer(clause))
    if landing and not lexicon_re("launch_verbs").search(clause[landing[-1].end() :]):
        return (begin, end, "landing", landing[-1].group(0))
    return trig


def trigger_for(sentence: Sentence, timex: Timex, triggers: list[Trigger], timexes: list[Timex]) -> Trigger | None:
    """Return the trigger a time expression dates: the nearest one before it, else one shortly after."""
    text = sentence.text
    # 'beginning on March 2, the crew had to wait': the day something else began, a happening of its own.
    opens_span = _pattern("span_opening_before").search(text, max(0, timex.begin - 20), timex.begin)
    if opens_span:
        return (opens_span.start(), opens_span.start() + len(opens_span.group(1)), "other", opens_span.group(1))
    # 'who have lived on the station since March': the people arrived then, whatever the sentence's verbs say.
    lead = re.match(r"since\s+(?:early\s+|late\s+|mid-?)?(?:last\s+)?", text[timex.begin : timex.end], re.IGNORECASE)
    head_end = timex.begin + (lead.end() if lead else 0)
    stay = _pattern("stay_since_before").search(text, max(0, timex.begin - 80), head_end)
    if stay:
        return (stay.start(1), stay.end(1), "other", "arrival")
    on_return = _pattern("on_return_after").match(text, timex.end)
    if on_return:
        landing = [t for t in triggers if t[0] == on_return.end() and t[2] == "landing"]
        if landing:
            return landing[0]
    before = [t for t in triggers if t[1] <= timex.begin and timex.begin - t[1] <= 130]
    for trig in reversed(before):
        between = text[trig[1] : timex.begin]
        if any(
            trig[1] <= other.begin < timex.begin
            and other.grain != "clock"
            and other is not timex
            and other.grain == timex.grain
            for other in timexes
        ):
            continue
        # A semicolon parts clauses, but not inside brackets ('9:10 a.m. EDT (1310 GMT; 9:10 p.m. Beijing Time)').
        if ";" in _BRACKETED.sub("", between):
            continue
        return trig
    since = text[timex.begin : timex.begin + 5].lower() == "since"
    if since or _pattern("since_before").search(text[max(0, timex.begin - 20) : timex.begin]):
        return None
    # A date opening its sentence in commas ('Then on Thursday, with ..., A opened the hatch') is its main verb's.
    opening = sentence.after(timex.end, 1) == "," and _pattern("opening_date").fullmatch(text[: timex.begin])
    after = [t for t in triggers if t[0] >= timex.end and t[0] - timex.end <= (150 if opening else 60)]
    for trig in after:
        gap = text[timex.end : trig[0]]
        # 'since December 4, when a rocket launched them': the 'when' clause tells what happened on that day, and so
        # does one after a day opening the sentence ('On May 2, 1990, A became the first ... when B launched').
        if timex.grain == "day":
            gap = _pattern("when_word" if opening else "day_when").sub("", gap)
        if not _pattern("separator").search(gap):
            return trig
    return None

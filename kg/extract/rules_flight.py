"""Annotation rules about flights: which flight each sentence speaks of, crew and roles, vehicles,
launch and landing sites, destinations, durations, altitudes and status."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.document import Document, Sentence
from kg.extract.mentions import Mention
from kg.extract.model import Value
from kg.extract.quantities import Quantity
from kg.extract.resources import get_resources, lexicon_re

_CONTRAST = re.compile(
    r"(?:^|[,;]\s*)(?:Unlike|Ahead of|Like|Compared (?:with|to)|In contrast to|Besides)\b[^,;]*|"
    r"\b(?:than\s+(?:anyone|anybody|any\s+\w+|ever|before)|since\s+(?:the\s+)?(?:last|first|days\s+of))\b[^,;]*",
    re.I,
)
_COMPANION = re.compile(r"\b(?:would|will|are to|is to)\s+(?:also\s+)?(?:go|fly|travel|be aboard|be on board|join)\b")
_GROUP_LIST = re.compile(
    r"\b(?:team|crew|trio|quartet|group)\s+(?:is\s+|was\s+|will be\s+)?(?:made up of|consisting of|composed of|"
    r"comprising|including|includes|of)\b"
)
_JOINED_BY = re.compile(
    r"\b(?:(?:joined|accompanied)\s+(?:in space\s+|on the flight\s+|aboard\s+)?by|"
    r"(?:flew|flies|fly|flying|travell?ed|went|rode|riding|lifted off|took off|blasted off|launched)\s+"
    r"(?:[\w-]+\s+){0,4}?with)\b"
)
_FIRST_IN_SPACE = re.compile(
    r"\b(?:became|becomes|become|will become|to become|was|is)\s+the\s+(?:first|second|third|youngest|oldest)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:in\s+space|in\s+orbit|to\s+(?:fly|orbit|reach\s+space|travel\s+to\s+space|walk))\b"
)
_SEATS = re.compile(
    r"\b(?:bought|purchased|paid for|won|booked)\s+(?:their|his|her|a|the)\s+(?:own\s+)?(?:seats?|tickets?)\b"
)
_ROLE_VERB = re.compile(
    r"^(?:,[^,;]{0,70},)?\s+(?:will\s+|would\s+)?"
    r"(commands|command|commanded|is commanding|leads|lead|led|pilots|pilot|piloted)\s+"
    r"(?:the\s+|this\s+)?(?:mission|flight|crew|spacecraft|capsule)\b"
)
_ALONG_WITH = re.compile(r"\b(?:[Aa]long with|[Tt]ogether with|[Aa]ccompanied by|[Ww]ith fellow)\s+$")
_ROLE_AFTER = re.compile(
    r"^(?:,\s*\d{1,3}\s*,)?\s*(?:,\s*)?(?:(?:who\s+)?(?:serves|will serve|served|serve|is serving|flies|fly|will fly|"
    r"flew|is|are|was|were|will be|acts|act|acting|has been named|was named|named|as|in the role of)\s+(?:as\s+)?"
    r"(?:the\s+|a\s+|an\s+)?|(?<=,\s)(?:the|its|their)\s+|\s*\((?:the\s+)?)(?:mission'?s?\s+|flight'?s?\s+|crew'?s?\s+)?$"
)
# "In the commander's seat is X", "with X in the commander's seat", "as pilot sat X", "X ... round out the crew as
# mission specialists": roles stated by a seat or a clause rather than next to the name.
_SEAT_BEFORE = re.compile(
    r"\b(?:in|into|taking|took|takes|occupying|occupies)\s+the\s+(?P<role>[\w -]+?)['’]s\s+"
    r"(?:seat|chair|position)\s*,?\s*(?:is|was|will be|sat|sits|will sit|was|:)?\s*$",
    re.I,
)
_SEAT_AFTER = re.compile(r"^,?\s+(?:in|into)\s+the\s+(?P<role>[\w -]+?)['’]s\s+(?:seat|chair|position)\b", re.I)
_AS_ROLE_BEFORE = re.compile(
    r"\bas\s+(?:the\s+|its\s+|their\s+)?(?:mission['’]?s?\s+)?(?P<role>[\w -]+?)\s*,?\s+(?:sat|sits|is|was|will be|"
    r"will sit|came|comes|rode|rides|flew|flies)\s+$",
    re.I,
)
_ROUND_OUT = re.compile(
    r"\b(?:round(?:s|ed)?\s+out|complete[sd]?|fill(?:s|ed)?\s+out|make\s+up|made\s+up|complet(?:e|es|ed|ing))\s+"
    r"(?:the\s+)?(?:crew|team|quartet|trio|foursome|lineup|line-up)(?:\s+as\s+(?P<role>[\w -]+?))?"
    r"(?=[,.;]|\s+(?:and|for|on|aboard)\b|$)",
    re.I,
)
_CARRYING = re.compile(
    r"\b(?:was|were|is|are|will be)\s+(?:flown|crewed|piloted|commanded|manned)\s+by\s+$|"
    r"\b(?:crewed|manned)\s+by\s+(?:[\w'’-]+\s+){0,3}$|"
    r"\b(?:carrying|carried|carries|carry|with)\s+(?:(?:astronauts?|cosmonauts?|taikonauts?|crew(?:\s+members?)?|"
    r"passengers?)\s+)(?:[\w'’-]+\s+){0,2}$"
)
# 'suspended crewed launches', 'the launch', 'all flights': the word names flights, it is no verb with a subject.
_LAUNCH_AS_NOUN = re.compile(
    r"\b(?:crewed|manned|uncrewed|future|further|all|the|a|an|its|their|his|her|of|every)\s+$", re.I
)
_PASSIVE_ROLE = {"commanded": "commander", "piloted": "pilot", "led": "commander"}
_NOT_ROLE_BEFORE = re.compile(
    r"\b(?:former|retired|ex-|station|ISS|air force|test|airline|fighter|navy|transport)\s+$", re.I
)
_DEST_BEFORE = re.compile(
    r"\b(?:for|to|toward|towards|reach|reached|reaching|reaches|with|at|aboard|on board|bound for|headed to|"
    r"heading to|arrive at|arrived at|arriving at|docked with|dock with|docking with|around|into|of|"
    r"(?:stay|stays|stint|residency|tour|months|weeks)\s+(?:on|aboard|at|in))\s+"
    r"(?:the\s+|its\s+|their\s+|a\s+|an\s+)?(?:new\s+)?$",
    re.I,
)
_ORBIT = re.compile(
    r"\b(?:(?:in|into|to|reach|reached|around|achieve|achieved)\s+(?:an?\s+|the\s+)?(?:low[ -])?(?:Earth[ -])?orbit\b|"
    r"(?:first|its|their|early|\d+)\s+orbits\b|(?:apogee|perigee)\s+of\b|orbited\s+(?:the\s+)?Earth\b|"
    r"(?:circling|orbiting|circle|orbit)\s+(?:the\s+)?Earth\b|orbital\s+(?:mission|flight|trip|journey))"
)
_SUBORBITAL = re.compile(r"\b(?:suborbital|sub-orbital|edge of space|K[aá]rm[aá]n line)\b", re.I)
_MOON = re.compile(r"\b(?:to|around|on|orbit|land on|reach)\s+the\s+[Mm]oon\b|\blunar\s+(?:mission|flight|landing)\b")
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
_VEHICLE_CONTRAST = re.compile(
    r"\b(?:alongside|unlike|like|than|rivals?|competitors?|versus|vs\.|instead of|replacing|compared (?:with|to))\s+"
    r"(?:the\s+)?(?:[\w'’]+\s+){0,2}$",
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
_FILM_PLOT = re.compile(
    r"\b(?:tells?|will tell|tell) the story\b|\bthe plot\b|\bstory of\b|\bplays? (?:a|the) role of\b", re.I
)
_NOUN_EVENT_WORDS = {"landing", "launch", "splashdown", "touchdown", "liftoff", "lift-off", "docking", "return"}
_EVENT_WORD_AS_MODIFIER = re.compile(
    r"\s+(?:site|sites|zone|area|gear|legs|pad|pads|spot|craft|module|system|systems|window|complex|tower|"
    r"facility|vehicle|services?|provider|team|crews?)\b",
    re.I,
)
_UNKNOWN_PLACE = re.compile(
    r"(?:\s+(?:by\s+parachute|safely|softly|gently|back))?(?:\s+(?:in|on)\s+(?:(?:a|an|the)\s+)?(?:[a-z]+\s+){0,2}?"
    r"(?:field|meadow|farm|pasture|clearing|steppe|desert|snow|forest|mud))?"
    r"\s+(?:in|near|at|outside|off)\s+(?:the\s+)?(?:(?:village|town|city|hamlet|settlement|region|province|coast|shores?)\s+of\s+)?"
    r"(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\b"
)
# A runway or pad a winged craft or booster comes back to: 'glided back to the runway', 'touched down on the strip'.
_LANDING_SURFACE = re.compile(
    r"(?:\s+(?:safely|softly|gently|back|smoothly))?\s+(?:to|on|onto|at)\s+(?:the|its|a)\s+(?:[a-z]+(?:['’]s)?\s+)?"
    r"(?P<name>runway|landing\s+strip|airstrip|landing\s+pad|landing\s+zone)\b"
    r"(?!\s+(?:of|at|in|near)\s+(?:the\s+)?[A-Z])"
)
_NEGATED = re.compile(r"\b(?:not|never|no longer|won't|will not|did not|didn't)\b[^,;]*$", re.I)


# A person's earlier flight told in a clause: 'Branson, who flew on Unity 22 in July 2021, ...', 'since Yang
# became the first Chinese in space, aboard Shenzhou-5 in October 2003'. The clause names no crew of the main flight.
_HISTORY_CLAUSE = re.compile(
    r"\b(?:who|which)\s+(?:(?:had|has|also|once|previously|first)\s+)*(?:flew|flown|rode|went|travell?ed|visited|"
    r"commanded|piloted|became|was)\b[^,;]*?\b(?:19|20)\d\d\b[^,;]*"
    # 'circling since Saturday, December 4, 1965': a day date after 'since' starts the story's flight, no history.
    r"|\bsince\s+(?!(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?[A-Z][a-z]+\.?\s+\d{1,2}\b)[^;]*?\b(?:19|20)\d\d\b"
)


def history_ranges(sentence: Sentence, before_year: int) -> list[tuple[int, int]]:
    """Return sentence-relative ranges of clauses telling an earlier flight (with a year before `before_year`)."""
    return [
        (m.start(), m.end())
        for m in _HISTORY_CLAUSE.finditer(sentence.text)
        if any(int(y) < before_year for y in re.findall(r"\b(?:19|20)\d\d\b", m.group(0)))
    ]


def apply_history_rules(doc: Document, sentence: Sentence) -> None:
    """Give a flight named in a history clause its traveller and its date ('who flew on Unity 22 in July 2021')."""
    for begin, end in history_ranges(sentence, doc.article.published.year):
        flights = [m for m in sentence.of_kind("mission") if m.key and begin <= sentence.rel(m.begin) < end]
        people = [m for m in sentence.of_kind("person") if m.key and sentence.rel(m.begin) < begin]
        people = [m for m in sentence.of_kind("person") if m.key and begin <= sentence.rel(m.begin) < end] or people[
            -1:
        ]
        if len(flights) != 1 or not people:
            continue
        flight = flights[0]
        add_crew(doc, str(flight.key), sentence, people[0], "crew.history_clause", None, flight.end)
        for timex in sentence.timexes:
            value = timex.to_value()
            if begin <= timex.begin < end and timex.grain != "clock" and value is not None:
                doc.add_fact(
                    str(flight.key),
                    "launch_date",
                    value,
                    sentence,
                    flight.begin,
                    sentence.span.begin + timex.end,
                    "date.history_clause",
                    0.7,
                )
                break


def contrast_ranges(text: str) -> list[tuple[int, int]]:
    """Return sentence-relative ranges of contrast phrases ('Unlike X', 'Ahead of X') that speak of others."""
    return [(m.start(), m.end()) for m in _CONTRAST.finditer(text)]


def in_ranges(position: int, ranges: list[tuple[int, int]]) -> bool:
    """Tell whether a sentence-relative position falls in one of the ranges."""
    return any(b <= position < e for b, e in ranges)


def verb_matches(sentence: Sentence, key: str) -> list[re.Match[str]]:
    """Return the matches of a lexicon word list in the sentence, outside names ('United Launch Alliance')."""
    return [
        m
        for m in lexicon_re(key).finditer(sentence.text)
        if not inside_name(sentence, m.start()) and not is_noun_modifier(sentence.text, m)
    ]


def is_noun_modifier(text: str, match: re.Match[str]) -> bool:
    """Tell whether an event word only qualifies a noun ('near the landing site', 'launch pad'): no event."""
    return match.group(0).lower() in _NOUN_EVENT_WORDS and bool(_EVENT_WORD_AS_MODIFIER.match(text, match.end()))


def inside_name(sentence: Sentence, position: int) -> bool:
    """Tell whether a sentence-relative position falls inside a name mention."""
    absolute = sentence.span.begin + position
    return any(m.begin <= absolute < m.end and m.source != "coref" for m in sentence.mentions)


def find_planned_flight(doc: Document, sentence: Sentence, main: str | None) -> str | None:
    """Create (or find) the planned flight of a person who 'would travel to orbit' outside the main flight."""
    if main is None or not doc.state[main].launched_wording or not sentence.future or sentence.plot:
        return None
    if sentence.of_kind("mission"):
        return None
    contrast = contrast_ranges(sentence.text)
    for verb in verb_matches(sentence, "travel_verbs") + verb_matches(sentence, "launch_verbs"):
        before = sentence.text[max(0, verb.start() - 25) : verb.start()]
        if not re.search(
            r"\b(?:would|will|plans? to|planned to|is to|hopes? to|wants? to|is set to|expected to|going to)"
            r"\s+(?:\w+\s+)?$",
            before,
        ):
            continue
        subject = _subject_before(sentence, verb.start(), contrast)
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


def _subject_before(sentence: Sentence, position: int, contrast: list[tuple[int, int]]) -> Mention | None:
    """Return the nearest non-possessive person before a verb (within the clause), skipping contrast phrases."""
    best = None
    for mention in sentence.mentions:
        rel = sentence.rel(mention.end)
        if mention.kind != "person" or rel > position or mention.possessive:
            continue
        if in_ranges(sentence.rel(mention.begin), contrast):
            continue
        gap = sentence.text[rel:position]
        if len(gap) > 130 or ";" in gap or re.search(_NOT_SUBJECT_GAP, gap):
            continue
        best = mention
    return best


_NOT_SUBJECT_GAP = re.compile(
    r"\b(?:that|which)\b|\band\s+(?:the|a)\b|"
    r"\b(?:said|says|say|told|tells|added|noted|explained|announced)\s+(?:\w+\s+)?(?:that\s+)?"
    r"(?:the|a|an|its|his|her|their|it)\b"
)


def _coordinated_subjects(sentence: Sentence, subject: Mention) -> list[Mention]:
    """Return the subject and the people listed with it ('X, Y and Z will fly')."""
    people = [m for m in sentence.mentions if m.kind == "person" and m.end <= subject.begin]
    group = [subject]
    for mention in reversed(people):
        between = sentence.text[sentence.rel(mention.end) : sentence.rel(group[0].begin)]
        if re.fullmatch(
            r"(?:,\s*\d{1,3}\s*)?(?:,\s+[^,;]{1,80}?)?(?:,\s*|\s+and\s+|,\s+and\s+)(?:[\w-]+['’]s\s+)?(?:[a-z][\w-]*\s+){0,3}",
            between,
        ) and not re.search(r",\s+(?:along\s+)?with\s+", between):
            # 'X the pilot, with A and B as mission specialists': people after 'with' are not listed with X.
            group.insert(0, mention)
        else:
            break
    return group


def _shared_plural_role(
    doc: Document, sentence: Sentence, mission: str, person: Mention, people: list[Mention]
) -> None:
    """Give the second of 'mission specialists Christina Koch and Jeremy Hansen' the plural role too."""
    earlier = [m for m in people if m.end <= person.begin]
    if not earlier:
        return
    previous = earlier[-1]
    gap = sentence.text[sentence.rel(previous.end) : sentence.rel(person.begin)]
    if not re.fullmatch(r"(?:,\s*\d{1,3}\s*)?,?\s*(?:and\s+)?", gap):
        return
    before = sentence.text[max(0, sentence.rel(previous.begin) - 40) : sentence.rel(previous.begin)]
    roles = get_resources().lexicon["crew_roles"]
    for match in get_resources().crew_role_re.finditer(before):
        word = match.group(0).lower()
        if before[match.end() :] == " " and word != roles[word] and word.endswith("s"):
            add_crew(
                doc,
                mission,
                sentence,
                person,
                "crew.shared_plural_role",
                roles[word],
                sentence.span.begin + sentence.rel(previous.begin) - len(before) + match.start(),
            )


def add_crew(
    doc: Document,
    mission: str,
    sentence: Sentence,
    person: Mention,
    rule: str,
    role: str | None,
    end: int | None = None,
    confidence: float = 0.9,
) -> None:
    """Record a person as crew of a flight (with a role if the sentence gives one)."""
    if person.key is None:
        return
    begin = min(person.begin, end) if end is not None else person.begin
    stop = max(person.end, end) if end is not None else person.end
    doc.add_fact(mission, "crew_member", person.key, sentence, begin, stop, rule, confidence, role)
    doc.state[person.key].crew_sentences.add(sentence.index)


def apply_crew_rules(doc: Document, sentence: Sentence, mission: str) -> None:
    """Find crew members of `mission` in one sentence, with their roles when stated."""
    text = sentence.text
    contrast = contrast_ranges(text)
    people = [
        m for m in sentence.mentions if m.kind == "person" and m.key and not in_ranges(sentence.rel(m.begin), contrast)
    ]
    roles = get_resources().lexicon["crew_roles"]
    for person in people:
        start, end = sentence.rel(person.begin), sentence.rel(person.end)
        before = text[max(0, start - 40) : start]
        for match in get_resources().crew_role_re.finditer(before):
            if before[match.end() :] == " " and not _NOT_ROLE_BEFORE.search(before[: match.start()]):
                add_crew(
                    doc,
                    mission,
                    sentence,
                    person,
                    "crew.role_before_name",
                    roles[match.group(0).lower()],
                    sentence.span.begin + start - len(before) + match.start(),
                )
        after = text[end : end + 80]
        for match in get_resources().crew_role_re.finditer(after):
            if _ROLE_AFTER.match(after[: match.start()]) and not re.match(
                r"['’]s\b|\s+of\s+(?:the\s+)?(?:station|space station|ISS|expedition|International)",
                after[match.end() :],
            ):
                word = match.group(0).lower()
                group = _coordinated_subjects(sentence, person) if word != roles[word] else [person]
                for member in group:
                    add_crew(
                        doc, mission, sentence, member, "crew.role_after_name", roles[word], person.end + match.end()
                    )
                break
        verb = _ROLE_VERB.match(after)
        if verb:
            role = "pilot" if verb.group(1).startswith("pilot") else "commander"
            add_crew(doc, mission, sentence, person, "crew.role_verb", role, person.end + verb.end())
        _shared_plural_role(doc, sentence, mission, person, people)
        _seat_roles(doc, sentence, mission, person, people)
        _clause_role(doc, sentence, mission, person, people)
        passive = re.search(r"\b(commanded|piloted|led)\s+by\s+(?:[\w'’-]+\s+){0,4}$", before)
        if passive:
            add_crew(
                doc,
                mission,
                sentence,
                person,
                "crew.passive_role",
                _PASSIVE_ROLE[passive.group(1)],
                sentence.span.begin + start - len(before) + passive.start(),
            )
    history = history_ranges(sentence, doc.article.published.year)
    for first in _FIRST_IN_SPACE.finditer(text):
        if in_ranges(first.start(), history):
            continue
        subject = _subject_before(sentence, first.start(), contrast)
        if subject is not None and not sentence.future and not sentence.plot:
            add_crew(doc, mission, sentence, subject, "crew.first_in_space", None, sentence.span.begin + first.end())
    if sentence.plot or sentence.prior:
        return
    _crew_by_verbs(doc, sentence, mission, people, contrast)
    _round_out(doc, sentence, mission, people)


def _role_word(phrase: str) -> str | None:
    """Return the crew role a phrase names ('commander', 'mission specialists' -> 'mission specialist')."""
    roles = get_resources().lexicon["crew_roles"]
    words = phrase.lower().split()
    for start in range(len(words)):
        candidate = " ".join(words[start:])
        if candidate in roles:
            return str(roles[candidate])
    return None


def _seat_roles(doc: Document, sentence: Sentence, mission: str, person: Mention, people: list[Mention]) -> None:
    """Roles given by a seat ('in the commander's seat is X', 'with X in the commander's seat', 'as pilot sat X')."""
    text = sentence.text
    start, end = sentence.rel(person.begin), sentence.rel(person.end)
    before = text[max(0, start - 60) : start]
    for pattern, rule in ((_SEAT_BEFORE, "crew.seat_before_name"), (_AS_ROLE_BEFORE, "crew.as_role_before_name")):
        match = pattern.search(before)
        role = _role_word(match.group("role")) if match else None
        if match and role:
            add_crew(
                doc, mission, sentence, person, rule, role, sentence.span.begin + start - len(before) + match.start()
            )
    after = _SEAT_AFTER.match(text[end : end + 60])
    role = _role_word(after.group("role")) if after else None
    if after and role:
        add_crew(doc, mission, sentence, person, "crew.seat_after_name", role, person.end + after.end())
    carrying = _CARRYING.search(before)
    if carrying and not sentence.not_crew:
        for member in _listed_after(sentence, person, people):
            add_crew(
                doc,
                mission,
                sentence,
                member,
                "crew.carried_or_flown_by",
                None,
                sentence.span.begin + start - len(before) + carrying.start(),
            )


@lru_cache(maxsize=1)
def _clause_role_re() -> re.Pattern[str]:
    """Return the pattern of a role stated later in a person's clause ('as its commander', 'fills the pilot's slot')."""
    roles = get_resources().crew_role_re.pattern
    determiner = r"(?:the\s+|its\s+|their\s+|his\s+|her\s+|a\s+|an\s+)?(?:other\s+|second\s+|remaining\s+)?"
    return re.compile(
        r"\b(?:as|is|was|will\s+be|serves\s+as|served\s+as)\s+"
        + determiner
        + r"(?:mission['’]s\s+|flight['’]s\s+|crew['’]s\s+)?(?P<role>"
        + roles
        + r")\b"
        r"|\b(?:in|into|occup(?:y|ies|ied|ying)|fill(?:s|ed|ing)?|t(?:akes|ook|ake|aking)|ha(?:s|d|ve)|holds?|held)\s+"
        + determiner
        + r"(?P<seat>"
        + roles
        + r")(?:['’]s)?[\s-]+(?:seat|slot|position|chair|berth|role|job)\b",
        re.I,
    )


_ROLE_ELSEWHERE = re.compile(
    r"\s+(?:of|aboard|on)\s+(?:the\s+)?(?:station|space station|ISS|expedition|International|outpost)", re.I
)


def _clause_role(doc: Document, sentence: Sentence, mission: str, person: Mention, people: list[Mention]) -> None:
    """A role stated after appositions in the person's own clause: 'X, 45, a Navy captain, occupies the pilot's
    seat', 'X, ..., strapped in beside him as flight engineer', 'has X, 45, ..., as its commander'."""
    if sentence.not_crew or sentence.prior or person.possessive:
        return
    text = sentence.text
    end = sentence.rel(person.end)
    stop = min([sentence.rel(m.begin) for m in people if m.begin > person.begin] + [len(text), end + 220])
    clause = re.split(r"[;:]|\s[–—]\s|\b(?:who|which)\s+(?:commands|led|leads|greeted|watched)\b", text[end:stop])[0]
    match = _clause_role_re().search(clause)
    if match is None:
        return
    word = match.group("role") or match.group("seat")
    role = _role_word(word.replace("-", " "))
    after = clause[match.end() : match.end() + 40]
    if role is None or _ROLE_ELSEWHERE.match(after):
        return
    add_crew(doc, mission, sentence, person, "crew.role_in_own_clause", role, person.end + match.end())


def _listed_after(sentence: Sentence, first: Mention, people: list[Mention]) -> list[Mention]:
    """Return a person and those listed right after them ('X, Y and Z')."""
    group = [first]
    for mention in people:
        if mention.begin <= group[-1].begin:
            continue
        between = sentence.text[sentence.rel(group[-1].end) : sentence.rel(mention.begin)]
        if re.fullmatch(
            r"(?:,\s*\d{1,3}\s*)?(?:\s*\(\d{1,3}\))?(?:,\s*|\s+and\s+|,\s+and\s+)(?:[\w-]+['’]s\s+)?(?:[a-z][\w-]*\s+){0,3}",
            between,
        ):
            group.append(mention)
        else:
            break
    return group


def _round_out(doc: Document, sentence: Sentence, mission: str, people: list[Mention]) -> None:
    """'X and Y round out the crew as mission specialists': everyone named before the clause is crew."""
    if sentence.not_crew:
        return
    for match in _ROUND_OUT.finditer(sentence.text):
        role = _role_word(match.group("role") or "")
        for person in people:
            if sentence.rel(person.end) <= match.start() and not person.possessive:
                add_crew(doc, mission, sentence, person, "crew.round_out", role, sentence.span.begin + match.end())


def _crew_by_verbs(
    doc: Document, sentence: Sentence, mission: str, people: list[Mention], contrast: list[tuple[int, int]]
) -> None:
    """Crew found through flight verbs, team listings, 'joined by' and companions."""
    text = sentence.text
    history = history_ranges(sentence, doc.article.published.year)
    if not sentence.not_crew:
        for verb in verb_matches(sentence, "launch_verbs") + verb_matches(sentence, "travel_verbs"):
            if in_ranges(verb.start(), contrast + history) or _NEGATED.search(
                text[max(0, verb.start() - 20) : verb.start()]
            ):
                continue
            if _LAUNCH_AS_NOUN.search(text[max(0, verb.start() - 20) : verb.start()]):
                continue
            subject = _subject_before(sentence, verb.start(), contrast)
            if subject is None:
                continue
            for person in _coordinated_subjects(sentence, subject):
                add_crew(
                    doc,
                    mission,
                    sentence,
                    person,
                    "crew.subject_of_flight_verb",
                    None,
                    sentence.span.begin + verb.end(),
                )
    for pattern, rule in (
        (_GROUP_LIST, "crew.team_listing"),
        (_JOINED_BY, "crew.joined_by"),
        (_COMPANION, "crew.companions"),
        (_SEATS, "crew.bought_seats"),
    ):
        for cue in pattern.finditer(text):
            for person in people:
                if sentence.rel(person.begin) > cue.end():
                    add_crew(doc, mission, sentence, person, rule, None, sentence.span.begin + cue.start())
    for person in people:
        if _ALONG_WITH.search(text[: sentence.rel(person.begin)]) and _COMPANION.search(text):
            add_crew(doc, mission, sentence, person, "crew.along_with", None)


def apply_vehicle_rules(doc: Document, sentence: Sentence, mission: str) -> None:
    """Spacecraft, rockets, launch and landing sites, destinations of `mission` stated in one sentence."""
    if sentence.plot or sentence.prior:
        return
    text = sentence.text
    contrast = contrast_ranges(text)
    launch = verb_matches(sentence, "launch_verbs") + verb_matches(sentence, "launch_cues")
    landing = verb_matches(sentence, "landing_words")
    for mention in sentence.mentions:
        if mention.key is None or in_ranges(sentence.rel(mention.begin), contrast):
            continue
        rel = sentence.rel(mention.begin)
        before = text[max(0, rel - 60) : rel]
        if _VEHICLE_CONTRAST.search(before[-40:]) or _another_flight(sentence, mention, before):
            continue
        if mention.kind == "spacecraft" and _in_past_clause(doc, sentence, mention):
            continue
        if mention.kind == "spacecraft" and not doc.state[mention.key].same_as_mission:
            doc.add_fact(
                mission,
                "spacecraft",
                mention.key,
                sentence,
                mention.begin,
                mention.end,
                "vehicle.spacecraft_in_flight_sentence",
                0.8,
            )
        elif mention.kind == "launch_vehicle":
            doc.add_fact(
                mission,
                "launch_vehicle",
                mention.key,
                sentence,
                mention.begin,
                mention.end,
                "vehicle.rocket_in_flight_sentence",
                0.85,
            )
        elif (
            mention.kind == "launch_site"
            and launch
            and re.search(r"\b(?:from|at|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", before)
        ):
            if any(v.start() < rel for v in launch) or re.search(r"\bfrom\b", before):
                doc.add_fact(
                    mission, "launch_site", mention.key, sentence, mention.begin, mention.end, "site.launched_from"
                )
        elif (
            mention.kind in ("place", "launch_site")
            and landing
            and any(v.end() <= rel for v in landing)
            and not re.search(r"\b(?:Pad|Complex|LC-?\d)", doc.entities[mention.key].label)
        ):
            nearest = max(v.end() for v in landing if v.end() <= rel)
            if _landing_of_other_flight(sentence, mission, nearest):
                continue
            gap = text[nearest:rel]
            other_places = [
                m for m in sentence.mentions if m.kind == "place" and nearest <= sentence.rel(m.begin) < rel
            ]
            if (
                len(gap) < 70
                and re.search(
                    r"\b(?:in|at|on|near|off|into|to|of|outside)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?"
                    r"(?:[A-Z][\w.]*['’]s\s+)?$",
                    before,
                )
                and not other_places
            ):
                doc.add_fact(
                    mission, "landing_site", mention.key, sentence, mention.begin, mention.end, "site.landed_at"
                )
        if (
            mention.kind in ("station", "place")
            and _DEST_BEFORE.search(before[-40:])
            and doc.state[mention.key].is_destination(mention.kind == "station")
            and not _NEGATED.search(before)
            and not re.search(r"\bthan\s+(?:the\s+)?$", before)
            and (mention.kind == "station" or launch or verb_matches(sentence, "travel_verbs"))
        ):
            doc.add_fact(
                mission,
                "destination",
                mention.key,
                sentence,
                mention.begin,
                mention.end,
                "destination.after_preposition",
                0.85,
            )
    _generic_destinations(doc, sentence, mission, contrast)
    _station_visits(doc, sentence)
    if landing and not any(f.predicate == "landing_site" for f in doc.facts_of(mission, "landing_site")):
        _unknown_landing_place(doc, sentence, mission, landing)


def _unknown_landing_place(doc: Document, sentence: Sentence, mission: str, landing: list[re.Match[str]]) -> None:
    """A landing place no gazetteer knows: 'came down near the village of Smelovka' -> Smelovka; 'the runway'."""
    for verb in landing:
        place = _UNKNOWN_PLACE.match(sentence.text, verb.end()) or _LANDING_SURFACE.match(sentence.text, verb.end())
        if (
            place is None
            or _landing_of_other_flight(sentence, mission, verb.end())
            or place.group("name").split()[0] in get_resources().names["not_names"]
        ):
            continue
        begin = sentence.span.begin + place.start("name")
        if any(m.begin <= begin < m.end for m in sentence.mentions):
            continue
        name = place.group("name")
        key = doc.add_entity(
            "place", name, name, evidence=doc.evidence(sentence, begin, begin + len(name), "place.unknown")
        )
        doc.add_fact(
            mission, "landing_site", key, sentence, begin, begin + len(name), "site.landed_near_unknown_place", 0.6
        )
        return


# 'China also plans to land two astronauts on the Moon': a goal of a programme, told without a flight's name.
_GOAL_BEFORE = re.compile(r"\b(?:plans?|planning|aims?|aiming|hopes?|hoping|intends?|wants?|goal\s+is)\s+to\s+$")


def is_unnamed_goal(sentence: Sentence, verb_start: int) -> bool:
    """Tell whether a verb is a programme's goal ('plans to land on the Moon') in a sentence naming no flight."""
    return not sentence.of_kind("mission") and bool(
        _GOAL_BEFORE.search(sentence.text[max(0, verb_start - 30) : verb_start])
    )


def _landing_of_other_flight(sentence: Sentence, mission: str, verb_end: int) -> bool:
    """Tell whether the landing verb ending at `verb_end` has another flight as subject ('after Apollo 11 landed')."""
    verb_start = sentence.text.rfind(" ", 0, verb_end - 1) + 1
    if is_unnamed_goal(sentence, verb_start):
        return True
    # 'hand over to the Shenzhou-15 crew and land': a flight followed by 'and' is the object of an earlier verb.
    return any(
        m.key != mission
        and 0 <= verb_start - sentence.rel(m.end) <= 12
        and not re.search(r"\band\b", sentence.text[sentence.rel(m.end) : verb_start])
        for m in sentence.of_kind("mission")
    )


def _in_past_clause(doc: Document, sentence: Sentence, mention: Mention) -> bool:
    """Tell whether a craft is told in a who/which/when clause dated years back ('when X broke apart in 2003')."""
    rel = sentence.rel(mention.begin)
    start = max(sentence.text.rfind(",", 0, rel), sentence.text.rfind(";", 0, rel)) + 1
    stop = re.search(r"[,;]|$", sentence.text[rel:])
    clause = sentence.text[start : rel + (stop.start() if stop else 0)]
    if not re.search(r"\b(?:who|whom|whose|which|when)\b", clause[: rel - start]):
        return False
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", clause)]
    return any(year <= doc.article.published.year - 2 for year in years)


def _another_flight(sentence: Sentence, mention: Mention, before: str) -> bool:
    """Tell whether a name qualifies some other flight ('aboard a SpaceX Crew Dragon flight due next week')."""
    after = sentence.text[sentence.rel(mention.end) : sentence.rel(mention.end) + 20]
    return bool(
        re.match(r"^\s+(?:flight|mission|launch)\b", after)
        and re.search(r"\b(?:a|an|another|its own|their own|a later|a future)\s+(?:[\w'’-]+\s+){0,2}$", before)
    )


def _generic_destinations(doc: Document, sentence: Sentence, mission: str, contrast: list[tuple[int, int]]) -> None:
    """Destinations named generically: 'its new space station', 'orbit', 'the Moon', 'suborbital'."""
    text = sentence.text
    station_re = lexicon_re("generic_station_nouns")
    for match in station_re.finditer(text):
        if in_ranges(match.start(), contrast):
            continue
        before = text[max(0, match.start() - 40) : match.start()]
        if any(m.begin <= sentence.span.begin + match.start() < m.end for m in sentence.mentions):
            continue
        if _DEST_BEFORE.search(before) and not _NEGATED.search(before) and "any" not in before.split()[-1:]:
            station = named_station(doc, sentence)
            if station:
                doc.add_fact(
                    mission,
                    "destination",
                    station,
                    sentence,
                    sentence.span.begin + match.start(),
                    sentence.span.begin + match.end(),
                    "destination.generic_station",
                    0.7,
                )
    for pattern, label, rule in (
        (_ORBIT, "orbit", "destination.orbit"),
        (_SUBORBITAL, "suborbital space", "destination.suborbital"),
        (_MOON, "Moon", "destination.moon"),
    ):
        found = pattern.search(text)
        if (
            found
            and not in_ranges(found.start(), contrast)
            and not _NEGATED.search(text[max(0, found.start() - 30) : found.start()])
        ):
            key = doc.add_entity("place", label, label if label != "Moon" else "Moon")
            doc.state[key].destination = True
            doc.add_fact(
                mission,
                "destination",
                key,
                sentence,
                sentence.span.begin + found.start(),
                sentence.span.begin + found.end(),
                rule,
                0.75,
            )


# A flight that comes to the station: 'hand the station over to the X crew', 'before X arrives', 'flown up on X'.
_VISIT_BEFORE = re.compile(
    r"\b(?:over\s+to|(?:on|aboard)\s+the\s+(?:space\s+)?station\s+(?:during|on)|(?:flew|flown)\s+up\s+(?:on|aboard))"
    r"\s+(?:the\s+)?$"
)
_VISIT_AFTER = re.compile(r"^[^.;:]{0,90}?\b(?:arrives?|arrived|arriving|docks|docked)\b")


def _station_visits(doc: Document, sentence: Sentence) -> None:
    """Give a flight told as coming to the station (handed over to, arriving, flown up on) that destination."""
    if sentence.plot:
        return
    for mention in sentence.of_kind("mission"):
        if mention.key is None:
            continue
        rel, rel_end = sentence.rel(mention.begin), sentence.rel(mention.end)
        before = sentence.text[max(0, rel - 50) : rel]
        after = sentence.text[rel_end:]
        arrives = _VISIT_AFTER.match(after)
        if arrives and any(
            rel_end < sentence.rel(m.begin) < rel_end + arrives.end() for m in sentence.of_kind("mission")
        ):
            arrives = None
        if not (_VISIT_BEFORE.search(before) or arrives):
            continue
        station = named_station(doc, sentence)
        if station is None or not (
            sentence.of_kind("station")
            or lexicon_re("generic_station_nouns").search(sentence.text)
            or re.search(r"\bup\s+(?:on|aboard)\s+(?:the\s+)?$", before)
        ):
            continue
        doc.add_fact(
            mention.key, "destination", station, sentence, mention.begin, mention.end, "destination.station_visit", 0.7
        )


def named_station(doc: Document, sentence: Sentence) -> str | None:
    """Return the station a generic 'space station' most likely means: in this sentence, else in the article."""
    for mention in sentence.mentions:
        if mention.kind == "station" and mention.key and not doc.state[mention.key].part_of:
            return mention.key
    stations = [k for k, e in doc.entities.items() if e.kind == "station" and not doc.state[k].part_of]
    if stations:
        return stations[0]
    for other in doc.sentences:
        for mention in other.mentions:
            if mention.kind == "station" and mention.key and not doc.state[mention.key].part_of:
                return mention.key
    return None


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


def sentence_flags(text: str) -> tuple[bool, bool, bool, bool]:
    """Return (future, prior, not_crew, plot) flags of a sentence from marker words."""
    lowered = text.lower()
    # The month "May" is not the modal "may" (a capital inside a sentence marks the month).
    future = any(
        (m.group(0) != "May" or m.start() == 0)
        and not _PLAN_COMPARISON.search(text, 0, m.start())
        and not _PAST_THEN_LATER.search(text, 0, m.start())
        and not _STORY_RELATIVE.match(text, m.start())
        and not (_PAST_PLAN.search(text, 0, m.start()) and re.match(r"planned\s+as\b", text[m.start() :], re.I))
        for m in lexicon_re("future_markers").finditer(text)
    )
    prior = any(
        _outside_relative_clause(lowered, lowered.find(marker))
        for marker in get_resources().lexicon["prior_markers"]
        if marker in lowered
    )
    not_crew = bool(lexicon_re("not_crew_markers").search(text))
    plot = bool(_FILM_PLOT.search(text))
    return future, prior, not_crew, plot


# 'flew on Thursday, a last test before the company starts flying customers next month': the past main clause
# tells what happened; the future lies only in the clause after 'before'.
_PAST_THEN_LATER = re.compile(
    r"^[^;]*?\b(?:flew|took|rose|went|sent|came|(?:lift|blast)ed\s+off|launched|landed|returned)\b"
    r"[^;]*\b(?:before|ahead\s+of|until)\b[^;]*$",
    re.I,
)
# 'the next day', 'the following morning': a day counted inside a story, not one to come.
_STORY_RELATIVE = re.compile(r"(?<=\bthe )next\s+(?:day|morning|afternoon|evening|night)\b", re.I)
# 'on what was planned as a long flight': a plan told in the past.
_PAST_PLAN = re.compile(r"\b(?:was|were|had\s+been)\s+(?:\w+ly\s+|first\s+)?$", re.I)
# 'a day later than planned', 'as expected': the plan is compared with what happened, nothing is yet to come.
_PLAN_COMPARISON = re.compile(r"\b(?:than|as)\s+$", re.I)


def _outside_relative_clause(lowered: str, position: int) -> bool:
    """Tell whether a marker is outside a 'who/whose/which' clause ('a pilot who led the first flight in 2022')."""
    clause = re.split(r"[,;]", lowered[:position])[-1]
    return not re.search(r"\b(?:who|whose|which)\b", clause)


# 'hand the station over to the Shenzhou-15 crew', 'after the Crew-3 astronauts arrive to replace them': the flight
# named is the one taking over, not the one the sentence tells of.
_SUCCESSOR_BEFORE = re.compile(r"\b(?:over\s+to|replaced\s+by|relieved\s+by|succeeded\s+by)\s+(?:the\s+)?$", re.I)
_SUCCESSOR_AFTER = re.compile(r"^[^,;.]{0,40}?\bto\s+(?:replace|relieve|take\s+over\s+from|succeed)\b", re.I)


def names_successor(sentence: Sentence, mention: Mention) -> bool:
    """Tell whether a flight is named as the one that relieves the sentence's crew ('over to the X crew')."""
    rel_begin, rel_end = sentence.rel(mention.begin), sentence.rel(mention.end)
    return bool(
        _SUCCESSOR_BEFORE.search(sentence.text[max(0, rel_begin - 30) : rel_begin])
        or _SUCCESSOR_AFTER.match(sentence.text[rel_end : rel_end + 60])
    )


def add_suborbital_destinations(doc: Document) -> None:
    """A flight with no destination whose peak is told below 150 km went to suborbital space ('climbed to 55 miles')."""
    for key, entity in list(doc.entities.items()):
        if entity.kind != "mission" or doc.facts_of(key, "destination"):
            continue
        heights = [f for f in doc.facts_of(key, "altitude_km") if isinstance(f.obj, Value)]
        if not heights or any(float(f.obj.lexical) >= 150 for f in heights if isinstance(f.obj, Value)):
            continue
        fact = heights[0]
        sentence = doc.sentence_at(fact.evidence.sentence)
        place = doc.add_entity("place", "suborbital space", "suborbital space")
        doc.state[place].destination = True
        doc.add_fact(
            key,
            "destination",
            place,
            sentence,
            fact.evidence.span.begin,
            fact.evidence.span.end,
            "destination.low_peak",
            0.6,
        )


def drop_vague_landing_sites(doc: Document) -> None:
    """Drop a coastline as a flight's landing site when the same flight has a named one ('the Gulf of Mexico')."""
    doomed = []
    for key, entity in doc.entities.items():
        if entity.kind != "mission":
            continue
        sites = doc.facts_of(key, "landing_site")
        vague = [f for f in sites if re.search(r"\bcoasts?\b", doc.entities[str(f.obj)].label, re.I)]
        if vague and len(vague) < len(sites):
            doomed += vague
    doc.remove_facts(doomed)

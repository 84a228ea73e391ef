"""Crew told in lists: a plural role shared by everyone listed ('A, 52, of JAXA, and B fly as mission specialists'),
inverted lists ('Riding with X were A; B; and C'), roles in appositions ('A, the commander, and B'), and people
joined by others already aboard."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.document import Document, Mention, Sentence
from kg.extract.pronouns import last_named_person
from kg.extract.resources import get_resources, pattern_reader

_pattern = pattern_reader("crew_lists.jsonl")


# An age and an employer after a name: ', 52, of the Japan Aerospace Exploration Agency'.
_AGE_AND_EMPLOYER = (
    r"(?:,\s*\d{1,3}\s*)?(?:\s*\(\d{1,3}\))?"
    r"(?:,?\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,5})?"
)


# After the last listed person and before the predicate: an age and an apposition.
_LIST_TAIL = _AGE_AND_EMPLOYER + r"(?:,\s+[^;]{0,120}?,)?\s*,?\s+"


_PLURAL_PREDICATE = (
    r"(?:all\s+|both\s+)?(?:are|were|will\s+be|(?:will\s+)?(?:fly|flies|flew|flying|serve|serves|served|serving|"
    r"work|works|worked|working|act|acts|acted|acting)\s+as|as)\s+(?:the\s+)?(?:mission['’]s\s+|flight['’]s\s+|crew['’]s\s+)?"
)


@lru_cache(maxsize=1)
def _plural_roles() -> dict[str, str]:
    """Return the plural crew role words and the singular role each names ('flight engineers' -> 'flight engineer')."""
    roles: dict[str, str] = get_resources().lexicon["crew_roles"]
    return {word: role for word, role in roles.items() if word != role and word.endswith("s")}


@lru_cache(maxsize=1)
def _role_after_list_re() -> re.Pattern[str]:
    """Return the pattern of a plural role predicated of the people before it ('... fly as mission specialists')."""
    words = "|".join(re.escape(w) for w in sorted(_plural_roles(), key=len, reverse=True))
    return re.compile(rf"{_LIST_TAIL}{_PLURAL_PREDICATE}(?P<role>{words})\b", re.I)


@lru_cache(maxsize=1)
def _role_before_list_re() -> re.Pattern[str]:
    """Return the pattern of a plural role introducing a list ('Mission specialists A, B', 'The two pilots are')."""
    words = "|".join(re.escape(w) for w in sorted(_plural_roles(), key=len, reverse=True))
    return re.compile(
        rf"(?:^|[^\w'’-])(?:(?:the|its|their)\s+)?(?:(?:two|three|four|five|other|remaining)\s+)?(?P<role>{words})"
        # An employer's possessive may open the first name ('the flight engineers: NASA's A and B').
        r"(?:\s+(?:are|were|will\s+be|include|included))?\s*:?\s+(?:[A-Z][\w.&-]*['’]s\s+)?$",
        re.I,
    )


def apply_list_crew_rules(doc: Document, sentence: Sentence, mission: str | None) -> None:
    """Find the crew of the sentence's flight told in lists and appositions (see the module docstring)."""
    people = [m for m in sentence.mentions if m.kind == "person" and m.key]
    if mission and not (sentence.plot or sentence.prior or sentence.not_crew):
        _plural_role_after(doc, sentence, mission, people)
        _plural_role_before(doc, sentence, mission, people)
        _inverted_list(doc, sentence, mission, people)
        _inverted_role(doc, sentence, mission, people)
        _list_with_crew_cue(doc, sentence, mission, people)
    if mission and not (sentence.plot or sentence.prior):
        # A list of as many as the flight carries is its crew even beside ground staff ('Mission Control radioed').
        _counted_list(doc, sentence, mission, people)
    if mission and not (sentence.plot or sentence.not_crew):
        _joined_by_crew(doc, sentence, mission, people)
        _group_opening(doc, sentence, mission, people)
        if not sentence.prior:
            _apposition_role(doc, sentence, mission, people)
            _role_comma_before(doc, sentence, mission, people)
            _gapped_role(doc, sentence, mission, people)


def listed_people(
    sentence: Sentence, first: Mention, people: list[Mention], roles_go_on: bool = False
) -> list[Mention]:
    """Return `first` and the people listed after it ('A, 52, of JAXA, and B'), past role words if `roles_go_on`."""
    return _listed(sentence, first, people, backwards=False, roles_go_on=roles_go_on)


def people_listed_before(sentence: Sentence, last: Mention, people: list[Mention]) -> list[Mention]:
    """Return `last` and the people listed before it ('A, B and C' read back from C)."""
    return _listed(sentence, last, people, backwards=True)


def _listed(
    sentence: Sentence, first: Mention, people: list[Mention], backwards: bool, roles_go_on: bool = False
) -> list[Mention]:
    """Return `first` and the people listed with it, walking forwards or backwards through list gaps
    (past a role word before a name too when `roles_go_on`: 'the three, commander A, engineer B and C')."""
    group = [first]
    ordered = [m for m in people if not m.possessive]
    ordered = sorted(ordered, key=lambda m: m.begin, reverse=backwards)
    for mention in ordered:
        edge = group[-1]
        if (mention.begin >= edge.begin) if backwards else (mention.begin <= edge.begin):
            continue
        left, right = (mention, edge) if backwards else (edge, mention)
        gap = _pattern("list_gap").fullmatch(sentence.text[sentence.rel(left.end) : sentence.rel(right.begin)])
        # A role word right before the next name ('commander A and pilot B') starts a different role.
        # A rank ('Wing Commander', 'Group Captain') names no role aboard, so the list goes on.
        premodifier = _pattern("rank_title").sub("", gap.group("premodifier")) if gap else ""
        if gap is None or (get_resources().crew_role_re.search(premodifier) and not roles_go_on):
            break
        # 'A, B and C, the minister Smith said': whoever says the list is not on it.
        if not backwards and _pattern("speaker_after").match(sentence.text, sentence.rel(mention.end)):
            break
        group.append(mention)
    return sorted(group, key=lambda m: m.begin)


def _plural_role_after(doc: Document, sentence: Sentence, mission: str, people: list[Mention]) -> None:
    """'A, 34, a former engineer, and NASA astronaut B, 50, are flight engineers': everyone listed gets the role."""
    for person in people:
        if person.possessive:
            continue
        match = _role_after_list_re().match(sentence.text, sentence.rel(person.end))
        if match is None or any(person.end < m.begin < sentence.span.begin + match.end() for m in people):
            continue
        role = _plural_roles()[match.group("role").lower()]
        for member in _listed(sentence, person, people, backwards=True):
            doc.add_crew(mission, sentence, member, "crew.plural_role_after_list", role, person.end + match.end())


def _plural_role_before(doc: Document, sentence: Sentence, mission: str, people: list[Mention]) -> None:
    """'Mission specialists A, B, C and D completed the crew', 'The two pilots are A, 44, ..., and B'."""
    for person in people:
        start = sentence.rel(person.begin)
        before = sentence.before(start, 50)
        match = _role_before_list_re().search(before)
        if match is None:
            continue
        role = _plural_roles()[match.group("role").lower()]
        begin = sentence.span.begin + start - len(before) + match.start("role")
        for member in _listed(sentence, person, people, backwards=False):
            doc.add_crew(mission, sentence, member, "crew.plural_role_before_list", role, begin)


def _list_with_crew_cue(doc: Document, sentence: Sentence, mission: str, people: list[Mention]) -> None:
    """'Group Captain A, ... and Wing Commander D will be the astronaut-designates for the mission': all listed fly."""
    for person in people:
        after = sentence.text[sentence.rel(person.end) :]
        match = None if person.possessive else _pattern("crew_cue_after_list").match(after)
        if match is None:
            continue
        for member in _listed(sentence, person, people, backwards=True):
            doc.add_crew(mission, sentence, member, "crew.list_with_crew_cue", None, person.end + match.end())


def _counted_list(doc: Document, sentence: Sentence, mission: str, people: list[Mention]) -> None:
    """'Apollo 19, carrying three astronauts' then 'radioed astronauts A, B and C', or 'The three, A, B and C,
    landed': a list of as many as the flight carries, or as the word before it counts, is the crew."""
    for person in people:
        before = sentence.text[max(0, sentence.rel(person.begin) - 40) : sentence.rel(person.begin)]
        opening = _pattern("counted_opening").search(before)
        if opening and opening.group("role") and _role_word(opening.group("role")) is None:
            opening = None
        if opening is None and not _pattern("trade_before_list").search(before):
            continue
        listed = _listed(sentence, person, people, backwards=False, roles_go_on=opening is not None)
        counts = {_count_value(opening.group("count"))} if opening else _crew_counts(doc, mission)
        if len(listed) >= 2 and len(listed) in counts:
            for member in listed:
                # Each named after a title ('engineer B', 'researcher C') holds it aboard.
                role = _role_word(sentence.before(sentence.rel(member.begin), 30), trades=True) if opening else None
                doc.add_crew(mission, sentence, member, "crew.counted_list", role, person.begin)
        return
    _counted_colon_list(doc, sentence, mission, people)


def _counted_colon_list(doc: Document, sentence: Sentence, mission: str, people: list[Mention]) -> None:
    """'carried four customers aboard: banker A; B, founder of C; D; and E': one person an item, as many as counted."""
    match = _pattern("counted_colon").search(sentence.text)
    if match is None:
        return
    rest = sentence.text[match.end() :]
    firsts = [m for m in people if not m.possessive and sentence.rel(m.begin) >= match.end()]
    if not firsts:
        return
    if ";" not in rest:
        listed = _listed(sentence, firsts[0], people, backwards=False)
    else:
        # Each item between semicolons opens with (at most a trade before) its one person.
        listed = []
        for item in re.finditer(r"[^;]+", rest):
            begin, end = match.end() + item.start(), match.end() + item.end()
            first = next((m for m in firsts if begin <= sentence.rel(m.begin) < end), None)
            if first is None:
                return
            listed.append(first)
    if len(listed) == _count_value(match.group("count")):
        for member in listed:
            doc.add_crew(mission, sentence, member, "crew.counted_list", None, sentence.span.begin + match.start())


def _role_word(text: str, trades: bool = False) -> str | None:
    """Return the crew role (or with `trades` the trade) named by the words ending `text` ('..., engineer ')."""
    lexicon = get_resources().lexicon
    roles: dict[str, str] = {**lexicon["occupations"], **lexicon["crew_roles"]} if trades else lexicon["crew_roles"]
    words = " ".join(text.replace("-", " ").split()).split(" ")
    for size in (3, 2, 1):
        role = roles.get(" ".join(words[-size:])) if len(words) >= size else None
        if role:
            return role
    return None


def _count_value(word: str) -> int:
    """Return the number a count word or digit names."""
    return int(word) if word.isdigit() else int(get_resources().lexicon["number_words"][word.lower()])


def _crew_counts(doc: Document, mission: str) -> set[int]:
    """Return how many people the article says the flight carries ('carrying three astronauts')."""
    numbers = get_resources().lexicon["number_words"]
    counts = set()
    for sentence in doc.sentences:
        # A sentence naming no flight ('All the three astronauts climbed out') counts the article's own.
        told = doc.context.get(sentence.index) or (doc.main if not sentence.prior else None)
        if told != mission:
            continue
        for match in _pattern("crew_count").finditer(sentence.text):
            word = match.group("count").lower()
            counts.add(int(word) if word.isdigit() else int(numbers[word]))
    return counts


def _group_opening(doc: Document, sentence: Sentence, mission: str, people: list[Mention]) -> None:
    """'Guests include host A and B', 'crew members C and D': everyone listed flies, in the role the noun names."""
    for person in people:
        before = sentence.text[max(0, sentence.rel(person.begin) - 80) : sentence.rel(person.begin)]
        match = _pattern("group_opening").search(before)
        # A past clause later in the sentence ('B, the daughter of C, who was the first to fly') leaves a list
        # opened in the present ('Guests include A and B') the crew of this flight.
        if match is None or (sentence.prior and not _pattern("present_opening").search(match.group(0))):
            continue
        words = " ".join(match.group("role").lower().split())
        role = get_resources().lexicon["crew_roles"].get(words) or words.removesuffix("s")
        begin = person.begin - len(before) + match.start("role")
        for member in _listed(sentence, person, people, backwards=False):
            doc.add_crew(mission, sentence, member, "crew.group_opening", role, begin)


def _inverted_list(doc: Document, sentence: Sentence, mission: str, people: list[Mention]) -> None:
    """'Riding with Bezos were A, 53, ...; B, 82, ...; and C', 'His crewmates are A and B': the listed people fly."""
    for person in people:
        prefix = sentence.text[: sentence.rel(person.begin)]
        inverted = _pattern("inverted_opening").match(prefix)
        if inverted is None and not _pattern("crewmates").search(prefix):
            continue
        begin = sentence.span.begin
        listed = _listed(sentence, person, people, backwards=False)
        companions = [m for m in people if m.end <= person.begin and not m.possessive] if inverted else []
        # 'Alongside her were A and B': the pronoun stands for the person named last, who flies with them.
        pronoun = re.search(r"\b(?P<p>him|her)\b", prefix) if inverted else None
        if pronoun and not companions:
            told = last_named_person(
                doc, sentence, sentence.span.begin + pronoun.start(), "he" if pronoun["p"] == "him" else "she"
            )
            companions = [told] if told is not None else []
        for member in listed + companions:
            doc.add_crew(mission, sentence, member, "crew.inverted_list", None, begin)
        return


def _inverted_role(doc: Document, sentence: Sentence, mission: str, people: list[Mention]) -> None:
    """'Commanding the flight is A', 'In command will be B': the role opens the sentence and the name follows."""
    match = _pattern("inverted_role").match(sentence.text)
    if match is None:
        return
    group = "verb" if match.group("verb") else "verb2"
    role = "pilot" if match.group(group).lower().startswith("pilot") else "commander"
    first = next((m for m in people if not m.possessive and sentence.rel(m.begin) >= match.end()), None)
    if first is None or not re.fullmatch(
        r"(?:[A-Z][\w.&-]*['’]s\s+|[a-z][\w-]*\s+){0,3}", sentence.text[match.end() : sentence.rel(first.begin)]
    ):
        return
    doc.add_crew(mission, sentence, first, "crew.inverted_role", role, sentence.span.begin + match.start(group))


# A role in an apposition: 'X, the 49-year-old commander,', 'Y, 33, a mission specialist flying for Roscosmos',
# 'Z (55), a mission specialist from JAXA', 'W, 42, also a mission specialist', 'V, the new commander,'.
_APPOSITION_ROLE_LEAD = (
    r"(?:,\s*\d{1,3}|\s*\(\d{1,3}\))?,\s+(?P<also>also\s+)?(?:(?P<det>the|a|an|its)\s+)?(?:new\s+)?"
    r"(?:\d{1,3}-year-old\s+)?"
    r"(?:mission['’]s\s+|flight['’]s\s+|crew['’]s\s+)?"
)


@lru_cache(maxsize=1)
def _apposition_role_re() -> re.Pattern[str]:
    """Return the pattern of a crew role in an apposition right after a name."""
    roles = get_resources().crew_role_re.pattern
    return re.compile(_APPOSITION_ROLE_LEAD + r"(?P<role>" + roles + r")\b", re.I)


@lru_cache(maxsize=1)
def _role_comma_re() -> re.Pattern[str]:
    """Return the pattern of a role with a determiner and a comma before a name ('Its commander, X,')."""
    roles = get_resources().crew_role_re.pattern
    return re.compile(
        r"(?:^|[^\w'’-])(?:[Ii]ts|[Tt]he|[Tt]heir|[Tt]his\s+flight['’]s|[Tt]he\s+mission['’]s)\s+(?P<role>"
        + roles
        + r")(?:,|\s+(?:was|is|will\s+be))\s+$"
    )


def _role_value(word: str) -> str:
    """Return the crew role named by a role word found in text."""
    roles: dict[str, str] = get_resources().lexicon["crew_roles"]
    return roles.get(word.lower()) or roles[" ".join(word.lower().replace("-", " ").split())]


def _apposition_role(doc: Document, sentence: Sentence, mission: str, people: list[Mention]) -> None:
    """'X, the 49-year-old commander,' and 'Y, 33, a mission specialist': the role the apposition names."""
    occupations = get_resources().lexicon["occupations"]
    for person in people:
        if person.possessive:
            continue
        match = _apposition_role_re().match(sentence.text, sentence.rel(person.end))
        if match is None or _pattern("role_not_of_flight").match(sentence.text[match.end() :]):
            continue
        word = match.group("role").lower()
        # 'a pilot', 'a commander' name a trade as often as a seat: only a crew-only role ('a mission specialist').
        # A bare role ('X, lunar module pilot,') must be crew-only too.
        # 'also a flight engineer' shares a seat told before.
        det = (match.group("det") or "").lower()
        if det not in ("the", "its") and not match.group("also") and (word in occupations or " " not in word):
            continue
        # A bare role before a name is that name's title: 'commander A, command module pilot B'.
        if match.group("det") is None and not re.match(r"\s*(?:[,;.)]|and\b|$)", sentence.text[match.end() :]):
            continue
        doc.add_crew(mission, sentence, person, "crew.role_apposition", _role_value(word), person.end + match.end())


def _role_comma_before(doc: Document, sentence: Sentence, mission: str, people: list[Mention]) -> None:
    """'Its commander, James McDivitt, and ...': a determined role set off before the name."""
    for person in people:
        start = sentence.rel(person.begin)
        before = sentence.before(start, 50)
        match = _role_comma_re().search(before)
        if match is None:
            continue
        begin = person.begin - len(before) + match.start("role")
        doc.add_crew(mission, sentence, person, "crew.role_comma_before", _role_value(match.group("role")), begin)


def _joined_by_crew(doc: Document, sentence: Sentence, mission: str, people: list[Mention]) -> None:
    """'Commander A, 44, was joined by B and C', 'A, on his third flight, led B and C on their first mission':
    the people joining (or led by) a crew member are crew of the same flight."""
    # The crew as recorded before this sentence: people added below are not joined by others in turn.
    crew = {p.key for p in people if p.key and doc.is_crew(mission, p.key)}
    for person in people:
        if person.key not in crew or person.possessive:
            continue
        after = sentence.after(sentence.rel(person.end), 110)
        for other in people:
            rel = sentence.rel(other.begin) - sentence.rel(person.end)
            if 0 < rel <= len(after) and _pattern("joined_by_clause").match(after[:rel]):
                for member in _listed(sentence, other, people, backwards=False):
                    doc.add_crew(mission, sentence, member, "crew.joined_crew_member", None, person.begin)
                break
            if 0 < rel <= len(after) and _pattern("led_clause").match(after[:rel]):
                led = _listed(sentence, other, people, backwards=False)
                if _pattern("led_on_flight").match(sentence.text[sentence.rel(led[-1].end) :]):
                    for member in led:
                        doc.add_crew(mission, sentence, member, "crew.joined_crew_member", None, person.begin)
                break


@lru_cache(maxsize=1)
def _gapped_role_re() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Return the patterns around a name whose verb is left out: 'A was the commander and B the pilot'."""
    roles = get_resources().crew_role_re.pattern
    before = re.compile(
        r"\b(?:was|is|were|will\s+be|served\s+as|serves\s+as)\s+(?:the\s+|its\s+)?(?:" + roles + r"),?\s+and\s+$", re.I
    )
    after = re.compile(r"\s+(?:the\s+|its\s+)(?P<role>" + roles + r")\b", re.I)
    return before, after


def _gapped_role(doc: Document, sentence: Sentence, mission: str, people: list[Mention]) -> None:
    """'Anna Gray was the commander and Tom Reed the pilot': the second name takes the role after it."""
    before_re, after_re = _gapped_role_re()
    for person in people:
        start = sentence.rel(person.begin)
        if before_re.search(sentence.before(start, 60)) is None:
            continue
        match = after_re.match(sentence.text, sentence.rel(person.end))
        if match and not _pattern("role_not_of_flight").match(sentence.text[match.end() :]):
            role = _role_value(match.group("role"))
            doc.add_crew(mission, sentence, person, "crew.gapped_role", role, person.end + match.end())

"""Crew rules around a flight's name in one sentence: who flew (by verbs, seats, companions) and in which role;
and, once every sentence is read, the role aboard that a crew member's occupation gives (actress, cosmonaut)."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.clauses import (
    NEGATED,
    contrast_ranges,
    history_ranges,
    in_ranges,
    subject_before,
    verb_matches,
)
from kg.extract.document import Document, Mention, Sentence
from kg.extract.model import Value
from kg.extract.resources import get_resources, pattern_reader

_pattern = pattern_reader("crew_roles.jsonl")


_PASSIVE_ROLE = {"commanded": "commander", "piloted": "pilot", "led": "commander"}


def _coordinated_subjects(sentence: Sentence, subject: Mention) -> list[Mention]:
    """Return the subject and the people listed with it ('X, Y and Z will fly')."""
    people = [m for m in sentence.mentions if m.kind == "person" and m.end <= subject.begin]
    group = [subject]
    joined = False
    for mention in reversed(people):
        between = sentence.text[sentence.rel(mention.end) : sentence.rel(group[0].begin)]
        gap = _pattern("subject_list_gap").fullmatch(between)
        joined = joined or bool(gap and "and" in gap.group("separator"))
        # 'Ahead of A, Russian actress B took off': a name before a bare comma is a list's only with an 'and'.
        if gap and gap.group("nation") and not joined:
            break
        if gap and not re.search(r",\s+(?:along\s+)?with\s+", between):
            # 'X the pilot, with A and B as mission specialists': people after 'with' are not listed with X.
            group.insert(0, mention)
        elif re.fullmatch(r",?\s+(?:along|together)\s+with\s+(?:[\w()-]+\s+){0,6}", between):
            # 'A and B, along with agency astronaut C, will launch': those before 'along with' launch too.
            group.insert(0, mention)
        else:
            break
    return group


def _shared_plural_role(
    doc: Document, sentence: Sentence, mission: str, person: Mention, people: list[Mention]
) -> None:
    """Give the later ones of 'mission specialists Christina Koch, A, B and Jeremy Hansen' the plural role too."""
    earlier = [m for m in people if m.end <= person.begin]
    previous = None
    # Walk back through the list ('A, B, C and D') to its first name, where the plural role stands.
    for candidate in reversed(earlier):
        edge = previous or person
        gap = sentence.text[sentence.rel(candidate.end) : sentence.rel(edge.begin)]
        if not re.fullmatch(r"(?:,\s*\d{1,3}\s*)?,?\s*(?:and\s+)?", gap):
            break
        previous = candidate
    if previous is None:
        return
    before = sentence.before(sentence.rel(previous.begin), 40)
    roles = get_resources().lexicon["crew_roles"]
    for match in get_resources().crew_role_re.finditer(before):
        word = match.group(0).lower()
        if before[match.end() :] == " " and word != roles[word] and word.endswith("s"):
            doc.add_crew(
                mission,
                sentence,
                person,
                "crew.shared_plural_role",
                roles[word],
                sentence.span.begin + sentence.rel(previous.begin) - len(before) + match.start(),
            )


def _double_role(doc: Document, sentence: Sentence, mission: str, person: Mention, before: str, at: int) -> None:
    """'mission specialist and medical officer A': the role joined by 'and' to the one before the name is A's too."""
    roles = get_resources().lexicon["crew_roles"]
    for match in get_resources().crew_role_re.finditer(before[:at]):
        if before[match.end() : at] == " and ":
            begin = sentence.span.begin + sentence.rel(person.begin) - len(before) + match.start()
            doc.add_crew(mission, sentence, person, "crew.role_before_name", roles[match.group(0).lower()], begin)


def apply_crew_rules(doc: Document, sentence: Sentence, mission: str) -> None:
    """Find crew members of `mission` in one sentence, with their roles when stated."""
    text = sentence.text
    contrast = contrast_ranges(text)
    people = [
        m for m in sentence.mentions if m.kind == "person" and m.key and not in_ranges(sentence.rel(m.begin), contrast)
    ]
    stay = _pattern("stayed_aboard").search(text)
    if stay:
        # The subjects of 'remained aboard' stay behind: they are not the crew of the flight told of.
        people = [
            m for m in people if sentence.rel(m.end) > stay.start() or ";" in text[sentence.rel(m.end) : stay.start()]
        ]
    roles = get_resources().lexicon["crew_roles"]
    for person in people:
        start, end = sentence.rel(person.begin), sentence.rel(person.end)
        before = sentence.before(start, 40)
        for match in get_resources().crew_role_re.finditer(before):
            if before[match.end() :] in (" ", " (") and not _pattern("not_role_before").search(before[: match.start()]):
                doc.add_crew(
                    mission,
                    sentence,
                    person,
                    "crew.role_before_name",
                    roles[match.group(0).lower()],
                    sentence.span.begin + start - len(before) + match.start(),
                )
                _double_role(doc, sentence, mission, person, before, match.start())
        after = sentence.after(end, 130)
        for match in get_resources().crew_role_re.finditer(after):
            if _pattern("role_after").match(after[: match.start()]) and not re.match(
                r"['’]s\b|\s+of\s+(?:the\s+)?(?:station|space station|ISS|expedition|International)",
                after[match.end() :],
            ):
                word = match.group(0).lower()
                group = _coordinated_subjects(sentence, person) if word != roles[word] else [person]
                for member in group:
                    doc.add_crew(
                        mission, sentence, member, "crew.role_after_name", roles[word], person.end + match.end()
                    )
                break
        others = _pattern("other_passengers").match(after)
        if others:
            doc.add_crew(mission, sentence, person, "crew.other_passengers", "passenger", person.end + others.end())
        verb = _pattern("role_verb").match(after)
        # 'A was the first woman to command a shuttle mission' tells a seat of a crew member, not who flew.
        if verb and not (verb.group("first") and not doc.is_crew(mission, str(person.key))):
            role = "pilot" if verb.group(2).startswith("pilot") else "commander"
            doc.add_crew(mission, sentence, person, "crew.role_verb", role, person.end + verb.end())
        _shared_plural_role(doc, sentence, mission, person, people)
        _seat_roles(doc, sentence, mission, person, people)
        _clause_role(doc, sentence, mission, person, people)
        _told_aside(doc, sentence, mission, person, before)
        passive = re.search(r"\b(commanded|piloted|led)\s+by\s+(?:[\w'’-]+\s+){0,4}$", before)
        if passive and not _pattern("station_commanded").search(sentence.before(start, 80)):
            doc.add_crew(
                mission,
                sentence,
                person,
                "crew.passive_role",
                _PASSIVE_ROLE[passive.group(1)],
                sentence.span.begin + start - len(before) + passive.start(),
            )
    history = history_ranges(sentence, doc.article.published.year)
    for first in _pattern("first_in_space").finditer(text):
        if in_ranges(first.start(), history):
            continue
        subject = subject_before(sentence, first.start(), contrast)
        if subject is not None and _pattern("kin_of_before").search(sentence.before(sentence.rel(subject.begin), 40)):
            continue
        if subject is not None and not sentence.future and not sentence.plot:
            doc.add_crew(mission, sentence, subject, "crew.first_in_space", None, sentence.span.begin + first.end())
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
    start, end = sentence.rel(person.begin), sentence.rel(person.end)
    before = sentence.before(start, 60)
    for pattern, rule in (
        (_pattern("seat_before"), "crew.seat_before_name"),
        (_pattern("as_role_before"), "crew.as_role_before_name"),
    ):
        match = pattern.search(before)
        role = _role_word(match.group("role")) if match else None
        if match and role:
            doc.add_crew(
                mission, sentence, person, rule, role, sentence.span.begin + start - len(before) + match.start()
            )
    after = _pattern("seat_after").match(sentence.after(end, 60))
    role = _role_word(after.group("role")) if after else None
    if after and role:
        doc.add_crew(mission, sentence, person, "crew.seat_after_name", role, person.end + after.end())
    carrying = _pattern("carrying").search(before)
    # 'since Soyuz 22 failed ... with cosmonauts A and B': the people carried are the nearest named flight's.
    nearest = [m.key for m in sentence.of_kind("mission") if m.key and m.end <= person.begin]
    if carrying and not sentence.not_crew and (not nearest or nearest[-1] == mission):
        # A role opening a counted list ('2 cosmonauts: Commander, A and B') is the first person's only.
        opening = _role_word(carrying.group("role")) if carrying.group("role") else None
        for member in _listed_after(sentence, person, people):
            doc.add_crew(
                mission,
                sentence,
                member,
                "crew.carried_or_flown_by",
                opening if member is person else None,
                sentence.span.begin + start - len(before) + carrying.start(),
            )


@lru_cache(maxsize=1)
def _clause_role_re() -> re.Pattern[str]:
    """Return the pattern of a role stated later in a person's clause ('as its commander', 'fills the pilot's slot')."""
    roles = get_resources().crew_role_re.pattern
    determiner = r"(?:the\s+|its\s+|their\s+|his\s+|her\s+|a\s+|an\s+)?(?:other\s+|second\s+|remaining\s+)?"
    # 'A as well as passenger B': the role after 'as well as' is the next person's title, not A's role.
    return re.compile(
        r"(?<!\bwell\s)\b(?:as|is|was|will\s+be|serves\s+as|served\s+as)\s+"
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
    if role is None or _pattern("role_elsewhere").match(after):
        return
    doc.add_crew(mission, sentence, person, "crew.role_in_own_clause", role, person.end + match.end())


def _listed_after(sentence: Sentence, first: Mention, people: list[Mention]) -> list[Mention]:
    """Return a person and those listed right after them ('X, Y and Z')."""
    group = [first]
    for mention in people:
        if mention.begin <= group[-1].begin:
            continue
        between = sentence.text[sentence.rel(group[-1].end) : sentence.rel(mention.begin)]
        if (
            _pattern("listed_gap").fullmatch(between)
            or _pattern("listed_flyers").fullmatch(between)
            or _after_nationals(between)
        ):
            group.append(mention)
        else:
            break
    return group


def _told_aside(doc: Document, sentence: Sentence, mission: str, person: Mention, before: str) -> None:
    """'The capsule, under A's command, docked' (A commands it); 'The third crewman, test pilot B' and 'C's space
    capsule' (B and C fly)."""
    after = sentence.text[sentence.rel(person.end) :]
    command = _pattern("under_command").match(after) if re.search(r"\bunder\s+$", before) else None
    if command:
        doc.add_crew(mission, sentence, person, "crew.under_command", "commander", person.end + command.end())
    capsule = _pattern("own_capsule").match(after) if person.possessive else None
    if capsule:
        doc.add_crew(mission, sentence, person, "crew.own_capsule", None, person.end + capsule.end())
    ordinal = _pattern("ordinal_crewman").search(before)
    if ordinal:
        begin = person.begin - len(before) + ordinal.start()
        doc.add_crew(mission, sentence, person, "crew.ordinal_crewman", None, begin)


def _after_nationals(between: str) -> bool:
    """Tell whether the words between two listed people end in a plural nationality (' and Russians ')."""
    match = _pattern("nationals_between").fullmatch(between)
    return match is not None and match.group("people") in get_resources().lexicon["nationalities"]


def _round_out(doc: Document, sentence: Sentence, mission: str, people: list[Mention]) -> None:
    """'X and Y round out the crew as mission specialists': everyone named before the clause is crew."""
    if sentence.not_crew:
        return
    for match in _pattern("round_out").finditer(sentence.text):
        role = _role_word(match.group("role") or "")
        for person in people:
            if sentence.rel(person.end) <= match.start() and not person.possessive:
                doc.add_crew(mission, sentence, person, "crew.round_out", role, sentence.span.begin + match.end())


def _crew_by_verbs(
    doc: Document, sentence: Sentence, mission: str, people: list[Mention], contrast: list[tuple[int, int]]
) -> None:
    """Crew found through flight verbs, team listings, 'joined by' and companions."""
    text = sentence.text
    history = history_ranges(sentence, doc.article.published.year)
    if not sentence.not_crew:
        for verb in verb_matches(sentence, "launch_verbs") + verb_matches(sentence, "travel_verbs"):
            if in_ranges(verb.start(), contrast + history) or NEGATED.search(sentence.before(verb.start(), 20)):
                continue
            if _pattern("launch_as_noun").search(sentence.before(verb.start(), 20)):
                continue
            subject = subject_before(sentence, verb.start(), contrast)
            if subject is None:
                continue
            for person in _coordinated_subjects(sentence, subject):
                doc.add_crew(
                    mission,
                    sentence,
                    person,
                    "crew.subject_of_flight_verb",
                    None,
                    sentence.span.begin + verb.end(),
                )
            _companions_after_verb(doc, sentence, mission, verb.end(), people)
    for pattern, rule in (
        (_pattern("group_list"), "crew.team_listing"),
        (_pattern("joined_by"), "crew.joined_by"),
        (_pattern("companion"), "crew.companions"),
        (_pattern("seats"), "crew.bought_seats"),
        (_pattern("entry_order"), "crew.entry_order"),
    ):
        for cue in pattern.finditer(text):
            # Whom a crew 'will join' is there already (station residents) or named as crew elsewhere.
            if rule == "crew.companions" and cue.group(0).endswith("join"):
                continue
            role = _joined_role(doc, sentence, mission, cue.start(), contrast) if rule == "crew.joined_by" else None
            for person in people:
                if sentence.rel(person.begin) > cue.end():
                    doc.add_crew(mission, sentence, person, rule, role, sentence.span.begin + cue.start())
    for person in people:
        if _pattern("along_with").search(text[: sentence.rel(person.begin)]) and _pattern("companion").search(text):
            doc.add_crew(mission, sentence, person, "crew.along_with", None)


def _companions_after_verb(doc: Document, sentence: Sentence, mission: str, at: int, people: list[Mention]) -> None:
    """Add the people a crew member flew 'alongside' ('A flew into space alongside B and C') as crew."""
    first = next((p for p in people if sentence.rel(p.begin) >= at), None)
    cue = _pattern("alongside_after_verb").match(sentence.text[at : sentence.rel(first.begin)]) if first else None
    if first is None or cue is None:
        return
    for member in _listed_after(sentence, first, people):
        doc.add_crew(mission, sentence, member, "crew.companions", None, sentence.span.begin + at + cue.end())


def _joined_role(
    doc: Document, sentence: Sentence, mission: str, cue: int, contrast: list[tuple[int, int]]
) -> str | None:
    """Return 'passenger' when whoever is joined ('A was joined by B') is a passenger: those joining A ride along."""
    subject = subject_before(sentence, cue, contrast)
    if subject is None or subject.key is None:
        return None
    roles = {f.role for f in doc.facts_of(mission, "crew_member") if f.obj == subject.key}
    return "passenger" if "passenger" in roles else None


def add_roles_from_occupations(doc: Document) -> None:
    """Give crew with no stated flight role the role their occupation plays aboard (actress, cosmonaut)."""
    filmed = {slot.mission for slot in doc.films.values() if slot.mission}
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
                doc.add_fact(
                    subject=fact.subject,
                    predicate="crew_member",
                    obj=person,
                    evidence=occupation.evidence.restated("crew.role_from_occupation", 0.75),
                    role=value,
                )
                with_role.add((fact.subject, person))

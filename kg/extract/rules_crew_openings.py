"""Crew introduced by a cue before the list: 'The crew included A, B and C', 'Onboard were A and B', 'its three
passengers — A, B and C — along with D', 'the capsule, carrying A and B'; crew closed by a return verb ('A, B and C
landed'); and bulleted lists under a crew header ('The crew includes:' then '• Commander A', '• B, Pilot'). The
cues are data (patterns.json: crew_list_openings, crew_list_closings, list_continuations, crew_list_header,
list_bullet, and speaker_clause: who says the sentence after a comma, whose words mark no ground staff). A station's
commander listed with the flight's crew flies with them (station_title)."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.document import Document, Mention, Sentence
from kg.extract.resources import get_resources, lexicon_re, load_json
from kg.extract.rules_crew_lists import listed_people, people_listed_before

# A bulleted list is read back to its header over at most this many items (keeps the work per sentence bounded).
MAX_LIST_ITEMS = 40
# A list read back from a closing verb stops at a gap of more words than this: an apposition then a verb opens a clause.
MAX_GAP_WORDS = 5


@lru_cache(maxsize=1)
def _patterns() -> dict[str, list[re.Pattern[str]]]:
    """Return the cue patterns of patterns.json, compiled."""
    data = load_json("patterns.json")
    return {
        "openings": [re.compile(p, re.I) for p in data["crew_list_openings"]],
        "closings": [re.compile(p, re.I) for p in data["crew_list_closings"]],
        "continuations": [re.compile(p, re.I) for p in data["list_continuations"]],
        "header": [re.compile(data["crew_list_header"], re.I)],
        "bullet": [re.compile(data["list_bullet"])],
        "speaker": [re.compile(data["speaker_clause"])],
        "station_title": [re.compile(data["station_title"])],
    }


def apply_crew_opening_rules(doc: Document, sentence: Sentence, mission: str | None) -> None:
    """Find the crew a cue introduces in this sentence, or the bulleted crew member this line names."""
    if sentence.plot or _marks_no_crew(sentence):
        return
    people = [m for m in sentence.mentions if m.kind == "person" and m.key and not m.possessive]
    if not people:
        return
    bullet = _patterns()["bullet"][0].match(sentence.text)
    if bullet:
        _bulleted_member(doc, sentence, people, bullet.end())
    elif mission and not sentence.prior:
        _opened_list(doc, sentence, mission, people)
        _closed_list(doc, sentence, mission, people)
        _station_commander_listed(doc, sentence, mission, people)


def _station_commander_listed(doc: Document, sentence: Sentence, mission: str, people: list[Mention]) -> None:
    """'Station commander A, and flight engineers B and C, had been on the station': listed with the flight's crew,
    the station's commander flies with them (a title alone, 'Station commander A met B', tells no flight)."""
    for person in people:
        if not _patterns()["station_title"][0].search(sentence.before(sentence.rel(person.begin), 40)):
            continue
        group = listed_people(sentence, person, people, roles_go_on=True)
        if any(doc.is_crew(mission, str(m.key)) for m in group[1:]):
            doc.add_crew(mission, sentence, person, "crew.opened_list", None)


def _marks_no_crew(sentence: Sentence) -> bool:
    """Tell whether a sentence tells of ground staff or residents, not counting who says it after a comma ('...
    landed after a descent, Mission Control spokesman A said': the speaker is no part of what is told)."""
    if not sentence.not_crew:
        return False
    speaker = _patterns()["speaker"][0].search(sentence.text)
    return speaker is None or bool(lexicon_re("not_crew_markers").search(sentence.text[: speaker.start()]))


def _opened_list(doc: Document, sentence: Sentence, mission: str, people: list[Mention]) -> None:
    """'The crew included A and B', 'its passengers — A, B and C — along with D': everyone listed flies."""
    done: set[int] = set()
    for person in people:
        if person.begin in done:
            continue
        before = sentence.before(sentence.rel(person.begin), 120)
        cue = next((m for p in _patterns()["openings"] if (m := p.search(before))), None)
        if cue is None:
            continue
        role = "passenger" if cue.groupdict().get("passengers") else None
        # 'the capsule of Shenzhou-41, carrying the Shenzhou-40 astronauts A and B': they are the nearer flight's crew.
        nearest = [m.key for m in sentence.of_kind("mission") if m.key and m.end <= person.begin]
        if nearest and nearest[-1] != mission:
            continue
        group = listed_people(sentence, person, people)
        group += _continued(sentence, group[-1], people)
        for member in group:
            done.add(member.begin)
            doc.add_crew(mission, sentence, member, "crew.opened_list", role)


def _closed_list(doc: Document, sentence: Sentence, mission: str, people: list[Mention]) -> None:
    """'A, B and C landed', 'A and B returned after 374 days': the people a return verb closes flew back."""
    for person in people:
        after = sentence.after(sentence.rel(person.end), 40)
        if not any(p.match(after) for p in _patterns()["closings"]):
            continue
        group = people_listed_before(sentence, person, people)
        for member in _close_group(sentence, group):
            doc.add_crew(mission, sentence, member, "crew.closed_list", None)


def _close_group(sentence: Sentence, group: list[Mention]) -> list[Mention]:
    """Return the tail of a list read back from its last member, up to a long gap ('A, head of X, ordered B and C')."""
    kept = [group[-1]]
    for member in reversed(group[:-1]):
        gap = sentence.text[sentence.rel(member.end) : sentence.rel(kept[-1].begin)]
        if len(re.findall(r"[^\W\d_][\w'’.-]*", gap)) > MAX_GAP_WORDS:
            break
        kept.append(member)
    return kept


def _continued(sentence: Sentence, last: Mention, people: list[Mention]) -> list[Mention]:
    """Return the people a list goes on with after its last member ('A, B and C — along with D and E')."""
    for person in people:
        if person.begin <= last.begin:
            continue
        gap = sentence.text[sentence.rel(last.end) : sentence.rel(person.begin)]
        if any(p.match(gap) for p in _patterns()["continuations"]):
            return listed_people(sentence, person, people)
        return []
    return []


def _bulleted_member(doc: Document, sentence: Sentence, people: list[Mention], start: int) -> None:
    """'• Commander A' or '• A, Pilot' under 'The crew of STS-9 were:': a member of that flight, in that role."""
    header = _list_header(doc, sentence)
    if header is None or len(people) != 1:
        return
    named = [m for m in header.mentions if m.kind == "mission" and m.key]
    mission = named[-1].key if named else doc.context.get(header.index)
    if mission is None:
        return
    person = people[0]
    role_re = get_resources().crew_role_re
    before = sentence.text[start : sentence.rel(person.begin)]
    after = sentence.text[sentence.rel(person.end) :]
    found = role_re.fullmatch(before.strip())
    if found is None and after.lstrip().startswith(","):
        found = role_re.match(after.lstrip(" ,"))
    role = _role_of(found.group(0)) if found else _header_role(header)
    doc.add_crew(mission, sentence, person, "crew.bulleted_list", role)


def _header_role(header: Sentence) -> str | None:
    """Return the role a list's header gives every item ('Passengers are mission specialists:'), if any."""
    match = _patterns()["header"][0].search(header.text)
    words = match.group("role") if match and match.group("role") else ""
    found = get_resources().crew_role_re.fullmatch(words.strip())
    if found:
        return _role_of(found.group(0))
    return "passenger" if match and match.group(0).lower().startswith("passengers") else None


def flight_of_list_header(doc: Document, header: Sentence | None) -> str | None:
    """Find the flight a crew list's opening line tells of: the last it names, else the one in context."""
    if header is None or header.plot or header.not_crew:
        return None
    named = [m.key for m in header.of_kind("mission") if m.key]
    return named[-1] if named else doc.context.get(header.index)


def is_bulleted_crew_item(doc: Document, sentence: Sentence) -> bool:
    """Tell whether a line is an item of a bulleted crew list under a header (the bulleted rule reads it)."""
    return bool(_patterns()["bullet"][0].match(sentence.text)) and _list_header(doc, sentence) is not None


def _list_header(doc: Document, sentence: Sentence) -> Sentence | None:
    """Return the crew header a bulleted line stands under, if the lines before it are bullets up to one."""
    bullet, header = _patterns()["bullet"][0], _patterns()["header"][0]
    for index in range(sentence.index - 1, max(-1, sentence.index - 1 - MAX_LIST_ITEMS), -1):
        earlier = doc.sentences[index]
        if bullet.match(earlier.text) or _continues_bullet(doc, earlier):
            continue
        return earlier if header.search(earlier.text) else None
    return None


def _continues_bullet(doc: Document, sentence: Sentence) -> bool:
    """Tell whether a sentence goes on a bulleted line ('- A, CEO of X. He flew before.': the second sentence)."""
    text = doc.article.text
    line_start = text.rfind("\n", 0, sentence.span.begin) + 1
    return line_start < sentence.span.begin and bool(
        _patterns()["bullet"][0].match(text[line_start : sentence.span.begin])
    )


def _role_of(word: str) -> str:
    """Return the crew role a role word names."""
    roles: dict[str, str] = get_resources().lexicon["crew_roles"]
    key = " ".join(word.lower().replace("-", " ").split())
    return roles.get(key) or roles.get(word.lower()) or key

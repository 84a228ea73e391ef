"""The working state of one extraction: sentences with their spans, the entity table and the facts.

Rules read sentences and mentions from a Document and add entities and facts to it; nothing here
is shared between articles.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from typing import Any

from kg.extract.lookalikes import readable_article
from kg.extract.model import Article, Entity, EntityKind, Evidence, Fact, Span, Value
from kg.extract.quantities import Quantity
from kg.extract.resources import fold, get_resources
from kg.extract.state import EntityState, FilmSlot
from kg.extract.timex import Timex

_KIND_PREFIX = {
    "mission": "mission",
    "spacecraft": "spacecraft",
    "launch_vehicle": "rocket",
    "launch_site": "site",
    "station": "station",
    "place": "place",
    "person": "person",
    "organization": "org",
    "film": "film",
    "event": "event",
}

# A news article states one fact in a few sentences and names one thing a few dozen times; past these
# counts the extra evidence (a text repeating itself) only makes the output and every rule slower.
MAX_EVIDENCE_PER_FACT = 32
MAX_MENTIONS_PER_ENTITY = 64


@dataclass
class Mention:
    """A span naming something: absolute offsets, entity kind, the text and a canonical label.

    `canonical` is the preferred label (gazetteer label or normalised name); `attrs` carries data
    such as a launch site's time zone; `key` is filled in when the mention is linked to an entity.
    """

    begin: int
    end: int
    kind: str
    text: str
    canonical: str
    source: str
    rule: str
    attrs: dict[str, Any] = field(default_factory=dict)
    alt_labels: set[str] = field(default_factory=set)
    key: str | None = None
    possessive: bool = False


@dataclass
class Sentence:
    """One sentence: its span, text, and what the matchers found in it (offsets absolute)."""

    index: int
    span: Span
    text: str
    mentions: list[Mention]
    timexes: list[Timex]
    quantities: list[Quantity]
    future: bool
    prior: bool
    not_crew: bool
    plot: bool

    def rel(self, absolute: int) -> int:
        """Return the sentence-relative position of an absolute offset."""
        return absolute - self.span.begin

    def abs_span(self, begin: int, end: int) -> Span:
        """Return the absolute Span of sentence-relative [begin, end)."""
        return Span(self.span.begin + begin, self.span.begin + end)

    def before(self, position: int, width: int) -> str:
        """Return the (up to) `width` characters of the sentence that end at sentence-relative `position`."""
        return self.text[max(0, position - width) : position]

    def after(self, position: int, width: int) -> str:
        """Return the (up to) `width` characters of the sentence that start at sentence-relative `position`."""
        return self.text[position : position + width]

    def of_kind(self, *kinds: str) -> list[Mention]:
        """Return the mentions of the given entity kinds, in order."""
        return [m for m in self.mentions if m.kind in kinds]


def slug(text: str) -> str:
    """Return a readable ASCII slug of `text` (a stable hash of it when it has no ASCII letters or digits)."""
    readable = re.sub(r"\s+", "-", fold(text))
    if readable.isascii() and readable:
        return readable
    return "x-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass
class Document:
    """An article being extracted: sentences, entities by key, facts, and the flight of each sentence.

    `main` is the flight the article is about, `context` the flight each sentence speaks of (by index),
    `state` what the rules learnt about each entity, `films` the films being learnt about (by flight).
    `article` is the article as the rules read it (look-alike letters as Latin, `lookalikes.py`): its
    offsets are those of the original, which the Extraction keeps for the evidence to quote.
    """

    article: Article
    main: str | None = None
    sentences: list[Sentence] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    context: dict[int, str | None] = field(default_factory=dict)
    state: dict[str, EntityState] = field(default_factory=dict)
    films: dict[str, FilmSlot] = field(default_factory=dict)
    _seen: set[tuple[object, ...]] = field(default_factory=set)
    _index: dict[tuple[str, str], list[Fact]] = field(default_factory=dict)
    _evidence_count: dict[tuple[object, ...], int] = field(default_factory=dict)
    _crew: dict[str, dict[str, int]] = field(default_factory=dict)
    _crew_facts_of_person: dict[str, list[Fact]] = field(default_factory=dict)
    _by_span: dict[Span, Sentence] = field(default_factory=dict)
    _mentions_seen: set[tuple[str, Evidence]] = field(default_factory=set)

    def __post_init__(self) -> None:
        """Read the article's text as the rules match on it."""
        self.article = readable_article(self.article)

    def add_entity(
        self,
        kind: EntityKind,
        canonical: str,
        label: str,
        alt_labels: set[str] | None = None,
        evidence: Evidence | None = None,
        key: str | None = None,
    ) -> str:
        """Add (or find) the entity of `kind` named `canonical`; return its key."""
        key = key or f"{_KIND_PREFIX[kind]}-{slug(canonical)}"
        entity = self.entities.get(key)
        if entity is None:
            entity = Entity(key=key, kind=kind, label=label)
            self.entities[key] = entity
            self.state[key] = EntityState()
        alts = set(alt_labels or ()) | ({canonical} if canonical != entity.label else set())
        entity.alt_labels |= {a for a in alts if a and a != entity.label}
        if evidence is not None and (key, evidence) not in self._mentions_seen:
            self._mentions_seen.add((key, evidence))
            self.add_mention(key, evidence)
        return key

    def add_mention(self, key: str, evidence: Evidence) -> None:
        """Record where the text names entity `key`, up to MAX_MENTIONS_PER_ENTITY places."""
        mentions = self.entities[key].mentions
        if len(mentions) < MAX_MENTIONS_PER_ENTITY:
            mentions.append(evidence)

    def evidence(self, sentence: Sentence, begin: int, end: int, rule: str, confidence: float = 0.9) -> Evidence:
        """Return Evidence for absolute [begin, end) inside `sentence`."""
        return Evidence(Span(begin, end), sentence.span, rule, confidence)

    def match_evidence(self, sentence: Sentence, match: re.Match[str], rule: str, confidence: float = 0.9) -> Evidence:
        """Return Evidence for what a regex matched in the sentence's text."""
        return self.evidence(
            sentence, sentence.span.begin + match.start(), sentence.span.begin + match.end(), rule, confidence
        )

    def add_fact(
        self,
        *,
        subject: str,
        predicate: str,
        obj: str | Value,
        evidence: Evidence,
        role: str | None = None,
    ) -> None:
        """Record a fact supported by `evidence` (its span is cut to its sentence; all of it if nothing is left).

        Duplicates are dropped, and so is evidence past MAX_EVIDENCE_PER_FACT sentences for one fact.
        """
        span, sentence = evidence.span, evidence.sentence
        begin, end = max(span.begin, sentence.begin), min(span.end, sentence.end)
        if end <= begin:
            begin, end = sentence.begin, sentence.end
        seen_key = (subject, predicate, obj, role, sentence)
        statement = (subject, predicate, obj, role)
        if seen_key in self._seen or self._evidence_count.get(statement, 0) >= MAX_EVIDENCE_PER_FACT:
            return
        if (begin, end) != (span.begin, span.end):
            evidence = replace(evidence, span=Span(begin, end))
        fact = Fact(subject, predicate, obj, evidence, role)
        self.facts.append(fact)
        self._index_fact(fact)

    def add_crew(
        self,
        mission: str,
        sentence: Sentence,
        person: Mention,
        rule: str,
        role: str | None,
        end: int | None = None,
        confidence: float = 0.9,
    ) -> None:
        """Record a person as crew of a flight (with a role if the sentence gives one), up to `end` if given."""
        if person.key is None:
            return
        begin = min(person.begin, end) if end is not None else person.begin
        stop = max(person.end, end) if end is not None else person.end
        self.add_fact(
            subject=mission,
            predicate="crew_member",
            obj=person.key,
            evidence=self.evidence(sentence, begin, stop, rule, confidence),
            role=role,
        )
        self.state[person.key].crew_sentences.add(sentence.index)

    def _index_fact(self, fact: Fact) -> None:
        """Enter a new fact in the lookup tables (not in the list of facts)."""
        self._seen.add((fact.subject, fact.predicate, fact.obj, fact.role, fact.evidence.sentence))
        statement = (fact.subject, fact.predicate, fact.obj, fact.role)
        self._evidence_count[statement] = self._evidence_count.get(statement, 0) + 1
        self._index.setdefault((fact.subject, fact.predicate), []).append(fact)
        if fact.predicate == "crew_member":
            crew = self._crew.setdefault(fact.subject, {})
            crew[str(fact.obj)] = crew.get(str(fact.obj), 0) + 1
            self._crew_facts_of_person.setdefault(str(fact.obj), []).append(fact)

    def _unindex_fact(self, fact: Fact) -> None:
        """Take a removed fact out of the lookup tables."""
        self._seen.discard((fact.subject, fact.predicate, fact.obj, fact.role, fact.evidence.sentence))
        statement = (fact.subject, fact.predicate, fact.obj, fact.role)
        self._evidence_count[statement] -= 1
        same = self._index[fact.subject, fact.predicate]
        same[:] = [f for f in same if f is not fact]
        if fact.predicate == "crew_member":
            crew = self._crew[fact.subject]
            crew[str(fact.obj)] -= 1
            if not crew[str(fact.obj)]:
                del crew[str(fact.obj)]
            of_person = self._crew_facts_of_person[str(fact.obj)]
            of_person[:] = [f for f in of_person if f is not fact]

    def remove_facts(self, doomed: list[Fact]) -> None:
        """Remove facts (by identity) from the list and the lookup tables."""
        ids = {id(f) for f in doomed}
        if not ids:
            return
        # Rules mostly take back facts they have just added: look for them from the end of the list.
        start, found = len(self.facts), 0
        while start > 0 and found < len(ids):
            start -= 1
            found += id(self.facts[start]) in ids
        tail = self.facts[start:]
        self.facts[start:] = [f for f in tail if id(f) not in ids]
        for fact in tail:
            if id(fact) in ids:
                self._unindex_fact(fact)

    def sentence_at(self, span: Span) -> Sentence:
        """Return the sentence with this span."""
        if not self._by_span:
            self._by_span = {s.span: s for s in self.sentences}
        return self._by_span[span]

    def facts_of(self, subject: str, predicate: str) -> list[Fact]:
        """Return the facts with this subject and predicate."""
        return list(self._index.get((subject, predicate), ()))

    def is_crew(self, mission: str, person: str) -> bool:
        """Tell whether a person is recorded as crew of `mission`."""
        return person in self._crew.get(mission, ())

    def crew_facts_of_person(self, person: str) -> list[Fact]:
        """Return the crew_member facts that have this person as crew, in the order they were recorded."""
        return list(self._crew_facts_of_person.get(person, ()))

    def mission_of_person(self, person: str) -> str | None:
        """Return the flight a person was first recorded as crew of, if any."""
        facts = self._crew_facts_of_person.get(person)
        return facts[0].subject if facts else None

    def occupations(self, person: str) -> set[str]:
        """Return the occupations recorded for a person."""
        return {str(f.obj.lexical) for f in self.facts_of(person, "occupation") if isinstance(f.obj, Value)}

    def lexicon(self) -> dict[str, Any]:
        """Return the lexicon data (word lists)."""
        return get_resources().lexicon

"""What extraction produces: entities, facts and their evidence, as plain Python data (no RDF here).

The contract between `kg.extract` (text in) and `kg.rdf.build` (RDF out). Offsets are character
offsets into `Article.text` (the whole file as read, header line included), end exclusive, so
`article.text[span.begin:span.end]` is exactly the supporting text.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Literal

EntityKind = Literal[
    "mission",  # a spaceflight, named or not
    "spacecraft",  # a capsule or ship (Soyuz MS-19, Crew Dragon Resilience)
    "launch_vehicle",  # a rocket (Falcon 9, Long March 2F)
    "launch_site",  # a cosmodrome, launch centre or pad
    "station",  # a space station or module (ISS, Tiangong, Tianhe)
    "place",  # any other place: the Moon, orbit, an ocean, a landing site, a country
    "person",
    "organization",
    "film",  # a film, documentary or series
    "event",  # a dated happening: launch, docking, landing, announcement, post...
]

ValueType = Literal[
    "string",
    "integer",
    "decimal",
    "date",  # YYYY-MM-DD
    "dateTime",  # YYYY-MM-DDThh:mm:ss+hh:mm, in the zone the article names
    "gYearMonth",  # YYYY-MM
    "gYear",  # YYYY
    "duration",  # ISO 8601, e.g. P12D, PT3H17M
    "money",  # a decimal amount with `unit` an ISO 4217 code
]


@dataclass(frozen=True)
class Span:
    """A half-open character range [begin, end) in the article text."""

    begin: int
    end: int


@dataclass(frozen=True)
class Value:
    """A literal value: lexical form in the XSD form of `type` (see ValueType)."""

    lexical: str
    type: ValueType = "string"
    unit: str | None = None


@dataclass(frozen=True)
class Evidence:
    """Where a fact or mention comes from: the phrase, its sentence, the rule, how sure we are."""

    span: Span
    sentence: Span
    rule: str
    confidence: float = 0.9

    def restated(self, rule: str, confidence: float = 0.9) -> Evidence:
        """Return the same place of the text as the evidence of another rule (a fact derived from this one)."""
        return replace(self, rule=rule, confidence=confidence)


@dataclass
class Entity:
    """A thing the article speaks of; `key` is a readable slug, stable across runs and articles."""

    key: str
    kind: EntityKind
    label: str
    alt_labels: set[str] = field(default_factory=set)
    mentions: list[Evidence] = field(default_factory=list)
    merged_from: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class Fact:
    """One statement: `subject` is an entity key, `obj` an entity key (str) or a Value.

    Predicates (subject kind -> object):
      mission: status (Value string: flown|underway|planned|postponed), status_wording (Value),
        launch_date, landing_date (date Values), launch_site, landing_site, spacecraft,
        launch_vehicle, destination (entity), duration (duration Value), altitude_km (decimal Value),
        crew_member (person; `role` names the role on that flight, e.g. "commander", or None),
        operator | builder | sponsor | broadcaster | beneficiary | partner (organization)
      person: age (integer Value), occupation (string Value, e.g. "actress"),
        nationality (string Value, e.g. "Russian"), affiliation (organization)
      film: director, cast_member, broadcaster (entity), about (mission)
      event: event_type (Value: launch|docking|landing|announcement|postponement|post|other),
        date (date Value), about (mission or film), agent (person or organization)
      spacecraft: operator | builder (organization)
    """

    subject: str
    predicate: str
    obj: str | Value
    evidence: Evidence
    role: str | None = None


@dataclass(frozen=True)
class Article:
    """An article as read: its whole text, id (slug of the file name), publication date, authors and outlet."""

    article_id: str
    text: str
    published: date
    author: str | None = None
    source: str | None = None
    # Every person of the byline ('A and B' are two) and the outlet it names ('By Reuters' is no person).
    authors: tuple[str, ...] = ()
    publisher: str | None = None


@dataclass
class Extraction:
    """Everything found in one article."""

    article: Article
    entities: dict[str, Entity] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)

"""Cross-article identity: give an entity already in the store the same IRI when a new article names it again.

The ingest reads the other articles' entities (`KNOWN_ENTITIES_QUERY`) into a `KnownIndex`, and
`find_matches` pairs the new article's entities with the known ones that name the same thing: same
class, and names that agree exactly, through the alias table, or by fuzzy similarity with safeguards
(numbers and designators must agree exactly, Roman numerals read as numbers, so Soyuz MS-18 and
MS-19, Artemis I and Artemis VIII stay apart while Shenzhou V and Shenzhou 5 meet; both the given
name and the surname must be close, so two people sharing a surname stay apart).
`kg.rdf.articletriples.reconcile_triples` then rewrites the article onto the known IRIs, keeps the
other spelling as skos:altLabel and records each merge as an sm:EntityMerge.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from kg.rdf.build import ENTITY_CLASSES
from kg.rdf.names import FUZZY_THRESHOLD, PERSON_THRESHOLD, NameForms, canonical, compare_forms, normalize
from kg.rdf.names import compare_names as compare_names
from kg.rdf.names import designators as designators
from kg.terms import SM

_CLASS_VALUES = " ".join(f"sm:{c.rsplit('#', 1)[-1]}" for c in ENTITY_CLASSES.values())

KNOWN_ENTITIES_QUERY = f"""
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX sm: <https://w3id.org/spacekg/ontology#>
# Every entity already stored, with its class and every label; the preferred label (rdfs:label) of
# each entity comes first, then its other spellings (skos:altLabel).
SELECT ?entity ?rank ?label ?class WHERE {{
  VALUES ?class {{ {_CLASS_VALUES} }}
  ?entity a ?class .
  {{ ?entity rdfs:label ?label . BIND(0 AS ?rank) }}
  UNION
  {{ ?entity skos:altLabel ?label . BIND(1 AS ?rank) }}
}}
ORDER BY ?entity ?rank ?label
"""

# Classes whose members may be the same entity: a launch site is a place, a station a spacecraft.
CLASS_FAMILY: dict[str, str] = {
    str(SM.LaunchSite): str(SM.Place),
    str(SM.SpaceStation): str(SM.Spacecraft),
}


@dataclass
class Entity:
    """An entity to match: its IRI, its class family and its labels, the preferred one first."""

    iri: str
    family: str
    labels: list[str] = field(default_factory=list)
    # The forms of `labels` when they were last compared: a known entity is compared for article after article.
    _forms: tuple[tuple[str, ...], list[NameForms]] | None = field(default=None, repr=False, compare=False)

    def forms(self, *, person: bool) -> list[NameForms]:
        """The forms of the entity's labels, in their order."""
        labels = tuple(self.labels)
        if self._forms is None or self._forms[0] != labels:
            self._forms = (labels, [NameForms.of(label, person=person) for label in labels])
        return self._forms[1]


@dataclass(frozen=True)
class Match:
    """Why a new entity is taken to be a known one."""

    new_iri: str
    known_iri: str
    method: str
    score: float
    label: str


def find_matches(
    new: list[Entity], known: dict[str, Entity], indexes: dict[str, _LabelIndex] | None = None
) -> list[Match]:
    """Pair new entities with known ones, best score first, each known entity taken at most once.

    `indexes` are the labels of `known` indexed per class family (built here when not given).
    """
    if indexes is None:
        indexes = {}
        for entity in known.values():
            indexes.setdefault(entity.family, _LabelIndex()).add(entity)
    candidates: list[Match] = []
    for entity in new:
        if entity.iri in known and known[entity.iri].family == entity.family:
            candidates.append(Match(entity.iri, entity.iri, "exact", 100.0, entity.labels[0]))
            continue
        index = indexes.get(entity.family)
        if index is None:
            continue
        person = entity.family == str(SM.Person)
        for iri in sorted(index.candidates(entity.labels, person=person)):
            found = compare_forms(entity.forms(person=person), known[iri].forms(person=person), person=person)
            if found is None:
                continue
            method, score, label = found
            if method == "surname" and len(index.surnames.get(canonical(label), set())) != 1:
                continue  # a bare surname is only safe when one known person bears it
            candidates.append(Match(entity.iri, iri, method, score, label))
    taken_new: set[str] = set()
    taken_known: set[str] = set()
    chosen = []
    for match in sorted(candidates, key=lambda m: (-m.score, m.new_iri, m.known_iri)):
        if match.new_iri in taken_new or match.known_iri in taken_known:
            continue
        taken_new.add(match.new_iri)
        taken_known.add(match.known_iri)
        chosen.append(match)
    return chosen


@dataclass
class _LabelIndex:
    """The known labels of one class family, indexed so that each new name is compared with few of them."""

    by_key: dict[str, set[str]] = field(default_factory=dict)
    by_token: dict[str, set[str]] = field(default_factory=dict)
    surnames: dict[str, set[str]] = field(default_factory=dict)
    choices: list[str] = field(default_factory=list)
    owners: list[str] = field(default_factory=list)

    def add(self, entity: Entity, labels: Iterable[str] | None = None) -> None:
        """Index every label of a known entity (or only `labels`, its new ones)."""
        for label in entity.labels if labels is None else labels:
            norm, canon = normalize(label), canonical(label)
            for key in {norm.replace(" ", ""), canon.replace(" ", "")}:
                self.by_key.setdefault(key, set()).add(entity.iri)
            tokens = canon.split()
            for token in tokens:
                self.by_token.setdefault(token, set()).add(entity.iri)
            if len(tokens) > 1:
                self.surnames.setdefault(tokens[-1], set()).add(entity.iri)
            self.choices.append(canon)
            self.owners.append(entity.iri)

    def candidates(self, labels: list[str], *, person: bool) -> set[str]:
        """Known entities that one of `labels` could match: same key, shared words, or a similar spelling."""
        found: set[str] = set()
        for label in labels:
            norm, canon = normalize(label), canonical(label)
            found |= self.by_key.get(norm.replace(" ", ""), set()) | self.by_key.get(canon.replace(" ", ""), set())
            tokens = canon.split()
            if not person or len(tokens) == 1:
                for token in tokens:
                    found |= self.by_token.get(token, set())
            cutoff = min(FUZZY_THRESHOLD, PERSON_THRESHOLD)
            for _choice, _score, i in process.extract(
                canon, self.choices, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
            ):
                found.add(self.owners[i])
        return found


class KnownIndex:
    """The known entities indexed for matching, kept up to date as entity rows are added.

    Rows are (entity, rank, label, class), rank 0 for the preferred label; each entity's labels and
    class family come out in KNOWN_ENTITIES_QUERY's order (preferred label first), and the index is
    kept up to date instead of re-indexing every known entity for each new article.
    """

    def __init__(self, rows: Iterable[tuple[str, int, str, str]] = ()) -> None:
        self.entities: dict[str, Entity] = {}
        self.indexes: dict[str, _LabelIndex] = {}
        self._rows: dict[str, list[tuple[int, str, str]]] = {}
        if not self.add(rows):
            raise AssertionError("a fresh index cannot have an entity change family")

    def add(self, rows: Iterable[tuple[str, int, str, str]]) -> bool:
        """Take in new rows; False when an entity's class family changed (then the index must be rebuilt)."""
        touched: set[str] = set()
        for iri, rank, label, cls in rows:
            bisect.insort(self._rows.setdefault(iri, []), (rank, label, cls))
            touched.add(iri)
        for iri in sorted(touched):
            ordered = self._rows[iri]
            family = CLASS_FAMILY.get(ordered[0][2], ordered[0][2])
            labels = list(dict.fromkeys(label for _rank, label, _cls in ordered))
            entity = self.entities.get(iri)
            if entity is None:
                entity = self.entities[iri] = Entity(iri, family, labels)
                self.indexes.setdefault(family, _LabelIndex()).add(entity)
                continue
            if entity.family != family:
                return False
            added = [label for label in labels if label not in entity.labels]
            entity.labels = labels
            self.indexes[family].add(entity, added)
        return True

"""Cross-article identity: give an entity already in the store the same IRI when a new article names it again.

The ingest runs `KNOWN_ENTITIES_QUERY` on the other articles' graphs, then `reconcile` rewrites the new
article's entity IRIs onto the known ones that name the same thing: same class, and names that agree
exactly, through the alias table, or by fuzzy similarity with safeguards (numbers and designators must
agree exactly, Roman numerals read as numbers, so Soyuz MS-18 and MS-19, Artemis I and Artemis VIII stay
apart while Shenzhou V and Shenzhou 5 meet; both the given name and the surname must be close, so two
people sharing a surname stay apart). The other spelling is kept as skos:altLabel and each
merge is recorded as an sm:EntityMerge.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from rdflib import RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.term import Node

from kg.rdf.build import ENTITY_CLASSES, add_merge_record
from kg.terms import SCHEMA, SM

_CLASS_VALUES = " ".join(f"sm:{c.rsplit('#', 1)[-1]}" for c in ENTITY_CLASSES.values())

KNOWN_ENTITIES_QUERY = f"""
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX sm: <https://w3id.org/spacekg/ontology#>
# Every entity already stored, with its class and every label; the preferred label (rdfs:label) of
# each entity comes first, then its other spellings (skos:altLabel).
SELECT ?entity ?class ?label WHERE {{
  VALUES ?class {{ {_CLASS_VALUES} }}
  ?entity a ?class .
  {{ ?entity rdfs:label ?label . BIND(0 AS ?rank) }}
  UNION
  {{ ?entity skos:altLabel ?label . BIND(1 AS ?rank) }}
}}
ORDER BY ?entity ?rank ?label
"""

# Classes whose members may be the same entity: a launch site is a place, a station a spacecraft.
_CLASS_FAMILY: dict[str, str] = {
    str(SM.LaunchSite): str(SM.Place),
    str(SM.SpaceStation): str(SM.Spacecraft),
}
# Spellings of the same given name or word, mapped to one form (transliterations of Russian names vary).
TOKEN_ALIASES: dict[str, str] = {
    "yulia": "julia",
    "iulia": "julia",
    "yuliya": "julia",
    "pyotr": "petr",
    "pet": "petr",
    "piotr": "petr",
    "sergei": "sergey",
    "aleksandr": "alexander",
    "alexandr": "alexander",
    "aleksei": "alexey",
    "alexei": "alexey",
    "andrei": "andrey",
    "dmitri": "dmitry",
    "dmitriy": "dmitry",
    "yuri": "yury",
    "yuriy": "yury",
    "evgeny": "yevgeny",
    "novitskiy": "novitsky",
    "novitskii": "novitsky",
    "centre": "center",
}
# Whole names that denote the same thing.
NAME_ALIASES: dict[str, str] = {
    "iss": "international space station",
    "space x": "spacex",
    "cmsa": "china manned space agency",
    "nasa": "national aeronautics and space administration",
    "esa": "european space agency",
    "ksc": "kennedy space center",
    "lc 39a": "launch complex 39a",
    "cz 2f": "long march 2f",
    "long march2f": "long march 2f",
    "tiangong space station": "tiangong",
    "baikonur": "baikonur cosmodrome",
}
FUZZY_THRESHOLD = 90.0
PERSON_THRESHOLD = 88.0
MIN_FUZZY_LENGTH = 6
MIN_SUBSET_WORDS = 3
# Roman numerals up to 39 (XXXIX) from I, V and X only: flights are numbered no higher, and L, C, D and M
# alone are more often a person's initial than a number.
_ROMAN = re.compile(r"(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})")
_ROMAN_LETTERS = {"i": 1, "v": 5, "x": 10}


@dataclass
class _Entity:
    iri: str
    family: str
    labels: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Match:
    """Why a new entity is taken to be a known one."""

    new_iri: str
    known_iri: str
    method: str
    score: float
    label: str


def reconcile(graph: Graph, known: Iterable[tuple[str, str, str]] | KnownIndex, *, in_place: bool = False) -> Graph:
    """Return a copy of `graph` whose entities that are already known carry the known IRIs and labels.

    `known` holds (entity IRI, class IRI, label) rows as KNOWN_ENTITIES_QUERY returns them, the
    preferred label of each entity first, or the same entities already indexed (a KnownIndex).
    With `in_place`, `graph` itself is changed and returned (copying every triple costs more than
    the rest of the reconciliation).
    """
    if isinstance(known, KnownIndex):
        known_entities, indexes = known.entities, known.indexes
    else:
        known_entities, indexes = _index(known), None
    matches = find_matches(_entities_in(graph), known_entities, indexes)
    mapping = {URIRef(m.new_iri): URIRef(m.known_iri) for m in matches}
    if in_place:
        result = graph
        _swap_in_place(result, {new: kept for new, kept in mapping.items() if new != kept})
    else:
        result = Graph(identifier=graph.identifier)
        for prefix, namespace in graph.namespaces():
            result.bind(prefix, namespace, override=True, replace=True)
        for s, p, o in graph:
            result.add((_swap(s, mapping), p, _swap(o, mapping)))
    base_iri = _base_of(graph)
    for match in matches:
        known_entity = known_entities[match.known_iri]
        _harmonize_labels(result, URIRef(match.known_iri), known_entity.labels[0])
        if match.new_iri != match.known_iri:
            add_merge_record(
                result,
                URIRef(match.known_iri),
                URIRef(match.new_iri),
                method=match.method,
                base_iri=base_iri,
                label=match.label,
                score=match.score,
            )
    return result


def find_matches(
    new: list[_Entity], known: dict[str, _Entity], indexes: dict[str, _LabelIndex] | None = None
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
            found = compare_names(entity.labels, known[iri].labels, person=person)
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

    def add(self, entity: _Entity, labels: Iterable[str] | None = None) -> None:
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
    class family come out as `reconcile` reads them from KNOWN_ENTITIES_QUERY's ordered rows, so
    matching against this index gives the same result as against those rows, without re-indexing
    every known entity for each new article.
    """

    def __init__(self, rows: Iterable[tuple[str, int, str, str]] = ()) -> None:
        self.entities: dict[str, _Entity] = {}
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
            family = _CLASS_FAMILY.get(ordered[0][2], ordered[0][2])
            labels = list(dict.fromkeys(label for _rank, label, _cls in ordered))
            entity = self.entities.get(iri)
            if entity is None:
                entity = self.entities[iri] = _Entity(iri, family, labels)
                self.indexes.setdefault(family, _LabelIndex()).add(entity)
                continue
            if entity.family != family:
                return False
            added = [label for label in labels if label not in entity.labels]
            entity.labels = labels
            self.indexes[family].add(entity, added)
        return True


def compare_names(new: list[str], known: list[str], *, person: bool) -> tuple[str, float, str] | None:
    """Return (method, score, the new spelling) if any new name matches any known name, the best one."""
    best: tuple[str, float, str] | None = None
    for a in new:
        for b in known:
            found = _compare(a, b, person=person)
            if found and (best is None or found[1] > best[1]):
                best = (found[0], found[1], a)
    return best


def normalize(name: str) -> str:
    """Lowercase ASCII words of a name, without possessives, punctuation or a leading 'the'."""
    folded = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    text = re.sub(r"['\u2019]s\b", "", text)
    text = re.sub(r"[^0-9a-z]+", " ", text).strip()
    return re.sub(r"^the ", "", text)


def canonical(name: str) -> str:
    """The normalized name with alias tokens and whole-name aliases replaced by one form."""
    text = " ".join(TOKEN_ALIASES.get(t, t) for t in normalize(name).split())
    return NAME_ALIASES.get(text, NAME_ALIASES.get(text.replace(" ", ""), text))


def designators(name: str, *, person: bool = False) -> list[str]:
    """The parts of a name that must agree exactly: numbers (Roman ones in Arabic), letters fused to them, codes."""
    tokens = normalize(name).split()
    parts: list[str] = []
    for i, token in enumerate(tokens):
        numeral = _numeral_at(tokens, i, person=person)
        if numeral is not None:
            parts.append(str(numeral))
            continue
        if not re.search(r"\d", token):
            continue
        if i > 0 and len(tokens[i - 1]) <= 3 and tokens[i - 1].isalpha():
            parts.append(tokens[i - 1])
        for run in re.findall(r"\d+|[a-z]+", token):
            if run.isdigit() or len(run) <= 2:
                parts.append(run)
    return parts


def roman_value(token: str) -> int | None:
    """The number a lowercase Roman numeral of I, V and X stands for (1 to 39), or None if it is not one."""
    if not _ROMAN.fullmatch(token):
        return None
    total, largest = 0, 0
    for letter in reversed(token):
        value = _ROMAN_LETTERS[letter]
        total += value if value >= largest else -value
        largest = max(largest, value)
    return total


def _numeral_at(tokens: list[str], i: int, *, person: bool) -> int | None:
    """The number that token `i` of a name stands for if it is a Roman numeral there, else None."""
    token = tokens[i]
    if i == 0 or (value := roman_value(token)) is None:
        return None  # a name does not start with its numeral; "XI" or "Vi" opening a name is a word
    last = i == len(tokens) - 1
    if not last and re.search(r"\d", tokens[i + 1]):
        return None  # a code before a number, as the X of "Boeing X-37"
    if person and len(token) == 1 and not last:
        return None  # a middle initial, as the V of "Michael V. Smith"
    return value


def _with_numbers(canon: str, *, person: bool) -> str:
    """The canonical name with its Roman numerals written in Arabic digits: "shenzhou v" -> "shenzhou 5"."""
    tokens = canon.split()
    numerals = [_numeral_at(tokens, i, person=person) for i in range(len(tokens))]
    return " ".join(token if n is None else str(n) for token, n in zip(tokens, numerals, strict=True))


def _compare(a: str, b: str, *, person: bool) -> tuple[str, float] | None:
    na, nb = normalize(a), normalize(b)
    if not na or not nb:
        return None
    if na == nb or na.replace(" ", "") == nb.replace(" ", ""):
        return ("exact", 100.0)
    ca, cb = canonical(a), canonical(b)
    if ca == cb or ca.replace(" ", "") == cb.replace(" ", ""):
        return ("alias", 99.0)
    if designators(a, person=person) != designators(b, person=person):
        return None
    ca, cb = _with_numbers(ca, person=person), _with_numbers(cb, person=person)
    if ca == cb or ca.replace(" ", "") == cb.replace(" ", ""):
        return ("alias", 99.0)  # the same designator, once in Roman and once in Arabic numerals
    if person:
        return _compare_people(ca, cb)
    ta, tb = set(ca.split()), set(cb.split())
    if (ta <= tb or tb <= ta) and (designators(a, person=person) or min(len(ta), len(tb)) >= MIN_SUBSET_WORDS):
        # One name inside the other: "MS-19" in "Soyuz MS-19" (same designator), "Kennedy Space Center"
        # in "NASA's Kennedy Space Center"; two-word names ("Space Center") are too vague for this.
        return ("fuzzy", float(FUZZY_THRESHOLD))
    if min(len(ca), len(cb)) < MIN_FUZZY_LENGTH:
        return None
    score = fuzz.ratio(ca, cb)
    if score >= FUZZY_THRESHOLD:
        return ("fuzzy", round(score, 1))
    return None


def _compare_people(ca: str, cb: str) -> tuple[str, float] | None:
    ta, tb = ca.split(), cb.split()
    if len(ta) == 1 and len(tb) > 1 and ta[0] == tb[-1]:
        return ("surname", 85.0)
    if len(ta) < 2 or len(tb) < 2:
        return None
    given = fuzz.ratio(ta[0], tb[0])
    family = fuzz.ratio(ta[-1], tb[-1])
    whole = fuzz.ratio(ca, cb)
    if given >= 80 and family >= 85 and whole >= PERSON_THRESHOLD:
        return ("fuzzy", round(whole, 1))
    return None


def _index(known: Iterable[tuple[str, str, str]]) -> dict[str, _Entity]:
    entities: dict[str, _Entity] = {}
    for iri, cls, label in known:
        entity = entities.setdefault(iri, _Entity(iri, _CLASS_FAMILY.get(cls, cls)))
        if label not in entity.labels:
            entity.labels.append(label)
    return {iri: e for iri, e in entities.items() if e.labels}


def _entities_in(graph: Graph) -> list[_Entity]:
    entities = []
    for cls in ENTITY_CLASSES.values():
        for subject in sorted({s for s in graph.subjects(RDF.type, cls) if isinstance(s, URIRef)}):
            labels = [str(o) for o in graph.objects(subject, RDFS.label)]
            labels += sorted(str(o) for o in graph.objects(subject, SKOS.altLabel))
            if labels:
                entities.append(_Entity(str(subject), _CLASS_FAMILY.get(str(cls), str(cls)), labels))
    return entities


def _swap(term: Node, mapping: dict[URIRef, URIRef]) -> Node:
    return mapping.get(term, term) if isinstance(term, URIRef) else term


def _swap_in_place(graph: Graph, mapping: dict[URIRef, URIRef]) -> None:
    """Give every triple naming an IRI of `mapping` its new IRIs, all at once (as a copy with `_swap` would)."""
    touched: set[tuple[Node, Node, Node]] = set()
    for iri in mapping:
        touched.update(graph.triples((iri, None, None)))
        touched.update(graph.triples((None, None, iri)))
    for triple in touched:
        graph.remove(triple)
    for s, p, o in touched:
        graph.add((_swap(s, mapping), p, _swap(o, mapping)))


def _harmonize_labels(graph: Graph, iri: URIRef, preferred: str) -> None:
    """Give `iri` the known preferred label; its other labels in this graph become altLabels."""
    kept = Literal(preferred)
    for prop in (RDFS.label, SCHEMA.name):
        values = list(graph.objects(iri, prop))
        if not values:
            continue
        for value in values:
            if value != kept:
                graph.remove((iri, prop, value))
                graph.add((iri, SKOS.altLabel, value))
                _relabel_statements(graph, iri, prop, value)
        graph.add((iri, prop, kept))
    graph.remove((iri, SKOS.altLabel, kept))


def _relabel_statements(graph: Graph, iri: URIRef, prop: URIRef, value: Node) -> None:
    """Reified statements that supported the old label now support the altLabel it became."""
    for statement in list(graph.subjects(RDF.subject, iri)):
        if (statement, RDF.predicate, prop) in graph and (statement, RDF.object, value) in graph:
            graph.set((statement, RDF.predicate, SKOS.altLabel))


def _base_of(graph: Graph) -> str:
    """The base IRI the graph was minted under: its name is `{base}graph/{article_id}`."""
    name = str(graph.identifier)
    return name[: name.rfind("graph/")] if "graph/" in name else name.rsplit("/", 1)[0] + "/"

"""Map one Extraction to an RDF graph: the article, its entities, every fact as a plain triple, and provenance.

Each fact becomes the plain triple that the competency queries read (`?mission sm:crewMember ?person`),
plus, for n-ary facts, a node with its own deterministic IRI (a crew assignment links flight, person and
role concept), plus its reified statement (see kg.rdf.provenance). No blank nodes anywhere, so building
the same extraction twice gives the same graph.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation

from rdflib import RDF, RDFS, SKOS, XSD, Graph, Literal, URIRef
from rdflib.term import Node

from kg.errors import BadInputError
from kg.extract.model import Entity, Evidence, Extraction, Fact, Value
from kg.rdf.provenance import ProvenanceContext, add_span, add_statement, start_provenance
from kg.rdf.values import DATE_TYPES, decimal_literal, to_literal, typed_literal
from kg.readers.model import NewsItem
from kg.settings import DEFAULT_BASE_IRI
from kg.terms import (
    NIF,
    PROV,
    SCHEMA,
    SM,
    article_graph_iri,
    article_iri,
    check_base_iri,
    concept_iri,
    entity_iri,
    node_iri,
    slugify,
)

ENTITY_CLASSES: dict[str, URIRef] = {
    "mission": SM.Mission,
    "spacecraft": SM.Spacecraft,
    "launch_vehicle": SM.LaunchVehicle,
    "launch_site": SM.LaunchSite,
    "station": SM.SpaceStation,
    "place": SM.Place,
    "person": SM.Person,
    "organization": SM.Organization,
    "film": SM.Film,
    "event": SM.Event,
}
# schema.org types written beside ours, so that schema.org-aware tools see people and organisations.
SCHEMA_CLASSES: dict[str, URIRef] = {"person": SCHEMA.Person, "organization": SCHEMA.Organization}
NAMED_KINDS = frozenset(SCHEMA_CLASSES)

# Facts whose object is another entity: extraction predicate -> property.
ENTITY_PREDICATES: dict[str, URIRef] = {
    "launch_site": SM.launchSite,
    "landing_site": SM.landingSite,
    "spacecraft": SM.spacecraft,
    "launch_vehicle": SM.launchVehicle,
    "destination": SM.destination,
    "crew_member": SM.crewMember,
    "operator": SM.operator,
    "builder": SM.builder,
    "sponsor": SM.sponsor,
    "broadcaster": SM.broadcaster,
    "beneficiary": SM.beneficiary,
    "partner": SM.partner,
    "affiliation": SM.affiliation,
    "director": SM.director,
    "cast_member": SM.castMember,
    "about": SM.about,
    "agent": SM.agent,
}
# Facts whose object is a literal: extraction predicate -> (property, accepted value types).
LITERAL_PREDICATES: dict[str, tuple[URIRef, tuple[str, ...]]] = {
    "launch_date": (SM.launchDate, DATE_TYPES),
    "landing_date": (SM.landingDate, DATE_TYPES),
    "date": (SM.eventDate, DATE_TYPES),
    "duration": (SM.duration, ("duration",)),
    "altitude_km": (SM.altitudeKm, ("decimal",)),
    "age": (SM.age, ("integer",)),
    "status_wording": (SM.statusWording, ("string",)),
    "nationality": (SM.nationality, ("string",)),
}
MONEY_PREDICATES: dict[str, URIRef] = {"fundraising_goal": SM.fundraisingGoal, "goal": SM.fundraisingGoal}
STATUSES: dict[str, URIRef] = {
    "flown": SM.Flown,
    "underway": SM.UnderWay,
    "under way": SM.UnderWay,
    "under_way": SM.UnderWay,
    "planned": SM.Planned,
    "postponed": SM.Postponed,
}
EVENT_CLASSES: dict[str, URIRef] = {
    "launch": SM.LaunchEvent,
    "docking": SM.DockingEvent,
    "landing": SM.LandingEvent,
    "announcement": SM.AnnouncementEvent,
    "postponement": SM.PostponementEvent,
    "post": SM.SocialMediaPost,
    "other": SM.Event,
}


@dataclass(frozen=True)
class _Builder:
    """What mapping one fact needs: the provenance context and the IRIs of the extraction's entities."""

    prov: ProvenanceContext
    iris: dict[str, URIRef]

    @property
    def graph(self) -> Graph:
        return self.prov.graph

    @property
    def base_iri(self) -> str:
        return self.prov.base_iri


def build_graph(extraction: Extraction, base_iri: str = DEFAULT_BASE_IRI, item: NewsItem | None = None) -> Graph:
    """Return the RDF graph of one article's extraction, named `{base}graph/{article_id}`.

    `item`, when given, is the article as read, whose metadata (headline, URL, time of publication,
    authors, publisher, language, digest of the text) describe the article node.
    """
    check_base_iri(base_iri)
    article = extraction.article
    graph = Graph(identifier=article_graph_iri(article.article_id, base_iri))
    _bind_prefixes(graph, base_iri)
    prov = start_provenance(graph, article, base_iri)
    builder = _Builder(prov, {key: entity_iri(e.kind, e.key, base_iri) for key, e in extraction.entities.items()})
    _add_article(builder, extraction, item)
    for span in extraction.sentences:
        add_span(prov, span, sentence=True)
    crewed = {f.subject for f in extraction.facts if f.predicate == "crew_member"}
    for key, entity in extraction.entities.items():
        _add_entity(builder, entity, builder.iris[key], crewed=key in crewed)
    for fact in extraction.facts:
        _add_fact(builder, fact)
    return graph


def _bind_prefixes(graph: Graph, base_iri: str) -> None:
    for prefix, namespace in (("sm", SM._NS), ("nif", NIF), ("prov", PROV), ("schema", SCHEMA), ("skos", SKOS)):
        graph.bind(prefix, namespace, override=True, replace=True)
    for kind in ("mission", "person", "organization", "spacecraft", "event"):
        graph.bind(kind, f"{base_iri}{kind}/", override=True, replace=True)


def _add_article(b: _Builder, extraction: Extraction, item: NewsItem | None) -> None:
    article = extraction.article
    node = article_iri(article.article_id, b.base_iri)
    g = b.graph
    g.add((node, RDF.type, SM.NewsArticle))
    g.add((node, RDF.type, SCHEMA.NewsArticle))
    # People find an article by its headline (search, pages, the home page); the id only when there is none.
    title = item.headline if item is not None and item.headline else f"news article {article.article_id}"
    g.add((node, RDFS.label, Literal(title)))
    g.add((node, SCHEMA.identifier, Literal(article.article_id)))
    published = item.published if item and isinstance(item.published, datetime) else None
    if published is not None and published.tzinfo is not None:
        g.add((node, SCHEMA.datePublished, typed_literal(published.isoformat(), XSD.dateTime)))
    else:
        g.add((node, SCHEMA.datePublished, typed_literal(article.published.isoformat(), XSD.date)))
    urls = [article.source] if article.source else []
    if item is not None:
        urls += [item.url or "", *item.other_urls]
    for url in dict.fromkeys(u for u in urls if u.startswith(("http://", "https://"))):
        g.add((node, SCHEMA.url, URIRef(url)))
    authors = list(item.authors) if item is not None else list(article.authors or [article.author or ""])
    for author in dict.fromkeys(a.strip() for a in authors if a and a.strip()):
        g.add((node, SCHEMA.author, _named_iri(b, extraction, "person", author)))
    if item is None:
        if article.publisher:
            g.add((node, SCHEMA.publisher, _named_iri(b, extraction, "organization", article.publisher)))
        return
    if item.headline:
        g.add((node, SCHEMA.headline, Literal(item.headline)))
    if item.publisher:
        g.add((node, SCHEMA.publisher, _named_iri(b, extraction, "organization", item.publisher)))
    if item.language:
        g.add((node, SCHEMA.inLanguage, Literal(item.language)))
    if item.digest:
        g.add((node, SCHEMA.sha256, Literal(item.digest)))


def _named_iri(b: _Builder, extraction: Extraction, kind: str, name: str) -> URIRef:
    """An author (person) or publisher (organization): the extracted entity of that name if any, else a new one."""
    wanted = slugify(name)
    for key, entity in extraction.entities.items():
        if entity.kind == kind and wanted in {slugify(n) for n in {entity.label, *entity.alt_labels}}:
            return b.iris[key]
    iri = entity_iri(kind, name, b.base_iri)
    if iri not in b.iris.values() and (iri, RDFS.label, None) not in b.graph:
        b.graph.add((iri, RDF.type, ENTITY_CLASSES[kind]))
        b.graph.add((iri, RDF.type, SCHEMA_CLASSES[kind]))
        b.graph.add((iri, RDFS.label, Literal(name)))
        b.graph.add((iri, SCHEMA.name, Literal(name)))
    return iri


def _add_entity(b: _Builder, entity: Entity, iri: URIRef, *, crewed: bool) -> None:
    label = entity.label.strip()
    if not label:
        raise BadInputError(f"entity {entity.key!r} ({entity.kind}) has an empty label")
    g = b.graph
    g.add((iri, RDF.type, ENTITY_CLASSES[entity.kind]))
    if entity.kind in SCHEMA_CLASSES:
        g.add((iri, RDF.type, SCHEMA_CLASSES[entity.kind]))
        g.add((iri, SCHEMA.name, Literal(label)))
    if crewed and entity.kind == "mission":
        g.add((iri, RDF.type, SM.CrewedSpaceflight))
    g.add((iri, RDFS.label, Literal(label)))
    alt_labels = {a.strip() for a in entity.alt_labels} - {label, ""}
    for alt in sorted(alt_labels):
        g.add((iri, SKOS.altLabel, Literal(alt)))
    for mention in entity.mentions:
        anchor = b.prov.article.text[mention.span.begin : mention.span.end].strip()
        # A mention spelled like one of the altLabels supports that altLabel; any other supports the label.
        triple = (iri, SKOS.altLabel, Literal(anchor)) if anchor in alt_labels else (iri, RDFS.label, Literal(label))
        add_statement(b.prov, triple, mention, "mention")
    for old_key in sorted(entity.merged_from):
        old_iri = entity_iri(entity.kind, old_key, b.base_iri)
        if old_iri != iri:
            add_merge_record(g, iri, old_iri, method="extraction", base_iri=b.base_iri, label=old_key)


def add_merge_record(
    graph: Graph,
    kept: URIRef,
    replaced: URIRef,
    *,
    method: str,
    base_iri: str,
    label: str | None = None,
    score: float | None = None,
) -> URIRef:
    """Record in `graph` that the entity once minted as `replaced` is the entity `kept`."""
    # One record per article graph: two articles can merge the same pair by different methods and scores
    # (the second finds the first's spelling as an exact altLabel), and a shared node would hold both.
    merge = node_iri("merge", graph.identifier, kept, replaced, base_iri=base_iri)
    graph.add((merge, RDF.type, SM.EntityMerge))
    graph.add((merge, RDFS.label, Literal(f"{label or replaced} merged into {kept}")))
    graph.add((merge, SM.mergedInto, kept))
    graph.add((merge, SM.replacedIri, typed_literal(str(replaced), XSD.anyURI)))
    graph.add((merge, SM.matchMethod, Literal(method)))
    if label:
        graph.add((merge, SM.mergedLabel, Literal(label)))
    if score is not None:
        graph.add((merge, SM.matchScore, decimal_literal(Decimal(f"{score:.1f}"))))
    return merge


def _add_fact(b: _Builder, fact: Fact) -> None:
    subject = _entity(b, fact.subject, fact)
    handler = _HANDLERS.get(fact.predicate)
    if handler is not None:
        handler(b, fact, subject)
    elif isinstance(fact.obj, Value) and fact.obj.type == "money":
        _add_money(b, fact, subject, MONEY_PREDICATES.get(fact.predicate, SM.relatedTo))
    elif fact.predicate in ENTITY_PREDICATES:
        _add_entity_fact(b, fact, subject)
    elif fact.predicate in LITERAL_PREDICATES:
        _add_literal_fact(b, fact, subject)
    elif isinstance(fact.obj, Value):
        # Nothing in the ontology fits; keep the statement, naming the extraction's predicate on it.
        _state(b, fact, (subject, SM.statedValue, to_literal(fact.obj, _where(fact))))
    else:
        _state(b, fact, (subject, SM.relatedTo, _entity(b, fact.obj, fact)))


def _state(b: _Builder, fact: Fact, triple: tuple[URIRef, URIRef, Node], evidence: Evidence | None = None) -> URIRef:
    b.graph.add(triple)
    return add_statement(b.prov, triple, evidence or fact.evidence, fact.predicate)


def _entity(b: _Builder, key: str | Value, fact: Fact) -> URIRef:
    if isinstance(key, Value):
        raise BadInputError(f"{_where(fact)}: expected an entity key, got the value {key.lexical!r}")
    try:
        return b.iris[key]
    except KeyError:
        raise BadInputError(f"{_where(fact)}: no entity with key {key!r} in the extraction") from None


def _label_of(b: _Builder, node: URIRef) -> str:
    label = b.graph.value(node, RDFS.label)
    return str(label) if label is not None else node.rsplit("/", 1)[-1]


def _value(fact: Fact) -> Value:
    if not isinstance(fact.obj, Value):
        raise BadInputError(f"{_where(fact)}: expected a value, got the entity key {fact.obj!r}")
    return fact.obj


def _where(fact: Fact) -> str:
    return f"fact {fact.subject} {fact.predicate}"


def _add_entity_fact(b: _Builder, fact: Fact, subject: URIRef) -> None:
    _state(b, fact, (subject, ENTITY_PREDICATES[fact.predicate], _entity(b, fact.obj, fact)))


def _add_literal_fact(b: _Builder, fact: Fact, subject: URIRef) -> None:
    prop, accepted = LITERAL_PREDICATES[fact.predicate]
    value = _coerce(_value(fact), accepted, fact)
    _state(b, fact, (subject, prop, to_literal(value, _where(fact))))


def _coerce(value: Value, accepted: tuple[str, ...], fact: Fact) -> Value:
    """Return `value` in one of the `accepted` types, converting only where nothing is lost (37.0 -> 37)."""
    if value.type in accepted:
        return value
    if "decimal" in accepted and value.type == "integer":
        return Value(value.lexical, "decimal", value.unit)
    if "integer" in accepted and value.type == "decimal":
        try:
            number = Decimal(value.lexical)
        except InvalidOperation:
            number = Decimal("NaN")
        if number.is_finite() and number == number.to_integral_value():
            return Value(str(int(number)), "integer", value.unit)
    raise BadInputError(
        f"{_where(fact)}: value {value.lexical!r} has type {value.type!r}; expected {' or '.join(accepted)}"
    )


def _add_crew_member(b: _Builder, fact: Fact, mission: URIRef) -> None:
    person = _entity(b, fact.obj, fact)
    statement = _state(b, fact, (mission, SM.crewMember, person))
    role = normalize_concept_label(fact.role) if fact.role else ""
    parts = [mission.rsplit("/", 1)[-1], person.rsplit("/", 1)[-1], *([slugify(role)] if role else [])]
    assignment = URIRef(f"{b.base_iri}crew-assignment/{'--'.join(parts)}")
    g = b.graph
    g.add((assignment, RDF.type, SM.CrewAssignment))
    label = f"{_label_of(b, person)} as {role or 'crew member'} on {_label_of(b, mission)}"
    g.add((assignment, RDFS.label, Literal(label)))
    g.add((mission, SM.crewAssignment, assignment))
    g.add((assignment, SM.onMission, mission))
    g.add((assignment, SM.assignee, person))
    g.add((assignment, PROV.wasDerivedFrom, statement))
    if role:
        g.add((assignment, SM.crewRole, _add_concept(b, "role", role, SM.CrewRole, SM.CrewRoles)))


def _add_occupation(b: _Builder, fact: Fact, person: URIRef) -> None:
    label = normalize_concept_label(_value(fact).lexical)
    if not label:
        raise BadInputError(f"{_where(fact)}: empty occupation")
    _state(b, fact, (person, SM.occupation, _add_concept(b, "occupation", label, SM.Occupation, SM.Occupations)))


def _add_status(b: _Builder, fact: Fact, mission: URIRef) -> None:
    wording = _value(fact).lexical.strip()
    status = STATUSES.get(wording.lower())
    if status is None:
        _state(b, fact, (mission, SM.statusWording, Literal(wording)))
    else:
        _state(b, fact, (mission, SM.status, status))


def _add_event_type(b: _Builder, fact: Fact, event: URIRef) -> None:
    event_class = EVENT_CLASSES.get(_value(fact).lexical.strip().lower(), SM.Event)
    _state(b, fact, (event, RDF.type, event_class))


def _add_money(b: _Builder, fact: Fact, subject: URIRef, prop: URIRef) -> None:
    value = _value(fact)
    amount = to_literal(value, _where(fact))
    node = node_iri("amount", value.lexical, value.unit, base_iri=b.base_iri)
    g = b.graph
    g.add((node, RDF.type, SM.MonetaryAmount))
    g.add((node, RDF.type, SCHEMA.MonetaryAmount))
    g.add((node, RDFS.label, Literal(f"{value.lexical} {value.unit}")))
    g.add((node, SCHEMA.value, amount))
    g.add((node, SCHEMA.currency, Literal(str(value.unit))))
    _state(b, fact, (subject, prop, node))


def _add_concept(b: _Builder, scheme: str, label: str, concept_class: URIRef, scheme_iri: URIRef) -> URIRef:
    iri = concept_iri(scheme, label, b.base_iri)
    g = b.graph
    g.add((iri, RDF.type, concept_class))
    g.add((iri, RDF.type, SKOS.Concept))
    g.add((iri, SKOS.prefLabel, Literal(label)))
    g.add((iri, RDFS.label, Literal(label)))
    g.add((iri, SKOS.inScheme, scheme_iri))
    return iri


def normalize_concept_label(text: str) -> str:
    """Lowercase a role or occupation, keeping acronyms ('Mission Commander' -> 'mission commander', 'NASA')."""
    words = text.split()
    return " ".join(w if len(w) > 1 and w.isupper() else w.lower() for w in words)


_HANDLERS: dict[str, Callable[[_Builder, Fact, URIRef], None]] = {
    "crew_member": _add_crew_member,
    "occupation": _add_occupation,
    "status": _add_status,
    "event_type": _add_event_type,
}

# ruff: noqa: N815  (the attribute names are the ontology's own camelCase term names)
"""The ontology's terms (`SM`), the other vocabularies we write, and the functions that mint our IRIs.

Every term of ontology/spacekg.ttl is listed in `SM` (a test checks that both agree), so a typo in
a term name fails at once instead of writing an unknown predicate.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD, DefinedNamespace

from kg.errors import BadInputError
from kg.settings import DEFAULT_BASE_IRI

ONTOLOGY_IRI = "https://w3id.org/spacekg/ontology"
ONTOLOGY_NS = ONTOLOGY_IRI + "#"

NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
PROV = Namespace("http://www.w3.org/ns/prov#")
SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
DBO = Namespace("http://dbpedia.org/ontology/")
QUDT = Namespace("http://qudt.org/schema/qudt/")
UNIT = Namespace("http://qudt.org/vocab/unit/")
OA = Namespace("http://www.w3.org/ns/oa#")
TIME = Namespace("http://www.w3.org/2006/time#")
DCTERMS = Namespace("http://purl.org/dc/terms/")
VANN = Namespace("http://purl.org/vocab/vann/")
SH = Namespace("http://www.w3.org/ns/shacl#")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
VOID = Namespace("http://rdfs.org/ns/void#")

# The one prefix table: exports write these, and every query and update may use them undeclared.
WELL_KNOWN_PREFIXES: dict[str, str] = {
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "prov": str(PROV),
    "schema": str(SCHEMA),
    "nif": str(NIF),
    "oa": str(OA),
    "time": str(TIME),
    "qudt": str(QUDT),
    "unit": str(UNIT),
    "wd": str(WD),
    "wdt": str(WDT),
    "dbo": str(DBO),
    "sh": str(SH),
    "sd": str(SD),
    "void": str(VOID),
    "sm": ONTOLOGY_NS,
}
# The kinds of minted IRIs that get a prefix of their own: `mission:soyuz-ms-19` is `{base}mission/soyuz-ms-19`.
PREFIXED_KINDS = ("mission", "person", "organization", "spacecraft", "graph", "article", "event")


def project_prefixes(base_iri: str | None) -> dict[str, str]:
    """The well-known prefixes plus, given the base IRI, one for each kind of IRI we mint under it.

    Exports and tables abbreviate with these; queries and updates may use them without PREFIX
    (a query's own PREFIX declaration wins).
    """
    minted = {kind: f"{base_iri}{kind}/" for kind in PREFIXED_KINDS} if base_iri else {}
    return {**WELL_KNOWN_PREFIXES, **minted}


class SM(DefinedNamespace):
    """The space-mission ontology, https://w3id.org/spacekg/ontology#."""

    _NS = Namespace(ONTOLOGY_NS)
    _fail = True

    # classes: things the articles speak of
    Mission: URIRef
    CrewedSpaceflight: URIRef
    Spacecraft: URIRef
    SpaceStation: URIRef
    LaunchVehicle: URIRef
    Place: URIRef
    LaunchSite: URIRef
    Person: URIRef
    Organization: URIRef
    Film: URIRef
    Event: URIRef
    LaunchEvent: URIRef
    DockingEvent: URIRef
    LandingEvent: URIRef
    AnnouncementEvent: URIRef
    PostponementEvent: URIRef
    SocialMediaPost: URIRef
    CrewAssignment: URIRef
    CrewRole: URIRef
    Occupation: URIRef
    MissionStatus: URIRef
    Quantity: URIRef
    MonetaryAmount: URIRef
    # classes: where statements come from
    NewsArticle: URIRef
    ExtractedStatement: URIRef
    ExtractionActivity: URIRef
    EntityMerge: URIRef

    # individuals
    Flown: URIRef
    UnderWay: URIRef
    Planned: URIRef
    Postponed: URIRef
    CrewRoles: URIRef
    Occupations: URIRef

    # mission properties
    status: URIRef
    statusWording: URIRef
    launchDate: URIRef
    landingDate: URIRef
    launchSite: URIRef
    landingSite: URIRef
    spacecraft: URIRef
    launchVehicle: URIRef
    destination: URIRef
    duration: URIRef
    altitudeKm: URIRef
    crewMember: URIRef
    crewAssignment: URIRef
    fundraisingGoal: URIRef
    participatingOrganization: URIRef
    operator: URIRef
    builder: URIRef
    sponsor: URIRef
    broadcaster: URIRef
    beneficiary: URIRef
    partner: URIRef
    # crew assignments
    onMission: URIRef
    assignee: URIRef
    crewRole: URIRef
    # people
    age: URIRef
    occupation: URIRef
    nationality: URIRef
    affiliation: URIRef
    # films and events
    director: URIRef
    castMember: URIRef
    about: URIRef
    eventDate: URIRef
    agent: URIRef
    # anything the mapping has no property for
    relatedTo: URIRef
    statedValue: URIRef
    # provenance
    textContext: URIRef
    extractionRule: URIRef
    extractedPredicate: URIRef
    confidence: URIRef
    # identity
    mergedInto: URIRef
    replacedIri: URIRef
    mergedLabel: URIRef
    matchMethod: URIRef
    matchScore: URIRef


# The path segment under the base IRI for each kind of entity (see kg.extract.model.EntityKind).
KIND_PATHS: dict[str, str] = {
    "mission": "mission",
    "spacecraft": "spacecraft",
    "launch_vehicle": "launch-vehicle",
    "launch_site": "launch-site",
    "station": "station",
    "place": "place",
    "person": "person",
    "organization": "organization",
    "film": "film",
    "event": "event",
}

# Prefixes that extraction keys may carry to tell kinds apart ("person-tom-cruise"); the IRI's path
# already names the kind, so they are dropped: {base}person/tom-cruise.
KIND_KEY_PREFIXES: dict[str, tuple[str, ...]] = {
    "mission": ("mission",),
    "spacecraft": ("spacecraft", "craft"),
    "launch_vehicle": ("launch-vehicle", "rocket", "vehicle"),
    "launch_site": ("launch-site", "site"),
    "station": ("station",),
    "place": ("place",),
    "person": ("person",),
    "organization": ("organization", "org"),
    "film": ("film",),
    "event": ("event",),
}

_IRI_BASE = re.compile(r"^(https?://[^\s<>\"{}|\\^`]+|urn:[^\s<>\"{}|\\^`]+)[/#:]$")


def check_base_iri(base_iri: str) -> str:
    """Return `base_iri` if it is an absolute http(s) or urn IRI ending in '/', '#' or ':'; else BadInputError."""
    if not _IRI_BASE.match(base_iri):
        raise BadInputError(
            f"base IRI {base_iri!r} must be an absolute http(s) or urn IRI ending in '/' or '#' "
            "(e.g. https://w3id.org/spacekg/)"
        )
    return base_iri


def slugify(text: str) -> str:
    """Return a readable, IRI-safe slug: ASCII, lowercase, words joined by '-' ('Soyuz MS-19' -> 'soyuz-ms-19')."""
    folded = unicodedata.normalize("NFKD", text)
    ascii_text = "".join(c for c in folded if not unicodedata.combining(c)).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    # A name with no Latin letters or digits still needs a stable, distinct slug.
    return slug or "x-" + content_hash(text)


def content_hash(*parts: object) -> str:
    """Return a short stable hash of `parts` (for IRIs of nodes that have no name of their own)."""
    joined = "\x1f".join(str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def entity_iri(kind: str, key: str, base_iri: str = DEFAULT_BASE_IRI) -> URIRef:
    """Mint the IRI of an entity from its kind and key: `{base}person/yulia-peresild` (key 'person-yulia-peresild')."""
    try:
        path = KIND_PATHS[kind]
    except KeyError:
        raise BadInputError(f"unknown entity kind {kind!r}; expected one of {', '.join(KIND_PATHS)}") from None
    slug = slugify(key)
    for prefix in KIND_KEY_PREFIXES[kind]:
        if slug.startswith(prefix + "-") and len(slug) > len(prefix) + 1:
            slug = slug[len(prefix) + 1 :]
            break
    return URIRef(f"{base_iri}{path}/{slug}")


def concept_iri(scheme: str, label: str, base_iri: str = DEFAULT_BASE_IRI) -> URIRef:
    """Mint the IRI of a SKOS concept from its label: `{base}role/commander`, `{base}occupation/actress`."""
    return URIRef(f"{base_iri}{scheme}/{slugify(label)}")


def node_iri(path: str, *content: object, base_iri: str = DEFAULT_BASE_IRI) -> URIRef:
    """Mint the IRI of an auxiliary node from a hash of its content: `{base}statement/3f2a...`."""
    return URIRef(f"{base_iri}{path}/{content_hash(*content)}")


def article_iri(article_id: str, base_iri: str = DEFAULT_BASE_IRI) -> URIRef:
    """The IRI of a news article: `{base}article/{article_id}`."""
    return URIRef(f"{base_iri}article/{slugify(article_id)}")


def article_graph_iri(article_id: str, base_iri: str = DEFAULT_BASE_IRI) -> URIRef:
    """The IRI of the named graph holding everything extracted from one article: `{base}graph/{article_id}`."""
    return URIRef(f"{base_iri}graph/{slugify(article_id)}")


def span_iri(article_id: str, begin: int, end: int, base_iri: str = DEFAULT_BASE_IRI) -> URIRef:
    """The IRI of a NIF span of an article's text: `{base}article/{id}#offset_{begin}_{end}`."""
    return URIRef(f"{article_iri(article_id, base_iri)}#offset_{begin}_{end}")


def ontology_graph_iri() -> str:
    """The IRI of the named graph that holds the ontology (the ontology's own IRI, whatever the base)."""
    return ONTOLOGY_IRI

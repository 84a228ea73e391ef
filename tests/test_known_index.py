"""The stored entities kept indexed during an ingest match new names exactly as a fresh index of the same rows."""

from __future__ import annotations

import random
import tracemalloc

from kg.known import KnownEntities, Row
from kg.rdf.identity import CLASS_FAMILY, Entity, KnownIndex, Match, find_matches
from kg.terms import SM

PERSON, FLIGHT, SITE, PLACE = str(SM.Person), str(SM.Mission), str(SM.LaunchSite), str(SM.Place)
NAMES = {
    PERSON: ["Anna Petrova", "Ana Petrova", "Anna Petrov", "Boris Quinn", "Boris Quin", "Yuri Sato", "Yury Sato"],
    FLIGHT: ["Soyuz MS-19", "Soyuz MS 19", "Soyuz MS-18", "Shenzhou V", "Shenzhou 5", "Artemis II", "Artemis 2"],
    SITE: ["Baikonur", "Baikonur Cosmodrome", "Kennedy Space Center", "KSC"],
    PLACE: ["Baikonur Cosmodrome", "Houston", "Kennedy Space Centre"],
}


def _random_rows(rng: random.Random) -> frozenset[Row]:
    rows = set()
    for _ in range(rng.randint(1, 6)):
        cls = rng.choice(sorted(NAMES))
        entity = f"https://example.org/id/{rng.randint(0, 12)}"
        rows.add((entity, rng.randint(0, 1), rng.choice(NAMES[cls]), cls))
    return frozenset(rows)


def _matches(index: KnownIndex, new: list[Entity]) -> list[Match]:
    return find_matches(new, index.entities, index.indexes)


def test_an_index_kept_through_writes_rewrites_and_emptyings_matches_like_one_built_afresh() -> None:
    rng = random.Random(12)
    known = KnownEntities()
    graphs = [f"https://example.org/graph/{n}" for n in range(8)]
    new = [
        Entity(f"https://example.org/new/{cls[-6:]}/{n}", cls if cls != SITE else PLACE, [name])
        for cls, names in sorted(NAMES.items())
        for n, name in enumerate(names)
    ]
    for step in range(300):
        graph = rng.choice(graphs)
        # A graph rewritten with no entities is how a removed or emptied article leaves the index.
        known.wrote(graph, frozenset() if rng.random() < 0.2 else _random_rows(rng))
        exclude = rng.choice([*graphs, "https://example.org/graph/none"])
        kept = known.index(exclude)
        expected = {iri: (e.family, e.labels) for iri, e in _entities_of(known, exclude).items()}
        assert {iri: (e.family, e.labels) for iri, e in kept.entities.items()} == expected, step
        assert _matches(kept, new) == find_matches(new, _entities_of(known, exclude)), step


def _entities_of(known: KnownEntities, exclude: str) -> dict[str, Entity]:
    """The entities as `reconcile` reads them from the ordered (entity, class, label) rows."""
    entities: dict[str, Entity] = {}
    for iri, cls, label in known.known(exclude):
        family = CLASS_FAMILY.get(cls, cls)
        entity = entities.setdefault(iri, Entity(iri, family))
        if label not in entity.labels:
            entity.labels.append(label)
    return entities


def test_graphs_naming_the_same_entities_share_their_rows_so_memory_grows_little_per_article() -> None:
    # A crawl names the same people and flights in article after article; rows as the store gives
    # them are new strings each time, and holding a copy per graph took about 10 KiB per article.
    people = [(f"https://example.org/id/person-{n}", n % 2, f"Given{n} Surname{n}", PERSON) for n in range(100)]
    rng = random.Random(3)
    known = KnownEntities()
    tracemalloc.start()
    try:
        for n in range(5000):
            rows = frozenset(
                tuple(part.encode().decode() if isinstance(part, str) else part for part in rng.choice(people))
                for _ in range(25)
            )
            known.wrote(f"https://example.org/graph/{n}", rows)
        held, _peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert held < 12 * 2**20
    assert len(known.known("https://example.org/graph/none")) == len(people)

"""Write quads in any of our RDF formats: natively with Oxigraph, JSON-LD compacted with our context."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Dataset

from kg.errors import BadInputError
from kg.rdf.formats import RdfFormatInfo
from kg.terms import WELL_KNOWN_PREFIXES
from kg.terms import project_prefixes as project_prefixes  # its callers import it from here too


def compact_iri(iri: str, prefixes: Mapping[str, str]) -> str:
    """Write `iri` as prefix:name with the longest matching namespace, or leave it whole."""
    best = max((ns for ns in prefixes.values() if iri.startswith(ns)), key=len, default=None)
    if best is None:
        return iri
    prefix = next(p for p, ns in prefixes.items() if ns == best)
    return f"{prefix}:{iri[len(best) :]}"


def select_used_prefixes(quads: Iterable[ox.Quad | ox.Triple], prefixes: Mapping[str, str]) -> dict[str, str]:
    """Keep only the prefixes whose namespace some IRI in `quads` starts with (no unused prefixes)."""
    iris: set[str] = set()
    for q in quads:
        terms: list[object] = [q.subject, q.predicate, q.object]
        if isinstance(q, ox.Quad):
            terms.append(q.graph_name)
        for t in terms:
            if isinstance(t, ox.NamedNode):
                iris.add(t.value)
            elif isinstance(t, ox.Literal):
                iris.add(t.datatype.value)
    namespaces = {iri[: max(iri.rfind("/"), iri.rfind("#")) + 1] for iri in iris}
    return {p: ns for p, ns in prefixes.items() if ns in namespaces}


def serialize_quads(
    quads: list[ox.Quad],
    fmt: RdfFormatInfo,
    *,
    prefixes: Mapping[str, str],
    context: Mapping[str, Any] | None = None,
) -> bytes:
    """Serialize quads; triple formats get the union of all graphs, JSON-LD is compacted with `context`."""
    if fmt.name == "jsonld":
        return _serialize_jsonld(quads, context or WELL_KNOWN_PREFIXES)
    items: list[ox.Quad] | list[ox.Triple]
    items = quads if fmt.has_graphs else list(dict.fromkeys(q.triple for q in quads))
    used = select_used_prefixes(items, prefixes)
    data = ox.serialize(items, format=fmt.ox_format, prefixes=used or None)
    return bytes(data or b"")


def load_context(path: Path) -> dict[str, Any]:
    """Read the `@context` object of a JSON-LD context file."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        raise BadInputError(f"cannot read the JSON-LD context {path}: {exc}") from exc
    context = document.get("@context", document)
    return context if isinstance(context, dict) else {}


def _serialize_jsonld(quads: list[ox.Quad], context: Mapping[str, Any]) -> bytes:
    dataset = Dataset()
    data = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    if data:
        dataset.parse(data=data.decode("utf-8"), format="nquads")
    # rdflib compacts against a context given as a dict without fetching anything.
    text = dataset.serialize(format="json-ld", context=dict(context), auto_compact=True)
    return text.encode("utf-8")

"""`kg build --fresh` on a SPARQL server: the new build written aside on the server, then swapped for kg's graphs.

`CLEAR ALL` would also empty the graphs a server keeps for itself (Virtuoso's virtrdf# schema and its
service description), and one update holding the whole build is more than some servers take. So
only the graphs the store lists as kg's (RemoteStore.graph_iris, which leaves the server's own out)
and the default graph are dropped, and the new graphs go first to staging graphs, one request each
(a Graph Store PUT, or an update of INSERT DATA pieces), before one swap update drops the old
graphs and moves the staged ones in place.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from kg.store.leftovers import staging_graph_iri
from kg.store.remote import RemoteStore, insert_data

# Operations per swap request: a larger swap (over ~1,500 articles) goes in several requests.
SWAP_OPERATIONS = 4000


def replace_everything(store: RemoteStore, quads: Iterable[ox.Quad]) -> None:
    """Put `quads` in place of kg's graphs and the default graph on the server, keeping the server's own graphs.

    A failure while staging leaves kg's graphs untouched (staged graphs left behind are named
    urn:spacekg:loading:..., and the next `build --fresh` drops them with the rest). The swap is one
    update, one transaction on Oxigraph's server, unless it exceeds SWAP_OPERATIONS.
    """
    graphs: dict[str, list[ox.Triple]] = {}
    default: list[ox.Quad] = []
    for quad in quads:
        if isinstance(quad.graph_name, ox.NamedNode):
            graphs.setdefault(quad.graph_name.value, []).append(quad.triple)
        else:
            default.append(quad)
    old = store.graph_iris()
    staged = {}
    for iri, triples in graphs.items():
        staged[iri] = staging_graph_iri()
        store.replace_graph(staged[iri], triples)
    operations = [f"DROP SILENT GRAPH <{iri}>" for iri in old]
    operations += [f"MOVE SILENT GRAPH <{stage}> TO GRAPH <{iri}>" for iri, stage in staged.items()]
    if not store.server_graphs():
        # On Virtuoso the default graph is the union of all graphs, its own included: nothing of kg's to clear.
        operations.append("CLEAR SILENT DEFAULT")
    skolemized = store.skolemize_quads(default, ox.DefaultGraph())
    default_insert = insert_data(skolemized) if default else ""
    for start in range(0, len(operations), SWAP_OPERATIONS):
        chunk = operations[start : start + SWAP_OPERATIONS]
        last = start + SWAP_OPERATIONS >= len(operations)
        store.update(" ;\n".join(chunk + ([default_insert] if last and default_insert else [])))

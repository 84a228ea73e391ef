"""Test helpers: isomorphism checks that show a readable diff when they fail."""

from __future__ import annotations

from rdflib import Dataset, Graph
from rdflib.compare import graph_diff, to_isomorphic


def assert_isomorphic(expected: Graph, actual: Graph) -> None:
    """Assert two graphs are isomorphic, printing the triples only in one or the other."""
    iso_expected, iso_actual = to_isomorphic(expected), to_isomorphic(actual)
    if iso_expected == iso_actual:
        return
    _both, only_expected, only_actual = graph_diff(iso_expected, iso_actual)
    lines = ["graphs differ", "only in expected:"]
    lines += sorted(f"  {t[0].n3()} {t[1].n3()} {t[2].n3()}" for t in only_expected)[:20]
    lines.append("only in actual:")
    lines += sorted(f"  {t[0].n3()} {t[1].n3()} {t[2].n3()}" for t in only_actual)[:20]
    raise AssertionError("\n".join(lines))


def assert_datasets_isomorphic(expected: Dataset, actual: Dataset) -> None:
    """Assert that two datasets have the same named graphs, each isomorphic to its counterpart."""
    names_expected = {g.identifier for g in expected.graphs() if len(g)}
    names_actual = {g.identifier for g in actual.graphs() if len(g)}
    assert names_expected == names_actual, f"graph names differ: {names_expected ^ names_actual}"
    for name in names_expected:
        assert_isomorphic(expected.graph(name), actual.graph(name))

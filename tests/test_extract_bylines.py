"""The byline: people are authors, an outlet or company is the publisher, co-authors are several people."""

from __future__ import annotations

import pytest

from kg.extract.article import parse_article


def byline(line: str) -> tuple[tuple[str, ...], str | None]:
    """Return the authors and publisher read from an article whose first line is `line`."""
    article = parse_article(f"{line}\n\nAstronauts flew to the station.\n", "a")
    return article.authors, article.publisher


@pytest.mark.parametrize(
    ("line", "authors", "publisher"),
    [
        ("date 2024-01-02 By Maria Lopez", ("Maria Lopez",), None),
        ("date 2024-01-02 By Global Wire Service", (), "Global Wire Service"),
        ("date 2024-01-02 By Lakeside News 9", (), "Lakeside News 9"),
        ("date 2024-01-02 By Blue Origin", (), "Blue Origin"),
        ("date 2024-01-02 By Staff", (), "Staff"),
        ("date 2024-01-02 By orbitwatch.com", (), "orbitwatch.com"),
        ("date 2024-01-02 By Ann Reyes and Tom Bell, Harbor Daily", ("Ann Reyes", "Tom Bell"), "Harbor Daily"),
        ("date 2024-01-02 By Ann Reyes & Tom Bell 01/02/2024 – 10:00 AM", ("Ann Reyes", "Tom Bell"), None),
    ],
)
def test_byline_names_people_and_outlets_apart(line: str, authors: tuple[str, ...], publisher: str | None) -> None:
    assert byline(line) == (authors, publisher)


def test_first_author_is_still_the_author() -> None:
    article = parse_article("date 2024-01-02 By Ann Reyes and Tom Bell\n\nText.\n", "a")
    assert article.author == "Ann Reyes"


def test_outlet_byline_is_the_publisher_in_the_graph_and_no_person() -> None:
    from rdflib import RDF, RDFS, URIRef

    from kg.extract.pipeline import extract
    from kg.rdf.build import build_graph

    text = "date 2024-01-02 By Ann Reyes and Tom Bell, Harbor Daily\n\nAstronauts flew to the station.\n"
    graph = build_graph(extract(parse_article(text, "a")))
    schema = "https://schema.org/"
    labels = {str(graph.value(o, RDFS.label)): o for o in graph.objects(None, URIRef(schema + "author"))}
    assert set(labels) == {"Ann Reyes", "Tom Bell"}
    (publisher,) = set(graph.objects(None, URIRef(schema + "publisher")))
    assert str(graph.value(publisher, RDFS.label)) == "Harbor Daily"
    assert (publisher, RDF.type, URIRef(schema + "Organization")) in graph
    assert (publisher, RDF.type, URIRef(schema + "Person")) not in graph

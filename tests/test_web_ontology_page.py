"""/ontology: a documentation page for browsers (contents, trees, every term with an anchor), RDF for others."""

from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from flask.testing import FlaskClient
from rdflib import OWL, RDF, Graph
from w3c.webapp import PROJECT_DIR, close_app, make_app

from kg.terms import ONTOLOGY_NS

KG = "https://w3id.org/spacekg/"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
HTML = {"Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"}
ONTOLOGY_FILE = PROJECT_DIR / "ontology" / "spacekg.ttl"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FlaskClient]:
    """A test client of the app on a store with one flight and no ontology: the page needs nothing built."""
    folder = Path(tmp_path_factory.mktemp("ontology"))
    data = folder / "flight.trig"
    data.write_text(
        f"<urn:x:g> {{ <{KG}crew/kestrel-1>"
        f' <{ONTOLOGY_NS}crewMember> <{KG}person/anna> ; <{RDFS}label> "Kestrel-1" . }}',
        encoding="utf-8",
    )
    app = make_app(folder / "store", data)
    try:
        yield app.test_client()
    finally:
        close_app(app)


def ontology_terms(*types: object) -> set[str]:
    """The local names of the ontology's terms of the given rdf:types, read from the ontology file."""
    graph = Graph().parse(ONTOLOGY_FILE, format="turtle")
    return {
        str(s)[len(ONTOLOGY_NS) :] for t in types for s in graph.subjects(RDF.type, t) if str(s).startswith(ONTOLOGY_NS)
    }


class Anchors(HTMLParser):
    """The ids of a page's elements, the links inside its table of contents, and its visible text."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.toc_links: set[str] = set()
        self.links: set[str] = set()
        self.in_toc = 0
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Record ids and links."""
        values = dict(attrs)
        if values.get("id"):
            self.ids.append(values["id"] or "")
        if tag == "nav" and "toc" in (values.get("class") or ""):
            self.in_toc += 1
        if tag == "a" and values.get("href"):
            self.links.add(values["href"] or "")
            if self.in_toc:
                self.toc_links.add(values["href"] or "")

    def handle_endtag(self, tag: str) -> None:
        """Leave the table of contents."""
        if tag == "nav" and self.in_toc:
            self.in_toc -= 1

    def handle_data(self, data: str) -> None:
        """Keep the text."""
        self.text.append(data)


def read_page(client: FlaskClient) -> Anchors:
    """The ontology page, parsed."""
    response = client.get("/ontology", headers=HTML)
    assert response.status_code == 200, response.get_data(as_text=True)
    assert response.content_type.startswith("text/html")
    page = Anchors()
    page.feed(response.get_data(as_text=True))
    return page


def test_every_class_and_property_has_an_anchor_listed_in_the_contents(client: FlaskClient) -> None:
    page = read_page(client)
    terms = ontology_terms(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
    assert {"Mission", "crewMember", "launchDate"} <= terms
    for name in terms:
        assert name in page.ids, name
        assert f"#{name}" in page.toc_links, name
    assert len(page.ids) == len(set(page.ids))
    text = " ".join(" ".join(page.text).split())
    assert "Space-mission knowledge graph ontology" in text
    assert "Contents" in text and "Class and property trees" in text


def test_terms_show_their_definition_tree_and_alignments(client: FlaskClient) -> None:
    page = read_page(client)
    text = " ".join(" ".join(page.text).split())
    assert "A spaceflight, named or not, that has flown, is under way or is planned." in text
    assert "http://dbpedia.org/ontology/SpaceMission" in page.links  # owl:equivalentClass of sm:Mission
    assert "http://www.wikidata.org/entity/Q2133344" in page.links  # its skos:exactMatch
    assert "Equivalent class" in text and "Exact match" in text
    assert "#CrewedSpaceflight" in page.links and "#Mission" in page.links  # the tree: a subclass under its class
    assert "In the domain of" in text and "In the range of" in text  # sm:Mission of sm:launchDate, sm:Person of ...


def test_term_links_elsewhere_on_this_server_land_on_their_anchor(client: FlaskClient) -> None:
    page = read_page(client)
    flight = client.get("/crew/kestrel-1", headers=HTML)
    assert flight.status_code == 200
    links = Anchors()
    links.feed(flight.get_data(as_text=True))
    here = [link for link in links.links if link.startswith("http://localhost/ontology#")]
    assert "http://localhost/ontology#crewMember" in here
    for link in here:
        assert link.split("#", 1)[1] in page.ids, link


def test_rdf_clients_get_the_ontology_as_rdf(client: FlaskClient) -> None:
    expected = Graph().parse(ONTOLOGY_FILE, format="turtle")
    for accept, fmt in (("text/turtle", "turtle"), ("application/rdf+xml", "xml"), ("application/ld+json", "json-ld")):
        response = client.get("/ontology", headers={"Accept": accept})
        assert response.status_code == 200 and response.content_type.startswith(accept)
        got = Graph().parse(data=response.get_data(as_text=True), format=fmt)
        assert len(got) == len(expected)
    response = client.get("/ontology?format=nt", headers=HTML)
    assert response.status_code == 200 and response.content_type.startswith("application/n-triples")


def test_a_broken_ontology_file_is_named_on_the_page_the_rest_documented(tmp_path: Path) -> None:
    (tmp_path / "project" / "ontology").mkdir(parents=True)
    (tmp_path / "project" / "ontology" / "spacekg.ttl").write_bytes(ONTOLOGY_FILE.read_bytes())
    (tmp_path / "project" / "ontology" / "extra.ttl").write_text(
        "@prefix sm: <oops> .\nsm:X a <broken", encoding="utf-8"
    )
    app = make_app(tmp_path / "store", project_dir=tmp_path / "project")
    try:
        client = app.test_client()
        page = client.get("/ontology", headers=HTML)
        assert page.status_code == 200
        body = page.get_data(as_text=True)
        assert "extra.ttl could not be read" in body and 'id="crewMember"' in body
        rdf = client.get("/ontology", headers={"Accept": "text/turtle"})
        assert rdf.status_code == 200
        assert len(Graph().parse(data=rdf.get_data(as_text=True), format="turtle")) == len(
            Graph().parse(ONTOLOGY_FILE, format="turtle")
        )
    finally:
        close_app(app)

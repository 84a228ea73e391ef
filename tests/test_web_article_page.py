"""Article pages: the text with each evidence span in <mark>, linked to its fact; the facts with rule and confidence."""

from __future__ import annotations

import random
from collections.abc import Iterator
from html.parser import HTMLParser

import pytest
from flask.testing import FlaskClient
from rdflib import RDF, RDFS, XSD, Dataset, Literal, URIRef
from w3c.webapp import close_app, make_app

from kg.site.highlight import Highlight, mark_text
from kg.terms import NIF, PROV, SCHEMA, SM

KG = "https://w3id.org/spacekg/"
ARTICLE = URIRef(KG + "article/kestrel-day")
HTML = {"Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"}
TEXT = (
    'Launch day <script>alert("owned")</script> & more.\n'
    "Anna Kestrel and Bo Lind flew Kestrel-1 from Baikonur on 6 October."
)

SENTENCE = "Anna Kestrel and Bo Lind flew Kestrel-1 from Baikonur on 6 October."


def span(phrase: str, occurrence: int = 0) -> tuple[int, int]:
    """The offsets of `phrase` in TEXT."""
    begin = -1
    for _ in range(occurrence + 1):
        begin = TEXT.index(phrase, begin + 1)
    return begin, begin + len(phrase)


# (subject, predicate, object, evidence span, rule, confidence); the spans overlap and cross each other.
FACTS = [
    (
        KG + "mission/kestrel-1",
        SM.crewMember,
        URIRef(KG + "person/anna-kestrel"),
        span("Anna Kestrel"),
        "crew-list",
        0.9,
    ),
    (
        KG + "mission/kestrel-1",
        SM.crewMember,
        URIRef(KG + "person/bo-lind"),
        span("Anna Kestrel and Bo Lind flew"),
        "crew-verb",
        0.85,
    ),
    (
        KG + "mission/kestrel-1",
        SM.launchSite,
        URIRef(KG + "place/baikonur"),
        span("Kestrel-1 from Baikonur"),
        "launch-site",
        0.7,
    ),
    (
        KG + "mission/kestrel-1",
        SM.statusWording,
        Literal('alert("owned")'),
        span('<script>alert("owned")</script>'),
        "odd<rule>",
        0.5,
    ),
    (KG + "mission/kestrel-1", RDFS.label, Literal("Kestrel-1"), span("Kestrel-1"), "designator", 1.0),
]


def article_dataset() -> Dataset:
    """An article's graph as kg.rdf.provenance writes it: text context, phrase spans, reified statements."""
    dataset = Dataset()
    graph = dataset.graph(URIRef(KG + "graph/kestrel-day"))
    context = URIRef(f"{ARTICLE}#offset_0_{len(TEXT)}")
    graph.add((ARTICLE, RDF.type, SM.NewsArticle))
    graph.add((ARTICLE, RDF.type, SCHEMA.NewsArticle))
    graph.add((ARTICLE, SCHEMA.headline, Literal("Kestrel <b>flies</b>")))
    graph.add((ARTICLE, SM.textContext, context))
    graph.add((context, RDF.type, NIF.Context))
    graph.add((context, NIF.isString, Literal(TEXT)))
    graph.add((context, NIF.sourceUrl, ARTICLE))
    for name in ("anna-kestrel", "bo-lind"):
        graph.add((URIRef(KG + "person/" + name), RDFS.label, Literal(name.replace("-", " ").title())))
    begin, end = span(SENTENCE)
    sentence = URIRef(f"{ARTICLE}#offset_{begin}_{end}")
    graph.add((sentence, RDF.type, NIF.Sentence))
    graph.add((sentence, NIF.beginIndex, Literal(begin, datatype=XSD.nonNegativeInteger)))
    graph.add((sentence, NIF.endIndex, Literal(end, datatype=XSD.nonNegativeInteger)))
    graph.add((sentence, NIF.referenceContext, context))
    for number, (subject, predicate, obj, (begin, end), rule, confidence) in enumerate(FACTS):
        phrase = URIRef(f"{ARTICLE}#offset_{begin}_{end}")
        graph.add((phrase, RDF.type, NIF.Phrase))
        graph.add((phrase, NIF.beginIndex, Literal(begin, datatype=XSD.nonNegativeInteger)))
        graph.add((phrase, NIF.endIndex, Literal(end, datatype=XSD.nonNegativeInteger)))
        graph.add((phrase, NIF.anchorOf, Literal(TEXT[begin:end])))
        graph.add((phrase, NIF.referenceContext, context))
        statement = URIRef(f"{KG}statement/s{number}")
        graph.add((URIRef(subject), predicate, obj))
        graph.add((statement, RDF.type, RDF.Statement))
        graph.add((statement, RDF.subject, URIRef(subject)))
        graph.add((statement, RDF.predicate, predicate))
        graph.add((statement, RDF.object, obj))
        graph.add((statement, PROV.wasDerivedFrom, phrase))
        graph.add((statement, SM.extractionRule, Literal(rule)))
        graph.add((statement, SM.confidence, Literal(str(confidence), datatype=XSD.decimal)))
    # A statement loaded by hand with offsets that are not numbers: left out, the page still shows.
    broken = URIRef(f"{ARTICLE}#broken")
    graph.add((broken, NIF.beginIndex, Literal("²")))
    graph.add((broken, NIF.endIndex, Literal("x")))
    graph.add((broken, NIF.referenceContext, context))
    graph.add((URIRef(f"{KG}statement/broken"), PROV.wasDerivedFrom, broken))
    for predicate, value in ((RDF.subject, ARTICLE), (RDF.predicate, RDFS.label), (RDF.object, Literal("b"))):
        graph.add((URIRef(f"{KG}statement/broken"), predicate, value))
    graph.add((URIRef(f"{KG}statement/broken"), SM.extractionRule, Literal("broken-offsets")))
    return dataset


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FlaskClient]:
    """A test client of the app on a store holding the article."""
    folder = tmp_path_factory.mktemp("article")
    trig = folder / "article.trig"
    article_dataset().serialize(trig, format="trig")
    app = make_app(folder / "store", trig)
    try:
        yield app.test_client()
    finally:
        close_app(app)


class PageReader(HTMLParser):
    """Collects the text inside each evidence span's <mark>s, the fact rows, and the ids and links of the page."""

    def __init__(self) -> None:
        super().__init__()
        self.open_marks: list[str | None] = []
        self.marked: dict[str, str] = {}
        self.ids: list[str] = []
        self.links: list[str] = []
        self.mark_links: dict[str, list[str]] = {}
        self.script_tags = 0
        self.row: list[str] | None = None
        self.rows: dict[str, list[str]] = {}
        self.row_id = ""
        self.texts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Track marks, ids, links and table rows."""
        values = dict(attrs)
        if values.get("id"):
            self.ids.append(values["id"] or "")
        if tag == "script":
            self.script_tags += 1
        if tag == "mark":
            self.open_marks.append(values.get("data-span"))
        if tag == "a" and values.get("href"):
            self.links.append(values["href"] or "")
            for name in self.open_marks:
                if name:
                    self.mark_links.setdefault(name, []).append(values["href"] or "")
        if tag == "tr" and values.get("id", "") and (values.get("id") or "").startswith("fact-"):
            self.row, self.row_id = [], values["id"] or ""
        if tag == "td" and self.row is not None:
            self.row.append("")

    def handle_endtag(self, tag: str) -> None:
        """Close marks and rows."""
        if tag == "mark":
            self.open_marks.pop()
        if tag == "tr" and self.row is not None:
            self.rows[self.row_id] = [cell.strip() for cell in self.row]
            self.row = None

    def handle_data(self, data: str) -> None:
        """Text goes to every open mark and to the current cell."""
        self.texts.append(data)
        for name in self.open_marks:
            if name:
                self.marked[name] = self.marked.get(name, "") + data
        if self.row:
            self.row[-1] += data


def read_page(client: FlaskClient) -> tuple[str, PageReader]:
    """The article page's HTML, parsed."""
    response = client.get("/article/kestrel-day", headers=HTML)
    assert response.status_code == 200, response.get_data(as_text=True)
    assert response.content_type.startswith("text/html")
    body = response.get_data(as_text=True)
    reader = PageReader()
    reader.feed(body)
    reader.close()
    return body, reader


def fact_rows(page: PageReader) -> dict[str, tuple[str, list[str]]]:
    """The listed facts by their rule (each rule of FACTS is used once): the row's id and cells."""
    return {cells[5]: (ident, cells) for ident, cells in page.rows.items()}


def test_browsers_see_every_evidence_span_highlighted_and_linked_to_its_fact_rdf_clients_rdf(
    client: FlaskClient,
) -> None:
    body, page = read_page(client)
    assert page.open_marks == []  # every <mark> closed where it opened, overlaps or not
    rows = fact_rows(page)
    for _s, _p, _o, (begin, end), rule, _conf in FACTS:
        name = f"offset_{begin}_{end}"
        assert page.marked.get(name) == TEXT[begin:end]
        assert name in page.ids
        assert f"#{rows[rule][0]}" in page.mark_links[name]
    assert len(page.ids) == len(set(page.ids))
    assert "Launch day" in body and "on 6 October." in body
    # Span IRIs (article#offset_B_E) land on their place: the text, each phrase, each sentence's start.
    begin, end = span(SENTENCE)
    assert {f"offset_0_{len(TEXT)}", f"offset_{begin}_{end}"} <= set(page.ids)
    assert body.index("more.") < body.index(f'id="offset_{begin}_{end}"') < body.index(">Anna Kestrel")
    # The same IRI still gives RDF clients the article's description.
    response = client.get("/article/kestrel-day", headers={"Accept": "text/turtle"})
    assert response.status_code == 200 and response.content_type.startswith("text/turtle")
    assert "Kestrel <b>flies</b>" in response.get_data(as_text=True)
    as_format = client.get("/article/kestrel-day?format=nt", headers=HTML)
    assert as_format.status_code == 200 and as_format.content_type.startswith("application/n-triples")
    assert client.get("/article/no-such-article", headers={"Accept": "text/turtle"}).status_code == 404


def test_each_fact_is_listed_with_its_rule_and_confidence(client: FlaskClient) -> None:
    _body, page = read_page(client)
    rows = fact_rows(page)
    assert len(page.rows) == len(FACTS) == len(rows)  # not the one with broken offsets
    for _s, _p, _o, (begin, end), rule, confidence in FACTS:
        _ident, cells = rows[rule]
        assert float(cells[6]) == confidence
        assert TEXT[begin:end] in cells[4]
    assert rows["crew-list"][1][3] == "Anna Kestrel"  # the value shown by its label
    assert rows["crew-list"][1][2] == "crew member"  # the property by its label from the ontology


def test_markup_in_the_article_text_headline_and_rule_is_escaped(client: FlaskClient) -> None:
    body, page = read_page(client)
    assert page.script_tags == 0
    assert "<script>alert" not in body and "&lt;script&gt;alert(&#34;owned&#34;)&lt;/script&gt;" in body
    assert "<b>flies</b>" not in body and "Kestrel &lt;b&gt;flies&lt;/b&gt;" in body
    assert "odd<rule>" not in body and "odd&lt;rule&gt;" in body
    assert "http://localhost/person/anna-kestrel" in page.links  # links stay on this server


def test_any_overlap_of_spans_gives_well_nested_escaped_marks() -> None:
    rng = random.Random(14)
    for _ in range(200):
        text = "".join(rng.choice("ab <>&\"'xyz") for _ in range(rng.randint(1, 40)))
        spans = set()
        for _ in range(rng.randint(0, 6)):
            begin = rng.randrange(len(text))
            spans.add((begin, rng.randint(begin + 1, len(text))))
        highlights = [Highlight(b, e, f"ev-{b}-{e}", f"fact-{b}-{e}", f'<b title="{b}">') for b, e in spans]
        page = PageReader()
        page.feed(str(mark_text(text, highlights)))
        page.close()
        assert page.open_marks == [] and page.script_tags == 0
        assert "".join(page.texts) == text
        for b, e in spans:
            assert page.marked[f"ev-{b}-{e}"] == text[b:e]
            assert f"ev-{b}-{e}" in page.ids


def test_the_articles_own_properties_are_named_by_label_not_prefixed_name(client: FlaskClient) -> None:
    body, _page = read_page(client)
    for curie in ("rdf:type", "schema:headline"):
        assert f">{curie}<" not in body
    assert ">headline<" in body and ">type<" in body


def test_two_types_that_read_the_same_are_shown_once(client: FlaskClient) -> None:
    body, _page = read_page(client)
    assert body.count(">news article<") == 1

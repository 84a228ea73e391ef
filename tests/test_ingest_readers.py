"""`kg ingest` of news as it comes: HTML pages, feeds, WARC.gz, JSON Lines, directories, stdin, URLs."""

from __future__ import annotations

import http.server
import json
import threading
import time
from collections.abc import Iterator
from html import escape
from pathlib import Path

import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import XSD

from tests.cli_runner import run_kg
from tests.news_samples import STORIES, rss, story_html, write_warc

SCHEMA = "https://schema.org/"
VEGA_URL = "https://orbit.example/news/vega-7-docks"
LYRA_URL = "https://orbit.example/news/lyra-2-lands"


def stored(store: Path, tmp_path: Path) -> Dataset:
    """The store's content as an rdflib Dataset (through `kg export`)."""
    out = tmp_path / f"export-{time.monotonic_ns()}.nq"
    result = run_kg(store, "export", "--format", "nq", "--out", str(out))
    assert result.exit_code == 0, result.output
    dataset = Dataset(default_union=True)
    dataset.parse(out, format="nquads")
    return dataset


def articles(dataset: Dataset) -> dict[str, dict[str, set[str]]]:
    """Each stored article's schema.org metadata: {article IRI: {property: {values}}}."""
    rows = dataset.query(
        """SELECT ?a ?p ?o WHERE { GRAPH ?g { ?a a <https://schema.org/NewsArticle> ; ?p ?o .
           FILTER(STRSTARTS(STR(?p), "https://schema.org/")) } }"""
    )
    found: dict[str, dict[str, set[str]]] = {}
    for a, p, o in rows:  # type: ignore[misc]
        found.setdefault(str(a), {}).setdefault(str(p).removeprefix(SCHEMA), set()).add(str(o))
    return found


def name_of(dataset: Dataset, iri: str) -> str:
    """The schema:name of a person or organisation in the store."""
    return str(next(iter(dataset.objects(URIRef(iri), URIRef(SCHEMA + "name")))))


def test_a_news_page_gives_its_text_and_metadata_not_its_menus_or_comments(tmp_path: Path) -> None:
    page = tmp_path / "vega.html"
    page.write_text(story_html("vega-7", VEGA_URL), encoding="utf-8")
    result = run_kg(tmp_path / "store", "ingest", str(page))
    assert result.exit_code == 0, result.output
    dataset = stored(tmp_path / "store", tmp_path)
    [(article, meta)] = articles(dataset).items()
    assert meta["headline"] == {STORIES["vega-7"][0]}
    assert meta["url"] == {VEGA_URL}
    assert {name_of(dataset, a) for a in meta["author"]} == {"Ada Quill"}
    assert {name_of(dataset, p) for p in meta["publisher"]} == {"Example Orbit News"}
    published = next(dataset.objects(URIRef(article), URIRef(SCHEMA + "datePublished")))
    assert published == Literal("2024-03-08T09:15:00+01:00", datatype=XSD.dateTime)
    text = " ".join(
        str(t)
        for t in dataset.objects(
            None, URIRef("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#isString")
        )
    )
    assert "Pavel Ostrov commanded the flight" in text
    for boilerplate in ("Zebra lasagne", "Subscribe now", "Sport", "DOCTYPE", "<p>"):
        assert boilerplate not in text
    # The facts are those of the same story given as clean text.
    clean = tmp_path / "clean.txt"
    clean.write_text("date 2024-03-08 By Ada Quill\n\n" + "\n\n".join(STORIES["vega-7"]) + "\n", encoding="utf-8")
    assert run_kg(tmp_path / "clean-store", "ingest", str(clean)).exit_code == 0
    assert facts(dataset) == facts(stored(tmp_path / "clean-store", tmp_path))
    assert ("crewMember", "Pavel Ostrov") in facts(dataset)


def facts(dataset: Dataset) -> set[tuple[str, str]]:
    """The extracted facts as (property name, object label or value), blind to article IRIs."""
    rows = dataset.query(
        """PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
           SELECT ?p ?o ?label WHERE { ?st a <https://w3id.org/spacekg/ontology#ExtractedStatement> ;
           rdf:predicate ?p ; rdf:object ?o .
           OPTIONAL { ?o <http://www.w3.org/2000/01/rdf-schema#label> ?label } }"""
    )
    return {(str(p).rsplit("#", 1)[-1].rsplit("/", 1)[-1], str(label or o)) for p, o, label in rows}  # type: ignore[misc]


def test_json_ld_pages_give_the_same_metadata(tmp_path: Path) -> None:
    page = tmp_path / "lyra.html"
    page.write_text(story_html("lyra-2", LYRA_URL, style="jsonld"), encoding="utf-8")
    assert run_kg(tmp_path / "store", "ingest", str(page)).exit_code == 0
    [meta] = articles(stored(tmp_path / "store", tmp_path)).values()
    assert meta["headline"] == {STORIES["lyra-2"][0]} and meta["url"] == {LYRA_URL}
    assert meta["datePublished"] == {"2024-03-08T09:15:00+01:00"}


def test_the_same_story_from_a_feed_a_warc_and_its_page_is_stored_once(tmp_path: Path) -> None:
    store = tmp_path / "store"
    page = story_html("vega-7", VEGA_URL)
    (tmp_path / "feed.xml").write_text(
        rss(
            [
                {
                    "title": STORIES["vega-7"][0],
                    "link": VEGA_URL,
                    "pubDate": "Fri, 08 Mar 2024 09:15:00 +0100",
                    "content": "".join(f"<p>{escape(p)}</p>" for p in STORIES["vega-7"][1].split("\n\n")),
                }
            ]
        ),
        encoding="utf-8",
    )
    write_warc(tmp_path / "crawl.warc.gz", [(VEGA_URL + "?utm_source=feed", page)])
    (tmp_path / "vega.html").write_text(page, encoding="utf-8")
    counts = []
    for source in ("feed.xml", "crawl.warc.gz", "vega.html"):
        result = run_kg(store, "ingest", str(tmp_path / source))
        assert result.exit_code == 0, result.output
        dataset = stored(store, tmp_path)
        counts.append(len(articles(dataset)))
        assert [m["url"] for m in articles(dataset).values()] == [{VEGA_URL}]
    assert counts == [1, 1, 1]


def test_identical_text_under_two_urls_is_one_article_with_both_urls(tmp_path: Path) -> None:
    lines = [
        {
            "url": url,
            "title": STORIES["lyra-2"][0],
            "text": STORIES["lyra-2"][1],
            "published": "2024-03-04",
            "author": "Ada Quill",
        }
        for url in (LYRA_URL, "https://mirror.example/lyra")
    ]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    result = run_kg(tmp_path / "store", "ingest", str(tmp_path / "a.jsonl"))
    assert result.exit_code == 0, result.output
    [meta] = articles(stored(tmp_path / "store", tmp_path)).values()
    assert meta["url"] == {LYRA_URL, "https://mirror.example/lyra"}


def test_a_feed_entry_that_only_links_is_read_from_the_local_page(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "lyra-2-lands.html").write_text(story_html("lyra-2", LYRA_URL), encoding="utf-8")
    feed = tmp_path / "feed.rss"
    feed.write_text(
        rss(
            [
                {"title": STORIES["lyra-2"][0], "link": LYRA_URL, "pubDate": "Mon, 04 Mar 2024 08:00:00 +0000"},
                {
                    "title": "Lost entry",
                    "link": "https://orbit.example/news/gone",
                    "pubDate": "Mon, 04 Mar 2024 08:00:00 +0000",
                },
            ]
        ),
        encoding="utf-8",
    )
    result = run_kg(tmp_path / "store", "ingest", str(feed), "--pages", str(pages))
    assert result.exit_code == 5, result.output
    assert f"{feed} entry 2 (https://orbit.example/news/gone)" in result.output
    assert [m["url"] for m in articles(stored(tmp_path / "store", tmp_path)).values()] == [{LYRA_URL}]


def test_bad_inputs_are_reported_with_where_and_the_rest_goes_in(tmp_path: Path) -> None:
    write_warc(
        tmp_path / "crawl.warc.gz",
        [(VEGA_URL, story_html("vega-7", VEGA_URL)), (LYRA_URL, story_html("lyra-2", LYRA_URL))],
    )
    whole = (tmp_path / "crawl.warc.gz").read_bytes()
    (tmp_path / "cut.warc.gz").write_bytes(whole[: len(whole) - 200])
    good = {
        "url": "https://orbit.example/news/orion",
        "title": STORIES["orion-test"][0],
        "text": STORIES["orion-test"][1],
        "published": "2024-03-05",
    }
    (tmp_path / "lines.jsonl").write_text(json.dumps(good) + "\n{not json\n", encoding="utf-8")
    (tmp_path / "broken.html").write_bytes(b"<html><body>\x00\x00</body>")
    result = run_kg(
        tmp_path / "store",
        "ingest",
        str(tmp_path / "cut.warc.gz"),
        str(tmp_path / "lines.jsonl"),
        str(tmp_path / "broken.html"),
    )
    assert result.exit_code == 5, result.output
    assert f"{tmp_path / 'cut.warc.gz'} record 2 ({LYRA_URL}): the record is truncated" in result.output
    assert f"{tmp_path / 'lines.jsonl'}:2: not JSON" in result.output
    assert f"{tmp_path / 'broken.html'}:" in result.output
    assert "Partial: 3 failed" in result.output
    urls = {u for m in articles(stored(tmp_path / "store", tmp_path)).values() for u in m["url"]}
    assert urls == {VEGA_URL, "https://orbit.example/news/orion"}


def test_pages_not_in_english_or_not_about_spaceflight_are_skipped_and_counted(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "fr.html").write_text(story_html("vega-7", VEGA_URL, lang="fr"), encoding="utf-8")
    (tmp_path / "news" / "deep").mkdir()
    cooking = (
        "<html lang='en'><body><article><h1>Soup</h1>"
        + "<p>Stir the soup and add the salt, then let it rest for an hour before you serve it to the guests.</p>" * 3
        + "</article></body></html>"
    )
    (tmp_path / "news" / "deep" / "soup.html").write_text(cooking, encoding="utf-8")
    (tmp_path / "news" / "deep" / "lyra.html").write_text(story_html("lyra-2", LYRA_URL), encoding="utf-8")
    result = run_kg(tmp_path / "store", "ingest", str(tmp_path / "news"))
    assert result.exit_code == 0, result.output
    assert "Ingested 1 article" in result.output
    assert "1 not English" in result.output and "1 off-topic" in result.output


def test_standard_input_takes_json_lines(tmp_path: Path) -> None:
    line = {"url": LYRA_URL, "title": STORIES["lyra-2"][0], "text": STORIES["lyra-2"][1], "published": "2024-03-04"}
    result = run_kg(tmp_path / "store", "ingest", "-", input=json.dumps(line) + "\n")
    assert result.exit_code == 0, result.output
    assert "Ingested 1 article" in result.output


class _Pages(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/slow":
            time.sleep(3)
        body = story_html("vega-7", VEGA_URL).encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.socket
def test_urls_are_fetched_and_one_that_times_out_is_reported(tmp_path: Path, server: str) -> None:
    result = run_kg(tmp_path / "store", "ingest", f"{server}/vega", f"{server}/slow", "--timeout", "0.5")
    assert result.exit_code == 5, result.output
    assert f"Failed: {server}/slow: " in result.output and "timed out" in result.output
    [meta] = articles(stored(tmp_path / "store", tmp_path)).values()
    assert meta["url"] == {VEGA_URL}  # the page's canonical URL names it, not the address it was fetched from

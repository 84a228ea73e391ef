"""An app on a store built from the seeds, plus a hostile article and a crew member named with a <script>."""

from __future__ import annotations

import html
import re
from pathlib import Path

from flask import Flask

from tests.cli_runner import run_kg
from tests.w3c.webapp import AUTH, make_app

KG = "https://w3id.org/spacekg/"
HTML = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}
ARTEMIS = Path(__file__).resolve().parent / "data" / "articles" / "artemis-ii-crew.txt"
HOSTILE_ARTICLE = """date 2024-03-01 By Jane Writer
Soyuz MS-31 <script>alert("flight")</script> launched on Friday from the Baikonur Cosmodrome with \
cosmonaut Ivan Petrov and NASA astronaut Mary Quill aboard.
The Soyuz MS-31 spacecraft docked with the International Space Station on March 2.
"""
HOSTILE_NAME = '<script>alert("name")</script> Eve'
HOSTILE_FLIGHT = "/mission/soyuz-ms-31"


def build_seeded_app(directory: Path) -> Flask:
    """`kg build` into directory/store, ingest Artemis II and the hostile article, add a crew member named hostilely."""
    store = directory / "store"
    article = directory / "hostile.txt"
    article.write_text(HOSTILE_ARTICLE, encoding="utf-8")
    for args in (("build",), ("ingest", str(article), str(ARTEMIS))):
        result = run_kg(store, *args)
        assert result.exit_code == 0, result.output
    app = make_app(store)
    name = HOSTILE_NAME.replace('"', '\\"')
    update = f"""INSERT DATA {{ GRAPH <urn:x:hostile> {{
      <{KG}mission/soyuz-ms-31> <{KG}ontology#crewMember> <{KG}person/eve> .
      <{KG}person/eve> a <{KG}ontology#Person> ; <http://www.w3.org/2000/01/rdf-schema#label> "{name}" . }} }}"""
    response = app.test_client().post("/sparql", data={"update": update}, headers=AUTH)
    assert response.status_code in (200, 204), response.get_data(as_text=True)
    return app


def text_of(fragment: str) -> str:
    """The text a browser shows for an HTML fragment, on one line."""
    return " ".join(html.unescape(re.sub(r"<[^>]*>", "", fragment)).split())


def read_summary(page: str) -> dict[str, str]:
    """The page's summary box as {heading: its values as text}."""
    box = re.search(r'<section class="summary".*?</section>', page, flags=re.S)
    assert box is not None, "the page has no summary box"
    rows = re.findall(r"<dt>(.*?)</dt><dd>(.*?)</dd>", box.group(0), flags=re.S)
    return {text_of(heading): text_of(values) for heading, values in rows}


def svgs_of(page: str) -> list[str]:
    """The inline SVG documents of a page, as text."""
    return re.findall(r"<svg\b.*?</svg>", page, flags=re.S)

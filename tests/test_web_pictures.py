"""Pictures on the pages: a flight's neighbourhood graph and timeline, the home page's timeline of flights."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from kg.site.pictures import MAX_NODES, Dated, Neighbour, lay_out_graph, lay_out_timeline
from tests.seeded_app import HOSTILE_FLIGHT, HOSTILE_NAME, HTML, build_seeded_app, svgs_of
from tests.w3c.webapp import close_app

SVG = ""  # inline SVG in HTML needs no namespace declaration
SEED_FLIGHT = "/mission/soyuz-ms-19"
CREW = ("Anton Shklaplerov", "Julia Peresild", "Klim Shipenko")


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    """The app on the seed store (with a hostile article beside it)."""
    application = build_seeded_app(Path(tmp_path_factory.mktemp("pictures")))
    yield application
    close_app(application)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    """A test client for the app."""
    return app.test_client()


def pictures_of(client: FlaskClient, path: str) -> list[ET.Element]:
    """The page's inline SVG pictures, each parsed as a standalone XML document."""
    response = client.get(path, headers=HTML)
    assert response.status_code == 200, response.get_data(as_text=True)
    return [ET.fromstring(svg) for svg in svgs_of(response.get_data(as_text=True))]


def texts(svg: ET.Element) -> list[str]:
    """Every text in the picture: its labels, titles and description."""
    return ["".join(e.itertext()) for e in svg.iter() if e.tag in (f"{SVG}text", f"{SVG}title", f"{SVG}desc")]


def links(svg: ET.Element) -> list[str]:
    """The targets of the picture's links."""
    return [a.attrib["href"] for a in svg.iter(f"{SVG}a")]


def described(svg: ET.Element) -> bool:
    """Whether the picture has a title and a description that it names as its accessible name."""
    ids = (svg.attrib.get("aria-labelledby") or "").split()
    own = {e.attrib.get("id") for e in svg if e.tag in (f"{SVG}title", f"{SVG}desc")}
    return len(ids) == 2 and set(ids) == own


def test_the_flight_page_draws_its_neighbourhood_with_every_crew_member(client: FlaskClient) -> None:
    graph, _timeline = pictures_of(client, SEED_FLIGHT)
    assert graph.attrib["width"] == "100%" and graph.attrib["viewBox"].startswith("0 0 ")
    assert described(graph)
    shown = "\n".join(texts(graph))
    for name in (*CREW, "Baikonur cosmodrome", "Soyuz MS-19"):
        assert name in shown
    targets = links(graph)
    assert "http://localhost/person/julia-peresild" in targets
    assert "http://localhost/launch-site/baikonur-cosmodrome" in targets
    assert all(target.startswith("http://localhost/") for target in targets)


def test_the_flight_page_draws_its_dated_events_in_order(client: FlaskClient) -> None:
    _graph, timeline = pictures_of(client, SEED_FLIGHT)
    assert timeline.attrib["width"] == "100%" and described(timeline)
    labels = [text for text in texts(timeline) if "Soyuz MS-19" in text and "·" in text]
    assert labels == ["2021-10-06 · Launch of Soyuz MS-19", "2021-10-17 · Landing of Soyuz MS-19"]
    assert all(target.startswith("http://localhost/event/") for target in links(timeline))


def test_the_home_page_draws_every_dated_flight_on_a_timeline(client: FlaskClient) -> None:
    (timeline,) = pictures_of(client, "/")
    assert described(timeline)
    shown = "\n".join(texts(timeline))
    assert "2021-10-06 · Soyuz MS-19" in shown
    assert "Soyuz MS-31" in shown
    assert "http://localhost/mission/soyuz-ms-19" in links(timeline)
    assert all(target.startswith("http://localhost/") for target in links(timeline))


def test_a_script_in_an_article_or_a_name_stays_text_in_the_pictures(client: FlaskClient) -> None:
    response = client.get(HOSTILE_FLIGHT, headers=HTML)
    page = response.get_data(as_text=True)
    assert '<script>alert("name")' not in page
    graph = ET.fromstring(svgs_of(page)[0])
    assert any(HOSTILE_NAME in text for text in texts(graph))


def test_a_crowded_neighbourhood_stays_inside_the_picture() -> None:
    crowd = [Neighbour(f"Crew member with a long name number {i}", None, "person", "crew") for i in range(40)]
    graph = lay_out_graph("A flight", crowd)
    assert len(graph.nodes) == MAX_NODES and graph.left_out == 40 - MAX_NODES
    for node in graph.nodes:
        assert 60 <= node.x <= graph.width - 60 and 20 <= node.y <= graph.height - 20
        assert len(node.text) <= 26


def test_a_timeline_orders_events_and_leaves_out_undated_ones() -> None:
    events = [Dated("later", None, "2024-05-01"), Dated("undated", None, "soon"), Dated("first", None, "2023")]
    timeline = lay_out_timeline(events)
    assert [mark.label for mark in timeline.marks] == ["first", "later"]
    first, later = timeline.marks
    assert timeline.left <= first.x < later.x <= timeline.right
    assert first.anchor == "start" and later.anchor == "end"


def test_a_timeline_over_decades_is_marked_in_round_years() -> None:
    events = [Dated("Freedom 7", None, "1961-05-05"), Dated("Artemis III", None, "2025")]
    assert [tick.text for tick in lay_out_timeline(events).ticks] == [
        "1960",
        "1970",
        "1980",
        "1990",
        "2000",
        "2010",
        "2020",
    ]

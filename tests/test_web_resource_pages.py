"""Resource pages a person reads: a summary box first, labels for properties, each source sentence once."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.seeded_app import HOSTILE_FLIGHT, HOSTILE_NAME, HTML, build_seeded_app, read_summary, text_of
from tests.w3c.webapp import close_app

SEED_FLIGHT = "/mission/soyuz-ms-19"
SEED_PERSON = "/person/julia-peresild"
OPENING = (
    "Ahead of the 58-year-old legendary Tom Cruise, Russian actress Julia Peresild took off this week for the "
    "International Space Station, to produce the first film in space, ahead of the United States."
)


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    """The app on the seed store (with a hostile article beside it)."""
    application = build_seeded_app(Path(tmp_path_factory.mktemp("pages")))
    yield application
    close_app(application)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    """A test client for the app."""
    return app.test_client()


def page_of(client: FlaskClient, path: str) -> str:
    """The HTML page a browser gets for `path`."""
    response = client.get(path, headers=HTML)
    assert response.status_code == 200, response.get_data(as_text=True)
    assert response.mimetype == "text/html"
    return response.get_data(as_text=True)


def test_a_flight_page_opens_with_its_summary(client: FlaskClient) -> None:
    page = page_of(client, SEED_FLIGHT)
    summary = read_summary(page)
    assert page.index('class="summary"') < page.index("All statements")
    assert summary["Status"].startswith("under way")
    assert "2021-10-06" in summary["Launch"] and "Baikonur cosmodrome" in summary["Launch"]
    assert summary["Spacecraft"] == "Soyuz MS-19"
    assert summary["Destination"] == "International Space Station"
    assert summary["Landing"] == "2021-10-17"
    assert summary["Duration"] == "3 hours 17 minutes; 12 days"
    crew = summary["Crew"]
    for member in ("Anton Shklaplerov (cosmonaut)", "Julia Peresild (actress)", "Klim Shipenko (film director)"):
        assert member in crew


def test_a_person_page_opens_with_age_occupation_nationality_and_flights(client: FlaskClient) -> None:
    summary = read_summary(page_of(client, SEED_PERSON))
    assert summary["Age"] == "37"
    assert summary["Occupation"] == "actress"
    assert summary["Nationality"] == "Russian"
    assert summary["Flights"] == "Soyuz MS-19"


def test_an_organisation_in_two_roles_is_named_once(client: FlaskClient) -> None:
    assert read_summary(page_of(client, "/mission/artemis-ii"))["Organisations"].split("; ").count("NASA") == 1


def test_summary_values_link_to_their_pages_on_this_server(client: FlaskClient) -> None:
    page = page_of(client, SEED_FLIGHT)
    box = page[page.index('class="summary"') : page.index("</section>")]
    assert '<a href="http://localhost/person/julia-peresild">Julia Peresild</a>' in box
    assert '<a href="http://localhost/launch-site/baikonur-cosmodrome">' in box
    links = re.findall(r'href="([^"]*)"', page)
    assert links and all(link.startswith(("http://localhost/", "#", "?", "/")) for link in links), links


def test_each_source_sentence_is_quoted_once_with_its_facts_under_it(client: FlaskClient) -> None:
    page = page_of(client, SEED_FLIGHT)
    assert page.count(OPENING) == 1
    sentences = re.findall(r"<details id=\"sentence-\d+\">.*?</details>", page, flags=re.S)
    texts = [text_of(re.search(r"<q>(.*?)</q>", s, flags=re.S).group(1)) for s in sentences]  # type: ignore[union-attr]
    assert len(texts) == len(set(texts)) >= 3
    opening = text_of(next(s for s in sentences if OPENING in s))
    for fact in ("status: under way", "crew member: Julia Peresild", "destination: International Space Station"):
        assert fact in opening


def test_properties_read_as_the_ontology_labels_not_prefixed_names(client: FlaskClient) -> None:
    for path in (SEED_FLIGHT, SEED_PERSON):
        page = page_of(client, path)
        assert re.findall(r">\s*(?:sm|rdf|rdfs|skos|schema):\w+\s*<", page) == []
    flight = page_of(client, SEED_FLIGHT)
    for label in ("crew member", "launch site", "landing date", "altitude (km)"):
        assert f">{label}</a>" in flight


def test_a_script_in_an_article_or_a_name_is_shown_as_text(client: FlaskClient) -> None:
    page = page_of(client, HOSTILE_FLIGHT)
    assert "<script>" not in page.split("</header>", 1)[1]
    assert "&lt;script&gt;alert(&#34;flight&#34;)&lt;/script&gt;" in page
    assert "&lt;script&gt;alert(&#34;name&#34;)&lt;/script&gt; Eve" in page
    assert HOSTILE_NAME in read_summary(page)["Crew"]


def test_a_person_typed_in_two_vocabularies_reads_person_once(client: FlaskClient) -> None:
    page = page_of(client, "/person/julia-peresild")
    facts = page[page.index("All statements") :]
    assert facts.count(">person<") == 1

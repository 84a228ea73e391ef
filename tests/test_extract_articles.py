"""Whole articles end to end: the flights, crews, dates and figures a reader would check."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.extract.article import read_article
from kg.extract.model import Extraction
from kg.extract.pipeline import extract
from tests.test_extract_support import crew, facts, missions, objects

DATA = Path(__file__).parent / "data" / "extract"
SEED = Path(__file__).parent.parent / "seeds" / "seed-soyuz-ms-19.txt"


def load(name: str) -> Extraction:
    """Extract one of the test articles."""
    return extract(read_article(DATA / name))


def test_shenzhou_15() -> None:
    ext = load("shenzhou-15.txt")
    assert "Shenzhou-15" in missions(ext)
    assert objects(ext, "launch_date", "Shenzhou-15") == {"2022-11-29T23:08:00+08:00"}
    assert objects(ext, "launch_site", "Shenzhou-15") == {"Jiuquan Satellite Launch Center"}
    assert objects(ext, "launch_vehicle", "Shenzhou-15") == {"Long March 2F"}
    assert objects(ext, "spacecraft", "Shenzhou-15") == {"Shenzhou-15"}
    assert objects(ext, "destination", "Shenzhou-15") == {"Tiangong space station"}
    members = crew(ext, "Shenzhou-15")
    assert set(members) == {"Fei Junlong", "Deng Qingming", "Zhang Lu"}
    assert "commander" in members["Fei Junlong"]
    assert objects(ext, "age", "Zhang Lu") == {"46"}
    assert "P6M" in objects(ext, "duration", "Shenzhou-15")
    assert objects(ext, "landing_site", "Shenzhou-15") == {"Dongfeng landing site"}
    assert objects(ext, "landing_date", "Shenzhou-15") == {"2023-05"}
    assert objects(ext, "operator", "Shenzhou-15") == {"China Manned Space Agency"}
    assert objects(ext, "status", "Shenzhou-6") == {"flown"}
    assert "Fei Junlong" not in crew(ext, "Shenzhou-14")


def test_axiom_2() -> None:
    ext = load("axiom-2.txt")
    assert objects(ext, "launch_date", "Ax-2") == {"2023-05-21T17:37:00-04:00"}
    assert objects(ext, "launch_site", "Ax-2") == {"Launch Complex 39A", "Kennedy Space Center"}
    assert objects(ext, "spacecraft", "Ax-2") == {"Freedom"}
    assert objects(ext, "launch_vehicle", "Ax-2") == {"Falcon 9"}
    members = crew(ext, "Ax-2")
    assert "commander" in members["Peggy Whitson"]
    assert "pilot" in members["John Shoffner"]
    assert "mission specialist" in members["Ali AlQarni"]
    assert "mission specialist" in members["Rayyanah Barnawi"]
    assert objects(ext, "duration", "Ax-2") == {"P10D"}
    assert "Axiom Space" in objects(ext, "operator", "Ax-2")
    assert objects(ext, "occupation", "John Shoffner") == {"investor"}


def test_unity_22() -> None:
    ext = load("unity-22.txt")
    assert objects(ext, "launch_date", "Unity 22") == {"2021-07-11"}
    assert objects(ext, "launch_site", "Unity 22") == {"Spaceport America"}
    assert objects(ext, "altitude_km", "Unity 22") == {"86.1"}
    assert objects(ext, "duration", "Unity 22") == {"PT1H"}
    members = crew(ext, "Unity 22")
    assert set(members) == {
        "Richard Branson",
        "Dave Mackay",
        "Michael Masucci",
        "Beth Moses",
        "Colin Bennett",
        "Sirisha Bandla",
    }
    assert members["Michael Masucci"] - {None} == {"pilot"}
    assert objects(ext, "age", "Richard Branson") == {"70"}
    assert "Virgin Galactic" in objects(ext, "operator", "Unity 22")


def test_unrelated_article_yields_no_flight() -> None:
    ext = load("not-space.txt")
    assert missions(ext) == set()
    assert not [f for f in ext.facts if f.subject.startswith("mission")]


def test_seed_article() -> None:
    ext = extract(read_article(SEED))
    assert "Soyuz MS-19" in missions(ext)
    assert set(crew(ext, "Soyuz MS-19")) == {"Julia Peresild", "Klim Shipenko", "Anton Shklaplerov"}
    assert set(crew(ext, "Tom Cruise's planned film flight")) == {"Tom Cruise", "Doug Liman", "Michael López-Alegria"}
    assert objects(ext, "launch_date", "Soyuz MS-19") == {"2021-10-06T08:55:00+03:00"}
    assert objects(ext, "landing_date", "Soyuz MS-19") == {"2021-10-17"}
    assert objects(ext, "cast_member", "The Challenge") == {"Julia Peresild", "Oleg Novitsky", "Pet Dubrov"}
    assert ("Tom Cruise's planned film flight", "Space X") in facts(ext, "partner")


@pytest.mark.parametrize(
    "name",
    ["shenzhou-15.txt", "axiom-2.txt", "unity-22.txt", "dev-inspiration4.txt", "dev-shenzhou-13.txt", "not-space.txt"],
)
def test_evidence_is_verbatim_and_crew_sentences_name_the_person(name: str) -> None:
    ext = load(name)
    text = ext.article.text
    flat = re.sub(r"\s+", " ", text)
    for fact in ext.facts:
        sentence = text[fact.evidence.sentence.begin : fact.evidence.sentence.end]
        assert re.sub(r"\s+", " ", sentence) in flat
        assert fact.evidence.sentence.begin <= fact.evidence.span.begin < fact.evidence.span.end
        assert fact.evidence.span.end <= fact.evidence.sentence.end
    for fact in ext.facts:
        if fact.predicate == "crew_member":
            person = ext.entities[str(fact.obj)]
            surname = person.label.split()[-1]
            supporting = [f for f in ext.facts if str(fact.obj) in (f.subject, f.obj)]
            assert any(surname in text[f.evidence.sentence.begin : f.evidence.sentence.end] for f in supporting)


def test_every_entity_mention_points_into_the_text() -> None:
    ext = load("dev-inspiration4.txt")
    for entity in ext.entities.values():
        for mention in entity.mentions:
            assert ext.article.text[mention.span.begin : mention.span.end].strip()

"""Second round of phenomena met on unseen articles, each checked on sentences written for the purpose."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kg.extract.article import read_article
from kg.extract.model import Extraction
from kg.extract.pipeline import extract
from tests.test_extract_support import crew, facts, objects, run

DATA = Path(__file__).parent / "data" / "extract"


def test_month_may_is_not_the_modal_may() -> None:
    ext = run(
        "Crew-30 launched on Sunday. It follows Crew-29, the flight on which two astronauts flew to the "
        "station in May before returning in September.",
        published=date(2030, 11, 20),
    )
    assert objects(ext, "launch_date", "Crew-29") == {"2030-05"}
    assert objects(ext, "landing_date", "Crew-29") == {"2030-09"}


def test_on_course_to_splash_down_resolves_forward() -> None:
    ext = run(
        "Ax-7 launched on Monday from Launch Complex 39A. The company said the capsule was on course to "
        "splash down in the Gulf of Mexico on Saturday.",
        published=date(2030, 6, 12),
    )
    assert objects(ext, "landing_date", "Ax-7") == {"2030-06-15"}


def test_landing_site_as_a_noun_is_no_landing() -> None:
    ext = run(
        "Vostok 3 lifted off from Baikonur on August 11, 1962, and the flight lasted 94 hours. "
        "The governor will open a museum near the landing site tomorrow.",
        published=date(2022, 8, 11),
    )
    assert objects(ext, "landing_date", "Vostok 3") == set()


def test_comparison_with_an_earlier_flight_is_not_a_destination() -> None:
    ext = run(
        "Ax-9 lifted off on Monday. Its capsule flew farther from Earth than anybody had travelled since the "
        "last Apollo astronauts went to the Moon in 1972."
    )
    assert ("Ax-9", "Moon") not in facts(ext, "destination")


def test_orbit_stated_with_an_article_or_an_apogee() -> None:
    ext = run("Shenzhou-30 will be launched next year into an orbit some 380 km high.")
    assert objects(ext, "destination", "Shenzhou-30") == {"orbit"}
    ext = run("Ax-8 lifted off on Tuesday and reached an apogee of 900 kilometres on its first orbits.")
    assert objects(ext, "destination", "Ax-8") == {"orbit"}


def people(ext: Extraction) -> set[str]:
    """Return the labels of the people found."""
    return {e.label for e in ext.entities.values() if e.kind == "person"}


def test_unknown_names_after_military_ranks_in_a_colon_list() -> None:
    ext = run(
        "The minister presented three air force fighter pilots: Squadron Leader Tavish Obuya, "
        "Wing Commander Renko Haldar and Flight Lieutenant Marisol Quenby."
    )
    assert {"Tavish Obuya", "Renko Haldar", "Marisol Quenby"} <= people(ext)
    for name in ("Tavish Obuya", "Renko Haldar", "Marisol Quenby"):
        assert "fighter pilot" in objects(ext, "occupation", name)


def test_political_title_before_an_unknown_name_is_a_person_and_an_occupation() -> None:
    ext = run("The launch was watched by Prime Minister Oduya Kesterman and Vice President Talib Renner.")
    assert {"Oduya Kesterman", "Talib Renner"} <= people(ext)
    assert objects(ext, "occupation", "Oduya Kesterman") == {"Prime Minister"}


def test_initial_and_surname_after_an_office_in_apposition() -> None:
    ext = run("The agency's chairman, K. Rajanthiran, said the capsule was ready.")
    assert "K. Rajanthiran" in people(ext)
    assert objects(ext, "occupation", "K. Rajanthiran") == {"chairman"}


def test_unknown_name_with_an_occupation_apposition() -> None:
    ext = run("Ax-9 lifted off today with Ilsabet Qorvan, a Norwegian marine biologist, aboard.")
    assert "Ilsabet Qorvan" in people(ext)


def test_back_reference_keeps_the_flight_of_the_sentence_before() -> None:
    ext = run(
        "Shenzhou-30 is due to fly next spring. The agency also marked the Shenzhou-29 spacecraft, which lifted "
        "off on Friday. Commander Wei Lantian flew on it with engineer Gao Ming."
    )
    assert "Wei Lantian" in crew(ext, "Shenzhou-29")
    assert "Wei Lantian" not in crew(ext, "Shenzhou-30")


def test_landing_near_a_place_no_gazetteer_knows() -> None:
    ext = run(
        "Vostok 3 lifted off on August 11, 1962. As planned, the pilot came down by parachute in a meadow near "
        "the village of Kolbino.",
        published=date(2022, 8, 11),
    )
    assert objects(ext, "landing_site", "Vostok 3") == {"Kolbino"}


def test_place_keeps_the_articles_wording() -> None:
    ext = run("Ax-9 launched on Monday and is scheduled to splash down off the coast of Florida next week.")
    assert objects(ext, "landing_site", "Ax-9") == {"coast of Florida"}


def load(name: str) -> Extraction:
    """Extract one of the test articles written for this round."""
    return extract(read_article(DATA / name))


def test_article_voskhod_2_anniversary() -> None:
    ext = load("voskhod-2-anniversary.txt")
    assert objects(ext, "launch_date", "Voskhod 2") == {"1965-03-18"}
    assert objects(ext, "launch_site", "Voskhod 2") == {"Baikonur Cosmodrome"}
    assert objects(ext, "landing_site", "Voskhod 2") == {"Berezniki"}
    assert objects(ext, "destination", "Voskhod 2") == {"orbit"}
    assert set(crew(ext, "Voskhod 2")) == {"Pavel Belyayev", "Alexei Leonov"}
    assert "commander" in crew(ext, "Voskhod 2")["Pavel Belyayev"]
    assert objects(ext, "age", "Alexei Leonov") == {"30"}
    assert "Dmitry Makhonin" not in crew(ext, "Voskhod 2")


def test_article_crew_named_for_a_lunar_flight() -> None:
    ext = load("artemis-crew-named.txt")
    members = crew(ext, "Artemis VIII")
    assert set(members) == {"Elin Varga", "Tomasz Rylko", "Ines Okafor", "Jun Takeda"}
    assert "mission specialist" in members["Ines Okafor"] and "mission specialist" in members["Jun Takeda"]
    assert "R. Castellanos" not in members
    assert objects(ext, "destination", "Artemis VIII") == {"Moon"}
    assert objects(ext, "launch_site", "Artemis VIII") == {"Kennedy Space Center"}
    assert objects(ext, "landing_site", "Artemis VIII") == {"Pacific Ocean"}
    assert objects(ext, "operator", "Artemis VIII") == {"European Space Agency"}
    assert objects(ext, "occupation", "Elin Varga") == {"test pilot"}
    assert objects(ext, "status", "Artemis VIII") == {"planned"}


def test_article_suborbital_hop_people() -> None:
    ext = load("suborbital-hop-2031.txt")
    assert objects(ext, "occupation", "Amara Osei") == {"air force pilot"}
    assert objects(ext, "occupation", "Linnea Sorvik") == {"physician"}
    assert objects(ext, "age", "Linnea Sorvik") == {"52"}

"""A flight that 'included' a list of people, each with an occupation before the name and a home town after it
('The company's fifth crewed flight included baker A of Dayton, Chilean architect B, ..., Head of Research C'), has
them all as crew, with their occupations; 'of <Town>' is no part of a name (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, objects, run

_STORY = (
    "Rocket carries six into space from the desert\n\n"
    "The New Shepard rocket lifted off Tuesday from its pad near Alamogordo, New Mexico, sending the capsule "
    "on an 11-minute flight with six people on board.\n\n"
    "The company's fifth crewed flight included bakery owner Dana Pruitt of Dayton, Chilean architect Tomas "
    "Rivera, retired teacher Helen Marsh, Head of Research Paul Denning and Kenyan pilot Amani Otieno.\n\n"
    "The NS-40 booster landed on its pad seven minutes after launch.\n"
)


def test_everyone_a_flight_included_is_its_crew() -> None:
    members = crew(run(_STORY), "NS-40")
    assert {"Dana Pruitt", "Tomas Rivera", "Helen Marsh", "Paul Denning", "Amani Otieno"} <= set(members)


def test_an_office_of_a_field_before_a_name_is_an_occupation_not_part_of_the_name() -> None:
    ext = run(_STORY)
    assert "Paul Denning" in crew(ext, "NS-40")
    assert objects(ext, "occupation", "Paul Denning") & {"head of research", "Head of Research", "head"}


def test_a_home_town_after_a_name_is_no_part_of_it() -> None:
    ext = run(_STORY)
    assert "Dana Pruitt" in crew(ext, "NS-40")
    assert not any("Dayton" in name for name in crew(ext, "NS-40"))

"""A military or service rank written before a person's name is an occupation of that person (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import objects, run


def test_abbreviated_ranks_before_names_are_occupations() -> None:
    ext = run(
        "The Zarya-9 capsule lifted off on Tuesday with Lt. Col. Orin Maddox Pelt and Col. Brandt Okonkwo aboard.\n\n"
        "Also flying was Maj. Teodor Vlasic, while Capt. Selma Rautio watched from the ground.\n\n"
        "Lieut. Comdr. Halvard Brisk and Gen. Anouk Demarest spoke after the launch.\n"
    )
    assert "lieutenant colonel" in objects(ext, "occupation", "Orin Maddox Pelt")
    assert "colonel" in objects(ext, "occupation", "Brandt Okonkwo")
    assert "major" in objects(ext, "occupation", "Teodor Vlasic")
    assert "captain" in objects(ext, "occupation", "Selma Rautio")
    assert "lieutenant commander" in objects(ext, "occupation", "Halvard Brisk")
    assert "general" in objects(ext, "occupation", "Anouk Demarest")


def test_air_force_ranks_written_out_are_occupations_and_the_stated_trade_stays() -> None:
    ext = run(
        "The agency named test pilot Group Captain Ravindra Kolhe and Wing Commander Ishaan Mehru to the crew.\n\n"
        "Squadron Leader Priya Vantara will back them up.\n"
    )
    assert objects(ext, "occupation", "Ravindra Kolhe") >= {"test pilot", "group captain"}
    assert "wing commander" in objects(ext, "occupation", "Ishaan Mehru")
    assert "squadron leader" in objects(ext, "occupation", "Priya Vantara")


def test_a_rank_before_a_surname_alone_is_the_occupation_of_the_person_named_before() -> None:
    ext = run(
        "Astronaut Marlo Quistgaard flew the capsule alone on Friday.\n\nLt. Cmdr. Quistgaard said the view was fine.\n"
    )
    assert "lieutenant commander" in objects(ext, "occupation", "Marlo Quistgaard")


def test_a_rank_is_an_occupation_but_an_honorific_or_commander_alone_is_not() -> None:
    ext = run(
        "Commander Jory Ablewhite and Col. Ines Marrow flew the Zarya-9 capsule, and Dr. Fenna Okafor greeted them.\n\n"
        "Director General Pieter Vosloo, Sen. Marit Hollis and Mr. Oskar Lindqvist watched the launch.\n"
    )
    assert objects(ext, "occupation", "Ines Marrow") == {"colonel"}
    for name in ("Jory Ablewhite", "Fenna Okafor", "Marit Hollis", "Oskar Lindqvist"):
        found = objects(ext, "occupation", name)
        assert not found & {"commander", "doctor", "general", "mister"}, (name, found)
    assert "general" not in objects(ext, "occupation", "Pieter Vosloo")

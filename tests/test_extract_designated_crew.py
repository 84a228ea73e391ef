"""People named (each after a rank) as a flight's astronaut-designates are its crew (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, objects, run


def test_ranked_names_said_to_be_the_astronaut_designates_are_the_crew() -> None:
    ext = run(
        "The agency named the astronaut-designates for its first crewed orbital flight, Vyomyaan-1, on Monday.\n\n"
        "The minister announced Group Captain Ravi Kumar Menon, Group Captain Arjun Varma, Squadron Leader Imran "
        "Qureshi and Wing Commander Dev Shastri will be the astronaut-designates for the mission.\n"
    )
    members = {"Ravi Kumar Menon", "Arjun Varma", "Imran Qureshi", "Dev Shastri"}
    assert crew(ext, "Vyomyaan-1") == {name: {None} for name in members}
    ranks = {"Ravi Kumar Menon": "group captain", "Arjun Varma": "group captain", "Imran Qureshi": "squadron leader"}
    for name in members:
        assert objects(ext, "occupation", name) == {"astronaut-designate", ranks.get(name, "wing commander")}


def test_people_selected_for_a_flight_are_its_crew() -> None:
    ext = run(
        "The agency's next crewed flight, Vyomyaan-2, is due to launch in the spring.\n\n"
        "Colonel Maya Rao and Major Tarun Bhatt have been selected for the flight, the agency said on Friday.\n"
    )
    assert crew(ext, "Vyomyaan-2") == {"Maya Rao": {None}, "Tarun Bhatt": {None}}

"""Passengers named after a dash ('its three American passengers — Aymara Lopez Vidal, A and B — along with C,
Canadian D and New Zealand's E') are the flight's crew, a name of three unknown words included; an attorney is a
trade; 'New Zealand' is nobody (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, run

_STORY = (
    "Blue Origin flies six to the edge of space\n\n"
    "Six people blasted off and rocketed to the edge of space Saturday aboard Blue Origin's New Shepard capsule.\n"
    '"It was a wonderful ride," Chilean attorney Tomas Ibarra, a former judge, said after landing.\n'
    "When the capsule separated, its three American passengers — Aymara Lopez Vidal, Karen Stone and Paul Brody — "
    "along with Ibarra, Canadian Owen Price and New Zealand's Liam Tamaki, began three minutes of weightlessness.\n"
)


def test_passengers_named_after_a_dash_are_crew() -> None:
    members = crew(run(_STORY), "New Shepard crewed flight")
    assert {"Aymara Lopez Vidal", "Karen Stone", "Paul Brody"} <= set(members)


def test_the_people_the_list_goes_on_with_are_crew_too() -> None:
    members = crew(run(_STORY), "New Shepard crewed flight")
    assert {"Tomas Ibarra", "Owen Price", "Liam Tamaki"} <= set(members)


def test_a_country_named_with_a_possessive_is_no_person() -> None:
    ext = run(_STORY)
    assert not any(e.kind == "person" and "Zealand" in e.label for e in ext.entities.values())

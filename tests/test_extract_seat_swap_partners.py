"""The other side of a seat swap ('A's seat was part of a swap with Roscosmos') and the bodies of agreements between
them ('under agreements between NASA and the European Space Agency') take part in the flight (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import facts, run

FLIGHT = "Crew-40 lands\n\nThe Crew-40 capsule splashed down on Tuesday with Ivan Orlov and Mara Quint aboard. "


def _partners(sentence: str) -> set[str]:
    return {org for _, org in facts(run(FLIGHT + sentence + "\n"), "partner")}


def test_the_other_side_of_a_seat_swap() -> None:
    assert "Roscosmos" in _partners("Quint's seat was part of a swap with Roscosmos.")


def test_the_bodies_of_agreements() -> None:
    partners = _partners(
        "Orlov flew under agreements between NASA and the European Space Agency and the Japan Aerospace "
        "Exploration Agency."
    )
    assert "European Space Agency" in partners

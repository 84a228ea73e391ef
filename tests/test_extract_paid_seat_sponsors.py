"""A body told to have paid for someone's seat, ticket or fare ('the Turkish space agency paid for A's seat', 'B
shared the cost of C's flight', 'D agreed to pay $12 million as his fare') sponsors the flight (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import facts, run

FLIGHT = (
    "Axiom Mission 40 docks\n\n"
    "Axiom Mission 40 docked with the station on Tuesday, carrying Ivan Orlov and Mara Quint. "
)


def _sponsors(sentence: str) -> set[str]:
    return {org for _, org in facts(run(FLIGHT + sentence + "\n"), "sponsor")}


def test_an_agency_that_paid_for_a_seat() -> None:
    assert "Polish Space Agency" in _sponsors("The Polish Space Agency paid for Orlov's seat.")


def test_an_agency_that_shared_the_cost_of_a_flight() -> None:
    sponsors = _sponsors(
        "The Polish Space Agency paid for Orlov's seat, while the Danish Space Agency shared the cost of Quint's "
        "flight with the European Space Agency."
    )
    assert {"Polish Space Agency", "Danish Space Agency"} <= sponsors


def test_a_company_that_paid_a_fine_sponsors_nothing() -> None:
    assert "Orbitco" not in _sponsors("Orbitco paid a fine last year for a late report to regulators.")

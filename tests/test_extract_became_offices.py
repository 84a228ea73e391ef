"""The head of a country's office a person is told to have become ('A, an emigre who earlier this year became
president of Chile,') is that person's occupation; the head of a society is not a country's office (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import facts, run


def test_a_country_office_told_in_a_who_clause_is_the_persons_occupation() -> None:
    ext = run(
        "Calls from orbit\n\n"
        'The Soyuz TM-40 crew landed on Monday. "I dreamed of space," Carlos Ibarra, a Chilean emigre who '
        "earlier this year became president of Chile, told the crew.\n"
    )
    assert ("Carlos Ibarra", "president of Chile") in facts(ext, "occupation")


def test_the_head_of_a_society_is_no_office_of_a_country() -> None:
    ext = run(
        "Calls from orbit\n\n"
        "The Soyuz TM-40 crew landed on Monday. Carlos Ibarra, who became president of the Chilean Space Society, "
        "watched the landing.\n"
    )
    assert not any(o.startswith("president of") for _, o in facts(ext, "occupation"))

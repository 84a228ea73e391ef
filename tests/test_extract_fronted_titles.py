"""A title set before a name with a comma ('our chief engineer, A', 'said the Kenyan ambassador to Japan,
B') is that person's occupation, possessive or not; a title a clause ends on before its subject is not (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import objects, run

FLIGHT = "The Soyuz TMA-40 capsule docked with the station on Monday.\n\n"


def test_possessive_title_before_a_name_and_a_comma_is_the_occupation() -> None:
    ext = run(FLIGHT + '"The seal held," said our chief engineer, Tom Briggs.\n')
    assert objects(ext, "occupation", "Tom Briggs") == {"engineer"}


def test_title_of_a_pronoun_before_a_name_is_the_occupation() -> None:
    ext = run(FLIGHT + "The pictures were taken by his production assistant, Mark Dalby, who rode along.\n")
    assert objects(ext, "occupation", "Mark Dalby") == {"production assistant"}


def test_title_with_its_field_after_said_is_the_occupation() -> None:
    ext = run(FLIGHT + '"It was a fine morning," said the Kenyan ambassador to Japan, Peter Ulrich.\n')
    assert objects(ext, "occupation", "Peter Ulrich") == {"ambassador"}


def test_head_of_a_body_opening_the_sentence_is_the_occupation() -> None:
    ext = run(FLIGHT + "The head of the national space programme, Greg Hollis, called for more joint flights.\n")
    assert objects(ext, "occupation", "Greg Hollis") == {"head"}


def test_title_a_clause_ends_on_is_not_the_occupation_of_the_next_subject() -> None:
    ext = run(FLIGHT + "After thanking her production assistant, Jane Holt climbed into the capsule.\n")
    assert objects(ext, "occupation", "Jane Holt") == set()


def test_top_legislator_after_a_name_is_an_occupation() -> None:
    ext = run(FLIGHT + "Ivan Zorin, the country's top legislator, attended the ceremony.\n")
    assert objects(ext, "occupation", "Ivan Zorin") == {"legislator"}


def test_title_in_apposition_after_a_listed_name_is_not_the_next_names() -> None:
    ext = run(
        FLIGHT + "Flying with him were Jane Holt, the firm's vice president of flight operations, Mark Dalby, a "
        "former engineer, and Ivan Zorin.\n"
    )
    assert "vice president" not in objects(ext, "occupation", "Mark Dalby")

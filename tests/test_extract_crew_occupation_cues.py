"""People and crew on unseen wording: occupations opening a name (any case, initials such as 'DJ'), an age
closed by ';', a surname that speaks alone making its full name a person, role nouns standing for the subject."""

from __future__ import annotations

from kg.extract.model import Extraction
from tests.test_extract_support import crew, objects, run


def _people(ext: Extraction) -> set[str]:
    """Return the labels of the people found."""
    return {e.label for e in ext.entities.values() if e.kind == "person"}


def test_a_capitalised_occupation_opening_a_sentence_marks_the_name_after_it() -> None:
    ext = run("Choreographer Lumi Varga and the skier Oskar Brandt were named as reserves.")
    assert "Lumi Varga" in _people(ext)
    assert objects(ext, "occupation", "Lumi Varga") == {"choreographer"}


def test_an_initialism_occupation_before_a_name_is_no_part_of_it() -> None:
    ext = run("The passengers included the Dutch DJ Arno Velt, 39; and a painter.")
    assert "Arno Velt" in _people(ext)
    assert objects(ext, "occupation", "Arno Velt") == {"DJ"}
    assert objects(ext, "age", "Arno Velt") == {"39"}


def test_a_surname_that_speaks_alone_makes_its_full_name_a_person() -> None:
    ext = run(
        "Odalys Quenneville reached orbit on Tuesday aboard the Crew-60 mission. "
        '"It was beautiful," Quenneville said after the flight.'
    )
    assert "Odalys Quenneville" in _people(ext)
    assert "Odalys Quenneville" in crew(ext, "Crew-60")


def test_an_organisation_before_a_speech_verb_makes_no_person() -> None:
    ext = run('The Unity 70 flight landed. "All good," Mission Control Center said, and Kourou Space Center agreed.')
    assert not any("Center" in name for name in _people(ext))


def test_a_role_told_by_a_copula_before_the_name_is_the_persons_role() -> None:
    ext = run("The Crew-61 mission lifted off on Friday. Its pilot is Dara Holm, a former Navy aviator.")
    assert "pilot" in crew(ext, "Crew-61")["Dara Holm"]


def test_a_plural_role_before_a_possessive_employer_covers_the_list() -> None:
    ext = run(
        "The Soyuz MS-40 flight lifted off on Friday. Seated next to him were the flight engineers: "
        "ESA's Marta Lind, 41, and Piotr Zawadzki."
    )
    assert "flight engineer" in crew(ext, "Soyuz MS-40")["Marta Lind"]
    assert "flight engineer" in crew(ext, "Soyuz MS-40")["Piotr Zawadzki"]


def test_a_pronoun_opening_a_sentence_travels_on_another_flight() -> None:
    ext = run(
        "The Soyuz MS-41 crew docked on Friday. Anton Belov once spent a year on Mir. "
        "He returned to Earth on Soyuz TM-30 in 2000."
    )
    assert "Anton Belov" in crew(ext, "Soyuz TM-30")

"""A hard-wrapped page may leave a paragraph's first word alone on its line ('Commander' / 'Dana Holloway flew
...'): the word runs on into the next line, so the crew role it begins is read with the names after it (issue 11)."""

from __future__ import annotations

from kg.extract.sentences import split_sentences
from tests.test_extract_support import crew, run

_WRAPPED = (
    "Atlantis finishes its station work\n\n"
    "STS-140, the fourth flight of the shuttle Atlantis, lifted off on Monday\n"
    "with a crew of four. The crew docked with the station.\n"
    "Commander\n"
    "Dana Holloway flew Atlantis to the station, and\n"
    "the crew moved the new module into place with the arm.\n"
    "Mission\n"
    "Specialists Owen Marsh and Lena Torvik made two spacewalks\n"
    "during the mission.\n"
)


def test_a_role_left_alone_on_its_line_is_the_role_of_the_names_on_the_next() -> None:
    members = crew(run(_WRAPPED), "STS-140")
    assert "commander" in members.get("Dana Holloway", set())
    assert members.get("Owen Marsh") == {"mission specialist"}
    assert members.get("Lena Torvik") == {"mission specialist"}


def test_a_one_word_heading_over_a_line_that_ends_its_sentence_stays_a_line_of_its_own() -> None:
    text = "The crew landed.\nAtlantis\nLands Safely at the Cape\nThe orbiter rolled to a stop at noon.\n"
    lines = [text[s.begin : s.end] for s in split_sentences(text)]
    assert "Atlantis" in lines
    assert "Lands Safely at the Cape" in lines


def test_a_one_word_line_after_a_blank_line_stays_a_heading() -> None:
    text = (
        "The crew landed.\n\nHighlights\n"
        "The crew of four carried out two spacewalks and moved the new module\ninto place.\n"
    )
    lines = [text[s.begin : s.end] for s in split_sentences(text)]
    assert "Highlights" in lines

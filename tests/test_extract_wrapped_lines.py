"""Hard-wrapped text (a newline in the middle of a sentence) is read as whole sentences; lines stay apart
where a line ends a sentence or stands alone (a title)."""

from __future__ import annotations

from kg.extract.sentences import split_sentences
from tests.test_extract_support import objects, run


def test_a_sentence_wrapped_over_lines_keeps_its_launch_site_and_time() -> None:
    ext = run(
        "The space shuttle Columbia blasted off with seven astronauts aboard last night for the\n"
        "space station. Under a clear sky, Columbia lifted off at 7:55\n"
        "p.m. EST from the Kennedy Space Center.\n"
    )
    assert objects(ext, "launch_site", "space shuttle crewed flight") == {"Kennedy Space Center"}
    assert "2021-10-05T19:55:00-05:00" in objects(ext, "launch_date", "space shuttle crewed flight")


def test_wrapped_lines_join_but_a_title_line_stays_its_own_sentence() -> None:
    text = (
        "Columbia lifts off\n"
        "The shuttle lifted off on Monday with seven astronauts aboard, and launch director\n"
        "Mark Gable told the crew good luck.\n"
    )
    sentences = [text[s.begin : s.end] for s in split_sentences(text)]
    assert sentences[0] == "Columbia lifts off"
    assert sentences[1].endswith("good luck.") and len(sentences) == 2

"""Someone's earlier flight told by a pronoun after a sentence about them and a companion of a record
('A is a veteran who, along with fellow cosmonaut B, set a record in 1978. He first flew in 1975 aboard Soyuz 16'):
the flight is A's, and B, who only set the record, is no crew (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, run

_TEXT = (
    "Three cosmonauts rode into space on Tuesday aboard Soyuz T-40, among them engineer Ivan Sidorin. "
    "Sidorin is a 61-year-old veteran who, along "
    "with fellow cosmonaut Boris Tal, in May, 1978, set a world endurance record aboard the Salyut 6 station. He "
    "first went into space in 1975 as a flight engineer aboard Soyuz 16.\n"
)


def test_a_companion_in_setting_a_record_is_no_crew() -> None:
    ext = run(_TEXT)
    assert "Boris Tal" not in crew(ext, "Soyuz T-40")
    assert "Boris Tal" not in crew(ext, "Soyuz 16")


def test_the_earlier_flight_told_by_a_pronoun_is_the_sentence_subjects() -> None:
    assert "Ivan Sidorin" in crew(run(_TEXT), "Soyuz 16")

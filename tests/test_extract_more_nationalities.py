"""Nationality adjectives of more countries ('Kenyan', 'Portuguese', 'Cuban') before a trade and a name give the
person's nationality (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import objects, run


def test_less_common_nationalities_before_a_trade_are_read() -> None:
    ext = run(
        "Soyuz MS-41 lifted off on Friday carrying Portuguese engineer Rui Almeida, Kenyan pilot Amani Otieno "
        "and Cuban cosmonaut Luis Ferrer.\n"
    )
    assert objects(ext, "nationality", "Rui Almeida") == {"Portuguese"}
    assert objects(ext, "nationality", "Amani Otieno") == {"Kenyan"}
    assert objects(ext, "nationality", "Luis Ferrer") == {"Cuban"}

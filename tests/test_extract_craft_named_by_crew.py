"""A capsule 'named Freedom by the crew' is named Freedom: who gave the name is no part of it."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run


def test_a_capsule_named_by_its_crew_keeps_only_its_name() -> None:
    ext = run(
        "Crew-40 lifted off today. It launched in a new Dragon spacecraft, named Liberty by the crew, and a "
        "Falcon 9 booster flying its third mission.",
        date(2026, 5, 6),
    )
    assert objects(ext, "spacecraft", "Crew-40") == {"Liberty"}

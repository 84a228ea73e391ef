"""People a capsule brought back, listed with a plural nationality before some ('and Russians A and B') (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, run


def test_everyone_the_capsule_brought_back_is_crew() -> None:
    ext = run(
        "The Soyuz MS-40 capsule landed in Kazakhstan on Friday.\n\n"
        "The cramped capsule brought veteran NASA astronaut Dana Kirk and Russians Oleg Petrov and Ivan Sokolov "
        "back to Earth after six months aboard the station.\n"
    )
    assert set(crew(ext, "Soyuz MS-40")) == {"Dana Kirk", "Oleg Petrov", "Ivan Sokolov"}

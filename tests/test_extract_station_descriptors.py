"""A station named after a descriptor ('dock with space lab <Name>') is the destination (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import facts, run


def test_dock_with_space_lab_name_is_the_destination() -> None:
    ext = run(
        "China has launched the Shenzhou-31 spacecraft with two taikonauts on board. "
        "The spacecraft will dock with space lab Tiangong1 within two days.\n"
    )
    assert {label for _, label in facts(ext, "destination")} & {"Tiangong1", "Tiangong-1"}

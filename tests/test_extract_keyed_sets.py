"""Every keyed set of articles in tests/data keeps its competency-question score (an F1 regression fails here)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.competency_scorer import keyed_articles, score_folder

DATA = Path(__file__).parent / "data"

# F1 of each set when this floor was last raised, less a small margin for harmless shifts.
MARGIN = 0.03
MEASURED_F1 = {
    "articles": 1.000,
    "heldout": 0.990,
    "heldout2": 0.900,
    "heldout3": 0.915,
    "heldout4": 0.952,
    "heldout5": 0.970,
    "heldout6": 0.955,
    "heldout7": 0.929,
    "heldout8": 0.904,
    "heldout9": 0.929,
    "heldout10": 0.977,
    "heldout11": 0.937,
    "heldout12": 0.958,
}


def keyed_sets() -> list[str]:
    """Return the folders of tests/data that hold at least one article with an answer key."""
    return sorted(p.name for p in DATA.iterdir() if p.is_dir() and keyed_articles(p))


def test_every_keyed_set_has_a_floor() -> None:
    assert set(keyed_sets()) == set(MEASURED_F1)


@pytest.mark.parametrize("name", sorted(MEASURED_F1))
def test_keyed_set_scores_above_its_floor(name: str) -> None:
    total, scores = score_folder(DATA / name)
    precision, recall, f1 = total.prf()
    per_article = ", ".join(f"{s.name} {s.tally.prf()[2]:.2f}" for s in scores)
    assert f1 >= MEASURED_F1[name] - MARGIN, (
        f"{name}: F1 {f1:.3f} (P {precision:.3f}, R {recall:.3f}) fell below {MEASURED_F1[name] - MARGIN:.3f}; "
        f"per article: {per_article}"
    )

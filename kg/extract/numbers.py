"""Reading numbers written as digits or words ("12", "twelve", "six and a half", "200 million")."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.resources import get_resources


@lru_cache(maxsize=1)
def number_pattern() -> str:
    """Return a regex fragment (no groups) matching a number in digits or words."""
    lexicon = get_resources().lexicon
    words = sorted(set(lexicon["number_words"]) - {"a", "an"}, key=lambda w: (-len(w), w))
    word = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    scale = "|".join(sorted(lexicon["scale_words"], key=len, reverse=True))
    compound = rf"(?:{word})\s+hundred(?:\s+and)?(?:\s+(?:{word})(?:[\s-](?:{word}))?)?"
    # At most six groups of thousands (below 10**21): an unbounded run made every start in a long row of
    # '000,000,...' read to its end, so a sentence of them cost the square of its length.
    simple = rf"(?:\d{{1,3}}(?:,\d{{3}}){{1,6}}|\d+(?:\.\d+)?|{compound}|(?:{word})(?:[\s-](?:{word}))?|an?)"
    half = r"(?:[\s-]and[\s-]a[\s-]half)?"
    return rf"{simple}{half}(?:\s+(?:{scale}))?{half}"


def parse_number(text: str) -> float | None:
    """Return the value of a number written in digits or words, or None if it is not one."""
    lexicon = get_resources().lexicon
    words = lexicon["number_words"]
    scales = lexicon["scale_words"]
    cleaned = " ".join(text.lower().replace("-", " ").split())
    half = 0.0
    if cleaned.endswith(" and a half"):
        cleaned = cleaned[: -len(" and a half")]
        half = 0.5
    scale = 1
    for name, factor in scales.items():
        if cleaned.endswith(" " + name):
            cleaned = cleaned[: -len(name) - 1]
            scale = factor
            break
    if cleaned.endswith(" and a half"):
        cleaned = cleaned[: -len(" and a half")]
        half = 0.5
    value: float
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?", cleaned):
        value = float(cleaned.replace(",", ""))
    elif cleaned in words:
        value = float(words[cleaned])
    elif " hundred" in cleaned:
        value = _hundreds(cleaned, words)
        if value < 0:
            return None
    else:
        parts = cleaned.split()
        if len(parts) == 2 and all(p in words for p in parts) and words[parts[0]] >= 20 and words[parts[1]] < 10:
            value = float(words[parts[0]] + words[parts[1]])
        else:
            return None
    return (value + half) * scale


def _hundreds(cleaned: str, words: dict[str, int]) -> float:
    """Return the value of 'one hundred and ninety four' (-1 when it is not such a number)."""
    head, _, tail = cleaned.partition(" hundred")
    if head not in words or not 1 <= words[head] <= 9:
        return -1
    rest = [w for w in tail.split() if w != "and"]
    if any(w not in words for w in rest) or len(rest) > 2:
        return -1
    return float(words[head] * 100 + sum(words[w] for w in rest))

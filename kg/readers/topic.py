"""Which pages are for us: English, and about spaceflight."""

from __future__ import annotations

import re

_WORD = re.compile(r"[A-Za-z]+")
_ENGLISH = frozenset(
    [
        "the",
        "and",
        "of",
        "to",
        "in",
        "a",
        "is",
        "was",
        "for",
        "on",
        "with",
        "that",
        "by",
        "from",
        "at",
        "as",
        "it",
        "his",
        "her",
        "their",
        "will",
        "has",
        "have",
    ]
)
_SPACE = frozenset(
    [
        "space",
        "spaceflight",
        "spacecraft",
        "spaceship",
        "spacewalk",
        "orbit",
        "orbital",
        "astronaut",
        "astronauts",
        "cosmonaut",
        "cosmonauts",
        "taikonaut",
        "taikonauts",
        "rocket",
        "rockets",
        "launch",
        "launched",
        "launches",
        "capsule",
        "station",
        "iss",
        "nasa",
        "roscosmos",
        "esa",
        "jaxa",
        "spacex",
        "soyuz",
        "dragon",
        "starliner",
        "shepard",
        "tiangong",
        "shenzhou",
        "artemis",
        "apollo",
        "moon",
        "lunar",
        "mars",
        "cosmodrome",
        "crew",
        "crewed",
        "docking",
        "docked",
        "splashdown",
    ]
)


def language_problem(text: str, declared: str | None) -> str | None:
    """Why `text` is not taken as English (its declared language, or its words), or None if it is."""
    if declared:
        primary = declared.strip().lower().replace("_", "-").split("-")[0]
        if primary and primary != "en":
            return f"not English (language {declared!r})"
        return None
    words = [w.lower() for w in _WORD.findall(text[:5000])]
    if len(words) < 20:
        return None
    common = sum(1 for w in words if w in _ENGLISH)
    return None if common / len(words) >= 0.08 else "not English (too few common English words)"


def topic_problem(text: str) -> str | None:
    """Why `text` is taken as off-topic (no word of spaceflight at all), or None if it may be about it."""
    words = {w.lower() for w in _WORD.findall(text)}
    return None if len(words & _SPACE) >= 2 else "off-topic (not about spaceflight)"

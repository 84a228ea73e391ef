"""Text as the rules read it: look-alike letters of other scripts and compatibility forms read as Latin.

A spun copy writes English words with letters of other scripts drawn like Latin ones ('Qіngmіng' with a
Cyrillic і) or in full-width forms. The rules match on a reading of the text in which each such character
is the Latin one it stands for, one character for one, so that every offset found in the reading points at
the same place of the original text, and evidence quotes the original letters.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import lru_cache

from kg.extract.model import Article
from kg.extract.resources import load_json

# Superscripts, subscripts and fractions carry a meaning of their own ('km²', a footnote's ¹): they stay.
_KEPT_COMPATIBILITY = ("<super>", "<sub>", "<fraction>")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_WORD = re.compile(r"[^\W\d_]+")


def readable_article(article: Article) -> Article:
    """Return the article with its text as the rules read it (the same length; the article itself if unchanged)."""
    text = readable_text(article.text)
    return article if text == article.text else replace(article, text=text)


def readable_text(text: str) -> str:
    """Return `text` with look-alike and compatibility characters read as the Latin ones they stand for."""
    if text.isascii():
        return text
    chars = list(text)
    for other in _NON_ASCII.finditer(text):
        chars[other.start()] = _compatible(other.group(0))
    confusables = _confusables()
    for word in _WORD.finditer(text):
        if word.group(0).isascii():
            continue
        letters = chars[word.start() : word.end()]
        # A word of another script is read as Latin only when it mixes in Latin letters or every letter of
        # it is a look-alike: 'Сергей' keeps its Cyrillic, 'Sоyuz' with a Cyrillic о does not.
        if any(c.isascii() for c in letters) or all(c in confusables for c in letters):
            chars[word.start() : word.end()] = [confusables.get(c, c) for c in letters]
    for other in _NON_ASCII.finditer(text):
        char = chars[other.start()]
        if char in confusables and not char.isalpha():
            chars[other.start()] = confusables[char]
    return "".join(chars)


@lru_cache(maxsize=4096)
def _compatible(char: str) -> str:
    """Return the NFKC form of a character when that is one character ('Ａ' is 'A'), else the character."""
    if char.isascii():
        return char
    if unicodedata.decomposition(char).startswith(_KEPT_COMPATIBILITY):
        return char
    normal = unicodedata.normalize("NFKC", char)
    return normal if len(normal) == 1 else char


@lru_cache(maxsize=1)
def _confusables() -> dict[str, str]:
    """Return the look-alike characters (data/confusables.json) mapped to what they are read as."""
    named: dict[str, str] = load_json("confusables.json")["characters"]
    return {unicodedata.lookup(name): latin for name, latin in named.items()}

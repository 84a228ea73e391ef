"""Names of entities compared as the identity reconciliation compares them: normalized, aliased, numbered.

Each name's forms (normalized, canonical, its designators, its numerals in Arabic digits) are worked
out once in `NameForms`; comparing two names then only compares those forms, and a known entity's
forms serve every article that names it again.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz

# Spellings of the same given name or word, mapped to one form (transliterations of Russian names vary).
TOKEN_ALIASES: dict[str, str] = {
    "yulia": "julia",
    "iulia": "julia",
    "yuliya": "julia",
    "pyotr": "petr",
    "pet": "petr",
    "piotr": "petr",
    "sergei": "sergey",
    "aleksandr": "alexander",
    "alexandr": "alexander",
    "aleksei": "alexey",
    "alexei": "alexey",
    "andrei": "andrey",
    "dmitri": "dmitry",
    "dmitriy": "dmitry",
    "yuri": "yury",
    "yuriy": "yury",
    "evgeny": "yevgeny",
    "novitskiy": "novitsky",
    "novitskii": "novitsky",
    "centre": "center",
}
# Whole names that denote the same thing.
NAME_ALIASES: dict[str, str] = {
    "iss": "international space station",
    "space x": "spacex",
    "cmsa": "china manned space agency",
    "nasa": "national aeronautics and space administration",
    "esa": "european space agency",
    "ksc": "kennedy space center",
    "lc 39a": "launch complex 39a",
    "cz 2f": "long march 2f",
    "long march2f": "long march 2f",
    "tiangong space station": "tiangong",
    "baikonur": "baikonur cosmodrome",
}
FUZZY_THRESHOLD = 90.0
PERSON_THRESHOLD = 88.0
MIN_FUZZY_LENGTH = 6
MIN_SUBSET_WORDS = 3
# Roman numerals up to 39 (XXXIX) from I, V and X only: flights are numbered no higher, and L, C, D and M
# alone are more often a person's initial than a number.
_ROMAN = re.compile(r"(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})")
_ROMAN_LETTERS = {"i": 1, "v": 5, "x": 10}


@dataclass(frozen=True)
class NameForms:
    """The forms of one name that comparing it needs, worked out once."""

    name: str
    norm: str
    norm_flat: str
    canon: str
    canon_flat: str
    designators: tuple[str, ...]
    numbered: str  # the canonical name with its Roman numerals in Arabic digits
    numbered_flat: str
    numbered_words: frozenset[str]

    @classmethod
    def of(cls, name: str, *, person: bool) -> NameForms:
        """The forms of `name`, read as a person's name when `person`."""
        norm, canon = normalize(name), canonical(name)
        numbered = _with_numbers(canon, person=person)
        return cls(
            name,
            norm,
            norm.replace(" ", ""),
            canon,
            canon.replace(" ", ""),
            tuple(designators(name, person=person)),
            numbered,
            numbered.replace(" ", ""),
            frozenset(numbered.split()),
        )


def compare_names(new: list[str], known: list[str], *, person: bool) -> tuple[str, float, str] | None:
    """Return (method, score, the new spelling) if any new name matches any known name, the best one."""
    return compare_forms(
        [NameForms.of(a, person=person) for a in new], [NameForms.of(b, person=person) for b in known], person=person
    )


def compare_forms(new: list[NameForms], known: list[NameForms], *, person: bool) -> tuple[str, float, str] | None:
    """`compare_names` on the names' forms."""
    best: tuple[str, float, str] | None = None
    for a in new:
        for b in known:
            found = _compare(a, b, person=person)
            if found and (best is None or found[1] > best[1]):
                best = (found[0], found[1], a.name)
    return best


def normalize(name: str) -> str:
    """Lowercase ASCII words of a name, without possessives, punctuation or a leading 'the'."""
    folded = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    text = re.sub(r"['\u2019]s\b", "", text)
    text = re.sub(r"[^0-9a-z]+", " ", text).strip()
    return re.sub(r"^the ", "", text)


def canonical(name: str) -> str:
    """The normalized name with alias tokens and whole-name aliases replaced by one form."""
    text = " ".join(TOKEN_ALIASES.get(t, t) for t in normalize(name).split())
    return NAME_ALIASES.get(text, NAME_ALIASES.get(text.replace(" ", ""), text))


def designators(name: str, *, person: bool = False) -> list[str]:
    """The parts of a name that must agree exactly: numbers (Roman ones in Arabic), letters fused to them, codes."""
    tokens = normalize(name).split()
    parts: list[str] = []
    for i, token in enumerate(tokens):
        numeral = _numeral_at(tokens, i, person=person)
        if numeral is not None:
            parts.append(str(numeral))
            continue
        if not re.search(r"\d", token):
            continue
        if i > 0 and len(tokens[i - 1]) <= 3 and tokens[i - 1].isalpha():
            parts.append(tokens[i - 1])
        for run in re.findall(r"\d+|[a-z]+", token):
            if run.isdigit() or len(run) <= 2:
                parts.append(run)
    return parts


def roman_value(token: str) -> int | None:
    """The number a lowercase Roman numeral of I, V and X stands for (1 to 39), or None if it is not one."""
    if not _ROMAN.fullmatch(token):
        return None
    total, largest = 0, 0
    for letter in reversed(token):
        value = _ROMAN_LETTERS[letter]
        total += value if value >= largest else -value
        largest = max(largest, value)
    return total


def _numeral_at(tokens: list[str], i: int, *, person: bool) -> int | None:
    """The number that token `i` of a name stands for if it is a Roman numeral there, else None."""
    token = tokens[i]
    if i == 0 or (value := roman_value(token)) is None:
        return None  # a name does not start with its numeral; "XI" or "Vi" opening a name is a word
    last = i == len(tokens) - 1
    if not last and re.search(r"\d", tokens[i + 1]):
        return None  # a code before a number, as the X of "Boeing X-37"
    if person and len(token) == 1 and not last:
        return None  # a middle initial, as the V of "Michael V. Smith"
    return value


def _with_numbers(canon: str, *, person: bool) -> str:
    """The canonical name with its Roman numerals written in Arabic digits: "shenzhou v" -> "shenzhou 5"."""
    tokens = canon.split()
    numerals = [_numeral_at(tokens, i, person=person) for i in range(len(tokens))]
    return " ".join(token if n is None else str(n) for token, n in zip(tokens, numerals, strict=True))


def _compare(a: NameForms, b: NameForms, *, person: bool) -> tuple[str, float] | None:
    if not a.norm or not b.norm:
        return None
    if a.norm == b.norm or a.norm_flat == b.norm_flat:
        return ("exact", 100.0)
    if a.canon == b.canon or a.canon_flat == b.canon_flat:
        return ("alias", 99.0)
    if a.designators != b.designators:
        return None
    if a.numbered == b.numbered or a.numbered_flat == b.numbered_flat:
        return ("alias", 99.0)  # the same designator, once in Roman and once in Arabic numerals
    if person:
        return _compare_people(a.numbered, b.numbered)
    ta, tb = a.numbered_words, b.numbered_words
    if (ta <= tb or tb <= ta) and (a.designators or min(len(ta), len(tb)) >= MIN_SUBSET_WORDS):
        # One name inside the other: "MS-19" in "Soyuz MS-19" (same designator), "Kennedy Space Center"
        # in "NASA's Kennedy Space Center"; two-word names ("Space Center") are too vague for this.
        return ("fuzzy", float(FUZZY_THRESHOLD))
    if min(len(a.numbered), len(b.numbered)) < MIN_FUZZY_LENGTH:
        return None
    score = fuzz.ratio(a.numbered, b.numbered)
    if score >= FUZZY_THRESHOLD:
        return ("fuzzy", round(score, 1))
    return None


def _compare_people(ca: str, cb: str) -> tuple[str, float] | None:
    ta, tb = ca.split(), cb.split()
    if len(ta) == 1 and len(tb) > 1 and ta[0] == tb[-1]:
        return ("surname", 85.0)
    if len(ta) < 2 or len(tb) < 2:
        return None
    given = fuzz.ratio(ta[0], tb[0])
    family = fuzz.ratio(ta[-1], tb[-1])
    whole = fuzz.ratio(ca, cb)
    if given >= 80 and family >= 85 and whole >= PERSON_THRESHOLD:
        return ("fuzzy", round(whole, 1))
    return None

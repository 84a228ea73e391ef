"""The extractor's data (gazetteers and word lists in kg/extract/data/*.json), loaded and compiled once."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class GazetteerEntry:
    """One named thing: its kind, preferred label, other spellings and extra attributes."""

    kind: str
    label: str
    aliases: tuple[str, ...]
    attrs: dict[str, Any]


@dataclass(frozen=True)
class Resources:
    """All data the rules use, with the regular expressions compiled from it."""

    entries: tuple[GazetteerEntry, ...]
    by_surface: dict[str, GazetteerEntry]
    gazetteer_re: re.Pattern[str]
    lexicon: dict[str, Any]
    names: dict[str, Any]
    person_aliases: dict[str, tuple[str, ...]]
    occupation_re: re.Pattern[str]
    crew_role_re: re.Pattern[str]
    nationality_re: re.Pattern[str]
    countries: frozenset[str]


def load_json(name: str) -> dict[str, Any]:
    """Return the parsed JSON data file `name` from kg/extract/data/."""
    text = resources.files("kg.extract").joinpath("data", name).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@dataclass(frozen=True)
class PatternEntry:
    """One line of a JSON Lines pattern file: a regex, the rule that reads it and what a match states."""

    id: str
    rule: str
    regex: re.Pattern[str]
    note: str = ""
    # For a table of patterns read in order by one rule: the table, the predicate a match states, the evidence id.
    group: str = ""
    predicate: str = ""
    evidence: str = ""


# One entry per pattern file: a handful of files, read once per process.
@lru_cache(maxsize=32)
def load_pattern_entries(name: str) -> tuple[PatternEntry, ...]:
    """Return the lines of the JSON Lines pattern file `name` in kg/extract/data/, compiled, in file order.

    Each line is {"id", "rule" (the registered rule that reads it), "regex", "flags" (re flag names), "note"},
    and in a table also "group", "predicate" and "evidence".
    """
    text = resources.files("kg.extract").joinpath("data", name).read_text(encoding="utf-8")
    entries: list[PatternEntry] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        data = json.loads(line)
        flags = 0
        for flag in data.pop("flags", ()):
            flags |= re.RegexFlag[flag]
        if any(entry.id == data["id"] for entry in entries):
            raise ValueError(f"{name} line {number}: pattern id {data['id']!r} given twice")
        entries.append(PatternEntry(regex=re.compile(data.pop("regex"), flags), **data))
    return tuple(entries)


@lru_cache(maxsize=32)
def load_patterns(name: str) -> dict[str, re.Pattern[str]]:
    """Return the patterns of the JSON Lines file `name` in kg/extract/data/, compiled, by id."""
    return {entry.id: entry.regex for entry in load_pattern_entries(name)}


def pattern_reader(name: str) -> Callable[[str], re.Pattern[str]]:
    """Return a function giving the compiled patterns of the JSON Lines file `name` by id (the file is read once)."""

    def pattern(pattern_id: str) -> re.Pattern[str]:
        """Return the compiled pattern `pattern_id` of the file."""
        return load_patterns(name)[pattern_id]

    return pattern


def compile_alternation(phrases: list[str], flags: int = 0) -> re.Pattern[str]:
    """Return a regex matching any phrase as whole words, longest phrase first."""
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)
    return re.compile(rf"(?<![\w@-])(?:{body})(?![\w-]|\.\w)", flags)


@lru_cache(maxsize=1)
def get_resources() -> Resources:
    """Return the loaded, compiled resources (loaded once per process: the data never changes)."""
    gazetteer = load_json("gazetteer.json")
    lexicon = load_json("lexicon.json")
    for table in ("occupations", "crew_roles"):
        lexicon[table] = {**{plural(k): v for k, v in lexicon[table].items()}, **lexicon[table]}
    names = load_json("names.json")
    entries = tuple(
        GazetteerEntry(e["kind"], e["label"], tuple(e.get("aliases", [])), dict(e.get("attrs", {})))
        for e in gazetteer["entries"]
    )
    by_surface: dict[str, GazetteerEntry] = {}
    for entry in entries:
        for surface in (entry.label, *entry.aliases):
            by_surface.setdefault(normalize_space(surface), entry)
    person_aliases: dict[str, tuple[str, ...]] = {}
    for group in names["aliases"]:
        for spelling in group:
            person_aliases[fold(spelling)] = tuple(group)
    return Resources(
        entries=entries,
        by_surface=by_surface,
        gazetteer_re=compile_alternation(list(by_surface)),
        lexicon=lexicon,
        names=names,
        person_aliases=person_aliases,
        occupation_re=_compound_trade_re(list(lexicon["occupations"])),
        crew_role_re=compile_alternation(list(lexicon["crew_roles"]), re.IGNORECASE),
        nationality_re=compile_alternation(list(lexicon["nationalities"])),
        countries=frozenset(lexicon["nationalities"].values()),
    )


def _compound_trade_re(trades: list[str]) -> re.Pattern[str]:
    """Return the regex of a trade, which one-word trade joined by a hyphen may open ('reporter-cosmonaut')."""
    whole = compile_alternation(trades, re.IGNORECASE).pattern
    words = "|".join(re.escape(t) for t in sorted({t for t in trades if t.isalpha()}, key=lambda t: (-len(t), t)))
    return re.compile(whole.replace("(?:", f"(?:(?:{words})-)?(?:", 1), re.IGNORECASE)


def plural(phrase: str) -> str:
    """Return the plural of an English noun phrase ('actress' -> 'actresses', 'pilot' -> 'pilots')."""
    if phrase.endswith(("s", "sh", "ch", "x")):
        return phrase + "es"
    if phrase.endswith("man"):
        return phrase[:-3] + "men"
    return phrase + "s"


def normalize_space(text: str) -> str:
    """Return `text` with runs of whitespace collapsed to one space."""
    return " ".join(text.split())


def fold(text: str) -> str:
    """Return a case- and accent-insensitive form of `text` for comparing names."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    # A name in another script has no ASCII letters: it compares by its own letters, not as "" (equal to all).
    return re.sub(r"[^0-9a-z]+", " ", bare).strip() or " ".join(re.findall(r"[^\W_]+", bare))


@lru_cache(maxsize=64)
def lexicon_re(key: str, ignore_case: bool = True) -> re.Pattern[str]:
    """Return a whole-word regex for the phrases of lexicon list or mapping `key`."""
    lexicon = get_resources().lexicon
    flags = re.IGNORECASE if ignore_case else 0
    pattern = compile_alternation(list(lexicon[key]), flags)
    extra = lexicon.get(f"{key}_patterns")
    if not extra:
        return pattern
    # Phrases that need context to count ('left' a launch pad, not 'left' a job) are regexes.
    return re.compile(f"{pattern.pattern}|" + "|".join(f"(?:{p})" for p in extra), flags)


@lru_cache(maxsize=1)
def name_patterns() -> dict[str, list[tuple[dict[str, Any], re.Pattern[str]]]]:
    """Return the shape patterns of patterns.json, compiled."""
    data = load_json("patterns.json")
    return {
        group: [(spec, re.compile(spec["regex"])) for spec in data[group]]
        for group in ("missions", "crafts", "orgs", "places")
    } | {"_stop": [({"words": data["craft_name_stop"]}, re.compile(""))]}


@lru_cache(maxsize=1)
def name_word_sets() -> dict[str, frozenset[str]]:
    """Return the word sets the matchers test every sentence's words against, built once."""
    res = get_resources()
    names = res.names
    nationalities = frozenset(res.lexicon["nationalities"])
    return {
        "not_flight": nationalities | {"Russian", "Chinese", "first", "First", "The"},
        "not_craft": frozenset(name_patterns()["_stop"][0][0]["words"]),
        "family_first": frozenset(names["family_first"]),
        "particles": frozenset(names["particles"]),
        "name_suffixes": frozenset(names["name_suffixes"]),
        # A plural nationality is a people, not a name ("Russians Oleg Kononenko and Nikolai Chub").
        "not_names": frozenset(names["not_names"]) | nationalities | {f"{n}s" for n in nationalities},
    }


@lru_cache(maxsize=1)
def craft_names() -> tuple[dict[str, Any], ...]:
    """Return the names of single craft that articles also use for their flight (gazetteer.json 'craft_names')."""
    return tuple(load_json("gazetteer.json")["craft_names"])

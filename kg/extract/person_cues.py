"""Context cues that mark a run of capitalised words as a person: a title before it, an occupation, a crew
role or an age beside it, a country's possessive before it."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.resources import get_resources, pattern_reader

_pattern = pattern_reader("person_names.jsonl")


# Titles and ranks written before a name: they make the words after them a person and are not part of it.
TITLE_WORDS = re.compile(
    r"Prime|Premier|Minister|President|Vice|Senator|Governor|Mayor|King|Queen|Prince|Princess|Sheikh|Emir|Pope|"
    r"Chancellor|General|Lieutenant|Major|Colonel|Captain|Group|Wing|Squadron|Flight|Leader|Commander|Cmdr\.?|Cdr\.?|Admiral|"
    r"Rear|Brigadier|Sergeant|Private|Corporal|Professor|Prof\.|Dr\.?|Sir|Dame|Lord|Lady|Chairman|Chairwoman|"
    r"Administrator|Chief|Secretary|Ambassador|Judge|Justice|Rev\.?|Father|Sister|Brother|Crown|Deputy|"
    r"Lieut\.|Comdr\.|Capt\.|Col\.|Maj\.|Lt\.|Gen\.|Sen\.|Sgt\.|Adm\.|Miss|Mrs\.?|Ms\.?|Mr\.?"
)


@lru_cache(maxsize=1)
def _occupation_before_re() -> re.Pattern[str]:
    """Return the pattern of a lower-case occupation right before a name ('French brewer X', 'retired accountant Y')."""
    words = sorted(get_resources().lexicon["occupations"], key=len, reverse=True)
    # Case-blind: a sentence may open with the occupation ('Snowboarder X and ...').
    return re.compile(r"(?:^|[^\w'’-])(?:" + "|".join(re.escape(w) for w in words) + r")\s+$", re.I)


@lru_cache(maxsize=1)
def _occupation_after_re() -> re.Pattern[str]:
    """Return the pattern of a lower-case occupation noun right after a capitalised run ('Air Force major')."""
    words = sorted(get_resources().lexicon["occupations"], key=len, reverse=True)
    return re.compile(r"\s+(?-i:(?:" + "|".join(re.escape(w) for w in words if w.islower()) + r"))s?\b")


@lru_cache(maxsize=1)
def _country_possessive_re() -> re.Pattern[str]:
    """Return the pattern of a country's possessive right before a name ('Hungary's X'), which marks X as a person."""
    countries = sorted(set(get_resources().lexicon["nationalities"].values()), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(c) for c in countries) + r")(?:['’]s|(?<=s)['’])\s+$")


def find_person_cue(sentence: str, begin: int, end: int) -> str | None:
    """Return the name of a context cue saying that sentence[begin:end] names a person, if any."""
    # 'the 35-year-old Air Force major': capitalised words before a trade noun modify it and name no one.
    trade = re.match(r"\s+([a-z]+)\b", sentence[end : end + 40])
    if _occupation_after_re().match(sentence[end : end + 40]) or (
        trade and f"{sentence[begin:end]} {trade.group(1)}".lower() in get_resources().lexicon["occupations"]
    ):
        return None
    if _pattern("cue_after").match(sentence[end : end + 40]):
        return "cue_after"
    # 'A, Mission Specialist' closing a line or a clause: the crew role names A's place on a flight.
    role_after = re.match(r",\s+(?:the\s+)?", sentence[end : end + 8])
    if role_after and _role_clause_end(sentence, end + role_after.end()):
        return "cue_role_after"
    apposition = _pattern("occupation_apposition").match(sentence[end : end + 80])
    if apposition and get_resources().occupation_re.search(apposition.group(1)):
        return "cue_apposition"
    if _pattern("cue_before").search(sentence[max(0, begin - 30) : begin]):
        return None if _pattern("name_of_body_after_and").search(sentence[max(0, begin - 60) : begin]) else "cue_before"
    occupation = _occupation_before_re().search(sentence[max(0, begin - 40) : begin])
    if occupation and occupation.group(0).strip().lower() not in get_resources().lexicon["crew_roles"]:
        return "cue_occupation"
    if _country_possessive_re().search(sentence[max(0, begin - 40) : begin]):
        return "cue_country"
    if re.search(r"\d{1,3}-year-old\s+(?:\w+\s+){0,2}$", sentence[max(0, begin - 40) : begin]):
        return "cue_age"
    return None


def _role_clause_end(sentence: str, start: int) -> bool:
    """Tell whether a crew role stands at `start` and ends the clause ('..., Payload Specialist' then ',')."""
    role = get_resources().crew_role_re.match(sentence, start)
    return role is not None and re.match(r"\s*(?:[,;.)]|$)", sentence[role.end() :]) is not None

"""Countries, and the capitals and seats of government that stand for them, as speakers.

"China said", "Frankreich teilte mit", "Moscú aseguró", "the Kremlin said": the speaker is
a state, and schema.org types a claim's author as an Organization then, not a Person.
Country names come from the Unicode CLDR through Babel, in the everyday form each language
uses ("Russia", "Russland", "Rusia"; not "Russian Federation"); the short and older forms
newsrooms still write ("the US", "Britain", "EE UU", "Holland") and the capitals and
buildings used for governments ("Beijing", "Downing Street", "la Moncloa") are listed here.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Country names that are as often a person's: "Jordan said" is as likely Jim Jordan.
_ALSO_PEOPLE = frozenset(["jordan", "chad", "georgia"])

# CLDR regions that are no place a government speaks for ("Unknown Region", "Outlying
# Oceania", "Eurozone", "Pseudo-Accents", "Pseudo-Bidi").
_NOT_SPEAKERS = frozenset(["ZZ", "QO", "EZ", "XA", "XB"])

_EXTRA: dict[str, tuple[str, ...]] = {
    "en": (
        "us",
        "u.s.",
        "usa",
        "u.s.a.",
        "america",
        "uk",
        "u.k.",
        "britain",
        "great britain",
        "turkey",
        "czech republic",
        "ivory coast",
        "burma",
        "holland",
        "hong kong",
        "palestine",
        "congo",
        "vatican",
        "washington",
        "moscow",
        "beijing",
        "kyiv",
        "kiev",
        "berlin",
        "paris",
        "london",
        "brussels",
        "tokyo",
        "tehran",
        "ankara",
        "pyongyang",
        "seoul",
        "taipei",
        "jerusalem",
        "new delhi",
        "islamabad",
        "riyadh",
        "cairo",
        "rome",
        "madrid",
        "warsaw",
        "budapest",
        "minsk",
        "havana",
        "caracas",
        "ottawa",
        "canberra",
        "kremlin",
        "downing street",
        "number 10",
        "no 10",
        "whitehall",
        "élysée",
        "elysee",
        "élysée palace",
        "pentagon",
    ),
    "de": (
        "usa",
        "us",
        "amerika",
        "großbritannien",
        "england",
        "holland",
        "tschechische republik",
        "elfenbeinküste",
        "birma",
        "hongkong",
        "palästina",
        "kongo",
        "vatikan",
        "washington",
        "moskau",
        "peking",
        "kiew",
        "berlin",
        "paris",
        "london",
        "brüssel",
        "tokio",
        "teheran",
        "ankara",
        "pjöngjang",
        "seoul",
        "taipeh",
        "jerusalem",
        "neu-delhi",
        "riad",
        "kairo",
        "rom",
        "madrid",
        "warschau",
        "budapest",
        "minsk",
        "havanna",
        "wien",
        "bern",
        "kreml",
        "élysée",
        "élysée-palast",
        "elysee",
        "pentagon",
        "kanzleramt",
    ),
    "es": (
        "ee uu",
        "ee. uu.",
        "eeuu",
        "eua",
        "usa",
        "gran bretaña",
        "inglaterra",
        "holanda",
        "república checa",
        "costa de marfil",
        "birmania",
        "hong kong",
        "palestina",
        "vaticano",
        "washington",
        "moscú",
        "pekín",
        "beijing",
        "kiev",
        "berlín",
        "parís",
        "londres",
        "bruselas",
        "tokio",
        "teherán",
        "ankara",
        "pionyang",
        "seúl",
        "taipéi",
        "jerusalén",
        "nueva delhi",
        "riad",
        "el cairo",
        "roma",
        "madrid",
        "varsovia",
        "budapest",
        "minsk",
        "la habana",
        "caracas",
        "kremlin",
        "moncloa",
        "elíseo",
        "pentágono",
        "casa rosada",
        "palacio nacional",
        "miraflores",
    ),
}

# Between two places of one speaker: "España y Portugal", "the US and Britain", "Frankreich
# und Deutschland", "Berlin, Paris and Rome".
_JOINS = re.compile(r"\s*,\s*(?:and\s+|und\s+|y\s+|e\s+)?|\s+(?:and|und|y|e|et|&)\s+")
# What CLDR adds to a name: "Myanmar (Burma)", "Congo - Kinshasa", "Hong Kong SAR China".
_CLDR_QUALIFIER = re.compile(r"\s*\(.*?\)|\s+-\s+.*$")


@lru_cache(maxsize=16)
def names(language: str) -> frozenset[str]:
    """Lower-case names of countries and of the places that stand for them, in `language`
    and in English (which other languages' news also writes: "Israel", "Iran")."""
    from babel import Locale, UnknownLocaleError  # on first use: most processes never name a state

    found: set[str] = set()
    for code in {"en", language}:
        try:
            territories = Locale.parse(code).territories
        except (UnknownLocaleError, ValueError):
            continue
        for key, name in territories.items():
            if len(key) != 2 or not key.isalpha() or key in _NOT_SPEAKERS:
                continue
            found.add(name.lower().replace("’", "'"))
            found.add(_CLDR_QUALIFIER.sub("", name).lower().replace("’", "'"))
            inner = re.search(r"\((.+?)\)", name)
            if inner:
                found.add(inner.group(1).lower())
        found.update(_EXTRA.get(code, ()))
    return frozenset(found - _ALSO_PEOPLE)


def is_state(name: str, language: str) -> bool:
    """Whether `name` names a country, or a capital or seat of government standing for one,
    or several of them joined by "and"/"und"/"y"; each with its article or without ("the
    US", "la Moncloa", "La Habana")."""
    known = names(language)
    parts = [part for part in _JOINS.split(name.strip().lower().replace("’", "'")) if part]
    return bool(parts) and all(part in known or _without_article(part) in known for part in parts)


def _without_article(part: str) -> str:
    """ "the us" → "us", "la moncloa" → "moncloa", "der kreml" → "kreml"."""
    head, _, rest = part.partition(" ")
    return rest if rest and head in {"the", "der", "die", "das", "el", "la", "los", "las", "le", "les", "l'"} else part

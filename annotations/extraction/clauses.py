"""Claim-sized pieces of a sentence: coordinated clauses and reported-speech complements.

"ASML verzeichnete Rückgänge von über 2 %, während Nvidia um mehr als 2 % nachgab" holds
two claims; "Guida wies darauf hin, dass im Jahr 2020 …" holds one, the complement, with
Guida as its speaker. Everything here is a linear scan with precompiled patterns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .language import FUNCTION_WORDS

# Conjunctions that join two independent, separately checkable statements.
_COORDINATORS = {
    "de": r"während|wohingegen|aber|doch|jedoch|sondern",
    "en": r"while|whereas|but|although|yet",
    "es": r"mientras que|mientras|pero|sino que|aunque",
    "fr": r"tandis que|alors que|mais",
}
# Complementisers that introduce what someone said or what is being asserted.
_COMPLEMENTISERS = {"de": r"dass|daß", "en": r"that", "es": r"que", "fr": r"que|qu'"}
_REPORTING = {
    "de": r"sagte|sagt|erklärte|erklärt|betonte|betont|hinwies|wies|behauptete|behauptet|warnte|warnt|meinte|"
    r"berichtete|teilte|schrieb|bestätigte|räumte|gab an|sagten|erklärten|betonten",
    "en": r"said|says|stated|states|claimed|claims|argued|argues|warned|warns|noted|notes|told|reported|"
    r"announced|pointed out|insisted|added|explained|wrote|confirmed|admitted",
    "es": r"dijo|dice|afirmó|afirma|aseguró|asegura|declaró|señaló|explicó|indicó|advirtió|anunció|"
    r"reconoció|denunció|recordó|sostuvo|destacó|apuntó",
    "fr": r"a dit|a déclaré|a affirmé|a souligné|a expliqué|a annoncé|a rappelé|a averti",
}
_CONSIDER = {
    "de": r"wenn man bedenkt|bedenkt man|sollte man bedenken|man muss bedenken|obwohl bekannt ist",
    "en": r"considering|keep in mind|bear in mind",
    "es": r"teniendo en cuenta|hay que recordar|cabe recordar",
    "fr": r"étant donné|compte tenu",
}

_NAME_TOKEN = r"[A-ZÄÖÜÁÉÍÓÚÑ][\w'’-]+"  # noqa: S105 - a pattern, not a password
_NAME = re.compile(rf"(?<![\w-])(?:{_NAME_TOKEN}\s){{1,3}}{_NAME_TOKEN}(?![\w-])")
_ACCORDING = re.compile(
    rf"\b(?i:according to|laut|zufolge|según|selon)\s+(?:the\s|der\s|dem\s|el\s|la\s)?"
    rf"(?P<name>(?:{_NAME_TOKEN}\s?){{1,4}})",
)


def _compile(table: dict[str, str], template: str) -> dict[str, re.Pattern[str]]:
    return {lang: re.compile(template.format(words), re.IGNORECASE) for lang, words in table.items()}


COORDINATION = _compile(_COORDINATORS, r",\s+(?:{})\s+")
COMPLEMENT = _compile(_COMPLEMENTISERS, r",?\s+(?:{})\s+")
REPORTING = _compile(_REPORTING, r"(?<!\w)(?:{})(?!\w)")
CONSIDERING = _compile(_CONSIDER, r"(?<!\w)(?:{})(?!\w)")


@dataclass(frozen=True, slots=True)
class Piece:
    """A claim-sized span of a sentence (offsets relative to the sentence)."""

    start: int
    end: int
    speaker: str = ""
    reported: bool = False
    presented_as_fact: bool = False


def _trim(sentence: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (sentence[start].isspace() or sentence[start] in ",;:–—-"):
        start += 1
    while end > start and (sentence[end - 1].isspace() or sentence[end - 1] in ",;:–—-"):
        end -= 1
    # A final full stop belongs to the sentence, not to a clause cut from its middle.
    return start, end


_NOT_NAMES = frozenset().union(*FUNCTION_WORDS.values()) | frozenset(
    [
        "zudem",
        "auch",
        "aber",
        "doch",
        "jedoch",
        "dies",
        "diese",
        "dieser",
        "nachdem",
        "als",
        "wenn",
        "in",
        "im",
        "am",
        "the",
        "this",
        "that",
        "el",
        "la",
        "los",
        "las",
    ]
)


_TITLES = frozenset(
    [
        "senator",
        "senatorin",
        "president",
        "präsident",
        "präsidentin",
        "presidente",
        "presidenta",
        "minister",
        "ministerin",
        "ministro",
        "ministra",
        "secretary",
        "sekretärin",
        "secretario",
        "secretaria",
        "governor",
        "gouverneur",
        "gobernador",
        "dr",
        "prof",
        "mr",
        "mrs",
        "ms",
        "sr",
        "sra",
        "don",
        "doña",
        "herr",
        "frau",
        "kanzler",
        "kanzlerin",
        "canciller",
        "chancellor",
        "mayor",
        "bürgermeister",
        "alcalde",
        "alcaldesa",
        "general",
    ]
)


def _strip_titles(name: str) -> str:
    tokens = name.split()
    while len(tokens) > 1 and tokens[0].lower().rstrip(".") in _TITLES:
        tokens.pop(0)
    return " ".join(tokens)


def find_speaker(head: str) -> str:
    """The speaker named in the part of a sentence before the reported statement."""
    return _strip_titles(_find_speaker(head))


def _find_speaker(head: str) -> str:
    according = _ACCORDING.search(head)
    if according:
        return according.group("name").strip()
    names = [m for m in _NAME.finditer(head) if m.group().split()[0].lower() not in _NOT_NAMES]
    if not names:
        return ""
    # Prefer a name followed by an apposition or the verb ("Michelle Guida, ehemalige …").
    for match in names:
        after = head[match.end() : match.end() + 2]
        if after.startswith(",") or after.startswith(" "):
            return match.group().strip()
    return names[0].group().strip()


def split_pieces(sentence: str, language: str) -> list[Piece]:
    """Split a sentence into its claim-sized pieces; a plain sentence is one piece."""
    lang = language if language in COORDINATION else "en"
    pieces: list[Piece] = []
    cursor = 0
    bounds: list[tuple[int, int]] = []
    for match in COORDINATION[lang].finditer(sentence):
        bounds.append((cursor, match.start()))
        cursor = match.end()
    bounds.append((cursor, len(sentence)))
    for start, end in bounds:
        pieces.extend(_complement_pieces(sentence, start, end, lang))
    return pieces


def _complement_pieces(sentence: str, start: int, end: int, lang: str) -> list[Piece]:
    clause = sentence[start:end]
    for complement in COMPLEMENT[lang].finditer(clause):
        head = clause[: complement.start()]
        reporting = REPORTING[lang].search(head)
        considering = CONSIDERING[lang].search(head)
        if reporting or considering:
            s, e = _trim(sentence, start + complement.end(), end)
            if e - s < 12:
                break
            speaker = find_speaker(head[: reporting.start()] if reporting else head) if reporting else ""
            return [Piece(s, e, speaker=speaker, reported=bool(reporting), presented_as_fact=not reporting)]
    s, e = _trim(sentence, start, end)
    if e <= s:
        return []
    according = _ACCORDING.search(clause)
    speaker = according.group("name").strip() if according else ""
    if not speaker:
        reporting = REPORTING[lang].search(clause)
        if reporting and lang == "en":
            # "X said the economy grew 3 percent." without "that".
            speaker = find_speaker(clause[: reporting.start()])
    return [Piece(s, e, speaker=speaker, reported=bool(speaker))]

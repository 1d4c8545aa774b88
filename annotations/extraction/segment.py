"""Sentence segmentation in one linear pass over the text.

A sentence ends at `.`, `!`, `?` or `…` (or ";" in Greek; optionally followed by closing
quotes or brackets) when whitespace and a plausible sentence start follow, and always at a line
break. Abbreviations, initials, decimal numbers and ordinal dates ("3. Mai") do not end
sentences. Spans are code-point offsets into the text it was given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# German month abbreviations, most shared with English ("am 3. Okt.", "Dez."); they end no
# sentence, nor does an ordinal date before one.
_GERMAN_MONTH_ABBREVIATIONS = (
    *("jan", "febr", "feb", "mrz", "mär", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dez"),
)
# Month abbreviations of the three languages, for dates ("Oct. 3", "3. Okt.", "4 dic").
MONTH_ABBREVIATIONS = (*_GERMAN_MONTH_ABBREVIATIONS, "mar", "oct", "dec", "ene", "abr", "ago", "dic")
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "jr",
        "sr",
        "vs",
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
        "mar",
        "oct",
        "dec",
        # Month abbreviations: the German ones below, and Spanish ones ("BRUSELAS, 4 Dic.
        # (EUROPA PRESS)"); not "May." nor "ago.", which end English sentences ("in May.",
        # "two years ago.").
        *_GERMAN_MONTH_ABBREVIATIONS,
        "ene",
        "abr",
        "dic",
        "jän",
        "no",
        "nos",
        "fig",
        "approx",
        "est",
        "dept",
        "gov",
        "sen",
        "rep",
        "gen",
        "col",
        "lt",
        "sgt",
        "u.s",
        "u.k",
        "e.g",
        "i.e",
        "a.m",
        "p.m",
        "z.b",
        "bzw",
        "ca",
        "vgl",
        "usw",
        "evtl",
        "ggf",
        "inkl",
        "dt",
        "hr",
        "fr",
        "nr",
        "abs",
        "str",
        "mio",
        "mrd",
        "bzw.",
        "d.h",
        "u.a",
        "o.ä",
        "s.o",
        "sra",
        "sres",
        "srta",
        "ud",
        "uds",
        "dña",
        "pág",
        "etc",
        "aprox",
        "tel",
        "av",
        "núm",
    ]
)

# Candidate boundaries: terminal punctuation, closing quotes/brackets, then whitespace,
# or a line break. Besides . ! ? …: the Arabic question mark, the Urdu full stop, the
# Devanagari danda and the Greek question mark (";", which the Greek question mark
# U+037E becomes under NFC). Chinese and Japanese full stops end a sentence with no space
# after them (with their closing brackets).
# Closing marks after the full stop: U+201D and U+2019 (English), U+201C and U+2018
# (German, after U+201E and U+201A), » and « (German »…«).
_CLOSING = "\"'\u201d\u201c\u2019\u2018»«)\\]"
_BOUNDARY = re.compile(rf"""([.!?…؟۔।;]+)([{_CLOSING}]*)(\s+)|([。！？]+[」』）"\u201d]*)(\s*)|\n\s*""")
GREEK_LETTERS = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")
_TOKEN_BEFORE = re.compile(r"(\S+)$")


# Words that open sentences and never follow an initial; not "I" or "A", which are initials too.
_OPENS_SENTENCE = frozenset(
    [
        *("the", "an", "this", "these", "those", "he", "she", "it", "they", "we", "there"),
        *("her", "his", "its", "their", "our", "my"),
        *("der", "die", "das", "ein", "eine", "er", "sie", "es", "wir", "ich", "sein", "seine", "ihre"),
        *("el", "la", "los", "las", "un", "una", "este", "esta", "ella", "ellos", "su", "sus"),
        *("le", "les", "il", "elle", "ils", "nous"),
        # Nor does a title or "now": "… at the U.N. Mr. Herter said so himself.", "… the U.N. Now …".
        *("mr", "mrs", "ms", "now"),
    ]
)
# A platform named by one letter after the preposition that places a post on it: "she
# wrote on X. Her office …", "schrieb er auf X. Die Partei …", "publicó en X. Su
# partido …". An initial follows a first name or opens a name ("by J. K. Rowling").
_ON_PLATFORM = re.compile(r"(?<!\w)(?i:on|auf|en|via|sur)\s+$")
_WORD_AFTER = re.compile(r"(\w+)[\s,.]")
_SMALL_CAPITAL_NAME = re.compile(r"[a-z]{1,2}[A-Z]\w")
_BEFORE_NUMBERS = frozenset(["no", "nos"])  # abbreviations only ever followed by a number
_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")  # "T.H", "W.E.B" before their last full stop


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


def _ends_sentence(text: str, sentence_start: int, punct_start: int, punct: str, next_start: int) -> bool:
    if next_start >= len(text):
        return True
    if not punct.strip(";"):
        # Greek asks with ";" (its semicolon is the raised dot "·"); elsewhere ";" joins clauses.
        return GREEK_LETTERS.search(text, max(sentence_start, punct_start - 40), punct_start) is not None
    if punct != ".":
        return True
    token_match = _TOKEN_BEFORE.search(text, max(0, punct_start - 40), punct_start)
    token = token_match.group(1) if token_match else ""
    lowered = token.lower().lstrip("(\"'„“«")
    if lowered in ABBREVIATIONS:
        # "No. 10", "Nr. 5": before a number; "No. Energy bills fell …" answers a question.
        return lowered in _BEFORE_NUMBERS and not text[next_start].isdigit() and text[next_start].isupper()
    nxt = text[next_start]
    if (len(lowered) == 1 and lowered.isalpha()) or _INITIALS.fullmatch(token.lstrip("(\"'„“«")):
        # An initial ("J. Smith", "the Harvard T.H. Chan School", "J.P. Morgan"), unless an
        # article or a pronoun follows, which no name
        # does: "… en su cuenta de X. El ministro …", "… on Plan B. The bank …".
        opener = _WORD_AFTER.match(text, next_start)
        if nxt.isupper() and _ON_PLATFORM.search(text, max(0, punct_start - 6), punct_start - 1):
            return True
        return nxt.isupper() and opener is not None and opener.group(1).lower() in _OPENS_SENTENCE
    if token.isdigit() and len(token) <= 2 and (nxt.isalpha() and nxt.isupper()):
        # German ordinals and dates: "am 3. Mai", "im 20. Jahrhundert".
        following = text[next_start : next_start + 12].split(" ", 1)[0]
        if following[:1].isupper() and following.lower().rstrip(",.") in _MONTHS_AND_ORDINAL_NOUNS:
            return False
    # A capital, digit, quote or bracket; or a letter of a script without case (Arabic,
    # Hebrew, Devanagari, Chinese …), where only the full stop can tell; or a name written
    # with a small first letter and a capital after it ("iPhone sales rose …", "eBay said").
    return not nxt.islower() or _SMALL_CAPITAL_NAME.match(text, next_start) is not None


GERMAN_MONTHS = (
    "januar",
    "februar",
    "märz",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "dezember",
)
ENGLISH_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
SPANISH_MONTHS = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)
_MONTHS_AND_ORDINAL_NOUNS = frozenset(
    [
        *GERMAN_MONTHS,
        *_GERMAN_MONTH_ABBREVIATIONS,  # "am 3. Okt."
        "jahrhundert",
        "jahrhunderts",
        "platz",
        "stelle",
        "klasse",
        "mal",
    ]
)


def split_sentences(text: str) -> list[Span]:
    """Return sentence spans with surrounding whitespace trimmed; empty ones dropped."""
    spans: list[Span] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if match.group(4) is not None:  # a Chinese or Japanese full stop, no space needed
            end = match.end(4)
        elif match.group(1) is not None:
            punct_start = match.start(1)
            end = match.end(2)
            next_start = match.end(3)
            if "\n" not in match.group(3) and not _ends_sentence(text, start, punct_start, match.group(1), next_start):
                continue
        else:
            end = match.start()
        _append(text, start, end, spans)
        start = match.end()
    _append(text, start, len(text), spans)
    return spans


def _append(text: str, start: int, end: int, spans: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append(Span(start, end))

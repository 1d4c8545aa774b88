"""Quantities in text, across formats and languages, and the numeric cross-check.

"4,9 Prozent", "4.9%" and "4.9 per cent" are the same quantity; "doppelt so viele",
"twice as many" and "el doble" are a factor of 2; "4,9 Millionen", "4.9 million",
"4,9 millones" and "4 900 000" are one number, and "1,2 Billionen" (German) is
"1.2 trillion" (English), since "Billion", "billón" and "billion" in French mean a
million millions: most continental languages count in the long scale. The cross-check
that compares a claim's quantities with a passage's is `ranking.cross_check`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

# Thousands grouped by ".", ",", a no-break space or a thin space, or by plain spaces when
# every group has three digits and no digit follows ("40 000", not "12 5000").
_NUM = (
    r"\d{1,3}(?:[.,\u00a0\u202f]\d{3})+(?:[.,]\d+)?"
    r"|\d{1,3}(?: \d{3})+(?:[.,]\d+)?(?!\d)"
    r"|\d+(?:[.,]\d+)?"
)
_PERCENT_WORDS = r"%|prozent\b|percent\b|per cent\b|por ciento\b|pour cent\b"
# Number words after a figure, as written in German, English, Spanish and French news.
# "billion" and "trillion" depend on the language (see `_LONG_SCALE`).
_SCALES: dict[str, float] = {
    "tausend": 1e3,
    "tsd": 1e3,
    "thousand": 1e3,
    "mil": 1e3,
    "mille": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "millionen": 1e6,
    "mio": 1e6,
    "millón": 1e6,
    "millones": 1e6,
    "mil millones": 1e9,
    "millardo": 1e9,
    "millardos": 1e9,
    "milliarde": 1e9,
    "milliarden": 1e9,
    "milliard": 1e9,
    "milliards": 1e9,
    "mrd": 1e9,
    "bn": 1e9,
    "billionen": 1e12,
    "billón": 1e12,
    "billones": 1e12,
    "bio": 1e12,
}
_SHORT_SCALE = {"billion": 1e9, "billions": 1e9, "trillion": 1e12, "trillions": 1e12}
_LONG_SCALE = {"billion": 1e12, "billions": 1e12, "trillion": 1e18, "trillions": 1e18}
# Languages that count in the long scale: "Billion" is 10^12 there, not 10^9.
LONG_SCALE_LANGUAGES = frozenset({"de", "es", "fr", "it", "nl", "pl", "cs", "sk", "sv", "da", "no", "nb", "fi", "hu"})
_ABBREVIATIONS = {"tsd", "mio", "mrd", "bio"}
_SCALE_WORDS = "|".join(
    re.escape(word).replace(r"\ ", r"\s+") + (r"\.?" if word in _ABBREVIATIONS else "")
    for word in sorted([*_SCALES, *_SHORT_SCALE], key=len, reverse=True)
)
# A scale word starts with t, m or b: the look-ahead spares most figures the word list.
_QUANTITY = re.compile(
    rf"(?<![\w.,])(?P<num>{_NUM})(?:\s*(?P<unit>{_PERCENT_WORDS})|\s*(?P<scale>(?=[tmb])(?:{_SCALE_WORDS})(?!\w)))?",
    re.IGNORECASE,
)
_FACTOR_PHRASES: dict[str, float] = {
    "doppelt so": 2.0,
    "verdoppelt": 2.0,
    "dreimal so": 3.0,
    "halb so": 0.5,
    "twice as": 2.0,
    "doubled": 2.0,
    "three times as": 3.0,
    "half as": 0.5,
    "el doble": 2.0,
    "duplicó": 2.0,
    "el triple": 3.0,
    "la mitad": 0.5,
    "deux fois": 2.0,
}
# \b first: most positions fail at once instead of trying every phrase.
_FACTOR = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in _FACTOR_PHRASES) + ")", re.IGNORECASE)
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_DIGIT = re.compile(r"\d")

# Month names and their usual abbreviations in the languages articles arrive in.
_MONTHS = (
    "januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|"
    "january|february|march|may|june|july|october|december|"
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"
    "janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|"
    "jan|feb|mär|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dez|dec|ene|abr|ago|dic"
)
_MONTH = rf"(?:{_MONTHS})\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th|er|º)?\.?"
# A calendar date: its day and month are not quantities, its year is one. A month before
# its day is capitalised, as in English and German ("May 5"; "you may 5 times" is no date).
# "20 September 2019", "20. September", "20 de septiembre de 2019", "September 20, 2019",
# "Aug. 21", "20.09.2019", "09/20/19", "2019-09-20".
_DATE = re.compile(
    rf"(?<![\w.,])(?:{_DAY}\s+(?:de\s+)?{_MONTH}(?:,?\s+(?:de\s+)?(?P<y1>\d{{4}}))?"
    rf"|(?-i:(?=[A-ZÄÖÜ])){_MONTH}\s+{_DAY}(?:,?\s+(?P<y2>\d{{4}}))?"
    r"|\d{1,2}[./]\d{1,2}[./](?P<y3>\d{4}|\d{2})"
    r"|(?P<y4>\d{4})-\d{1,2}-\d{1,2})(?![\w])",
    re.IGNORECASE,
)
# Cheap tests that spare most texts the two slow patterns, without changing what they
# find: a date needs a month's name or digits joined by "." "/" "-"; a factor phrase
# needs its words in the text.
_MONTH_NAMES = frozenset(_MONTHS.split("|"))
_LETTERS = re.compile(r"[^\W\d_]+")
_NUMERIC_DATE = re.compile(r"\d[./-]\d")
# Links ("https://t.co/6HDgg", "pic.twitter.com/zv3z") and e-mail addresses.
LINK = re.compile(r"(?:https?://|www\.)\S+|\b(?:[\w-]+\.)+[a-z]{2,}/\S*|\S+@[\w-]+\.\S+", re.IGNORECASE)
# Their digits are no quantities, nor are those of @handles and #hashtags ("@user2050", "#G20").
_NOT_PROSE = re.compile(rf"{LINK.pattern}|[@#]\w+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Quantity:
    value: float
    kind: str  # "percent", "factor", "year" or "number"
    text: str
    scale: float = 1.0  # the number word's factor: 10^6 for "4,9 Millionen"
    # Where `text` starts in the text it was read from (not part of equality).
    start: int = field(default=-1, compare=False)

    def as_dict(self) -> dict[str, object]:
        return {"value": self.value, "kind": self.kind, "text": self.text}


def parse_number(raw: str) -> float | None:
    """Parse "4,9", "4.9", "1.234,5", "1,234.5", "1\u00a0234" and "1 234" into a float."""
    s = raw.replace("\u202f", "").replace("\u00a0", "").replace(" ", "")
    if "," in s and "." in s:
        if s.rfind(",") > s.rfind("."):
            s = s.replace(".", "").replace(",", ".")
        else:
            s = s.replace(",", "")
    elif "," in s:
        head, _, tail = s.rpartition(",")
        groups = s.split(",")
        if len(groups) > 2 or (len(tail) == 3 and len(head) <= 3 and head not in {"0", ""}):
            # "1,234,567" and (in English news) "1,234" are thousands; "4,9" is a decimal.
            s = s.replace(",", "")
        else:
            s = s.replace(",", ".")
    elif "." in s:
        head, _, tail = s.rpartition(".")
        if len(tail) == 3 and (s.count(".") > 1 or len(head) <= 3) and not head.startswith("0"):
            s = s.replace(".", "")
    try:
        return float(s)
    except ValueError:
        return None


def scale_of(word: str, language: str = "") -> float:
    """The factor a number word stands for: "Millionen" 10^6, "Mrd." 10^9, "billion" 10^9
    in English (and when the language is not known) but 10^12 in German, Spanish, French."""
    key = " ".join(word.lower().rstrip(".").split())
    if key in _SCALES:
        return _SCALES[key]
    return (_LONG_SCALE if language in LONG_SCALE_LANGUAGES else _SHORT_SCALE)[key]


@lru_cache(maxsize=4096)
def quantities(text: str, language: str = "") -> tuple[Quantity, ...]:
    """The quantities stated in `text`, in order; `language` decides what "billion" means.
    Cached: a lookup reads the claim's once per candidate passage, and the top passages'
    again for the cross-check."""
    found: list[tuple[int, Quantity]] = []
    prose = _masked(_NOT_PROSE, text) if _may_hold_links(text) or "#" in text else text
    if _DIGIT.search(prose) is None:
        prose = ""  # no figures; only the factor phrases below
    may_date = prose and (
        _NUMERIC_DATE.search(prose) is not None or not _MONTH_NAMES.isdisjoint(_LETTERS.findall(prose.lower()))
    )
    dates = list(_DATE.finditer(prose)) if may_date else []
    for match in dates:
        group = next((name for name in ("y1", "y2", "y3", "y4") if match.group(name)), None)
        year = match.group(group) if group else None
        if group and year and _YEAR.match(year):
            found.append((match.start(), Quantity(float(year), "year", year, start=match.start(group))))
    if dates:
        prose = _masked(_DATE, prose)
    for match in _QUANTITY.finditer(prose):
        value = parse_number(match.group("num"))
        if value is None:
            continue
        scale = match.group("scale")
        if match.group("unit"):
            kind = "percent"
        elif scale:
            kind = "number"
            factor = scale_of(scale, language)
            quantity = Quantity(_rounded(value * factor), kind, match.group().strip(), factor, _stripped_start(match))
            found.append((match.start(), quantity))
            continue
        elif _YEAR.match(match.group("num")):
            kind = "year"
        else:
            kind = "number"
        found.append((match.start(), Quantity(value, kind, match.group().strip(), start=_stripped_start(match))))
    lowered = text.lower()
    factors = _FACTOR.finditer(text) if any(phrase in lowered for phrase in _FACTOR_PHRASES) else ()
    for match in factors:
        quantity = Quantity(_FACTOR_PHRASES[match.group().lower()], "factor", match.group(), start=match.start())
        found.append((match.start(), quantity))
    return tuple(quantity for _, quantity in sorted(found, key=lambda pair: pair[0]))


def _stripped_start(match: re.Match[str]) -> int:
    """Where the match starts once its leading whitespace is stripped."""
    matched = match.group()
    return match.start() + len(matched) - len(matched.lstrip())


def _rounded(value: float) -> float:
    """4.9 times 10^6 is 4,900,000, not 4,900,000.000000001."""
    return float(f"{value:.12g}")


def without_links(text: str) -> str:
    """`text` with its links and e-mail addresses blanked out (offsets unchanged)."""
    return _masked(LINK, text) if _may_hold_links(text) else text


def _may_hold_links(text: str) -> bool:
    """Every link has "/" or "www.", every e-mail address "@": most text has neither, and
    the full pattern is slow."""
    return "/" in text or "@" in text or "www." in text


def _masked(pattern: re.Pattern[str], text: str) -> str:
    """`text` with what `pattern` matches blanked out, so every other offset stays put."""
    return pattern.sub(lambda match: " " * len(match.group()), text)

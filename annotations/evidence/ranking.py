"""Relevance of a passage to a claim.

Checkers look for the numbers, years and names in a claim first. `relevance` scores a
passage without a search score of ours (the web providers) by weighted coverage of the
claim's terms: quantities, then years and names, then other words, compared by their
first five letters (a cheap stemmer across German, English and Spanish inflection).
`search_relevance` keeps the library search's rarity-weighted share of the claim
(fulltext.py) and adds whether the passage states the claim's quantities, in any format.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from annotations.extraction.language import FUNCTION_WORDS

from .numbers import Quantity, quantities, without_links

_TOKEN = re.compile(r"\w+", re.UNICODE)
_EXTRA_STOPWORDS = frozenset(
    [
        "sich",
        "sie",
        "er",
        "es",
        "wir",
        "ihr",
        "hat",
        "hatte",
        "hatten",
        "um",
        "so",
        "aber",
        "wenn",
        "ob",
        "damit",
        "dieser",
        "diese",
        "dieses",
        "jedoch",
        "bereits",
        "he",
        "she",
        "we",
        "you",
        "they",
        "his",
        "her",
        "its",
        "our",
        "who",
        "what",
        "when",
        "where",
        "why",
        "how",
        "than",
        "then",
        "there",
        "these",
        "those",
        "ella",
        "ellos",
        "nos",
        "le",
        "les",
        "ya",
        "muy",
        "sin",
        "sobre",
        "entre",
        "también",
    ]
)
STOPWORDS: frozenset[str] = frozenset().union(*FUNCTION_WORDS.values()) | _EXTRA_STOPWORDS
STEM_CHARS = 5
WEIGHT_QUANTITY = 5.0
WEIGHT_YEAR = 3.0
WEIGHT_NAME = 2.0
WEIGHT_WORD = 1.0


@dataclass(frozen=True, slots=True)
class Term:
    key: str  # lowercased stem used for matching
    token: str  # the word as written
    weight: float


def _quantity_key(kind: str, value: float) -> str:
    return f"#{kind[0]}{value:g}"


def _is_quantity(term: Term) -> bool:
    """A percentage, factor or number of the claim; not a year ("#y2019")."""
    return term.key.startswith("#") and not term.key.startswith("#y")


def query_terms(text: str, language: str = "") -> list[Term]:
    """The distinct content terms of a claim, with their weights.

    Quantities are terms of their own, keyed by value, so "4,9 Prozent" in a claim
    matches "4.9%" in a passage and "4,9 Millionen" matches "4.9 million". Their search
    token is the figure as written ("4"), not the value. The words of links ("https",
    "twitter") are not terms.
    """
    terms: dict[str, Term] = {}
    for quantity in quantities(text, language):
        key = _quantity_key(quantity.kind, quantity.value)
        weight = WEIGHT_YEAR if quantity.kind == "year" else WEIGHT_QUANTITY
        token = str(int(quantity.value / quantity.scale)) if quantity.kind != "factor" else ""
        terms[key] = Term(key, token, weight)
    for match in _TOKEN.finditer(without_links(text)):
        token = match.group()
        lowered = token.lower()
        if lowered in STOPWORDS or len(token) < 3 or any(ch.isdigit() for ch in token) or "_" in token:
            continue
        weight = WEIGHT_NAME if token[0].isupper() and match.start() > 0 else WEIGHT_WORD
        key = lowered[:STEM_CHARS]
        if key not in terms or terms[key].weight < weight:
            terms[key] = Term(key, lowered, weight)
    return list(terms.values())


MAX_SEARCH_TERMS = 6


def search_text(claim: str, language: str = "") -> str:
    """The claim's heaviest terms (names, numbers first), for web search APIs: full
    sentences find nothing there."""
    terms = sorted(query_terms(claim, language), key=lambda t: -t.weight)
    return " ".join([t.token for t in terms if t.token][:MAX_SEARCH_TERMS])


def passage_keys(text: str, language: str = "") -> set[str]:
    keys = {_quantity_key(q.kind, q.value) for q in quantities(text, language)}
    for match in _TOKEN.finditer(text):
        keys.add(match.group().lower()[:STEM_CHARS])
    return keys


def relevance(terms: list[Term], passage: str, search_score: float, language: str = "") -> float:
    """Score 0..1 from quantity coverage, weighted word coverage and the full-text score.

    When the claim states quantities, whether a passage states the same ones counts for
    almost half the score: that is what a checker needs from it. A year counts as a heavy
    word, not as a quantity (see `search_relevance`).
    """
    keys = passage_keys(passage, language)
    fts = max(0.0, min(1.0, search_score))
    numeric = [t for t in terms if _is_quantity(t)]
    words = [t for t in terms if not _is_quantity(t)]
    word_cov = _coverage(words, keys)
    if not numeric:
        return round(0.7 * word_cov + 0.3 * fts, 4) if words else 0.0
    return round(0.45 * _coverage(numeric, keys) + 0.35 * word_cov + 0.2 * fts, 4)


def search_relevance(terms: list[Term], passage: str, search_score: float, language: str = "") -> float:
    """Score 0..1 for a passage a full-text search found and scored (0..1: the share of
    the claim's words it holds, each weighted by its rarity in the library), so names and
    specific figures already weigh most. When the claim states quantities, almost half the score (0.45) says
    whether the passage states the same ones, in any format ("4,9 Prozent" / "4.9%"):
    the search cannot see that. Years are left to the search, which matches them as
    written in every language: a year alone (a post's date line) would otherwise lift
    every passage from that year above the ones about the claim's subject.
    """
    fts = max(0.0, min(1.0, search_score))
    numeric = [t for t in terms if _is_quantity(t)]
    if not numeric:
        return round(fts, 4)
    stated = {_quantity_key(q.kind, q.value) for q in quantities(passage, language)}
    return round(0.45 * _coverage(numeric, stated) + 0.55 * fts, 4)


def search_relevance_bound(terms: list[Term], search_score: float) -> float:
    """The highest `search_relevance` a passage with this full-text score can reach: all
    the claim's quantities stated. Candidates come best search score first, so once this
    falls below the scores already kept or the floor, no later candidate needs its
    quantities read."""
    fts = max(0.0, min(1.0, search_score))
    return round(0.45 + 0.55 * fts, 4) if any(_is_quantity(t) for t in terms) else round(fts, 4)


def _coverage(terms: list[Term], keys: set[str]) -> float:
    """The weighted share of `terms` whose keys are in `keys` (0 without terms)."""
    total = sum(t.weight for t in terms)
    return sum(t.weight for t in terms if t.key in keys) / total if total else 0.0


@lru_cache(maxsize=1024)
def _claim_keys(claim: str, language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The keys of a claim's quantities and of its words: read once for all its evidence."""
    keys = [t.key for t in query_terms(claim, language)]
    return frozenset(k for k in keys if k.startswith("#")), frozenset(k for k in keys if not k.startswith("#"))


def highlights(claim: str, passage: str, claim_language: str = "", passage_language: str = "") -> list[tuple[int, int]]:
    """Spans of `passage` a checker reads first, sorted and apart: the claim's quantities
    stated in any format ("4.9%" for "4,9 Prozent", "twice as many" for "doppelt so viele")
    and the claim's words, compared by their first five letters like `relevance`."""
    numbers, words = _claim_keys(claim, claim_language)
    spans = [
        (q.start, q.start + len(q.text))
        for q in quantities(passage, passage_language)
        if q.start >= 0 and _quantity_key(q.kind, q.value) in numbers
    ]
    for match in _TOKEN.finditer(without_links(passage)):
        lowered = match.group().lower()
        if lowered[:STEM_CHARS] in words and len(lowered) >= 3 and lowered not in STOPWORDS:
            spans.append(match.span())
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        # Overlapping, or apart by spaces only: one mark ("Tokyo Electron").
        if merged and (start <= merged[-1][1] or passage[merged[-1][1] : start].strip(" ") == ""):
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


# Words that say how a figure moved, what it counts or when, not what it is about, in the
# three languages: a passage that shares only these with a claim ("fell", "percent",
# "year", "million", "euros") is about something else, and its figure neither agrees with
# the claim's nor contradicts it.
_FIGURE_WORDS_EN = (
    "percent cent point points fell fall falls fallen falling rose rise rises risen rising "
    "increase increased increases decrease decreased decreases drop drops dropped decline "
    "declined declines grew gained gain lost loses more less higher lower highest lowest "
    "times year years month months quarter week weeks since about nearly almost over under "
    "around share shares rate rates total level record first second third fourth "
    "hundred hundreds thousand thousands million millions billion billions trillion trillions "
    "dollar dollars euro euros pound pounds"
)
_FIGURE_WORDS_DE = (
    "prozent prozentpunkte punkte punkt stieg steigt gestiegen sank sinkt gesunken fiel fällt "
    "gefallen verlor verliert verloren legte zugelegt wuchs gewachsen rund etwa fast knapp "
    "mehr weniger höher niedriger jahr jahre jahren vorjahr monat monate monaten quartal "
    "woche wochen seit anteil quote rate insgesamt niveau mal ersten zweiten dritten vierten "
    "hundert tausend million millionen milliarde milliarden billion billionen mio mrd euro dollar pfund "
)
_FIGURE_WORDS_ES = (
    "ciento puntos punto subió sube subido bajó baja bajado cayó cae caído creció crece "
    "crecido aumentó aumenta aumento descendió perdió ganó más menos año años mes meses "
    "trimestre semana semanas desde casi cerca tasa cuota total nivel veces primer segundo "
    "tercer cuarto cien cientos mil miles millón millones billón billones euros dólares libras"
)
_FIGURE_WORDS = frozenset(" ".join((_FIGURE_WORDS_EN, _FIGURE_WORDS_DE, _FIGURE_WORDS_ES)).split())
_FIGURE_KEYS = frozenset(word[:STEM_CHARS] for word in _FIGURE_WORDS)
_SENTENCE_ENDS = (". ", "! ", "? ", "\n")


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= max(1e-9, 0.005 * max(abs(a), abs(b)))


def _telling(quantity: Quantity) -> bool:
    """Whether the same figure in a passage says something whatever the passage is about:
    not a year, and at least two significant digits ("4.9 %", "11.2 %", "1.2 trillion").
    A round figure ("2 %", "twice", "3 million") and a year recur in passages about anything."""
    if quantity.kind == "year":
        return False
    digits = Decimal(repr(abs(quantity.value))).normalize().as_tuple().digits
    return len(digits) > 1


def _sentence_bounds(text: str, position: int) -> tuple[int, int]:
    """Where the sentence of `text` that holds `position` starts and ends (all of `text`
    when the position is not known)."""
    if position < 0:
        return 0, len(text)
    starts = [found + len(end) for end in _SENTENCE_ENDS if (found := text.rfind(end, 0, position)) >= 0]
    ends = [found for end in _SENTENCE_ENDS if (found := text.find(end, position)) >= 0]
    return max(starts, default=0), min(ends, default=len(text))


def _up_to_clause_end(text: str, position: int) -> str:
    """The sentence of `text` that holds `position`, up to the end of the clause there: a
    round figure's subject is named before it or in its own clause ("In 2020 China
    produced twice as many graduates as the US", not "…, and described the gap as an
    obstacle for Washington")."""
    start, end = _sentence_bounds(text, position)
    if position >= 0:
        end = min([found for mark in (", ", "; ") if (found := text.find(mark, position, end)) >= 0], default=end)
    return text[start:end]


def _about_the_same(subject: frozenset[str], sentence: str) -> bool:
    """Whether `sentence` names something of the claim's `subject` (keys of its words);
    any sentence does when the claim has no subject beyond its figure."""
    return not subject or any(match.group().lower()[:STEM_CHARS] in subject for match in _TOKEN.finditer(sentence))


def cross_check(
    claim_text: str, passage: str, language: str = "", passage_language: str = ""
) -> tuple[str, list[dict[str, object]]]:
    """Return ("agrees" | "disagrees" | "silent", details per claim quantity). The passage
    is read in `passage_language`, or in the claim's `language` when that is not known.

    A passage states the claim's quantity in any format, or a different percentage or
    factor in a sentence about the claim's subject (a name or word of the claim beyond
    how its figure moved: "Tokyo Electron fell 3.2%" against "Tokyo Electron verlor 4,9
    Prozent"), or neither. A round figure or a year agrees only in a sentence about the
    claim's subject too ("Exports rose 2%" against "Nvidia fell 2%", "Im Jahr 2020 stieg
    die Zahl der Asylanträge" against "In 2020 China produced …" are silent); a telling
    one ("4.9%") agrees anywhere, in any language. A different percentage about something else ("Nvidia fell 2%"
    against a claim about unemployment) is silent, as are different bare numbers and years,
    which usually count something else. A claim with no words beyond its figure's ("It
    fell 5 %") takes any different percentage in the passage as a contradiction.
    """
    claimed = quantities(claim_text, language)
    if not claimed:
        return "silent", []
    stated = quantities(passage, passage_language or language)
    subject = _claim_keys(claim_text, language)[1] - _FIGURE_KEYS
    details: list[dict[str, object]] = []
    agreements = disagreements = 0
    for quantity in claimed:
        same_kind = [q for q in stated if q.kind == quantity.kind]
        telling = _telling(quantity)
        match = next(
            (
                q
                for q in same_kind
                if _same(q.value, quantity.value)
                and (telling or _about_the_same(subject, _up_to_clause_end(passage, q.start)))
            ),
            None,
        )
        differing = (
            next(
                (
                    q
                    for q in same_kind
                    if not _same(q.value, quantity.value)
                    and (not subject or _about_the_same(subject, _up_to_clause_end(passage, q.start)))
                ),
                None,
            )
            if match is None and quantity.kind in {"percent", "factor"}
            else None
        )
        if match is not None:
            agreements += 1
            details.append({"claim": quantity.as_dict(), "passage": match.as_dict(), "result": "agrees"})
        elif differing is not None:
            disagreements += 1
            details.append({"claim": quantity.as_dict(), "passage": differing.as_dict(), "result": "disagrees"})
        else:
            details.append({"claim": quantity.as_dict(), "passage": None, "result": "silent"})
    if disagreements and not agreements:
        return "disagrees", details
    if agreements:
        return ("disagrees" if disagreements > agreements else "agrees"), details
    return "silent", details

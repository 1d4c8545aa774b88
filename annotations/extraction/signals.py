"""The signals that make a sentence check-worthy, or not, per language.

Each signal has a name reviewers see, a weight, and the matched text. Lexicons are
hand-written; weights were tuned by hand on development data (see docs/extraction.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Quantities: digits with thousands separators or decimal commas/points.
NUMBER = re.compile(r"(?<![\w.,])[-+]?\d+(?:[.,\u00a0]\d+)*(?![\w])")
PERCENT = re.compile(
    r"\d(?:[\d.,]*\d)?\s*(?:%|prozent\b|percent\b|per cent\b|por ciento\b|pour cent\b|prozentpunkte\b"
    r"|percentage points?\b)",
    re.IGNORECASE,
)
YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
CURRENCY_UNITS = re.compile(
    r"(?:[$€£¥]\s?\d|\d\s?(?:[$€£¥]|euro\b|euros\b|dollar\b|dollars\b|dólares\b|millionen\b|milliarden\b|"
    r"million\b|millions\b|billion\b|billions\b|trillion\b|millones\b|mil millones\b|"
    r"km\b|kilometer\b|kilómetros\b|tonnen\b|tons\b|toneladas\b|kg\b|grad\b|degrees\b|grados\b))",
    re.IGNORECASE,
)
CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-ZÄÖÜÁÉÍÓÚÑ][\w-]*[A-Za-zäöüß]\b")
ACRONYM = re.compile(r"\b[A-Z]{2,}[a-z]?\b")

LEXICON: dict[str, dict[str, tuple[str, ...]]] = {
    "comparison": {
        "de": (
            "doppelt so",
            "halb so",
            "mehr als",
            "weniger als",
            "höher als",
            "niedriger als",
            "größte",
            "kleinste",
            "höchste",
            "niedrigste",
            "verdoppelt",
            "verdreifacht",
            "mal so viel",
            "rekord",
            "über",
            "unter",
            "rückgang",
            "anstieg",
            "gestiegen",
            "gesunken",
            "verlor",
            "nachgab",
        ),
        "en": (
            "twice as",
            "half as",
            "more than",
            "less than",
            "fewer than",
            "higher than",
            "lower than",
            "largest",
            "smallest",
            "highest",
            "lowest",
            "doubled",
            "tripled",
            "times as",
            "record",
            "increase",
            "decrease",
            "rose",
            "fell",
            "dropped",
            "grew",
            "most",
            "least",
        ),
        "es": (
            "el doble",
            "la mitad",
            "más que",
            "más de",
            "menos que",
            "menos de",
            "mayor",
            "menor",
            "récord",
            "duplicado",
            "triplicado",
            "aumentó",
            "disminuyó",
            "subió",
            "bajó",
            "cayó",
        ),
        "fr": ("deux fois", "plus que", "plus de", "moins que", "moins de", "record", "hausse", "baisse"),
    },
    "reported_speech": {
        "de": (
            "sagte",
            "erklärte",
            "betonte",
            "wies darauf hin",
            "behauptete",
            "teilte mit",
            "laut ",
            "zufolge",
            "berichtete",
            "so der",
            "so die",
            "hinwies",
            "warnte",
            "schlug alarm",
        ),
        "en": (
            "said",
            "says",
            "stated",
            "claimed",
            "according to",
            "told",
            "reported",
            "announced",
            "pointed out",
            "argued",
        ),
        "es": ("dijo", "afirmó", "aseguró", "declaró", "según", "señaló", "explicó", "indicó", "anunció"),
        "fr": ("a dit", "a déclaré", "selon", "a affirmé", "a annoncé"),
    },
    "hedge": {
        "de": (
            "vielleicht",
            "möglicherweise",
            "wahrscheinlich",
            "vermutlich",
            "eventuell",
            "könnte",
            "bleibt abzuwarten",
            "scheint",
            "angeblich",
        ),
        "en": (
            "maybe",
            "perhaps",
            "possibly",
            "probably",
            "might",
            "could be",
            "it remains to be seen",
            "seems",
            "apparently",
            "i think",
            "i believe",
            "i guess",
        ),
        "es": (
            "quizás",
            "quizá",
            "tal vez",
            "posiblemente",
            "probablemente",
            "podría",
            "parece",
            "queda por ver",
            "creo que",
        ),
        "fr": ("peut-être", "probablement", "pourrait", "semble", "il reste à voir"),
    },
    "opinion": {
        "de": (
            "ich finde",
            "meiner meinung",
            "ich glaube",
            "sollte",
            "sollten",
            "muss man",
            "leider",
            "schrecklich",
            "toll",
            "großartig",
            "peinlich",
            "unglaublich",
            "schande",
        ),
        "en": (
            "i think",
            "in my opinion",
            "should",
            "ought to",
            "terrible",
            "great",
            "wonderful",
            "disgrace",
            "shameful",
            "awful",
            "we must",
            "we need to",
        ),
        "es": (
            "creo que",
            "en mi opinión",
            "debería",
            "deberíamos",
            "hay que",
            "vergüenza",
            "terrible",
            "maravilloso",
            "gracias",
            "enhorabuena",
            "felicidades",
        ),
        "fr": ("je pense", "à mon avis", "devrait", "il faut", "honte", "formidable"),
    },
    "future": {
        "de": ("wird", "werden", "plant", "will", "wollen", "soll", "künftig", "demnächst"),
        "en": ("will", "going to", "plans to", "shall", "next year", "in the future"),
        "es": ("será", "serán", "vamos a", "va a", "planea", "próximo año", "en el futuro"),
        "fr": ("sera", "seront", "va ", "vont ", "l'année prochaine"),
    },
    "factual_verb": {
        "de": (
            "hat",
            "haben",
            "war",
            "waren",
            "ist",
            "sind",
            "verzeichnete",
            "erreichte",
            "betrug",
            "trafen",
            "verwendet",
            "entwickelt",
            "hergestellt",
            "eingeführt",
        ),
        "en": (
            "was",
            "were",
            "has",
            "have",
            "had",
            "is",
            "are",
            "reached",
            "recorded",
            "cost",
            "spent",
            "voted",
            "passed",
            "created",
            "lost",
            "met",
            "used",
        ),
        "es": (
            "fue",
            "fueron",
            "ha",
            "han",
            "es",
            "son",
            "alcanzó",
            "registró",
            "costó",
            "gastó",
            "votó",
            "aprobó",
            "creó",
            "perdió",
        ),
        "fr": ("a été", "est", "sont", "ont", "a atteint", "a coûté"),
    },
}

WEIGHTS: dict[str, float] = {
    "number": 1.1,
    "percent": 1.4,
    "quantity": 1.0,
    "year": 0.9,
    "comparison": 0.9,
    "named_entity": 0.6,
    "reported_speech": 0.6,
    "factual_verb": 0.3,
    "question": -2.5,
    "hedge": -1.6,
    "opinion": -1.2,
    "future": -0.5,
    "too_short": -2.0,
}
BIAS = -1.3


@dataclass(frozen=True, slots=True)
class Signal:
    name: str
    weight: float
    match: str

    def as_dict(self) -> dict[str, object]:
        return {"name": self.name, "weight": self.weight, "match": self.match}


def _phrase_patterns() -> dict[tuple[str, str], re.Pattern[str]]:
    patterns: dict[tuple[str, str], re.Pattern[str]] = {}
    for signal, per_language in LEXICON.items():
        for language, phrases in per_language.items():
            alternatives = "|".join(re.escape(p.strip()) for p in sorted(phrases, key=len, reverse=True))
            patterns[(signal, language)] = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)
    return patterns


PHRASES = _phrase_patterns()


def sentence_signals(sentence: str, language: str) -> list[Signal]:
    """Every signal present in one sentence (or clause), positive and negative."""
    lang = language if language in LEXICON["comparison"] else "en"
    found: list[Signal] = []

    percent = PERCENT.search(sentence)
    if percent:
        found.append(Signal("percent", WEIGHTS["percent"], percent.group()))
    quantity = CURRENCY_UNITS.search(sentence)
    if quantity:
        found.append(Signal("quantity", WEIGHTS["quantity"], quantity.group()))
    year = YEAR.search(sentence)
    if year:
        found.append(Signal("year", WEIGHTS["year"], year.group()))
    number = NUMBER.search(sentence)
    if number and not percent and not (year and number.group() == year.group()):
        found.append(Signal("number", WEIGHTS["number"], number.group()))

    for name in ("comparison", "reported_speech", "factual_verb", "hedge", "opinion", "future"):
        match = PHRASES[(name, lang)].search(sentence)
        if match:
            found.append(Signal(name, WEIGHTS[name], match.group()))

    entities = [m.group() for m in CAPITALISED.finditer(sentence)] + ACRONYM.findall(sentence)
    if lang != "de":
        entity_count = len(entities)
    else:
        # German capitalises every noun: count only acronyms and runs of capitalised words
        # that are not sentence-initial, a weaker but still useful proxy.
        entity_count = len(ACRONYM.findall(sentence)) + len(re.findall(r"\b[A-ZÄÖÜ]\w+\s[A-ZÄÖÜ]\w+", sentence))
    if entity_count:
        found.append(Signal("named_entity", WEIGHTS["named_entity"], (entities or [""])[0]))

    if sentence.rstrip().endswith("?") or sentence.lstrip().startswith("¿"):
        found.append(Signal("question", WEIGHTS["question"], "?"))
    if len(sentence.split()) < 4:
        found.append(Signal("too_short", WEIGHTS["too_short"], ""))
    return found

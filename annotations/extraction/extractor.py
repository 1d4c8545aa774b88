"""Split an article into sentences, score each for check-worthiness, keep the claims."""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field

from .language import detect_language
from .segment import split_sentences
from .signals import BIAS, Signal, sentence_signals

DEFAULT_THRESHOLD = 0.5

_REPORTING = re.compile(
    r"(?P<speaker>(?:[A-ZÄÖÜÁÉÍÓÚÑ][\w-]+\s){1,3}[A-ZÄÖÜÁÉÍÓÚÑ][\w-]+)"
    r"(?:,[^,]{0,120},)?\s+(?:\w+\s){0,6}?"
    r"(?:sagte|erklärte|betonte|wies|behauptete|schlug|warnte|said|says|stated|claimed|told|warned|argued|"
    r"dijo|afirmó|aseguró|declaró|señaló|explicó)\b"
)
_ACCORDING_TO = re.compile(r"(?:according to|laut|según)\s+(?P<speaker>(?:[A-ZÄÖÜÁÉÍÓÚÑ][\w-]+\s?){1,4})", re.UNICODE)


@dataclass(frozen=True, slots=True)
class ClaimCandidate:
    text: str
    start: int
    end: int
    sentence_index: int
    sentence: str
    score: float
    signals: list[Signal] = field(default_factory=list)
    speaker: str = ""

    def signals_as_dicts(self) -> list[dict[str, object]]:
        return [s.as_dict() for s in self.signals]


@dataclass(frozen=True, slots=True)
class Extraction:
    language: str
    text: str
    sentences: list[tuple[int, int]]
    claims: list[ClaimCandidate]


def normalise(text: str) -> str:
    """The canonical article text: NFC, with Windows and old Mac line ends unified."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def score_signals(signals: list[Signal]) -> float:
    total = BIAS + sum(s.weight for s in signals)
    return 1.0 / (1.0 + math.exp(-total))


def find_speaker(sentence: str) -> str:
    match = _REPORTING.search(sentence) or _ACCORDING_TO.search(sentence)
    return match.group("speaker").strip() if match else ""


def extract(text: str, language: str | None = None, threshold: float = DEFAULT_THRESHOLD) -> Extraction:
    """Extract check-worthy claims. `text` must already be NFC (see `normalise`)."""
    lang = language or detect_language(text)
    spans = split_sentences(text)
    claims: list[ClaimCandidate] = []
    seen: set[str] = set()
    for index, span in enumerate(spans):
        sentence = text[span.start : span.end]
        signals = sentence_signals(sentence, lang)
        score = score_signals(signals)
        if score < threshold:
            continue
        key = " ".join(sentence.lower().split())
        if key in seen:
            continue  # the same claim repeated in one article is one claim
        seen.add(key)
        claims.append(
            ClaimCandidate(
                text=sentence,
                start=span.start,
                end=span.end,
                sentence_index=index,
                sentence=sentence,
                score=round(score, 4),
                signals=signals,
                speaker=find_speaker(sentence) if any(s.name == "reported_speech" for s in signals) else "",
            )
        )
    return Extraction(language=lang, text=text, sentences=[(s.start, s.end) for s in spans], claims=claims)

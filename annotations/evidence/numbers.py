"""Quantities in text, across formats and languages, and the numeric cross-check.

"4,9 Prozent", "4.9%" and "4.9 per cent" are the same quantity; "doppelt so viele",
"twice as many" and "el doble" are a factor of 2. The cross-check marks a passage as
agreeing when it states the claim's quantities, disagreeing when it states a different
value of the same kind, and silent otherwise. It informs reviewers; it is not a verdict.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_NUM = r"\d{1,3}(?:[.,\u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_PERCENT_WORDS = r"%|prozent\b|percent\b|per cent\b|por ciento\b|pour cent\b"
_QUANTITY = re.compile(rf"(?<![\w.,])(?P<num>{_NUM})\s*(?P<unit>{_PERCENT_WORDS})?", re.IGNORECASE)
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
_FACTOR = re.compile("|".join(re.escape(p) for p in _FACTOR_PHRASES), re.IGNORECASE)
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")


@dataclass(frozen=True, slots=True)
class Quantity:
    value: float
    kind: str  # "percent", "factor", "year" or "number"
    text: str

    def as_dict(self) -> dict[str, object]:
        return {"value": self.value, "kind": self.kind, "text": self.text}


def parse_number(raw: str) -> float | None:
    """Parse "4,9", "4.9", "1.234,5", "1,234.5" and "1\u00a0234" into a float."""
    s = raw.replace("\u202f", "").replace("\u00a0", "")
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


@lru_cache(maxsize=4096)
def quantities(text: str) -> tuple[Quantity, ...]:
    """The quantities stated in `text`, in order. Cached: a lookup reads the claim's once
    per candidate passage, and the top passages' again for the cross-check."""
    found: list[Quantity] = []
    for match in _QUANTITY.finditer(text):
        value = parse_number(match.group("num"))
        if value is None:
            continue
        if match.group("unit"):
            kind = "percent"
        elif _YEAR.match(match.group("num")):
            kind = "year"
        else:
            kind = "number"
        found.append(Quantity(value, kind, match.group().strip()))
    for match in _FACTOR.finditer(text):
        found.append(Quantity(_FACTOR_PHRASES[match.group().lower()], "factor", match.group()))
    return tuple(found)


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= max(1e-9, 0.005 * max(abs(a), abs(b)))


def cross_check(claim_text: str, passage: str) -> tuple[str, list[dict[str, object]]]:
    """Return ("agrees" | "disagrees" | "silent", details per claim quantity)."""
    claimed = quantities(claim_text)
    stated = quantities(passage)
    details: list[dict[str, object]] = []
    agreements = disagreements = 0
    for quantity in claimed:
        same_kind = [q for q in stated if q.kind == quantity.kind]
        match = next((q for q in same_kind if _same(q.value, quantity.value)), None)
        if match is not None:
            agreements += 1
            details.append({"claim": quantity.as_dict(), "passage": match.as_dict(), "result": "agrees"})
        elif same_kind and quantity.kind in {"percent", "factor"}:
            # A different percentage or factor in a relevant passage contradicts the claim;
            # a different bare number or year usually refers to something else.
            disagreements += 1
            details.append({"claim": quantity.as_dict(), "passage": same_kind[0].as_dict(), "result": "disagrees"})
        else:
            details.append({"claim": quantity.as_dict(), "passage": None, "result": "silent"})
    if disagreements and not agreements:
        return "disagrees", details
    if agreements:
        return ("disagrees" if disagreements > agreements else "agrees"), details
    return "silent", details

"""Claim extraction: plain Python, no Django. `extract(text)` is the entry point."""

from .extractor import ClaimCandidate, Extraction, extract
from .language import detect_language

__all__ = ["ClaimCandidate", "Extraction", "detect_language", "extract"]

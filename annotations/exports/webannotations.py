"""W3C Web Annotations (JSON-LD): one `assessing` annotation per claim on its article.

The target pairs a TextQuoteSelector (exact, prefix, suffix) with a TextPositionSelector
whose start/end are Unicode code points into the article's NFC text, as the Web
Annotation model specifies.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from .base import ExportContext, iso, json_array

CONTEXT_CHARS = 32


def annotation(row: dict[str, Any], context: ExportContext) -> dict[str, Any]:
    text = row["article_text"]
    start, end = row["start"], row["end"]
    return {
        "id": f"{context.claim_url(row['claim_id'])}#annotation",
        "type": "Annotation",
        "motivation": "assessing",
        "created": iso(row["verdict_created_at"]),
        "creator": {"type": "Person", "nickname": row["reviewer"]},
        "body": [
            {"type": "TextualBody", "purpose": "assessing", "value": row["rating_label"], "format": "text/plain"},
            {"type": "TextualBody", "purpose": "commenting", "value": row["rationale"], "format": "text/plain"},
        ],
        "target": {
            "source": row["article_url"] or context.article_url(row["article_id"]),
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": text[start:end],
                    "prefix": text[max(0, start - CONTEXT_CHARS) : start],
                    "suffix": text[end : end + CONTEXT_CHARS],
                },
                {"type": "TextPositionSelector", "start": start, "end": end},
            ],
        },
    }


def chunks(rows: Iterable[dict[str, Any]], context: ExportContext) -> Iterator[str]:
    items = (annotation(row, context) for row in rows)
    header = (
        '{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection", '
        f'"id": "{context.base_url}/exports/annotations", "label": "Fact-check verdicts", "items": ['
    )
    return json_array(header, items, "\n]}\n")

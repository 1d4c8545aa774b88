"""W3C Web Annotations (JSON-LD): one `assessing` annotation per claim on its article.

The target pairs a TextQuoteSelector (exact, prefix, suffix) with a TextPositionSelector
whose start/end are Unicode code points into the article's NFC text, as the Web
Annotation model specifies.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from annotations.models import Verdict

from .base import ExportContext, iso, json_array
from .rows import reviewer_name

CONTEXT_CHARS = 32


def annotation(verdict: Verdict, context: ExportContext) -> dict[str, Any]:
    claim = verdict.claim
    article = claim.article
    text = article.text
    return {
        "id": f"{context.claim_url(claim.pk)}#annotation",
        "type": "Annotation",
        "motivation": "assessing",
        "created": iso(verdict.created_at),
        "creator": {"type": "Person", "nickname": reviewer_name(verdict)},
        "body": [
            {"type": "TextualBody", "purpose": "assessing", "value": verdict.rating.label, "format": "text/plain"},
            {
                "type": "TextualBody",
                "purpose": "commenting",
                "value": verdict.rationale,
                "format": "text/plain",
                "language": claim.language,
            },
        ],
        "target": {
            "source": article.url or context.article_url(article.pk),
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": text[claim.start : claim.end],
                    "prefix": text[max(0, claim.start - CONTEXT_CHARS) : claim.start],
                    "suffix": text[claim.end : claim.end + CONTEXT_CHARS],
                },
                {"type": "TextPositionSelector", "start": claim.start, "end": claim.end},
            ],
        },
    }


def chunks(verdicts: Iterable[Verdict], context: ExportContext) -> Iterator[str]:
    items = (annotation(v, context) for v in verdicts)
    header = (
        '{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection", '
        f'"id": "{context.base_url}/exports/annotations", "label": "Fact-check verdicts", "items": ['
    )
    return json_array(header, items, "\n]}\n")

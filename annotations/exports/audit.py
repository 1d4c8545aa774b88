"""The audit trail: every verdict and claim change, who and when, old and new values."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import Any

from annotations.models import ClaimEvent

from .base import ExportContext, iso

COLUMNS = ["event_id", "created_at", "claim_id", "article_id", "kind", "actor", "old", "new", "cited_evidence"]


def event_row(event: ClaimEvent) -> dict[str, Any]:
    if event.actor is not None:
        actor = event.actor.get_username()
    elif event.api_client is not None:
        actor = f"api:{event.api_client.name}"
    else:
        actor = "system"
    return {
        "event_id": event.pk,
        "created_at": iso(event.created_at),
        "claim_id": event.claim_id,
        "article_id": event.claim.article_id,
        "kind": event.kind,
        "actor": actor,
        "old": event.old,
        "new": event.new,
        "cited_evidence": list(event.new.get("cited_evidence", [])) if isinstance(event.new, dict) else [],
    }


def csv_chunks(events: Iterable[ClaimEvent], context: ExportContext) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for n, event in enumerate(events, start=1):
        row = event_row(event)
        row["old"] = json.dumps(row["old"], ensure_ascii=False, sort_keys=True)
        row["new"] = json.dumps(row["new"], ensure_ascii=False, sort_keys=True)
        row["cited_evidence"] = " ".join(str(e) for e in row["cited_evidence"])
        writer.writerow([row[c] for c in COLUMNS])
        if n % 500 == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def jsonl_chunks(events: Iterable[ClaimEvent], context: ExportContext) -> Iterator[str]:
    for event in events:
        yield json.dumps(event_row(event), ensure_ascii=False) + "\n"

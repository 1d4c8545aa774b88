"""Bar charts as inline SVG, rendered on the server: no script, no third-party assets."""

from __future__ import annotations

from collections.abc import Sequence

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe


def bar_chart(
    data: Sequence[tuple[str, int]],
    *,
    title: str,
    width: int = 560,
    bar_height: int = 22,
    colour: str = "#0b5cad",
    empty: str = "No data yet.",
) -> SafeString:
    """Horizontal bars with labels and values; accessible via <title> and aria-label. With
    no data, `empty` as a sentence in the page's own type (an empty chart scaled to the
    card's width shrank its text to a few pixels)."""
    if not data:
        return mark_safe(f'<p class="muted chart-empty">{escape(empty)}</p>')  # noqa: S308 - escaped
    label_width = 150
    height = max(1, len(data)) * (bar_height + 6) + 10
    top = max((value for _, value in data), default=0) or 1
    rows = []
    for i, (label, value) in enumerate(data):
        y = 5 + i * (bar_height + 6)
        length = int((width - label_width - 60) * value / top)
        rows.append(
            f'<text x="{label_width - 8}" y="{y + bar_height * 0.7:.0f}" text-anchor="end">{escape(label)}</text>'
            f'<rect x="{label_width}" y="{y}" width="{max(length, 1)}" height="{bar_height}" fill="{colour}" rx="3">'
            f"<title>{escape(label)}: {value}</title></rect>"
            f'<text x="{label_width + length + 6}" y="{y + bar_height * 0.7:.0f}">{value}</text>'
        )
    return mark_safe(  # noqa: S308 - every interpolated label is escaped above
        f'<svg class="chart" role="img" aria-label="{escape(title)}" viewBox="0 0 {width} {height}" '
        f'width="100%" xmlns="http://www.w3.org/2000/svg" font-size="13" font-family="system-ui, sans-serif">'
        f"<title>{escape(title)}</title>{''.join(rows)}</svg>"
    )


def column_chart(data: Sequence[tuple[str, int]], *, title: str, width: int = 560, height: int = 180) -> SafeString:
    """Vertical columns, for a time series such as verdicts per day."""
    count = max(1, len(data))
    slot = (width - 20) / count
    top = max((value for _, value in data), default=0) or 1
    bars = []
    for i, (label, value) in enumerate(data):
        h = (height - 50) * value / top
        x = 10 + i * slot
        bars.append(
            f'<rect x="{x + 2:.1f}" y="{height - 30 - h:.1f}" width="{slot - 4:.1f}" height="{max(h, 1):.1f}" '
            f'fill="#116329" rx="2"><title>{escape(label)}: {value}</title></rect>'
            f'<text x="{x + slot / 2:.1f}" y="{height - 32 - h:.1f}" text-anchor="middle">{value or ""}</text>'
            f'<text x="{x + slot / 2:.1f}" y="{height - 12}" text-anchor="middle" font-size="10">{escape(label)}</text>'
        )
    return mark_safe(  # noqa: S308 - labels escaped
        f'<svg class="chart" role="img" aria-label="{escape(title)}" viewBox="0 0 {width} {height}" width="100%" '
        f'xmlns="http://www.w3.org/2000/svg" font-size="12" font-family="system-ui, sans-serif">'
        f"<title>{escape(title)}</title>{''.join(bars)}</svg>"
    )

"""Bytes to text for files and fetched pages: UTF-8 first, byte order marks, declared charsets.

Plain Python; used by `import_library`, `submit_article`, `extract_claims` and the URL fetcher.
"""

from __future__ import annotations

import codecs
import re

# <meta charset="…"> or <meta http-equiv="Content-Type" content="text/html; charset=…">,
# looked for in the first 1,024 bytes, as browsers do.
_META_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# Labels the WHATWG Encoding standard reads as windows-1252, as every browser does: pages
# labelled Latin-1 use its extra characters (curly quotes, the euro sign) all the time.
_WINDOWS_1252 = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp819", "ibm819"}
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def byte_order_mark(raw: bytes) -> str | None:
    """The codec a byte order mark at the start names (UTF-8 or UTF-16), if any."""
    return next((codec for bom, codec in _BOMS if raw.startswith(bom)), None)


def charset_codec(label: str) -> str | None:
    """Python's codec for a charset label from HTTP or HTML, or None when it is unknown."""
    label = label.strip().strip("\"'").lower()
    if label in _WINDOWS_1252:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def declared_charset(raw: bytes) -> str | None:
    """The codec an HTML document's own <meta> declares, if it declares a known one."""
    match = _META_CHARSET.search(raw[:1024])
    codec = charset_codec(match.group(1).decode("ascii")) if match else None
    # A declaration that the prescan could read is ASCII-compatible; "utf-16" there is a
    # mislabelled page (browsers read it as UTF-8).
    return "utf-8" if codec and codec.startswith("utf-16") else codec


def decode_page(raw: bytes, transport: str | None = None, *, html: bool = True) -> str:
    """A fetched page's bytes as text: a byte order mark wins, then the charset the server
    sent, then UTF-8 when the bytes are valid UTF-8, then (HTML only) the page's own <meta>
    declaration, and UTF-8 with replacement characters when nothing else fits. Valid UTF-8
    is believed before the <meta> tag because pages re-saved as UTF-8 often keep an old
    "iso-8859-1" declaration, while text in another encoding is almost never valid UTF-8
    by chance."""
    codec = byte_order_mark(raw) or (charset_codec(transport) if transport else None)
    if codec:
        return raw.decode(codec, errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode((declared_charset(raw) if html else None) or "utf-8", errors="replace")


def decode_file(data: bytes, *, html: bool = False) -> str:
    """A file's text: UTF-8, or what its byte order mark says (UTF-8 or UTF-16, as editors
    on Windows save), or for HTML the charset its <meta> declares. ValueError otherwise."""
    codec = byte_order_mark(data)
    try:
        return data.decode(codec or "utf-8")
    except UnicodeDecodeError as exc:
        declared = declared_charset(data) if html and not codec else None
        if declared and declared != "utf-8":
            return data.decode(declared, errors="replace")
        hint = "; an HTML file in another encoding needs a <meta charset> declaration" if html and not codec else ""
        name = "UTF-16" if codec == "utf-16" else "UTF-8"
        raise ValueError(f"not valid {name} ({exc.reason} at byte {exc.start}){hint}") from exc

"""Bytes → text, refusing what is not text rather than guessing.

UTF-8 first (the common case, exact); then charset-normalizer restricted to the legacy
encodings news actually comes in, because unrestricted it picks DOS code pages for short
Latin-1 texts. A result is accepted only when it decodes cleanly (low "chaos").
"""

from __future__ import annotations

import charset_normalizer

from sayso.sources.errors import SourceError

#: Legacy encodings tried, most likely first: ties in charset-normalizer's score go to the earlier.
LEGACY_ENCODINGS = (
    "cp1252",
    "latin_1",
    "iso8859_15",
    "cp1251",
    "koi8_r",
    "koi8_u",
    "iso8859_5",
    "mac_cyrillic",
    "cp1250",
    "iso8859_2",
    "cp1253",
    "cp1254",
    "cp1257",
)
MAX_CHAOS = 0.2  # charset-normalizer's own default threshold for "this is readable text"
MIN_SPACE = 0.05  # prose in any of these encodings has spaces; decoded noise rarely does
TIE = 0.02  # results this close in chaos count as equally good
_CONTROL = frozenset(range(32)) - {9, 10, 12, 13} | {127}
#: Every byte but the control ones: deleting them leaves the control bytes to count (in C).
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL)
_SAMPLE = 8192


def decode_bytes(data: bytes, name: str) -> tuple[str, str]:
    """Return ``(text, encoding)``; SourceError if ``data`` is empty, binary or undecodable."""
    if not data.strip():
        raise SourceError(name, "empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise SourceError(name, "cannot decode (bad UTF-16)") from None
    sample = data[:_SAMPLE]
    if b"\x00" in sample or len(sample.translate(None, _NOT_CONTROL)) > len(sample) / 10:
        raise SourceError(name, "binary file, not text")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _decode_legacy(data, name)


def _decode_legacy(data: bytes, name: str) -> tuple[str, str]:
    results = [
        r
        for r in charset_normalizer.from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS))
        if r.chaos <= MAX_CHAOS
    ]
    if not results:
        raise SourceError(name, "cannot decode: not UTF-8 and no confident legacy encoding")
    best = min(r.chaos for r in results)
    close = [r for r in results if r.chaos <= best + TIE]
    order = {enc: i for i, enc in enumerate(LEGACY_ENCODINGS)}
    pick = min(close, key=lambda r: order.get(r.encoding, len(order)))
    text = str(pick)
    if len(text) > 64 and sum(c.isspace() for c in text) < len(text) * MIN_SPACE:
        raise SourceError(name, f"cannot decode: reads as {pick.encoding} but not as prose")
    return text, pick.encoding

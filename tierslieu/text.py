"""Text hygiene: NFC storage, invisible characters, accent-insensitive search keys."""

from __future__ import annotations

import re
import unicodedata

# zero-width and bidirectional control characters never belong in names or e-mails
_INVISIBLE = dict.fromkeys(
    [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
     0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F]
)
_SPACES = re.compile(r"[\s\u00a0\u202f]+")
_NON_ALNUM = re.compile(r"[\W_]+", re.UNICODE)


def clean(value: str | None) -> str:
    """NFC-normalise, drop invisible characters, collapse and trim spaces."""
    if value is None:
        return ""
    value = str(value)
    if not value.isascii():   # ASCII is already NFC and has no invisible characters
        value = unicodedata.normalize("NFC", value).translate(_INVISIBLE)
    return _SPACES.sub(" ", value).strip()


def fold(value: str | None) -> str:
    """Lower-case, accent-free form used for searching ("Hélène" -> "helene")."""
    if not value:
        return ""
    if value.isascii():       # nothing to decompose: the same as the general case, faster
        return value.lower()
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", stripped.replace("\u2019", "'"))


def compact(value: str | None) -> str:
    """Folded with spaces, hyphens and apostrophes removed ("Le Clerc" -> "leclerc")."""
    return _NON_ALNUM.sub("", fold(value))


def search_tokens(query: str | None) -> list[str]:
    """Folded tokens of a user query ("Hélène  Le" -> ["helene", "le"])."""
    return [fold(t) for t in _SPACES.split(clean(query)) if t]



_WORD_SPLIT = re.compile(r"[\s'\-\u2019]+")


def search_words(*values: str | None) -> list[str]:
    """Words under which a record is found by prefix.

    Each value gives its folded words, its e-mail parts, and the compacted suffixes of
    its words, so "latour" finds "de La Tour d'Auvergne" and "ndiaye" finds "N'Diaye".
    """
    out: list[str] = []
    for value in values:
        folded = fold(clean(value))
        if not folded:
            continue
        words = [w for w in _WORD_SPLIT.split(folded) if w]
        out.extend(words)
        if "@" in folded:
            out.extend(p for p in folded.split("@") if p)
        for i in range(len(words)):
            joined = compact("".join(words[i:]))
            if joined and joined not in words:
                out.append(joined)
    return list(dict.fromkeys(out))

"""Write-ins whose characters were damaged on their way between systems, put back as they were typed.

Exports, e-mails and web forms damage text as real spreadsheets show it: UTF-8 read as Windows-1252 ("ServSafeÂ®
Manager", "CompTIA A+ â€“ Core 1", "MOSâ„¢ Word"), HTML entities left in ("OSHA 10 &amp; CPR", "A&#43;",
"ServSafe&reg;"), code points left escaped ("ServSafe\\u00ae"), full-width letters and digits ("ＯＳＨＡ １０"), curly
quotes, non-breaking and zero-width spaces, a byte-order mark read as text ("ï»¿"). Every reading of a write-in's
shape splits it on its dashes, ampersands and commas before anything is cleaned, so the damage is undone first:
escaped code points decoded, entities unescaped (the standard library's html.unescape), each character UTF-8 read as
Windows-1252 wrote put back (normalize.mended_mojibake, which mends list names too), full-width forms, curly quotes
and long dashes written plainly; then what cannot be put back goes: zero-width characters (a space where one stood
between two words), and the debris of a mark one of whose bytes was lost on the way ("â€" where a closing quote
was). A text of plain ASCII without an entity or an escape, nearly every write-in, is returned at once. (ftfy, the
library for mojibake, was tried: it leaves "â„¢", a trade mark after letters, as it is, and would have been a
dependency for what these few lines do.)
"""

from __future__ import annotations

import html
import re

from cte_credentials.resolve.normalize import mended_mojibake

_ENTITY = re.compile(r"&(?:#\d{2,5}|#x[0-9a-fA-F]{2,4}|[A-Za-z]{2,8});")
_ESCAPED = re.compile(r"\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})")
# what damage shows: a character out of ASCII, an entity ("&amp;", "&#43;") or an escaped code point ("\u00ae")
_DAMAGE = re.compile(rf"[^\x00-\x7f]|{_ENTITY.pattern}|{_ESCAPED.pattern}")
# full-width forms ("ＯＳＨＡ １０", "，") and the ideographic space, curly quotes, dashes of every length (a word
# processor's "–" and "—" are the hyphen typed: "CNA — BLS"), zero-width characters
_PLAIN = {**{code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}, 0x3000: " ", 0x00A0: " ",
          **dict.fromkeys(map(ord, "\u2018\u2019\u201a\u201b\u2032"), "'"),
          **dict.fromkeys(map(ord, "\u201c\u201d\u201e\u201f\u2033"), '"'),
          **dict.fromkeys(map(ord, "\u2012\u2013\u2014\u2015\u2212"), "-"),
          **dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)}
# a mark's debris: its first two bytes as Windows-1252 without the third ("â€" of a lost closing quote), or "Â"
# left before a space where a no-break space was
_DEBRIS = re.compile("\u00e2\u20ac[^\\w\\s]?|\u00c2(?=\\s|$)")
# a zero-width space between two words stands for the space it took the place of ("Phlebotomy\u200bTechnician")
_ZERO_WIDTH_BETWEEN = re.compile("(?<=\\w)[\u200b\u2060\ufeff]+(?=\\w)")


def repaired(text: str | None) -> str | None:
    """The write-in with its damaged characters put back (see the module's docstring); None stays None."""
    if not text or not _DAMAGE.search(text):
        return text
    if "\\" in text:
        text = _ESCAPED.sub(lambda m: _code_point(m.group(1) or m.group(2), m.group(0)), text)
    if "&" in text:
        # (twice: "&amp;reg;" is an entity escaped again)
        for _ in range(2):
            text = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
    if not text.isascii():
        text = _ZERO_WIDTH_BETWEEN.sub(" ", _DEBRIS.sub(" ", mended_mojibake(text))).translate(_PLAIN)
    return text


def _code_point(digits: str, escaped: str) -> str:
    value = int(digits, 16)
    return chr(value) if value <= 0x10FFFF and not 0xD800 <= value <= 0xDFFF else escaped

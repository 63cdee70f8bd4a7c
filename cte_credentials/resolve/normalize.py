"""Text normalisation shared by every resolution step, applied the same way to write-ins and to canonical names."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

_PUNCT = re.compile(r"[^a-z0-9+#]+")
_NUMBER = re.compile(r"\d+")
_PLUS = re.compile(r"(?<=[a-z0-9])\+")
_SPACED_PLUS = re.compile(r"(?<=[a-z0-9]) +\+(?=\s*(?:$|[,;/|)]))")
_FREE_PLUS = re.compile(r"\s\+\s")
_DIGIT_LETTER = re.compile(r"(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])")
_HAS_DIGIT = re.compile(r"\d").search
# an edition ("7th ed."), in any case, its number in group 1
_EDITION = re.compile(r"(?<![A-Za-z0-9])(\d{1,2})\s?(?:st|nd|rd|th)\s+(?:ed|edn|edition)(?![A-Za-z0-9])\.?",
                      re.IGNORECASE)
# an edition's number read as a word (Normalizer.editions): no number of the credential's (numbers_conflict), but the
# word telling one edition from another
_ORDINALS = dict(enumerate(("zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
                            "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
                            "twentieth").split()))
# _PUNCT for plain ASCII text as a translation table (str.translate is several times faster than the regex)
_ASCII_PUNCT = {i: " " for i in range(128) if not re.fullmatch(r"[a-z0-9+#]", chr(i))}


@dataclass(frozen=True)
class Normalizer:
    """Lower-cases, strips accents and punctuation, and expands abbreviations (whole words, longest first)."""

    abbreviations: tuple[tuple[str, str], ...]
    # acronyms the list writes in capitals in brackets that the abbreviations would read as a word saying nothing
    # of which credential ("Community Emergency Response Team (CERT)": not "certification"): typed in capitals, they
    # are kept
    acronyms: frozenset[str] = frozenset()
    # patterns holding "/" or "&" ("A/C", "A&P"), which cleaning would cut apart: expanded in the raw text, before an
    # entry is cut into pieces (expand_raw), so that "FAA A&P" is "FAA airframe and powerplant", two credentials
    raw: tuple[tuple[str, str], ...] = ()
    # exam codes of the abbreviations (a number of three digits or more) that the list's names write: typed alone,
    # they are read as the list writes them, not as what the seed says they stand for ("220-1101" beside the
    # list's "CompTIA A+ Core 1 (220-1101)" and "Core 2 (220-1102)" is the Core 1, not any "A+")
    written_codes: frozenset[str] = frozenset()
    # a list writing one name in two editions or more under separate codes ("ServSafe Manager (7th Edition)", "(8th
    # Edition)"): an edition then tells credentials apart, and is read as the word "edition" and its ordinal
    # ("seventh"), in the list's names and in write-ins alike (elsewhere it is left out: see basic_clean)
    editions: bool = False

    @classmethod
    def from_rows(cls, rows: list[dict], names: list[str] | None = None,
                  generic: frozenset[str] = frozenset()) -> Normalizer:
        pairs, raw = [], []
        for row in rows:
            if re.search(r"[a-z0-9][/&][a-z0-9]", row["pattern"].strip().lower()):
                raw.append((row["pattern"].strip().lower(), row["replacement"].strip()))
                continue
            pattern = basic_clean(row["pattern"])
            if pattern:
                pairs.append((pattern, basic_clean(row["replacement"])))
        # a vendor's test codes ("ase a1": "ase engine repair") are read as their areas only where no name of the
        # list writes one of them beside the vendor's word: a list writing "ASE A4 Suspension and Steering" or "ASE
        # Brakes (A5)" tells the coded tests from rows without a code ("ASE Entry-Level: Suspension & Steering"), and
        # its "ASE A5" is the coded row or, where the list lacks it, none
        written = [f" {basic_clean(name)} " for name in names or ()]
        coded = {p.partition(" ")[0] for p, r in pairs if _vendor_code(p, r) and any(
            f" {p.partition(' ')[0]} " in name and f" {p.partition(' ')[2]} " in name for name in written)}
        pairs = [(p, r) for p, r in pairs if not (_vendor_code(p, r) and p.partition(" ")[0] in coded)]
        # a phrase the seed reads as its initials ("basic life support": "bls") is read so only in a list whose names
        # write the initials and never the phrase ("BLS Provider"): a list writing the phrase learns its initials
        # from its own names, and its words tell its credentials apart ("Basic Life Support (BLS) Instructor")
        pairs = [(p, r) for p, r in pairs if not _initials_of(p, r) or (
            any(f" {r} " in name for name in written) and not any(f" {p} " in name for name in written))]
        codes = frozenset(p for p, _ in pairs if is_exam_code(p) and any(f" {p} " in name for name in written))
        # an exam's code is read as the credential it stands for only where the list's names hold every word of
        # it: elsewhere the list lacks that credential ("AI-900", the Azure AI Fundamentals, beside a list's Azure
        # Fundamentals alone), and the code, unread, goes to review
        # (nor where a name holding its words writes another exam of its number: "AZ-900" beside the list's "Azure
        # AI Fundamentals (AI-900)" is no AI-900, which its reading's words would make it once its number is read
        # away; "MO-200" beside FEMA's "IS-200" is read)
        known = {w for name in written for w in name.split()}

        def another_of_its_number(pattern: str, replacement: str) -> bool:
            letters, number = pattern.split()[0], pattern.split()[-1]
            words = set(replacement.split())
            return any(f" {number} " in name and words <= set(name.split()) and any(
                b == number and a != letters and a.isalpha() and len(a) <= 3
                for a, b in zip(name.split(), name.split()[1:], strict=False)) for name in written)

        pairs = [(p, r) for p, r in pairs if not is_exam_code(p) or p in codes
                 or all(w in known for w in r.split() if not w.isdigit()) and not another_of_its_number(p, r)]
        # longest patterns first, so "gen ind" wins over "ind"
        pairs.sort(key=lambda p: (-len(p[0].split()), -len(p[0])))
        patterns = {p for p, r in pairs if r in generic}
        written = {w.lower() for name in names or () for inner in _BRACKETED.findall(name)
                   for w in _CAPITAL_WORD.findall(inner)}
        editions: dict[str, set[str]] = {}
        for name in names or ():
            for m in _EDITION.finditer(name):
                editions.setdefault(basic_clean(name), set()).add(m.group(1))
        return cls(tuple(pairs), frozenset(written & patterns), tuple(raw), codes,
                   any(len(numbers) >= 2 for numbers in editions.values()))

    def __post_init__(self) -> None:
        if self.abbreviations:
            alternatives = "|".join(re.escape(p) for p, _ in self.abbreviations)
            object.__setattr__(self, "_regex", re.compile(rf"(?<![a-z0-9])(?:{alternatives})(?![a-z0-9])"))
            object.__setattr__(self, "_map", dict(self.abbreviations))
            object.__setattr__(self, "_first_words", frozenset(p.split()[0] for p, _ in self.abbreviations))
        else:
            object.__setattr__(self, "_regex", None)
        raw = "|".join(re.escape(p) for p, _ in sorted(self.raw, key=lambda p: -len(p[0])))
        object.__setattr__(self, "_raw_regex", re.compile(rf"(?<![A-Za-z0-9])(?:{raw})(?![A-Za-z0-9])", re.IGNORECASE)
                           if raw else None)
        object.__setattr__(self, "_raw_map", dict(self.raw))

    def expand_raw(self, text: str) -> str:
        """The raw text with the patterns holding "/" or "&" spelt out ("HVAC Excellence Electrical & A/C": "HVAC
        Excellence Electrical & air conditioning"), unless a word of the expansion is typed beside it: the writer
        says which ("FAA A&P Powerplant" is the powerplant certificate alone)."""
        if self._raw_regex is None or ("/" not in text and "&" not in text):  # type: ignore[attr-defined]
            return text
        typed = set(basic_clean(text).split())

        def expand(m: re.Match) -> str:
            replacement = self._raw_map[m.group(0).lower()]  # type: ignore[attr-defined]
            spelt = typed & (set(replacement.split()) - {"and", "of", "the"})
            return m.group(0) if spelt else replacement

        return self._raw_regex.sub(expand, text)  # type: ignore[attr-defined]

    def __call__(self, text: str | None) -> str:
        if self.editions and text and _EDITION.search(text):
            text = _EDITION.sub(lambda m: f" edition {_ORDINALS.get(int(m.group(1)), m.group(1))} ", text)
        cleaned = basic_clean(text)
        if not cleaned or self._regex is None:  # type: ignore[attr-defined]
            return cleaned
        # the regex is slow and most texts hold no abbreviation. Without "+" or "#", a cleaned text is words of
        # [a-z0-9] between single spaces, so a match spans whole words and starts with a pattern's first word
        first_words: frozenset[str] = self._first_words  # type: ignore[attr-defined]
        if "+" not in cleaned and "#" not in cleaned and first_words.isdisjoint(cleaned.split()):
            return cleaned
        # one pass: each word is expanded at most once, so "i" -> "1" never cascades
        kept = {w.lower() for w in _CAPITAL_WORD.findall(text or "")} & self.acronyms if self.acronyms else set()
        words = f" {cleaned} "

        def expand(m: re.Match) -> str:
            found, replacement = m.group(0), self._map[m.group(0)]  # type: ignore[attr-defined]
            # a code written beside what it stands for ("CompTIA A+ (220-1101)", "ASE A1 Engine Repair") is kept as
            # it is
            if found in kept or found in self.written_codes or any(ch.isdigit() for ch in found) and (
                    f" {replacement} " in words
                    or _vendor_code(found, replacement) and f" {replacement.partition(' ')[2]} " in words):
                return found
            return replacement

        return self._regex.sub(expand, cleaned)  # type: ignore[attr-defined]


def _initials_of(pattern: str, replacement: str) -> bool:
    """The replacement is one word, the initials of the pattern's words ("basic life support": "bls")."""
    return " " in pattern and replacement == "".join(w[0] for w in pattern.split())


def _vendor_code(pattern: str, replacement: str) -> bool:
    """A vendor's test code: a pattern holding a number whose replacement starts with the pattern's first word, the
    vendor's ("ase a 1": "ase engine repair")."""
    first = pattern.split()[0]
    return any(ch.isdigit() for ch in pattern) and " " in pattern and replacement.startswith(first + " ")


_BRACKETED = re.compile(r"[(\[]([^)\]]*)[)\]]")
_CAPITAL_WORD = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2,6}(?![A-Za-z0-9])")
_MARKS = re.compile("[\u2122\u2120\u00ae\u00a9]")  # (TM), (SM), (R), (C)
# UTF-8 read as Windows-1252 ("ServSafeÂ®", "Childrenâ€™s", "SystÃ¨mes"): a lead byte's letter, then one to three
# of the letters continuation bytes read as
_CP1252_TAIL = ("\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
                "\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122")
_MOJIBAKE = re.compile(f"[\u00c2-\u00f4][{_CP1252_TAIL}]{{1,3}}")


def mended_mojibake(text: str) -> str:
    """The text with each character that UTF-8 read as Windows-1252 wrote ("Â®", "â€“", "Ã©") put back."""
    return _MOJIBAKE.sub(_mended, text)


def _mended(match: re.Match) -> str:
    """One character as its UTF-8 bytes read as Windows-1252 wrote it, put back ("Â®": "®"); as it was if those
    letters are no such bytes."""
    try:
        return match.group(0).encode("cp1252").decode("utf-8")
    except UnicodeError:
        return match.group(0)


_ROUND = str.maketrans("[]{}", "()()")


def round_brackets(name: str) -> str:
    """A list's name with square and curly brackets written as round ones ("Certified SOLIDWORKS Associate [CSWA]"):
    every rule reading an acronym or a qualifier in brackets reads round ones."""
    return name.translate(_ROUND)


_BANG_FOR_I = re.compile(r"(?<=[a-z])!(?=[a-z])")


def is_exam_code(pattern: str) -> bool:
    """An abbreviation seed's pattern, cleaned, that is an exam's code: a number of three digits or more ("220 1101",
    "n 10 009", "az 900"), or letters, then a letter and two digits ("clf c 02", "fc 0 u 71")."""
    return any(len(w) >= 3 and w.isdigit() for w in pattern.split()) or bool(
        re.fullmatch(r"[a-z]{2,3}(?: \d)? [a-z] \d{2}", pattern))


@lru_cache(maxsize=200_000)
def basic_clean(text: str | None) -> str:
    """Case, accents, punctuation and spacing only: what every comparison starts from."""
    if not text:
        return ""
    text = str(text)
    if not text.isascii():  # plain ASCII (nearly every entry) has no accents to strip
        # a list exported through a wrong encoding: its characters put back ("ServSafeÂ®": "ServSafe®")
        text = mended_mojibake(text)
        # a trade mark sign is no letters: NFKD would spell "PCEP™" as "PCEPTM"
        text = unicodedata.normalize("NFKD", _MARKS.sub(" ", text))
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.lower().replace("&", " and ")
    if "!" in text:
        # an exclamation mark between letters is the "i" a brand writes so ("W!SE" is "Wise")
        text = _BANG_FOR_I.sub("i", text)
    # "Network+" is typed "Network Plus" as often: a plus stuck to a word is the word "plus", and so is one typed
    # after it at the end of the text or before a separator ("CompTIA A +")
    if "+" in text:
        text = _PLUS.sub(" plus ", _SPACED_PLUS.sub("+", text))
        # a plus standing alone between words is "and", as "&" is ("IT Specialist - HTML + CSS")
        text = _FREE_PLUS.sub(" and ", text)
    if _HAS_DIGIT(text):
        # an edition of a course book names no other credential ("ServSafe Manager 7th edition", "NCCER Core (Intro
        # to Craft Skills) 5th Ed."): left out
        if "ed" in text:
            text = _EDITION.sub(" ", text)
        # a digit stuck to letters is its own token: "osha10" -> "osha 10", "10hr" -> "10 hr"
        text = _DIGIT_LETTER.sub(" ", text)
    return " ".join((text.translate(_ASCII_PUNCT) if text.isascii() else _PUNCT.sub(" ", text)).split())


# a version's year written in a name or a write-in ("Office 2019", "AutoCAD 2024")
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# a version a name writes: a year, or Microsoft's "365" ("Excel Associate (Microsoft 365 Apps)", "Word 365")
VERSION_MARK = re.compile(r"\b(?:19|20)\d\d\b|\b(?:(?:Microsoft|Office)\s+)?365(?:\s+Apps)?\b", re.IGNORECASE)


def version_year(number: str) -> bool:
    """A number that is a version's year ("Excel 2019"), which identifies no credential; "365" is one too, the
    subscription's version of Microsoft's apps ("MOS Excel Associate 365", "Word Associate (Microsoft 365 Apps)")."""
    return 1990 <= int(number) <= 2099 or number == "365"


def numbers(normalized: str) -> frozenset[str]:
    """The numbers that identify a credential (10 vs 30 hours, level 1 vs 2); version years are ignored."""
    return frozenset(n.lstrip("0") or "0" for n in _NUMBER.findall(normalized) if not version_year(n))


def number_counts(normalized: str) -> Counter[str]:
    """How many times each number stands in a normalised text ("aws d 1 1": 1 twice)."""
    return Counter(n.lstrip("0") or "0" for n in normalized.split() if n.isdigit())


def numbers_conflict(query: frozenset[str], candidate: frozenset[str]) -> bool:
    """The hard rule: a write-in that names numbers never matches a credential with other numbers."""
    return bool(query) and bool(candidate) and query != candidate

"""What resolution learns from the credential list itself (never from our seeds): acronyms and the words that tell
a credential from its siblings. Built once per list by build_refs; every function takes the references' parts.

- **Acronyms.** A list names an acronym three ways: in brackets ("Certified Nursing Assistant (CNA)"), as a word
  in capitals ("PLS Certification", "Master CSP") and as the initials of a whole name ("Child Development
  Associate" is CDA). An acronym the list gives to one credential names it; one it gives to several different
  credentials ("CDA": Certified Dental Assistant and Child Development Associate) is shared, and a write-in that is
  only that acronym goes to review (unless the vendor or the program's CIP settles it).
- **Duplicates.** A list may hold one credential under several codes ("Certified EKG Technician (CET)" and
  "Certified EKG Technician"; "CEH - Certified Ethical Hacker" and "Certified Ethical Hacker"; the same name twice):
  rows of one vendor whose names have the same words once an acronym (in capitals in brackets, or a word that is the
  initials of the others) and words such as "certified" are left out. Resolution scores such a credential once,
  under its first code, and resolves every mention of it there: the rows are one credential, not an ambiguity.
  Names that differ by any other word ("Welder (Level 1)", "Medical Assistant (Advanced)") stay apart.
- **Sibling words.** Two names of the list that differ by one word ("Microsoft Office Specialist Excel" and "...
  Excel Expert"; "ASE Certified Collision Repair Tech" and "ASE Certified Master Collision Repair Tech") show that
  this word tells credentials apart: a write-in without it does not name the one that has it, however close the
  rest. Words that play this part for several credentials are the list's level words (Master, Expert,
  Entry-Level, Advanced, Associate... as the list itself uses them): a candidate holding one the write-in lacks may
  be the sibling a level up, even where the sibling's name is spelt differently.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from typing import NamedTuple

from cte_credentials.resolve.normalize import basic_clean, version_year

_BRACKETS = re.compile(r"\(([^)]*)\)")
# words saying what kind of credential a name is, not which
KIND_WORDS = frozenset({"license", "licence", "permit", "registration", "card", "certificate", "certification"})
CAPITALS = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2,6})(?![A-Za-z0-9])")
# words a company's name ends with, after its brand, saying it is one, not which ("Cisco Systems", "Autodesk, Inc.",
# "ESCO Group, LLC" cleaned to "llc", "Bloomberg L.P." to "l p", "Audinate Pty Ltd")
COMPANY_WORDS = frozenset({"inc", "incorporated", "llc", "l", "c", "p", "lp", "ltd", "limited", "pty", "corp",
                           "corporation", "co", "company", "plc", "gmbh", "systems", "technologies", "technology",
                           "platforms", "group", "software"})
_ENDINGS = COMPANY_WORDS | {"institute"}
SKIP = frozenset({"and", "of", "for", "the", "in", "a", "an", "to", "with", "on", "or"})
# small words the initials of a run of a name's words may skip ("Certificate of Achievement": "COA" or "CA"), as
# indexing reads the list's runs and readings reads a run typed in full
INITIALS_SKIP = frozenset({"and", "of", "in", "for", "the", "to", "on"})


def phrases(key: str, longest: int = 4) -> set[str]:
    """The runs of up to ``longest`` words of a normalised name ("osha 10 general industry": "osha", "osha 10",
    ..., "10 general industry")."""
    words = key.split()
    return {" ".join(words[i : i + n]) for n in range(1, longest + 1) for i in range(len(words) - n + 1)}


def initials(outer: str) -> str | None:
    """The initials of a whole name of 2-6 words ("Child Development Associate" -> "cda"), or None; a possessive's
    "s", cleaned or not, spells nothing ("National Cattlemen's Beef Association", "national cattlemen s beef
    association": "ncba")."""
    words = [w for k, w in enumerate(re.split(r"[^A-Za-z0-9]+", outer)) if w and w.lower() not in SKIP
             and not (k and w.lower() == "s")]
    if not 2 <= len(words) <= 6 or not all(w[0].isalpha() for w in words):
        return None
    return "".join(w[0] for w in words).lower()


def initials_of(name: str) -> tuple[str, ...]:
    """The initials an acronym of a name may spell: those of ``initials`` (small words skipped) and those of every
    word, small ones too ("TCOLE": the Texas Commission on Law Enforcement; "DOH")."""
    every = "".join(w[0] for w in name.split())
    spelt = (initials(name), every if every.isalpha() and 2 <= len(name.split()) <= 6 else None)
    return tuple(dict.fromkeys(s for s in spelt if s))


# a last word in capitals after a dash, the issuer's acronym ("Certified Medical Assistant (CMA) - AAMA"), which
# the initials of the credential's name do not spell ("CMAA" is the NHA's administrative assistant)
_ACRONYM_AFTER_A_DASH = re.compile(r"\s[-–—]\s*[A-Z]{2,6}\s*$")


def acronyms(names: Iterable[tuple[str, str]], normalize: Callable[[str], str],
             generic: frozenset[str] = frozenset()) -> dict[str, set[str]]:
    """Acronym (normalised, one word) -> the codes the list gives it to, from (code, name) pairs; ``generic``:
    normalised words that say nothing of which credential ("certification")."""
    names = list(names)
    out: dict[str, set[str]] = {}
    cut = cut_length(name for _, name in names)
    for code, name in names:
        found = set(written_acronyms(name, normalize))
        outer = _BRACKETS.sub(" ", name)
        # "PLS Certification": a name that is only a word in capitals (and words such as "certification")
        words = [w for w in re.split(r"[^A-Za-z0-9]+", outer) if w and normalize(w) not in generic]
        if len(words) == 1 and CAPITALS.fullmatch(words[0]):
            found.add(normalize(words[0]))
        # "CMA (AAMA) Certified Medical Assistant": a word of the name that is the initials of its other words is
        # its acronym, and the initials of the whole ("ccma") are none
        first = own_word_acronym(name) or initials(_ACRONYM_AFTER_A_DASH.sub("", outer) if any(
            ch.islower() for ch in outer) else outer)
        if first:
            found.add(first)
        after = acronym_after_its_words(name, cut=len(name.strip()) == cut)
        if after:
            found.add(after)
        for acronym in found:
            if acronym and " " not in acronym and acronym.isalpha() and 2 <= len(acronym) <= 6:
                out.setdefault(acronym, set()).add(code)
    _spelt_out_elsewhere(names, out, generic)
    return out


# the words of the names of the US states, DC and the territories
US_STATE_WORDS = frozenset("""alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi
missouri montana nebraska nevada new hampshire jersey mexico york north carolina dakota ohio oklahoma oregon
pennsylvania rhode island south tennessee texas utah vermont virginia washington west wisconsin wyoming district
columbia puerto rico guam state""".split())
# the states' and DC's two-letter codes, less those that are English words or other common abbreviations in
# credential names ("IN", "OR", "MA" for medical assistant, "MS" for Microsoft, "CO" for company, "MD" for doctor):
# state_codes_written
US_STATE_CODES = {
    "ak": "alaska", "al": "alabama", "az": "arizona", "ar": "arkansas", "ca": "california", "ct": "connecticut",
    "dc": "district of columbia", "fl": "florida", "ga": "georgia", "ia": "iowa", "il": "illinois", "ks": "kansas",
    "ky": "kentucky", "la": "louisiana", "oh": "ohio", "ok": "oklahoma", "mi": "michigan",
    "mn": "minnesota", "mo": "missouri", "ne": "nebraska", "nv": "nevada", "nh": "new hampshire", "nj": "new jersey",
    "nm": "new mexico", "ny": "new york", "nc": "north carolina", "nd": "north dakota", "pa": "pennsylvania",
    "ri": "rhode island", "sc": "south carolina", "sd": "south dakota", "tn": "tennessee", "tx": "texas", "ut": "utah",
    "vt": "vermont", "va": "virginia", "wa": "washington", "wv": "west virginia", "wi": "wisconsin", "wy": "wyoming"}


# every state's name, those whose codes US_STATE_CODES leaves out too
STATE_NAMES = (*US_STATE_CODES.values(), "colorado", "delaware", "hawaii", "idaho", "indiana", "maine", "maryland",
                "massachusetts", "mississippi", "montana", "oregon")


def home_states(names: Iterable[str]) -> frozenset[str]:
    """The names of the states the list writes in three names or more: its home state, whose name (or code, of
    US_STATE_CODES) a clerk may type before any of its credentials ("TX CNA", "Montana EMT license")."""
    names = list(names)
    return frozenset(state for state in STATE_NAMES
                     if sum(bool(re.search(rf"\b{state}\b", n, re.IGNORECASE)) for n in names) >= 3)


def state_codes_written(names: Iterable[str]) -> list[dict[str, str]]:
    """Abbreviation rows (pattern, replacement) for the two-letter code of a state whose name the list writes in three
    names or more, its home state: typed or written, the code is the state ("Va EMR" for "Virginia Emergency Medical
    Responder"; "Firefighter I (Pennsylvania State Fire Academy)" beside "PA State Fire Academy - Firefighter II").
    Applied to names and write-ins alike, so a code the list writes for something else reads the same on both
    sides."""
    homes = home_states(names)
    return [{"pattern": code, "replacement": state} for code, state in US_STATE_CODES.items() if state in homes]


_STATE_LICENCE_WORDS = frozenset({"license", "licence", "certification", "certificate", "certified", "registration",
                                  "registered", "card", "permit"})


def held_as_the_vendors_acronym(names: list[tuple[str, str, str]], out: dict[str, set[str]],
                                normalize: Callable[[str], str]) -> None:
    """An acronym a name writes in brackets ("IS-700.B An Introduction to the National Incident Management System
    (NIMS)") that another name holds as a word in capitals outside brackets, as its vendor's initials ("NIMS
    Machining Level I" of the National Institute for Metalworking Skills): typed alone, it names either, so the list
    shares it; from (code, name, vendor key) rows. Another word in capitals is not the vendor ("CSS" in "IT
    Specialist - HTML and CSS" is not the "Customer Service Specialist (CSS)"'s acronym), unless the name is a
    state's and the acronym alone ("Florida EMT" beside the "National Registry Emergency Medical Technician (EMT)").
    A name written all in capitals tells no acronym."""
    written: dict[str, set[str]] = {}  # acronym in brackets -> the vendors of the names writing it
    for _, name, vendor in names:
        for inner in _BRACKETS.findall(name):
            written.setdefault(normalize(inner), set()).add(vendor)
    for code, name, vendor in names:
        outer = _BRACKETS.sub(" ", name)
        letters = initials(vendor) if vendor else None
        # (or the vendor column holds it, as the vendor's name or initials, and another vendor's name writes it:
        # "CNC Milling: Operations" of "NIMS" beside the FEMA's "(NIMS)"; not the NREMT's "(NREMT)")
        in_column = vendor if vendor and " " not in vendor else letters
        if in_column and in_column in out and written.get(in_column, set()) - {vendor}:
            out[in_column].add(code)
        if not letters or not any(ch.islower() for ch in outer):
            continue
        for word in set(CAPITALS.findall(outer)):
            acronym = normalize(word)
            if acronym == letters and acronym in written and acronym in out:
                out[acronym].add(code)
        # a state's own credential, named by the state and the acronym alone ("Florida EMT", "Texas CNA License")
        words = [w for w in re.split(r"[^A-Za-z]+", outer) if w]
        rest = [w for w in words if w.lower() not in US_STATE_WORDS and w.lower() not in _STATE_LICENCE_WORDS]
        if (len(rest) == 1 and CAPITALS.fullmatch(rest[0]) and len(words) > 1 and normalize(rest[0]) in written
                and normalize(rest[0]) in out and any(w.lower() in US_STATE_WORDS for w in words)):
            out[normalize(rest[0])].add(code)


def initials_the_issuer_spelt_otherwise(names: list[tuple[str, str, str]], out: dict[str, set[str]],
                                        normalize: Callable[[str], str]) -> None:
    """A name's initials are not its acronym when it writes another acronym of its own and a second credential of
    the same issuer writes those initials as its acronym: the NHA's "Certified Pharmacy Technician (ExCPT)" beside
    its "Certified Phlebotomy Technician (CPT)", letters the issuer chose to tell the two apart. Another issuer's
    name keeps them (the PTCB's "Certified Pharmacy Technician (CPhT)" typed "CPT" with its vendor). From (code,
    name, vendor key) rows; a list without vendors is left as it is."""
    written_by: dict[tuple[str, str], set[str]] = {}
    for code, name, vendor in names:
        if vendor:
            for acronym in written_acronyms(name, normalize):
                written_by.setdefault((vendor, acronym), set()).add(code)
    for code, name, vendor in names:
        own = written_acronyms(name, normalize)
        letters = initials(_BRACKETS.sub(" ", name))
        if (vendor and own and letters and letters not in own and not own_word_acronym(name)
                and written_by.get((vendor, letters), set()) - {code} and code in out.get(letters, ())):
            out[letters].discard(code)


def spelt_with_the_issuers_words(names: list[tuple[str, str, frozenset[str]]], out: dict[str, set[str]],
                                 normalize: Callable[[str], str], generic: frozenset[str] = frozenset()) -> None:
    """An acronym a name writes in brackets for all its words (``generic`` words and "license" aside: "Emergency
    Medical Technician (EMT) License"; a last "Basic" aside) is shared with another name holding those words in a
    row beside its issuer's words only ("National Registry Emergency Medical Technician (NREMT)", of the National
    Registry of Emergency Medical Technicians): the same credential from another issuer, not a narrower one. From
    (code, name, the words of its vendor's names) rows."""
    aside = generic | _STATE_LICENCE_WORDS
    outer = {code: [w for w in normalize(_BRACKETS.sub(" ", name)).split() if w not in aside]
             for code, name, _ in names}
    for code, name, _ in names:
        for acronym in written_acronyms(name, normalize):
            words = outer[code]
            if len(words) == len(acronym) + 1 and words[-1] == "basic":
                # (its basic level aside, where the acronym reads without it: "Emergency Medical Technician – Basic
                # (EMT-B)", which the abbreviation seed reads "EMT")
                words = words[:-1]
            if len(out.get(acronym, ())) != 1 or len(acronym) != len(words) or "".join(
                    w[0] for w in words) != acronym:
                continue
            phrase = " " + " ".join(words) + " "
            for other, _, issuer in names:
                rest = set(outer[other]) - set(words)
                if other != code and rest and rest <= issuer and phrase in " " + " ".join(outer[other]) + " ":
                    out[acronym].add(other)


# a possessive's "'s" ("Driver's"), which initials do not spell
_POSSESSIVE = re.compile(r"(?<=[A-Za-z])['\u2019][sS]\b")


def _words(name: str) -> list[str]:
    """A name's words outside brackets, lower-cased, less SKIP words and a possessive's "s" ("Commercial Driver's
    License" spells "CDL" as "Commercial Driver License (CDL)" does)."""
    name = _POSSESSIVE.sub("", _BRACKETS.sub(" ", name))
    return [w.lower() for w in re.split(r"[^A-Za-z0-9]+", name) if w and w.lower() not in SKIP]


def _spelt_out_elsewhere(names: list[tuple[str, str]], out: dict[str, set[str]], generic: frozenset[str]) -> None:
    """An acronym of three letters or more that a name writes in brackets for a part of its words, the words it
    stands for in a row ("NATEF Maintenance & Light Repair (MLR) Program Completion Certificate"), is also the
    acronym of every other name holding those words in a row ("ASE Entry-Level Certification – Automobile:
    Maintenance & Light Repair") and writing no acronym of its own ("Beef Quality Assurance Transportation
    (BQAT)"): the list shares it. An acronym of the whole name (``generic`` words aside: "Certified Coding
    Specialist (CCS)") names that credential, and a longer name holding its words is a narrower one ("Certified
    Coding Specialist - Physician-based")."""
    spelt: dict[str, set[str]] = {}  # " maintenance light repair " -> acronyms
    for _, name in names:
        words = _words(name)
        for inner in _BRACKETS.findall(name):
            acronym = inner.strip().lower()
            if not (acronym.isalpha() and 3 <= len(acronym) <= 6):
                continue
            n = len(acronym)
            for i in range(len(words) - n + 1):
                rest = set(words[:i] + words[i + n:]) - generic
                if rest and "".join(w[0] for w in words[i:i + n]) == acronym:
                    spelt.setdefault(" " + " ".join(words[i:i + n]) + " ", set()).add(acronym)
    if not spelt:
        return
    for code, name in names:
        if written_acronyms(name, str.lower):
            continue  # a name writing its own acronym is named by it ("Beef Quality Assurance Transportation (BQAT)")
        joined = " " + " ".join(_words(name)) + " "
        for phrase, acronyms_ in spelt.items():
            if phrase in joined:
                for acronym in acronyms_:
                    out.setdefault(acronym, set()).add(code)


def own_word_acronym(name: str) -> str | None:
    """A word of the name, outside brackets, that is the initials of its other words ("CMA (AAMA) Certified
    Medical Assistant" -> "cma"; a write-in's "Certified Hospitality Supervisor (CHS)", normalised), or None."""
    words = _BRACKETS.sub(" ", name).split()
    spelt = [w for w in words if w.lower() not in SKIP]
    for w in dict.fromkeys(words) if spelt else ():
        # most words are no acronym of the others: the first letter spares the full check
        if (w.isalpha() and 2 <= len(w) <= 6 and (w[0].lower() == spelt[0][0].lower() or spelt[0] == w)
                and initials(" ".join(x for x in words if x != w)) == w.lower()):
            return w.lower()
    return None


def acronym_after_its_words(name: str, cut: bool = False) -> str | None:
    """A word of the name, outside brackets, that is the initials of the two to six words just before it, as a list
    without punctuation writes an acronym ("ACF CERTIFIED CULINARIAN CC", "CERTIFIED NURSING ASSISTANT CNA IDAHO"),
    or None. With ``cut`` (a name the list cut short: cut_length), a last word of two letters or more that starts
    such initials is the acronym cut ("CERTIFIED CLINICAL MEDICAL ASSISTANT CCM": "ccma")."""
    words = [w for w in re.split(r"[^A-Za-z0-9]+", _BRACKETS.sub(" ", name)) if w]
    for i, w in enumerate(words):
        if not (w.isalpha() and 2 <= len(w) <= 6 and i >= 2):
            continue
        # (small words left out or not: "CERTIFICATE OF ACHIEVEMENT COA")
        for before in ([x for x in words[max(0, i - 8):i] if x.lower() not in SKIP], words[max(0, i - 8):i]):
            run = before[-len(w):]
            if len(run) == len(w) and all(x[0].isalpha() for x in run) and "".join(
                    x[0] for x in run).lower() == w.lower():
                return w.lower()
            if cut and i == len(words) - 1 and w.isupper():
                for k in range(len(w) + 1, min(len(before), 6) + 1):
                    letters = "".join(x[0] for x in before[-k:]).lower()
                    if letters.startswith(w.lower()) and all(x[0].isalpha() for x in before[-k:]):
                        return letters
    return None


def cut_length(names: Iterable[str]) -> int | None:
    """The length a list cut its long names to (thirty characters or more), when five names or more are exactly as
    long as the longest, or None."""
    lengths = [len(n.strip()) for n in names if n]
    if not lengths:
        return None
    longest = max(lengths)
    return longest if longest >= 30 and lengths.count(longest) >= 5 else None


# a word in capitals marked as a trade mark ("PCEP™", "CDA®")
_MARKED = re.compile(r"\b([A-Z]{2,6})[™®]")


def written_acronyms(name: str, normalize: Callable[[str], str]) -> set[str]:
    """The acronyms a name writes out, normalised: in brackets ("(CNA)"), a word in capitals among a bracket's
    words ("(Master CSP)"), the credential's after its issuer's ("NASM Certified Personal Trainer (NASM-CPT)"), and a
    word in capitals marked as a trade mark ("PCEP™ – Certified Entry-Level Python Programmer")."""
    found = {normalize(w) for w in _MARKED.findall(name)}
    for inner in _BRACKETS.findall(name):
        found.add(normalize(inner))
        # "(Master CSP)": a word in capitals among the bracket's words
        found.update(normalize(w) for w in inner.split() if CAPITALS.fullmatch(w))
        # "(CETa)": an acronym and a small letter ending it, a level of the credential its capitals name ("CET")
        ending = re.fullmatch(r"\s*([A-Z]{2,5})[a-z]\s*", inner)
        if ending:
            found.add(normalize(ending.group(1)))
        # "(CET/CETa)": acronyms written one for another, each its own (not "(CPCT/A)", one acronym)
        parts = [w.strip() for w in inner.split("/")] if "/" in inner else []
        if parts and all(re.match(r"[A-Z]{2}", w) for w in parts):
            found.update(normalize(w) for w in parts if CAPITALS.fullmatch(w))
        # "(NASM-CPT)": the issuer's acronym the name writes before the brackets, a dash, and the credential's
        issued = re.fullmatch(r"\s*([A-Z]{2,6})-([A-Z]{2,6})\s*", inner)
        if issued and re.search(rf"(?<![A-Za-z]){issued.group(1)}(?![A-Za-z])", _BRACKETS.sub(" ", name)):
            found.add(normalize(issued.group(2)))
    return {a for a in found if a and " " not in a and a.isalpha() and 2 <= len(a) <= 6}


def sibling_words(tokens: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """Code -> the words of its name that tell it from another credential of the list whose name has one word
    less ("expert" in "Excel Expert" beside "Excel") or one other word in its place ("construction" beside
    "general industry" does not count: two words), from each code's name words."""
    by_set: dict[frozenset[str], list[str]] = {}
    by_less: dict[frozenset[str], list[tuple[str, str]]] = {}
    for code, words in tokens.items():
        by_set.setdefault(words, []).append(code)
        if len(words) >= 2:
            for w in words:
                by_less.setdefault(words - {w}, []).append((code, w))
    out: dict[str, set[str]] = {}
    for rest, pairs in by_less.items():
        # one word more than another name: that word tells them apart
        if rest in by_set:
            for code, w in pairs:
                if any(other != code for other in by_set[rest]):
                    out.setdefault(code, set()).add(w)
        # one word in place of another's
        if len({code for code, _ in pairs}) >= 2:
            for code, w in pairs:
                if any(other != code and ow != w for other, ow in pairs):
                    out.setdefault(code, set()).add(w)
    return {code: frozenset(ws) for code, ws in out.items()}


def swap_words(tokens: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """Word -> the words that take its place in another name of the list, the rest of the two names the same
    ("truck" for "automobile": "ASE Entry-Level Truck - Brakes" beside "ASE Entry-Level Automobile - Brakes"), from
    each code's name words. Words of letters only, three or more of them: numbers and levels have their own rules."""
    by_less: dict[frozenset[str], set[str]] = {}
    for words in set(tokens.values()):
        if len(words) >= 2:
            for w in words:
                if w.isalpha() and len(w) >= 3:
                    by_less.setdefault(words - {w}, set()).add(w)
    out: dict[str, set[str]] = {}
    for alike in by_less.values():
        for w in alike:
            out.setdefault(w, set()).update(alike - {w})
    return {w: frozenset(ws) for w, ws in out.items() if ws}


def cut_short(short: str, full: str) -> bool:
    """Two names of two words or more, word for word the same, each of ``short``'s words its word of ``full`` or that
    word cut short (its first letter, then letters of it in order: "am" for "american", "assn" for "association",
    "natl" for "national"), one word at least cut."""
    a, b = short.split(), full.split()
    if len(a) != len(b) or len(a) < 2 or a == b:
        return False
    return all(x == y or cut_word(x, y) for x, y in zip(a, b, strict=True))


def cut_word(short: str, full: str) -> bool:
    """A word cut short: two letters or more, the full word's first letter, then letters of it in order ("am" for
    "american", "assn" for "association", "prod" for "production")."""
    if len(short) < 2 or len(short) >= len(full) or short[0] != full[0] or not short.isalpha():
        return False
    return letters_in_order(short, full)


def letters_in_order(letters: str, word: str) -> bool:
    """The letters are in the word in their order, others between them allowed ("cma" in "ccma", "assn" in
    "association")."""
    rest = iter(word)
    return all(ch in rest for ch in letters)


# the words saying which unit of a government an agency is, and small words: left out, two names of one agency read
# alike ("NM Game & Fish", "New Mexico Department of Game and Fish"; "NM State Fire Marshal", "New Mexico State Fire
# Marshal's Office")
_AGENCY_WORDS = SKIP | frozenset({"department", "dept", "office", "division", "div", "bureau", "agency", "state", "s"})


def agency_core(spelt: str) -> str:
    """A cleaned vendor name with the state's code written as its name (see same_vendors) and the words of
    _AGENCY_WORDS left out; "" when fewer than two words are left, too few to tell an agency."""
    first, _, rest = spelt.partition(" ")
    if rest and first in US_STATE_CODES:
        spelt = f"{US_STATE_CODES[first]} {rest}"
    words = [w for w in spelt.split() if w not in _AGENCY_WORDS]
    return " ".join(words) if len(words) >= 2 else ""


def same_vendors(names: Iterable[str], name_words: Mapping[str, frozenset[str]] | None = None,
                 as_written: Mapping[str, str] | None = None, spell: Callable[[str], str] | None = None
                 ) -> tuple[dict[str, str], frozenset[str]]:
    """Cleaned vendor name of a list -> the fuller name the list also gives the same vendor, for lists that spell a
    vendor two ways on different rows: the initials of exactly one other name ("NHA", "National Healthcareer
    Association"; of every word, small ones too: "TCOLE", "Texas Commission on Law Enforcement"; or before words of
    its own: "FEMA Emergency Management Institute", "Federal Emergency Management Agency"), or of its last three
    words or more ("ASE": "National Institute for Automotive Service Excellence"); a
    name's first word before words a company's name ends with ("Adobe", "Adobe Systems"), or after a state's name
    ("DPOR", "Virginia DPOR"); two names differing only in such words or "institute" ("ESCO Institute", "ESCO Group":
    the first alphabetically), or only in words ``spell`` (the abbreviation seed) spells out ("Virginia Dept. of Fire
    Programs") or cuts short (cut_short: "Am. Heart Assn."); or two words or more that start or end exactly one other
    name ("Red Cross", "American Red Cross"), or that start it and then give the initials of its other words ("Virginia
    DMV", "Virginia Department of Motor Vehicles"); an acronym the list also writes before a dash and the name spelt out
    (``as_written``: each cleaned name as the list writes it; "IPC", "IPC – Association Connecting Electronics
    Industries"), however its words' initials read. A name that could be two vendors' ("AWS": the American Welding
    Society and Amazon Web Services) is the one whose credentials' names share a word with its own (``name_words``:
    vendor -> the words of its credentials' names, such as "welder"), when exactly one does; otherwise it is left alone.
    Returned with the names that could be two vendors': typed, such a name still names neither ("AWS" with
    "CLF-C02")."""
    names = sorted({n for n in names if n})
    as_written = as_written or {}
    # one body under two names that differ only in the words a company's or an institute's name ends with ("ESCO
    # Institute", "ESCO Group"): the first in alphabetical order stands for both
    by_stem: dict[tuple[str, ...], list[str]] = {}
    for n in names:
        words = n.split()
        k = len(words)
        while k > 1 and words[k - 1] in _ENDINGS:
            k -= 1
        if k < len(words):
            by_stem.setdefault(tuple(words[:k]), []).append(n)
    joined = {m: spelt[0] for spelt in by_stem.values() for m in spelt[1:]}
    # or the same name once abbreviated words are spelt out: the one written out stands for both
    by_spelling: dict[str, list[str]] = {}
    for n in names if spell else ():
        # (a state's code before the name is the state: "NC Wildlife Resources Commission", "North Carolina
        # Wildlife Resources Commission")
        first, _, rest = n.partition(" ")
        by_spelling.setdefault(spell(f"{US_STATE_CODES[first]} {rest}" if rest and first in US_STATE_CODES else n),
                               []).append(n)
    for spelt_out, spelt in by_spelling.items():
        full = spelt_out if spelt_out in spelt else spelt[0]
        # (a name the endings above already joined to another stands as that other: "Microsoft Corporation", joined
        # to "Microsoft Corp", spells it out; joined back, each would stand for the other and neither be a vendor)
        full = joined.get(full, full)
        joined.update({m: full for m in spelt if m != full and m not in joined})
    # or the same agency once the words saying which unit of the government it is are left out: the name of most
    # words stands for all (after the spellings above: the one written out)
    by_core: dict[str, list[str]] = {}
    for n in names:
        core = agency_core(spell(n) if spell else n)
        if core:
            by_core.setdefault(core, []).append(n)
    for spelt in by_core.values():
        full = max(spelt, key=lambda m: (len(m.split()), m))
        full = joined.get(full, full)
        joined.update({m: full for m in spelt if m != full and m not in joined and joined.get(full) != m})
    # or the same words, some cut short ("Am. Heart Assn.", "American Heart Association"): the one other name it
    # cuts stands for both
    for n in names:
        cut = [m for m in names if m != n and n not in joined and cut_short(n, m)]
        # (of several, the fullest: "Am. Heart Assn." cuts "American Heart Assn." and "American Heart Association")
        fullest = [m for m in cut if not any(cut_short(m, o) for o in cut)]
        # (the other stands as the name it is joined to, never as this one: "Microsoft Corporation", joined to
        # "Microsoft Corp" above, is no fuller name of it)
        if len(fullest) == 1 and joined.get(fullest[0], fullest[0]) != n:
            joined[n] = joined.get(fullest[0], fullest[0])
    names = [n for n in names if n not in joined]
    by_initials: dict[str, list[str]] = {}
    for n in names:
        for letters in initials_of(n):
            by_initials.setdefault(letters, []).append(n)
        # or of its last three words or more ("ASE": the National Institute for Automotive Service Excellence)
        words = [w for w in n.split() if w not in SKIP]
        for k in range(3, len(words)):
            tail = initials(" ".join(words[-k:]))
            if tail and n not in by_initials.get(tail, []):
                by_initials.setdefault(tail, []).append(n)
    out: dict[str, str] = {}
    two = set()
    for n in names:
        words = n.split()
        k = len(words)
        # a first word, only before words a company's name ends with ("ASE Education Foundation" is another body)
        # (the words as written, or spelt out: "Dept. of Agriculture" ends "State Department of Agriculture")
        spelt = {m: spell(m).split() for m in names} if spell else {}
        fuller = [m for m in names if m != n and len(m.split()) > k and (
            k >= 2 and (m.split()[:k] == words or m.split()[-k:] == words
                        or spelt and len(spelt[m]) > len(spelt[n]) and spelt[m][-len(spelt[n]):] == spelt[n]
                        # or the same first words, then an acronym of the rest ("Virginia DMV", "Virginia
                        # Department of Motor Vehicles")
                        or m.split()[: k - 1] == words[:-1] and words[-1].isalpha()
                        and initials(" ".join(m.split()[k - 1 :])) == words[-1]
                        # (the state's code for its name: "ND DEQ", "North Dakota Department of Environmental
                        # Quality")
                        or k == 2 and words[0] in US_STATE_CODES and words[1].isalpha()
                        and m.split()[: len(state := US_STATE_CODES[words[0]].split())] == state
                        and initials(" ".join(m.split()[len(state) :])) == words[1])
            or k == 1 and m.split()[0] == words[0] and set(m.split()[1:]) <= COMPANY_WORDS
            # or a state's name before it ("DPOR", "Virginia DPOR")
            or k == 1 and m.split()[-1] == words[0] and set(m.split()[:-1]) <= US_STATE_WORDS)]
        if k == 1 and words[0].isalpha() and 2 <= len(words[0]) <= 6:
            fuller += [m for m in by_initials.get(words[0], []) if m not in fuller]
            # or the acronym before a dash or a colon, then the name spelt out ("IPC – Association Connecting
            # Electronics Industries"), however its words' initials read
            fuller += [m for m in names if m not in fuller and m != n and re.match(
                rf"\s*{re.escape(words[0])}\s*[-\u2013\u2014:]\s*\w+\s+\w+", as_written.get(m, ""), re.IGNORECASE)]
        if not fuller and k >= 2 and words[0].isalpha() and 2 <= len(words[0]) <= 6:
            # or the acronym of another whole name before words of the body's own ("FEMA Emergency Management
            # Institute", "Federal Emergency Management Agency"; not the initials of a name's last words: "ASE
            # Education Foundation" is another body than the National Institute for Automotive Service Excellence)
            fuller = [m for m in names if m != n and words[0] not in m.split() and words[0] in initials_of(m)]
        if not fuller and k == 1:
            # or in brackets at the end of the name spelt out ("CompTIA", "Computing Technology Industry Association
            # (CompTIA)"), however its words' initials read
            fuller = [m for m in names if m != n and m.split()[-1] == words[0] and re.search(
                rf"\(\s*{re.escape(words[0])}\s*\)\s*$", as_written.get(m, ""), re.IGNORECASE)]
        if len(fuller) >= 2:
            two.add(n)
        if len(fuller) >= 2 and name_words is not None:
            mine = name_words.get(n, frozenset())
            fuller = [m for m in fuller if mine & name_words.get(m, frozenset())] or fuller
        if len(fuller) == 1:
            out[n] = fuller[0]
    out.update(joined)
    # a chain ("ACT" -> "ACT Inc" -> ...) ends at its fullest name
    for n in out:
        seen = {n}
        while out[n] in out and out[out[n]] not in seen:
            seen.add(out[n])
            out[n] = out[out[n]]
    return out, frozenset(two)


_GLUED = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{2,5})0*(\d{1,4})(?![0-9])")
# a standard's code in brackets, letters then a number ("(NFPA 1001)")
_STANDARD = re.compile(r"\(\s*([A-Za-z]{2,5})\s+0*(\d{3,4})\s*\)")


# a welding code's letter and numbers around a dot ("D1.1", "D1.5"): both its numbers are the code's
_DOTTED = re.compile(r"(?<![A-Za-z0-9.])([A-Za-z]{1,5})(\d{1,2})\.(\d{1,2})(?![0-9.])")


# a welding position, its number then its letters ("SMAW Groove 3G", "Fillet 2F", "6GR")
_POSITION = re.compile(r"(?<![A-Za-z0-9.])([1-6])(GR|G|F)(?![A-Za-z0-9])")


def version_numbers(name: str, nums: frozenset[str]) -> tuple[tuple[str, str], ...]:
    """(letters, number) of the codes glued in a name ("GS6" in "IC3 Digital Literacy Certification - GS6 Level
    1"), of a standard in brackets ("NFPA 1001" in "Firefighter I (NFPA 1001)"), of a welding position ("3G"; its
    letters before its number, "g" "3") or of a welding code ("D1.1": "d" "1", twice), whose number the name holds
    nowhere else: a write-in may leave such a code out ("IC3 Level 1", "Firefighter 1"), and the numbers rule then
    reads the name without that number, unless the write-in types its letters."""
    glued = [(letters.lower(), number) for letters, number in [
        *_GLUED.findall(name), *_STANDARD.findall(name), *((b, a) for a, b in _POSITION.findall(name)),
        *((letters, n) for letters, first, second in _DOTTED.findall(name) for n in (first, second))]
             if number in nums]
    free = [n for n in re.findall(r"\d+", name)]
    return tuple(dict.fromkeys((letters, number) for letters, number in glued
                               if sum(1 for n in free if n.lstrip("0") == number) == sum(
                                   1 for _, m in glued if m == number)))


def exam_codes(key: str) -> frozenset[tuple[str, str]]:
    """The exam codes a normalised name or write-in writes: letters (three at most) then a number of three digits or
    more ("az 900", "c 101", "is 100"), as (letters, number)."""
    words = key.split()
    return frozenset((w, n) for w, n in zip(words, words[1:], strict=False)
                     if n.isdigit() and len(n) >= 3 and w.isalpha() and len(w) <= 3)


def family_numbers(nums: Iterable[frozenset[str]]) -> frozenset[str]:
    """Numbers of three digits or more, not a year, that several names hold beside another number of their own
    (608 in "EPA Section 608 ... Type I", "... Type II" and "... Type III"): the number of a family of credentials,
    which the other number tells apart."""
    count: dict[str, int] = {}
    for held in nums:
        if len(held) >= 2:
            for n in held:
                count[n] = count.get(n, 0) + 1
    return frozenset(n for n, k in count.items() if k >= 2 and len(n) >= 3 and not version_year(n))


def level_words(tokens: dict[str, frozenset[str]], at_least: int = 2) -> frozenset[str]:
    """Words that, for at least ``at_least`` credentials, are the one word a name has more than another name of the
    list ("master" in "ASE Master Certified Engine Machinist" beside "ASE Certified Engine Machinist"; "expert"):
    the list's own level words. A candidate holding one the write-in lacks may be the sibling a level up."""
    by_set = {words for words in tokens.values()}
    count: dict[str, int] = {}
    for words in tokens.values():
        if len(words) >= 2:
            for w in words:
                if words - {w} in by_set:
                    count[w] = count.get(w, 0) + 1
    return frozenset(w for w, n in count.items() if n >= at_least and not w.isdigit())


def acronym_in_brackets(inner: str) -> bool:
    """"(CET)", "(CCS®)", "(R.R.A.)", "(CPCT/A)": letters in capitals (and digits), once signs are left out."""
    letters = re.sub(r"[^A-Za-z0-9]", "", inner)
    return 2 <= len(letters) <= 8 and letters[0].isalpha() and letters.upper() == letters


def core_words(name: str, normalize: Callable[[str], str],
               generic: frozenset[str] = frozenset()) -> tuple[frozenset[str], str | None]:
    """The words that say which credential a name is, and its acronym: an acronym in capitals in brackets, or a word
    that is the initials of the others ("CEH - Certified Ethical Hacker"), is left out of the words, and so are
    ``generic`` words ("certified")."""
    acronym = None
    for inner in _BRACKETS.findall(name):
        if acronym_in_brackets(inner):
            acronym = acronym or re.sub(r"[^a-z0-9]", "", inner.lower())
    outer = _BRACKETS.sub(lambda m: " " if acronym_in_brackets(m.group(1)) else f" {m.group(1)} ", name)
    # the initials word as typed (normalising may spell it out: "mos" -> "microsoft office specialist")
    typed = basic_clean(outer).split()
    for w in list(dict.fromkeys(typed)):
        rest = [x for x in typed if x != w]
        if len(w) >= 2 and w.isalpha() and w == "".join(x[0] for x in rest if x not in SKIP):
            outer, acronym = " ".join(rest), acronym or w
            break
    else:
        # or the initials of the words just before it ("ACF CERTIFIED CULINARIAN CC")
        after = acronym_after_its_words(outer)
        if after:
            outer, acronym = " ".join(x for x in typed if x != after), acronym or after
    return frozenset(w for w in normalize(outer).split() if w not in generic), acronym


_TRAILING = re.compile(r"([\s,]+(certification|certificate|certified|card|exam|credential|program))+\s*$",
                       re.IGNORECASE)


def spelt_acronyms(name: str) -> tuple[str, ...]:
    """The acronyms a name without one would have: its initials, with and without a trailing "Certification"."""
    outer = _BRACKETS.sub(" ", name).strip()
    # "Physician-based" may be one letter of an acronym (CCS-P)
    joined = re.sub(r"(?<=[A-Za-z])-(?=[A-Za-z])", "", outer)
    found = (initials(text) for text in (outer, joined, _TRAILING.sub("", outer), _TRAILING.sub("", joined)))
    return tuple(dict.fromkeys(a for a in found if a))


def duplicates(rows: Iterable[tuple[str, str, str]], normalize: Callable[[str], str],
               generic: frozenset[str] = frozenset()) -> dict[str, str]:
    """Code -> the first code (in code order) of the same credential, for each code of a credential the list holds
    under several codes, from (code, name, vendor key) rows: the same vendor (or none, beside rows of one vendor)
    and the same core words (and so the same numbers). Acronyms tell rows apart: where rows of the same words carry
    two acronyms ("Medical Assistant (RMA)", "Certified Medical Assistant (CCMA)"), each is a credential of its own,
    and a row without one joins the one its initials spell ("Certified Medical Assistant" is neither: it stays with
    the other rows without one). Codes of a credential the list holds once are left out."""
    groups: dict[tuple[str, frozenset[str]], list[tuple[str, str | None, str]]] = {}
    # rows of one acronym whose words differ only by a state's name and an issuer's part ("Ohio State Tested Nurse
    # Aide (STNA) - Ohio Department of Health" and "STNA - State Tested Nurse Aide")
    same_acronym: dict[tuple[str, str, frozenset[str]], list[str]] = {}
    rows = list(rows)
    for code, name, vendor in rows:
        words, acronym = core_words(name, normalize, generic)
        if words:
            groups.setdefault((vendor, words), []).append((code, acronym, spelt_acronyms(name)))
        if acronym:
            bare = words - US_STATE_WORDS - issuer_part_words(name, normalize)
            same_acronym.setdefault((vendor, acronym, bare), []).append(code)
    # a row without a vendor joins the rows of the same words when they all name one vendor ("Certified Food
    # Protection Manager (ServSafe)" beside the National Restaurant Association's "ServSafe Food Protection Manager
    # Certification"): a list that fills its vendor column for some rows only still holds one credential
    vendors_of: dict[frozenset[str], list[str]] = {}
    for vendor, words in groups:
        vendors_of.setdefault(words, []).append(vendor)
    for words, vendors in vendors_of.items():
        named = [v for v in vendors if v]
        if "" in vendors and len(named) == 1:
            groups[(named[0], words)] += groups.pop(("", words))
    out: dict[str, str] = {}
    for members in groups.values():
        acronyms = {a for _, a, _ in members if a}
        # with one acronym, the rows without one join it unless one of them spells another ("Certified Dental
        # Assistant" is no "(RDA)"; "Personal Fitness Trainer" may be "(CPFT)")
        together = len(acronyms) == 0 or len(acronyms) == 1 and all(
            a or any(len(s) <= 2 or next(iter(acronyms)).endswith(s) for s in spelt) for _, a, spelt in members)
        parts: dict[str | None, list[str]] = {}
        for code, acronym, spelt in members:
            part = None if together else acronym or next((s for s in spelt if s in acronyms), None)
            parts.setdefault(part, []).append(code)
        for codes in parts.values():
            if len(codes) >= 2:
                out.update({code: min(codes) for code in codes})
    for codes in [*same_acronym.values(), *_same_but_the_state(rows, normalize, generic)]:
        if len(codes) >= 2:
            # with the codes each already joins
            firsts = {out.get(x, x) for x in codes}
            joined = set(codes) | {c for c, first in out.items() if first in firsts}
            out.update({code: min(joined) for code in joined})
    return out


def _same_but_the_state(rows: list[tuple[str, str, str]], normalize: Callable[[str], str],
                        generic: frozenset[str]) -> list[list[str]]:
    """Codes of rows of one vendor (or none) whose words, once a state's name, a part naming the issuer and the
    vendor's words are left out, are the same, with one acronym at most: "Indiana State Certified Nurse Aide" beside
    "Certified Nursing Assistant (CNA)"; "NURSING ASSISTANT (STATE CERTIFIED)" beside "Certified Nursing Assistant
    (Florida Board of Nursing)"; "ADPH: Certified Nursing Assistant (CNA)" beside "Alabama Nurse Aide Registry – Nurse
    Aide Certification" (ADPH's). Groups whose rows all write the same words are duplicates' own."""
    groups: dict[tuple[str, frozenset[str]], list[tuple[str, str | None, frozenset[str]]]] = {}
    for code, name, vendor in rows:
        words, acronym = core_words(without_issuer_parts(name, normalize), normalize, generic)
        bare = words - US_STATE_WORDS - set(vendor.split())
        if len(bare) >= 2:
            groups.setdefault((vendor, bare), []).append((code, acronym, words))
    return [[code for code, _, _ in members] for members in groups.values()
            if len(members) >= 2 and len({a for _, a, _ in members if a}) <= 1
            and len({w for _, _, w in members}) >= 2]


# words a list adds to a credential's name without making it another, once two names write one issuer ("NCCER Core
# Curriculum: Introductory Craft Skills" and "Core – Introductory Craft Skills"; "OSHA 10-Hour Construction Industry
# Outreach Training" and "CareerSafe OSHA 10-Hour – Construction"; "OSHA 10-Hour Construction Safety"; "OSHA Outreach
# Training Program – 10 Hour Construction Industry Card")
FILLER_WORDS = frozenset({"curriculum", "outreach", "training", "industry", "safety", "hour", "program"})
_DIGITS = re.compile(r"\d+")


class _Twin(NamedTuple):
    """A row that may be a twin of others: its code, the vendors it is of (our seed's), its acronym in brackets and
    the numbers its other brackets write."""

    code: str
    vendors: frozenset[str]
    acronym: str | None
    numbers: frozenset[str]


def _bracket_parts(name: str) -> tuple[str, str | None, frozenset[str]]:
    """A name with its brackets holding an acronym or a number left out (a bracket's words count: "(ServSafe)", not
    "(Office 2019)"), its acronym in brackets, and the numbers its other brackets write."""
    inner = " ".join(i for i in _BRACKETS.findall(name) if not acronym_in_brackets(i))
    acronym = next((re.sub(r"[^a-z0-9]", "", i.lower()) for i in _BRACKETS.findall(name)
                    if acronym_in_brackets(i)), None)
    outer = _BRACKETS.sub(lambda m: " " if acronym_in_brackets(m.group(1)) or _DIGITS.search(m.group(1))
                          else f" {m.group(1)} ", name)
    return outer, acronym, frozenset(_DIGITS.findall(inner))


def _joined_twins(groups: Mapping[frozenset[str], list[_Twin]]) -> dict[str, str]:
    """Code -> the first code of its twins: of the rows of the same words, those whose vendors meet, one row after
    another, unless they write two acronyms or two bracketed numbers ("MOS Word (Office 2016)", "(Office 2019)")."""
    out: dict[str, str] = {}
    for members in groups.values():
        while len(members) >= 2:
            joined, seeds = [members[0]], set(members[0].vendors)
            for member in members[1:]:
                if seeds & member.vendors:
                    joined.append(member)
                    seeds |= member.vendors
            members = [m for m in members if m not in joined]
            acronyms = {m.acronym for m in joined if m.acronym}
            numbers = {m.numbers for m in joined if m.numbers}
            if len(joined) >= 2 and len(acronyms) <= 1 and len(numbers) <= 1:
                out.update({m.code: min(j.code for j in joined) for m in joined})
    return out


def issuer_twins(rows: Iterable[tuple[str, str, str]], normalize: Callable[[str], str], generic: frozenset[str],
                 vendors_named: Callable[[str, str], frozenset[str]],
                 vendor_words: Callable[[frozenset[str]], frozenset[str]],
                 already: Mapping[str, str]) -> dict[str, str]:
    """Code -> the first code of the same credential, for names that write one issuer our alias seed knows, in the
    vendor column (spelled any way) or in the name, under any of its names (``vendors_named``: (name, vendor key)
    -> the seed's vendors named), whose words are the same once that issuer's one-word names (``vendor_words``),
    acronyms and numbers in brackets, parts naming an organisation and FILLER_WORDS words are left out:
    "ServSafe Food Protection Manager Certification" (National Restaurant Association) and "Certified Food
    Protection Manager (ServSafe)" (ServSafe); "CompTIA A+ (220-1101 and 220-1102)" (CompTIA) and "COMPTIA A+
    CERTIFICATION" (Computing Technology Industry Association); "OSHA 10-Hour Construction Industry Outreach
    Training" (OSHA Training Institute) and "CareerSafe OSHA 10-Hour – Construction" (CareerSafe, an OSHA provider in
    our seed); "OSHA 10 HOUR CONSTRUCTION SAFETY CARD (CAREERSAFE)" in a names-only list. Not rows writing two
    acronyms or two exam codes or versions in their brackets ("MOS Word (Office 2016)", "(Office 2019)"), nor rows
    ``already`` joined (duplicates). From (code, name, vendor key) rows."""
    groups: dict[frozenset[str], list[_Twin]] = {}
    for code, name, vendor in rows:
        if code in already:
            continue
        named = vendors_named(name, vendor)
        if not named:
            continue
        outer, acronym, numbers = _bracket_parts(without_issuer_parts(name, normalize))
        words = frozenset(normalize(outer).split()) - generic - vendor_words(named) - FILLER_WORDS
        if words:
            groups.setdefault(words, []).append(_Twin(code, named, acronym, numbers))
    return _joined_twins(groups)


def bracket_alias_twins(rows: Iterable[tuple[str, str, str]], normalize: Callable[[str], str],
                        generic: frozenset[str], already: Mapping[str, str]) -> dict[str, str]:
    """Code -> the first code of the same credential, for a name whose brackets write, in two words or more, the
    whole of one other name of the list ("Introductory Craft Skills (NCCER Core)" beside "NCCER Core Curriculum"):
    the brackets give the other name of the credential; or, writing a number, some words of the one other name
    holding them all. Not brackets of a level or a number only ("(Level 1)"), nor
    brackets that several names write ("Fellow, AAPC (Certified Pastoral Counselor)", "Member Associate, AAPC
    (...)": grades of one credential), nor rows of two vendors the list writes, nor rows ``already`` joined
    (duplicates). A name's words are read without ``generic`` and FILLER_WORDS words. From (code, name, vendor key)
    rows."""
    rows = [r for r in rows if r[0] not in already]

    def words_of(text: str) -> frozenset[str]:
        return frozenset(normalize(text).split()) - generic - FILLER_WORDS

    named: dict[frozenset[str], list[tuple[str, str]]] = {}
    whole: dict[frozenset[str], list[tuple[str, str]]] = {}  # brackets and all ("[EPA] Section 608 ...")
    written: dict[frozenset[str], list[tuple[str, str]]] = {}
    for code, name, vendor in rows:
        # (with and without a part naming its issuer: "Washington State Department of Health – Food Worker Card")
        for words in {words_of(_BRACKETS.sub(" ", name)), words_of(_BRACKETS.sub(" ", without_issuer_parts(
                name, normalize)))}:
            if words:
                named.setdefault(words, []).append((code, vendor))
        whole.setdefault(words_of(name), []).append((code, vendor))
        for inner in _BRACKETS.findall(name):
            words = words_of(inner)
            if len({w for w in words if w != "level" and not _DIGITS.search(w)}) >= 2:
                written.setdefault(words, []).append((code, vendor))
    out: dict[str, str] = {}
    for words, writers in written.items():
        others = named.get(words, [])
        if not others and any(_DIGITS.search(w) for w in words):
            # brackets writing a number may write the other name cut down, when one name alone holds their words
            # and no other number ("Refrigerant Handling Certification (EPA 608 Universal)" beside "[EPA] Section
            # 608 Technician Certification – Universal")
            digits = {w for w in words if _DIGITS.search(w)}
            others = [r for held, rs in whole.items() if words <= held and {w for w in held if _DIGITS.search(w)}
                      == digits for r in rs if r[0] != writers[0][0]]
        if len(writers) == 1 and len(others) == 1 and writers[0][0] != others[0][0]:
            (code, vendor), (other, theirs) = writers[0], others[0]
            if not vendor or not theirs or vendor == theirs:
                out.update({code: min(code, other), other: min(code, other)})
    return out


# words naming an organisation: a part of a name holding one names the issuer, not the credential
ORGANISATION = frozenset({"board", "department", "dept", "commission", "association", "institute", "council",
                          "society", "agency", "bureau", "administration", "federation", "center", "centre",
                          "college", "university", "academy", "consortium", "registry"})
# (in brackets, after a dash between spaces, after a comma, or after "by" or "from": "CERTIFIED NURSING ASSISTANT,
# Oklahoma State Department of Health", "Fundamental Business Concepts by A*S*K Business Institute")
NAME_PARTS = re.compile(r"\(([^)]*)\)|\s[-–]\s(.*)$|,\s(.*)$|\s(?:by|from)\s(.*)$")
# and, of a school's, "diploma" and "degree" too (see _issuer_parts)
_KINDS = KIND_WORDS | {"diploma", "degree"}
# the words before a name's first dash between spaces, with no bracket or dash among them
_LEADING = re.compile(r"^([^()\-–]+?)\s[-–]\s(?=\S)")
# a heading's leading part: before a spaced dash, a colon or a spaced slash ("Health Science: ...", "Information
# Technology / ...")
_HEADING_LEAD = re.compile(r"^([^()\-–:/]+?)(?:\s[-–]|:|\s/)\s(?=\S)")


def headings(names: Iterable[str], vendors: Iterable[str] | None = None) -> frozenset[str]:
    """The headings a list writes before its names, in small letters: career fields ("Health Sciences - Certified
    Nursing Assistant (CNA)", "Construction - NCCER Core Curriculum", "Health Science: BLS Provider", "Information
    Technology / CompTIA A+"), leading parts before a spaced dash, a colon or a spaced slash that three names or more
    share, when there are three such parts or more and most names (three in five) start with one. Elsewhere a shared
    leading part is the credential's own ("NIMS Machining Level I - Measurement, Materials and Safety"), and none is a
    heading. A part before a colon or a slash is a field's only where names of two vendors or more share it
    (``vendors``, the vendor column, row by row) or, in a list without vendors, where it is not one word in capitals:
    an issuer written before its names is one vendor's ("NCCER: Carpentry Level 1", "NHA: CCMA")."""
    names = list(names)
    vendors = list(vendors) if vendors is not None else [""] * len(names)
    # each name's leading part in small letters, and whether a colon or a slash ends it (no spaced dash)
    leads: list[tuple[str, bool] | None] = []
    typed: dict[tuple[str, bool], str] = {}  # (the leading part as a name of the list types it)
    for name in names:
        m = _HEADING_LEAD.match(name.strip())
        lead = (m.group(1).strip().lower(), not _LEADING.match(name.strip())) if m else None
        leads.append(lead)
        if lead:
            typed[lead] = m.group(1).strip()
    counts = Counter(lead for lead, _ in filter(None, leads))
    theirs: dict[str, set[str]] = {}
    for lead, vendor in zip(leads, vendors, strict=True):
        if lead and (vendor or "").strip():
            theirs.setdefault(lead[0], set()).add(vendor.strip().lower())
    any_vendor = any((v or "").strip() for v in vendors)

    def a_field(lead: tuple[str, bool]) -> bool:
        text, marked = lead
        if not marked:  # (before a spaced dash)
            return True
        if any_vendor:
            return len(theirs.get(text, ())) >= 2
        return not re.fullmatch(r"[A-Z0-9&]+", typed[lead])

    shared = {lead[0] for lead in typed if counts[lead[0]] >= 3 and a_field(lead)}
    covered = sum(lead is not None and lead[0] in shared for lead in leads)
    # (three headings or more: one leading part most names share is a family of credentials, "IC3 Digital Literacy
    # Certification - GS6 Level 1", "- Level 2" ...)
    return frozenset(shared) if len(shared) >= 3 and covered >= 0.6 * len(names) else frozenset()


def issuers_after_commas(rows: list[dict], known: frozenset[str]) -> list[dict] | None:
    """A names-only list writing the issuer last, after a comma, on most of its names (three in five: "Security+,
    CompTIA", "Certified nursing assistant, Montana DPHHS"): its rows with that part as the vendor column, or None
    for any other list. A last part holding a digit stays in the name ("Welding, structural plate, AWS D1.1"). At
    least half the last parts must read as issuers: a vendor ``known`` (cleaned: our alias seed's), or one written
    after several names; a list written inverted writes other words there ("Nursing Assistant, Certified (CNA)",
    "Technician, Pharmacy - Certified (PTCB)": natural_order)."""
    if any((r.get("vendor_name") or "").strip() for r in rows):
        return None
    parts = [(r.get("credential_name") or "").rpartition(", ") for r in rows]
    after = [bool(comma and head.strip() and tail.strip() and not _DIGITS.search(tail)) for head, comma, tail in parts]
    if not rows or sum(after) < 0.6 * len(rows):
        return None
    tails = Counter(basic_clean(tail) for (_, _, tail), ok in zip(parts, after, strict=True) if ok)
    if sum(n for tail, n in tails.items() if tail in known or n >= 2) < 0.5 * sum(after):
        return None
    return [dict(r, credential_name=head.strip(), vendor_name=tail.strip()) if ok else r
            for r, (head, _, tail), ok in zip(rows, parts, after, strict=True)]


# a tag in square brackets closing a name ("Certified Nursing Assistant [Statewide]")
_TRAILING_TAG = re.compile(r"\s*\[([^\[\]]+)\]\s*$")


def without_tags(names: Iterable[str], known: frozenset[str]) -> list[str] | None:
    """For a list closing most of its names with a tag of its own in square brackets, a few values written on many
    names (two in five: "Certified Nursing Assistant [Statewide]", "AWS D1.1 Structural Steel [Regional]", a
    funding category), each name without it; None for any other list. A tag written on fewer than three names, or
    naming a vendor ``known`` (cleaned: "[NCCER]"), stays: it may be the credential's."""
    names = list(names)
    found = [m.group(1).strip() if (m := _TRAILING_TAG.search(name)) else None for name in names]
    counts = Counter(basic_clean(tag) for tag in found if tag)
    tagged = [bool(tag) and counts[basic_clean(tag)] >= 3 and basic_clean(tag) not in known for tag in found]
    if not names or sum(tagged) < 0.4 * len(names):
        return None
    return [_TRAILING_TAG.sub("", name) or name if cut else name for name, cut in zip(names, tagged, strict=True)]


# where an administrative note begins after a name: a semicolon, or a full stop after a small letter, a digit, a
# closing bracket or a plus and a new sentence ("Certified Nursing Assistant; must be 16 or older", "CompTIA A+.
# Both exams required."); "U.S. Department" and "Cert. Prod. Tech." are no sentences (a capital, a capitalised word
# after)
_NOTE_START = re.compile(r";\s+(?=\S)|(?<=[a-z0-9)\]™®+])\.\s+(?=[A-Z])")
# a note is said in words: one of three small letters or more ("valid 5 years", "Exam given at ...")
_LOWER_WORD = re.compile(r"(?<![A-Za-z])[a-z]{3,}(?![A-Za-z])")


def _note_at(name: str) -> int | None:
    """Where the name's note begins, if it has one."""
    return next((m.start() for m in _NOTE_START.finditer(name) if _LOWER_WORD.search(name, m.end())), None)


def without_notes(names: Iterable[str]) -> list[str] | None:
    """For a list writing an administrative note after many of its names (one in ten: "Certified Nursing Assistant;
    must be 16 or older", "OSHA 10-Hour Construction; card issued by DOL", "CompTIA A+. Both exams required."),
    each name without it; None for any other list. A note's words are no credential's: read with the name, they
    told it apart from what clerks type and named credentials by the words of notes ("Completed": "Google IT
    Support Professional Certificate; completed on Coursera")."""
    names = list(names)
    found = [_note_at(name) for name in names]
    if not names or sum(at is not None for at in found) < 0.1 * len(names):
        return None
    return [name[:at].rstrip(" .;") or name if at is not None else name for name, at in zip(names, found, strict=True)]


# a name written inverted, as a card catalogue writes it: its head words (no digit, bracket or colon), a comma, and
# the words that come before them in speech ("Nursing Assistant, Certified (CNA)")
_INVERTED = re.compile(r"([^,():\d]+?), ([^,]+)")
# where those words end: a dash, a bracket or a colon ("Technician, Pharmacy - Certified (PTCB)")
_MODIFIER_END = re.compile(r"\s+[-–—]\s+|\s*\(|:\s")
# words that stay after the head: a level, a class, a number ("Electrical, Level I – NCCER")
_AFTER_THE_HEAD = re.compile(r"(?:level|grade|tier|part|module|class|type|category|unit|step)\b|\d", re.IGNORECASE)
# the last item of a series ("Measurement, Materials and Safety")
_SERIES_END = re.compile(r"\s(?:and|&)\s", re.IGNORECASE)
# "Certified" said after a dash ("Technician, Phlebotomy - Certified (CPT)"): it comes first in speech
_CERTIFIED_AFTER = re.compile(r"\s+[-–—]\s+(certified)\b\s*", re.IGNORECASE)


def natural_order(names: Iterable[str]) -> list[str] | None:
    """For a list writing most of its names inverted, as a card catalogue does (one in two: "Nursing Assistant,
    Certified (CNA)", "Technician, Pharmacy - Certified (PTCB)", "Brakes, ASE Entry-Level (Automobile)"), each name
    in the order a clerk types it ("Certified Nursing Assistant (CNA)", "Certified Pharmacy Technician (PTCB)", "ASE
    Entry-Level Brakes (Automobile)"); None for any other list. The head's words are one to four, with no digit; a
    level or a number after the comma stays after the head ("Electrical, Level I – NCCER": "Electrical Level I –
    NCCER"), and a word and a series after it is no inversion ("Measurement, Materials and Safety"). Read as
    written, the list's acronyms were no initials of its names ("CNA"), and no phrase a clerk types was its."""
    names = list(names)
    found = [m if (m := _INVERTED.fullmatch(n.strip())) and len(m.group(1).split()) <= 4 else None for n in names]
    if not names or sum(bool(m) for m in found) < 0.5 * len(names):
        return None
    ordered = []
    for name, match in zip(names, found, strict=True):
        if not match:
            ordered.append(name)
            continue
        head, tail = match.group(1).strip(), match.group(2).strip()
        end = _MODIFIER_END.search(tail)
        before, rest = (tail[: end.start()], tail[end.start() :]) if end else (tail, "")
        if _AFTER_THE_HEAD.match(before):
            ordered.append(f"{head} {tail}")
            continue
        if " " not in head and _SERIES_END.search(before):
            # a series, not an inversion ("Measurement, Materials and Safety – NIMS Level 1")
            ordered.append(name)
            continue
        certified = _CERTIFIED_AFTER.match(rest)
        if certified:
            before, rest = f"{certified.group(1)} {before}", (" " + rest[certified.end() :]).rstrip()
        ordered.append(f"{before} {head}{rest}")
    return ordered


# the last separator before a family's alternatives ("Microsoft Office Specialist - Word, Excel, PowerPoint or Outlook")
_FAMILY_STEM = re.compile(r"\s+[-–—]\s+|:\s+")
_OR = re.compile(r"\s+or\s+")


def _shape(word: str) -> str:
    """A word's shape, its digits as one ("10-Hour" and "30-Hour": "0-hour")."""
    return re.sub(r"\d+", "0", word.lower())


def family_members(name: str) -> list[str]:
    """The members of a family of credentials a list writes under one code, one name for each ("Microsoft Office
    Specialist - Word, Excel, PowerPoint or Outlook": "Microsoft Office Specialist Word", ...; "OSHA 10-Hour or
    30-Hour Construction": "OSHA 10-Hour Construction", "OSHA 30-Hour Construction"; "Certified Logistics Associate
    (CLA) or Certified Logistics Technician (CLT)": each side); none for a name writing no "or". The stem before the
    last dash or colon ahead of the alternatives begins each member; alternatives are parted by semicolons, or
    else by commas, the last two by "or". Two alternatives of one word's shape with no comma are that word's
    ("10-Hour or 30-Hour"), the words around them each member's. A clerk types one member, which names the
    family's row (a name scores with the best of its keys)."""
    text = name.strip()
    found = _OR.search(text)
    if not found or text.count("(", 0, found.start()) > text.count(")", 0, found.start()):
        # (an "or" in brackets is no family's: "(CRT-NPS or RRT-NPS)")
        return []
    stems = list(_FAMILY_STEM.finditer(text, 0, found.start()))
    stem, alternatives = (text[: stems[-1].start()], text[stems[-1].end() :]) if stems else ("", text)
    parts = [p.strip() for p in re.split(r";\s+" if ";" in alternatives else r",\s+", alternatives)]
    last = _OR.split(parts.pop())
    items = [p for p in [*parts, *last] if p]
    if len(items) < 2:
        return []
    if len(items) == 2 and "," not in alternatives:
        left, right = items[0].split(), items[1].split()
        if (len(left) >= 2 and len(right) >= 2 and _shape(left[-1]) == _shape(right[0])
                and left[-1].lower() != right[0].lower()):
            before, after = left[:-1], right[1:]
            items = [" ".join([*before, left[-1], *after]), " ".join([*before, right[0], *after])]
    return [f"{stem} {item}".strip() for item in items]


def families(names: Iterable[str]) -> dict[int, list[str]]:
    """For a list writing families of credentials under one code on one name in twenty or more (family_members),
    each such name's position and its members' names; none for any other list (New Jersey's "ETA Journeyman (ACET
    Prerequisite) or Stand Alone Option" is no family)."""
    names = list(names)
    found = {i: members for i, name in enumerate(names) if (members := family_members(name))}
    return found if names and len(found) >= 0.05 * len(names) else {}


# a web address given for a vendor ("nccer.org", "www.comptia.org", "mass.gov/dph", "https://aws.amazon.com/")
WEB_ADDRESS = re.compile(r"(?:https?://)?(?:www\.)?((?:[a-z0-9-]+\.)+)(?:com|org|gov|net|edu|us|io|co|info|biz)"
                         r"((?:/[a-z0-9_.-]+)*)/?", re.IGNORECASE)


def vendor_of_an_address(vendor: str, aliases: Mapping[str, str]) -> str | None:
    """The vendor a web address names, for a list (or a clerk) giving a vendor's address in its place: the name our
    alias seed (``aliases``: cleaned alias -> name) gives its host's name ("comptia.org": CompTIA; "redcross.org":
    the American Red Cross), or an alias of three letters or more that name starts with ("nhanow.com": the NHA's
    National Healthcareer Association; "msscusa.org": the MSSC's), the host's name before its parts' (a subdomain,
    "aws.amazon.com": Amazon Web Services, not the American Welding Society's "AWS"); an agency's page of a
    government's address by its last part ("mass.gov/dph": "dph"); otherwise the host's name as written, its dashes
    spaces ("mnla.com": "mnla"). None for anything else."""
    match = WEB_ADDRESS.fullmatch(vendor.strip())
    if not match:
        return None
    labels = [w.lower() for w in match.group(1).split(".") if w]
    path = [w.lower() for w in match.group(2).split("/") if w]
    if path and labels[-1] in _GOVERNMENTS:
        return aliases.get(path[-1].replace("-", " "), path[-1].replace("-", " "))
    glued = {alias.replace(" ", ""): name for alias, name in aliases.items()}
    for label in reversed(labels):
        stem = label.replace("-", "")
        if label.replace("-", " ") in aliases or stem in glued:
            return aliases.get(label.replace("-", " ")) or glued[stem]
    for label in reversed(labels):
        stem = label.replace("-", "")
        starting = [a for a in glued if len(a) >= 3 and stem.startswith(a)]
        if starting:
            return glued[max(starting, key=len)]
    return labels[-1].replace("-", " ")


# a government's address, whose agencies' pages name them ("mass.gov/dph")
_GOVERNMENTS = frozenset({"mass", "ny", "ca", "texas", "ohio", "in", "wa", "michigan", "gov", "state"})


def vendors_of_addresses(rows: list[dict], aliases: Mapping[str, str]) -> list[dict] | None:
    """A list giving web addresses in its vendor column ("nccer.org", "nhanow.com"), with the vendor each names
    (vendor_of_an_address) in their place; None for a list giving none."""
    read = [vendor_of_an_address(r.get("vendor_name") or "", aliases) for r in rows]
    if not any(read):
        return None
    return [dict(r, vendor_name=v) if v else r for r, v in zip(rows, read, strict=True)]


# two bodies in one vendor cell: the issuer, then the test provider or a partner ("CompTIA / Pearson VUE", "Microsoft
# via Certiport", "NCCER / Wyoming DWS")
_TWO_BODIES = re.compile(r"\s+(?:/|via)\s+", re.IGNORECASE)


def issuer_and_partner(vendor: str) -> tuple[str, str] | None:
    """The two bodies a list's vendor cell names with a spaced slash or "via" between them, the issuer first
    ("Wyoming State Board of Nursing / Prometric"), or None ("S/P2" is one)."""
    parts = [p.strip() for p in _TWO_BODIES.split(vendor.strip())]
    if len(parts) != 2 or not all(re.search(r"[A-Za-z]", p) for p in parts):
        return None
    return parts[0], parts[1]


def issuers_before_partners(rows: list[dict]) -> tuple[list[dict], dict[str, str]] | None:
    """A list naming two bodies in some vendor cells (issuer_and_partner): its rows with the issuer alone as the
    vendor, and code -> the partner; None for a list naming none. The issuer is the credential's vendor: a row
    giving the test provider beside it is the same credential as a row of the issuer alone ("Certified Nursing
    Assistant (CNA)" from "Wyoming State Board of Nursing / Prometric" beside "WYOMING CERTIFIED NURSE AIDE" from
    the board), and the partner typed still names it."""
    pairs = [issuer_and_partner(r.get("vendor_name") or "") for r in rows]
    if not any(pairs):
        return None
    return ([dict(r, vendor_name=p[0]) if p else r for r, p in zip(rows, pairs, strict=True)],
            {(r.get("credential_code") or "").strip(): p[1] for r, p in zip(rows, pairs, strict=True) if p})


# words of a credential's name, never of an issuer's ("Carpentry Level 1", "Adobe Certified Professional")
_CREDENTIAL_WORDS = KIND_WORDS | {"certified", "level", "user", "professional", "associate", "technician",
                                  "specialist", "operator", "assistant", "aide", "exam", "practitioner", "manager",
                                  "apprentice", "provider"}


_A_WORD = re.compile(r"[A-Za-z]{3,}")


def _an_issuer(value: str, written: Counter, own: str, known: frozenset[str]) -> bool:
    """Whether a cell reads as an issuer: a vendor our alias seed knows (``known``, cleaned), a vendor ``written`` in
    the vendor column of another row (cleaned, counted; ``own``, the cell's own row's vendor, taken off), whole or
    without its brackets, or a name saying it is an organisation's, its brackets left out ("Oklahoma Beef Council",
    "National Healthcareer Association (NHA)", "Oklahoma Department of Public Safety", "Autodesk, Inc."), with no
    word of a credential."""
    whole, outside = basic_clean(value), basic_clean(_BRACKETS.sub(" ", value))
    if any(p and (p in known or written[p] - (p == own) > 0) for p in (whole, outside)):
        return True
    words = outside.split()
    return bool(words) and bool(words[-1] in COMPANY_WORDS or set(words) & ORGANISATION) and not (
        _DIGITS.search(whole) or set(words) & _CREDENTIAL_WORDS)


def _a_credential(value: str) -> bool:
    """Whether a cell reads as a credential's name: a number, a plus, an acronym in brackets or a word of a
    credential's name; not a vendor id ("V-0615": a word of three letters or more, or a plus)."""
    cleaned = basic_clean(value)
    return bool(_A_WORD.search(value) or "+" in value) and bool(
        _DIGITS.search(cleaned) or "+" in value or any(acronym_in_brackets(b) for b in _BRACKETS.findall(value))
        or set(cleaned.split()) & _CREDENTIAL_WORDS)


def swapped_columns(rows: list[dict], known: frozenset[str]) -> list[dict] | None:
    """A list whose export swapped its two columns on some rows (the issuer as the name, the credential as the
    vendor: "NCCER" | "Carpentry Level 1", "CompTIA" | "A+"): its rows put back, or None for a list with no such
    row. A row is swapped when its name reads as an issuer (_an_issuer: our alias seed's vendors ``known``, cleaned,
    or the vendor column's other rows) and its vendor does not, but reads as a credential (_a_credential)."""
    written = Counter(basic_clean(r.get("vendor_name") or "") for r in rows)

    def swapped(row: dict) -> bool:
        name, vendor = (row.get("credential_name") or "").strip(), (row.get("vendor_name") or "").strip()
        if not name or not vendor:
            return False
        cleaned = basic_clean(vendor)
        words = cleaned.split()
        # (or an acronym alone, not the initials of the vendor's words, beside a vendor writing a credential's word:
        # "AAPC" | "Certified Professional Coder (CPC®)"; not "EMT" | "Emergency Medical Technician")
        acronym = (bool(re.fullmatch(r"[A-Z0-9]{2,6}", name)) and bool(set(words) & _CREDENTIAL_WORDS)
                   and not any(initials(" ".join(words[i:])) == name.lower() for i in range(len(words))))
        return ((acronym or _an_issuer(name, written, cleaned, known))
                and not _an_issuer(vendor, written, cleaned, known) and _a_credential(vendor))

    flags = [swapped(r) for r in rows]
    if not any(flags):
        return None
    return [dict(r, credential_name=r["vendor_name"].strip(), vendor_name=r["credential_name"].strip()) if flag else r
            for r, flag in zip(rows, flags, strict=True)]


# a word cut short at the end of a value ("CERTIFICATI"), and what a cut leaves dangling after it: a dash, a colon,
# an opened bracket
_LAST_WORD = re.compile(r"[A-Za-z0-9]+$")
_DANGLING = re.compile(r"[\s\-–—:,/&(]+$")
_CUT_BRACKET = re.compile(r"\s*\([^()]{0,2}$")


def cut_width(values: Iterable[str]) -> int | None:
    """The width an old data system cut a column's values at ("CERTIFIED PHARMACY TECHNICIAN (PTCB) - C" at 40
    characters), when one in seven values or more (five at least) is that long, or one less (a space cut last and
    dropped): the longest length; None for a column whose long values are few, as in any list typed in full."""
    values = [v.strip() for v in values if v and v.strip()]
    if not values:
        return None
    width = max(map(len, values))
    at_it = sum(len(v) >= width - 1 for v in values)
    return width if 20 <= width <= 120 and at_it >= max(5, len(values) / 7) else None


def uncut(value: str, width: int, vocabulary: Mapping[str, int], known: Iterable[str] = (),
          context: Mapping[str, Counter[str]] | None = None) -> str:
    """A value cut at ``width`` made whole as far as the list tells: the one ``known`` value it begins (a vendor our
    alias seed names in full: "NATIONAL CENTER FOR CONSTRUCTION EDUCATI"); else its last word, an acronym cut, to
    the initials of the words before it ("(CC" after "Certified Clinical Medical Assistant": "CCMA"), or completed
    to the word of the list's (``vocabulary``: word -> how many values use it whole) that begins so
    ("CERTIFICATI": "certification"; of several, the one whose values share most words with it, ``context``: word
    -> the words of the values using it), kept when none does and it has four characters or more ("ILLUS"), else
    left out; then a bracket cut to two characters or fewer is left out ("(P"), what dangles too (a dash, a
    slash), and an opened bracket is closed ("REFRIGERANT HANDLING CERT (EPA 608 UNIVE": "... (EPA 608 UNIVE)").
    A value shorter than the width is whole."""
    value = value.strip()
    if len(value) < width - 1:
        return value
    cleaned = basic_clean(value)
    begun_by = {k for k in known if k.startswith(cleaned) and len(cleaned) >= 8}
    if len(begun_by) == 1:
        return begun_by.pop()
    last = _LAST_WORD.search(value)
    if last and len(value) >= width and not last.group(0).isdigit():
        part = last.group(0).lower()
        initials = _initials(value[: last.start()])
        if (part.upper() == last.group(0) and initials.startswith(part.upper()) and initials != part.upper()
                and (len(part) >= 2 or value[: last.start()].endswith("("))):
            # an acronym of the words before it, cut ("CERTIFIED CLINICAL MEDICAL ASSISTANT (CC": "CCMA")
            value = value[: last.start()] + initials
        elif part not in vocabulary:
            begun = [w for w in vocabulary if w.startswith(part) and w != part] if len(part) >= 3 else []
            if len(begun) >= 2 and context is not None:
                # of several, the one whose values share the most words with this one ("MICROSOFT OFFICE
                # SPECIALIST EXPERT – EXC": "excel", not HVAC's "excellence")
                mine = {w.lower() for w in re.findall(r"[A-Za-z0-9]+", value[: last.start()])}
                shared = sorted(((sum(context[w][m] for m in mine), w) for w in begun), reverse=True)
                begun = [shared[0][1]] if shared[0][0] > shared[1][0] else begun
            best = begun[0] if len(begun) == 1 else None
            if best is None and len(part) >= 4:
                best = part
            value = value[: last.start()] + ((best.upper() if value.isupper() else best) if best else "")
    value = _CUT_BRACKET.sub("", value)
    value = _DANGLING.sub("", value)
    opened = value.count("(") - value.count(")")
    return value + ")" * opened if opened > 0 else value


def _initials(before: str) -> str:
    """The initials of the words before a cut acronym, back to a bracket or a dash ("YOUTH FOR THE QUALITY CARE OF
    ANIMALS (": "YQCA"), such words as "of" and "the" aside; nothing when they are more than six."""
    words = re.split(r"[(\[–—]|\s-\s", before)[-2 if before.rstrip().endswith("(") else -1]
    letters = "".join(w[0] for w in re.findall(r"[A-Za-z]+", words)
                      if w.lower() not in {"of", "the", "for", "and", "in", "to", "a", "an"}).upper()
    return letters if 2 <= len(letters) <= 6 else ""


def uncut_column(values: list[str], known: Iterable[str] = ()) -> list[str] | None:
    """A column cut at a width (cut_width), each value made whole as far as the list tells (uncut, with the
    ``known`` values a cut one may begin), the words of its values that are not cut the vocabulary; None for a
    column typed in full."""
    width = cut_width(values)
    if width is None:
        return None
    vocabulary: Counter[str] = Counter()
    context: dict[str, Counter[str]] = {}
    for v in values:
        v = (v or "").strip()
        last = _LAST_WORD.search(v)
        whole = v[: last.start()] if len(v) >= width and last else v
        words = {w.lower() for w in re.findall(r"[A-Za-z0-9]+", whole)}
        vocabulary.update(words)
        for w in words:
            context.setdefault(w, Counter()).update(words - {w})
    known = frozenset(known)
    whole = [uncut(v, width, vocabulary, known, context) if v else v for v in values]
    # two values cut apart only in their last letters ("MICROSOFT OFFICE SPEC EXCEL AS" and "... EXCEL EX") keep
    # them, not one name made of both: a typed word may go on from them (cut_tails)
    made: dict[str, set[str]] = {}
    for v, w in zip(values, whole, strict=True):
        made.setdefault(basic_clean(w), set()).add(basic_clean(v))
    return [v.strip() if v and len(made[basic_clean(w)]) >= 2 and len(v.strip()) >= width - 1 else w
            for v, w in zip(values, whole, strict=True)]


def cut_tails(values: list[str], whole: list[str]) -> frozenset[str]:
    """The last words of the values a column cut (uncut_column: ``values`` as given, ``whole`` as made whole) that
    stand as cut, completed to no word ("ILLUS", "EX" kept), in small letters: a typed word going on from one is that
    word cut ("Excel Expert" for "EXCEL EX")."""
    width = cut_width(values)
    out = set()
    for v, w in zip(values, whole, strict=True):
        if width is None or len((v or "").strip()) < width - 1:
            continue
        last, kept = _LAST_WORD.search((v or "").strip()), _LAST_WORD.search((w or "").strip())
        if last and kept and last.group(0).lower() == kept.group(0).lower() and not last.group(0).isdigit():
            out.add(last.group(0).lower())
    return frozenset(out)


# a number of three to six digits before a name and a dash ("0412 - Certified Nursing Assistant")
CATALOGUE_NUMBER = re.compile(r"\s*(\d{3,6})\s*[-–—:]\s+(?=\S)")


def catalogue_numbers(names: Iterable[str]) -> list[tuple[str, str | None]] | None:
    """For a list writing its own catalogue number before most of its names (three in five), a number of its own
    on each ("0412 - Certified Nursing Assistant", "2210 - AWS D1.1 Structural Steel"), each name without it and
    the number it wrote; None for any other list. The number is no number of the credential's (not an exam's nor a
    level's): read as part of the name, it told every name apart from what clerks type ("Carpentry Lvl 2" against
    "0721 - NCCER Carpentry Level 2"). Numbers several names write are a family's, not a catalogue's ("608 - Type
    I", "608 - Type II"): then None."""
    names = list(names)
    found = [(m.group(1), n[m.end():].strip()) if (m := CATALOGUE_NUMBER.match(n)) else None for n in names]
    numbers = [f[0] for f in found if f]
    if not names or len(numbers) < 0.6 * len(names) or len(set(numbers)) < len(numbers):
        return None
    return [(f[1], f[0]) if f else (n, None) for n, f in zip(names, found, strict=True)]


# a CIP code (two digits, a point, four digits: "51.3902") in brackets, one or several ("(12.0500, 12.0503)")
CIP_WRITTEN = re.compile(r"\s*\((\s*\d{2}\.\d{4}(?:\s*[,;/&]\s*\d{2}\.\d{4})*\s*)\)")


def cips_written(names: Iterable[str]) -> list[tuple[str, list[str]]] | None:
    """For a list writing, in brackets, the CIP code of the programme a credential belongs to after most of its names
    (three in five: "Certified Nursing Assistant (51.3902)", "CompTIA A+ (11.1006)"), each name without it and the
    CIP codes it wrote; None for any other list. The code is no number of the credential's (not an exam's), and a
    clerk never types it: read as part of the name, it told every name apart from what was typed ("OSHA 30 hr
    construction" against "OSHA 30-Hour Construction (46.0000)")."""
    names = list(names)
    found = [[c for m in CIP_WRITTEN.finditer(n) for c in re.findall(r"\d{2}\.\d{4}", m.group(1))] for n in names]
    if not names or sum(bool(f) for f in found) < 0.6 * len(names):
        return None
    return [(CIP_WRITTEN.sub("", n).strip() or n, f) for n, f in zip(names, found, strict=True)]


def without_heading(name: str, heads: frozenset[str]) -> str:
    """A name without its heading (headings), when it has one."""
    match = _HEADING_LEAD.match(name.strip()) if heads else None
    return name.strip()[match.end():] if match and match.group(1).strip().lower() in heads else name


def _part(match: re.Match) -> str:
    """The text of a NAME_PARTS match."""
    return match.group(1) or match.group(2) or match.group(3) or match.group(4) or ""


def _names_an_organisation(text: str, normalize: Callable[[str], str]) -> bool:
    return bool(set(normalize(text).split()) & ORGANISATION)


def _issuer_parts(name: str, normalize: Callable[[str], str]) -> list[tuple[re.Match, str | None]]:
    """The NAME_PARTS matches of a name naming an organisation, each with None when the whole part names it, or the
    text of its brackets that do when the words outside them do not ("Core – Introductory Craft Skills (National
    Center for Construction Education & Research)": the brackets, not "Introductory Craft Skills")."""
    out: list[tuple[re.Match, str | None]] = []
    # an issuer written first, before a dash ("Washington State Department of Health – Food Worker Card")
    lead = _LEADING.match(name)
    if lead and _names_an_organisation(lead.group(1), normalize) and not set(
            normalize(lead.group(1)).split()) & _KINDS:
        # (not a kind of credential: "College Certificate - Nurse Aide")
        out.append((lead, None))
    for match in NAME_PARTS.finditer(name):
        part = _part(match)
        if not _names_an_organisation(part, normalize) or lead and out and out[0][0] is lead \
                and match.start() < lead.end():
            continue
        if (match.group(1) is None and "(" in part
                and not _names_an_organisation(_BRACKETS.sub(" ", part), normalize)):
            out.append((match, " ".join(i for i in _BRACKETS.findall(part) if _names_an_organisation(i, normalize))))
        else:
            out.append((match, None))
    return out


def without_issuer_parts(name: str, normalize: Callable[[str], str]) -> str:
    """The name without its parts naming the issuer (issuer_part_words): "Ohio Cosmetology License"."""
    out, at = [], 0
    for match, inner in _issuer_parts(name, normalize):
        out.append(name[at:match.start()])
        if inner is None:
            out.append(" ")
        else:
            out.append(_BRACKETS.sub(lambda m: " " if _names_an_organisation(m.group(1), normalize) else m.group(0),
                                     match.group(0)))
        at = match.end()
    return "".join(out) + name[at:]


def issuer_parts(name: str, normalize: Callable[[str], str]) -> list[str]:
    """The parts of a name, in brackets, after a dash or after a comma, that name an organisation, as written."""
    return [_part(match) if inner is None else inner for match, inner in _issuer_parts(name, normalize)]


def issuer_part_words(name: str, normalize: Callable[[str], str]) -> frozenset[str]:
    """The words of the parts of a name, in brackets, after a dash or after a comma, that hold a word naming an
    organisation ("Manicurist License (Tennessee Board of Cosmetology and Barber Examiners)"): its issuer's, not the
    credential's."""
    return frozenset(w for part in issuer_parts(name, normalize) for w in normalize(part).split())


# words linking a name's parts, saying nothing of the credential ("Photoshop Certified Professional by Adobe")
_LINKS = frozenset({"by", "from", "with", "a", "an"})


def product_twins(rows: Iterable[tuple[str, str, str]], normalize: Callable[[str], str], generic: frozenset[str],
                  already: Mapping[str, str]) -> dict[str, str]:
    """Code -> the first code of the same credential, for a name writing a field "using" a product ("Adobe
    Certified Professional in Visual Design Using Adobe Photoshop") and the names holding that product's words and
    no word the first does not hold ("Adobe Photoshop Certified Professional", "Photoshop Certified Professional by
    Adobe"): a vendor's long and short names for one exam. Not a name holding a word of its own ("Adobe Certified
    Associate (ACA) Photoshop": the former credential), nor rows ``already`` joined (duplicates). A name's words are
    read without ``generic`` and linking words (_LINKS) and brackets. From (code, name, vendor key) rows."""
    rows = [r for r in rows if r[0] not in already]
    generic = generic | _LINKS
    words = {code: frozenset(normalize(_BRACKETS.sub(" ", name)).split()) - generic for code, name, _ in rows}
    out: dict[str, str] = {}
    for code, name, _ in rows:
        key = normalize(_BRACKETS.sub(" ", name)).split()
        if "using" not in key:
            continue
        product = frozenset(key[len(key) - key[::-1].index("using"):]) - generic
        # (the short name may say "Professional", the programme's name, which the long one leaves out: "Visual
        # Design Using Adobe Photoshop" beside "Adobe Certified Professional – Adobe Photoshop")
        short = [other for other, theirs in words.items()
                 if other != code and "using" not in theirs and product and product <= theirs
                 and theirs - {"professional"} <= words[code] and theirs != words[code]]
        if short:
            joined = [code, *short, *(c for c, first in out.items() if first in {out.get(x, x) for x in short})]
            out.update({c: min(joined) for c in joined})
    return out

"""The write-in's words against the list's names: the rules below the bars, and the word features of the rule.

When the best candidate does not clear the decision rule's bars, the write-in's words may still single out one
credential: every word of it is in one name only (``unique_naming``), or one word names one credential alone and the
others take nothing from it (``named_by_a_rare_word``). The other way, they may show that a name is not the only
one meant: another credential names every word too (``runner_names_it_too``), or a level below the candidate holds
them (``level_below``). The decision rule reads some of this as features (``word_features``).

Every rule reads the list itself (refs.ResolutionRefs), never lists of write-ins, and is a pure function of the
references: ``Words`` memoises them per resolver (memo.memoised), since the same words come back with every vendor
and CIP of a text, and the same pairs of words are compared again and again (``looks_like``).
"""

from __future__ import annotations

import difflib
import functools
import os
import re
from collections import Counter

from cte_credentials.resolve import list_features
from cte_credentials.resolve.list_features import FILLER_WORDS, KIND_WORDS, STATE_NAMES
from cte_credentials.resolve.memo import memoised
from cte_credentials.resolve.normalize import (
    VERSION_MARK,
    YEAR,
    basic_clean,
    number_counts,
    numbers,
    numbers_conflict,
    version_year,
)
from cte_credentials.resolve.readings import TEST_PROVIDERS, one_letter_away, word_forms, words_starting
from cte_credentials.resolve.refs import GENERIC_WORDS, Credential, ResolutionRefs, tokens, vendor_within

# "class a", "type 2", "grade b": a qualifier of a credential's class, which a list may not tell apart; "silver",
# "gold": a level awarded on one credential (the National Career Readiness Certificate's)
QUALIFIER = re.compile(r"\b(?:(class|type|grade|tier|category|group)\s+(?:[a-z]|\d+)|(bronze|silver|gold|platinum)"
                       r"|([a-z]{3,})\s+class(?!\s+(?:[a-z]|\d+)\b))\b")

# the words QUALIFIER cannot match without
_QUALIFIER_WORDS = ("class", "type", "grade", "tier", "category", "group", "bronze", "silver", "gold", "platinum")


def qualifiers_in(text: str) -> tuple[tuple[str, ...], ...]:
    """The qualifiers of a normalised text ("class b", "type 2", "gold"; a word before "class", "general class", as
    "class general"), each as its words."""
    if not any(w in text for w in _QUALIFIER_WORDS):  # (a cheap first look: most texts hold none)
        return ()
    return tuple(("class", m.group(3)) if m.group(3) else tuple(m.group(0).split()) for m in QUALIFIER.finditer(text))


def qualifier_kinds(qualifiers: tuple[tuple[str, ...], ...]) -> dict[str, str]:
    """Each kind of qualifier ("class", "type"; "medal" for a medal word alone) -> its value ("b", "2", "gold")."""
    return {("medal" if len(q) == 1 else q[0]): q[-1] for q in qualifiers}


# a level word and its number, in a normalised text ("level 2"; another_level)
_LEVEL_NUMBER = re.compile(r"\b(level|type|class|grade|tier|core|part)\s+(\d{1,2})\b")
# a test code, a letter and its number, in a normalised text ("a 8" for "A8"; Words.another_test_code)
_TEST_CODE = re.compile(r"(?<![a-z0-9])([a-z]) (\d{1,2})(?![0-9])")


def _level_runs(key: str, word: str) -> frozenset[str]:
    """The numbers a normalised name writes after a level word, one after another ("type 1 2 3", "level 1 and 2")."""
    found: set[str] = set()
    for m in re.finditer(rf"\b{word}\s+((?:\d{{1,2}}(?:\s+(?:and|or)\s+|\s+|$))+)", f"{key} "):
        found.update(re.findall(r"\d+", m.group(1)))
    return frozenset(found)


NUMBER_WORDS = frozenset({"three", "four", "five", "six", "seven", "eight", "nine", "ten"})
# words naming a kind of thing a school or a platform offers, no subject a credential is in (Words.unique_naming)
NO_SUBJECT = frozenset({"course", "courses", "class", "classes", "program", "programs", "programme", "training",
                        "academy", "college", "community", "school", "institute", "university", "center", "centre",
                        "online", "module", "modules", "lesson", "lessons", "workshop", "session", "orientation",
                        "completion", "completed", "complete"})
# words that, in any list, name a credential a level above the one without them ("Excel Expert", "Master Automobile
# Technician", "Advanced Customer Service", "Phlebotomy Instructor", "Senior Welding Inspector")
LEVEL_UP = frozenset({"expert", "master", "advanced", "senior"})
# words that, typed, name another credential than a name without them: a licence's restricted or provisional form,
# a trainee's or apprentice's registration, an instructor's card, a recurrent or refresher course ("Florida Restricted
# Barber License" is not the "Florida Barber License"; "Part 107 recurrent" not the Remote Pilot Certificate)
VARIANT = frozenset({"restricted", "provisional", "temporary", "limited", "apprentice", "trainee", "journeyman",
                     "instructor", "recurrent", "refresher"})
# words naming whom a course is for: typed, they name another credential than a name without them ("Youth Mental
# Health First Aid" is not "Mental Health First Aid (MHFA)"; "Heartsaver Pediatric First Aid CPR AED" not the
# Heartsaver First Aid CPR AED)
AUDIENCE = frozenset({"youth", "pediatric", "paediatric", "teen"})
# the classes a licence comes in ("Private Pesticide Applicator", "Commercial Pesticide Applicator"; a residential
# or a commercial electrician): a subject typed without one names no class of it (words.class_untyped)
CLASS_WORDS = frozenset({"private", "commercial", "noncommercial", "residential"})
# words a series numbers its members after ("Class I", "Level 2", "Type II": Words.another_numbered_one)
_SERIES_WORDS = frozenset({"class", "level", "type", "grade", "category", "tier"})
# words naming a licence or its holder, not its subject: left out of the subject typed ("Pesticide Applicator License")
LICENCE_WORDS = frozenset({"license", "licence", "lic", "permit", "registration", "cert", "applicator"})
# words that say how far, not in what: typed alone ("Intermediate"), they name no credential
LEVEL_WORDS = LEVEL_UP | {"basic", "beginner", "intermediate", "junior", "novice", "entry"}
# the tiers of vendors' certification ladders (Microsoft, Autodesk, Apple, Cisco, SOLIDWORKS, Unity): one of them
# typed against a name holding another names another credential
TIERS = frozenset({"user", "associate", "professional", "expert", "master"})
# a tier as typed: "Technician" is the rung above "Associate" in a ladder such as the MSSC's (Certified Logistics
# Associate, Certified Logistics Technician) or the ETA's; typed against a name holding a tier it lacks, it names
# another rung
TYPED_TIERS = TIERS | {"technician"}


# prefixes of opposite meaning: two words that differ only by them are opposites, not a misspelling ("Interior",
# "Exterior"; "Intrastate", "Interstate")
OPPOSITE_PREFIXES = (("in", "ex"), ("intra", "inter"), ("pre", "post"), ("under", "over"), ("im", "ex"),
                     ("up", "down"), ("min", "max"))


def opposite_prefixes(word: str, other: str) -> bool:
    """``word`` and ``other`` differ only by a pair of OPPOSITE_PREFIXES, the rest three letters or more."""
    for a, b in OPPOSITE_PREFIXES:
        for x, y in ((a, b), (b, a)):
            if word.startswith(x) and other.startswith(y) and len(word) - len(x) >= 3 \
                    and word[len(x):] == other[len(y):]:
                return True
    return False


def _numbered(key: str) -> set[tuple[str, str]]:
    """The (word, number) pairs of a normalised text, each number with the word before it ("associate 2")."""
    words = key.split()
    return {(a, b) for a, b in zip(words, words[1:], strict=False) if b.isdigit()}


def cut_either_way(a: str, b: str) -> bool:
    """One word the other cut short, of three letters or more: its start ("instr", "instructor") or its consonants
    ("mkt", "market"; list_features.cut_word), not a word with vowels of its own inside another ("water" is no cut
    "wastewater")."""
    short, full = sorted((a, b), key=len)
    return len(short) >= 3 and list_features.cut_word(short, full) and (
        full.startswith(short) or not any(ch in "aeiou" for ch in short[1:]))


class Words:
    """The word rules over one list's references; the @memoised ones are tables (``words.looks_like[a, b]``)."""

    def __init__(self, refs: ResolutionRefs) -> None:
        self.refs = refs

    @memoised
    def tokens_of(self, text: str) -> frozenset[str]:
        """refs.tokens, memoised: every rule reads the words of the same texts."""
        return tokens(text)

    @memoised
    def numbers_of(self, text: str) -> frozenset[str]:
        """normalize.numbers, memoised."""
        return numbers(text)

    @memoised
    def looks_like(self, word: str, other: str) -> bool:
        """A possible misspelling: difflib similarity of at least 0.75 (memoised, the same pairs recur)."""
        # the quick upper bounds first: most pairs are far apart. The first, from the lengths alone, is
        # SequenceMatcher.real_quick_ratio's formula, worked out before the matcher is built
        length = len(word) + len(other)
        if length and 2.0 * min(len(word), len(other)) / length < 0.75 or opposite_prefixes(word, other):
            return False
        matcher = difflib.SequenceMatcher(None, word, other)
        return matcher.quick_ratio() >= 0.75 and matcher.ratio() >= 0.75

    @memoised
    def naming_every_word(self, words: frozenset[str]) -> frozenset[str]:
        """The codes whose name holds every one of the words (none for no words), memoised: the same as testing
        words <= refs.by_code[code].tokens for each code, done once per set of words."""
        return frozenset(self.refs.holding_every_word(words))

    @memoised
    def led_by_a_code(self, text: str) -> str | None:
        """The credential whose code of the list begins or ends the text, with its name or a few of its words
        ("IL-IRC-15533 Heartsaver", "il-irc-21419 cdl class a", "CNA IL-IRC-15107"): the code decides, where at
        least half the other words typed are words of its name or vendor (the rest is no other credential's). A code
        of letters and digits only: a number alone may be an exam's or a catalogue's, written in the names ("0412 -
        Certified Nursing Assistant") and so in the calibration's variants."""
        refs = self.refs
        if not refs.codes_typed:
            return None
        words = text.split()
        for k in range(1, min(len(words), 5)):
            for head, rest in ((words[:k], words[k:]), (words[-k:], words[:-k])):
                if " ".join(head) not in refs.codes_typed or not any(w.isalpha() for w in head):
                    continue
                if any(" ".join(rest[i : i + m]) in refs.codes_typed for m in range(1, 5) for i in range(len(rest))):
                    # another code of the list typed beside it: two credentials ("adobe010 + adobe011")
                    return None
                (code,) = refs.exact[" ".join(head)]
                said = tokens(" ".join(rest)) - GENERIC_WORDS
                cred = refs.by_code.get(code)
                theirs = cred.tokens | set(refs.vendor_of(code).split()) if cred else frozenset()
                # (not where the words name another credential the code's name does not hold them all for: the code
                # of ServSafe Alcohol with "ServSafe Manager" typed is a disagreement, not the code)
                if 2 * len(said & theirs) >= len(said) and (
                        said <= theirs or not self.naming_every_word[frozenset(said)] - {code}
                        and not self.naming_every_word[frozenset(said - theirs)] - {code}):
                    return code
        return None

    def exact_codes(self, text: str, vendor_key: str, qnums: frozenset[str]) -> list[str]:
        """Credentials the text names exactly, less those with other numbers or another known vendor. Versions of
        one name (refs.other_versions) stay together whatever their vendors, unless a year typed names one."""
        refs = self.refs
        # a code of the list typed for the name, a "#" before it or not: its numbers are the code's
        code = text.lstrip("# ")
        if code in refs.codes_typed:
            return list(refs.exact[code])
        led = self.led_by_a_code[code]
        if led:
            return [led]
        found = [c for c in refs.exact.get(text, []) if refs.numbers_allow(qnums, c)]
        kept = [c for c in found if not refs.another_vendors(c, vendor_key)]
        if len(found) == 1 and len(kept) == 1 and refs.versions.get(kept[0]) and not YEAR.search(text) \
                and "365" not in text.split() and VERSION_MARK.search(refs.by_code[kept[0]].name):
            # the words of a name that writes its version ("Excel Associate (Microsoft 365 Apps)") beside another
            # version's ("Excel 2019 Associate"), no version typed: which one is not said
            return [kept[0], *sorted(refs.versions[kept[0]])]
        if len(found) < 2:
            return kept
        years = set(YEAR.findall(text))
        out: list[str] = []
        for c in kept:
            versions = [c, *refs.other_versions(c, found)]
            typed = [v for v in versions if years & set(YEAR.findall(refs.by_code[v].name))]
            out.extend(v for v in (typed or versions) if v not in out)
        return out

    def shared_acronym(self, text: str, vendor_key: str, qnums: frozenset[str]) -> list[str] | None:
        """When the text is only an acronym the list gives to several credentials (with words such as "cert"): those
        of them the numbers and a known vendor allow; otherwise None."""
        refs = self.refs
        core = [w for w in text.split() if w not in GENERIC_WORDS]
        if len(core) != 1 or core[0] not in refs.shared_acronyms:
            return None
        # (a test provider typed rules none out: it delivers many issuers' exams, "CPT" from Pearson VUE is any CPT)
        provider = vendor_key in TEST_PROVIDERS
        codes = [c for c in refs.shared_acronyms[core[0]] if not numbers_conflict(qnums, refs.by_code[c].nums)
                 and (provider or not refs.another_vendors(c, vendor_key))]
        # the acronym and its words such as "credential" as one name alone ends with them ("CDA Credential": "Child
        # Development Associate (CDA) Credential", not "Certified Dental Assistant (CDA)")
        # (after words of the name's: a name that is only the acronym and "Certification", "PLS Certification", is
        # one of its credentials, which "PLS cert" does not tell)
        written = [c for c in codes if len(core) < len(text.split()) and refs.by_code[c].key.endswith(f" {text}")]
        return written if len(written) == 1 else codes

    def only_credential_naming_every_word(self, qtokens: frozenset[str], qnums: frozenset[str],
                                          vendor_key: str, text: str = "") -> str | None:
        """The one credential whose name holds every word of the write-in (with a known vendor: among that
        vendor's credentials and _blank_of_the_vendor, the vendor's before a blank one when several are left),
        or None when none or several do."""
        refs = self.refs
        # the vendor's name typed with the credential's is not the credential's ("American Heart Association BLS");
        # a word of it alone may be ("Linux Essentials" from the Linux Professional Institute)
        vendor_words = set(vendor_key.split())
        words = qtokens - vendor_words if vendor_key and vendor_words <= qtokens else qtokens
        if not words or all(w.isdigit() or len(w) < 2 for w in words):
            # numbers or single letters alone ("T") name nothing
            return None
        codes = self._naming_every_word(words, False) or self._naming_every_word(words, True)
        if not codes and words & GENERIC_WORDS and words - GENERIC_WORDS:
            # "card" or "certificate" typed when no name holds it with the other words ("OSHA 30 hr card")
            words = words - GENERIC_WORDS
            codes = self._naming_every_word(words, False)
        if not codes:
            # a word of the list of six letters or more may stand for a list's word one letter away ("Siemens Level
            # 1 Mechatronics": "Siemens Mechatronic Systems Certification Program (SMSCP) Level 1"); a word the list
            # does not use is mended by the readings instead (readings.mended_in_context)
            codes = self._naming_every_word(words, False, near=True)
        if not codes:
            return None
        own: set[str] = set()
        named_too: set[str] = set()
        if vendor_key in refs.vendor_keys and not (vendor_key in TEST_PROVIDERS and len(codes) >= 2):
            # (not a test provider's rows when other names hold every word too: they are several issuers')
            own = {c for c in codes if refs.by_code[c].vendor_key == vendor_key}
            # (with the other versions of its names, which the vendor column does not tell apart: "Security+" from
            # CompTIA, whose "(SY0-601)" row is CompTIA's and "(SY0-701)" row Pearson VUE's)
            own |= {v for c in own for v in refs.versions.get(c, ()) if v in codes}
            # and the names writing the vendor under a test provider in the column (refs.named_by_the_vendor_too)
            named_too = refs.named_by_the_vendor_too(codes, vendor_key, own)
            codes = own | self._blank_of_the_vendor(codes, vendor_key) | named_too
        # here a credential with more numbers than the write-in still counts ("EPA 608" names Type I and Universal)
        codes = {c for c in codes if qnums <= refs.by_code[c].nums}
        if len(codes) >= 2 and qnums:
            # a number typed twice is there twice ("AWS D1.1": not the D9.1, whose "1" is there once)
            counts = number_counts(text)
            codes = {c for c in codes if not counts - self._number_counts_by_part[c]} or codes
        if len(codes) >= 2 and not codes & named_too:
            codes = codes & own or codes  # the vendor's own row before a blank one
        if len(codes) == 1 and vendor_key not in refs.vendor_keys and self._another_known_vendors(
                next(iter(codes)), vendor_key):
            # a vendor our alias seed knows, which the list's vendor column does not: not a credential whose name
            # writes another vendor ("Google Cybersecurity Certificate" is no "ISC2 Certified in Cybersecurity (CC)")
            return None
        return next(iter(codes)) if len(codes) == 1 else None

    @memoised
    def _number_counts_by_part(self, code: str) -> Counter[str]:
        """How many times each number stands in the candidate's name, the most of its part outside brackets and of
        each bracket's: a name giving itself twice, in two languages ("IC3 Alfabetización Digital – Nivel 1 (IC3
        Digital Literacy GS6 Level 1)"), writes its "3" once, not twice ("IC3 Level 3" is no Level 1)."""
        cred = self.refs.by_code[code]
        normalize = self.refs.normalize
        parts = [re.sub(r"\([^)]*\)", " ", cred.name), *re.findall(r"\(([^)]*)\)", cred.name)]
        counts: Counter[str] = Counter()
        for part in parts:
            counts |= number_counts(normalize(part))
        return counts

    def _another_known_vendors(self, code: str, vendor_key: str) -> bool:
        """The typed vendor is one our alias seed knows, not a test provider, and the credential's name writes
        another vendor: neither the same by our seed, nor the list's acronym of it ("AWS" for the "American Welding
        Society" typed), nor one within the other."""
        refs = self.refs
        theirs = refs.vendor_of(code)
        if not vendor_key or vendor_key in TEST_PROVIDERS or vendor_key not in self._known_vendors:
            return False

        def seed_name(v: str) -> str:
            return basic_clean(refs.vendor_alias.get(v, v))
        return not (theirs in ("", vendor_key) or theirs in TEST_PROVIDERS or seed_name(theirs) == seed_name(vendor_key)
                    or refs.vendor_by_seed_name.get(vendor_key) == theirs
                    or list_features.initials(vendor_key) == theirs.replace(" ", "")
                    or vendor_within(vendor_key, theirs) or vendor_within(theirs, vendor_key))

    @functools.cached_property
    def _known_vendors(self) -> frozenset[str]:
        """The vendors our alias seed (or the list) names, as keys."""
        return frozenset(basic_clean(v) for v in self.refs.vendor_alias.values())

    def _blank_of_the_vendor(self, codes: set[str], vendor_key: str) -> set[str]:
        """Of ``codes``, those the list gives no vendor whose name shares a word (not a number, nor a word such as
        "certification") with a name of the vendor's rows: the vendor's, left blank ("IC3 Digital Literacy
        Certification - GS6 Level 3", blank, beside Certiport's Levels 1 and 2; not "NATE HVAC Support
        Technician Certificate" for "BICSI Technician")."""
        refs = self.refs
        theirs = self._words_of_the_vendor[vendor_key]
        return {c for c in codes if not refs.by_code[c].vendor_key and refs.vendor_of(c) in ("", vendor_key)
                and theirs & refs.by_code[c].tokens}

    @memoised
    def _words_of_the_vendor(self, vendor_key: str) -> frozenset[str]:
        """The words of the names of a vendor's rows, less numbers and words such as "certification"."""
        words = set().union(*(self.refs.by_code[c].tokens for c in self.refs.codes_by_vendor.get(vendor_key, ())))
        return frozenset(w for w in words if not w.isdigit() and w not in GENERIC_WORDS)

    def _naming_every_word(self, words: frozenset[str], initials: bool, near: bool = False) -> set[str]:
        """The codes whose names hold every word; with ``initials``, a word may also be the initials of words of
        the name (spelt_by_initials), which is tried only when no name holds every word as typed ("IT Specialist
        Python": no name holds "it" and "python"), since it widens every word it spells; with ``near``, a word of
        the list of six letters or more may also be one a letter away ("mechatronics": "mechatronic")."""
        index = self.refs.token_index
        if not initials and not near:
            # the common case in C: the smallest postings first
            postings = [index.get(word) for word in words]
            if not postings or None in postings:
                return set()
            postings.sort(key=len)
            return postings[0].intersection(*postings[1:]) if len(postings) > 1 else postings[0]
        codes: set[str] | None = None
        for word in words:
            posting = index.get(word, set())
            if initials and self.spelt_by_initials[word]:
                posting = posting | self.spelt_by_initials[word]
            if near and len(word) >= 6 and word.isalpha() and word in self.refs.token_index:
                posting = posting.union(*(self.refs.token_index[w] for w in one_letter_away(self.refs, word)))
            codes = posting if codes is None else codes & posting
            if not codes:
                return set()
        return codes or set()

    @memoised
    def spelt_by_initials(self, word: str) -> frozenset[str]:
        """The credentials holding the words a word of 2-5 letters is the initials of ("it": information
        technology), as list_features found initials in the list's names, for a word the list's names also use
        as it is ("CompTIA IT Fundamentals+"): the list writes it both ways. A word no name uses is spelled out by
        the readings instead, where initials naming different credentials are a guess ("CDA credential")."""
        refs = self.refs
        if not 2 <= len(word) <= 5 or not word.isalpha() or word not in refs.token_index:
            return frozenset()
        found: set[str] = set()
        for phrase in refs.initials.get(word, ()):
            # a word such as "certified" is in no name's words (it tells nothing): the others must all be there
            postings = [refs.token_index.get(w, set()) for w in phrase.split() if w not in GENERIC_WORDS]
            if postings and all(postings):
                found |= set.intersection(*postings)
        return frozenset(found)

    @memoised
    def unique_naming(self, text: str, vendor_key: str) -> str | None:
        """The one credential naming every word of the text (the every-word rule, see fuzzy.settle), memoised per
        (text, vendor)."""
        qnums = self.numbers_of[text]
        # a name several credentials share exactly ("EMT": the state license and the registry's) is settled by the
        # CIP or by a person, never by the every-word rule
        acronym = self.shared_acronym(text, vendor_key, qnums)
        shared = len(self.exact_codes(text, vendor_key, qnums)) >= 2 or len(acronym or ()) >= 2
        if shared:
            return None
        # words naming a kind of thing, not a subject ("course", "college", "community", "academy"), name no
        # credential by themselves, even where one name of the list alone writes them ("Edgenuity course" is no
        # "BLS for Healthcare Providers Course Completion Card"; "community college" no "Community Emergency Response
        # Team")
        # (of the words the list's names write, the typed vendor's aside: "edgenuity" names nothing here)
        content = {w for w in self.tokens_of[text] - GENERIC_WORDS - set(vendor_key.split())
                   if w in self.refs.token_index}
        if content and content <= NO_SUBJECT:
            return None
        # a qualifier the list's names never use ("class b" in "Commercial Driver License Class B") tells nothing
        # apart on this list: the other words name the credential
        index = self.refs.token_index
        unused = {w for words in self.qualifiers_of[text] if not any(u in index for u in words) for w in words}
        code = self.only_credential_naming_every_word(self.tokens_of[text] - unused, qnums, vendor_key, text)
        if code is not None and (self.named_only_by_its_kind[text, code] or self.another_form_names_too[text, code]
                                 or not vendor_key and self.acronym_spelt_elsewhere[text, code]):
            return None
        return code

    @memoised
    def another_form_names_too(self, text: str, code: str) -> bool:
        """Another credential holds every word typed, one or more in another form of it ("Cosmetologist License"
        for "Cosmetology License"), and no word of its own the one holding them as typed lacks, which holds words
        of its own besides ("Cosmetology Instructor License"): the write-in may name either, the first the more
        likely; a person decides, not the every-word rule."""
        refs = self.refs
        index = refs.token_index
        typed = self.tokens_of[text] - GENERIC_WORDS
        extra = refs.by_code[code].tokens - typed - GENERIC_WORDS
        if not extra or not typed:
            return False
        forms = {w: {f for f in words_starting(refs, w[:5], 0) if f != w and word_forms(w, f)}
                 if len(w) >= 6 and w.isalpha() else set() for w in typed}
        if not any(forms.values()):
            return False
        holding: set[str] | None = None
        for w in typed:
            posting = set(index.get(w, ())).union(*(index[f] for f in forms[w]))
            holding = posting if holding is None else holding & posting
        own = refs.representative.get(code, code)
        for other in holding or ():
            if refs.representative.get(other, other) == own:
                continue
            theirs = refs.by_code[other].tokens
            used = {f for fs in forms.values() for f in fs} & theirs
            if used and theirs - typed - used - GENERIC_WORDS < extra:
                return True
        return False

    @memoised
    def acronym_spelt_elsewhere(self, text: str, code: str) -> bool:
        """The write-in types the candidate's acronym, and another credential's name holds the words it spells and
        the write-in's other words: the write-in names that one too ("State Certificate in ECE" against "Initial
        Certificate in Early Childhood Education (ECE)" beside "Short Certificate of Specialization in Early
        Childhood Education"; not "Class A CDL" beside "CDL Class B")."""
        refs = self.refs
        key = f" {refs.by_code[code].key} "
        first = refs.representative.get(code, code)
        typed = self.tokens_of[text]
        theirs = refs.by_code[code].tokens
        for acronym in (refs.acronyms_of.get(code, frozenset()) | theirs) & typed:
            rest = typed - {acronym} - GENERIC_WORDS
            # the runs of the name's words it spells (refs.initials, the list's runs by their initials), or, for a
            # name writing the acronym and none of them, any ("EMT" for "Maryland EMT Certification" beside
            # "National Registry Emergency Medical Technician (NREMT)")
            runs = refs.initials.get(acronym, ())
            spelt = any(f" {run} " in key for run in runs)
            if any((f" {run} " in key or not spelt) and any(
                    refs.representative.get(c, c) != first
                    for c in self.naming_every_word[frozenset(run.split()) | rest]) for run in runs):
                return True
        return False

    @memoised
    def named_only_by_its_kind(self, text: str, code: str) -> bool:
        """The write-in names one credential only by a word saying what kind of credential it is ("license",
        "permit"), its other words naming several, while that one's name holds words of its own the write-in lacks:
        "Pesticide License" for "Private Applicator Pesticide License" beside the commercial applicator's rows (States
        O, Q, T), a subject the list has several credentials for; not "Barber License" beside "Barber Apprentice
        Permit", which names the whole of it."""
        refs = self.refs
        typed = self.tokens_of[text]
        kinds = typed & KIND_WORDS
        rest = typed - kinds
        if not kinds or not rest or len(self.naming_every_word[frozenset(rest)]) < 2:
            return False
        own = refs.core.get(code, refs.by_code[code].tokens) & refs.credential_words(code)
        return bool(own - typed - KIND_WORDS - LEVEL_WORDS)

    @functools.cached_property
    def _test_codes(self) -> dict[str, frozenset[str]]:
        """The numbers the list's names write after each single letter, a series of test codes ("ASE A4 ...", "A5",
        "A6": "a" -> 4, 5, 6), in normalised names ("a 4")."""
        out: dict[str, set[str]] = {}
        for cred in self.refs.credentials:
            for letter, number in _TEST_CODE.findall(cred.key):
                out.setdefault(letter, set()).add(number)
        return {letter: frozenset(numbers) for letter, numbers in out.items()}

    @memoised
    def another_test_code(self, text: str, code: str) -> bool:
        """The write-in types a test code of a series the list's names write (a letter and a number: two numbers
        after the letter or more), one that no name writes and the candidate does not ("ASE A8 Engine Performance"
        against "ASE Entry-Level Certification - Engine Performance", where the list writes A4, A5 and A6): a test
        of the series the list lacks."""
        key = f" {self.refs.by_code[code].key} "
        return any(len(self._test_codes.get(letter, ())) >= 2 and number not in self._test_codes[letter]
                   and f" {letter} {number} " not in key for letter, number in _TEST_CODE.findall(text))

    @memoised
    def another_level(self, text: str, code: str) -> bool:
        """The write-in types a level word and a number ("level 3") that the credential's name writes with other
        numbers only ("IC3 Digital Literacy Certification - Level 2", whose "3" is IC3's): another level, which the
        number sets alone do not tell apart. A family's numbers are all its members' ("FANUC Certified Robot Operator
        - Level 1 or Level 2", typed whole, writes both levels though each member writes one)."""
        typed = _LEVEL_NUMBER.findall(text)
        if not typed or code not in self.refs.by_code:
            return False
        keys = (*self.refs.member_keys.get(code, ()), self.refs.by_code[code].key)
        return any((runs := frozenset().union(*(_level_runs(key, word) for key in keys))) and number not in runs
                   for word, number in typed)

    @memoised
    def qualifier_clash(self, text: str, code: str) -> bool:
        """The write-in and the credential's name give the same kind of qualifier different values ("CDL Class A"
        is not "Commercial Driver License (CDL) Class B"; "Silver" is not "Gold"), as numbers that differ do."""
        cred = self.refs.by_code.get(code)
        if cred is None:
            return False
        typed = qualifier_kinds(self.qualifiers_of[text])
        # (a family's: every member's, "EPA 608 Type II" against "... Type I, Type II, Type III or Universal")
        return all(any(kind in theirs and theirs[kind] != value for kind, value in typed.items())
                   for theirs in (qualifier_kinds(self.qualifiers_of[key])
                                  for key in self.refs.member_keys.get(code, (cred.key,))))

    @memoised
    def qualifiers_of(self, text: str) -> tuple[tuple[str, ...], ...]:
        """qualifiers_in, memoised."""
        return qualifiers_in(text)

    @memoised
    def named_by_a_rare_word(self, text: str, vendor_key: str) -> str | None:
        """The credential a word of the write-in names alone (a word of its name and of no other), when every other
        word of the write-in is the credential's, a word the list uses for many credentials ("manager": it tells
        none apart), a qualifier the list does not use ("class a"), a number word, a vendor, or a misspelling or
        cut of one of its words; not with numbers it lacks (but a first level typed after the word, when its name holds
        no number: "LPIC-1"), another known vendor, a rare word of other names
        ("welder" in "AWS Certified Welder" against "AWS Certification") or another word no name uses (it may name
        a credential the list does not have: "FCC GROL"). Memoised per (text, vendor)."""
        qtokens, qnums = self.tokens_of[text], self.numbers_of[text]
        refs = self.refs
        index = refs.token_index
        # an acronym the list gives to several credentials names none of them alone ("CCMA", "CEH"; "EMT": the
        # state license's, and the words of the registry's name)
        shared = {w: set(refs.shared_acronyms.get(w, ())) | set(refs.exact.get(w, ())) for w in qtokens
                  if w in refs.shared_acronyms or len(refs.exact.get(w, ())) >= 2}
        # a word, or an exam number of three digits or more ("608", "107": a level or an hour count is shorter)
        # (not a word naming a kind of thing, NO_SUBJECT: "course" in "Edgenuity course", which the list's "BLS for
        # Healthcare Providers Course Completion Card" alone writes)
        naming = {w: next(iter(index[w])) for w in qtokens
                  if len(w) >= (3 if w.isdigit() else 2) and len(index.get(w, ())) == 1 and w not in shared
                  and w not in NO_SUBJECT}
        # or a code of letters and digits one name writes ("D1.1": "AWS Certified Welder - Structural Steel (AWS
        # D1.1)", beside the D9.1), which stands for a number, as an exam number does
        written = {phrase.split()[-1]: next(iter(codes)) for _, phrase, codes in self.codes_typed[text]
                   if len(codes) == 1}
        naming.update(written)
        named = set(naming.values())
        # but another word naming one of its credentials tells which ("NASM CPT": "... (CPT) - NASM")
        code = named.pop() if len(named) == 1 else None
        # an exam number naming it, as its name numbers it, is not undone by a word no name uses ("Part 107 drone
        # license": "FAA Part 107 Remote Pilot Certificate")
        by_number = any(w.isdigit() for w in naming)
        if code is not None and not all(code in codes for codes in shared.values()):
            code = None
        if code is not None:
            cred = refs.by_code[code]
            qualifiers = {w for words in self.qualifiers_of[text] for w in words}
            # (a code the name writes, typed without the name's other numbers, is that name's: "C-102" for "SACA
            # C-102 Certified Industry 4.0 Associate II")
            coded = code in written.values() and qnums <= cred.nums
            if refs.another_vendors(code, vendor_key) or (qnums and qnums != cred.nums and not coded
                                                          and not self._level_of_the_word(text, naming, cred.nums)):
                code = None
            for w in qtokens - cred.tokens if code else ():
                if w.isdigit() or len(w) <= 1 or w in GENERIC_WORDS:
                    continue
                posting = index.get(w)
                if w == "plus" and posting:
                    # a word typed with a plus names a product the name lacks ("Server+" from CompTIA is not the
                    # "TENNESSEE ABC SERVER PERMIT")
                    code = None
                    break
                if posting:
                    # a vendor's name issues several credentials: it tells none apart ("EPA 608")
                    if len(posting) <= refs.distinctive and w not in refs.vendor_alias:
                        code = None
                        break
                    if w in refs.vendor_alias and not vendor_key and refs.another_vendors(
                            code, basic_clean(refs.vendor_alias[w])):
                        # but a vendor of the list typed in the name is not another vendor's credential ("SACA
                        # Hydraulic Systems 1" is no "NIMS Industrial Technology Maintenance ... Hydraulic Systems")
                        code = None
                        break
                    continue
                if not (w in qualifiers or w in NUMBER_WORDS or w in refs.vendor_alias or by_number
                        or any(t.startswith(w) or len(w) >= 4 and self.looks_like[w, t] for t in cred.tokens)):
                    code = None
                    break
        if code is not None and not vendor_key and self.acronym_spelt_elsewhere[text, code]:
            # the word is an acronym another name spells out ("EMT", one name's word, beside "National Registry
            # Emergency Medical Technician (NREMT)"): it names that one too
            code = None
        return code

    def _level_of_the_word(self, text: str, naming: dict[str, str], nums: frozenset[str]) -> bool:
        """Whether the write-in's one number is a first level, typed right after the word naming a credential whose
        name holds no number ("LPIC-1" against the list's one "LPIC - Linux Professional Institute Certification"):
        the credential as the list names it, which tells no levels apart. A higher level ("LPIC-2") may be a
        credential the list lacks, and goes to review."""
        if nums:
            return False
        words = text.split()
        numbers = [i for i, w in enumerate(words) if w.isdigit()]
        # and no other word but generic ones ("Educational Aide 1", its credential taken out of the list, is not the
        # one "Certified Medication Aide (CMA)" that "aide" names)
        return len(numbers) == 1 and words[numbers[0]] == "1" and numbers[0] > 0 and \
            words[numbers[0] - 1] in naming and not words[numbers[0] - 1].isdigit() and \
            set(words) - GENERIC_WORDS <= {"1", words[numbers[0] - 1]}

    @memoised
    def picked_by_the_vendor_written(self, text: str, vendor_key: str, code: str) -> bool:
        """The candidate, of no vendor in the list's column, is the one name writing the typed vendor among names
        holding every other word typed, two or more of which write no vendor, and it adds a word of its own: the
        vendor is incidental to that name of a series ("IT Specialist - Python (Certiport)" beside "IT Specialist -
        Java" and four more: "IT Specialist" from Certiport names none of them). Not when the vendor is all the name
        adds ("PTCB Certified Pharmacy Technician (CPhT)", for "Pharmacy Technician" from the PTCB)."""
        refs = self.refs
        cred = refs.by_code[code]
        spelt = tokens(vendor_key) if vendor_key else frozenset()
        if not spelt or cred.vendor_key or not spelt <= cred.tokens:
            return False
        # (the words typed, the vendor put before them by a reading aside: "certiport it specialist")
        typed = self.tokens_of[text[len(vendor_key) + 1:] if text.startswith(vendor_key + " ") else text]
        # (names of no vendor, column or written: the typed vendor may be theirs too)
        others = [c for c in self.naming_every_word[typed] if c != code and not spelt <= refs.by_code[c].tokens
                  and not refs.vendor_of(c)]
        adds = refs.core.get(code, cred.tokens) - spelt - typed - GENERIC_WORDS
        # (two words typed besides the vendor's at least: "SP2 Safety" from S/P2 is its one safety credential)
        return len(others) >= 2 and bool(adds) and len(typed - spelt - GENERIC_WORDS) >= 2

    @memoised
    def the_typed_vendors_too(self, text: str, vendor_key: str, code: str) -> bool:
        """The candidate is another vendor's than the one typed, a vendor of the list, and a credential of the typed
        vendor holds every word of the write-in too ("BLS for healthcare providers" from the American Red Cross: the
        abbreviation seed reads it "bls provider", the AHA's "BLS Provider" exactly, and the Red Cross's "Basic Life
        Support (BLS) for Healthcare Providers" holds it as well): the rule's pick does not stand, the rules below
        the bars choose (fuzzy.settle: the typed vendor's one, or review)."""
        refs = self.refs
        if not vendor_key or vendor_key not in refs.vendor_keys or not refs.another_vendors(code, vendor_key):
            return False
        return any(refs.vendor_of(c) == vendor_key for c in self.naming_every_word[self.tokens_of[text]])

    @memoised
    def more_specific(self, text: str, vendor_key: str, code: str) -> str | None:
        """The credential a rare word of the write-in names (named_by_a_rare_word) when the write-in holds every
        word of ``code``'s name besides: it names that name and more, the narrower credential ("MOS PowerPoint"
        is the list's "Microsoft PowerPoint Certification", not its "Microsoft Office Specialist (MOS)")."""
        narrower = self.named_by_a_rare_word[text, vendor_key]
        if narrower is None or narrower == code or code not in self.refs.by_code:
            return None
        refs = self.refs
        theirs = refs.core.get(code) or refs.by_code[code].tokens
        if not theirs or not theirs <= self.tokens_of[text]:
            return None
        # the wider name is an umbrella (a brand, a program), not a sibling sharing rare words with the narrower
        # one ("ASE Entry-Level Certification - Maintenance & Light Repair" beside "ASE G1 Auto Maintenance and
        # Light Repair": two credentials of one subject, which a word such as "auto" does not tell apart)
        mine = refs.by_code[narrower].tokens
        # nor a name holding none of the wider one's words, which the rare word alone picked ("Registered Medical
        # Assistant" against "Certified Medical Assistant" is no "Certified Registered Central Service Technician")
        if not theirs & mine:
            return None
        return None if any(w in mine and len(refs.token_index.get(w, ())) <= refs.distinctive for w in theirs) \
            else narrower

    @memoised
    def never_assigned(self, text: str, code: str) -> bool:
        """What no fuzzy rule assigns, over the bars or in settling: a level other than the one typed (level_up), a
        more particular credential (word_put_inside), another version (another_version), one of two codes typed
        (another_code_too), one class of a subject typed without one (class_untyped)."""
        return (self.level_up[text, code] or self.word_put_inside[text, code] or self.another_version[text, code]
                or self.another_code_too[text, code] or self.class_untyped[text, code]
                or self.another_numbered_one[text, code] or self.another_series_member[text, code])

    @memoised
    def another_numbered_one(self, text: str, code: str) -> bool:
        """The write-in types a class, level, type or grade by its number ("Water Treatment Operator Class III"),
        the candidate writes no number, and another name of the list holds every other word typed and writes that
        word with another number ("Water Treatment Operator – Class I"): a member of that numbered series the list
        lacks, not the candidate (its "Operator-in-Training"), which the numbers rule let through as it writes
        none."""
        typed = text.split()
        numbered = {(w, n) for w, n in zip(typed, typed[1:], strict=False) if w in _SERIES_WORDS and n.isdigit()}
        refs = self.refs
        if not numbered or refs.by_code[code].nums:
            return False
        rest = frozenset(self.tokens_of[text]) - {w for pair in numbered for w in pair} - GENERIC_WORDS
        for other in self.naming_every_word[rest] if rest else ():
            theirs = refs.by_code[other].key.split()
            if other != code and any(a == w and b.isdigit() and b != n for w, n in numbered
                                     for a, b in zip(theirs, theirs[1:], strict=False)):
                return True
        return False

    @memoised
    def another_series_member(self, text: str, code: str) -> bool:
        """The write-in types a number and words the candidate lacks one of, and two names or more of the same words
        but their numbers hold every word typed but the number, each writing other numbers: a member of their series
        the list lacks ("Water Distribution Operator Class III" beside Distribution Classes I and II), not the
        candidate of another series writing the number ("Water Treatment Operator Class III")."""
        qnums = self.numbers_of[text]
        if not qnums:
            return False
        refs = self.refs
        rest = frozenset(w for w in self.tokens_of[text] if not w.isdigit()) - GENERIC_WORDS
        lacking = rest - refs.by_code[code].tokens
        if not lacking or not all(w in refs.token_index for w in lacking):
            return False
        others = self.naming_every_word[rest] - {code} if rest else frozenset()
        # (two names or more, of the same words but their numbers: a series)
        words = {frozenset(w for w in refs.by_code[o].tokens if not w.isdigit()) for o in others}
        return len(others) >= 2 and len(words) == 1 and all(
            refs.by_code[o].nums and not qnums <= refs.by_code[o].nums for o in others)

    @memoised
    def class_untyped(self, text: str, code: str) -> bool:
        """The write-in names a subject the list licenses by class, and no class ("Pesticide License" in a list
        holding a "Private Pesticide Applicator License" and a "Commercial Pesticide Applicator – Core"): the
        candidate's name and another name of the list hold every word typed (LICENCE_WORDS, vendors' names and such
        words as "certified" aside), share a word besides, and write different CLASS_WORDS (or one of them none).
        Not when the write-in types a class, nor when the two are one credential under two codes."""
        typed = self.tokens_of[text]
        if typed & CLASS_WORDS:
            return False
        refs = self.refs
        subject = frozenset(w for w in typed - GENERIC_WORDS - LICENCE_WORDS if w not in refs.vendor_alias)
        holding = self.naming_every_word[subject] if subject else frozenset()
        if code not in holding:
            return False
        mine, own = refs.by_code[code].tokens, refs.representative.get(code, code)
        for other in holding:
            theirs = refs.by_code[other].tokens
            if (refs.representative.get(other, other) != own and mine & CLASS_WORDS != theirs & CLASS_WORDS
                    and (mine - CLASS_WORDS) & (theirs - CLASS_WORDS) - subject - GENERIC_WORDS):
                return True
        return False

    @memoised
    def codes_typed(self, text: str) -> tuple[tuple[str, str, frozenset[str]], ...]:
        """The codes of letters and digits the list's names write (refs.codes_written: "d 1 1", "c 102") that the
        write-in types: (their letters, the code as normalised, the codes of the credentials writing it)."""
        padded = f" {text} "
        written = self.refs.codes_written
        return tuple((letters, phrase, frozenset(codes)) for letters in self.tokens_of[text] if letters in written
                     for phrase, codes in written[letters].items() if f" {phrase} " in padded)

    @memoised
    def another_code_too(self, text: str, code: str) -> bool:
        """The write-in types two codes of one kind the list writes ("AWS D1.1 and D9.1": "D1.1" and "D9.1"), and
        the candidate's name writes one of them: two credentials, not this one alone."""
        by_letters: dict[str, list[frozenset[str]]] = {}
        for letters, _, codes in self.codes_typed[text]:
            by_letters.setdefault(letters, []).append(codes)
        return any(len(typed) >= 2 and any(code in codes for codes in typed)
                   and not all(code in codes for codes in typed) for typed in by_letters.values())

    @memoised
    def another_version(self, text: str, code: str) -> bool:
        """The write-in types a version's year ("MOS Excel 2016", "Revit 2023") and the candidate's name writes
        another, none of the typed ("Microsoft Office Specialist: Excel 2019", "Autodesk Certified User: Revit
        2024"; "365" is a version too): another version, which the list lacks, not this one."""
        typed = {n for n in text.split() if n.isdigit() and version_year(n)}
        theirs = {n for n in self.refs.by_code[code].key.split() if n.isdigit() and version_year(n)}
        return bool(typed) and bool(theirs) and not typed & theirs

    @memoised
    def word_put_inside(self, text: str, code: str) -> bool:
        """The write-in puts a word no name of the list uses between two words the candidate's name writes side by
        side ("Google Data Analytics Certificate" against "Google Analytics Certification"): a more particular
        credential, which the list lacks, not this one. So is a word only names of another subject use (_foreign_word:
        "NIMS CNC Milling Programming Setup & Ops" against "NIMS CNC Milling: Operations" in a list whose one
        "programming" is an IT row's). Not a word of three letters or fewer, nor a misspelling or an abbreviation of
        the name's own, nor words such as "certified" or a vendor's name."""
        typed = text.split()
        name = self.refs.by_code[code].key.split()
        pairs = set(zip(name, name[1:], strict=False))
        index, aliases = self.refs.token_index, self.refs.vendor_alias
        for before, word, after in zip(typed, typed[1:], typed[2:], strict=False):
            if ((before, after) in pairs and len(word) >= 4 and word.isalpha()
                    and (word not in index or self._foreign_word(word, code))
                    and word not in GENERIC_WORDS and word not in aliases
                    and not any(n.startswith(word) or word.startswith(n) or self.looks_like[word, n] for n in name)):
                return True
        return False

    @memoised
    def word_between(self, text: str, code: str) -> bool:
        """The candidate's name puts a word between two words the write-in types side by side ("Microsoft Azure AI
        Fundamentals" against "Azure Fundamentals"): a more particular credential than the one typed, no runner-up
        to it (fuzzy._runner_at). Not a word the write-in types elsewhere, nor words such as "certified", nor a word
        a list adds without making another credential ("OSHA 10-Hour Construction" is "OSHA 10 Construction":
        list_features.FILLER_WORDS), nor a kind of credential."""
        typed, pairs = self._side_by_side[text]
        return bool(pairs) and any((a, c) in pairs and b not in typed for a, b, c in self._put_between[code])

    @memoised
    def _side_by_side(self, text: str) -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
        """The write-in's words, and the pairs of them it types side by side (such words as "certified" aside)."""
        typed = text.split()
        return frozenset(typed), frozenset((a, b) for a, b in zip(typed, typed[1:], strict=False)
                                           if a not in GENERIC_WORDS and b not in GENERIC_WORDS)

    @memoised
    def _put_between(self, code: str) -> tuple[tuple[str, str, str], ...]:
        """A name's words three by three, the middle one naming something (word_between): (before, between, after)."""
        name = self.refs.by_code[code].key.split()
        return tuple((a, b, c) for a, b, c in zip(name, name[1:], name[2:], strict=False)
                     if b not in GENERIC_WORDS and b not in FILLER_WORDS and b not in KIND_WORDS)

    def _foreign_word(self, word: str, code: str) -> bool:
        """A word the list's names use, but only names sharing no word with the candidate's (such words as
        "certified" aside): a word of another subject ("programming" of an IT row, put inside "NIMS CNC Milling:
        Operations"), not a word of the candidate's own subject ("pesticide" in "Commercial Pesticide Applicator",
        put inside "Private Applicator Certification")."""
        refs = self.refs
        theirs = refs.by_code[code].tokens - GENERIC_WORDS
        return not any(refs.by_code[c].tokens & theirs for c in refs.token_index[word])

    @memoised
    def level_up(self, text: str, code: str) -> bool:
        """The candidate's name holds a word of LEVEL_UP the write-in lacks (nor misspells), or the other way round:
        it names another level than the one typed ("MOS Excel" is not "Excel Expert", "ASE Automobile Tech" not the
        Master's, "ASE Master Auto Tech" not the plain one; a VARIANT or AUDIENCE word typed, "Restricted Barber",
        "Youth Mental Health First Aid", neither):
        never assigned by a fuzzy rule, even when the list holds no credential of the level typed (it then goes to
        review)."""
        typed = self.tokens_of[text]
        theirs = self.refs.by_code[code].tokens
        # the other way round too: a level typed that the name lacks ("ASE Master Auto Tech" is not the plain
        # Automobile Technician)
        below = (typed & (LEVEL_UP | VARIANT | AUDIENCE)) - theirs
        # (the name may write the word cut short: "ACE Group Fitness Instr")
        if any(not any(t.startswith(w) or self.looks_like[w, t] or cut_either_way(w, t) for t in theirs)
               for w in below):
            return True
        above = (theirs & LEVEL_UP) - typed
        if not above:
            return False
        if any(codes == {code} for _, _, codes in self.codes_typed[text]):
            # the exam's code the name writes, which is that level's ("SACA C-102" for "SACA C-102 Certified Industry
            # 4.0 Associate II – Advanced Operations")
            return False
        typed_numbers = self.numbers_of[text]
        cred = self.refs.by_code[code]
        if (typed_numbers and all(len(n) == 1 for n in typed_numbers)
                # (a code glued in the name, "QC11", is no number of its level)
                and typed_numbers == cred.nums - {n for _, n in list_features.version_numbers(cred.name, cred.nums)}
                and ("level" in theirs or _numbered(text) <= _numbered(cred.key) and self._a_numbered_series(cred))):
            # the level typed by its number, as the name numbers it ("AWS SENSE Level II" for "AWS SENSE Advanced
            # Welder (Level II)", "AWS SENSE Level II: Advanced Welder (QC11)"; each number after the word the name
            # writes it after, "SACA Industry 4.0 Associate II" for "... Associate II – Advanced Operations"): the
            # level word is that level's name (a version, "Excel 2019", is no level)
            return False
        # typed cut ("Adv.", "Sr"), or misspelt ("Expret"): typed all the same
        return any(not any(w.startswith(u) or len(u) >= 4 and self.looks_like[u, w] for u in typed if len(u) >= 2)
                   for w in above)

    @memoised
    def swapped_word(self, text: str, code: str, vendor_key: str) -> float:
        """1 when the write-in has a word of its own in place of a rare word of the candidate's name ("AWS Cloud
        Practitioner" against "AWS Certified AI Practitioner", "Beef Quality Assurance" against "Pork Quality
        Assurance"): clerks drop, abbreviate, reorder and misspell a credential's words, but a distinctive word in
        place of another names another credential, which may not be in the list. Words such as "certified",
        numbers, vendors (the typed one too), abbreviations and misspellings of each other do not count. Nor does
        anything beside the candidate's own numbers when one of three digits or more is no other name's: an exam or a
        rule named by its number ("Part 107 Remote Pilot" against "Drone Pilot - Part 107")."""
        refs = self.refs
        index = refs.token_index
        typed = self.tokens_of[text]
        cand = refs.by_code[code]
        if cand.nums and numbers(text) == cand.nums and any(
                len(n) >= 3 and index.get(n, set()) <= {code} for n in cand.nums):
            return 0.0
        vendor_words = set(vendor_key.split()) | set(cand.vendor_key.split())

        def content(w: str) -> bool:
            return (len(w) >= 2 and not w.isdigit() and w not in GENERIC_WORDS and w not in vendor_words
                    and w not in refs.vendor_alias)

        def near(w: str, others: frozenset[str]) -> bool:
            # (or the one word the other cuts short: a list written in abbreviations, "Bloomberg Mkt Concepts" for
            # "Bloomberg Market Concepts")
            return any(o.startswith(w) or w.startswith(o) or len(w) >= 4 and self.looks_like[w, o]
                       or word_forms(w, o) or cut_either_way(w, o) for o in others)

        # the name's own words, its acronym left out (an acronym is another name for it, not a word it adds)
        theirs = [v for v in refs.core.get(code, cand.tokens) - typed if content(v)
                  and len(index.get(v, ())) <= refs.distinctive and not near(v, typed)]
        if not theirs:
            return 0.0
        # a qualifier the list does not use ("class a") is no word of the write-in's own
        qualifiers = {w for words in self.qualifiers_of[text] for w in words}
        mine = [w for w in typed - cand.tokens - qualifiers if content(w) and not near(w, cand.tokens)]
        return float(bool(mine))

    def the_level_not_above(self, text: str, holding: list[str]) -> str | None:
        """Of several names holding every word of the write-in, each with one word more than the words all of them
        hold, the one whose word is not a level above ("Expert", "Master", "Advanced", "Senior"; LEVEL_UP) when
        every other's is: "MOS Excel 2019" is the "Excel Associate", not the "Excel Expert", which a clerk would
        have typed as such (as "MOS Excel" is the "Excel" beside an "Excel Expert": runner_names_it_too). Not when
        that one's word names a level too ("Basic")."""
        if len(holding) < 2:
            return None
        typed = self.tokens_of[text]
        core = {c: self.refs.core.get(c, self.refs.by_code[c].tokens) - typed - GENERIC_WORDS for c in holding}
        # the words that tell them apart (not those all of them hold: "Microsoft 365 Apps")
        shared = frozenset.intersection(*core.values())
        extra = {c: words - shared for c, words in core.items()}
        if any(len(words) != 1 for words in extra.values()):
            return None
        base = [c for c, words in extra.items() if not words & LEVEL_UP]
        # not when that one's word is a level too: a list writing "Culinary Arts (Basic)" beside "(Advanced)" asks
        # for the tier, which "Culinary Arts" does not give
        return base[0] if len(base) == 1 and not extra[base[0]] & LEVEL_WORDS else None

    def named_whole(self, text: str, vendor_key: str, holding: list[str]) -> str | None:
        """Of several names of one vendor holding every word of the write-in, the one holding no word of its own beside
        them (its issuer's words, its exam codes and acronyms, and words such as "certified" aside) when each other
        holds one:
        "Azure Fundamentals" is "Microsoft: Azure Fundamentals (AZ-900)", not "Microsoft: Azure AI Fundamentals
        (AI-900)"; "A+" is "CompTIA A+ (220-1101 & 220-1102)", not its "Core 1 (220-1101)"."""
        refs = self.refs
        typed = self.tokens_of[text]
        vendors = {refs.vendor_of(c) for c in holding}
        if len(holding) < 2 or len(typed - GENERIC_WORDS) < 2 or any(
                typed & refs.acronyms_of.get(c, frozenset()) for c in holding) or len(vendors) != 1 or "" in vendors \
                or len(self.exact_codes(text, vendor_key, self.numbers_of[text])) >= 2:
            # (not an acronym, nor words beside one: "EMT", "CPhT"; only among one vendor's credentials, as another's
            # is another credential: "Pharmacy Technician" beside the PTCB's, the NHA's and the board's; not a name
            # several credentials share exactly, which the CIP or a person settles)
            return None

        def own(code: str) -> frozenset[str]:
            cred = refs.by_code[code]
            # (an exam code's letters the name writes as a word too are a word of its own: "Azure AI Fundamentals
            # (AI-900)")
            written = cred.key.split()
            exams = {w for pair in list_features.exam_codes(cred.key) for w in pair if written.count(w) == 1}
            issuer = set(refs.vendor_of(code).split()) | refs.issuer_words.get(code, frozenset())
            return (self.refs.core.get(code, cred.tokens) & refs.credential_words(code)) - typed - GENERIC_WORDS \
                - exams - issuer - refs.acronyms_of.get(code, frozenset())

        whole = [c for c in holding if not own(c)]
        return whole[0] if len(whole) == 1 else None

    def _a_numbered_series(self, cred: Credential) -> bool:
        """Another name of the list writes one of the name's numbered words with another number ("Associate I –
        Basic Operations" beside "Associate II – Advanced Operations"): the number tells the levels of a series."""
        return any(self._numbers_after.get(word, frozenset()) - {number} for word, number in _numbered(cred.key))

    @functools.cached_property
    def _numbers_after(self) -> dict[str, frozenset[str]]:
        """Each word of the list's names -> the numbers its names write after it."""
        out: dict[str, set[str]] = {}
        for c in self.refs.rows:
            for word, number in _numbered(c.key):
                out.setdefault(word, set()).add(number)
        return {w: frozenset(ns) for w, ns in out.items()}

    @memoised
    def another_tier(self, text: str, code: str) -> bool:
        """The write-in names a tier of a certification ladder (TIERS: "User", "Associate", "Professional",
        "Expert", "Master"; typed, "Technician" too: TYPED_TIERS) and the candidate's name another, which the
        write-in lacks: another credential of the same vendor and subject, which the list may lack ("AutoCAD
        Certified User" against "Autodesk Certified Professional in AutoCAD"; "App Dev w/ Swift - Associate" against
        "... Swift Certified User"; "Certified Logistics Technician" against "Certified Logistics Associate")."""
        typed = self.tokens_of[text]
        theirs = self.refs.by_code[code].tokens
        mine = (typed & TYPED_TIERS) - theirs
        return bool(mine) and bool((theirs & TIERS) - typed)

    @memoised
    def another_state(self, text: str, code: str) -> bool:
        """The write-in names a US state by its name, not the list's home state (list_features.home_states), and
        neither the candidate's name nor its vendor writes it: that state's own licence or card is meant, which the
        list lacks ("Colorado cosmetology license" is not the "NM Cosmetology License"; "Arizona Food Handler Card"
        not the "New Mexico Food Handler Card"). A state's code is not read: most are words of other things too."""
        refs = self.refs
        rest = f" {text} "
        for state in refs.home_states:
            rest = rest.replace(f" {state} ", " ")
        typed = [s for s in STATE_NAMES if f" {s} " in rest]
        if not typed:
            return False
        theirs = f" {refs.by_code[code].key} {refs.vendor_of(code)} "
        return any(f" {s} " not in theirs for s in typed)

    @memoised
    def registered_for_certified(self, text: str, code: str) -> bool:
        """The write-in says "registered" where the candidate's name says "certified" and nothing of a register:
        another credential of the same job, often another body's ("Registered Executive Housekeeper" is not the
        "Certified Executive Housekeeper"; the Registered and the Certified Medical Assistant). Clerks add
        "certified" to any name, "registered" only to one that says so."""
        theirs = set(self.refs.by_code[code].key.split())
        return ("registered" in self.tokens_of[text] and "certified" in theirs
                and not theirs & {"registered", "registration", "registry", "register"})

    @memoised
    def only_its_vendor(self, text: str, code: str) -> bool:
        """The write-in is only the words (or initials) of the candidate's vendor, a vendor the list gives several
        credentials, in its vendor column or in their names (vendor_written): it names none of them ("MSSC", which
        one of its three names writes; "ACF cert" from the American Culinary Federation in a names-only list whose
        names write "ACF ..." or "... – American Culinary Federation")."""
        refs = self.refs
        vendor = refs.vendor_of(code)
        typed = self.tokens_of[text] - GENERIC_WORDS
        if not typed or not typed <= _vendor_words(vendor) or len(self._issued_by[vendor]) < 2:
            return False
        # not a vendor named by the credential's own words, the write-in those words ("Pharmacy Technician (PTCB)":
        # "PTCB Certified Pharmacy Technician (CPhT)" of the Pharmacy Technician Certification Board)
        own = tokens(refs.normalize(refs.by_code[code].name)) - refs.issuer_only.get(code, frozenset())
        return not (set(vendor.split()) & own) - GENERIC_WORDS

    @memoised
    def _issued_by(self, vendor: str) -> frozenset[str]:
        """The credentials of a vendor, by the list's vendor column or their names (vendor_written), one code for
        near-duplicate names."""
        refs = self.refs
        codes = [*refs.codes_by_vendor.get(vendor, ()),
                 *(c for c, v in refs.vendor_written.items() if v == vendor and not refs.by_code[c].vendor_key)]
        return frozenset(refs.representative.get(c, c) for c in codes) if vendor else frozenset()

    @memoised
    def only_the_issuer(self, text: str, code: str) -> bool:
        """The only words the write-in shares with the candidate's name are its vendor's, and the write-in has a
        word of the list's names that the candidate's name neither holds nor is misspelt as: it names another of
        that issuer's credentials, which the list may lack ("BICSI Technician" is not "BICSI Installer 1 (INST1)"),
        or a word no name uses of an acronym's length, no misspelling of the name's ("PTCB CSPT" is not "PTCB
        Certified Pharmacy Technician (CPhT)"). An issuer typed alone still names its one credential ("PTCB")."""
        refs = self.refs
        typed = self.tokens_of[text] - GENERIC_WORDS
        theirs = refs.by_code[code].tokens
        vendor = refs.vendor_of(code)
        # the vendor's words and its initials ("PTCB")
        issuer = _vendor_words(vendor) | refs.issuer_words.get(code, frozenset())
        shared = typed & theirs
        if not shared or not shared <= issuer:
            return False
        issued = set().union(*(refs.issued_by.get(w, ()) for w in shared))
        if typed <= issuer and theirs - issuer - GENERIC_WORDS and len(issued) >= 2:
            # nothing typed but an issuer's words, an issuer of several credentials of the list ("state of
            # tennessee" against "Cosmetologist License - Tennessee State Board of Cosmetology and Barber Examiners")
            return True
        known = [w for w in typed - theirs if w in refs.token_index and w not in issuer]
        if any(not any(self.looks_like[w, v] for v in theirs) for w in known):
            return True
        # an unknown acronym is no misspelling of the name's acronym: one letter from it is another credential's (as
        # "CNA" is not the "CCNA", cascade._another_acronym); nor part of a word of the name ("Cyber" for
        # "Cybersecurity"), nor the initials of its words ("NIMS MMS": Measurement, Materials and Safety)
        acronyms = refs.acronyms_of.get(refs.representative.get(code, code), frozenset())
        return any(w.isalpha() and 2 <= len(w) <= 6 and w not in refs.token_index and w not in issuer
                   and not any(w in v or self.looks_like[w, v] for v in theirs - acronyms)
                   and not any(tokens(phrase) <= theirs for phrase in refs.initials.get(w, ()))
                   for w in typed - theirs)

    @memoised
    def another_plus(self, text: str, code: str) -> bool:
        """The write-in names a product with a plus ("Server+": "server plus") and the candidate's name another:
        it holds "plus", but not after the word the write-in types before its plus, a word of the list's names
        ("CompTIA A+" is no Server+; "Cloud Essentials+" is no Cloud+)."""
        words = text.split()
        theirs = self.refs.by_code[code].tokens
        if "plus" not in theirs:
            return False
        typed = {words[i - 1] for i, w in enumerate(words) if w == "plus" and i > 0} & self.refs.token_index.keys()
        # (or holds it elsewhere than before its plus: "Cloud+" is no "Cloud Essentials+")
        key = self.refs.by_code[code].key.split()
        return bool(typed) and not typed & {key[i - 1] for i, w in enumerate(key) if w == "plus" and i > 0}

    @memoised
    def negated(self, text: str, code: str) -> bool:
        """A word typed that the candidate's name holds only negated, "non" or "un" before it or joined to it, or the
        other way round ("Commercial Pesticide Applicator" is not the "Noncommercial Pesticide Applicator License";
        "armed security guard" is not the "Security Guard Registration (Unarmed)")."""
        # "non commercial" and "non-commercial" are "noncommercial"
        typed = f" {text} ".replace(" non ", " non").replace(" un ", " un")
        key = f" {self.refs.by_code[code].key} ".replace(" non ", " non").replace(" un ", " un")
        return any(w.isalpha() and len(w) >= 4 and (f" {neg}{w} " in key) != (f" {neg}{w} " in typed)
                   and f" {w} " in key + typed for w in (typed + key).split() for neg in ("non", "un"))

    @memoised
    def a_word_inside(self, text: str, code: str) -> bool:
        """The write-in types, between two words that stand together in the candidate's name, words the name lacks,
        one of them of four letters or more that no name of the list uses and that is no misspelling of the
        candidate's words: they name a kind of that credential which the list lacks ("Certified Fundamentals Pastry
        Cook" is not the ACF's "Certified Fundamentals Cook"; "CNC Milling Programming Setup & Operations" is not
        NIMS's "CNC Milling: Operations"). Words before or after the name are not read so: a clerk's additions
        ("competency eval", a status, a teacher's name), nor words after its first word, often a brand they describe
        ("ServSafe Food Protection Manager" is the "ServSafe Manager"; so "Google Data Analytics" is still read as
        "Google Analytics")."""
        refs = self.refs
        typed = text.split()
        key = refs.by_code[code].key.split()
        together = set(zip(key[1:], key[2:], strict=False))
        theirs = refs.by_code[code].tokens

        def new(w: str) -> bool:
            return (len(w) >= 4 and w.isalpha() and w not in refs.token_index and w not in GENERIC_WORDS
                    and not any(self.looks_like[w, t] for t in theirs))

        for i, before in enumerate(typed):
            j = i + 1
            while j < len(typed) and typed[j] not in theirs:
                j += 1
            if j > i + 1 and j < len(typed) and (before, typed[j]) in together and any(map(new, typed[i + 1:j])):
                return True
        return False

    @memoised
    def another_issuers_too(self, text: str, code: str) -> list[str]:
        """Other credentials whose names hold every word of the write-in and, more, only their issuer's words (its
        vendor's words or initials, the words of a part naming it, a vendor it names), of another vendor than the
        candidate's (see Resolver._exact_or_named)."""
        refs = self.refs
        typed = self.tokens_of[text]
        first = refs.representative.get(code, code)
        out = []
        # (a word typed may be written in the plural: "Exam for the Certification of Pharmacy Technicians (ExCPT)"
        # names "Pharmacy Technician")
        plurals = {f"{w}s" for w in typed if w.isalpha()}
        index = refs.token_index
        holding = set.intersection(*[index.get(w, set()) | index.get(f"{w}s", set()) for w in typed]) if typed \
            else set()
        for c in sorted(holding):
            if refs.representative.get(c, c) == first or refs.vendor_of(c) == refs.vendor_of(code):
                continue
            extra = (refs.by_code[c].tokens - typed - plurals - GENERIC_WORDS
                     - refs.acronyms_of.get(c, frozenset()))
            issuer = _leading_vendor_words(refs.by_code[c].key, refs.vendor_of(c)) | refs.issuer_words.get(
                c, frozenset()) | {w for v in refs.vendors_named.get(c, ()) for w in _vendor_words(v)}
            if extra <= issuer:
                out.append(c)
        return out

    @memoised
    def other_issuers_titles(self, text: str, code: str) -> list[str]:
        """With the name's "certified" not typed, other issuers' credentials whose titles (their issuer's part aside)
        hold every word typed, with words of their own ("Medical Assistant": the AAMA's "Certified Medical Assistant
        (CMA)", the AMT's "Registered Medical Assistant (RMA)", the NHA's "Certified Clinical Medical Assistant"); not
        the same issuer's kind of it ("Certified Fundamentals Pastry Cook"). See Resolver._exact_or_named."""
        refs = self.refs
        if "certified" in text.split() or "certified" not in refs.by_code[code].key.split():
            return []
        typed = self.tokens_of[text]
        mine = refs.vendor_of(code)
        return sorted(c for c in self.naming_every_word[typed] - {code, refs.representative.get(code)}
                      if typed <= refs.credential_words(c) and refs.vendor_of(c) != mine)

    @memoised
    def an_unlisted_code(self, text: str) -> bool:
        """The text holds a code in the form of the list's codes (their letters, as many digits) that is no code of
        the list: a credential the list lacks, or a code mistyped ("CT-INF107" once the A+ is taken out; its "107"
        is no exam number of "FAA Part 107 Remote Pilot Certificate")."""
        refs = self.refs
        if not refs.code_letters:
            return False
        words = text.split()
        return any(a in refs.code_letters and b.isdigit() and len(b) in refs.code_digits
                   and f"{a} {b}" not in refs.codes_typed for a, b in zip(words, words[1:], strict=False))

    @memoised
    def exam_code_clash(self, text: str, code: str) -> bool:
        """The write-in types an exam code, letters then a number of three digits or more ("AZ-900": "az 900"), and
        the candidate's name writes that number after other letters ("AI-900"): another exam, another credential
        ("Azure Fundamentals AZ-900" is not "Azure AI Fundamentals (AI-900)")."""
        key = self.refs.by_code[code].key
        theirs = list_features.exam_codes(key)
        numbers = {n for _, n in theirs}
        # (not the letters the name writes just before its code's: "IPC 610" for "IPC-A-610 Certified IPC
        # Specialist", its "A" left out; nor the initials of words the name writes: "ICS 200" for "IS-200.C Basic
        # Incident Command System")
        return any(n in numbers and (w, n) not in theirs and not any(f" {w} {x} {n} " in f" {key} " for x, m in theirs
                                                                     if m == n)
                   and not any(f" {run} " in f" {key} " for run in self.refs.initials.get(w, ()))
                   for w, n in list_features.exam_codes(text))

    @memoised
    def swapped_for_a_sibling_word(self, text: str, code: str) -> bool:
        """The write-in has a word in place of a word of the candidate's name that the list itself puts in that
        place in other names (list_features.swap_words): "ASE Entry Level Truck Suspension & Steering" against
        "ASE Entry-Level Automobile - Suspension and Steering", in a list with Truck and Automobile rows of other
        areas. It names that word's version of the credential, which the list lacks. A misspelling, a cut word or
        both words typed do not count."""
        refs = self.refs
        typed = self.tokens_of[text]
        theirs = refs.by_code[code].tokens
        mine = [w for w in typed - theirs if w in refs.swaps]
        if not mine:
            return False
        for v in theirs - typed:
            swaps = refs.swaps.get(v)
            if swaps and any(w in swaps and not (w.startswith(v) or v.startswith(w) or self.looks_like[w, v])
                             for w in mine):
                return True
        return False

    def level_below(self, text: str, code: str, others: list[str]) -> bool:
        """The candidate holds a word telling it from a sibling, or a level word of the list ("master"), that the
        write-in lacks, and another of ``others`` lacks it too while holding every word of the write-in (a
        misspelling aside): the write-in may name that one, the level below ("ASE Collision Repair & Refinish" for
        "ASE Certified Collision Repai/Refinish Tech.", not the Master's)."""
        refs = self.refs
        typed = self.tokens_of[text]
        words = [w for w in typed if w in refs.token_index or len(w) >= 4]
        theirs = refs.by_code[code].tokens
        tells = [w for w in (refs.siblings.get(code, frozenset()) | (theirs & refs.level_words))
                 if w not in typed and not any(self.looks_like[u, w] for u in typed)]
        for other in others:
            if other == code or other not in refs.by_code:
                continue
            below = refs.by_code[other].tokens
            # a word held as it is, or misspelt (in the write-in or in the list's name: "Repai"), but not a short word
            # of the list's names (an acronym: "cissp" is no "ccisp")
            if any(w not in below for w in tells) and all(
                    w in below or (len(w) >= 6 or w not in refs.token_index)
                    and any(self.looks_like[w, b] for b in below) for w in words):
                return True
        return False

    def contained_but_one_unknown_word(self, qtokens: frozenset[str], scores: list[float], codes: list[str],
                                       margin: float) -> list[str]:
        """The leading candidates (within ``margin`` of the top) holding every word of the write-in but one that no
        credential uses ("student" in "ASE Student Cert - Suspension & Steering"): such a word cannot tell them
        apart. Not when that word looks like a misspelling of one of their words ("Weling"), which might."""
        unknown = [w for w in qtokens if w not in self.refs.token_index]
        known = qtokens - set(unknown)
        if len(unknown) != 1 or len(known) < 2:
            return []
        top_score = scores[0]
        naming = self.naming_every_word[known]
        leaders = [c for s, c in zip(scores, codes, strict=True) if top_score - s < margin and c in naming]
        return [] if self.misspelt_word_of[unknown[0], frozenset(leaders)] else leaders

    def named_by_vendor_words(self, vendor_key: str, codes: set[str]) -> str | None:
        """Of several credentials, the one whose name holds a rare word of the typed vendor's name (a vendor the
        list does not know: its words are all there is), when exactly one does."""
        refs = self.refs
        if not vendor_key or vendor_key in refs.vendor_keys:
            return None
        rare = {w for w in self.tokens_of[vendor_key] if w not in GENERIC_WORDS and len(w) >= 3
                and 0 < len(refs.token_index.get(w, ())) <= refs.distinctive}
        backed = [c for c in sorted(codes) if c in refs.by_code and rare & refs.by_code[c].tokens]
        return backed[0] if len(backed) == 1 else None

    @memoised
    def explained_by(self, word: str, theirs: frozenset[str]) -> bool:
        """The word is one of ``theirs`` misspelt ("Provders"), cut ("Assoc") or made plural, or two of them
        joined ("ScrumMaster"); "plus" is a "+" the list may leave off ("Security+" for "CompTIA Security")."""
        if word == "plus":
            return True
        if any(t.startswith(word) or word.startswith(t) and len(t) >= 4 for t in theirs):
            return True
        if len(word) >= 4 and any(self.looks_like[word, t] for t in theirs):
            return True
        return any(word.startswith(a) and word[len(a):] in theirs for a in theirs)

    @memoised
    def misspelt_word_of(self, word: str, codes: frozenset[str]) -> bool:
        """The word looks like a misspelling of a word of one of the credentials' names (memoised per word and
        codes: the same few leaders come back with every vendor and CIP of a text)."""
        words = {w for c in codes for w in self.refs.by_code[c].tokens}
        return any(self.looks_like[word, w] for w in words)

    # ---- features of the decision rule (rule.FEATURES) ---------------------------------------------------------
    @memoised
    def runner_names_it_too(self, text: str, code: str, runner: str | None) -> float:
        """1 when another credential's name holds every known word of the write-in as well, and adds words the best
        candidate does not add ("OSHA 30" for the construction card against the general-industry card; "Phlebotomy"
        for Phlebotomy Technician against Phlebotomy Instructor: review; "MOS Excel" for Excel against Excel
        Expert: not ambiguous), or when the runner-up names every word and adds no more words than the best, or when
        the best holds a level word of the list the write-in and the runner-up lack (the runner-up may be it)."""
        refs = self.refs
        words = frozenset(w for w in self.tokens_of[text] if w in refs.token_index)
        top = refs.by_code[code].tokens
        ambiguous = False
        if words and runner is not None:
            # (the words of its issuer's part aside: "Barber License (... Board of Cosmetology and Barbering)" does
            # not name "Cosmetology License"; nor a digit it writes only in a code glued to letters: the "1" of "ICC
            # Residential Electrical Inspector (E1)" is no level 1, which "Electrical 1" names)
            other = refs.credential_words(runner) - self.glued_digits[runner]
            ambiguous = words <= other and not (top - words) < (other - words)
            if ambiguous and any(w not in refs.token_index and len(w) >= 4
                                 and self.misspelt_word_of[w, frozenset([code])]
                                 and not self.misspelt_word_of[w, frozenset([runner])] for w in self.tokens_of[text]):
                # the write-in misspells a word of the best's name ("Satelite Installer"): the runner-up, which
                # names only its other words ("Pump Installer"), names less of it
                ambiguous = False
            if ambiguous and _typed_phrase(text, refs.by_code[code].key, refs.by_code[runner].key):
                ambiguous = False
        if runner is not None and not ambiguous:
            ambiguous = self.level_below(text, code, [runner])
        if words and not ambiguous:
            # the words the list uses to tell credentials apart (no acronym, no "certified"), beyond the write-in's
            extra = refs.core.get(code, top) - words
            # (not a name holding words typed only in its issuer's part, when the best's own words name them:
            # "Barber License (... Board of Cosmetology and Barbering)" beside "COSMETOLOGIST LICENSE, OKLAHOMA STATE
            # BOARD OF COSMETOLOGY AND BARBERING", for "Cosmetology License")
            own = refs.credential_words(code)
            by_issuer = refs.issuer_only and all(w in own or _one_stem(w, own) for w in words)
            ambiguous = bool(extra) and any(not extra <= refs.core.get(c, frozenset()) - words
                                            for c in self.naming_every_word[words] if c != code
                                            and not (by_issuer and not words <= refs.credential_words(c))
                                            and not words & self.glued_digits[c])
        return float(ambiguous)

    @memoised
    def a_cut_name_holds_more(self, text: str, code: str) -> bool:
        """A name the list cut short (refs.cut_codes) whose every word the write-in holds, one of them a word the
        candidate's name lacks: the write-in may go on where the list cut that name ("AHA Heartsaver Pediatric
        First Aid CPR AED" typed, against "PEDIATRIC FIRST AID CPR AED" beside the cut "AHA HEARTSAVER PEDIATRIC
        FIRST")."""
        refs = self.refs
        if not refs.cut_codes:
            return False
        typed = self.tokens_of[text]
        theirs = refs.by_code[code].tokens
        for w in typed - theirs:
            for other in refs.token_index.get(w, set()) & refs.cut_codes:
                own = refs.credential_words(other) - _vendor_words(refs.vendor_of(other))
                if other != code and own and own <= typed:
                    return True
        return False

    @memoised
    def initials_of_another(self, text: str, code: str) -> bool:
        """A word of the write-in no name uses is the initials of words the candidate lacks, and another credential
        holds those words and every other word typed ("Heartsaver FA CPR AED" against "AHA Heartsaver CPR AED",
        beside "AHA Heartsaver First Aid CPR AED"): the other may be meant."""
        refs = self.refs
        typed = self.tokens_of[text]
        known = frozenset(w for w in typed if w in refs.token_index)
        theirs = refs.by_code[code].tokens
        if not known:
            # (an acronym typed alone: the acronym rules decide)
            return False
        for w in typed - known:
            if not 2 <= len(w) <= 4 or not w.isalpha():
                continue
            for run in refs.initials.get(w, ()):
                # (its words such as "certification" aside, which no credential's words hold: "Cisco Cert Support
                # Tech" for "CCST")
                words = frozenset(run.split()) - GENERIC_WORDS
                if words and not words <= theirs and refs.holding_every_word(known | words) - {code}:
                    return True
        return False

    @functools.cached_property
    def _by_subject(self) -> dict[frozenset[str], list[str]]:
        """The codes of each subject: a name's core words less the words saying what kind of award it is
        (_AWARD_WORDS: "Certificate in Culinary Arts", "Culinary Arts Technical Certificate": culinary, arts)."""
        refs = self.refs
        out: dict[frozenset[str], list[str]] = {}
        for c in refs.rows:
            subject = refs.core.get(c.code, frozenset()) - _AWARD_WORDS
            if subject:
                out.setdefault(subject, []).append(c.code)
        return out

    @memoised
    def issued_alike(self, text: str, code: str) -> frozenset[str]:
        """Other credentials of the list of the same subject as ``code`` (_by_subject) from another named issuer,
        when the text names nothing but that subject and words of an award, or none: colleges' certificates alike in
        name ("Welding Technology Certificate" from Sinclair, "Certificate of Completion – Welding Technology" from
        Tidewater), told apart only by who issues them ("Phlebotomy Tech (CPT)" names the NHA's by its acronym).
        Rows of no named issuer, the same issuer's and a test provider's do not count."""
        refs = self.refs
        subject = refs.core.get(code, frozenset()) - _AWARD_WORDS
        vendor = refs.vendor_of(code)
        # (a test provider's row is the issuer's credential it delivers: "MOS Excel Associate" from Certiport beside
        # Microsoft's)
        if (not subject or not vendor or vendor in TEST_PROVIDERS
                or not self.tokens_of[text] - GENERIC_WORDS - _AWARD_WORDS <= subject):
            return frozenset()
        return frozenset(c for c in self._by_subject.get(subject, ()) if c != code and refs.vendor_of(c)
                         and refs.vendor_of(c) != vendor and refs.vendor_of(c) not in TEST_PROVIDERS)

    @memoised
    def glued_digits(self, code: str) -> frozenset[str]:
        """The digits a credential's name writes only glued after one or two letters, in a code ("(E1)", "(G1)"),
        never as a number of their own ("Level 1")."""
        name = self.refs.by_code[code].name
        glued = {m.group(1).lstrip("0") or "0" for m in _GLUED_DIGIT.finditer(name)}
        alone = {m.lstrip("0") or "0" for m in re.findall(r"(?<![A-Za-z0-9])(\d+)(?![A-Za-z0-9])", name)}
        return frozenset(glued - alone)

    @memoised
    def word_features(self, text: str, code: str) -> tuple[float, ...]:
        """For the decision rule, the write-in's words against a candidate: (words no name of the list uses that
        are not a misspelling of one of the candidate's, such words that are, 1 when a word of the write-in names
        the candidate and no other credential of the list, the candidate's sibling words the write-in lacks, other
        credentials naming every word of the write-in and more numbers, rare words of the list's names the write-in
        has and the candidate lacks). Memoised per (text, candidate)."""
        refs = self.refs
        index = refs.token_index
        words = self.tokens_of[text]
        unknown = [w for w in words if w not in index and not w.isdigit()]
        theirs = refs.by_code[code].tokens
        typos = [w for w in unknown if len(w) >= 4 and any(self.looks_like[w, t] for t in theirs)]
        unique = any(index.get(w) == {code} for w in words if not w.isdigit())
        # its sibling words, and the list's level words ("master", "expert": a word one name has more than
        # another, for several credentials), that the write-in lacks (a misspelling of one counts as typed)
        tells = refs.siblings.get(code, frozenset()) | (theirs & refs.level_words)
        members = refs.member_keys.get(code)
        if members:
            # a family's: those of the member sharing most words with the write-in ("EPA 608 Type II" lacks no
            # "universal")
            tells &= max((tokens(m) for m in members), key=lambda m: (len(m & words), -len(m)))
        lacking = [w for w in tells if w not in words and not any(self.looks_like[u, w] for u in typos)]
        qnums = self.numbers_of[text]
        # "EPA 608" against the only 608 credential without a type, when the list also has Type I, II, III
        # and, against a candidate writing no number, one naming every word with another number ("Nurse Aide II"
        # against the "Certified Nursing Assistant" beside a "Nurse Aide I": a rung the list lacks)
        rivals = sum(1 for c in self.naming_every_word[words] if c != code and qnums < refs.by_code[c].nums) \
            if qnums else 0
        if qnums and not rivals and not refs.by_code[code].nums:
            rivals = sum(1 for c in self.naming_every_word[frozenset(w for w in words if not w.isdigit())]
                         if c != code and refs.by_code[c].nums and not qnums & refs.by_code[c].nums)
        # rare words of the list the write-in has and the candidate lacks: they name other credentials ("food
        # handler" against "ServSafe Serving Safe Food")
        rare = [w for w in words - theirs if not w.isdigit() and 0 < len(index.get(w, ())) <= refs.distinctive]
        return (float(len(unknown) - len(typos)), float(len(typos)), float(unique), float(len(lacking)),
                float(rivals), float(len(rare)))


# words saying what kind of award a name is, not what it is in ("Culinary Arts Short-Term Certificate")
_AWARD_WORDS = frozenset({"certificate", "certification", "technical", "completion", "short", "term", "career",
                          "studies", "program", "programme", "of", "in"})
# a digit glued after one or two letters, a code's ("E1", "G1", "A4"): not after a hyphen or a third letter ("AZ-900",
# "MOS1")
_GLUED_DIGIT = re.compile(r"(?<![A-Za-z0-9-])[A-Za-z]{1,2}(\d)(?![A-Za-z0-9])")


def _typed_phrase(text: str, best: str, runner: str) -> bool:
    """The best candidate's normalised name writes the write-in word for word, two words or more, and the
    runner-up's does not: a word of the runner-up's between them names a kind of it ("Azure Fundamentals" is the
    "Azure Fundamentals (AZ-900)", not the "Azure AI Fundamentals"), or a word typed that the words compared leave
    out tells them apart ("Certified Dental Assistant", the DANB's CDA, beside its "National Entry Level Dental
    Assistant")."""
    return len(text.split()) >= 2 and f" {text} " in f" {best} " and f" {text} " not in f" {runner} "


def _one_stem(word: str, theirs: frozenset[str]) -> bool:
    """The word and one of ``theirs`` share a stem of seven letters or more, each ending in at most three letters
    more: a field and its worker ("cosmetology", "cosmetologist")."""
    return len(word) >= 7 and any(len(p := os.path.commonprefix([word, t])) >= 7 and len(word) - len(p) <= 3
                                  and len(t) - len(p) <= 3 for t in theirs)


def _leading_vendor_words(key: str, vendor: str) -> frozenset[str]:
    """The vendor key's initials, and the words of the vendor's that a normalised name begins with ("ACE Certified
    Personal Trainer", "PTCB Certified Pharmacy Technician"): the issuer written before the title, not words of the
    vendor's written inside it ("Certified Hospice and Palliative Nursing Assistant" from the "Hospice and Palliative
    Credentialing Center": a kind of nursing assistant)."""
    theirs = _vendor_words(vendor)
    leading = []
    for w in key.split():
        if w not in theirs:
            break
        leading.append(w)
    return frozenset([list_features.initials(vendor), *leading])


def _vendor_words(vendor: str) -> frozenset[str]:
    """A vendor key's words and its initials ("ptcb")."""
    return frozenset(vendor.split()) | {list_features.initials(vendor)}

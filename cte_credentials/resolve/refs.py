"""The reference index: everything resolution reads about the credential list, built once per list.

``ResolutionRefs`` holds the list's credentials (one ``Credential`` per credential, ``rows`` for every row of the
list), the names and variants that name them exactly, the vendors and their aliases, the reviewed aliases and junk
texts, what is learnt from the list's own names (acronyms, sibling and level words), and the arrays candidate
scoring reads (candidates.py). indexing.build_refs builds it; nothing changes it afterwards, which every memo of
the resolver assumes. The words of a normalised text (``tokens``) are defined here, since the index and every rule
read them the same way.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

from cte_credentials.resolve.candidates import ScoringArrays, TrigramIndex
from cte_credentials.resolve.fields import Fields
from cte_credentials.resolve.normalize import Normalizer, numbers_conflict

NO_CREDENTIAL = "NO_CREDENTIAL"
STOP_TOKENS = frozenset({"and", "of", "the", "for", "in", "certification", "certified", "credential", "exam"})
# words that say a credential was earned, not which: left out when asking whether a write-in is only an acronym
GENERIC_WORDS = STOP_TOKENS | {"certificate", "card"}


def vendor_within(typed: str, theirs: str) -> bool:
    """Every word of one vendor key is a word of the other, longer one ("fema", "fema emergency management
    institute"): a part of that body, or the body itself, so not another vendor (neither is it the same: no bonus)."""
    return set(typed.split()) < set(theirs.split())


def tokens(text: str) -> frozenset[str]:
    """The words of a normalised text, less stop words ("and", "certified", ...)."""
    return frozenset(t for t in text.split() if t not in STOP_TOKENS)


@dataclass
class Credential:
    code: str
    name: str
    vendor: str
    key: str  # normalised name
    nums: frozenset[str]
    tokens: frozenset[str]
    vendor_key: str


@dataclass
class ResolutionRefs:
    """Everything resolution reads, built once from the seeds (or a state's own crosswalk)."""

    normalize: Normalizer
    credentials: list[Credential]
    by_code: dict[str, Credential]
    exact: dict[str, list[str]]  # normalised name (and variants) -> codes
    aligned: set[tuple[str, str]]  # (credential_code, cip_code)
    aliases: dict[tuple[str, str, str], str]  # (normalised name, vendor key, cip) -> code ('' vendor/cip = any)
    vendor_alias: dict[str, str]  # cleaned alias -> canonical vendor
    junk_exact: dict[str, str]
    junk_contains: list[tuple[str, str]]  # `contains` and `item` phrases of the junk seed
    junk_words: dict[str, str]  # a word of a note on the record ("pending", "see", "student") -> reason
    vendor_keys: set[str] = field(default_factory=set)  # cleaned canonical vendor names
    # spellings in the list's vendor column that two of its vendors may have ("AWS"; "NC DMV" beside "NC Division of
    # Motor Vehicles" and "NC DMV License & Theft Bureau"): typed, they name neither
    shared_vendor_names: frozenset[str] = frozenset()
    # our alias seed's name of a vendor (cleaned) -> the list's vendor key that is its initials: the list writes the
    # vendor by its acronym ("NREMT"), a write-in by a name our seed knows ("National Registry")
    vendor_by_seed_name: dict[str, str] = field(default_factory=dict)
    # normalised credential codes of the list, each an exact name of its credential (a code typed for the name)
    codes_typed: set[str] = field(default_factory=set)
    # the letters and the digits' lengths of the list's codes after the prefix they share, where they are letters then
    # digits ("CT-INF119": "inf", 3): a text holding such a code that is none of the list's names a credential the
    # list lacks (Words.an_unlisted_code)
    code_letters: frozenset[str] = frozenset()
    code_digits: frozenset[int] = frozenset()
    # the list's home states' names (list_features.home_states), normalised
    home_states: frozenset[str] = frozenset()
    # the headings the list writes before its names, in small letters (list_features.headings: "health science")
    headings: frozenset[str] = frozenset()
    token_index: dict[str, set[str]] = field(default_factory=dict)  # name token -> credential codes
    # an alias key decided several codes (a string naming several credentials): the codes after its first
    alias_also: dict[tuple[str, str, str], tuple[str, ...]] = field(default_factory=dict)
    vendor_prefixes: list[str] = field(default_factory=list)  # aliases and vendors, longest first
    keys: list[str] = field(default_factory=list)  # TF-IDF rows: text
    key_codes: list[str] = field(default_factory=list)  # TF-IDF rows: credential code
    tfidf: TrigramIndex | None = None  # the keys' character-trigram TF-IDF
    prefix_by_word: dict[str, list[str]] = field(default_factory=dict)  # vendor prefixes by first word
    suffix_by_word: dict[str, list[str]] = field(default_factory=dict)  # the same vendor names by last word
    junk_regex: re.Pattern | None = None
    # `item` phrases: not credentials, but beside a credential only their piece of the entry is junk
    junk_items: frozenset[str] = frozenset()
    # `course` phrases: a CTE course or program name ("culinary arts") -> reason (Readings.junk_reason)
    junk_courses: dict[str, str] = field(default_factory=dict)
    arrays: ScoringArrays | None = None
    vendor_exact: dict[tuple[str, str], list[str]] = field(default_factory=dict)  # (name w/o vendor, vendor) -> codes
    initials: dict[str, set[str]] = field(default_factory=dict)  # "mta" -> {"microsoft technology associate"}
    # a name's words in any order (no "certified", no acronym, or with it) -> codes: "Welding Inspector
    # Certification" is named by "certified welding inspector"
    word_sets: dict[frozenset[str], set[str]] = field(default_factory=dict)
    distinctive: int = 5  # a word in at most this many credentials' names is rare: it tells them from the others
    name_phrases: set[str] = field(default_factory=set)  # runs of one to four words of the list's names
    vocabulary_words: list[str] = field(default_factory=list)  # sorted name tokens, for abbreviated words
    words_by_length: dict[int, list[str]] = field(default_factory=dict)  # the name tokens by length (misspellings)
    words_by_ending: dict[str, list[str]] = field(default_factory=dict)  # the name words by their last four letters
    # the last words of the names a list cut short (list_features.cut_length), which a typed word may go on from
    cut_tails: frozenset[str] = frozenset()
    cut_codes: frozenset[str] = frozenset()  # the credentials whose names the list cut short
    near_words: dict[str, list[str]] = field(default_factory=dict)  # word -> the name tokens one letter away (memo)
    # every word of the names as written, of the vendors and of the junk seed, lower-cased (readings.ocr_put_back)
    read_words: frozenset[str] = frozenset()
    ocr_words: dict[str, str] = field(default_factory=dict)  # a word typed -> as ocr_put_back reads it (memo)
    ocr_texts: dict[str, str] = field(default_factory=dict)  # a text typed -> as ocr_put_back reads it (memo)
    # a word of the names, and each of its forms with one letter left out -> those words (readings.one_letter_away)
    one_letter_less: dict[str, list[str]] = field(default_factory=dict)
    codes_by_vendor: dict[str, list[str]] = field(default_factory=dict)  # vendor key -> credential codes
    ignored: dict[str, int] = field(default_factory=dict)  # seed -> rows naming a code the list does not have
    # learnt from the list (list_features): acronyms the list gives to several credentials, and each code's words
    # that tell it from a sibling name
    shared_acronyms: dict[str, list[str]] = field(default_factory=dict)
    acronyms_of: dict[str, frozenset[str]] = field(default_factory=dict)  # code -> acronyms its name writes: "(CNA)"
    numbers_used: frozenset[str] = frozenset()  # every number of the list's names
    glued_codes: frozenset[str] = frozenset()  # letters and digits glued in the list's names ("ic3", "d1")
    # the same codes, with any ".digits" after them, normalised ("d 1 1"), by their letters -> the codes naming each
    codes_written: dict[str, dict[str, set[str]]] = field(default_factory=dict)
    siblings: dict[str, frozenset[str]] = field(default_factory=dict)
    level_words: frozenset[str] = frozenset()
    swaps: dict[str, frozenset[str]] = field(default_factory=dict)  # list_features.swap_words
    # every row of the list (credentials holds one per credential), and code -> the first code of its credential
    # for the codes of a credential the list holds under several (list_features.duplicates)
    rows: list[Credential] = field(default_factory=list)
    representative: dict[str, str] = field(default_factory=dict)
    # the first code of a credential the list holds under several codes -> the vendors and the numbers of all its
    # rows, where they differ ("OSHA 10-Hour Construction ..." under the OSHA Training Institute and under
    # CareerSafe; "... Word Associate (Microsoft 365 Apps)" and "MOS Word Associate (MO-100)")
    row_vendors: dict[str, frozenset[str]] = field(default_factory=dict)
    row_numbers: dict[str, tuple[frozenset[str], ...]] = field(default_factory=dict)
    # a family of credentials the list writes under one code -> its members' names, normalised
    # (list_features.family_members)
    member_keys: dict[str, tuple[str, ...]] = field(default_factory=dict)
    core: dict[str, frozenset[str]] = field(default_factory=dict)  # code -> list_features.core_words of its name
    # a word the abbreviation seed spells out -> the abbreviations it spells out ("technician": "tech"), one word each
    spelled_from: dict[str, list[str]] = field(default_factory=dict)
    # the abbreviation seed's exam codes, cleaned ("220 1101", "n 10 009")
    exam_codes: frozenset[str] = frozenset()
    # the fields of work credentials' words and typed vendors name (seeds xwalk_field_words, xwalk_vendor_fields)
    fields: Fields = field(default_factory=Fields)
    # the renamings (seed xwalk_credential_renamings) the list needs: a former title's pattern -> the current title
    renamings: tuple[tuple[re.Pattern, str], ...] = ()
    # a word of four letters or more of the list's names -> (the number right after it, the code) for each name
    # writing one so ("firefighter" -> [("1", code of "Firefighter I")]; fuzzy._a_number_of_another_series)
    number_series: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    # code -> the one vendor (of the list or our alias seed) a credential the list gives no vendor names in its
    # name ("FAA TRUST ...", "Certified Personal Trainer (CPT) - NASM")
    vendor_written: dict[str, str] = field(default_factory=dict)
    # code -> the vendors (of the list or our alias seed) any name writes, whatever its vendor column says ("Adobe
    # Certified Professional: Illustrator" under Certiport, the test provider, writes Adobe)
    vendors_named: dict[str, frozenset[str]] = field(default_factory=dict)
    # code -> the words of a part of its name that names an issuer ("(Tennessee Board of Cosmetology and Barber
    # Examiners)", "- Tennessee Department of Health"), see indexing._index_issuer_parts
    issuer_words: dict[str, frozenset[str]] = field(default_factory=dict)
    # code -> the words its name holds only in such a part ("barber" in "Ohio Cosmetology License - State Cosmetology
    # and Barber Board"): they name the issuer, not this credential (see credential_words)
    issuer_only: dict[str, frozenset[str]] = field(default_factory=dict)
    # a word of an issuer (its vendor's name, or its issuer_words) -> the codes it issues
    issued_by: dict[str, set[str]] = field(default_factory=dict)
    # code -> the codes of the same name of another version ("Microsoft Office Specialist (MOS) Word (Office 2016)"
    # beside "... (Office 2019)", one row under Certiport, one under Microsoft): the vendor column tells versions
    # apart no better than the write-in does; only a year typed does (indexing._index_versions)
    versions: dict[str, frozenset[str]] = field(default_factory=dict)
    # a vendor of the list -> the other vendors of the list whose names its own rows write ("Certiport" files
    # "Adobe Certified Professional ... Using Adobe Illustrator": it delivers the tests of "Adobe Inc."), see
    # indexing._index_delivered
    delivers: dict[str, frozenset[str]] = field(default_factory=dict)
    # a vendor of the list -> its one word, words such as "Inc." aside ("adobe" for "Adobe Inc."; none when it has
    # more), see indexing._index_delivered
    vendor_word: dict[str, str] = field(default_factory=dict)

    def numbers_allow(self, qnums: frozenset[str], code: str) -> bool:
        """The numbers typed are those of the credential, or of one of the list's rows of it (row_numbers)."""
        return any(not numbers_conflict(qnums, nums) for nums in self.row_numbers.get(code, (self.by_code[code].nums,)))

    def holding_every_word(self, words: Iterable[str]) -> set[str]:
        """The codes whose names hold every one of ``words`` (none for no words): a new set."""
        postings = [self.token_index.get(w, set()) for w in words]
        return set.intersection(*postings) if postings else set()

    def vendor_of(self, code: str) -> str:
        """A credential's vendor: the list's vendor column or, for a row without one, the vendor its name writes
        (vendor_written); "" when neither says."""
        return self.by_code[code].vendor_key or self.vendor_written.get(code, "")

    def credential_words(self, code: str) -> frozenset[str]:
        """The words of a credential's name less those only its issuer's part holds (issuer_only): what a typed
        word must be among to be explained by the credential rather than by who issues it."""
        cred = self.by_code[code]
        only = self.issuer_only.get(code)
        return cred.tokens - only if only else cred.tokens

    def another_vendors(self, code: str, vendor_key: str) -> bool:
        """The typed vendor is one of the list's, and the credential is another vendor's. A credential the list
        gives no vendor is of no other vendor ("FAA TRUST Recreational UAS Safety Test Certificate", blank, beside
        the FAA's "Part 107 Remote Pilot Certificate"), unless its name holds one of the list's (vendor_written);
        nor is a credential of a vendor whose tests the typed one delivers (``delivers``)."""
        theirs = self.vendor_of(code)
        if vendor_key in self.row_vendors.get(code, ()):
            return False
        return (vendor_key in self.vendor_keys and theirs in self.vendor_keys and theirs != vendor_key
                and not self.names_the_vendor(code, vendor_key) and theirs not in self.delivers.get(vendor_key, ())
                and not vendor_within(vendor_key, theirs))

    def names_the_vendor(self, code: str, vendor_key: str) -> bool:
        """The credential's name writes the vendor's one word, words such as "Inc." aside: it is of that vendor too
        ("Certified SOLIDWORKS Associate" under Dassault Systèmes, typed with "SolidWorks"; "Adobe Certified
        Professional ... Using Adobe Illustrator" under Certiport, typed with "Adobe Inc."; candidates.vendor_terms)."""
        word = vendor_key if " " not in vendor_key else self.vendor_word.get(vendor_key)
        return bool(word) and word in self.by_code[code].tokens

    def of_the_typed_vendor(self, codes: list[str], vendor_key: str, by_words: bool = False) -> list[str]:
        """Of credentials tied for a write-in, the one of the typed vendor, by the list's vendor column or, for a
        row without a vendor, by its name ("CPT" from NASM: "Certified Personal Trainer (CPT) - NASM", not the
        "Certified Phlebotomy Technician (CPT)"), or, when none is and ``by_words`` (an acronym the list shares),
        the one whose name holds a word of the typed vendor; otherwise all of them, as when another of them names
        the typed vendor under another vendor in the column (vendors_named)."""
        if not vendor_key or len(codes) < 2:
            return codes
        own = [c for c in codes if self.vendor_of(c) == vendor_key or vendor_key in self.row_vendors.get(c, ())]
        if len(own) == 1 and self.named_by_the_vendor_too(codes, vendor_key, own):
            # "Adobe Certified Professional" from Adobe is any of the list's ACP rows, most listed under Certiport
            return codes
        if not own and by_words:
            # a vendor the list does not know: the one name holding a word of it ("CNA" from "TN Dept of Health":
            # "Certified Nursing Assistant (CNA) - Tennessee Department of Health", not "... (CNA) – NNAAP")
            words = tokens(self.normalize(vendor_key)) - GENERIC_WORDS
            own = [c for c in codes if words & self.by_code[c].tokens
                   or vendor_key.replace(" ", "") in self.issuer_words.get(c, ())]
        if len(own) == 1 and self.other_versions(own[0], codes):
            return codes
        return own if len(own) == 1 else codes

    def named_by_the_vendor_too(self, codes: Iterable[str], vendor_key: str, own: Collection[str]) -> set[str]:
        """Those of ``codes`` not in ``own`` (the typed vendor's by the vendor column) whose names write the typed
        vendor under another vendor in the column (the test provider: "Adobe Certified Professional: Illustrator"
        under Certiport), unless a name is one of ``own``'s but the vendor's words ("QuickBooks Certified User (QBCU)"
        from Certiport beside Intuit's "Intuit QuickBooks Certified User": one credential, and the typed vendor's
        row of it is the one)."""
        words = set(vendor_key.split())
        mine = {self.core.get(c, frozenset()) - words for c in own}
        return {c for c in codes if c not in own and self.by_code[c].vendor_key
                and vendor_key in self.vendors_named.get(c, ()) and self.core.get(c, frozenset()) - words not in mine}

    def other_versions(self, code: str, codes: list[str]) -> list[str]:
        """Those of ``codes`` that are the same name of another version (``versions``)."""
        theirs = self.versions.get(code, ())
        return [c for c in codes if c in theirs]

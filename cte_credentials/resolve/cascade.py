"""The decision cascade: from a normalised (text, vendor key, CIP) to a decision, each distinct triple once.

Steps, in order (a code reported in the row comes first, see split.resolve_whole):

1. **reviewed alias** (credential_aliases: a person's decision, per text, vendor and CIP, or for any);
2. **exact name** (``_exact_or_named``): a name or variant of the list naming one credential, an acronym the list
   gives to several (a tie the vendor, the CIP or a person settles), a vendor named alone whose list holds one
   credential, a name without its vendor when the vendor field names it, the words of one name in another order;
3. **fuzzy** (fuzzy.py): candidates ranked in numpy, the decision rule fitted on the list, and below its bars the
   general rules that read the list itself (words.py), or the program's CIP; otherwise review.

``best`` runs the cascade on each variant of a text (as typed, without a leading vendor) and keeps the best; only
when none resolves does it try the fallback readings (readings.py), which count only when they resolve outright.
Triples are decided in batches (``prepare``): one sparse product per batch, not one per write-in.
"""

from __future__ import annotations

import re

import numpy as np

from cte_credentials.resolve import list_features
from cte_credentials.resolve.decision import Candidate, Decision, ResolutionConfig, to_review
from cte_credentials.resolve.fuzzy import decide_batch
from cte_credentials.resolve.memo import memoised
from cte_credentials.resolve.normalize import YEAR, basic_clean, numbers_conflict
from cte_credentials.resolve.readings import MAX_READINGS, Readings, one_edit, one_letter_away
from cte_credentials.resolve.refs import GENERIC_WORDS, NO_CREDENTIAL, ResolutionRefs, vendor_within
from cte_credentials.resolve.rule import bars
from cte_credentials.resolve.words import LEVEL_WORDS, TIERS, VARIANT, Words

Triple = tuple[str, str, str]  # (normalised text, vendor key, CIP)


class ScoringDeferred(BaseException):  # noqa: N818 - a signal, not an error: no ``except Exception`` may catch it
    """Raised by ``Resolver.prepare`` while the resolver gathers (``gathering``): the triples it had to score were
    noted, and the entry is read again once they are scored with every other entry's (table.py)."""


class Resolver:
    """Resolves distinct (text, vendor, CIP) triples with memoisation: each distinct string is scored once.

    The @memoised methods are memo tables, read by subscription (``self.best[text, vendor_key, cip]``): every value
    is a pure function of its arguments and of the references (read-only; a decision in ``decisions``, once
    computed, never changes), so a kept value is what computing it again would give."""

    def __init__(self, refs: ResolutionRefs, config: ResolutionConfig | None = None) -> None:
        self.refs = refs
        self.config = config or ResolutionConfig()
        self.readings = Readings(refs)
        self.words = Words(refs)
        # the decision of every (normalised text, vendor key, CIP) scored so far, filled a batch at a time (prepare)
        self.decisions: dict[Triple, Decision] = {}
        self._best_ready: set[Triple] = set()
        self._alias_texts = {text for text, _, _ in refs.aliases}  # refs are read-only, as every memo here assumes
        # the decision rule for a best candidate (fitted on the list, or the fixed bars), and the triples whose
        # best candidate it assigned (an outright match: see _outright)
        self.rule = self.config.rule or bars(self.config.min_score, self.config.min_margin)
        self._over_bar: set[Triple] = set()
        # calibration reads every scored triple's best-candidate features here: triple -> (features, best code)
        self.collect: dict[Triple, tuple[np.ndarray, str]] | None = None
        # while a table's entries are read, the triples some reading had to score one at a time are noted here and
        # scored together (a batch of one costs ten times a triple's share of a large batch): see ScoringDeferred
        self.gathering: list[Triple] | None = None

    # ---- deciding triples in batches ---------------------------------------------------------------------------
    def prepare(self, triples: list[Triple]) -> None:
        """Decide every not-yet-seen (normalised text, vendor key, cip): the steps before scoring one by one, then
        the rest in one sparse product."""
        todo = sorted({t for t in triples if t not in self.decisions})
        if not todo:
            return
        fuzzy: list[Triple] = []
        exacts: list[list[str]] = []
        for triple in todo:
            decision, exact = self._before_fuzzy(triple)
            if decision is not None:
                self.decisions[triple] = decision
            else:
                fuzzy.append(triple)
                exacts.append(exact)
        if fuzzy and self.gathering is not None:
            self.gathering.extend(fuzzy)
            raise ScoringDeferred
        if fuzzy:
            decided = decide_batch(self.refs, self.words, self.config, self.rule, fuzzy, exacts, self.collect)
            for triple, (decision, over_bar) in zip(fuzzy, decided, strict=True):
                self.decisions[triple] = decision
                if over_bar:
                    self._over_bar.add(triple)

    def resolve(self, text: str, vendor_key: str, cip: str) -> Decision:
        triple = (text, vendor_key, cip)
        if triple not in self.decisions:
            self.prepare([triple])
        return self.decisions[triple]

    def prepare_best(self, items: list[Triple]) -> None:
        """Batch what best() reads for many texts: their variants, then the fallback readings of those texts none
        of whose variants resolves (the readings are a fallback, and scoring them all would double the work)."""
        items = [t for t in dict.fromkeys(items) if t not in self._best_ready]
        if not items:
            return
        self._prepare_best(items)
        self._best_ready.update(items)

    def _prepare_best(self, items: list[Triple]) -> None:
        readings = self.readings
        self.prepare([(v, vkey, cip) for text, vkey, cip in items for v in readings.variants[text]])
        self.prepare([(v, vkey, cip) for text, vkey, cip in items if not self._any_resolved[text, vkey, cip]
                      for v in readings.fallback_readings(text, vkey)])

    # ---- the best reading of a text ----------------------------------------------------------------------------
    @memoised
    def best(self, text: str, vendor_key: str, cip: str) -> tuple[str, Decision]:
        """Resolve every variant of a text and keep the best: some canonical names start with their vendor and
        others do not. Only when none resolves, try the spelled-out readings too ("MTA ..." -> "Microsoft
        Technology Associate ...")."""
        options = self.readings.variants[text]
        if len(options) == 1:  # the common case, decided as below without the sort
            decision = self.decisions.get((text, vendor_key, cip))
            if decision is not None and decision.status == "resolved" and (
                    " " in text or not self._another_vendors(decision, vendor_key)):
                vetted = self._vetted(text, vendor_key, decision)
                if vetted.status == "resolved" or not self.readings.fallback_readings(text, vendor_key):
                    return text, vetted
        if any((v, vendor_key, cip) not in self.decisions for v in options):
            self.prepare_best([(text, vendor_key, cip)])
        if not self._any_resolved[text, vendor_key, cip]:
            # a reading is a guess, so it counts only when it resolves outright (exactly, or above the score and
            # margin bars), not through the weaker rules for short write-ins: "nat" is not "NOCTI Automotive
            # Technology", nor "micro soft" Software Development
            spelled = self.readings.fallback_readings(text, vendor_key)
            self.prepare([(v, vendor_key, cip) for v in spelled])
            # (a reading without a vendor the list's names write, only for a credential of that vendor)
            dropped = self.readings.without_the_lists_vendor[text]
            spelled = [v for v in spelled if v not in dropped or (code := self.decisions[(v, vendor_key, cip)].code)
                       is not None and self.refs.vendor_of(code) == dropped[v]]
            outright = [v for v in spelled if self._reading_counts(text, v, vendor_key, cip)
                        and not self._adds_only_shared_words(text, v, vendor_key, cip)]
            # a text whose every word two credentials or more hold names one of them, which a reading may tell
            # apart ("BLS" from the Red Cross), never another ("Fire Fighter", beside "Fire Fighter I" and "II", is
            # no "Wildland Firefighter Type 2" once read "firefighter")
            holders = self.words.naming_every_word[self.words.tokens_of[text]]
            if len(holders) >= 2:
                outright = [v for v in outright if self.decisions[(v, vendor_key, cip)].code in holders]
            # readings naming different credentials ("CDA credential": Certified Dental Assistant, Child
            # Development Associate National Credential) are a guess between them: none counts, whichever rule
            # resolved them
            named = {self.decisions[(v, vendor_key, cip)].code for v in spelled
                     if self.decisions[(v, vendor_key, cip)].status == "resolved"}
            if len(named) > 1 and text.isalpha() and len(text) <= 6:
                # an acronym typed alone that one reading spells as a whole name names that one: "CNA" read as the
                # "certified network associate" inside "Cisco Certified Network Associate" names no credential
                # beside the Certified Nursing Assistant
                whole = {self.decisions[(v, vendor_key, cip)].code for v in spelled
                         if self.decisions[(v, vendor_key, cip)].status == "resolved"
                         and self._whole_name_read(v, vendor_key, cip)
                         and not self._writes_a_longer_acronym(self.decisions[(v, vendor_key, cip)].code, text)}
                named = whole or named
            if len(named) > 1:
                # unless the typed vendor's own words name one of them ("FPC" from the American Payroll
                # Association: Fundamental Payroll Certification, not Financial Proficiency), or its field does
                # ("CPRP" from the NRPA: the Certified Park and Recreation Professional, not the Cardiac and
                # Pulmonary Rehabilitation Program; see fields.py)
                backed = self.words.named_by_vendor_words(vendor_key, named) or self._the_one_in_field(
                    text, vendor_key, named)
                if backed is not None:
                    outright = [v for v in outright if self.decisions[(v, vendor_key, cip)].code == backed]
                    named = {backed}
            if outright and len(named) == 1:
                options = options + outright
        # the first of the best (min keeps the first of equals, as a stable sort would)
        decisions = self.decisions
        first = min(options, key=lambda t: (decisions[(t, vendor_key, cip)].status != "resolved",
                                            -(decisions[(t, vendor_key, cip)].score or 0.0)))
        if " " not in text and self._another_vendors(decisions[(first, vendor_key, cip)], vendor_key):
            first = self._the_typed_vendors_reading(text, vendor_key, cip) or first
        return first, self._vetted(text, vendor_key, decisions[(first, vendor_key, cip)])

    def _adds_only_shared_words(self, text: str, reading: str, vendor_key: str, cip: str) -> bool:
        """The text is a tie between credentials (a shared acronym: "CIS" for IPC's J-STD-001 and IPC-A-610
        specialists), and every word the reading adds is held by each of them ("ipc cis", the typed vendor put before
        it): the reading tells them no better apart, whatever its match says. Not when the words of one of them are
        in every other's, each a narrower one ("RHCSA": Red Hat Certified System Administrator, and the one "in Red
        Hat OpenStack"): the acronym names the broad one, which the reading picks."""
        d = self.decisions[(text, vendor_key, cip)]
        if d.status == "resolved" or not d.candidates or d.runner_up_score is None or d.runner_up_score < d.score:
            return False
        refs = self.refs
        tied = [c.code for c in d.candidates if c.score >= d.score and c.code in refs.by_code]
        if len(tied) < 2 or any(all(refs.core.get(a, frozenset()) <= refs.by_code[b].tokens for b in tied)
                                for a in tied):
            return False
        added = self.words.tokens_of[reading] - self.words.tokens_of[text]
        return all(added <= refs.by_code[code].tokens | set(refs.vendor_of(code).split()) for code in tied)

    def _another_vendors(self, decision: Decision, vendor_key: str) -> bool:
        """The typed vendor is one of the list's (in its vendor column, or written in its names), and the decision
        names none of its credentials: it names another vendor's, or goes to review."""
        refs = self.refs
        if vendor_key in refs.vendor_keys:
            if decision.status != "resolved":
                return True
            theirs = refs.by_code[decision.code].vendor_key if decision.code in refs.by_code else ""
            return theirs not in ("", vendor_key)
        if vendor_key and vendor_key in refs.name_phrases and decision.status == "resolved":
            # a list writing vendors in its names: the name written with another vendor's ("American Red Cross
            # Basic Life Support (BLS)" for "BLS" from the American Heart Association)
            key = refs.by_code[decision.code].key if decision.code in refs.by_code else ""
            return not self._the_typed_vendors(decision.code, vendor_key) and any(
                refs.vendor_alias.get(phrase) not in (None, refs.vendor_alias.get(vendor_key))
                for phrase in list_features.phrases(key))
        return False

    def _the_typed_vendors(self, code: str | None, vendor_key: str) -> bool:
        """The credential is the typed vendor's: in the list's vendor column, or, for a vendor the list writes in
        its names, by its name ("American Heart Association BLS Provider")."""
        cred = self.refs.by_code.get(code or "")
        if cred is None:
            return False
        if vendor_key in self.refs.vendor_keys:
            return cred.vendor_key == vendor_key
        return f" {vendor_key} " in f" {cred.key} "

    def _the_typed_vendors_reading(self, text: str, vendor_key: str, cip: str) -> str | None:
        """An acronym typed alone and read as another vendor's credential, or as none ("BLS" from the Red Cross:
        the AHA's "Basic Life Support (BLS) Provider"), may spell out the typed vendor's ("American Red Cross Basic
        Life Support"): the one fallback reading, or reading with the acronym spelled out as initials of the list's
        names, that counts (_reading_counts) and names a credential of the typed vendor, if there is one. Not when
        the acronym ties credentials of the typed vendor that give a qualifier two values ("CDL" from the Virginia
        DMV: its Class A and Class B licences), which no reading tells apart."""
        d = self.decisions[(text, vendor_key, cip)]
        tied = [c.code for c in d.candidates if c.score >= (d.score or 0.0) and self._the_typed_vendors(c.code,
                                                                                                        vendor_key)]
        if d.status != "resolved" and any(self.words.qualifier_clash[self.refs.by_code[a].key, b]
                                          for a in tied for b in tied if a != b):
            return None
        words = text.split()
        spelled = [*self.readings.fallback_readings(text, vendor_key),
                   *(" ".join([*words[:i], phrase, *words[i + 1 :]]) for i, w in enumerate(words)
                     for phrase in sorted(self.refs.initials.get(w, ()))[:MAX_READINGS])]
        self.prepare([(v, vendor_key, cip) for v in spelled])
        own = {}
        for v in spelled:
            d = self.decisions[(v, vendor_key, cip)]
            if (d.status == "resolved" and self._the_typed_vendors(d.code, vendor_key)
                    and self._reading_counts(text, v, vendor_key, cip)):
                own.setdefault(d.code, v)
        return next(iter(own.values())) if len(own) == 1 else None

    def _vetted(self, text: str, vendor_key: str, decision: Decision) -> Decision:
        """The decision on a reading of ``text`` (as typed, normalised), or review when a fuzzy match rests on an
        acronym one letter from the text's (see _another_acronym), gives a qualifier another value ("Class A",
        "Class B": Words.qualifier_clash) or reads level words alone, with no vendor ("Intermediate"; "MOS Master"
        is one), or the decision names a credential out of the typed vendor's field (fields.py: "CCMA" from the NHA
        is not the list's "Certified Cash Manager Associate"), which the words typed do not name either; also a
        fuzzy match the Words vetoes stop (a sibling's word, another tier, only the issuer's words shared, another
        product with a plus, another exam code of the same number, a test code of a series the list writes but not
        that one ("ASE A8" where it writes A4 to A6), a word of a kind the list lacks typed inside its
        name, a name of a series picked by the typed vendor it alone writes), or the write-in is only the name of
        the match's vendor, which issues several of the list's credentials ("MSSC"), with no other vendor typed. A
        reviewed alias or a reported code stands: a person or the row said so."""
        if decision.status == "resolved" and decision.method in ("fuzzy", "fuzzy_cip") and (
                self._another_acronym(text, decision.code) or self.words.qualifier_clash[text, decision.code]
                or self._own_acronym_disagrees[text, decision.code] or self._a_specialty_of[text, decision.code]
                or self.words.swapped_for_a_sibling_word[text, decision.code]
                or self.words.another_tier[text, decision.code]
                or self.words.another_state[text, decision.code]
                or self.words.another_level[text, decision.code]
                or self.words.another_test_code[text, decision.code]
                or self.words.registered_for_certified[text, decision.code]
                or self.words.only_the_issuer[text, decision.code]
                or self.words.another_plus[text, decision.code]
                or self.words.exam_code_clash[text, decision.code]
                or self.words.an_unlisted_code[text]
                or self.words.negated[text, decision.code]
                or self.words.a_word_inside[text, decision.code]
                or self.words.picked_by_the_vendor_written[text, vendor_key, decision.code]
                or not vendor_key and self.words.tokens_of[text] <= LEVEL_WORDS | GENERIC_WORDS
                or vendor_key in ("", self.refs.vendor_of(decision.code or "")) and self.words.only_its_vendor[
                    text, decision.code]
                or self._another_issuers(text, decision)
                or self.words.another_form_names_too[text, decision.code]
                or self.words.initials_of_another[text, decision.code]
                or self.words.a_cut_name_holds_more[text, decision.code]):
            return to_review(decision)
        if (decision.status == "resolved" and decision.method in ("exact", "fuzzy")
                and not self._the_matchs_vendor(vendor_key, decision.code or "")
                and self.words.issued_alike[text, decision.code]):
            # a subject several issuers of the list award alike, the text saying nothing more and the typed vendor
            # not the match's: which one is not said (Words.issued_alike: "Welding Technology Certificate" with no
            # college typed); a program's CIP aligned with one of them says it (fuzzy_cip)
            return to_review(decision)
        if not vendor_key or decision.status != "resolved" or decision.method not in ("exact", "fuzzy", "fuzzy_cip"):
            return decision
        cred = self.refs.by_code.get(decision.code or "")
        if cred is None or self._vendor_word[vendor_key] in cred.tokens or not self.refs.fields.out_of_field(
                vendor_key, self.words.tokens_of[text], cred.tokens, cred.vendor_key):
            # (a name writing the typed vendor's one-word alias is in its field, whatever its words: "ASE A6
            # Electrical/Electronic Systems", left without a vendor, typed with "ASE")
            return decision
        return to_review(decision)

    @memoised
    def _vendor_word(self, vendor_key: str) -> str | None:
        """The one word of the list's names that is an alias of the typed vendor of several words ("ase": the
        National Institute for Automotive Service Excellence; indexing._vendor_words_in_names), else None."""
        arr = self.refs.arrays
        wid = arr.vendor_word_ids.get(vendor_key, -1) if arr is not None else -1
        return next((t for t, i in arr.token_ids.items() if i == wid), None) if wid >= 0 else None

    def _the_matchs_vendor(self, vendor_key: str, code: str) -> bool:
        """The typed vendor is the credential's, or a part of its name ("Sinclair": "sinclair community college")."""
        theirs = self.refs.vendor_of(code)
        return bool(vendor_key) and (vendor_key == theirs or vendor_within(vendor_key, theirs))

    def _another_issuers(self, text: str, decision: Decision) -> bool:
        """The write-in names an issuer of the list by a word of its own, one the names of its credentials write
        ("NOCTI Emergency Med Tech"), and the fuzzy match is another issuer's and does not write that word (the
        state's "Emergency Medical Technician (EMT)" beside "NOCTI Job Ready Assessment - Emergency Medical
        Technology"; "NOCTI Plumbing" and NCCER's "Plumbing Level One" once NOCTI's is taken out): the issuer's own
        credential may be meant, which the list may lack; a person decides. Not the vendor field: clerks type there
        bodies that issue nothing typed, and vendors spelt otherwise than the list's (7 entries lost for 1 wrong
        code fewer, when tried)."""
        refs = self.refs
        cred = refs.by_code.get(decision.code or "")
        if cred is None or not cred.vendor_key:
            return False
        typed = self.words.tokens_of[text]
        named = {w for w in typed if w in refs.vendor_keys and w != cred.vendor_key and w not in cred.tokens}
        if not named:
            return False
        # (an issuer whose names write it: a career cluster in a vendor column, "Cosmetology", is no issuer named by
        # "Cosmetology License")
        return any(any(v in refs.by_code[c].tokens for c in refs.codes_by_vendor.get(v, ())) for v in named)

    def _another_acronym(self, text: str, code: str | None) -> bool:
        """A word of the text that no name of the list uses, an acronym's length, one letter from an acronym the
        list writes in brackets for the fuzzy match (``code``), with at most one other word of its name typed: the
        text names another credential, which the list lacks ("CNA cert" is not the CCNA; "SMAW plate cert" not the
        GMAW plate test). Beside more of the name's words it is a typo ("Certified Network Associate (CNNA)"), and
        only an acronym as long as the name's own, ending alike but two letters or more from it, names another
        ("Phlebotomy Technician PBT" is not the "(CPT)"); beside one, the initials of words the name holds are no
        other acronym ("ABO Optician Basic")."""
        refs = self.refs
        theirs = refs.acronyms_of.get(refs.representative.get(code, code), frozenset()) if code else frozenset()
        if not theirs:
            return False
        typed = self.words.tokens_of[text]
        if len((typed & refs.by_code[code].tokens) - GENERIC_WORDS) >= 2:
            # beside the name's words, an acronym of the same kind as the name's own (as long, the same last letter)
            # but two letters or more from it, which no name uses and no vowel says is a word: another credential
            # ("Phlebotomy Technician PBT(ASCP)" is not the "Certified Phlebotomy Technician (CPT)")
            return any(w not in refs.token_index and w.isalpha() and 3 <= len(w) <= 5 and not set(w) & set("aeiouy")
                       and w not in refs.vendor_alias
                       and any(len(a) == len(w) and a[-1] == w[-1] and a != w and not one_edit(a, w) for a in theirs)
                       for w in typed)
        key = f" {refs.by_code[code].key} "
        for w in typed:
            if (w in refs.token_index or not w.isalpha() or not 2 <= len(w) <= 6 or w in refs.vendor_alias
                    or w in GENERIC_WORDS):
                continue
            if (typed & refs.by_code[code].tokens) - GENERIC_WORDS and any(
                    f" {words} " in key for words in refs.initials.get(w, ())):
                # beside a word of the name, the initials of words the name holds ("ABO Optician Basic": "American
                # Board of Opticianry ..."); alone, another credential ("CNA cert" is not the "Cisco Certified
                # Network Associate (CCNA)", though its last words spell CNA)
                continue
            if any(a not in typed and a != w and one_edit(a, w) for a in theirs):
                return True
        return False

    @memoised
    def _own_acronym_disagrees(self, text: str, code: str | None) -> bool:
        """The write-in spells its own acronym (a word that is the initials of its other words: "Certified
        Hospitality Supervisor (CHS)"), and the fuzzy match's name neither writes it, nor spells it, nor has the same
        initials once words such as "certified" are left out (the list's "Certified Hospitality Sales
        Professional"; "CyberSec First Responder (CFR-410)" against "First Responder"): another credential."""
        refs = self.refs
        cred = refs.by_code.get(code or "")
        if cred is None:
            return False
        words = [w for w in text.split() if not w.isdigit()]
        w = list_features.own_word_acronym(" ".join(words))
        if w is None:
            return False
        theirs = refs.acronyms_of.get(refs.representative.get(cred.code, cred.code), frozenset())
        # the name writes it: in brackets, as a word ("SCJA - Sun Certified Java Associate"), or spells it
        if w in theirs or w in cred.tokens or w in list_features.spelt_acronyms(cred.name):
            return False
        outer = refs.normalize(_BRACKETED.sub(" ", cred.name)).split()
        spelt = [x for x in words if x != w]
        if f" {' '.join(spelt)} " in f" {' '.join(outer)} ":
            # (or writes the words it spells, in a row, beside words of its own: "Personal Care Aide (PCA)" against
            # "Personal Care Aide Training Program Certificate of Completion")
            return False
        return _core_initials(spelt) != _core_initials(outer)

    @memoised
    def _a_specialty_of(self, text: str, code: str | None) -> bool:
        """An acronym typed that the fuzzy match's name writes only with a suffix ("RRT" against "(CRT-NPS or
        RRT-NPS)"; "CSWA" against "(CSWA-AM)"), the suffix not typed: the name is a specialty of the credential
        typed, which the list lacks."""
        cred = self.refs.by_code.get(code or "")
        if cred is None:
            return False
        typed = self.words.tokens_of[text]
        vendor = list_features.initials(self.refs.vendor_of(cred.code))
        for acronym, suffix in _SUFFIXED.findall(cred.name):
            if (acronym.lower() in typed and suffix.lower() not in typed
                    and not re.search(rf"\b{acronym}\b(?!-)", _SUFFIXED.sub(" ", cred.name))
                    # the suffix spelt out by a word of the name typed ("EMT Basic" for "Technician – Basic (EMT-B)"),
                    # or the acronym the vendor's ("NASM Personal Trainer" for "Personal Trainer (NASM-CPT)")
                    and not any(w.startswith(suffix.lower()) and w in cred.tokens for w in typed)
                    and acronym.lower() != vendor):
                return True
        return False

    def _the_one_in_field(self, text: str, vendor_key: str, codes: set[str]) -> str | None:
        """Of the credentials readings of ``text`` named, the one in the typed vendor's field (fields.py)."""
        by_code = self.refs.by_code
        return self.refs.fields.the_one_in_field(vendor_key, self.words.tokens_of[text],
                                                 [by_code[c] for c in sorted(codes) if c in by_code])

    @memoised
    def _any_resolved(self, text: str, vendor_key: str, cip: str) -> bool:
        """A variant of the text resolves, and its decision survives the vetoes (_vetted): one a veto sends to review
        ("surgical tech" matched to its issuer's word alone) leaves the fallback readings to try ("surgical
        technologist")."""
        decisions = self.decisions
        return any(decisions[(v, vendor_key, cip)].status == "resolved"
                   and self._vetted(text, vendor_key, decisions[(v, vendor_key, cip)]).status == "resolved"
                   for v in self.readings.variants[text])

    def _outright(self, text: str, vendor_key: str, cip: str) -> bool:
        d = self.decisions[(text, vendor_key, cip)]
        return d.status == "resolved" and (d.method in ("exact", "alias") or (
            d.method == "fuzzy" and (text, vendor_key, cip) in self._over_bar))

    def _reading_counts(self, text: str, reading: str, vendor_key: str, cip: str) -> bool:
        """A fallback reading of ``text`` counts when it resolves outright (or names the one credential holding all
        its words) and its credential explains every word no name of the list uses ("arborist" in "ISA Certified
        Arborist" read as "Information Systems Auditor" is another credential); an acronym typed alone, unless it is
        a word of the list's names, must read a whole name, and not as another known vendor's. A word typed alone
        cut short of the one word of the list it starts, or one letter from it, a word of one name and read as it
        ("Safeland": "SafeLandUSA Basic Orientation"; "Photoshp"), is no acronym."""
        d = self.decisions[(reading, vendor_key, cip)]
        index = self.refs.token_index
        cut_short = (" " not in text and len(text) >= 5 and d.status == "resolved" and index.get(reading) == {d.code}
                     and (reading.startswith(text)
                          or text not in index and reading in one_letter_away(self.refs, text)))
        if not (cut_short or self._outright(reading, vendor_key, cip)
                or self._every_word_known_and_named(reading, vendor_key, cip)):
            return False
        if not self._unknown_words_explained(reading, vendor_key, cip):
            return False
        if " " in text:
            return True
        return ((text in self.refs.token_index or cut_short or self._whole_name_read(reading, vendor_key, cip))
                and not self._another_known_vendors(reading, vendor_key, cip))

    def _adds_a_word_of_its_own(self, code: str, text: str) -> bool:
        """The credential's name holds a word the text lacks that is none of its vendor's words, its acronyms, the
        vendor's initials, a state's or an organisation's words ("Alabama Nurse Aide Registry") or such words as
        "certified"."""
        refs = self.refs
        vendor = refs.vendor_of(code)
        aside = (set(vendor.split()) | refs.acronyms_of.get(refs.representative.get(code, code), frozenset())
                 | {list_features.initials(vendor)} | GENERIC_WORDS | list_features.US_STATE_WORDS
                 | list_features.ORGANISATION)
        extra = refs.by_code[code].tokens - self.words.tokens_of[text]
        return any(w not in aside and not w.isdigit() for w in extra)

    def _writes_a_longer_acronym(self, code: str | None, typed: str) -> bool:
        """The credential's name writes an acronym longer than the typed one that holds its letters in order:
        "CMA" read "clinical medical assistant" spells part of the "Certified Clinical Medical Assistant (CCMA)",
        not its name (the "NATCEP" a nurse aide's name writes is no such acronym of "CNA")."""
        if code is None:
            return False
        theirs = self.refs.acronyms_of.get(self.refs.representative.get(code, code), frozenset())
        return any(len(a) > len(typed) and list_features.letters_in_order(typed, a) for a in theirs)

    def _whole_name_read(self, text: str, vendor_key: str, cip: str) -> bool:
        """An acronym typed alone stands for a whole name: its reading holds the words of the resolved credential's
        name, one aside in a name of three or more ("BLS": "Basic Life Support/CPR"; "RMA" read as "resource
        management associate" is not "Certified Human Resource Management Associate (Foundation Level)")."""
        code = self.decisions[(text, vendor_key, cip)].code
        # (its issuer's part aside: "Certified Nursing Assistant (PA Department of Health)" for "CNA")
        theirs = (self.refs.core.get(code, frozenset()) & self.refs.credential_words(code)
                  if code in self.refs.by_code else frozenset())
        typed = self.words.tokens_of[text]
        missing = [w for w in theirs if w not in typed and not self.words.explained_by[w, typed]]
        # the word left aside is not the vendor's name: "PMP" is the Project Management Institute's, not "Google
        # Project Management Professional Certificate"
        vendor_words = self.words.tokens_of[self.refs.by_code[code].vendor_key] if theirs else frozenset()
        return bool(theirs) and (not missing or len(missing) == 1 and len(theirs) >= 3
                                 and missing[0] not in vendor_words and missing[0] not in self.refs.vendor_alias)

    def _unknown_words_explained(self, text: str, vendor_key: str, cip: str) -> bool:
        """Every word of the text that no name of the list uses is a word of the resolved credential's name
        misspelt, cut, or two of its words joined ("ScrumMaster")."""
        code = self.decisions[(text, vendor_key, cip)].code
        if code not in self.refs.by_code:
            return False
        theirs = self.refs.by_code[code].tokens
        return all(self.words.explained_by[w, theirs] for w in self.words.tokens_of[text]
                   if w not in self.refs.token_index and not w.isdigit())

    def _another_known_vendors(self, text: str, vendor_key: str, cip: str) -> bool:
        """The typed vendor is a vendor of the list, and not the one of the credential a reading resolved to: for an
        acronym typed alone, the reading guessed wrong ("CCNA" from Cisco spelled out as a college's "College
        Certificate - Nurse Aide"). Not for longer write-ins: "MOS Excel" from Certiport, who delivers Microsoft's
        exam, is Microsoft's credential."""
        refs = self.refs
        code = self.decisions[(text, vendor_key, cip)].code
        return vendor_key in refs.vendor_keys and code in refs.by_code and refs.by_code[code].vendor_key != vendor_key

    def _every_word_known_and_named(self, text: str, vendor_key: str, cip: str) -> bool:
        """A reading every word of which the list's names use, resolved as the one credential naming all of them
        ("osha 10 general industry" for "osha10 gen industry"). Only a text the every-word rule was asked about
        (its memo table read, not filled: see fuzzy.settle) counts."""
        d = self.decisions[(text, vendor_key, cip)]
        refs = self.refs
        return (d.status == "resolved" and d.code == self.words.unique_naming.get((text, vendor_key))
                and all(w in refs.token_index for w in self.words.tokens_of[text]))

    # ---- the steps before scoring ------------------------------------------------------------------------------
    def _before_fuzzy(self, triple: Triple) -> tuple[Decision | None, list[str]]:
        """Blank, reviewed alias or a single exact name: settled without scoring. Otherwise the exact names that
        survive the number and vendor rules (several: an ambiguity the scoring must weigh)."""
        text, vendor_key, cip = triple
        refs = self.refs
        if not text:
            return Decision("needs_review", "unresolved"), []
        if text in self._alias_texts:  # most texts have no alias: one lookup, not four
            for key in ((text, vendor_key, cip), (text, vendor_key, ""), (text, "", cip), (text, "", "")):
                if key in refs.aliases:
                    code = refs.aliases[key]
                    if code == NO_CREDENTIAL:
                        return Decision("no_credential", "alias", junk_reason="reviewed: no credential"), []
                    return Decision("resolved", "alias", code, 1.0, 1.0, also=refs.alias_also.get(key, ())), []
        # the rest does not read the CIP: once per (text, vendor)
        return self._exact_or_named[text, vendor_key]

    @memoised
    def _exact_or_named(self, text: str, vendor_key: str) -> tuple[Decision | None, list[str]]:
        refs = self.refs
        words = self.words
        qnums = words.numbers_of[text]
        exact = refs.of_the_typed_vendor(words.exact_codes(text, vendor_key, qnums), vendor_key)
        shared = words.shared_acronym(text, vendor_key, qnums)
        shared = shared if shared is None else refs.of_the_typed_vendor(shared, vendor_key, by_words=True)
        if shared is not None:
            # only an acronym the list gives to several credentials ("CDA", "PLS cert"): they tie, whatever exact
            # name it also is, and the vendor or the program's CIP settles it, or a person
            if len(shared) >= 2:
                return None, shared
            exact = shared or exact
        if len(exact) >= 2 and shared is None:
            # one name written as typed, the others of its vendor only once their brackets are read away ("BLS
            # Provider" from the AHA, beside its "BLS for Healthcare Providers (CPR and AED)", which our abbreviations
            # read as "BLS Provider (CPR and AED)"): the name written so; not where what the others add is a level, a
            # tier, a variant or a number ("(Advanced)", "[Renewal]"), another credential
            whole = [c for c in exact if refs.by_code[c].key == text]
            typed = set(text.split())
            if len(whole) == 1 and refs.vendor_of(whole[0]) and all(
                    refs.vendor_of(c) == refs.vendor_of(whole[0])
                    and not any(w in _ANOTHER_CREDENTIAL or any(ch.isdigit() for ch in w)
                                for w in set(refs.by_code[c].key.split()) - typed) for c in exact):
                exact = whole
        if len(exact) == 1 and shared is None and text != refs.by_code[exact[0]].key:
            twins = self._acronym_twins(exact[0], text, vendor_key)
            if twins:
                return None, [exact[0], *twins]
        if len(exact) == 1 and vendor_key and not refs.vendor_of(exact[0]):
            # a name of no vendor, typed with a vendor that one other name holding every word typed writes
            # ("pharmacy tech" from the PTCB: "Pharmacy Technician Certification Board (PTCB) Certified Pharmacy
            # Technician (CPhT)", not the list's bare "Pharmacy Technician"): that vendor's
            # (adding only its vendor's words, acronyms and such words as "certified": not "Heartsaver Pediatric First
            # Aid CPR AED" from the AHA for the list's bare "Heartsaver First Aid CPR AED", another course)
            theirs = [c for c in words.naming_every_word[words.tokens_of[text]]
                      if refs.vendor_of(c) == vendor_key and c != exact[0]
                      and not self._adds_a_word_of_its_own(c, text)]
            if len(theirs) == 1 and not numbers_conflict(qnums, refs.by_code[theirs[0]].nums):
                return Decision("resolved", "fuzzy", theirs[0], candidates=[Candidate(theirs[0], 0.0)]), []
        if len(exact) == 1 and not vendor_key and text != refs.by_code[exact[0]].key:
            others = words.another_issuers_too[text, exact[0]]
            if others:
                # the words of one name, its acronym and such words as "certified" aside, that another name holds
                # with only its issuer's words more ("Pharmacy Technician" for "Certified Pharmacy Technician
                # (CPhT)" beside "ExCPT Pharmacy Technician Certification by NHA"; "Certified Personal Trainer"
                # for the NASM's "... (CPT)" beside "ACE Certified Personal Trainer"): several issuers'
                # credentials, which the write-in does not tell apart
                return None, [exact[0], *others]
        if len(exact) == 1:
            return Decision("resolved", "exact", exact[0], 1.0, 1.0), []
        only = _vendor_with_one_credential(refs, text)
        if only and words.naming_every_word[words.tokens_of[text]] - {only, refs.representative.get(only, only)}:
            # not a brand other names write too ("ServSafe", one row's vendor, beside "ServSafe Food Handler" and
            # "ServSafe Allergens" from the National Restaurant Association): several credentials
            only = None
        if only and not exact and only in refs.word_sets.get(words.tokens_of[text], ()):
            # the vendor's name is its one credential's words too ("PQA Plus": "PQA Plus® Certification"): exact
            return Decision("resolved", "exact", only, 1.0, 1.0), []
        if only and not exact and vendor_key in ("", refs.by_code[only].vendor_key):
            # "PTCB": the write-in names only a vendor, and the crosswalk holds one credential of that vendor. An
            # inference, not an exact name: fuzzy, with no score, so it never decides a split
            return Decision("resolved", "fuzzy", only, candidates=[Candidate(only, 0.0)]), []
        if not exact and vendor_key:
            exact = [c for c in refs.vendor_exact.get((text, vendor_key), [])
                     if not numbers_conflict(qnums, refs.by_code[c].nums)]
            if len(exact) == 1 and refs.versions.get(exact[0]):
                # the vendor's row of one version of a name: the vendor does not tell versions apart
                exact = [exact[0], *sorted(refs.versions[exact[0]])]
            if len(exact) == 1:
                return Decision("resolved", "exact", exact[0], 1.0, 1.0), []
        if not exact and shared is None and len(set(text.split())) == len(text.split()):
            # the words of exactly one name, in another order or with "certified" ("Customer Service & Sales" for
            # "Customer Service and Sales Certification"; "Certified Welding Inspector" for "Welding Inspector
            # Certification"); not a text repeating a word, which names several ("Cert. Fundamentals Cook; Cert.
            # Fundamentals Pastry Cook")
            typed = words.tokens_of[text]
            # a product's "+" is looked up without its "plus" too ("Security Plus" for "CompTIA Security"), not a
            # "plus" before a word of a name ("Core Plus Construction", a state's curriculum, is no "Construction
            # Core Certificate")
            split = text.split()
            trailing = all(split[i + 1] in GENERIC_WORDS or split[i + 1].isdigit()
                           for i, w in enumerate(split[:-1]) if w == "plus")
            pool = sorted(refs.word_sets.get(typed) or (refs.word_sets.get(typed - {"plus"}, ()) if trailing else ()))
            same = [c for c in pool if not refs.another_vendors(c, vendor_key)]
            dated = [c for c in pool if refs.versions.get(c)] if YEAR.search(text) else []
            if len(dated) == 1:
                # the words of one version's name, its year typed ("MOS Word 2016" from Microsoft, when the 2016
                # row is Certiport's): that version, whichever vendor the list writes beside it
                return Decision("resolved", "exact", dated[0], 1.0, 1.0), []
            if len(same) == 1 and refs.other_versions(same[0], pool):
                # versions of one name under two vendors ("MOS Word" from Microsoft: the 2016 row is Certiport's)
                return None, [same[0], *refs.other_versions(same[0], pool)]
            if len(same) == 1:
                twins = self._acronym_twins(same[0], text, vendor_key)
                if twins:
                    return None, [same[0], *twins]
                others = (words.another_issuers_too[text, same[0]] or words.other_issuers_titles[text, same[0]]
                          if not vendor_key else [])
                if others:
                    # as for an exact name above ("Pharmacy Technician", the words of "Certified Pharmacy Technician
                    # (CPhT)" from the PTCB, beside the NHA's "Exam for the Certification of Pharmacy Technicians")
                    return None, [same[0], *others]
                return Decision("resolved", "exact", same[0], 1.0, 1.0), []
        if not exact and shared is None:
            spelt = self._a_cut_name_spelt_out(text, vendor_key)
            if spelt:
                return Decision("resolved", "exact", spelt, 1.0, 1.0), []
        return None, exact

    def _a_cut_name_spelt_out(self, text: str, vendor_key: str) -> str | None:
        """The one name of the list that writes its words cut short before the acronym their initials spell, which
        the write-in's words spell too, each the name's word or that word cut short (list_features.cut_word):
        "Certified Production Technician" for "Cert. Prod. Tech. (CPT) – Full", "Emergency Medical Responder" for
        "Emerg. Med. Resp. (EMR)", a list written to fit a short field (one word at least marked cut by a full stop).
        Words such as "certified" match each other; None when none or several do."""
        refs = self.refs
        typed = text.split()
        mine = [w for w in typed if w not in _LINKING]
        letters = "".join(w[0] for w in mine)
        if len(typed) < 2 or not letters.isalpha():
            return None
        found = []
        for code in refs.shared_acronyms.get(letters, ()) or refs.exact.get(letters, ()):
            if letters in refs.acronyms_of.get(code, frozenset()) and not refs.another_vendors(code, vendor_key):
                before = re.split(r"\(\s*" + re.escape(letters) + r"\s*\)", refs.by_code[code].name, flags=re.I)[0]
                theirs = [w for w in refs.normalize(before).split() if w not in _LINKING]
                # (a word the name marks as cut, with a full stop: "Prod.")
                marked = {w.lower() for w in re.findall(r"([A-Za-z]+)\.", before)}
                if len(theirs) == len(mine) and any(a in marked and list_features.cut_word(a, b)
                                                    for a, b in zip(theirs, mine, strict=True)) and all(
                        a == b or a in GENERIC_WORDS and b in GENERIC_WORDS
                        or list_features.cut_word(a, b) for a, b in zip(theirs, mine, strict=True)):
                    found.append(code)
        return found[0] if len(found) == 1 else None

    def _acronym_twins(self, code: str, text: str, vendor_key: str) -> list[str]:
        """For the words of a name typed without its acronym and "certified", the other names sharing its acronym
        and holding every word typed ("Pharmacy Technician": the PTCB's "Certified Pharmacy Technician (CPhT)" and
        the NHA's "ExCPT Pharmacy Technician Certification (CPhT)"), those the numbers and a known vendor allow: the
        words tie them as the acronym does. When the name holds words not typed (its generic words or acronym), so
        does another name holding every word typed and one word of its own that no other name writes, a brand or an
        exam's name, not a level, tier or variant ("Senior"): "Pharmacy Tech" is "Pharmacy Technician Certification
        (CPhT)" or "ExCPT Pharmacy Technician Certification". Not when the name is typed whole: "OSHA 10 Hour
        General Industry cert" is the General Industry card, not also its "- Healthcare" specialty."""
        refs, words = self.refs, self.words
        name, key = refs.by_code[code].name, refs.by_code[code].key
        vendor_words = set(refs.vendor_of(code).split())
        if text == refs.normalize(_BRACKETED.sub(" ", name)) and all(
                len(inner.split()) == 1 and basic_clean(inner).lower() not in vendor_words
                for inner in _BRACKETED.findall(name)):
            # the name as the list writes it, its acronym aside ("Certified Pharmacy Technician"); not its issuer or
            # standard in brackets ("Flagger Certification (PennDOT Pub. 213)" beside "ATSSA Flagger Certification";
            # "Certified Food Protection Manager (Prometric)" beside "ServSafe Food Protection Manager")
            return []
        rep = refs.representative.get(code, code)
        typed = words.tokens_of[text]
        holding = words.naming_every_word[typed]
        qnums = words.numbers_of[text]

        def branded(c: str) -> bool:
            # (a word of its own: no other name writes it, or only names of its vendor in the list's column, another
            # than the name's, do, and it is no word of that vendor's name: a brand, "ServSafe" in the National
            # Restaurant Association's names)
            extra = refs.by_code[c].tokens - typed - GENERIC_WORDS
            theirs = refs.by_code[c].vendor_key
            return (len(extra) == 1 and not extra & (LEVEL_WORDS | TIERS | VARIANT)
                    and all(len(refs.token_index.get(w, ())) == 1
                            or theirs and theirs != refs.vendor_of(code) and w not in theirs.split()
                            and all(refs.vendor_of(h) == theirs for h in refs.token_index.get(w, ()))
                            for w in extra))

        found = {c for a in refs.acronyms_of.get(rep, ()) for c in refs.shared_acronyms.get(a, ())}
        if set(key.split()) - set(text.split()):
            found |= {c for c in holding if branded(c)}
        return sorted({c for c in found if c != rep and c in holding
                       and not numbers_conflict(qnums, refs.by_code[c].nums)
                       and not refs.another_vendors(c, vendor_key)})


_BRACKETED = re.compile(r"\([^)]*\)")
# words saying a name is another credential than the same name without them
_ANOTHER_CREDENTIAL = LEVEL_WORDS | TIERS | VARIANT | {"renewal", "recertification", "recertified"}
# an acronym in capitals written with a suffix ("RRT-NPS", "CCS-P", "CSWA-AM")
_SUFFIXED = re.compile(r"\b([A-Z]{2,6})-([A-Z]{1,4})\b")


def _core_initials(words: list[str]) -> str:
    """The initials of words, less words such as "certified" and "and"."""
    return "".join(w[0] for w in words if w not in GENERIC_WORDS and w not in list_features.SKIP and not w.isdigit())


# the small words left out of an acronym's initials (Resolver._a_cut_name_spelt_out)
_LINKING = frozenset({"and", "of", "the", "for", "in"})


def _vendor_with_one_credential(refs: ResolutionRefs, text: str) -> str | None:
    canonical = refs.vendor_alias.get(text)
    codes = refs.codes_by_vendor.get(basic_clean(canonical), []) if canonical else []
    return codes[0] if len(codes) == 1 else None

"""Resolving one raw entry into its mentions: the whole entry, or a cut into pieces when that resolves better.

An entry may name several credentials ("CNA & BLS", "MOS Word, Excel, PowerPoint"). A code reported in the row, a
junk text, or a whole that resolves exactly settles the entry as one mention. Otherwise every span of consecutive
pieces (pieces.py) is resolved once, in one batch with every other entry's (table.py), and the cut with the best
total wins: a resolved span earns its score above SPLIT_FLOOR, an unresolved one costs 1, so a cut is kept only
where its pieces resolve better than the whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import NamedTuple

from cte_credentials.resolve.cascade import Resolver
from cte_credentials.resolve.damage import repaired
from cte_credentials.resolve.decision import Candidate, Decision, to_review
from cte_credentials.resolve.normalize import basic_clean, number_counts
from cte_credentials.resolve.pieces import TEST_CODE, SpanVariant
from cte_credentials.resolve.readings import EDUCATION_AGENCY, TEST_PROVIDERS, word_forms
from cte_credentials.resolve.refs import GENERIC_WORDS, STOP_TOKENS, ResolutionRefs
from cte_credentials.resolve.spreadsheet import from_a_sheet

SPLIT_FLOOR = 0.95  # a piece must resolve above this score to be worth a cut
PIECE_ADVANTAGE = 0.1  # unresolved pieces are reviewed one by one when each beats the whole by this much
REVIEWED_PIECE = 0.1  # what an unresolved span costs for each piece it holds beyond its first
UNEXPLAINED_WORD = 0.15  # cost, for the whole of an entry, of a known word its match leaves out


class Mention(NamedTuple):
    """One credential an entry names (an entry has one mention, or one per piece of its cut)."""

    text: str  # the mention as typed (the entry, or a piece of it)
    decision: Decision
    normalized: str  # the normalised text the decision is for
    vendor_key: str


# the readings of each span (first piece, last piece) of an entry's pieces, each with its value for a cut
Options = dict[tuple[int, int], list[tuple[float, Mention | None]]]


class PendingSplit(NamedTuple):
    """An entry whose whole did not settle it: what resolve_split needs once its pieces are scored."""

    name: str
    vendor_key: str
    whole_text: str  # the whole's best reading
    whole: Decision  # and its decision
    pieces: int  # how many pieces
    spans: list[SpanVariant]  # every variant of every span of pieces
    piece_vendor_key: str  # the vendor key the pieces read with (Readings.split_source)


def resolve_entry(resolver: Resolver, name: str | None, vendor: str | None, cip: str,
                  reported_code: str | None) -> list[Mention]:
    """Resolve one raw entry into its mentions.

    One entry at a time, as the tests read it; resolve_entries does the same in two batches, scoring the split
    pieces of every entry at once (one sparse product instead of one per entry)."""
    mentions, pending = resolve_whole(resolver, name, vendor, cip, reported_code)
    if pending is None:
        return with_also_codes(mentions)
    resolver.prepare_best(split_triples(resolver, pending, cip))
    return with_also_codes(resolve_split(resolver, cip, pending))


def with_also_codes(mentions: list[Mention]) -> list[Mention]:
    """An entry's mentions with a mention more for each further code of a reviewed alias (a string a reviewer
    decided names several credentials: "FAA A&P"), after the alias's own; a code the entry has already is not
    repeated."""
    if not any(m.decision.also for m in mentions):
        return mentions
    out, codes = [], {m.decision.code for m in mentions if m.decision.status == "resolved"}
    for m in mentions:
        out.append(m)
        for code in m.decision.also:
            if code not in codes:
                codes.add(code)
                out.append(Mention(m.text, Decision("resolved", "alias", code, 1.0, 1.0), m.normalized, m.vendor_key))
    return out


def resolve_whole(resolver: Resolver, name: str | None, vendor: str | None, cip: str,
                  reported_code: str | None) -> tuple[list[Mention], PendingSplit | None]:
    """An entry's mentions when its whole settles it (reported code, junk, exact or alias, or no cut to try);
    otherwise ([], what resolve_split needs once the pieces are scored)."""
    refs, readings = resolver.refs, resolver.readings
    if reported_code and reported_code.strip().upper() in refs.by_code:
        code = reported_code.strip().upper()
        return [Mention(name or code, Decision("resolved", "reported_code", code, 1.0, 1.0), readings.normalize[name],
                        readings.vendor_key[vendor])], None
    # (characters damaged on the way between systems put back first: "CompTIA A+ â€“ Core 1 &amp; Core 2"; and
    # what a spreadsheet made of them: "NCCER Carpentry 2-Jan", "OSHA 10.00", "#NAME? (CNA)")
    name, vendor = from_a_sheet(repaired(name)), from_a_sheet(repaired(vendor))
    raw_name, raw_vendor = name, vendor
    name, vendor, vkey, reason, whole_raw = readings.entry_parts[name, vendor]
    whole_text, whole = resolver.best[whole_raw, vkey, cip] if not reason else ("", Decision("no_credential", "junk"))
    swapped = readings.fields_swapped[raw_name, raw_vendor] if whole.status != "resolved" else None
    if swapped is not None:
        # a credential typed in the vendor field beside a person, a school or an issuer in the name field ("Mr. Dale -
        # Ag Mech" from "Tractor Safety cert", "National Pork Board" from "PQA Plus"): read so when the fields as
        # typed resolve nothing and the swapped ones name a credential (or several, to cut)
        mentions, split = resolve_whole(resolver, *swapped, cip, None)
        if split is not None or any(m.decision.status == "resolved" for m in mentions):
            return mentions, split
        if reason and reason.startswith("a person's name") and any(
                m.decision.status == "needs_review" and (m.decision.score or 0.0) >= CLOSE_TO_A_CREDENTIAL
                for m in mentions):
            # a person in the name field, words close to a credential the list has no sure match for in the vendor
            # field ("Ms. Yazzie" from "Boater Ed card - DNR", "Dr. Baptiste" from "First Aid CPR"): for review,
            # not junk (not a school or a role: "Mr. Hendricks" from "Ag teacher", "Jane Smith" from "Casper College")
            return mentions, None
    if reason:
        return [Mention(name, Decision("no_credential", "junk", junk_reason=reason), basic_clean(name), vkey)], None
    if (_no_issuer(vkey) or basic_clean(vendor) in TEST_PROVIDERS) and whole.status != "resolved":
        # a test provider typed as the vendor, another issuer's credential typed: read as with no vendor typed, if
        # that resolves on the words, not by the program's CIP among close names ("Adobe Photoshop" from Certiport,
        # the list's Adobe row; "Excel Expert" from Certiport, a list writing "Certiport, Inc. (Certiport)" for its
        # own credentials); and so the state's education agency, which the school reports to ("NOCTI Plumbing"
        # from "PDE", the list's Pennsylvania Department of Education, which issues its paraprofessional licence)
        again = _read_without_the_vendor(resolver, whole_raw, cip)
        if again is None and basic_clean(vendor) in TEST_PROVIDERS:
            # (and an issuer written in the name is read as the vendor, as with none typed, where the rest is a name
            # of the list: "AAMA CMA" from Prometric; not "MTA Security Fundamentals 98-367" from Certiport, close to
            # Microsoft's SC-900 only)
            _, _, own_vkey, own_reason, own_raw = readings.entry_parts[raw_name, ""]
            if own_vkey and not own_reason:
                own_text, own = resolver.best[own_raw, own_vkey, cip]
                if own.status == "resolved" and own.method in ("exact", "alias"):
                    again, vkey = (own_text, own), own_vkey
        whole_text, whole = again or (whole_text, whole)
    if whole.status == "resolved" and whole.method in ("exact", "alias"):
        return [Mention(name, whole, whole_text, vkey)], None
    split_name, piece_vkey = readings.split_source[raw_name, raw_vendor]
    n, plan = readings.span_plan[split_name]
    if not plan:
        # (two names typed one after the other with nothing between: "EPA 608 Universal R-410A", "TIPS On-Premise
        # ServSafe Alcohol")
        run_on = _names_run_on(resolver, whole_raw, vkey, cip) if whole.status == "needs_review" else None
        return run_on or [Mention(name, whole, whole_text, vkey)], None
    return [], PendingSplit(name, vkey, whole_text, whole, n, plan, piece_vkey)


def _names_run_on(resolver: Resolver, text: str, vendor_key: str, cip: str) -> list[Mention] | None:
    """A normalised write-in of one piece that resolves to nothing, read as two names of the list typed one after
    the other with nothing between ("epa 608 universal r 410 a", "tips on premise servsafe alcohol"): where the cuts
    of its words whose two parts both resolve all name the same two credentials ("epa 608 universal" and "r 410 a",
    or "epa 608 universal r" and "410 a"), each part holds a word of its credential's own (_own_words: not a level,
    a small number or such a word as "certification"), and the two names share none. So a sibling the list lacks
    stays one mention for review: "OSHA 30 General Industry" is no "OSHA 30 Construction" and "OSHA 10 General
    Industry" (two names writing "osha"), "Carpentry Lvl 2" no "Carpentry Level 1" and a level 2 of another trade."""
    words = text.split()
    if not 3 <= len(words) <= MAX_RUN_ON_WORDS:
        return None
    refs, found = resolver.refs, {}
    listed = {w for w in _own_words(words) if w in refs.token_index}
    if len(listed) < 2 or refs.holding_every_word(listed):
        # (the cuts are not tried, each part resolved on its own, where no two names can each be written: fewer
        # than two of the words typed are own words of the list's names, or one name writes every one of them, and
        # the text is that name typed with slips, not two)
        return None
    for k in range(1, len(words)):
        left = _resolved_part(resolver, " ".join(words[:k]), vendor_key, cip)
        right = _resolved_part(resolver, " ".join(words[k:]), vendor_key, cip) if left else None
        if right:
            found.setdefault((left.decision.code, right.decision.code), (words[:k], words[k:], [left, right]))
    if len(found) != 1:
        return None
    (first, second), (typed_first, typed_second, mentions) = next(iter(found.items()))
    if first == second or first not in refs.by_code or second not in refs.by_code:
        return None
    theirs = [_own_words(refs.by_code[first].tokens), _own_words(refs.by_code[second].tokens)]
    if theirs[0] & theirs[1] or typed_second[0] in STOP_TOKENS or typed_second[0].isdigit() and len(
            typed_second[0]) <= 2:
        # (a part begun by a small word or a level's number is no name: "osha 10 general industry" and "in health
        # science", "dental assistant" and "1 infection control exam")
        return None
    for typed, own, mention in zip((typed_first, typed_second), theirs, mentions, strict=True):
        held = _own_words(typed) & own
        if not held or mention.decision.method not in ("exact", "alias") and len(held) * 2 < len(own):
            # each part writes a word of its credential's own, and a part resolved by its score half of them
            # at least ("tractor certification" is no "National Safe Tractor and Machinery Operation Certificate")
            return None
    return mentions


MAX_RUN_ON_WORDS = 12
# a part of one word is a credential's acronym, resolved exactly ("emt", "cswa"), not a word of a name ("chef",
# "cybersecurity", "performance"); a part of several words resolves exactly or scores this much at least ("science
# professional" is no "AAFCS Pre-PAC Food Science Fundamentals" at 0.33)
RUN_ON_ACRONYM = 6
RUN_ON_PART_SCORE = 0.6
# words a sibling may differ by, which name no credential by themselves (_own_words)
_QUALIFYING_WORDS = frozenset({"level", "levels", "lvl", "class", "type", "part", "grade", "tier", "phase", "i", "ii",
                               "iii", "iv", "v", "basic", "advanced", "hour", "hours", "hr"})


def _own_words(words: Iterable[str]) -> frozenset[str]:
    """The words naming a credential of its own among a text's: not such words as "certification", a level, a class
    or a type, a letter alone or a number of one or two digits ("608" and "410" are)."""
    return frozenset(w for w in words if w not in GENERIC_WORDS and w not in _QUALIFYING_WORDS and len(w) > 1
                     and not (w.isdigit() and len(w) <= 2))


def _resolved_part(resolver: Resolver, text: str, vendor_key: str, cip: str) -> Mention | None:
    """The text's mention where it resolves as a part of a run-on write-in may (RUN_ON_ACRONYM, RUN_ON_PART_SCORE),
    read with the typed vendor, else with none (the vendor typed is one part's: "ESCO" of "R-410A"); a part of one
    letter or of digits alone is none ("a", "107")."""
    if len(text) < 2 or text.replace(" ", "").isdigit():
        return None
    one_word = " " not in text
    for key in dict.fromkeys((vendor_key, "")):
        best_text, decision = resolver.best[text, key, cip]
        if decision.status != "resolved":
            continue
        outright = decision.method in ("exact", "alias")
        if one_word and outright and len(text) <= RUN_ON_ACRONYM or not one_word and (
                outright or (decision.score or 0.0) >= RUN_ON_PART_SCORE):
            return Mention(text, decision, best_text, key)
    return None


def _no_issuer(vendor_key: str) -> bool:
    """A vendor typed that issues few of the credentials typed with it: a test provider (Certiport, Pearson VUE),
    or the state's education agency, which the school reports to."""
    return vendor_key in TEST_PROVIDERS or bool(EDUCATION_AGENCY.search(vendor_key))


def _read_without_the_vendor(resolver: Resolver, raw: str, cip: str) -> tuple[str, Decision] | None:
    """A text read again with no vendor typed (for a vendor that issues few of the credentials typed with it,
    _no_issuer): its best reading and decision if that resolves on the words, not by the program's CIP among close
    names; otherwise None."""
    text, decision = resolver.best[raw, "", cip]
    return (text, decision) if decision.status == "resolved" and decision.method != "fuzzy_cip" else None


def split_triples(resolver: Resolver, pending: PendingSplit, cip: str) -> list[tuple[str, str, str]]:
    """What must be scored before resolve_split: the normalised text of every span variant, with vendor and CIP."""
    vkey, reading = pending.piece_vendor_key, resolver.readings.piece_reading
    return [(*reading[span.text, vkey], cip) for span in pending.spans]


def resolve_split(resolver: Resolver, cip: str, pending: PendingSplit) -> list[Mention]:
    """Resolve every span of consecutive pieces once (batched), then pick the cut with the best total: a resolved
    span earns its score above SPLIT_FLOOR, an unresolved one costs 1 and REVIEWED_PIECE more for each piece beyond
    its first, so a cut is kept only where its pieces resolve better than the whole, a sure match (exact, 1.0)
    outweighs two middling ones, and a piece resolving a little under the floor is not left inside a span for review
    with its neighbour ("Carpentry 1, OSHA 10", where "OSHA 10" names two cards). Each span of a cut
    takes its best reading whose credential no other span of the cut takes: a reading of "Core" carrying the first
    piece's words ("Plumbing Level Core") is no second Plumbing Level 1."""
    name, vkey, whole_text, whole, n, plan, pieces_vkey = pending
    refs, tokens_of = resolver.refs, resolver.words.tokens_of
    options: Options = {}
    junk_spans: dict[tuple[int, int], str] = {}
    best_of, reading = resolver.best, resolver.readings.piece_reading
    first_named = any(best_of[(*reading[variant, pieces_vkey], cip)][1].status == "resolved"
                      for i, j, variant, junk, _, _ in plan if i == j == 0 and not junk)
    for i, j, variant, junk, penalty, leans in plan:
        if junk:
            junk_spans.setdefault((i, j), variant)
            continue
        raw, piece_vkey = reading[variant, pieces_vkey]
        text, d = best_of[raw, piece_vkey, cip]
        if (d.status != "resolved" and _no_issuer(piece_vkey) and i == j and not penalty
                and (" " in raw or not variant.strip().isupper())):
            # a test provider or the state's education agency as the vendor, as for a whole (resolve_whole): for a
            # piece as typed (no words carried from another), not an acronym alone ("CSS" of "IT Specialist HTML
            # and CSS" is no other credential's "Customer Service and Sales (CSS)"; "Photoshop" is Adobe's)
            text, d = _read_without_the_vendor(resolver, raw, cip) or (text, d)
        if leans and not first_named and d.status == "resolved":
            # the first piece's leading words, carried over while two or more of its others are left out, when the
            # first piece names no credential: one credential the list lacks, not two ("CNC Milling Programming
            # Setup & Operations" is no "CNC Milling Operations")
            d = to_review(d)
        if d.status != "resolved" and i < j and all(TEST_CODE.fullmatch(w) or w == "and"
                                                    for w in re.findall(r"\w+", variant.split(None, 1)[-1])):
            # test codes one after another are tests of their own, never one for review ("H2, H3" of "H2-H4"; the
            # first word may be the issuer's, carried over: "ASE A6 & L3")
            continue
        value = (d.score or 0.0) - SPLIT_FLOOR - penalty if d.status == "resolved" else (
            -1.0 - REVIEWED_PIECE * (j - i) + 0.01 * (d.score or 0.0))
        options.setdefault((i, j), []).append((value, Mention(variant, d, text, piece_vkey)))
    _read_the_others_without_the_vendor(resolver, cip, plan, pieces_vkey, options)
    for key in junk_spans:
        # a junk piece ("pending") is dropped from a split, unless a reading of it resolves ("F" in "LP Gas Category
        # E and F", read as "LP Gas Category F")
        if not any(m.decision.status == "resolved" for _, m in options.get(key, [])):
            options[key] = [(0.0, None)]
    if all(options.get((k, k)) == [(0.0, None)] for k in range(n)):
        # every piece is junk, each of its own kind ("Co-op / Work Based Learning"): so is the entry
        reason = resolver.readings.junk_reason[junk_spans[(0, 0)]]
        return [Mention(name, Decision("no_credential", "junk", junk_reason=reason), basic_clean(name), vkey)]
    named_pieces = _resolved_pieces(options, n)
    singles = [m.decision.code for m in named_pieces]
    for (i, j), found in options.items():
        # a span of several pieces read as one credential pays for the words its match leaves out, as the whole
        # does ("ASE Electrical, Engine Perf" read as Engine Performance leaves out "electrical")
        if 0 < j - i < n - 1:
            options[(i, j)] = [(value - unexplained(refs, m.normalized, tokens_of[m.normalized], m.decision,
                                                    _other_words(refs, singles, m.decision.code))
                                - _piece_named_otherwise(refs, options, i, j, m.decision.code), m)
                               if m is not None and m.decision.status == "resolved" else (value, m)
                               for value, m in found]
    # the words of the credentials single pieces resolve to, other than the whole's match's
    others = _other_words(refs, singles, whole.code) if whole.status == "resolved" else frozenset()
    if whole.status == "resolved":
        left_out = unexplained(refs, whole_text, tokens_of[whole_text], whole, others)
        if whole.method == "fuzzy" and (_a_piece_names_another_exactly(refs, named_pieces, whole.code)
                                        or _words_typed_twice(refs, whole_text, whole.code, options, n)):
            # a piece typed as a whole name of the list, of another credential, that the whole's match does not
            # write ("AWS Certified Welder & AWS SENSE Level 1" read whole as the SENSE Entry Welder): the whole
            # leaves that credential out
            left_out += 1.0
        options[(0, n - 1)] = [((whole.score or 0.0) - SPLIT_FLOOR + 0.02 - left_out,
                                Mention(name, whole, whole_text, vkey))]
    for found in options.values():
        found.sort(key=lambda option: -option[0])  # stable: of equal readings, the first planned
    chosen = _best_cut(options, n)
    if len(chosen) >= 2:
        return chosen
    dropped = [junk_spans[(k, k)] for k in range(n) if options.get((k, k)) == [(0.0, None)]]
    as_typed = {variant for _, _, variant, _, penalty, _ in plan if not penalty}
    if (len(chosen) == 1 and chosen[0].decision.status == "resolved" and whole.status != "resolved" and dropped
            and chosen[0].text in as_typed
            and all(len(re.findall(r"[A-Za-z]{2,}", d)) >= 2 for d in dropped) and _ITEMS_APART.search(name)):
        # items apart (a semicolon, a line, a bar, a bullet: a numbered list as read), one naming a credential, the
        # others junk of two words or more ("OSHA 30 GI; field trip to the wind farm"): that credential, not the
        # whole for review (not a number or a word left over, "IS 700 + 701"; not a course's words cut at a comma
        # or an ampersand, "Foundations of Engineering & Technology"; the item as typed, not with words of a junk
        # item carried to it: "Driver's Auto Tech I" of "(a) Driver's Ed (b) Auto Tech I")
        return chosen
    if whole.status != "resolved":
        # nothing beats the whole by the scores, but every piece of a cut resolves to a credential of its own
        # ("InDesign, Illustrator, Animate" from Adobe, each a long name's one product word): that cut
        # (not a span read as one credential that would drop a piece's other credential: _piece_named_otherwise)
        resolved = {key: [(value, m) for value, m in found if m is not None and m.decision.status == "resolved"
                          and not (key[0] < key[1] and _piece_named_otherwise(refs, options, *key, m.decision.code))]
                    for key, found in options.items() if key != (0, n - 1)}
        chosen = _best_cut({key: found for key, found in resolved.items() if found}, n)
        if len(chosen) >= 2:
            return chosen
        mixed = _resolved_and_reviewed(options, n, whole, resolver.readings.code_of_a_series)
        if mixed:
            return mixed
        # nothing resolves, but each piece comes much closer to a credential than the whole does
        # ("ASE Brakes/Electrical/Engine Repair"): review the pieces one by one, not the whole
        finest = [options[(i, i)][0][1] if (i, i) in options else None for i in range(n)]
        if all(m is not None for m in finest):
            tops = [m.decision.candidates[0] if m.decision.candidates else Candidate(None, 0.0) for m in finest]
            if (len({top.code for top in tops}) == n
                    and min(top.score for top in tops) > (whole.score or 0.0) + PIECE_ADVANTAGE):
                return finest
    elif whole.method == "fuzzy" and (unexplained(refs, whole_text, tokens_of[whole_text], whole, others)
                                      or _a_piece_of_new_words(resolver, options, n, whole.code)):
        # (a word of the match's vendor name counts as left out when a piece resolves to a credential holding it,
        # as in the whole's value above: "retail" in "RISE Up Retail & Customer Service and Sales", matched to the
        # NRF's customer-service credential, the National Retail Federation's)
        left_out = _pieces_left_out(resolver, options, n, whole, others)
        if left_out:
            return left_out
    return [Mention(name, whole, whole_text, vkey)]


# what sets a list's items apart more surely than a comma or an ampersand (resolve_split)
_ITEMS_APART = re.compile(r"[;\n|•·]")
# the score a piece read again without the vendor typed for the entry must reach (_read_the_others_without_the_vendor)
SURE_WITHOUT_THE_VENDOR = 0.6
# the score of a reading of the vendor field, beside a person's name in the name field, that sends the entry to review
# rather than junk (resolve_whole; set between development misses, 0.54 and above, and a school's or a role's words in
# the vendor field, 0.42 and below)
CLOSE_TO_A_CREDENTIAL = 0.5


def _read_the_others_without_the_vendor(resolver: Resolver, cip: str, plan: list, vendor_key: str,
                                        options: Options) -> None:
    """One vendor typed for several credentials is the vendor of one of them ("CDA Child Development Associate &
    Florida Child Care Professional Credential" from the DCF, the state's child-care credential's): where a piece
    resolves to a credential of the typed vendor, a piece the vendor kept from resolving is read again with no vendor
    (_read_without_the_vendor), each piece as typed (no words carried from another)."""
    refs = resolver.refs
    if not vendor_key or _no_issuer(vendor_key) or vendor_key not in refs.vendor_keys or not any(
            m is not None and m.decision.status == "resolved" and refs.vendor_of(m.decision.code) == vendor_key
            for (i, j), found in options.items() if i == j for _, m in found):
        return
    reading = resolver.readings.piece_reading
    for i, j, variant, junk, penalty, _ in plan:
        found = options.get((i, j), [])
        if i != j or junk or penalty or any(m is not None and m.decision.status == "resolved" for _, m in found):
            continue
        raw, piece_vkey = reading[variant, vendor_key]
        again = _read_without_the_vendor(resolver, raw, cip) if piece_vkey == vendor_key else None
        # (on its words as typed, not a reading of them, and well: the vendor was the one thing typed against it)
        # (and a word of it rare in the list's names, or an exam's number: not a title's fragment, "Operations -
        # Level I" of NIMS's "CNC Turning: Programming, Setup & Operations - Level I")
        if again is not None and again[0] == raw and (again[1].score or 0.0) >= SURE_WITHOUT_THE_VENDOR and any(
                len(w) >= 3 and w.isdigit() or w not in GENERIC_WORDS and 0 < len(refs.token_index.get(w, ())) <= 3
                for w in raw.split()):
            text, d = again
            found.insert(0, ((d.score or 0.0) - SPLIT_FLOOR, Mention(variant, d, text, "")))


def _resolved_and_reviewed(options: Options, n: int, whole: Decision,
                           code_of_a_series: Callable[[str], bool] = lambda text: False) -> list[Mention]:
    """When the whole is unresolved: a cut some of whose pieces resolve while each other piece comes much closer to a
    credential than the whole does (its best candidate over the whole's score by PIECE_ADVANTAGE), every piece
    naming a credential of its own ("OSHA 10 Construction & First Aid/CPR": the OSHA card, and the first-aid card
    for review, not the whole for review). A test code alone, or a code of a series the list writes
    (``code_of_a_series``: "IS-775" beside the list's IS courses), names one of its own whatever its candidates,
    among other such codes only. [] when there is none."""
    bar = (whole.score or 0.0) + PIECE_ADVANTAGE

    def a_code(text: str) -> bool:
        return bool(TEST_CODE.fullmatch(text)) or code_of_a_series(text)

    kept = {}
    for key, found in options.items():
        ok = [(value, m) for value, m in found if m is None or m.decision.status == "resolved"
              or m.decision.status == "needs_review" and (
                  m.decision.candidates and m.decision.candidates[0].score > bar or a_code(m.text))]
        if ok and key != (0, n - 1):
            kept[key] = ok
    chosen = _best_cut(kept, n)
    resolved = [m.decision.code for m in chosen if m.decision.status == "resolved"]
    # (a test code alone names a test of its own, whatever its candidates: "B6" of "B2 B3 B6", a test the list lacks)
    named = resolved + [m.text if a_code(m.text) else m.decision.candidates[0].code
                        for m in chosen if m.decision.status != "resolved"]
    if len(chosen) < 2 or not resolved or len(set(named)) < len(named):
        return []
    if any(TEST_CODE.fullmatch(m.text) for m in chosen if m.decision.status != "resolved") and not all(
            TEST_CODE.fullmatch(m.text.split()[-1]) for m in chosen):
        # a test code alone is reviewed on its own only among other test codes ("ASE A5, A6 & L3")
        return []
    if any(code_of_a_series(m.text) for m in chosen if m.decision.status != "resolved") and not all(
            code_of_a_series(m.text) for m in chosen):
        # and a code of a series among other codes of it ("IS-2200 & IS-775")
        return []
    return chosen



def _pieces_left_out(resolver: Resolver, options: Options, n: int, whole: Decision,
                     others: frozenset[str]) -> list[Mention]:
    """When a whole read by a fuzzy match wins and leaves out words that name something, but a span of its pieces
    names the same credential and other pieces name something that credential does not ("Part 107 & Private Pilot
    Knowledge Test" read whole as the Private Pilot test): the span's mention and each such piece for review, in
    the order typed, so that no credential an entry names is dropped without a review. A piece is such when its
    best candidate is another credential and it names what the credential lacks (_names_what_it_lacks; "Auto
    Maintenance" beside "Light Repair", whose best candidate is the Maintenance and Light Repair certificate, is
    not); a piece resolving to another credential and holding a word of the list's the credential lacks is that
    credential (``others``: the words of the credentials pieces resolve to, which the credential's vendor name does
    not explain, see unexplained); so is a piece made of words no name of the list uses ("PenTest+", _new_word). []
    when there is no such span or piece."""
    refs, tokens_of = resolver.refs, resolver.words.tokens_of
    spans = [(value, key, m) for key, found in options.items() if key != (0, n - 1)
             for value, m in found
             if m is not None and m.decision.status == "resolved" and m.decision.code == whole.code]
    if not spans:
        return []
    _, (i, j), named = max(spans, key=lambda s: s[0])
    mentions: list[tuple[int, Mention]] = [(i, named)]
    for k in [*range(i), *range(j + 1, n)]:
        found = options.get((k, k))
        piece = found[0][1] if found else None
        if piece is None:  # a junk piece ("pending")
            continue
        # its best reading naming something else than the credential: a reading carrying the words of the span
        # named ("Nurse Aide CPR (BLS)" for "CPR (BLS)" after "Nurse Aide I") may only find that credential again
        piece = next((m for _, m in found if m is not None and _named_or_top(m) != whole.code), piece)
        if piece.decision.status == "resolved":
            # a piece naming another credential outright is that one ("EKG and Phlebotomy tech" from the NHA, read
            # whole as the phlebotomy technician with the vendor's words, which the pieces lack)
            if piece.decision.code != whole.code and unexplained(refs, piece.normalized,
                                                                 tokens_of[piece.normalized], whole, others):
                mentions.append((k, piece))
            continue
        top = _named_or_top(piece)
        if (top not in (None, whole.code) and _names_what_it_lacks(refs, piece.normalized, whole.code, top)
                or _new_word(resolver, tokens_of[piece.normalized], whole.code)):
            mentions.append((k, piece))
    return [m for _, m in sorted(mentions, key=lambda km: km[0])] if len(mentions) >= 2 else []


def _named_or_top(mention: Mention) -> str | None:
    """The code a mention resolves to, or its best candidate's."""
    d = mention.decision
    return d.code if d.status == "resolved" else (d.candidates[0].code if d.candidates else None)


def _a_piece_of_new_words(resolver: Resolver, options: Options, n: int, code: str | None) -> bool:
    """A single piece's best reading is made of words no name of the list uses (_new_word)."""
    tokens_of = resolver.words.tokens_of
    return any(found and found[0][1] is not None and _new_word(resolver, tokens_of[found[0][1].normalized], code)
               for found in (options.get((k, k), []) for k in range(n)))


def _new_word(resolver: Resolver, words: frozenset[str], code: str | None) -> bool:
    """A piece whose words, "plus" and words such as "certification" aside, are words no name of the list uses, of
    four letters or more, none a vendor's name nor the credential's own words misspelt or cut ("PenTest+" beside
    "Security+", read whole as the Security+): a credential the list lacks."""
    refs = resolver.refs
    if code not in refs.by_code:
        return False
    theirs = refs.by_code[code].tokens
    rest = [w for w in words if w not in GENERIC_WORDS and w != "plus"]
    return bool(rest) and all(len(w) >= 4 and w.isalpha() and w not in refs.token_index and w not in refs.vendor_alias
                              and not resolver.words.explained_by[w, theirs] for w in rest)


def _piece_named_otherwise(refs: ResolutionRefs, options: Options, i: int, j: int, code: str | None) -> float:
    """1 (the cost of a piece left unresolved) when a piece of the span (i, j), read alone, comes closest to another
    credential and names what the span's credential lacks (_names_what_it_lacks): read as one, the span would drop
    that piece's credential without a review ("ASE Entry Level - Brakes, Electrical, Engine Repair": "Electrical,
    Engine Repair" read as Engine Repair); else 0."""
    theirs = refs.credential_words(code) if code in refs.by_code else frozenset()
    for k in range(i, j + 1):
        found = options.get((k, k))
        piece = found[0][1] if found else None
        top = _named_or_top(piece) if piece is not None else None
        # (a piece whose every word is a word of the credential's name, or one cut or spelt out, is part of it:
        # "App Development" in "App Development with Swift Certified User", read "application development")
        if (code and top not in (None, code) and _names_what_it_lacks(refs, piece.normalized, code, top)
                and not all(any(w.startswith(t) or t.startswith(w) for t in theirs) for w in piece.normalized.split())):
            return 1.0
        if code and piece is not None and _an_exam_code_of_another(refs, piece, code):
            return 1.0
    return 0.0


def _names_what_it_lacks(refs: ResolutionRefs, text: str, code: str | None, top: str) -> bool:
    """The normalised text holds a word that the credential's name and vendor lack, other than a level and its number,
    and that is a rare word of the list's names (in at most refs.distinctive of them: "Core", "Revit"), a number ("Part
    107"), or a word of the name of ``top``, the text's best candidate ("Barber Technician" beside "Master Barber
    License", its best candidate the "Technician of Barbering License"); not "Operations - Level I" beside "CNC
    Turning: Programming, Setup", a word many names hold and a level."""
    cred = refs.by_code[code]
    words = text.split()
    levels = {"level"} | {n for w, n in zip(words, words[1:], strict=False) if w == "level" and n.isdigit()}
    lacking = set(words) - refs.credential_words(cred.code) - set(refs.vendor_of(cred.code).split()) - levels
    theirs = refs.credential_words(top)
    return any(w.isdigit() or 0 < len(refs.token_index.get(w, ())) <= refs.distinctive or w in theirs
               for w in lacking)


def _best_cut(options: Options, n: int) -> list[Mention]:
    """The mentions of the cut into spans with the best total, each span taking its best reading whose credential
    no span of the cut before it (by value) has taken; the first of equal cuts (fewest cuts first)."""
    best_total, best_mentions = -1e9, []
    for mask in sorted(range(1 << (n - 1)), key=lambda m: (bin(m).count("1"), m)):
        cuts = [k + 1 for k in range(n - 1) if mask >> k & 1]
        spans = list(zip([0, *cuts], [c - 1 for c in cuts] + [n - 1], strict=True))
        if any(key not in options for key in spans):
            continue
        picked: dict[tuple[int, int], tuple[float, Mention | None]] = {}
        used: set[str] = set()
        for key in sorted(spans, key=lambda k: -options[k][0][0]):
            for value, mention in options[key]:
                code = mention.decision.code if mention is not None and mention.decision.status == "resolved" else None
                if code is None or code not in used:
                    picked[key] = (value, mention)
                    used.update([code] if code else [])
                    break
        if len(picked) < len(spans):
            continue
        total = sum(value for value, _ in picked.values())
        if total > best_total:
            best_total, best_mentions = total, [picked[key][1] for key in spans if picked[key][1] is not None]
    return best_mentions


def _a_piece_names_another_exactly(refs: ResolutionRefs, pieces: list[Mention], code: str | None) -> bool:
    """Of the single pieces' best readings (``pieces``, _resolved_pieces), one that is a whole name of the list
    (exact or alias) of another credential than ``code``'s, its words no run of ``code``'s name; or one typed as an
    exam's code alone, read as another credential than ``code``'s ("AZ-900, AI-900" read whole as the Azure AI
    Fundamentals, whose words the Azure Fundamentals' are: the AZ-900 is a credential of its own)."""
    key = f" {refs.by_code[code].key} " if code in refs.by_code else ""
    return any(m.decision.code != code and m.decision.method in ("exact", "alias") and f" {m.normalized} " not in key
               or _an_exam_code_of_another(refs, m, code) for m in pieces)


def _an_exam_code_of_another(refs: ResolutionRefs, mention: Mention, code: str | None) -> bool:
    """A piece typed as an exam's code alone ("AZ-900"), read as another credential than ``code``'s: a credential of
    its own, which a reading of the whole or of a span holding it leaves out."""
    return (mention.decision.status == "resolved" and mention.decision.code not in (None, code)
            and basic_clean(mention.text) in refs.exam_codes)


def _words_typed_twice(refs: ResolutionRefs, text: str, code: str | None, options: Options, n: int) -> bool:
    """The whole types twice a word ``code``'s name writes once, and a reading of a single piece is another
    credential: two credentials sharing words ("Azure Fundamentals & Azure AI Fundamentals" read whole as the AI's,
    whose name holds every word of both)."""
    if code not in refs.by_code or not any(
            m is not None and m.decision.status == "resolved" and m.decision.code != code
            for i in range(n) for _, m in options.get((i, i), [])):
        return False
    name, typed = refs.by_code[code].key.split(), text.split()
    # (words of the credential's own, not its issuer's: "American Red X - American Red Cross Adult + Pediatric 1st
    # Aid/CPR/AED" types the Red Cross twice, one credential)
    own = refs.credential_words(code) - set(refs.vendor_of(code).split())
    return any(typed.count(w) > 1 and name.count(w) == 1 for w in set(typed) & own
               if w not in STOP_TOKENS and w not in GENERIC_WORDS and not w.isdigit())


def _resolved_pieces(options: Options, n: int) -> list[Mention]:
    """The best reading of each single piece of the entry that resolves to a credential."""
    tops = []
    for i in range(n):
        found = options.get((i, i))
        top = max(found, key=lambda option: option[0])[1] if found else None
        if top is not None and top.decision.status == "resolved":
            tops.append(top)
    return tops


def _other_words(refs: ResolutionRefs, codes: list[str], code: str | None) -> frozenset[str]:
    """The words of the credentials single pieces resolve to (``codes``), other than ``code``'s: of their names, less
    their issuers' (ResolutionRefs.credential_words)."""
    return frozenset(w for c in codes if c != code for w in refs.credential_words(c))


def unexplained(refs: ResolutionRefs, text: str, words: frozenset[str], decision: Decision,
                named_by_pieces: frozenset[str] = frozenset()) -> float:
    """What a fuzzy match of a whole entry (its ``words``) leaves out: each word of the entry that names some
    credential but is not in the matched one's name or its vendor's costs UNEXPLAINED_WORD, twice when it is rare
    ("core" in "NCCER Core & Carpentry Level 1" matched to Carpentry Level 1: the one word of the Core Curriculum's
    name), and so does a number typed more times than the name holds it, so a cut whose pieces account for it can
    win."""
    if decision.method != "fuzzy" or decision.code not in refs.by_code:
        return 0.0
    cred = refs.by_code[decision.code]
    # the words of its vendor's name are no other credential's ("Natl Inst for Automotive Service Excellence - ASE
    # Entry-Level Truck Brakes"), unless a piece of the entry resolves to a credential whose name holds the word
    # ("barber" in "Cosmetology & Barber license" matched to the cosmetology license, whose issuer is written "State
    # Cosmetology and Barber Board"): the word names that credential
    # (or a form of a word of its name: "cosmetology" in "Cosmetology & Manicurist license" matched to the
    # manicurist license of the "Board of Cosmetology", a piece resolving to the Cosmetologist License)
    vendor_words = {w for w in refs.vendor_of(cred.code).split()
                    if w not in named_by_pieces and not any(word_forms(w, o) for o in named_by_pieces)}
    missing = words - refs.credential_words(cred.code) - vendor_words
    # and a number typed more times than the name holds it ("AWS D1.1 and D9.1" matched to the D9.1), twice when
    # the credential a piece resolves to holds it (the D1.1)
    extra = sum(count * (1 + (number in named_by_pieces))
                for number, count in (number_counts(text) - number_counts(cred.key)).items())
    # a rare word (in at most refs.distinctive names) left out counts twice: it names another credential; so does a
    # word of the credential a piece of the entry resolves to ("safety" in "S/P2 Safety and Pollution Prevention"
    # matched whole to the Pollution Prevention, its piece "S/P2 Safety" resolving to the S/P2 Automotive Service
    # Safety), and a word both rare and a piece's credential's three times ("core" in "NCCER Core;Carpentry Level 1"
    # read as Carpentry Level 1, its piece "NCCER Core" resolving to the Core Curriculum)
    # and a word no name uses, cut from (or another form of) such a word of a piece's credential ("mill" in "NIMS
    # CNC Mill & Lathe Operations" matched whole to CNC Turning, its piece read "NIMS CNC Milling")
    # (or the initials of words of a piece's credential: "mms" in "NIMS MMS & Job Planning Benchwork Layout" matched
    # whole to the Job Planning, its piece read "NIMS Measurement, Materials & Safety")
    cut = sum(1 for w in missing if w not in refs.token_index and w.isalpha() and len(w) >= 3
              and (any(o.startswith(w) or word_forms(w, o) for o in named_by_pieces if o not in cred.tokens)
                   or any(set(run.split()) - STOP_TOKENS <= named_by_pieces - cred.tokens
                          for run in refs.initials.get(w, ()))))
    return UNEXPLAINED_WORD * (sum(1 + (len(refs.token_index[w]) <= refs.distinctive) + (w in named_by_pieces)
                                   for w in missing if w in refs.token_index and not w.isdigit()) + 2 * cut + extra)

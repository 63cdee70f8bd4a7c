"""Building the reference index (refs.ResolutionRefs) from the seed rows or a state's own credential list.

``build_refs`` checks the list, merges the codes of a credential the list holds twice (list_features.duplicates),
drops alias and alignment rows naming codes the list does not have (with a warning), then indexes: exact names and
their variants (a bracketed acronym, the name without it, the vendor before it), the acronyms a bracketed one
stands for and the initials of runs of words, names without their vendor, each name's words as a set, what the list
tells about its own words (list_features), and the arrays of candidates.py. Only credential_code, credential_name
and vendor_name are read from the list.
"""

from __future__ import annotations

import re
import warnings
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import replace

import numpy as np

from cte_credentials.errors import UserError
from cte_credentials.resolve import list_features
from cte_credentials.resolve.candidates import ScoringArrays, common_trigrams, fit_trigrams
from cte_credentials.resolve.fields import Fields
from cte_credentials.resolve.normalize import (
    VERSION_MARK,
    Normalizer,
    basic_clean,
    is_exam_code,
    numbers,
    round_brackets,
)
from cte_credentials.resolve.readings import TEST_PROVIDERS, Readings, with_one_letter_less
from cte_credentials.resolve.refs import (
    GENERIC_WORDS,
    NO_CREDENTIAL,
    STOP_TOKENS,
    Credential,
    ResolutionRefs,
    tokens,
    vendor_within,
)
from cte_credentials.resolve.renamed import renamings_of_list
from cte_credentials.resolve.words import qualifier_kinds, qualifiers_in

# a word that names what a credential covers, not which: "NCCER Core Curriculum" is "NCCER Core"
COVERAGE_WORDS = frozenset({"curriculum"})
DISTINCTIVE_SHARE = 100  # a rare word of a list names at most 1 in this many of its credentials (at most 5 anyway)
REQUIRED_COLUMNS = ("credential_code", "credential_name", "vendor_name")


# a word of four letters or more and the number right after it, in a normalised name ("firefighter 1")
_WORD_AND_NUMBER = re.compile(r"(?<= )([a-z]{4,}) (\d+)(?= )")

# the reference tables, in the order build_refs (and calibrate.fit_rule) takes them
REF_KEYS = ("crosswalk", "alignment", "aliases", "abbreviations", "vendor_aliases", "junk", "field_words",
            "vendor_fields", "renamings")


# a company's suffix at the end of a vendor's cleaned name ("Adobe Inc.", "ESCO Group, LLC", "Bloomberg L.P.")
_CORPORATE = re.compile(rf"(?:\s(?:{'|'.join(sorted(list_features.COMPANY_WORDS))}))+$")

def build_refs(crosswalk: list[dict], alignment: list[dict], aliases: list[dict], abbreviations: list[dict],
               vendor_aliases: list[dict], junk: list[dict], field_words: list[dict] | None = None,
               vendor_fields: list[dict] | None = None, renamings: list[dict] | None = None) -> ResolutionRefs:
    """Index the crosswalk for exact and fuzzy lookup. Only credential_code, credential_name, vendor_name are read
    from the crosswalk, so a state's own crosswalk with just those three columns works unchanged. A list
    resolution cannot use (no rows, a required column missing, a blank or repeated code) raises UserError naming
    the row; alias and alignment rows whose code is not in the list are ignored, counted in ``ignored``. Without
    ``field_words`` and ``vendor_fields`` (fields.py) no field is known, and none decides anything; without
    ``renamings`` (renamed.py) a former title is read as typed."""
    _check_crosswalk(crosswalk)
    as_given = crosswalk
    vendor_alias = {basic_clean(r["vendor_alias"]): r["vendor_name"] for r in vendor_aliases}
    seed_vendors = _seed_vendor_names(vendor_alias)
    # a list an old system cut at a width ("CERTIFIED PHARMACY TECHNICIAN (PTCB) - C"): its names and vendors made
    # whole as far as the list's own words tell
    tails: frozenset[str] = frozenset()
    cut_codes: frozenset[str] = frozenset()
    for column, known in (("credential_name", ()), ("vendor_name", {basic_clean(v) for v in vendor_alias.values()})):
        given = [r.get(column) or "" for r in crosswalk]
        whole = list_features.uncut_column(given, known)
        if whole is not None:
            crosswalk = [dict(r, **{column: w}) for r, w in zip(crosswalk, whole, strict=True)]
            if column == "credential_name":
                tails = list_features.cut_tails(given, whole)
                width = list_features.cut_width(given) or 0
                cut_codes = frozenset((r.get("credential_code") or "").strip() for r, v in zip(crosswalk, given,
                                                                                              strict=True)
                                      if len(v.strip()) >= width - 1)
    # a list whose export swapped its name and vendor columns on some rows ("NCCER" | "Carpentry Level 1"): those
    # rows put back
    crosswalk = list_features.swapped_columns(crosswalk, seed_vendors) or crosswalk
    # a names-only list writing each credential's issuer after a comma: that is its vendor column
    crosswalk = list_features.issuers_after_commas(crosswalk, seed_vendors) or crosswalk
    # and a list giving its vendors' web addresses ("nhanow.com"): the vendors they name
    crosswalk = list_features.vendors_of_addresses(crosswalk, vendor_alias) or crosswalk
    # and two bodies in a vendor cell ("CompTIA / Pearson VUE"): the issuer is the vendor, the partner one more
    crosswalk, partners = list_features.issuers_before_partners(crosswalk) or (crosswalk, {})
    # a heading the list writes before every name (a career field: "Health Sciences - ") is no word of a credential:
    # its names are read without it
    heads = list_features.headings([r.get("credential_name") or "" for r in crosswalk],
                                   [r.get("vendor_name") or "" for r in crosswalk])
    names = [list_features.without_heading(r.get("credential_name") or "", heads) for r in crosswalk]
    # and a catalogue number of its own some lists write before each name ("0412 - Certified Nursing Assistant"):
    # no number of the credential's, but a clerk may type it for the credential, as a code of the list
    catalogue = list_features.catalogue_numbers(names)
    if catalogue:
        names = [name for name, _ in catalogue]
    # and the CIP code of its programme some lists write after each name ("Certified Nursing Assistant (51.3902)"):
    # no word of the credential, but the list's own alignment of it to a programme, read beside the alignment seed
    cips = list_features.cips_written(names)
    if cips:
        names = [name for name, _ in cips]
        alignment = [*alignment, *({"credential_code": (r.get("credential_code") or "").strip(), "cip_code": c}
                                   for r, (_, written) in zip(crosswalk, cips, strict=True) for c in written)]
    # and a list closing most names with a tag of its own in square brackets ("Certified Nursing Assistant
    # [Statewide]", a funding category): its names without them
    names = list_features.without_tags(names, seed_vendors) or names
    # and a list writing an administrative note after many names ("Certified Nursing Assistant; must be 16 or
    # older"): its names without them
    names = list_features.without_notes(names) or names
    # and a list writing its names inverted, as a card catalogue does ("Nursing Assistant, Certified (CNA)"): its
    # names in the order a clerk types them
    names = list_features.natural_order(names) or names
    normalize = Normalizer.from_rows([*abbreviations, *list_features.state_codes_written(names)], names, GENERIC_WORDS)
    rows: list[Credential] = []
    state_vendors, same, two = _the_lists_vendors(crosswalk, normalize)
    for row, written in zip(crosswalk, names, strict=True):
        code = (row.get("credential_code") or "").strip()
        name, vendor = round_brackets(written), row.get("vendor_name") or ""
        key = normalize(name)
        rows.append(Credential(code, name, vendor, key, numbers(key), tokens(key),
                               same.get(basic_clean(vendor), basic_clean(vendor))))
    # a list may hold one credential under several codes ("Certified EKG Technician (CET)" and "Certified EKG
    # Technician"): resolution scores each credential once, under its first code, and says so (list_features)
    rep = list_features.duplicates(((c.code, c.name, c.vendor_key) for c in rows), normalize, STOP_TOKENS)
    # and names writing one issuer our alias seed knows, in the vendor column (spelled any way) or in the name, the
    # same words once its names and a few filler words are left out ("ServSafe" and the National Restaurant
    # Association; "CareerSafe" and the OSHA)
    rep |= list_features.issuer_twins(((c.code, c.name, c.vendor_key) for c in rows), normalize, GENERIC_WORDS,
                                      *_seed_vendors_named(vendor_alias, normalize, same), rep)
    # and a name whose brackets write another name whole ("Introductory Craft Skills (NCCER Core)")
    rep |= list_features.bracket_alias_twins(((c.code, c.name, c.vendor_key) for c in rows), normalize,
                                             GENERIC_WORDS, rep)
    # and a product's credential named by its field "using" it and by the product alone ("Adobe Certified
    # Professional in Visual Design Using Adobe Photoshop", "Adobe Photoshop Certified Professional")
    rep |= list_features.product_twins(((c.code, c.name, c.vendor_key) for c in rows), normalize, GENERIC_WORDS, rep)
    creds = _merged(rows, rep)
    # the state's own vendor names win: our alias seed may map one of them to another vendor ("esco institute" is
    # the EPA's in our seed, a vendor of its own in another state's list), and must not take it from the list
    seed_alias = dict(vendor_alias)
    vendor_alias.update(state_vendors)
    # our alias and alignment seeds kept beside a state's own list name codes it does not have: such rows are ignored
    # (an alias must never resolve to a code outside the list), with a count and a warning
    codes = {c.code for c in creds}
    alignment, ignored_alignment = _rows_with_known_codes(alignment, codes, "xwalk_credential_cip_alignment")
    # a reviewed "no credential" alias (code blank or NO_CREDENTIAL) holds for any list
    aliases, ignored_aliases = _rows_with_known_codes(aliases, codes, "credential_aliases",
                                                      also=frozenset({"", NO_CREDENTIAL}))
    refs = ResolutionRefs(
        normalize=normalize, credentials=creds, by_code={c.code: c for c in rows} | {c.code: c for c in creds},
        exact={}, aligned={(rep.get(r["credential_code"], r["credential_code"]), r["cip_code"]) for r in alignment},
        aliases={}, vendor_alias=vendor_alias,
        junk_exact={basic_clean(r["junk_text"]): r.get("reason") or "junk" for r in junk
                    if (r.get("match_type") or "exact") == "exact"},
        junk_contains=[(basic_clean(r["junk_text"]), r.get("reason") or "junk") for r in junk
                       if r.get("match_type") in ("contains", "item")],
        # things that are not credentials, typed beside credentials ("STNA and dual enrollment")
        junk_items=frozenset(basic_clean(r["junk_text"]) for r in junk if r.get("match_type") == "item"),
        junk_courses={basic_clean(r["junk_text"]): r.get("reason") or "junk" for r in junk
                      if r.get("match_type") == "course"},
        # words a mention made only of them (and of words such as "cert") is junk with ("no IRC earned", "see
        # portfolio"); a one-word `contains` text counts as one
        junk_words={basic_clean(r["junk_text"]): r.get("reason") or "junk" for r in junk
                    if r.get("match_type") == "word"
                    or r.get("match_type") == "contains" and " " not in basic_clean(r["junk_text"])},
        ignored={"xwalk_credential_cip_alignment": ignored_alignment, "credential_aliases": ignored_aliases},
        rows=rows, representative=rep,
    )
    held_twice: dict[str, list[Credential]] = {}
    for c in rows:
        if c.code in rep:
            held_twice.setdefault(rep[c.code], []).append(c)
    for first, members in held_twice.items():
        if len({c.vendor_key for c in members}) >= 2:
            refs.row_vendors[first] = frozenset(c.vendor_key for c in members if c.vendor_key)
        if len({c.nums for c in members}) >= 2:
            refs.row_numbers[first] = tuple(dict.fromkeys(c.nums for c in members))
    for code, partner in partners.items():
        # (a partner typed is no other vendor: refs.another_vendors; a test provider, whose tests are many issuers',
        # decides nothing, as typed anywhere)
        if basic_clean(partner) in TEST_PROVIDERS:
            continue
        first = rep.get(code, code)
        own = refs.row_vendors.get(first) or frozenset({refs.by_code[first].vendor_key} - {""})
        refs.row_vendors[first] = own | {basic_clean(partner),
                                         basic_clean(vendor_alias.get(basic_clean(partner), partner))}
    _warn_duplicates(refs)
    # known vendors are the list's own: an alias of a vendor the list does not have still reads a typed vendor
    # (and a vendor typed in the name field), but that vendor owns no credential, so it neither filters out nor
    # penalises any of the list's credentials (it counts as an unknown vendor). A blank vendor is no vendor: were
    # it known, a write-in with no vendor would pick among the list's credentials with none
    refs.vendor_keys = set(state_vendors) - set(same) - two - {""}
    refs.shared_vendor_names = frozenset(two)
    by_seed_name: dict[str, set[str]] = {}
    for vendor in refs.vendor_keys:
        seed_name = seed_alias.get(vendor)
        if seed_name and list_features.initials(seed_name) == vendor.replace(" ", ""):
            by_seed_name.setdefault(basic_clean(seed_name), set()).add(vendor)
        elif not seed_name and (bare := _CORPORATE.sub("", vendor)) != vendor and seed_alias.get(bare):
            # or by a name our seed knows, a company's suffix aside ("International Information System Security
            # Certification Consortium, Inc." for the typed "ISC2")
            by_seed_name.setdefault(basic_clean(seed_alias[bare]), set()).add(vendor)
    refs.vendor_by_seed_name = {name: min(keys) for name, keys in by_seed_name.items() if len(keys) == 1}
    # (a names-only list's issuers read off its names count: "..., Montana Board of Medical Examiners")
    written_apart = [r.get("vendor_name") or "" for r in crosswalk] if crosswalk is not as_given else []
    refs.home_states = frozenset(normalize(s) for s in list_features.home_states(names + written_apart))
    refs.headings = heads
    refs.fields = Fields.from_rows(field_words or [], vendor_fields or [], vendor_alias)
    # the renamings of the seed the list needs: a title it writes only as renamed ("Tech+" for "ITF+"; renamed.py)
    refs.renamings = renamings_of_list(renamings or [], normalize,
                                       [c.key for c in creds] + [normalize(c.vendor or "") for c in creds])
    for pattern, replacement in normalize.abbreviations:
        if " " not in pattern and " " not in replacement and pattern.isalpha():
            refs.spelled_from.setdefault(replacement, []).append(pattern)
    for c in creds:
        for m in _WORD_AND_NUMBER.finditer(f" {c.key} "):
            refs.number_series.setdefault(m.group(1), []).append((m.group(2), c.code))
    # the seed's exam codes ("220 1101", "n 10 009", "clf c 02": normalize.is_exam_code)
    refs.exam_codes = frozenset(p for p, _ in normalize.abbreviations if is_exam_code(p))
    for c in creds:
        refs.codes_by_vendor.setdefault(c.vendor_key, []).append(c.code)
    # a vendor (or alias) typed before a name is left out of it, unless the list's own names use it: a word of the
    # list's names is never stripped as a vendor ("SERVSAFE Serving Safe Food Certification": "ServSafe Manager"
    # keeps its "ServSafe"; our alias seed reads it as the National Restaurant Association)
    refs.name_phrases = phrases = set().union(*(list_features.phrases(c.key) for c in rows))
    refs.cut_codes = frozenset(rep.get(c, c) for c in cut_codes if c in refs.by_code)
    refs.cut_tails = frozenset(t for tail in tails if len(t := normalize(tail)) >= 2 and " " not in t
                               and not t.isdigit() and any(c.key.endswith(f" {t}") for c in rows))
    refs.vendor_prefixes = sorted((a for a in vendor_alias if len(a) >= 3 and a not in phrases), key=len,
                                  reverse=True)
    for alias in refs.vendor_prefixes:
        refs.prefix_by_word.setdefault(alias.split()[0], []).append(alias)
        refs.suffix_by_word.setdefault(alias.split()[-1], []).append(alias)
    contains = [phrase for phrase, _ in refs.junk_contains if phrase]
    if contains:
        alternatives = "|".join(re.escape(c) for c in sorted(contains, key=len, reverse=True))
        refs.junk_regex = re.compile(rf"(?<![a-z0-9])({alternatives})(?![a-z0-9])")
    for row in aliases:
        key = (normalize(row["normalized_name"]), basic_clean(row.get("vendor_name")), (row.get("cip_code") or ""))
        code = (row.get("credential_code") or "").strip() or NO_CREDENTIAL
        first = refs.aliases.setdefault(key, code)
        if code == first or code in refs.alias_also.get(key, ()):
            continue
        # rows of one string with several codes: it names several credentials (review-import writes a row per code)
        if NO_CREDENTIAL in (code, first):
            raise UserError(f"credential_aliases: {row['normalized_name']!r} (vendor {row.get('vendor_name') or 'any'}"
                            f", CIP {row.get('cip_code') or 'any'}) is decided both no credential and a credential "
                            f"({code if code != NO_CREDENTIAL else first}); keep one of its rows")
        refs.alias_also[key] = (*refs.alias_also.get(key, ()), code)
    for c in creds:
        for token in c.tokens:
            refs.token_index.setdefault(token, set()).add(c.code)
    full_names = {c.key for c in rows}
    codes_of_phrase: dict[str, set[str]] = {}
    for c in rows:
        for phrase in list_features.phrases(c.key):
            codes_of_phrase.setdefault(phrase, set()).add(rep.get(c.code, c.code))
    # each name without its brackets, and each credential's words outside brackets
    outer_of = {c.code: normalize(re.sub(r"\([^)]*\)", " ", c.name)) for c in rows}
    outside: dict[str, set[str]] = {}
    for c in rows:
        outside.setdefault(rep.get(c.code, c.code), set()).update(tokens(outer_of[c.code]))
    acronyms_written: list[tuple[str, str, set[str], bool]] = []
    cut = list_features.cut_length(c.name for c in rows)
    # a family of credentials a list writes under one code ("Microsoft Office Specialist - Word, Excel, PowerPoint or
    # Outlook"): each member's name is a name of it, which a clerk types ("MOS Excel")
    members = list_features.families(c.name for c in rows)
    # the list's rows by the names their vendor goes by, normalised -> vendor -> rows: the vendor's whole name, and
    # its first or last words (the name before or after its own bracket: "i car" for "I-CAR (Inter-Industry
    # Conference on Auto Collision Repair)", "asp" for "Armament Systems and Procedures (ASP)")
    by_short_name: dict[str, dict[str, list]] = {}
    for c in rows:
        vendor = normalize(c.vendor) if c.vendor else ""
        words = vendor.split()
        for short in {vendor, *(" ".join(words[:k]) for k in range(1, len(words))),
                      *(" ".join(words[k:]) for k in range(1, len(words)))} if words else ():
            by_short_name.setdefault(short, {}).setdefault(vendor, []).append(c)
    for i, c in enumerate(rows):
        code = rep.get(c.code, c.code)
        # a dict, not a set: the keys (and so the trigram vocabulary) in one order in every process
        variants = dict.fromkeys((c.key, normalize(f"{c.vendor} {c.name}"), *map(normalize, members.get(i, ()))))
        if i in members:
            # (the numbers a member's name writes are numbers of the family's: "OSHA 30 Construction" for "OSHA
            # 10-Hour or 30-Hour Construction", refs.numbers_allow)
            refs.row_numbers[code] = tuple(dict.fromkeys((*refs.row_numbers.get(code, (c.nums,)),
                                                          *(numbers(normalize(m)) for m in members[i]))))
            refs.member_keys[code] = tuple(normalize(m) for m in members[i])
        generic: set[str] = set()
        shared_by: dict[str, set[str]] = {}
        # a list without punctuation writes an acronym after its words ("BEEF QUALITY ASSURANCE BQA"): a name too
        after = list_features.acronym_after_its_words(c.name, cut=len(c.name.strip()) == cut)
        if after and not re.search(r"[()]", c.name):
            variants[normalize(after)] = None
        # "Certified Nursing Assistant (CNA)": the part in brackets is also a name people type
        own_vendor = normalize(c.vendor) if c.vendor else ""
        for inner in re.findall(r"\(([^)]+)\)", c.name):
            vendors_named = by_short_name.get(normalize(inner), {})  # the list's vendors the bracket names
            if own_vendor in vendors_named and not _spelt_by(inner, c.name):
                # the row's own issuer in brackets ("Refinish Technician Platinum Pathway, First Level (I-CAR)" from
                # "I-CAR (Inter-Industry Conference on Auto Collision Repair)"): typed alone, it names the issuer,
                # which may issue many of the list's credentials, not this one (unless the name's words spell it:
                # "National Registered EMT (NREMT)" from the NREMT)
                continue
            if len(re.sub(r"[^A-Za-z0-9]", "", inner)) >= 2:
                # not one letter ("Nuclear Medicine Technology (N)"): "N" is typed for "no", not for it
                variants[normalize(inner)] = None
                if not list_features.acronym_in_brackets(inner):
                    # words, not an acronym, that other names of the list hold too ("Certified Food Protection
                    # Manager (ServSafe)" beside "ServSafe Allergens"; "ECSA (Practical)"): typed alone, they name
                    # all of them
                    shared_by[normalize(inner)] = codes_of_phrase.get(normalize(inner), set()) - {code}
                else:
                    # another vendor of the list of that short name ("Associate Safety Professional (ASP)" beside
                    # the "Armament Systems and Procedures (ASP)" rows): typed alone, it names that vendor's
                    # credentials too
                    issued = {rep.get(o.code, o.code) for v, others in vendors_named.items() if v != own_vendor
                              for o in others}
                    if issued:
                        shared_by[normalize(inner)] = issued - {code}
                    # other names writing the acronym as words outside brackets (_share_acronyms_written_as_words)
                    words = tokens(normalize(inner))
                    written_by = {o for o in refs.holding_every_word(words) - {code} if words <= outside.get(o, set())}
                    if written_by:
                        acronyms_written.append((normalize(inner), code, written_by, False))
                    # or the words the name spells it with ("COMMERCIAL DRIVER LICENSE (CDL) CLASS A" beside
                    # "Oklahoma Commercial Driver License Class B (DPS)"), for a qualifier of another value only
                    spelt = _spelt_before(c.name, inner, normalize)
                    spelt_by = {o for o in refs.holding_every_word(spelt) - {code} - written_by
                                if spelt <= outside.get(o, set())}
                    if spelt_by:
                        acronyms_written.append((normalize(inner), code, spelt_by, True))
            outer = outer_of[c.code]
            variants[outer] = None
            # but not the rest alone when other names hold all its words ("Medical Assistant (RMA)": "Medical
            # Assistant" is in a dozen names): neither an exact name nor a key of its own for scoring
            words = tokens(outer)
            if (outer not in full_names and words
                    and len(refs.holding_every_word(words) - {code}) >= 2):
                generic.add(outer)
        for v in variants:
            if v and (v not in generic or v == c.key):
                refs.exact.setdefault(v, [])
                for named in [code, *sorted(shared_by.get(v, ()))]:
                    if named not in refs.exact[v]:
                        refs.exact[v].append(named)
                refs.keys.append(v)
                refs.key_codes.append(code)
    refs.numbers_used = frozenset(n.lstrip("0") for c in rows for n in re.findall(r"\d+", c.name))
    # a code of the list typed for the name ("COMPT003", "NCCER027"): its credential, for codes of letters and digits
    # no name is written as (codes such as "CNA" or "101" are left to the names); a list whose codes are numbers of
    # four digits or more ("1043", "3307") gives them too, but for a number a name holds or one that reads as a year
    # ("2016")
    numbered = sum(bool(_NUMBER_CODE.fullmatch(c.code.strip())) for c in rows) >= 0.9 * len(rows)
    for c in rows:
        typed = normalize(c.code)
        code = c.code.strip()
        if typed and typed not in refs.exact and (_CODE_TYPED.fullmatch(code) or (
                numbered and _NUMBER_CODE.fullmatch(code) and not _YEAR_LIKE.fullmatch(code)
                and code.lstrip("0") not in refs.numbers_used)):
            refs.exact[typed] = [c.code]
            refs.codes_typed.add(typed)
            # and typed without its dashes or dots ("ILIRC15242" for "IL-IRC-15242")
            compact = normalize(re.sub(r"[^A-Za-z0-9]", "", code))
            if compact and compact not in refs.exact:
                refs.exact[compact] = [c.code]
                refs.codes_typed.add(compact)
    # and typed without the prefix every code of the list begins with ("INF119", "inf 115" for "CT-INF119"), where
    # what is left holds letters and digits (a bare number, "5830" of "JN-5830", is left to the names)
    prefix, after = _codes_after_their_prefix(rows)
    for c, rest in after:
        typed = normalize(rest)
        if typed and typed not in refs.exact and _CODE_TYPED.fullmatch(rest):
            refs.exact[typed] = [c.code]
            refs.codes_typed.add(typed)
    shaped = [m for _, rest in after if (m := _LETTERS_THEN_DIGITS.fullmatch(rest))]
    if after and len(shaped) >= 0.9 * len(after):
        letters = {m.group(1).lower() for m in shaped}
        # (and typed glued to the prefix: "CTHLT210")
        glued = re.sub(r"[^a-z]", "", prefix.lower())
        refs.code_letters = frozenset(letters | {glued + a for a in letters})
        refs.code_digits = frozenset(len(m.group(2)) for m in shaped)
    # and the catalogue number a list writes before a name ("0412 - Certified Nursing Assistant"), typed alone
    for c, (_, number) in zip(rows, catalogue, strict=True) if catalogue else ():
        typed = normalize(number) if number else ""
        if typed and typed not in refs.exact:
            refs.exact[typed] = [c.code]
            refs.codes_typed.add(typed)
    # the state's list wins over our generic junk seed: a name it holds ("Driver License") is no placeholder
    refs.junk_exact = {t: r for t, r in refs.junk_exact.items() if normalize(t) not in refs.exact}
    _index_acronyms(refs)
    _index_vendors_named_in_names(refs)
    _share_acronyms_written_as_words(refs, acronyms_written)
    _index_issuer_parts(refs)
    _index_versions(refs)
    _index_delivered(refs)
    _index_vendor_free_names(refs)
    _learn_from_the_list(refs)
    _index_word_sets(refs)
    refs.glued_codes = frozenset(m.lower() for c in rows for m in re.findall(r"[A-Za-z]{1,5}\d{1,4}", c.name))
    refs.read_words = frozenset(
        {m.lower() for c in rows for m in re.findall(r"[A-Za-z0-9]+", c.name)} | set(refs.token_index)
        | {w for text in (*refs.vendor_alias, *refs.vendor_keys, *refs.junk_exact, *refs.junk_words)
           for w in basic_clean(text).split()})
    # a code of letters and digits ("D1.1", "GS6"), or of capitals, a dash and an exam's number ("C-102", "IS-100"),
    # as normalised ("d 1 1"), by its letters -> the codes naming it
    for c in rows:
        for m in re.findall(r"(?<![A-Za-z0-9])(?:[A-Za-z]{1,5}\d{1,4}(?:\.\d{1,3})*|[A-Z]{1,5}-\d{3,4})(?![A-Za-z0-9])",
                            c.name):
            phrase = normalize(m)
            if phrase and not phrase.split()[0].isdigit():
                refs.codes_written.setdefault(phrase.split()[0], {}).setdefault(phrase, set()).add(
                    rep.get(c.code, c.code))
    refs.distinctive = max(5, len(creds) // DISTINCTIVE_SHARE)
    refs.tfidf = fit_trigrams(refs.keys)
    refs.arrays = scoring_arrays(refs)
    refs.arrays.vendor_word_ids = _vendor_words_in_names(refs)
    return refs


def _merged(rows: list[Credential], rep: dict[str, str]) -> list[Credential]:
    """One Credential per credential: a credential the list holds under several codes keeps its first code, with the
    words of all its names (one of them may carry its acronym)."""
    words: dict[str, set[str]] = {}
    for c in rows:
        if c.code in rep:
            words.setdefault(rep[c.code], set()).update(c.tokens)
    return [replace(c, tokens=c.tokens | frozenset(words.get(c.code, ()))) for c in rows
            if rep.get(c.code, c.code) == c.code]


def _seed_vendor_names(vendor_alias: Mapping[str, str]) -> frozenset[str]:
    """Our alias seed's vendors, cleaned: its aliases and the names they stand for."""
    return frozenset({*vendor_alias, *(basic_clean(v) for v in vendor_alias.values())})


def rows_as_meant(crosswalk: list[dict], vendor_aliases: list[dict]) -> list[dict]:
    """The list's rows with the name and vendor its export swapped put back (list_features.swapped_columns), as
    build_refs reads them: what the calibration and the bench make messy variants of ("Carpentry Level 1" from
    NCCER, not "NCCER" from "Carpentry Level 1")."""
    vendor_alias = {basic_clean(r["vendor_alias"]): r["vendor_name"] for r in vendor_aliases}
    return list_features.swapped_columns(crosswalk, _seed_vendor_names(vendor_alias)) or crosswalk


def _seed_vendors_named(vendor_alias: dict[str, str], normalize: Normalizer, same: dict[str, str]) -> tuple[
        Callable[[str, str], frozenset[str]], Callable[[frozenset[str]], frozenset[str]]]:
    """For list_features.issuer_twins: (name, vendor key) -> the vendors of our alias seed that the vendor column or a
    one-word name of theirs in the name writes ("careersafe" and "osha": the Occupational Safety and Health
    Administration), and those vendors -> their one-word names, normalised. A name of several words is looked for
    in the name only as the whole of a part naming the issuer (list_features.issuer_parts): elsewhere its words may
    tell credentials apart ("safety" in "S/P2", Safety and Pollution Prevention)."""
    one_word: dict[str, set[str]] = {}
    whole: dict[str, str] = {}
    for alias, name in vendor_alias.items():
        vendor = basic_clean(name)
        for text in (alias, vendor):
            if text and " " not in text:
                one_word.setdefault(text, set()).add(vendor)
            elif text:
                whole[basic_clean(text)] = vendor
    spelt: dict[str, set[str]] = {}
    for word, vendors in one_word.items():
        for vendor in vendors:
            spelt.setdefault(vendor, set()).update({word, normalize(word)})

    def named(name: str, vendor: str) -> frozenset[str]:
        found = {v for w in basic_clean(name).split() for v in one_word.get(w, ())}
        # or a longer name of theirs making the whole of a part naming the issuer ("Core – Introductory Craft Skills
        # (National Center for Construction Education & Research)")
        found |= {whole[p] for p in map(basic_clean, list_features.issuer_parts(name, normalize)) if p in whole}
        if vendor:
            seed = vendor_alias.get(vendor) or vendor_alias.get(same.get(vendor, vendor))
            found.add(basic_clean(seed) if seed else vendor)
        return frozenset(found)

    def words(vendors: frozenset[str]) -> frozenset[str]:
        return frozenset(w for v in vendors for w in spelt.get(v, ()))

    return named, words


def _warn_duplicates(refs: ResolutionRefs) -> None:
    """Say how many codes name a credential the list holds under another code too, with an example."""
    others = [code for code, first in refs.representative.items() if code != first]
    if others:
        code = others[0]
        first = refs.representative[code]
        warnings.warn(f"xwalk_credentials: {len(others)} of {len(refs.rows)} codes name the same credential as an "
                      f"earlier code (the same words, once brackets, punctuation, an acronym, words such as "
                      f"'certified', the vendor's own name, a state's name and a part naming the issuer are left "
                      f"out, or one name written whole in the "
                      f"other's brackets; for example {code!r} "
                      f"{refs.by_code[code].name!r} = {first!r} {refs.by_code[first].name!r}): their mentions resolve "
                      f"to the first code", stacklevel=3)


def _the_lists_vendors(crosswalk: list[dict], normalize: Normalizer
                       ) -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    """The list's vendors: (cleaned vendor name -> as first spelled, or as its fuller spelling is; each spelling of
    a vendor the list spells two ways -> its fuller name; the spellings two vendors may have). One vendor spelled
    two ways ("NHA", "National Healthcareer Association") is one vendor under its fuller name, so the typed "NHA" is
    the vendor of both spellings' credentials; a name two vendors may have ("AWS") names neither when typed
    (list_features.same_vendors)."""
    spelled: dict[str, str] = {}
    words: dict[str, set[str]] = {}
    for row in crosswalk:
        vendor = basic_clean(row.get("vendor_name"))
        spelled.setdefault(vendor, row.get("vendor_name") or "")
        words.setdefault(vendor, set()).update(
            w for w in tokens(normalize(row.get("credential_name") or "")) if w.isalpha() and w not in GENERIC_WORDS)
    same, two = list_features.same_vendors(spelled, {v: frozenset(ws - set(v.split())) for v, ws in words.items()},
                                           as_written=spelled, spell=normalize)
    for short, full in same.items():
        if short not in two:
            spelled[short] = spelled[full]
    return spelled, same, two


def _check_crosswalk(crosswalk: list[dict]) -> None:
    """Raise UserError, naming the row (counted from 1 after the header), for a list resolution cannot use."""
    where = "the credential list (xwalk_credentials)"
    if not crosswalk:
        raise UserError(f"{where} has no rows")
    missing = [c for c in REQUIRED_COLUMNS if c not in crosswalk[0]]
    if missing:
        raise UserError(f"{where} has no column {', '.join(missing)} (required: {', '.join(REQUIRED_COLUMNS)}; "
                        f"found: {', '.join(map(str, crosswalk[0])) or 'none'})")
    first_row: dict[str, int] = {}
    for i, row in enumerate(crosswalk, start=1):
        code = (row.get("credential_code") or "").strip()
        at = f"{where}, row {i} after the header"
        if not code:
            raise UserError(f"{at}: credential_code is blank (credential_name {row.get('credential_name') or ''!r}); "
                            "every credential needs a code")
        if code in first_row:
            raise UserError(f"{at}: credential_code {code!r} repeats row {first_row[code]}; each credential needs a "
                            "code of its own")
        first_row[code] = i


def _rows_with_known_codes(rows: list[dict], codes: set[str], seed: str,
                           also: frozenset[str] = frozenset()) -> tuple[list[dict], int]:
    """The rows whose credential_code is in the list (or in ``also``), and how many others were left out, which a
    warning counts with an example."""
    kept, left_out = [], []
    for row in rows:
        code = (row.get("credential_code") or "").strip()
        (kept if code in codes or code in also else left_out).append(row)
    if left_out:
        warnings.warn(f"{seed}: {len(left_out)} of {len(rows)} rows name a credential_code not in the credential "
                      f"list (for example {left_out[0].get('credential_code') or ''!r}): ignored", stacklevel=3)
    return kept, len(left_out)




# a bracket's text written as an acronym: capitals, perhaps a small letter, digits, a dash or a slash ("SHRM-CP",
# "CPhT", "CFOS/S"), not words ("PA Department of Health", "Machining Level I")
_AN_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9]*[A-Z0-9](?:[-/][A-Za-z0-9]+)*")


def _index_acronyms(refs: ResolutionRefs) -> None:
    """Acronyms, two ways. (1) A bracketed acronym ("Emergency Medical Technician (EMT)") also names every other
    credential whose name holds the words it stands for ("NREMT Emergency Medical Technician") and has no acronym
    of its own, so "EMT" alone is an ambiguity for review, not an exact match. (2) The initials of every run of
    2-5 words of a name ("mta" for "microsoft technology associate", "coa" for "certificate of achievement"), so
    a write-in that abbreviates part of a name can be read with the words spelled out (see readings.spelled_out)."""
    normalize = refs.normalize
    bracketed = {refs.representative.get(c.code, c.code) for c in refs.rows if "(" in c.name}
    keys: dict[str, list[str]] = {}
    for c in refs.rows:
        keys.setdefault(refs.representative.get(c.code, c.code), []).append(c.key)
    for c in refs.rows:
        code = refs.representative.get(c.code, c.code)
        outer = normalize(re.sub(r"\([^)]*\)", " ", c.name))
        outer_tokens = tokens(outer)
        for inner in re.findall(r"\(([^)]+)\)", c.name):
            acronym = normalize(inner)
            if not acronym or not outer_tokens or " " in acronym:
                continue
            if basic_clean(inner) not in list_features.spelt_acronyms(c.name):
                # only an acronym the words spell ("EMT" for "Emergency Medical Technician"): "Certified Pharmacy
                # Technician (CPhT)" does not make "Pharmacy Technician" a CPhT, nor "Certified Medical Assistant
                # (CCMA)" make "Certified Medical Assistant" (a CMA) a CCMA
                continue
            others = refs.holding_every_word(outer_tokens) - {code}
            for other in sorted(others):
                # a credential with an acronym of its own ("CSWA-AM") is named by that one
                if (other in bracketed or not any(f" {outer} " in f" {key} " for key in keys[other])
                        or other in refs.exact.get(acronym, [])):
                    continue
                refs.exact.setdefault(acronym, []).append(other)
        words = outer.split()
        # a word that is the name's acronym spells no longer acronym with the words it stands for ("CMA (AAMA)
        # Certified Medical Assistant" is no "CCMA")
        own = list_features.own_word_acronym(c.name)
        # a word of two letters written in capitals is an acronym already, whose letters an acronym of a run keeps
        # ("IT Specialist": ITS; "IT Fundamentals": ITF); a name written all in capitals tells no acronym
        letters_kept = {w.lower() for w in list_features.CAPITALS.findall(c.name) if len(w) == 2} \
            if any(ch.islower() for ch in c.name) else set()
        # the acronyms the name writes in brackets, run together ("SHRM Certified Professional (SHRM-CP)": shrmcp)
        written = {re.sub(r"[^a-z0-9]", "", inner.lower()) for inner in re.findall(r"\(\s*([^)]+?)\s*\)", c.name)
                   if len(inner) <= 12 and _AN_ACRONYM.fullmatch(inner)}
        for size in range(2, 6):
            for start in range(len(words) - size + 1):
                run = words[start : start + size]
                if size == len(words) and written and "".join(w[0] for w in run) not in written:
                    # the initials of every word of a name that writes its own acronym are not its acronym ("SCP"
                    # is no "SHRM Certified Professional (SHRM-CP)": the SHRM-SCP, which the list may lack)
                    continue
                # (a run beginning or ending with a small word an acronym skips is no acronym's: "Associate in" of
                # "Certified Associate in Project Management" is no "AI")
                if (all(w.isalpha() for w in run) and own not in run
                        and run[0] not in list_features.INITIALS_SKIP and run[-1] not in list_features.INITIALS_SKIP):
                    refs.initials.setdefault("".join(w[0] for w in run), set()).add(" ".join(run))
                    if letters_kept.intersection(run):
                        refs.initials.setdefault("".join(w if w in letters_kept else w[0] for w in run),
                                                 set()).add(" ".join(run))
                    # and without the small words an acronym skips ("Certified Park and Recreation Professional":
                    # CPRP; "Entry Certificate in Business Analyst": ECBA)
                    if any(w in list_features.INITIALS_SKIP for w in run[1:-1]):
                        letters = "".join(w[0] for w in run if w not in list_features.INITIALS_SKIP)
                        if len(letters) >= 2:
                            refs.initials.setdefault(letters, set()).add(" ".join(run))

    refs.vocabulary_words = sorted(refs.token_index)
    for word in refs.vocabulary_words:
        if word.isalpha():
            refs.words_by_length.setdefault(len(word), []).append(word)
            for key in with_one_letter_less(word):
                refs.one_letter_less.setdefault(key, []).append(word)
            if len(word) >= 4:
                refs.words_by_ending.setdefault(word[-4:], []).append(word)


def _learn_from_the_list(refs: ResolutionRefs) -> None:
    """Shared acronyms and sibling words (see list_features), from the list's own names."""
    found = list_features.acronyms(((refs.representative.get(c.code, c.code), c.name) for c in refs.rows),
                                   refs.normalize, GENERIC_WORDS)
    list_features.held_as_the_vendors_acronym(
        [(refs.representative.get(c.code, c.code), c.name, refs.vendor_of(c.code)) for c in refs.rows], found,
        refs.normalize)
    list_features.initials_the_issuer_spelt_otherwise(
        [(refs.representative.get(c.code, c.code), c.name, refs.vendor_of(c.code)) for c in refs.rows], found,
        refs.normalize)
    list_features.spelt_with_the_issuers_words(
        [(refs.representative.get(c.code, c.code), c.name, _vendor_words(refs, refs.vendor_of(c.code)))
         for c in refs.rows], found, refs.normalize, GENERIC_WORDS)
    refs.shared_acronyms = {a: sorted(codes) for a, codes in found.items() if len(codes) >= 2}
    written: dict[str, set[str]] = {}
    for c in refs.rows:
        written.setdefault(refs.representative.get(c.code, c.code), set()).update(
            list_features.written_acronyms(c.name, refs.normalize))
    refs.acronyms_of = {code: frozenset(found_) for code, found_ in written.items() if found_}
    outer = {c.code: tokens(refs.normalize(re.sub(r"\([^)]*\)", " ", c.name))) for c in refs.credentials}
    refs.core = {c.code: list_features.core_words(c.name, refs.normalize, STOP_TOKENS)[0] for c in refs.credentials}
    refs.siblings = list_features.sibling_words({code: words for code, words in outer.items() if words})
    refs.level_words = list_features.level_words({code: words for code, words in outer.items() if words})
    refs.swaps = list_features.swap_words({code: words for code, words in outer.items() if words})


def _codes_after_their_prefix(rows: list) -> tuple[str, list[tuple]]:
    """The prefix (letters and a dash, dot or space) that nine codes in ten of the list begin with, and each code so
    begun with what follows it: "CT-", [(row, "INF119"), ...]. ("", []) where the codes share no such prefix."""
    prefixes = Counter(m.group(0).upper() for c in rows if (m := _CODE_PREFIX.match(c.code.strip())))
    if not prefixes:
        return "", []
    prefix, count = prefixes.most_common(1)[0]
    if count < 0.9 * len(rows):
        return "", []
    return prefix, [(c, code[len(prefix):]) for c in rows if (code := c.code.strip()).upper().startswith(prefix)]


_CODE_PREFIX = re.compile(r"[A-Za-z]{1,4}[-. ]")
_LETTERS_THEN_DIGITS = re.compile(r"([A-Za-z]{2,4})[-. ]?(\d{2,6})")
# a credential code a write-in may give for the name: letters and digits, five characters or more, a dash or a dot
# between them allowed; or, in a list of such codes, a number of four digits or more, not one reading as a year
_CODE_TYPED = re.compile(r"(?=.*[A-Za-z])(?=.*\d)[A-Za-z0-9][A-Za-z0-9.\-]{3,}[A-Za-z0-9]")
_NUMBER_CODE = re.compile(r"\d{4,}")
_YEAR_LIKE = re.compile(r"(?:19[89]|20[0-3])\d")


def _spelt_by(inner: str, name: str) -> bool:
    """The bracket's letters are the first letter of the name outside its brackets, then others of it in their
    order ("NREMT" in "National Registered EMT", "YQCA" in "Youth for the Quality Care of Animals")."""
    letters = re.sub(r"[^a-z0-9]", "", inner.lower())
    outer = re.sub(r"[^a-z0-9]", "", re.sub(r"\([^)]*\)", " ", name).lower())
    return bool(letters and outer) and letters[0] == outer[0] and list_features.letters_in_order(letters, outer)


def _vendor_words(refs: ResolutionRefs, vendor: str) -> frozenset[str]:
    """The words of a vendor key and of the name our alias seed gives it ("nremt": "national registry of emergency
    medical technicians")."""
    return frozenset(vendor.split()) | frozenset(refs.normalize(refs.vendor_alias.get(vendor) or "").split())


def _index_word_sets(refs: ResolutionRefs) -> None:
    """Each name's words as a set, with and without its acronym (see ResolutionRefs.word_sets)."""
    own = _own_words(refs)
    for c in refs.rows:
        code = refs.representative.get(c.code, c.code)
        outer = tokens(refs.normalize(re.sub(r"\([^)]*\)", " ", c.name)))
        # and without the parts naming its issuer ("NCCER Core Curriculum - National Center for Construction
        # Education and Research"), when no other name holds the words left ("Certified Pharmacy Technician -
        # Pharmacy Technician Certification Board" beside the NHA's "Certified Pharmacy Technician (ExCPT)")
        bare = tokens(refs.normalize(list_features.without_issuer_parts(c.name, refs.normalize)))
        bare = bare if bare and not refs.holding_every_word(bare) - {c.code, code} else c.tokens
        for words in {c.tokens, outer, list_features.core_words(c.name, refs.normalize, STOP_TOKENS)[0], bare,
                      own.get(c.code) or c.tokens}:
            # the list may write "Security+" as "CompTIA Security": a "+" ("plus") is looked up without it too, but
            # not down to letters alone ("A+ Certification" is not named by an "A" typed)
            for kept in {words, words - {"plus"}, words - COVERAGE_WORDS}:
                if kept and any(len(w) > 1 for w in kept):
                    refs.word_sets.setdefault(kept, set()).add(code)


def _own_words(refs: ResolutionRefs) -> dict[str, frozenset[str]]:
    """Each name's own words: without its brackets and its issuer's part ("Certified Medical Assistant (CMA) -
    American Association of Medical Assistants": "medical assistant"), for the names whose own words no other name
    holds with nothing more than issuers' names (words of the list's vendors or of our vendor-alias seed): "Certified
    Pharmacy Technician - Pharmacy Technician Certification Board" is not named by "Pharmacy Technician" beside "NHA
    Certified Pharmacy Technician (ExCPT)"; "Medical Administrative Assistant" beside does not stop it. Another
    name's words, that the write-in lacks, would tell the two apart. Only names whose brackets (issuer's part aside)
    hold the acronym their words spell, if any."""
    own = {c.code: list_features.without_issuer_parts(c.name, refs.normalize) for c in refs.rows}
    plain = {code: tokens(refs.normalize(re.sub(r"\([^)]*\)", " ", name))) for code, name in own.items()}
    issuers = set(refs.vendor_alias) | {w for v in refs.vendor_keys for w in v.split()}
    out: dict[str, frozenset[str]] = {}
    for c in refs.rows:
        words = plain[c.code]
        spelt = list_features.spelt_acronyms(own[c.code])
        if any(re.sub(r"[^a-z0-9]", "", inner.lower()) not in spelt for inner in re.findall(r"\(([^)]*)\)",
                                                                                             own[c.code])):
            # only brackets holding the acronym its words spell ("(CMA)"): not "(ExCPT)", the NHA's, whose words
            # "Pharmacy Technician Certification Exam" has too; not "(Office 2019)", a version
            continue
        same = {c.code, refs.representative.get(c.code, c.code)}
        others = refs.holding_every_word(words) - same
        if words and not any(plain.get(o, frozenset()) - words <= issuers for o in others):
            out[c.code] = words
    return out


def _index_vendor_free_names(refs: ResolutionRefs) -> None:
    """"American Heart Association BLS Provider": a name that starts with its own vendor (or an alias of it) is
    also an exact name without the vendor ("BLS Provider"), but only for a write-in whose vendor field names that
    vendor, since "First Aid" alone could be anyone's."""
    by_vendor: dict[str, set[str]] = {}
    for alias, canonical in refs.vendor_alias.items():
        by_vendor.setdefault(basic_clean(canonical), set()).update({alias, refs.normalize(alias)})
    for c in refs.rows:
        code = refs.representative.get(c.code, c.code)
        # a row without a vendor: the vendor its name writes (vendor_written), its acronym in brackets left out
        # too ("DANB Certified Dental Assistant (CDA)" is "Certified Dental Assistant" from the DANB)
        vendor = c.vendor_key or refs.vendor_written.get(c.code, "")
        # a row with a vendor: its acronym in brackets left out ("ACF Certified Fundamentals Cook (CFC)" is
        # "Certified Fundamentals Cook" from the ACF), not other words in brackets
        keys = list(dict.fromkeys([c.key, refs.normalize(re.sub(
            r"\(([^)]*)\)", lambda m: " " if list_features.acronym_in_brackets(m.group(1)) else m.group(0), c.name))]
            if c.vendor_key else [c.key, refs.normalize(re.sub(r"\([^)]*\)", " ", c.name))]))
        keys += [k for k in (" ".join(w for w in key.split() if w not in COVERAGE_WORDS) for key in keys)
                 if k not in keys]
        for alias in by_vendor.get(vendor, ()):
            for key in keys:
                if alias and key.startswith(alias + " "):
                    rest = key[len(alias) + 1 :]
                    codes = refs.vendor_exact.setdefault((rest, vendor), [])
                    if code not in codes:
                        codes.append(code)


def _index_vendors_named_in_names(refs: ResolutionRefs) -> None:
    """A credential the list gives no vendor whose name holds one vendor, or an alias of it, and no other, is that
    vendor's (ResolutionRefs.vendor_written); the vendors any name holds are indexed too, whatever its vendor column
    says (ResolutionRefs.vendors_named). A vendor of the list tells whether a typed vendor is another ("FAA TRUST
    Recreational UAS Safety Test Certificate" beside the Federal Aviation Administration's rows:
    ResolutionRefs.another_vendors); any vendor our alias seed knows tells tied credentials apart ("Certified
    Personal Trainer (CPT) - NASM": ResolutionRefs.of_the_typed_vendor)."""
    by_alias: dict[str, set[str]] = {}
    # an alias that is its vendor's initials names the vendor only written in capitals ("Certified Robotic Arc
    # Welding" is not the American Red Cross's, "ARC")
    initials_of: dict[str, set[str]] = {}
    for alias, canonical in refs.vendor_alias.items():
        for a in (alias, refs.normalize(alias)):
            if a:
                by_alias.setdefault(a, set()).add(basic_clean(canonical))
                if " " not in a and a == list_features.initials(canonical):
                    initials_of.setdefault(a, set()).add(basic_clean(canonical))
    longest = max((len(a.split()) for a in by_alias), default=1)
    for c in refs.rows:
        capitals = {w.lower() for w in list_features.CAPITALS.findall(c.name)}
        # (runs as long as the longest alias: "National Center for Construction Education and Research")
        named = set().union(*(by_alias.get(p, set()) - (initials_of.get(p, set()) if p not in capitals else set())
                              for p in list_features.phrases(c.key, longest) if p in by_alias))
        if named:
            refs.vendors_named[c.code] = frozenset(named)
        if not c.vendor_key and len(named) == 1:
            refs.vendor_written[c.code] = next(iter(named))


def _spelt_before(name: str, inner: str, normalize: Normalizer) -> frozenset[str]:
    """The words just before an acronym in brackets whose initials spell it ("Commercial Driver License (CDL)"),
    normalised; none when they do not."""
    letters = re.sub(r"[^a-z]", "", inner.lower())
    at = name.find(f"({inner})")
    before = [w for w in re.split(r"[^A-Za-z0-9]+", name[:at]) if w] if at > 0 else []
    run = before[-len(letters):] if 2 <= len(letters) <= 6 else []
    if len(run) != len(letters) or "".join(w[0] for w in run).lower() != letters:
        return frozenset()
    return frozenset(tokens(normalize(" ".join(run))))


def _share_acronyms_written_as_words(refs: ResolutionRefs, written: list[tuple[str, str, set[str], bool]]) -> None:
    """An acronym a name writes in brackets that another vendor's names write as words outside brackets names
    those too, typed alone ("EMT" in the National Registry's "NATIONAL REGISTRY EMT (NREMT)" beside the state
    office's "Virginia Emergency Medical Technician (EMT)"; the AHA's "AHA BLS Provider" beside the Red Cross's "Basic
    Life Support (BLS)"): its exact name is theirs too, and the vendor or a person settles it. ``written``: (the
    acronym normalised, the code writing it in brackets, the codes writing its words). Not the same vendor's names,
    nor a name of no known vendor: there, such names are most often one credential listed twice ("POWERED
    INDUSTRIAL TRUCK (FORKLIFT) OPERATOR" beside "Forklift Operator Certification"), unless the same vendor's
    names give a qualifier two values (words.qualifier_kinds: "Class A", "Class B") or begin with the acronym's
    words, a programme's name, each with words of its own (_a_programme). ``written`` also holds, flagged,
    the codes writing the words the name spells the acronym with ("Commercial Driver License (CDL) Class A" beside
    "Oklahoma Commercial Driver License Class B"): those share it only when a qualifier has another value, whatever
    the vendors (such words are in many names: "College Certificate - Nurse Aide" is no "CNA")."""
    def qualifiers(code: str) -> dict[str, str]:
        return qualifier_kinds(qualifiers_in(refs.by_code[code].key))

    for acronym, code, others, spelt in written:
        vendor, mine = refs.vendor_of(code), qualifiers(code)
        for other in sorted(others):
            theirs = refs.vendor_of(other)
            # or the same vendor's, when the names give one kind of qualifier two values ("Virginia Commercial
            # Driver's License (CDL) Class A" beside "Virginia CDL - Class B"): two credentials
            two_values = any(mine.get(kind, value) != value for kind, value in qualifiers(other).items())
            apart = theirs != vendor or two_values or not spelt and _a_programme(refs, acronym, code, other)
            if (two_values if spelt else vendor and theirs and apart) and other not in refs.exact.get(acronym, []):
                refs.exact.setdefault(acronym, []).append(other)


def _a_programme(refs: ResolutionRefs, acronym: str, code: str, other: str) -> bool:
    """Beside the acronym's words, each name holds a word the other lacks, a number and such words as "certified"
    aside: the acronym names a programme of several credentials ("Microsoft Office Specialist (MOS): Word Associate"
    beside "Microsoft Office Specialist: Excel Associate"), not one credential listed twice."""
    words = tokens(acronym)
    if any(ch.isdigit() for ch in acronym):
        return False  # a code ("D1.1"), whose digits other names write in other codes
    if not all(refs.by_code[c].key.startswith(f"{acronym} ") for c in (code, other)):
        return False  # the programme's name first in both
    mine, theirs = ({w for w in refs.credential_words(c) - words - GENERIC_WORDS if not w.isdigit()}
                    for c in (code, other))
    return bool(mine - theirs) and bool(theirs - mine)


def _index_issuer_parts(refs: ResolutionRefs) -> None:
    """The words of a part of a name, in brackets or after a dash, that holds a word naming an organisation
    ("Manicurist License (Tennessee Board of Cosmetology and Barber Examiners)": ResolutionRefs.issuer_words), and
    the codes each word of an issuer (those, or its vendor's name) issues (ResolutionRefs.issued_by)."""
    for c in refs.rows:
        words = tokens(" ".join(list_features.issuer_part_words(c.name, refs.normalize)))
        # and each part's initials, as the issuer's acronym is typed ("NASM" for "(National Academy of Sports
        # Medicine)"), unless the name writes them as a word of its own ("LPIC - Linux Professional Institute
        # Certification": the credential's acronym)
        words |= {i for part in list_features.issuer_parts(c.name, refs.normalize)
                  if (i := list_features.initials(part)) and len(i) >= 3 and i not in c.tokens}
        if words:
            refs.issuer_words[c.code] = frozenset(words)
            only = words - tokens(refs.normalize(list_features.without_issuer_parts(c.name, refs.normalize)))
            if only:
                refs.issuer_only[c.code] = frozenset(only)
        for w in words | set(refs.vendor_of(c.code).split()):
            refs.issued_by.setdefault(w, set()).add(c.code)


# an exam's code in brackets, the version of a credential a list may write twice ("CompTIA Security+ (SY0-601)" and
# "(SY0-701)", "IC3 Digital Literacy Certification (GS5)"): digits, each word a code of letters in runs of three at
# most, or "exam" or "&"
_BRACKET = re.compile(r"\(([^()]*)\)")
_CODE_WORD = re.compile(r"[a-z]{0,3}[-.]?\d+[a-z]{0,3}(?:[-.][a-z0-9]{1,4})*|[a-z]{1,3}|exam|&", re.I)


def _without_exam_codes(name: str) -> str:
    """The name without its brackets holding only exam codes ("(SY0-601)", "(220-1101 and 220-1102)")."""
    return _BRACKET.sub(lambda m: " " if any(ch.isdigit() for ch in m.group(1))
                        and all(_CODE_WORD.fullmatch(w) for w in m.group(1).split()) else m.group(0), name)


def _index_versions(refs: ResolutionRefs) -> None:
    """Names that differ only in a version's year or in an exam's code in brackets (ResolutionRefs.versions): the
    vendor column tells them apart no better than a write-in naming neither does."""
    by_bare: dict[str, list[str]] = {}
    for c in refs.rows:
        bare = _without_exam_codes(VERSION_MARK.sub(" ", c.name))
        by_bare.setdefault(" ".join(re.sub(r"\(\s*\)", " ", bare).split()), []).append(c.code)
    for codes in by_bare.values():
        if len(codes) < 2 or not any(VERSION_MARK.search(refs.by_code[c].name) or _without_exam_codes(
                refs.by_code[c].name) != refs.by_code[c].name for c in codes):
            continue
        for code in codes:
            others = frozenset(c for c in codes if refs.by_code[c].name != refs.by_code[code].name)
            if others:
                refs.versions[code] = others


def _index_delivered(refs: ResolutionRefs) -> None:
    """Each vendor's one word, words such as "Inc." aside (ResolutionRefs.vendor_word), and the vendors of the list
    whose one word another vendor's rows write in their names: that vendor delivers their tests
    (ResolutionRefs.delivers; "Certiport", "Pearson VUE")."""
    by_word: dict[str, set[str]] = {}
    for v in refs.vendor_keys:
        core = [w for w in v.split() if w not in list_features.COMPANY_WORDS]
        if len(core) == 1:
            refs.vendor_word[v] = core[0]
            if len(core[0]) >= 3:
                by_word.setdefault(core[0], set()).add(v)
    delivers: dict[str, set[str]] = {}
    for c in refs.rows:
        mine = refs.vendor_of(c.code)
        for w in c.tokens & by_word.keys():
            delivers.setdefault(mine, set()).update(v for v in by_word[w] if v != mine)
    refs.delivers = {v: frozenset(ws) for v, ws in delivers.items() if ws and v}


def _family_numbers(nums: frozenset[str], family: frozenset[str]) -> tuple[tuple[str, str], ...]:
    """A name's numbers of a family (list_features.family_numbers), as version codes with no letters: a write-in
    typing another of the name's numbers may leave them out ("EPA type 3" for "EPA Section 608 Technician
    Certification – Type III")."""
    return tuple(("", n) for n in sorted(nums & family))


def _vendors_within(vendor_ids: dict[str, int]) -> np.ndarray:
    """Sorted keys a * len(vendor_ids) + b of the vendor pairs whose first's words are all words of the second, longer
    one (refs.vendor_within), found through the vendors holding each word."""
    holding: dict[str, set[int]] = {}
    for v, i in vendor_ids.items():
        for w in v.split():
            holding.setdefault(w, set()).add(i)
    names = {i: v for v, i in vendor_ids.items()}
    keys = [a * len(vendor_ids) + b for v, a in vendor_ids.items() if v
            for b in set.intersection(*(holding[w] for w in v.split())) if vendor_within(v, names[b])]
    return np.array(sorted(keys), dtype=np.int64)


def scoring_arrays(refs: ResolutionRefs) -> ScoringArrays:
    """The list as the arrays candidate scoring reads (candidates.ScoringArrays)."""
    creds = refs.credentials
    family = list_features.family_numbers([c.nums for c in creds])
    codes = [c.code for c in creds]
    index = {code: i for i, code in enumerate(codes)}  # a duplicated code keeps its last row, as by_code does
    rank = np.empty(len(codes), dtype=np.int64)
    rank[np.argsort(np.array(codes, dtype=object), kind="stable")] = np.arange(len(codes))
    token_ids = {t: i for i, t in enumerate(sorted(refs.token_index))}
    nums_ids: dict[frozenset[str], int] = {frozenset(): 0}
    # every credential's vendor has an id, a blank one too (a write-in with no vendor is never compared)
    vendor_ids = {v: i for i, v in enumerate(sorted(refs.vendor_keys | {c.vendor_key for c in creds}))}
    cips = sorted({cip for _, cip in refs.aligned})
    cip_ids = {cip: i for i, cip in enumerate(cips)}
    tok_keys = [i * len(token_ids) + token_ids[t] for i, c in enumerate(creds) for t in c.tokens]
    aligned_keys = [index[code] * len(cips) + cip_ids[cip] for code, cip in refs.aligned if code in index]
    assert refs.tfidf is not None
    matrix = refs.tfidf.matrix
    common = np.flatnonzero(common_trigrams(np.bincount(matrix.indices, minlength=matrix.shape[1]), len(refs.keys)))
    tok_dense = np.zeros((len(creds), max(len(token_ids), 1)), dtype=bool)
    for i, c in enumerate(creds):
        tok_dense[i, [token_ids[t] for t in c.tokens]] = True
    df = np.array([len(refs.token_index[t]) for t in token_ids], dtype=float)
    tok_idf = np.log((1 + len(creds)) / (1 + df)) + 1.0
    aligned_dense = np.zeros((len(creds), max(len(cips), 1)), dtype=bool)
    for code, cip in refs.aligned:
        if code in index:
            aligned_dense[index[code], cip_ids[cip]] = True
    return ScoringArrays(
        codes=codes, code_array=np.array(codes, dtype=object), index=index,
        key_cred=np.array([index[c] for c in refs.key_codes], dtype=np.int64),
        code_rank=rank,
        ntok=np.array([len(c.tokens) for c in creds], dtype=np.int64),
        nums=np.array([nums_ids.setdefault(c.nums, len(nums_ids)) for c in creds], dtype=np.int64),
        vendor=np.array([vendor_ids[c.vendor_key] for c in creds], dtype=np.int64),
        tok_keys=np.unique(np.array(tok_keys, dtype=np.int64)),
        aligned_keys=np.unique(np.array(aligned_keys, dtype=np.int64)),
        token_ids=token_ids, nums_ids=nums_ids, vendor_ids=vendor_ids, cip_ids=cip_ids,
        versioned={i: (c.nums, v) for i, c in enumerate(creds)
                   if (v := list_features.version_numbers(c.name, c.nums) + _family_numbers(c.nums, family))},
        exam_codes={i: e for i, c in enumerate(creds) if (e := list_features.exam_codes(c.key))},
        row_nums={index[code]: nums for code, nums in refs.row_numbers.items() if code in index},
        common_cols=common, common_dense=matrix[:, common].toarray(),
        tok_dense=tok_dense, aligned_dense=aligned_dense, tok_idf=tok_idf,
        cred_idf=np.array([sum(tok_idf[token_ids[t]] for t in c.tokens) for c in creds], dtype=float),
        unknown_idf=float(np.log(1 + len(creds)) + 1.0),
        vendor_within=_vendors_within(vendor_ids),
    )


def _vendor_words_in_names(refs: ResolutionRefs) -> dict[str, int]:
    """A vendor key of several words -> the token id of its one alias of one word the list's names use (for
    candidates.typed_vendor_words): each alias of one word is keyed as a typed vendor would be (Readings.vendor_key:
    "EPA" is the list's "U.S. Environmental Protection Agency"); a vendor with two such aliases gets none."""
    assert refs.arrays is not None
    readings = Readings(refs)  # (kept while its memo table is read)
    token_ids, vendor_key = refs.arrays.token_ids, readings.vendor_key
    found: dict[str, set[int]] = {}
    for alias in refs.vendor_alias:
        if alias and " " not in alias and alias in token_ids and " " in (key := vendor_key[alias]):
            found.setdefault(key, set()).add(token_ids[alias])
    return {key: next(iter(ids)) for key, ids in found.items() if len(ids) == 1}

"""Occupational fields: what a credential's words and a typed vendor say about the field of work meant.

Two seeds of general knowledge, kept whatever list a state brings (like the abbreviation, vendor alias and junk
seeds): ``xwalk_field_words`` (a word that, in a credential's name, places it in a field: "phlebotomy" in health,
"hacker" in IT) and ``xwalk_vendor_fields`` (the fields a certifying body certifies in, under its names and
acronyms: "NHA" health; a body certifying in every field, such as NOCTI or OSHA, is left out).

A state's list rarely says who issues a credential, and an acronym typed with a vendor ("CCMA" from the NHA) may
spell several names of it. The field is what a person reads there: the NHA certifies medical assistants, not cash
managers. Two uses (cascade.py, fuzzy.py):

- **out of the vendor's field** (``out_of_field``): a credential whose name's words are all in fields the typed
  vendor never certifies in, and the write-in's own words do not name its field, is not assigned ("CCMA" from the
  NHA when the list's one CCMA is "Certified Cash Manager Associate": the list lacks the NHA's, so review);
- **the vendor's field settles** an ambiguity (``in_field``): of credentials the write-in names equally well, the
  one in the vendor's field when every other is out of it ("CEH" from EC-Council: Certified Ethical Hacker, not
  Certified Executive Housekeeper), and of the credentials readings of initials name ("CPRP" from the NRPA: the
  Certified Park and Recreation Professional, not the Cardiac and Pulmonary Rehabilitation Program).

Nothing is decided on a vendor or a name whose field the seeds do not know: an unknown is never out of field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cte_credentials.resolve.normalize import basic_clean

EMPTY: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Fields:
    """The two seeds, indexed: word -> fields, cleaned vendor spelling -> fields."""

    by_word: dict[str, frozenset[str]] = field(default_factory=dict)
    by_vendor: dict[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def from_rows(cls, field_words: list[dict], vendor_fields: list[dict],
                  vendor_alias: dict[str, str] | None = None) -> Fields:
        """From the seeds' rows (``field,word`` and ``vendor,field``). A vendor is found under each spelling the
        seed gives, and under every alias the alias seed (``vendor_alias``: cleaned alias -> canonical name) gives
        a canonical name of it, or of the name or the acronym of a canonical name written "Name (ACRONYM)"."""
        words: dict[str, set[str]] = {}
        for row in field_words:
            word, name = basic_clean(row.get("word")), (row.get("field") or "").strip()
            if word and name:
                words.setdefault(word, set()).add(name)
        vendors: dict[str, set[str]] = {}
        for row in vendor_fields:
            vendor, name = basic_clean(row.get("vendor")), (row.get("field") or "").strip()
            if vendor and name:
                vendors.setdefault(vendor, set()).add(name)
        for alias, canonical in (vendor_alias or {}).items():
            known = vendors.get(basic_clean(canonical))
            spelt = re.fullmatch(r"(.*?)\s*\(([^)]*)\)\s*", canonical or "")
            if known is None and spelt:
                # a name written with its acronym in brackets ("Dental Assisting National Board (DANB)"), under
                # either
                known = vendors.get(basic_clean(spelt.group(1))) or vendors.get(basic_clean(spelt.group(2)))
            if known is not None and alias not in vendors:
                vendors[alias] = set(known)
        return cls({w: frozenset(f) for w, f in words.items()}, {v: frozenset(f) for v, f in vendors.items()})

    def of_words(self, words: frozenset[str]) -> frozenset[str]:
        """Every field a word of the set places a name in (none known: empty)."""
        by_word = self.by_word
        found = [by_word[w] for w in words if w in by_word]
        return frozenset().union(*found) if found else EMPTY

    def of_vendor(self, vendor_key: str) -> frozenset[str]:
        return self.by_vendor.get(vendor_key, EMPTY) if vendor_key else EMPTY

    def out_of_field(self, vendor_key: str, typed: frozenset[str], name_words: frozenset[str],
                     own_vendor_key: str) -> bool:
        """The typed vendor certifies in known fields, the credential's name (``name_words``) places it in known
        fields, none of them the vendor's, and the write-in's own words (``typed``) name none of the credential's
        fields either. Never when the list gives the credential this vendor, or a vendor in one of its fields, or
        its name holds the vendor's name ("Red Hat Certified Engineer (RHCE)" from Red Hat, though "engineer" is a
        word of engineering)."""
        theirs = self.of_vendor(vendor_key)
        if not theirs or (own_vendor_key and (own_vendor_key == vendor_key or self.of_vendor(own_vendor_key) & theirs)):
            return False
        if set(vendor_key.split()) <= name_words:
            return False
        named = self.of_words(name_words)
        return bool(named) and not named & theirs and not named & self.of_words(typed)

    def in_field(self, vendor_key: str, name_words: frozenset[str]) -> bool:
        """The credential's name places it in a field the typed vendor certifies in."""
        return bool(self.of_vendor(vendor_key) & self.of_words(name_words))

    def the_one_in_field(self, vendor_key: str, typed: frozenset[str], credentials: list) -> str | None:
        """Of two or more credentials (each with ``code``, ``tokens`` and ``vendor_key``), the code of the one in
        the typed vendor's field when every other is out of it (an unknown field is neither), else None."""
        inside = [c for c in credentials if self.in_field(vendor_key, c.tokens)]
        if len(credentials) < 2 or len(inside) != 1:
            return None
        one = inside[0]
        others = [c for c in credentials if c is not one]
        return one.code if all(self.out_of_field(vendor_key, typed, c.tokens, c.vendor_key) for c in others) else None

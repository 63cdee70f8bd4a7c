"""How school administrators really typed credential names and vendors into a free-text box.

These variants are the generator's own, written independently of the resolution seeds (abbreviations, vendor
aliases, junk list) so that measuring resolution against the generator's gold labels is not circular.
"""

from __future__ import annotations

import re

import numpy as np

# Phrase -> the ways administrators shorten it (generator's own list).
ABBREVIATIONS: dict[str, list[str]] = {
    "10-Hour": ["10 hr", "10hr", "10 hour", "10-hr"],
    "30-Hour": ["30 hr", "30hr", "30 hour", "30-hr"],
    "General Industry": ["gen ind", "Gen. Industry", "GI", "general ind"],
    "Construction": ["constr", "Const.", "construct"],
    "Level 1": ["Lvl 1", "Level I", "L1", "lvl1"],
    "Level 2": ["Lvl 2", "Level II", "L2"],
    "Level 3": ["Lvl 3", "Level III"],
    "Certified": ["Cert.", "Cert", "Certif."],
    "Certification": ["Cert", "Cert."],
    "Certificate": ["Cert", "Cert."],
    "Assistant": ["Asst", "Asst."],
    "Technician": ["Tech", "Tech."],
    "Manager": ["Mgr", "Mngr", "Managers"],
    "Microsoft Office Specialist": ["MOS", "MS Office Specialist", "Microsoft Office Spec."],
    "and": ["&", "+"],
    "Professional": ["Prof.", "Pro"],
    "Fundamentals": ["Fund.", "Fundamentals"],
    "Associate": ["Assoc.", "Assoc"],
    "Administration": ["Admin"],
    "Introduction": ["Intro"],
    "Type I": ["Type 1", "Type-I"],
    "Type II": ["Type 2", "Type-II"],
    "Type III": ["Type 3"],
    "First Aid": ["1st Aid", "First-Aid"],
}

# Canonical vendor -> abbreviations seen in write-ins; other vendors get their acronym.
VENDOR_ABBREVIATIONS: dict[str, list[str]] = {
    "National Restaurant Association": [
        "NRA", "Natl Restaurant Assn", "Nat'l Restaurant Assoc.", "National Restaraunt Assn",
    ],
    "American Red Cross": ["Amer. Red Cross", "Red Cross", "ARC", "American Red X"],
    "American Heart Association": ["AHA", "Amer Heart Assn", "American Heart"],
    "Occupational Safety and Health Administration": ["OSHA", "O.S.H.A.", "US Dept of Labor OSHA"],
    "National Center for Construction Education and Research": ["NCCER", "N.C.C.E.R."],
    "National Institute for Automotive Service Excellence": [
        "ASE", "A.S.E.", "Natl Inst for Automotive Service Excellence",
    ],
    "Microsoft": ["MSFT", "MS", "Micro soft"],
    "Certiport": ["Certiport/Pearson", "certiport"],
    "Environmental Protection Agency": ["EPA", "E.P.A."],
    "American Welding Society": ["AWS", "Amer Welding Soc"],
    "CompTIA": ["Comptia", "Comp TIA"],
    "National Healthcareer Association": ["NHA", "Natl Healthcareer Assn"],
    "Manufacturing Skill Standards Council": ["MSSC"],
    "National Institute for Metalworking Skills": ["NIMS"],
}

JUNK_ENTRIES = [
    "N/A", "NA", "n/a", "None", "none", "See attached", "see attached list", "Student did not test",
    "did not test", "Pending", "pending results", "TBD", "unknown", "-", ".", "0", "No credential earned",
    "Not applicable", "refused test", "absent on test day", "xx", "N.A.",
]

TYPO_WORD = re.compile(r"[A-Za-z]{5,}")


def acronym(name: str) -> str:
    """The initials a hurried typist uses for a long vendor name (skipping 'and', 'of', 'for', 'the')."""
    words = [w for w in re.split(r"[\s\-/]+", name) if w and w.lower() not in {"and", "of", "for", "the", "in"}]
    return "".join(w[0].upper() for w in words)


def typo(text: str, rng: np.random.Generator) -> str:
    """One realistic typo (swap, drop, double, wrong neighbour) in one longer word; numbers are never touched."""
    words = list(TYPO_WORD.finditer(text))
    if not words:
        return text
    m = words[int(rng.integers(len(words)))]
    return text[: m.start()] + word_typo(m.group(0), rng) + text[m.end() :]


def word_typo(w: str, rng: np.random.Generator, letters: str = "aeiou") -> str:
    """One typo in a word of three letters or more: two neighbours swapped, one dropped or doubled, or one replaced
    by one of ``letters``. The first letter is never touched (people rarely get it wrong)."""
    i = int(rng.integers(1, len(w) - 1))
    kind = int(rng.integers(4))
    if kind == 0:
        return w[: i - 1] + w[i] + w[i - 1] + w[i + 1 :]
    if kind == 1:
        return w[:i] + w[i + 1 :]
    if kind == 2:
        return w[:i] + w[i] + w[i:]
    return w[:i] + letters[int(rng.integers(len(letters)))] + w[i + 1 :]


def abbreviate(text: str, rng: np.random.Generator) -> tuple[str, bool]:
    """Shorten the phrases an administrator would shorten; returns the text and whether anything changed."""
    changed = False
    for phrase, options in ABBREVIATIONS.items():
        pattern = re.compile(r"\b" + re.escape(phrase) + r"\b")
        if pattern.search(text) and rng.random() < 0.7:
            text = pattern.sub(options[int(rng.integers(len(options)))], text, count=1)
            changed = True
    return text, changed


def vendor_variant(vendor: str, rng: np.random.Generator) -> str:
    options = VENDOR_ABBREVIATIONS.get(vendor)
    if options:
        return options[int(rng.integers(len(options)))]
    short = acronym(vendor)
    return short if len(short) >= 2 else vendor.lower()


def case_noise(text: str, rng: np.random.Generator) -> str:
    kind = int(rng.integers(4))
    if kind == 0:
        return text.upper()
    if kind == 1:
        return text.lower()
    if kind == 2:
        return "  " + text.replace(" ", "  ", 1) + " "
    return text.replace("-", " ").replace(",", "") + rng.choice(["", ".", " -", " cert"])


def messy_entry(name: str, vendor: str, rng: np.random.Generator) -> tuple[str, str, list[str]]:
    """Turn one canonical (name, vendor) into what was typed, and say which kinds of mess were applied."""
    kinds: list[str] = []
    roll = rng.random(6)
    if roll[0] < 0.45:
        name, changed = abbreviate(name, rng)
        if changed:
            kinds.append("abbreviation")
    if roll[1] < 0.25:
        name = typo(name, rng)
        kinds.append("typo")
    if roll[2] < 0.25:
        name = case_noise(name, rng)
        kinds.append("case")
    if roll[3] < 0.30:
        vendor = vendor_variant(vendor, rng)
        kinds.append("vendor_abbrev")
    if roll[4] < 0.12:
        vendor = ""
        kinds.append("vendor_blank")
    elif roll[5] < 0.06:
        # the vendor typed into the name field and the name into the vendor field, or both in the name
        if rng.random() < 0.5:
            name, vendor = vendor, name
        else:
            name, vendor = f"{vendor} - {name}", ""
        kinds.append("vendor_swap")
    return name, vendor, kinds


def multi_entry(names: list[str], rng: np.random.Generator) -> str:
    """Several credentials typed in one entry, the way they were separated in real extracts."""
    sep = ["; ", ", ", " & ", " / ", " and ", "\n"][int(rng.integers(6))]
    if all(n.startswith("Microsoft Office Specialist") for n in names) and rng.random() < 0.7:
        # "MOS Word & Excel": the shared prefix typed once
        rest = [n.replace("Microsoft Office Specialist", "").strip(" :-") for n in names]
        return "MOS " + sep.join(rest)
    return sep.join(names)

"""Who sat for which exam, how often and when: chains of attempts for self-reported credentials (a pass in or just
before the year reported, or a claim never passed), passes no school reported, fail-only candidates, and people
who are not in the extract.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

import numpy as np
import pyarrow.compute  # noqa: F401  (pa.compute)

from cte_credentials.generator import names as nm
from cte_credentials.generator.vendors.catalogue import (
    ADDR_YEAR0,
    ADULT_SITES,
    EXAMS,
    FIRST_YEAR,
    LAST_YEAR,
    MAX_ATTEMPTS,
    NOT_IN_FILE,
    OUT_OF_STATE,
    TARGET_CLAIMS,
    TARGET_UNREPORTED,
    VENDORS,
    _fails,
    chain_probabilities,
    pass_rates,
)
from cte_credentials.generator.vendors.people import (
    Extract,
    People,
    _address_texts,
    _dates,
    _draw,
    _hyphenate,
    _last_at,
    _ssn,
    spring_year,
)


@dataclass
class Chains:
    """Candidate chains: one person's attempts at one credential's exam, ending in a pass or giving up."""

    person: list = field(default_factory=list)  # global person index (students first, then other people)
    code: list = field(default_factory=list)
    year: list = field(default_factory=list)  # vendor (spring) year of the chain
    fails: list = field(default_factory=list)
    passes: list = field(default_factory=list)
    origin: list = field(default_factory=list)
    anchor: list = field(default_factory=list)  # a fixed date (days since epoch) for the last attempt, or -1

    def add(self, person, code, year, fails, passes, origin, anchor=-1) -> None:
        self.person.append(person)
        self.code.append(code)
        self.year.append(year)
        self.fails.append(fails)
        self.passes.append(passes)
        self.origin.append(origin)
        self.anchor.append(anchor)


@dataclass
class Others:
    """People who are not in the extract."""

    first: list = field(default_factory=list)
    middle: list = field(default_factory=list)
    last: list = field(default_factory=list)
    birth: list = field(default_factory=list)
    address: list = field(default_factory=list)
    zip: list = field(default_factory=list)
    population: list = field(default_factory=list)
    district: list = field(default_factory=list)
    site: list = field(default_factory=list)
    ssn: list = field(default_factory=list)


@cache
def _catalogue() -> tuple[dict[str, str], dict[str, list[tuple]]]:
    vendor_of: dict[str, str] = {}
    exams: dict[str, list[tuple]] = {}
    for row in EXAMS:
        vendor_of[row[1]] = row[0]
        exams.setdefault(row[1], []).append(row)
    return vendor_of, exams


def _mentions(x: Extract) -> list[tuple[int, int, int, int, str]]:
    """(source_row_number, mention, student, spring year, code) of every gold code of a data-sharing vendor."""
    vendor_of, _ = _catalogue()
    index = {ric: i for i, ric in enumerate(x.student_ids.tolist())}
    rics = x.credentials.column("RIC").to_pylist()
    years = x.credentials.column("SCHOOL_YEAR").to_pylist()
    out = []
    for ric, year, g in zip(rics, years, x.credential_gold, strict=True):
        for m, code in enumerate(c for c in g["gold_credential_codes"].split(";") if c):
            if code in vendor_of or code in NOT_IN_FILE:
                out.append((int(g["source_row_number"]), m + 1, index[ric], spring_year(str(year)), code))
    return out


def _present(x: Extract, s: int, y: int) -> bool:
    """Whether student s is in the extract in spring year y (grades 9-12, up to the year they leave)."""
    e = x.entry_list[s]
    return max(e, FIRST_YEAR) <= y <= min(x.final_list[s], LAST_YEAR, e + 3)


def _attempt_chains(x: Extract, p: People, rng: np.random.Generator, mentions: list) -> tuple[Chains, dict, Others]:
    vendor_of, _ = _catalogue()
    chains = Chains()
    # --- self-reported groups (student, code): a pass in or just before the first year reported, or a claim
    groups: dict[tuple[int, str], int] = {}
    for _, _, s, y, code in mentions:
        groups[(s, code)] = min(y, groups.get((s, code), 9999))
    fate: dict[tuple[int, str], tuple[str, int]] = {}
    draws = rng.random((len(groups), 3))
    for (key, y_min), (u_claim, u_year, u_kind) in zip(groups.items(), draws.tolist(), strict=True):
        s, code = key
        base = min(y_min, int(x.final_year[s]))
        year = base - 1 if u_year < 0.2 and _present(x, s, base - 1) else base
        if u_claim < TARGET_CLAIMS:
            kind = "only_failed" if u_kind < 0.55 else "never_tested"
            fate[key] = (kind, min(y_min, base))
        else:
            fate[key] = ("passed", year)
        if code in NOT_IN_FILE:
            continue
        vendor = vendor_of[code]
        kind, year = fate[key]
        if year < VENDORS[vendor].coverage_start or kind == "never_tested":
            continue
        passed = kind == "passed"
        chains.add(s, code, year, _fails(code, passed, rng.random()), passed, "reported" if passed else "claim")
    taken = set(groups)  # (student, code) pairs with a self-report: membership only, never iterated

    # --- twins testing together: the co-twin takes the same exam the same day
    n_rep = len(chains.person)
    for j in range(n_rep):
        s, code, year = chains.person[j], chains.code[j], chains.year[j]
        t = int(p.twin[s])
        if not chains.passes[j] or t < 0 or (t, code) in taken or not _present(x, t, year) or rng.random() >= 0.5:
            continue
        ok = bool(rng.random() < pass_rates(code)[0])
        chains.add(t, code, year, 0 if ok else 1, ok, "twin", anchor=j)
        taken.add((t, code))

    # --- passes the schools never reported, then candidates who never passed
    aligned = _aligned_enrollments(x)
    reported_codes = [chains.code[j] for j in range(n_rep) if chains.passes[j]]
    n_reported = len(reported_codes)
    twin_passes = sum(1 for j in range(n_rep, len(chains.person)) if chains.passes[j])
    n_unreported = max(0, round(n_reported * TARGET_UNREPORTED / (1 - TARGET_UNREPORTED)) - twin_passes)
    for c in rng.integers(max(len(reported_codes), 1), size=n_unreported if reported_codes else 0).tolist():
        code = reported_codes[c]
        found = _pick_student(x, rng, aligned, code, taken)
        if found is None:
            continue
        s, year = found
        chains.add(s, code, year, _fails(code, True, rng.random()), True, "unreported")
        taken.add((s, code))
    passers: dict[str, int] = {}
    already_failed: dict[str, int] = {}
    for code, ok in zip(chains.code, chains.passes, strict=True):
        if ok:
            passers[code] = passers.get(code, 0) + 1
        else:
            already_failed[code] = already_failed.get(code, 0) + 1
    for code, n_pass in passers.items():
        p_ever, _, _ = chain_probabilities(code)
        n_fail = max(0, round(n_pass * (1 - p_ever) / p_ever) - already_failed.get(code, 0))
        for _ in range(n_fail):
            found = _pick_student(x, rng, aligned, code, taken)
            if found is None:
                continue
            s, year = found
            chains.add(s, code, year, _fails(code, False, rng.random()), False, "failed")
            taken.add((s, code))

    # --- people not in the extract
    others = Others()
    n_students = len(x.student_ids)
    by_vendor: dict[str, list[str]] = {}
    for code in chains.code:
        by_vendor.setdefault(vendor_of[code], []).append(code)
    for vkey, vendor in VENDORS.items():
        codes = by_vendor.get(vkey, [])
        if not codes:
            continue
        count = round(len(codes) * vendor.non_extract_share / (1 - vendor.non_extract_share))
        first_person = n_students + len(others.first)
        _other_people(x, p, rng, others, vkey, count)
        years = np.arange(vendor.coverage_start, LAST_YEAR + 1)
        # most take one of the vendor's exams, some a second one
        second = rng.random(count) < 0.15
        person = np.concatenate([np.arange(count), np.nonzero(second)[0]]) + first_person
        picks = rng.integers(len(codes), size=len(person))
        year = years[rng.integers(len(years), size=len(person))]
        u = rng.random((len(person), 2)).tolist()
        seen: set[tuple[int, str]] = set()
        for k, (who, c, y) in enumerate(zip(person.tolist(), picks.tolist(), year.tolist(), strict=True)):
            code = codes[c]
            if (who, code) in seen:
                continue
            seen.add((who, code))
            ok = u[k][0] < chain_probabilities(code)[0]
            chains.add(who, code, y, _fails(code, ok, u[k][1]), ok, "not_in_extract")
    return chains, fate, others


def _aligned_enrollments(x: Extract) -> dict[str, np.ndarray]:
    """Credential code -> enrollment rows (ascending) in a program whose CIP is aligned with it (vendors' codes)."""
    vendor_of, _ = _catalogue()
    order = np.argsort(x.e_prog, kind="stable")
    bounds = np.searchsorted(x.e_prog[order], np.arange(len(x.prog_cip) + 1))
    progs_of_cip: dict[str, list[int]] = {}
    for i, cip in enumerate(x.prog_cip.tolist()):
        progs_of_cip.setdefault(cip, []).append(i)
    progs_of_code: dict[str, list[int]] = {}
    for cip, codes in x.alignment.items():
        for code in codes:
            if code in vendor_of:
                progs_of_code.setdefault(code, []).extend(progs_of_cip.get(cip, []))
    out = {}
    for code, progs in progs_of_code.items():
        rows = [order[bounds[g]:bounds[g + 1]] for g in sorted(set(progs))]
        out[code] = np.sort(np.concatenate(rows)) if rows else np.zeros(0, dtype=np.int64)
    return out


def _pick_student(x: Extract, rng: np.random.Generator, aligned: dict, code: str, taken: set
                  ) -> tuple[int, int] | None:
    vendor_of, _ = _catalogue()
    start = VENDORS[vendor_of[code]].coverage_start
    pool = aligned.get(code)
    for _ in range(20):
        if pool is not None and len(pool) and rng.random() < 0.9:
            i = int(pool[int(rng.integers(len(pool)))])
        else:
            i = int(rng.integers(len(x.e_sid)))
        s, y = int(x.e_sid[i]), int(x.e_year[i])
        if y >= start and (s, code) not in taken:
            return s, y
    return None


def _other_people(x: Extract, p: People, rng: np.random.Generator, o: Others, vkey: str, count: int) -> None:
    """People who test with a vendor but are not in the extract: adults, parents of students (the household's
    address and mostly its last name), out-of-state students and private- or home-school students."""
    u = rng.random(count)
    female = rng.random(count) < (0.7 if vkey == "NHA" else 0.5)
    first = np.empty(count, dtype=object)
    middle = np.empty(count, dtype=object)
    for mask, key in [(female, "female"), (~female, "male")]:
        first[mask] = _draw(rng, key, int(mask.sum()))
        middle[mask] = _draw(rng, "middle_" + key, int(mask.sum()))
    middle[rng.random(count) < 0.15] = ""
    last = _hyphenate(rng, _draw(rng, "last", count), 0.04)
    num = (10 ** rng.uniform(0.3, 4.0, size=count)).astype(int) + 1
    street = rng.integers(len(nm.STREETS), size=count)
    suffix = rng.choice(len(nm.SUFFIXES), size=count, p=nm.SUFFIX_P)
    address = _address_texts(num, street, suffix, np.full(count, "", dtype=object))
    zip_code = p.addr_zip[rng.integers(len(p.hh), size=count), 0].astype(str).astype(object)
    site = np.array(ADULT_SITES, dtype=object)[rng.integers(len(ADULT_SITES), size=count)]
    district = np.full(count, "", dtype=object)
    birth_year = rng.integers(1965, 2005, size=count)
    population = np.full(count, "adult", dtype=object)

    parent = (u < 0.1) & (vkey in ("NRA", "NHA", "CS"))
    adult = ~parent & (u < 0.65) & (vkey != "CS")
    out_of_state = ~parent & ~adult & (u < 0.85)
    private = ~parent & ~adult & ~out_of_state
    # parents: a student's household address in a year the student is in school, mostly its last name
    k = int(parent.sum())
    s = rng.integers(len(p.hh), size=k)
    y = np.clip(x.entry[s] + 1, FIRST_YEAR, LAST_YEAR)
    h = p.hh[s]
    v = p.version[h, y - ADDR_YEAR0]
    address[parent] = _address_texts(p.addr_num[h, v], p.addr_street[h, v], p.addr_suffix[h, v], p.addr_apt[h, v])
    zip_code[parent] = p.addr_zip[h, v].astype(str)
    same_last = rng.random(k) < 0.75
    last[parent] = np.where(same_last, _last_at(p, s, y), last[parent])
    birth_year[parent] = x.entry[s] - 15 - rng.integers(20, 40, size=k)
    population[parent] = "parent_of_student"
    # students of other states: their ZIPs, career centers and (half the time) district
    k = int(out_of_state.sum())
    where = rng.integers(len(OUT_OF_STATE), size=k)
    city = np.array([c for c, _, _ in OUT_OF_STATE], dtype=object)[where]
    state = np.array([st for _, st, _ in OUT_OF_STATE], dtype=object)[where]
    prefix = np.array([z for _, _, z in OUT_OF_STATE])[where]
    zip_code[out_of_state] = [f"{z:05d}" for z in (prefix * 1000 + rng.integers(0, 1000, size=k)).tolist()]
    site[out_of_state] = city + " Career Center, " + state
    district[out_of_state] = np.where(rng.random(k) < 0.5, city + " City Schools", "")
    population[out_of_state] = "out_of_state_student"
    # private- and home-school students of the state
    k = int(private.sum())
    site[private] = np.where(rng.random(k) < 0.6, _draw(rng, "last", k) + " Christian Academy", "Home School")
    population[private] = "private_school_student"
    student_age = out_of_state | private
    birth_year[student_age] = rng.integers(2002, 2012, size=int(student_age.sum()))
    birth = _dates(birth_year, 1, 1) + rng.integers(0, 365, size=count).astype("timedelta64[D]")
    o.first += first.tolist()
    o.middle += middle.tolist()
    o.last += last.tolist()
    o.birth += list(birth)
    o.address += address.tolist()
    o.zip += zip_code.tolist()
    o.population += population.tolist()
    o.district += district.tolist()
    o.site += site.tolist()
    o.ssn += _ssn(rng, count).tolist()


def _attempt_days(x: Extract, chains: Chains, rng: np.random.Generator
                  ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Every attempt of every chain: chain index, attempt number (0 first), day since the epoch, whether it is the
    chain's last. Retakes are 2-10 weeks apart and stay in the chain's vendor year (earlier fails that would fall
    before it are dropped). Students test at school (October to mid-June, more in spring); other people any day."""
    m = len(chains.person)
    year = np.array(chains.year, dtype=int)
    n_att = np.array(chains.fails, dtype=int) + np.array(chains.passes, dtype=int)
    lo = _dates(year - 1, 9, 2).astype(np.int64)
    hi = _dates(year, 9, 1).astype(np.int64)
    school_a = _dates(year - 1, 10, 1).astype(np.int64)
    school_b = _dates(year, 6, 15).astype(np.int64)
    u = rng.random((m, 3))
    student = np.array(chains.person, dtype=np.int64) < len(x.student_ids)
    last = np.where(student, school_a + ((school_b - school_a) * np.maximum(u[:, 0], u[:, 1])).astype(np.int64),
                    lo + ((hi - lo + 1) * u[:, 2]).astype(np.int64))
    anchor = np.array(chains.anchor, dtype=np.int64)
    has = anchor >= 0
    last[has] = last[anchor[has]]  # a twin testing the same day as the other twin's pass
    gaps = rng.integers(14, 71, size=(m, MAX_ATTEMPTS - 1))
    back = np.concatenate([np.zeros((m, 1), dtype=np.int64), np.cumsum(gaps, axis=1)], axis=1)
    days = last[:, None] - back  # column t: t attempts before the last
    keep = (np.arange(MAX_ATTEMPTS)[None, :] < n_att[:, None]) & (days >= lo[:, None])
    k = keep.sum(axis=1)
    jj, tt = np.nonzero(keep)
    return jj, k[jj] - 1 - tt, days[jj, tt], tt == 0

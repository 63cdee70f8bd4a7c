"""How vendors write their records: one account per attempt as the vendor's file has it (nicknames, typos,
missing middle names, changed last names, day/month swaps, stale addresses), the vendor file itself, and the
gold files that say the truth.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute  # noqa: F401  (pa.compute)
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from cte_credentials.generator import names as nm
from cte_credentials.generator.messy import word_typo
from cte_credentials.generator.vendors.attempts import Chains, Others, _attempt_days, _catalogue
from cte_credentials.generator.vendors.catalogue import (
    ADDR_YEAR0,
    EXAM_COLUMNS,
    EXAMS,
    FIRST_YEAR,
    LAST_YEAR,
    LINK_COLUMNS,
    NOT_IN_FILE,
    PASS_SCORE,
    VALIDATION_COLUMNS,
    VENDOR_COLUMNS,
    VENDORS,
    Vendor,
)
from cte_credentials.generator.vendors.people import Extract, People, _dense_unique, _last_at, school_year_label


def _name_typo(name: str, rng: np.random.Generator) -> str:
    """One typo in a person's name (names of fewer than four letters are kept as they are)."""
    return name if len(name) < 4 else word_typo(name, rng, letters="aeioun")


def _valid(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True


@dataclass
class Truth:
    """A person's identity at one moment, as the state knows it."""

    first: str
    middle: str
    last: str
    birth: dt.date
    num: int
    street: int
    suffix: int
    apt: str
    address: str
    zip: str
    district: str
    ssn: int


def _render(t: Truth, vendor: Vendor, rng: np.random.Generator, u: np.ndarray) -> tuple[list[str], list[str]]:
    """Write one vendor account: the fields as the vendor's file has them, and the kinds of mess applied."""
    st = vendor.style
    kinds: list[str] = []
    first, middle, last = t.first, t.middle, t.last
    nicks = nm.nicknames().get(first)
    if nicks and u[0] < st["p_nick"]:
        first = nicks[int(rng.integers(len(nicks)))]
        kinds.append("nickname")
    if nm.strip_accents(first + last) != first + last and u[1] < st["p_strip_accents"]:
        first, last = nm.strip_accents(first), nm.strip_accents(last)
        kinds.append("accent_stripped")
    if u[2] < 0.025:
        first = _name_typo(first, rng)
        kinds.append("typo_first")
    if u[3] < 0.025:
        last = _name_typo(last, rng)
        kinds.append("typo_last")
    if "-" in last and u[4] < 0.45:
        a, b = last.split("-", 1)
        choice = int(rng.integers(4))
        last = [f"{a} {b}", f"{a}{b}", a, b][choice]
        kinds.append("hyphen_space" if choice < 2 else "last_name_partial")
    if middle:
        if u[5] < st["p_middle_full"]:
            pass
        elif u[5] < st["p_middle_full"] + st["p_middle_initial"]:
            middle = middle[0]
            kinds.append("middle_initial")
        else:
            middle = ""
            kinds.append("middle_missing")
    if u[6] < 0.004:
        first, last = last, first
        kinds.append("names_swapped")
    if u[7] < st["p_lower"]:
        first, middle, last = first.lower(), middle.lower(), last.lower()
        kinds.append("case")
    b = t.birth
    by, bm, bd = str(b.year), str(b.month), str(b.day)
    if u[8] < st["p_dob_missing"]:
        by = bm = bd = ""
        kinds.append("dob_missing")
    elif u[8] < st["p_dob_missing"] + 0.03:
        if b.day <= 12 and b.day != b.month:  # only a day that can be a month is swapped
            bm, bd = str(b.day), str(b.month)
            kinds.append("dob_day_month_swap")
    elif u[8] < st["p_dob_missing"] + 0.04:
        y2, d2 = (b.year + (1 if rng.random() < 0.5 else -1), b.day) if rng.random() < 0.5 else (b.year, b.day + 1)
        if _valid(y2, b.month, d2):
            by, bd = str(y2), str(d2)
            kinds.append("dob_typo")
    address = ""
    if u[9] < st["p_address"]:
        if t.num >= 0:
            suffix = nm.SUFFIXES[t.suffix][1] if u[10] < st["p_suffix_long"] else nm.SUFFIXES[t.suffix][0]
            address = f"{t.num} {nm.STREETS[t.street]} {suffix}"
            if t.apt:
                if u[11] < 0.4:
                    kinds.append("apartment_dropped")
                else:
                    address += [f" Apt {t.apt}", f" #{t.apt}", f", Unit {t.apt}"][int(rng.integers(3))]
        else:
            address = t.address
    else:
        kinds.append("address_missing")
    zip_code = t.zip
    if u[12] >= st["p_zip"]:
        zip_code = ""
        kinds.append("zip_missing")
    elif u[13] < 0.01:
        i = int(rng.integers(1, 5))
        zip_code = zip_code[:i] + str((int(zip_code[i]) + int(rng.integers(1, 10))) % 10) + zip_code[i + 1:]
        kinds.append("zip_typo")
    elif u[13] < 0.01 + st["p_zip4"]:
        zip_code = f"{zip_code}-{int(rng.integers(1, 10000)):04d}"
    ssn = ""
    if t.ssn and u[14] < st["p_ssn"]:
        ssn = f"{t.ssn // 1_000_000:03d}-{t.ssn // 10_000 % 100:02d}-{t.ssn % 10_000:04d}"
    district = t.district if u[15] < st["p_district"] else ""
    if st["upper"]:
        first, middle, last, address = first.upper(), middle.upper(), last.upper(), address.upper()
    return [first, middle, last, address, zip_code, bm, bd, by, ssn, district], kinds


@cache
def _exam_options(code: str, year: int) -> tuple[list[tuple], list[float]]:
    """The exam codes a vendor used for a credential in a vendor year, and their cumulative weights."""
    _, exams = _catalogue()
    options = [e for e in exams[code] if e[4] <= year <= e[5]] or exams[code]
    w = np.cumsum([e[6] for e in options])
    return options, (w / w[-1]).tolist()


def _vendor_table(x: Extract, p: People, chains: Chains, others: Others, fate: dict, rng: np.random.Generator
                  ) -> tuple[pa.Table, pa.Table, dict[tuple[int, str], str]]:
    vendor_of, _ = _catalogue()
    rank = {k: r for r, k in enumerate(VENDORS)}
    keys = list(VENDORS)
    chain_j, attempt, day, is_last = _attempt_days(x, chains, rng)
    chain_rank = np.array([rank[vendor_of[c]] for c in chains.code], dtype=np.int64)
    order = np.lexsort((rng.random(len(day)), day, chain_rank[chain_j]))  # each vendor's file by test date
    chain_j, attempt, day, is_last = chain_j[order], attempt[order], day[order], is_last[order]
    n = len(day)
    vrank = chain_rank[chain_j]
    person = np.array(chains.person, dtype=np.int64)[chain_j]
    code = np.array(chains.code, dtype=object)[chain_j]
    ok = np.array(chains.passes, dtype=bool)[chain_j] & is_last
    d64 = day.astype("datetime64[D]")
    month_start = d64.astype("datetime64[M]")
    yy = d64.astype("datetime64[Y]").astype(np.int64) + 1970
    mm = month_start.astype(np.int64) % 12 + 1
    dd = (d64 - month_start).astype(np.int64) + 1
    year = yy + ((mm > 9) | ((mm == 9) & (dd >= 2)))

    # the truth at each attempt: students from their timelines, other people as they are
    ns = len(x.student_ids)
    st = person < ns
    sp = np.where(st, person, 0)
    op = np.where(st, 0, person - ns)
    h = p.hh[sp]
    yc = np.clip(year, FIRST_YEAR, LAST_YEAR) - FIRST_YEAR
    v = p.version[h, year - ADDR_YEAR0]

    def other(values: list, default) -> np.ndarray:
        arr = np.empty(len(values) + 1, dtype=object)
        arr[:-1] = values
        arr[-1] = default
        return arr[np.where(st, len(values), op)]

    first = np.where(st, p.first[sp], other(others.first, ""))
    middle = np.where(st, p.middle[sp], other(others.middle, ""))
    last = np.where(st, _last_at(p, sp, year), other(others.last, ""))
    birth = np.where(st, p.birth[sp], np.array(others.birth + [np.datetime64("2000-01-01")],
                                               dtype="datetime64[D]")[np.where(st, len(others.birth), op)])
    num = np.where(st, p.addr_num[h, v], -1)
    street = np.where(st, p.addr_street[h, v], -1)
    suffix = np.where(st, p.addr_suffix[h, v], -1)
    apt = np.where(st, p.addr_apt[h, v], "")
    address = other(others.address, "")
    zip_code = np.where(st, p.addr_zip[h, v].astype(str).astype(object), other(others.zip, ""))
    district = np.where(st, np.array(x.district_names, dtype=object)[p.district[sp, yc]], other(others.district, ""))
    ssn = np.where(st, p.ssn[sp], other(others.ssn, 0))
    building = np.where(st, p.building[sp, yc], -1)
    site_other = other(others.site, "")
    cy = p.change_year[h]
    near = st & (p.own_last[sp] == None) & (cy > 0) & (year >= cy - 1) & (year <= cy + 1)  # noqa: E711
    other_last = np.where(near, np.where(year >= cy, p.last0[h], p.last1[h]), None)
    twin = np.where(st, p.twin[sp], -1)

    # vendor accounts: a person's first attempt with a vendor registers the details the vendor keeps (and writes on
    # every later attempt); about 10% of attempts type them again. Rows of a vendor are in date order.
    u_extra = rng.random((n, 4))  # re-registration, exam version, testing site, name used
    key = person * len(keys) + vrank
    by_key = np.lexsort((np.arange(n), key))
    new_key = np.r_[True, key[by_key][1:] != key[by_key][:-1]]
    is_reg_sorted = new_key | (u_extra[by_key, 0] < 0.1)
    reg_sorted = np.maximum.accumulate(np.where(is_reg_sorted, np.arange(n), 0))
    reg_of = np.empty(n, dtype=np.int64)
    reg_of[by_key] = by_key[reg_sorted]
    regs = np.sort(by_key[is_reg_sorted])
    reg_index = np.zeros(n, dtype=np.int64)
    reg_index[regs] = np.arange(len(regs))
    # the name the student goes by at the test is not the state's name that year: near a change of last name
    alt_p = np.where(other_last == last, 0.0, np.where(year < cy, 0.4, 0.25))
    use_alt = (other_last != None) & (u_extra[:, 3] < alt_p)  # noqa: E711
    last_used = np.where(use_alt, other_last, last)
    cols = [c[regs].tolist() for c in (vrank, first, middle, last_used, birth.astype(object), num, street, suffix, apt,
                                       address, zip_code, district, ssn)]
    u = rng.random((len(regs), 16)).tolist()
    vendor_list = [VENDORS[k] for k in keys]
    reg_fields: list[list[str]] = []
    reg_kinds: list[str] = []
    for r, (vr, *truth) in enumerate(zip(*cols, strict=True)):
        fields, kinds = _render(Truth(*truth), vendor_list[vr], rng, u[r])
        reg_fields.append(fields)
        reg_kinds.append(";".join(kinds))
    kinds_reg = np.array(reg_kinds + [""], dtype=object)[reg_index[reg_of]]
    # later attempts on an account typed before a move or a change of name
    stale = st & ((num[reg_of] != num) | (street[reg_of] != street) | (zip_code[reg_of] != zip_code))
    renamed = st & (last_used[reg_of] != last)
    extra = np.where(stale, "address_stale", "")
    extra = np.where(renamed, np.where(stale, "address_stale;last_name_changed", "last_name_changed"), extra)
    kinds_out = np.where((kinds_reg != "") & (extra != ""), kinds_reg + ";" + extra, kinds_reg + extra)
    f = list(zip(*reg_fields, strict=True)) if reg_fields else [[]] * 10
    field_columns = [pa.array(list(c), type=pa.string()).take(pa.array(reg_index[reg_of])) for c in f]

    # testing site: the student's school (or the vendor's online proctoring), another person's test center
    online = np.array([VENDORS[k].style["online_site"] for k in keys], dtype=object)[vrank]
    school = np.array(x.building_names + [""], dtype=object)[building]
    sites = np.where(st, np.where((vrank == keys.index("CS")) | (building < 0) | (u_extra[:, 2] < 0.08), online,
                                  school),
                     np.where(u_extra[:, 2] < 0.25, online, site_other))
    # the vendor's exam code that year (a credential may have several: versions, languages)
    exam_code = np.empty(n, dtype=object)
    exam_name = np.empty(n, dtype=object)
    code_index = {c: k for k, c in enumerate(dict.fromkeys(chains.code))}
    ci = np.array([code_index[c] for c in chains.code], dtype=np.int64)[chain_j]
    uniq, inv = _dense_unique(ci * 16 + (year - FIRST_YEAR + 1), 16 * max(len(code_index), 1))
    order = np.argsort(inv, kind="stable")
    bounds = np.searchsorted(inv[order], np.arange(len(uniq) + 1))
    codes = list(code_index)
    for k, key in enumerate(uniq.tolist()):
        rows = order[bounds[k]:bounds[k + 1]]
        options, cum = _exam_options(codes[key // 16], key % 16 + FIRST_YEAR - 1)
        pick = np.minimum(np.searchsorted(cum, u_extra[rows, 1], side="right"), len(options) - 1)
        exam_code[rows] = np.array([e[2] for e in options], dtype=object)[pick]
        exam_name[rows] = np.array([e[3] for e in options], dtype=object)[pick]

    # scores: passing ones above the pass score, failing ones below it
    t_pass = np.array([PASS_SCORE[k] for k in keys])[vrank]
    s_max = np.array([VENDORS[k].score_max for k in keys])[vrank]
    s_min = np.array([VENDORS[k].score_min for k in keys])[vrank]
    lo = s_min + 0.3 * (t_pass - s_min)
    score = np.where(ok, t_pass + (s_max - t_pass) * rng.beta(2, 2.5, size=n),
                     t_pass - 1 - (t_pass - 1 - lo) * rng.beta(1.6, 2.2, size=n))
    group_start = np.searchsorted(vrank, vrank)  # rows are sorted by vendor: number them within each vendor
    record_id = np.array([f"{keys[r]}-{k:07d}" for r, k in zip(vrank.tolist(), (np.arange(n) - group_start + 1)
                                                                 .tolist(), strict=True)], dtype=object)
    names = np.array([VENDORS[k].name for k in keys], dtype=object)[vrank]
    pass_text = np.array([VENDORS[k].pass_text for k in keys], dtype=object)[vrank]
    fail_text = np.array([VENDORS[k].fail_text for k in keys], dtype=object)[vrank]
    labels = np.array([school_year_label(y) for y in range(FIRST_YEAR - 1, LAST_YEAR + 2)], dtype=object)
    table = pa.table(dict(zip(VENDOR_COLUMNS, [
        record_id, names, labels[year - FIRST_YEAR + 1], exam_code, exam_name, *field_columns, sites,
        np.datetime_as_string(d64, unit="D"), np.rint(score).astype(np.int64).astype(str),
        np.where(ok, pass_text, fail_text)], strict=True)))

    passing: dict[tuple[int, str], str] = {}
    reported = np.full(n, "", dtype=object)
    for i in np.nonzero(ok & st)[0].tolist():
        passing[(int(person[i]), code[i])] = record_id[i]
        reported[i] = "true" if (int(person[i]), code[i]) in fate else "false"
    population = np.where(st, "extract_student", other(others.population, ""))
    ric = np.where(st, x.student_ids[sp], "")
    person_key = np.where(st, ric, np.array([f"X{k + 1:07d}" for k in op.tolist()], dtype=object))
    links = pa.table(dict(zip(LINK_COLUMNS, [
        record_id, names, ric, person_key, population, code, np.where(ok, "true", "false"), (attempt + 1).astype(str),
        np.where(twin >= 0, "true", "false"), np.where(twin >= 0, x.student_ids[np.maximum(twin, 0)], ""), reported,
        kinds_out], strict=True)))
    return table, links, passing


def _validation(mentions: list, fate: dict, passing: dict, x: Extract) -> pa.Table:
    vendor_of, _ = _catalogue()
    cols = {c: [] for c in VALIDATION_COLUMNS}
    for srn, m, s, y, code in mentions:
        vkey = vendor_of.get(code) or NOT_IN_FILE[code]
        kind, year = fate[(s, code)]
        record = passing.get((s, code), "")
        if code in NOT_IN_FILE:
            validation, reason = "not_covered", "no_exam_in_file"
        elif year < VENDORS[vkey].coverage_start:
            validation, reason = "not_covered", "before_coverage"
        elif record:
            validation, reason = "confirmed", ""
        else:
            validation, reason = "contradicted", ""
        truth = kind
        values = [str(srn), str(m), x.student_ids[s], str(y), code, VENDORS[vkey].name, validation, truth, reason,
                  record if validation == "confirmed" else ""]
        for c, val in zip(VALIDATION_COLUMNS, values, strict=True):
            cols[c].append(val)
    return pa.table(cols)


def _exam_table() -> pa.Table:
    rows = [[VENDORS[v].name, code, name, cred, str(a), str(b), str(VENDORS[v].score_min), str(VENDORS[v].score_max),
             str(PASS_SCORE[v]), VENDORS[v].pass_text, VENDORS[v].fail_text, str(VENDORS[v].coverage_start)]
            for v, cred, code, name, a, b, _ in EXAMS]
    return pa.table({c: [r[k] for r in rows] for k, c in enumerate(EXAM_COLUMNS)})


def _write(table: pa.Table, path: Path, fmt: str) -> None:
    table = pa.table({c: pa.compute.fill_null(table.column(c).cast(pa.string()), "") for c in table.column_names})
    if fmt == "parquet":
        pq.write_table(table, path.with_suffix(".parquet"))
    else:
        pacsv.write_csv(table, path.with_suffix(".csv"), pacsv.WriteOptions(quoting_style="needed"))

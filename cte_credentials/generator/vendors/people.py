"""The people behind the records: what the vendor side takes from the core generator (``Extract``), and every
simulated student's name, birth date, household, address and last-name timelines (``People``), written out as the
state's restricted identity table.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np
import pyarrow as pa
import pyarrow.compute  # noqa: F401  (pa.compute)

from cte_credentials.generator import names as nm
from cte_credentials.generator.vendors.catalogue import ADDR_SLOTS, ADDR_YEAR0, FIRST_YEAR, LAST_YEAR, MAX_VERSIONS


@dataclass
class Extract:
    """What the vendor side needs from the core generator: true values, before any row was spoiled."""

    student_ids: np.ndarray
    entry: np.ndarray
    final_year: np.ndarray
    sex: np.ndarray
    n_per_cohort: int
    sy_sid: np.ndarray  # student-year rows (every year a student is in the extract)
    sy_year: np.ndarray
    e_sid: np.ndarray  # enrollment rows
    e_year: np.ndarray
    e_prog: np.ndarray
    prog_cip: np.ndarray
    prog_building: np.ndarray
    prog_district: np.ndarray
    district_names: list[str]
    building_names: list[str]
    alignment: dict[str, list[str]]
    credentials: pa.Table  # credentials_earned before spoiling
    credential_gold: list[dict]

    def __post_init__(self) -> None:
        self.entry_list = self.entry.tolist()
        self.final_list = self.final_year.tolist()


def spring_year(text: str) -> int:
    text = text.strip()
    if text.isdigit():
        return int(text)
    return int(text[:4]) + 1


def school_year_label(y: int) -> str:
    return f"{y - 1}-{y % 100:02d}"


@dataclass
class People:
    first: np.ndarray
    middle: np.ndarray
    birth: np.ndarray  # datetime64[D]
    hh: np.ndarray  # household = index of its root student
    twin: np.ndarray  # index of the twin, -1
    own_last: np.ndarray  # a half-sibling's own last name, or None
    last0: np.ndarray  # per household (indexed by root)
    last1: np.ndarray
    change_year: np.ndarray  # 0: never
    version: np.ndarray  # (n, ADDR_SLOTS): address version of the household by spring year
    addr_num: np.ndarray  # (n, MAX_VERSIONS)
    addr_street: np.ndarray
    addr_suffix: np.ndarray
    addr_apt: np.ndarray  # object: "" or "4B"
    addr_zip: np.ndarray
    district: np.ndarray  # (n, 7) district index by year of the extract
    building: np.ndarray  # (n, 7) building index by year, -1 unknown
    ssn: np.ndarray


def _draw(rng: np.random.Generator, key: str, size: int) -> np.ndarray:
    values, p = nm.tables()[key]
    return values[rng.choice(len(values), size=size, p=p)]


def _hyphenate(rng: np.random.Generator, last: np.ndarray, share: float) -> np.ndarray:
    mask = rng.random(len(last)) < share
    other = _draw(rng, "last", int(mask.sum()))
    out = last.copy()
    out[mask] = out[mask] + "-" + other
    return out


def _dates(years: np.ndarray, month: int, day: int) -> np.ndarray:
    years = np.asarray(years, dtype=int)
    base = {y: np.datetime64(f"{y:04d}-{month:02d}-{day:02d}", "D") for y in np.unique(years).tolist()}
    lookup = np.array([base[y] for y in np.unique(years).tolist()], dtype="datetime64[D]")
    return lookup[np.searchsorted(np.unique(years), years)]


def _district_zips(n_districts: int, rng: np.random.Generator) -> list[np.ndarray]:
    counts = rng.integers(1, 5, size=n_districts)
    pool = rng.choice(np.arange(40100, 42990), size=int(counts.sum()), replace=False)
    ends = np.cumsum(counts)
    return [np.sort(pool[e - c:e]) for c, e in zip(counts, ends, strict=True)]


def _people(x: Extract, rng: np.random.Generator, zips: list[np.ndarray]) -> People:
    n = len(x.student_ids)
    npc = x.n_per_cohort
    sex = x.sex
    first = np.empty(n, dtype=object)
    middle = np.empty(n, dtype=object)
    is_f = (sex == "F") | ((sex == "X") & (rng.random(n) < 0.5))
    for mask, key in [(is_f, "female"), (~is_f, "male")]:
        first[mask] = _draw(rng, key, int(mask.sum()))
        middle[mask] = _draw(rng, "middle_" + key, int(mask.sum()))
    for _ in range(10):  # a middle name is not the first name again
        same = np.nonzero(middle == first)[0]
        if not len(same):
            break
        for mask, key in [(is_f[same], "female"), (~is_f[same], "male")]:
            middle[same[mask]] = _draw(rng, "middle_" + key, int(mask.sum()))
    middle[rng.random(n) < 0.1] = ""  # no middle name
    # birth: fourteen on Sept 1 of the fall they start grade 9; some a year older or younger
    shift = rng.choice([-1, 0, 1], size=n, p=[0.05, 0.94, 0.01])
    birth = _dates(x.entry - 15 + shift, 9, 2) + rng.integers(0, 365, size=n).astype("timedelta64[D]")

    # households: siblings join an older sibling's household, twins share one (pointer jumping to the root)
    hh = np.arange(n)
    idx = np.arange(n)
    cohort_start = (idx // npc) * npc
    k = rng.integers(1, 5, size=n)
    target = cohort_start - k * npc + rng.integers(npc, size=n)
    sib = (rng.random(n) < 0.10) & (target >= 0)
    hh[sib] = target[sib]
    twin = np.full(n, -1)
    pos = idx - cohort_start
    a = idx[(pos % 2 == 0) & (pos + 1 < npc) & (rng.random(n) < 0.03)]  # about 3% of students are twins
    hh[a + 1] = a
    twin[a], twin[a + 1] = a + 1, a
    sib[a + 1] = False
    for _ in range(16):
        hh = hh[hh]
    birth[a + 1] = birth[a]
    for _ in range(10):  # twins have different first names
        same = first[a + 1] == first[a]
        if not same.any():
            break
        b = a[same] + 1
        for mask, key in [(is_f[b], "female"), (~is_f[b], "male")]:
            first[b[mask]] = _draw(rng, key, int(mask.sum()))
    own_last = np.full(n, None, dtype=object)
    half = sib & (rng.random(n) < 0.15)
    own_last[half] = _draw(rng, "last", int(half.sum()))
    own_last[a + 1] = own_last[a]  # twins share the last name, even a half-sibling's own

    # household last names and their changes
    last0 = _hyphenate(rng, _draw(rng, "last", n), 0.04)
    change_year = np.where(rng.random(n) < 0.025, rng.integers(2021, 2027, size=n), 0)
    last1 = last0.copy()
    ch = np.nonzero(change_year)[0]
    new = _draw(rng, "last", len(ch))
    kind = rng.random(len(ch))
    for j, i in enumerate(ch.tolist()):
        old = last0[i]
        if "-" in old and kind[j] < 0.5:
            last1[i] = old.split("-")[int(kind[j] * 4) % 2]  # a hyphen part dropped
        elif kind[j] < 0.45:
            last1[i] = f"{old}-{new[j]}"  # hyphenated
        else:
            last1[i] = new[j]  # a new last name (adoption, a parent's marriage)

    # districts and buildings by year, from the student's programs; home district = earliest program's
    n_dist = len(x.district_names)
    home = rng.integers(n_dist, size=n)
    home_b = np.full(n, -1)
    order = np.argsort(-x.e_year, kind="stable")
    home[x.e_sid[order]] = x.prog_district[x.e_prog[order]]
    home_b[x.e_sid[order]] = x.prog_building[x.e_prog[order]]
    district = np.repeat(home[:, None], LAST_YEAR - FIRST_YEAR + 1, axis=1).astype(np.int16)
    building = np.repeat(home_b[:, None], LAST_YEAR - FIRST_YEAR + 1, axis=1).astype(np.int32)
    district[x.e_sid, x.e_year - FIRST_YEAR] = x.prog_district[x.e_prog]
    building[x.e_sid, x.e_year - FIRST_YEAR] = x.prog_building[x.e_prog]

    # addresses: moves between school years; ZIP in the home district, a later one sometimes in another
    moves = rng.random((n, ADDR_SLOTS)) < 0.08
    moves[:, 0] = False
    version = np.minimum(np.cumsum(moves, axis=1), MAX_VERSIONS - 1).astype(np.int8)
    num = (10 ** rng.uniform(0.3, 4.0, size=(n, MAX_VERSIONS))).astype(np.int32) + 1
    street = rng.integers(len(nm.STREETS), size=(n, MAX_VERSIONS)).astype(np.int16)
    suffix = rng.choice(len(nm.SUFFIXES), size=(n, MAX_VERSIONS), p=nm.SUFFIX_P).astype(np.int16)
    apt = np.full((n, MAX_VERSIONS), "", dtype=object)
    has_apt = rng.random((n, MAX_VERSIONS)) < 0.12
    apt_n = rng.integers(1, 40, size=(n, MAX_VERSIONS))
    apt_l = rng.choice(["", "", "A", "B", "C"], size=(n, MAX_VERSIONS))
    apt[has_apt] = apt_n[has_apt].astype(str).astype(object) + apt_l[has_apt].astype(object)
    zip_district = np.where(rng.random((n, MAX_VERSIONS)) < 0.2, rng.integers(n_dist, size=(n, MAX_VERSIONS)),
                            home[:, None])
    zip_district[:, 0] = home
    zip_pick = rng.integers(0, 1 << 30, size=(n, MAX_VERSIONS))
    sizes = np.array([len(z) for z in zips])
    flat = np.concatenate(zips)
    offsets = np.r_[0, np.cumsum(sizes)[:-1]]
    addr_zip = flat[offsets[zip_district] + zip_pick % sizes[zip_district]].astype(np.int32)
    del zip_district, zip_pick
    ssn = _ssn(rng, n)
    return People(first=first, middle=middle, birth=birth, hh=hh, twin=twin, own_last=own_last, last0=last0,
                  last1=last1, change_year=change_year, version=version, addr_num=num, addr_street=street,
                  addr_suffix=suffix, addr_apt=apt, addr_zip=addr_zip, district=district, building=building, ssn=ssn)


def _ssn(rng: np.random.Generator, n: int) -> np.ndarray:
    """Obviously synthetic: area 900-999 (never issued as an SSN), group 01-99, serial 0001-9999."""
    return (rng.integers(900, 1000, size=n) * 1_000_000 + rng.integers(1, 100, size=n) * 10_000
            + rng.integers(1, 10_000, size=n))


def _address_texts(num: np.ndarray, street: np.ndarray, suffix: np.ndarray, apt: np.ndarray) -> np.ndarray:
    streets = np.array(nm.STREETS, dtype=object)
    suffixes = np.array([a for a, _ in nm.SUFFIXES], dtype=object)
    text = num.astype(str).astype(object) + " " + streets[street] + " " + suffixes[suffix]
    has_apt = apt != ""
    text[has_apt] = text[has_apt] + " Apt " + apt[has_apt]
    return text


def _last_at(p: People, s: np.ndarray, year: np.ndarray) -> np.ndarray:
    h = p.hh[s]
    cy = p.change_year[h]
    out = np.where((cy > 0) & (year >= cy), p.last1[h], p.last0[h])
    own = p.own_last[s]
    return np.where(own != None, own, out)  # noqa: E711  (object array comparison)


@cache
def _zip_texts() -> pa.Array:
    return pa.array([f"{z:05d}" for z in range(100_000)])


def _dense_unique(key: np.ndarray, size: int) -> tuple[np.ndarray, np.ndarray]:
    """np.unique(key, return_inverse=True) for small non-negative integer keys, without sorting."""
    seen = np.zeros(size, dtype=bool)
    seen[key] = True
    return np.nonzero(seen)[0], np.cumsum(seen)[key] - 1


def _take(values, index: np.ndarray) -> pa.Array:
    """values[index] as an Arrow string array: values converted once, gathered in C."""
    return pa.array(values, type=pa.string()).take(pa.array(index))


def _identity_table(x: Extract, p: People, rng: np.random.Generator) -> tuple[pa.Table, pa.Table]:
    n = len(p.hh)
    s, y = x.sy_sid, x.sy_year
    h = p.hh[s]
    v = p.version[h, y - ADDR_YEAR0]
    # address strings per (household, version) used
    uniq, inv = _dense_unique(h.astype(np.int64) * MAX_VERSIONS + v, n * MAX_VERSIONS)
    uh, uv = uniq // MAX_VERSIONS, uniq % MAX_VERSIONS
    texts = _address_texts(p.addr_num[uh, uv], p.addr_street[uh, uv], p.addr_suffix[uh, uv], p.addr_apt[uh, uv])
    # the state's table writes the middle name as an initial in about 2% of its rows
    initials = np.array([m[:1] for m in p.middle.tolist()], dtype=object)
    initial = (rng.random(len(s)) < 0.02) & (p.middle[s] != "")
    # last names: the household's before and after its change, or a half-sibling's own
    cy = p.change_year[p.hh]
    own = p.own_last != None  # noqa: E711  (object array comparison)
    before = np.where(own, p.own_last, p.last0[p.hh])
    after = np.where(own, p.own_last, p.last1[p.hh])
    use_after = (cy[s] > 0) & (y >= cy[s])
    labels = [school_year_label(v_) for v_ in range(FIRST_YEAR, LAST_YEAR + 1)]
    district_codes = [f"D{d + 1:03d}" for d in range(len(x.district_names))]
    students = np.nonzero(np.bincount(s, minlength=n))[0]
    birth_text = np.full(n, "", dtype=object)
    birth_text[students] = np.datetime_as_string(p.birth[students], unit="D").astype(object)
    table = pa.table({
        "RIC": _take(x.student_ids, s), "SCHOOL_YEAR": _take(labels, y - FIRST_YEAR),
        "FIRST_NAME": _take(p.first, s), "MIDDLE_NAME": _take(np.concatenate([p.middle, initials]), s + n * initial),
        "LAST_NAME": _take(np.concatenate([before, after]), s + n * use_after),
        "BIRTH_DATE": _take(birth_text, s), "HOME_ADDRESS": _take(texts, inv),
        "HOME_ZIP": _zip_texts().take(pa.array(p.addr_zip[h, v])),
        "DISTRICT_CODE": _take(district_codes, p.district[s, y - FIRST_YEAR]),
    })
    # gold: households, twins, name changes, distinct addresses seen in the extract
    present = students
    pairs, _ = _dense_unique(s.astype(np.int64) * MAX_VERSIONS + v, n * MAX_VERSIONS)
    n_addr = np.bincount(pairs // MAX_VERSIONS, minlength=n)
    first_y = np.full(n, 9999)
    last_y = np.zeros(n, dtype=int)
    np.minimum.at(first_y, s, y)
    np.maximum.at(last_y, s, y)
    cy = cy[present]
    changed = (cy > first_y[present]) & (cy <= last_y[present]) & ~own[present]
    tw = p.twin[present]
    gold = pa.table({
        "ric": x.student_ids[present], "household_id": ["H" + r for r in x.student_ids[p.hh[present]].tolist()],
        "twin_ric": np.where(tw >= 0, x.student_ids[np.maximum(tw, 0)], ""),
        "last_name_change_year": np.where(changed, cy.astype(str), ""),
        "addresses_in_extract": n_addr[present].astype(str),
    })
    return table, gold

"""Both sides of the linkage in one shape: the records Splink compares, built in DuckDB from the Arrow inputs.

Splink compares two tables with the same columns. Names are cleaned the same way on both sides (lower case,
accents stripped, letters only), so that NRA's upper case, Certiport's lower case and `José`/`Jose` cost nothing
and the model spends its weight on real differences. Each record also carries derived columns that the
comparisons need and plain SQL cannot compute pair by pair cheaply:

- `first_forms`: the first name and every formal name it is a nickname of (`bill` -> [bill, william]), so Bill and
  William meet on `william` and two nicknames of one name (Will, Bill) meet too;
- `last_parts`: the parts of a hyphenated or spaced last name, so `Smith-Jones` meets `Jones` (a part dropped or
  added), while `last_name` (letters only) already equals for `Smith Jones`, `SmithJones` and `Smith-Jones`;
- birth year, month and day apart, for the day/month swap level and for blocking;
- the street address with suffixes shortened (`Street` -> `st`) and apartments written one way (`apt 4b`), the
  street without its apartment, and the five-digit ZIP.

The state's side is one record per student and distinct identity (name, birth date, address, ZIP) over the
years: a student who moved or changed name has several, so a vendor account made at an old address, or before a
name change, meets the identity of that time. The best record of each student is kept after scoring
(`classify.py`).
"""

from __future__ import annotations

import csv
from importlib import resources

import duckdb
import pyarrow as pa

# Columns the linkage reads from each input; anything else is ignored (and never reaches the output).
IDENTITY_COLUMNS = ["RIC", "SCHOOL_YEAR", "FIRST_NAME", "MIDDLE_NAME", "LAST_NAME", "BIRTH_DATE", "HOME_ADDRESS",
                    "HOME_ZIP", "DISTRICT_CODE"]
VENDOR_COLUMNS = ["VENDOR_RECORD_ID", "FIRST_NAME", "MIDDLE_NAME", "LAST_NAME", "HOME_ADDRESS", "HOME_ZIP",
                  "BIRTH_MONTH", "BIRTH_DAY", "BIRTH_YEAR"]

# Street suffixes as the state abbreviates them, and the long forms vendors write.
SUFFIXES = {"street": "st", "avenue": "ave", "road": "rd", "drive": "dr", "lane": "ln", "court": "ct",
            "boulevard": "blvd", "circle": "cir", "place": "pl", "terrace": "ter", "parkway": "pkwy",
            "highway": "hwy", "apartment": "apt", "unit": "apt", "suite": "apt"}

# The record both sides are turned into (the columns Splink sees). `ric` is null on the vendor side.
RECORD_COLUMNS = ["unique_id", "ric", "first_name", "first_forms", "middle_name", "last_name", "last_parts", "dob",
                  "birth_year", "birth_month", "birth_day", "address", "street", "zip", "district_codes"]


def nickname_pairs() -> list[tuple[str, str]]:
    """(formal name, nickname) pairs, lower case, from the linkage's own nicknames.csv.

    The file is a copy of the list the synthetic generator draws nicknames from (so the benchmark's nicknames are
    all known to the model: a real vendor file will have some this list lacks). It is the linkage's own copy so
    that the generator can change without changing what the linkage knows.
    """
    text = resources.files("cte_credentials.linkage").joinpath("nicknames.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(text.splitlines())
    return sorted({(r["formal_name"].strip().lower(), r["nickname"].strip().lower()) for r in rows})


def _clean_name_sql(expr: str) -> str:
    """Letters only, lower case, accents stripped; empty -> null (a blank name is missing, not a name)."""
    return f"nullif(regexp_replace(lower(strip_accents(coalesce(cast({expr} as varchar), ''))), '[^a-z]', '', 'g'), '')"


def _parts_sql(expr: str) -> str:
    """Parts of a last name split at hyphens and spaces, letters only, two letters or more."""
    cleaned = f"regexp_replace(lower(strip_accents(coalesce(cast({expr} as varchar), ''))), '[^a-z -]', '', 'g')"
    return f"list_filter(regexp_split_to_array({cleaned}, '[ -]+'), lambda p: length(p) >= 2)"


def _address_sql(expr: str) -> str:
    """One spelling of a street address: lower case, `#4B`/`, Unit 4B` -> `apt 4b`, long suffixes shortened."""
    words = (f"regexp_split_to_array(trim(regexp_replace(regexp_replace(lower(strip_accents(coalesce("
             f"cast({expr} as varchar), ''))), '#\\s*', ' apt ', 'g'), '[^a-z0-9 ]', ' ', 'g')), '\\s+')")
    cases = " ".join(f"when '{long}' then '{short}'" for long, short in SUFFIXES.items())
    return f"nullif(array_to_string(list_transform({words}, lambda w: case w {cases} else w end), ' '), '')"


def _zip_sql(expr: str) -> str:
    """The five-digit ZIP (ZIP+4 cut), null unless five digits remain."""
    digits = f"regexp_replace(coalesce(cast({expr} as varchar), ''), '[^0-9]', '', 'g')"
    return f"case when length({digits}) >= 5 then left({digits}, 5) end"


def _register_nicknames(con: duckdb.DuckDBPyConnection) -> None:
    pairs = nickname_pairs()
    con.register("_link_nickname_pairs", pa.table({"formal": [p[0] for p in pairs],
                                                   "nickname": [p[1] for p in pairs]}))


def _columns(table: pa.Table, wanted: list[str], what: str) -> None:
    missing = [c for c in wanted if c not in table.column_names]
    if missing:
        raise ValueError(f"{what} lacks column(s) {', '.join(missing)}")


def prepare_records(con: duckdb.DuckDBPyConnection, identities: pa.Table, vendor_records: pa.Table) -> None:
    """Create tables `link_identities` and `link_vendors` (RECORD_COLUMNS) on `con`.

    An optional vendor column DISTRICT_CODE (the state code of the vendor's SCHOOL_DISTRICT, see
    `with_district_codes`) feeds the district comparison; without it that comparison is always null.
    """
    _columns(identities, IDENTITY_COLUMNS, "student_identities")
    _columns(vendor_records, VENDOR_COLUMNS, "vendor_test_results")
    con.register("_link_identities_in", identities.select(IDENTITY_COLUMNS))
    vendor_cols = VENDOR_COLUMNS + (["DISTRICT_CODE"] if "DISTRICT_CODE" in vendor_records.column_names else [])
    vendors = vendor_records.select(vendor_cols)
    if "DISTRICT_CODE" not in vendor_cols:
        vendors = vendors.append_column("DISTRICT_CODE", pa.nulls(len(vendors), pa.string()))
    con.register("_link_vendors_in", vendors)
    _register_nicknames(con)
    con.execute("set enable_progress_bar = false")
    # one record per student and distinct identity, grouped on the raw text first (a student's years mostly repeat
    # one identity, so this cleans a third of the rows); the middle name is the student's longest (a full name over
    # the initial the state sometimes holds), the districts all of the student's years
    con.execute(f"""
        create or replace temp table _link_ids_variants as
        with raw_variants as (
            select RIC, FIRST_NAME, LAST_NAME, BIRTH_DATE, HOME_ADDRESS, HOME_ZIP,
                min(cast(SCHOOL_YEAR as varchar)) as first_year
            from _link_identities_in where RIC is not null
            group by all
        ),
        per_student as (
            select cast(RIC as varchar) as ric,
                {_clean_name_sql('arg_max(MIDDLE_NAME, length(MIDDLE_NAME))')} as middle_name,
                list_sort(list_distinct(list(nullif(trim(cast(DISTRICT_CODE as varchar)), '')))) as district_codes
            from _link_identities_in where RIC is not null
            group by 1
        ),
        -- names and addresses repeat (households, popular names): each distinct text is cleaned once
        -- (SQL names are case-insensitive: the raw text is `raw`, the cleaned value `clean`)
        first_names as (
            select FIRST_NAME as raw, {_clean_name_sql('FIRST_NAME')} as clean
            from (select distinct FIRST_NAME from raw_variants)
        ),
        last_names as (
            select LAST_NAME as raw, {_clean_name_sql('LAST_NAME')} as clean, {_parts_sql('LAST_NAME')} as parts
            from (select distinct LAST_NAME from raw_variants)
        ),
        addresses as (
            select HOME_ADDRESS as raw, {_address_sql('HOME_ADDRESS')} as clean
            from (select distinct HOME_ADDRESS from raw_variants)
        ),
        cleaned as (
            select
                cast(r.RIC as varchar) as ric, f.clean as first_name, l.clean as last_name, l.parts as last_parts,
                try_cast(r.BIRTH_DATE as date) as dob, a.clean as address, {_zip_sql('r.HOME_ZIP')} as zip,
                r.first_year
            from raw_variants as r
            left join first_names as f on r.FIRST_NAME is not distinct from f.raw
            left join last_names as l on r.LAST_NAME is not distinct from l.raw
            left join addresses as a on r.HOME_ADDRESS is not distinct from a.raw
        ),
        variants as (
            select ric, first_name, last_name, any_value(last_parts) as last_parts, dob, address, zip,
                min(first_year) as first_year
            from cleaned
            group by ric, first_name, last_name, dob, address, zip
        )
        -- the id of an identity record is its student's and a 64-bit hash of the identity (unique among the few
        -- identities of one student; numbering them instead needs a sort of every record)
        select v.*, s.middle_name, s.district_codes,
            v.ric || '#' || cast(hash(v.first_name, v.last_name, v.dob, v.address, v.zip) as varchar) as unique_id
        from variants as v inner join per_student as s on v.ric = s.ric
    """)
    con.execute(f"""
        create or replace temp table _link_vendors_clean as
        select
            cast(v.VENDOR_RECORD_ID as varchar) as unique_id,
            cast(null as varchar) as ric,
            {_clean_name_sql('v.FIRST_NAME')} as first_name,
            {_clean_name_sql('v.MIDDLE_NAME')} as middle_name,
            {_clean_name_sql('v.LAST_NAME')} as last_name,
            {_parts_sql('v.LAST_NAME')} as last_parts,
            try(make_date(try_cast(v.BIRTH_YEAR as integer), try_cast(v.BIRTH_MONTH as integer),
                          try_cast(v.BIRTH_DAY as integer))) as dob,
            {_address_sql('v.HOME_ADDRESS')} as address,
            {_zip_sql('v.HOME_ZIP')} as zip,
            case when nullif(trim(cast(v.DISTRICT_CODE as varchar)), '') is not null
                then [trim(cast(v.DISTRICT_CODE as varchar))] end as district_codes
        from _link_vendors_in as v
    """)
    # first-name forms: the name and the formal names it is a nickname of, computed once per distinct name
    con.execute("""
        create or replace temp table _link_first_forms as
        with names as (
            select first_name from _link_ids_variants where first_name is not null
            union select first_name from _link_vendors_clean where first_name is not null
        )
        select n.first_name,
            list_sort(list_distinct(list_prepend(n.first_name, coalesce(list(p.formal) filter (p.formal is not null),
                []))))
                as first_forms
        from names as n left join _link_nickname_pairs as p on n.first_name = p.nickname
        group by n.first_name
    """)
    select = """
        r.unique_id, r.ric, r.first_name, f.first_forms, r.middle_name, r.last_name,
        case when len(r.last_parts) > 0 then r.last_parts end as last_parts,
        strftime(r.dob, '%Y-%m-%d') as dob,
        year(r.dob) as birth_year, month(r.dob) as birth_month, day(r.dob) as birth_day,
        r.address, regexp_replace(r.address, ' apt .*$', '') as street, r.zip, r.district_codes
    """
    for src, dst in (("_link_ids_variants", "link_identities"), ("_link_vendors_clean", "link_vendors")):
        con.execute(f"""
            create or replace table {dst} as
            select {select}
            from {src} as r left join _link_first_forms as f on r.first_name = f.first_name
        """)
    for t in ("_link_ids_variants", "_link_vendors_clean", "_link_first_forms"):
        con.execute(f"drop table if exists {t}")
    for v in ("_link_identities_in", "_link_vendors_in", "_link_nickname_pairs"):
        con.unregister(v)


def with_district_codes(vendor_records: pa.Table, program_serials: pa.Table) -> pa.Table:
    """The vendor records with DISTRICT_CODE: SCHOOL_DISTRICT looked up among program_serials' district names.

    Vendors write the district name as the state's program file does (other states' districts do not map and stay
    null). Names are compared lower case with spaces collapsed; a name two codes share maps to neither.
    """
    con = duckdb.connect()
    try:
        con.register("v", vendor_records.select(["SCHOOL_DISTRICT"]).append_column(
            "_row", pa.array(range(len(vendor_records)), pa.int64())))
        con.register("s", program_serials.select(["DISTRICT_NAME", "DISTRICT_CODE"]))
        codes = con.sql("""
            with names as (
                select lower(regexp_replace(trim(cast(DISTRICT_NAME as varchar)), '\\s+', ' ', 'g')) as name,
                    min(cast(DISTRICT_CODE as varchar)) as code
                from s group by 1 having count(distinct DISTRICT_CODE) = 1
            )
            select n.code from v
            left join names as n
                on lower(regexp_replace(trim(cast(v.SCHOOL_DISTRICT as varchar)), '\\s+', ' ', 'g')) = n.name
            order by v._row
        """).to_arrow_table().column(0)
    finally:
        con.close()
    base = vendor_records.drop_columns(["DISTRICT_CODE"]) if "DISTRICT_CODE" in vendor_records.column_names \
        else vendor_records
    return base.append_column("DISTRICT_CODE", codes.cast(pa.string()))

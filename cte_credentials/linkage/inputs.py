"""The linkage's three raw files read as text, for the commands (a dbt model passes its own refs instead).

Every column is read as text, as the vendors sent it: a ZIP keeps its leading zero and a birth month is parsed
by the linkage, not guessed by the reader. CSV or Parquet, whichever the folder holds.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa

from cte_credentials.errors import UserError
from cte_credentials.linkage.prepare import with_district_codes
from cte_credentials.paths import raw_dir

TABLES = ("student_identities", "vendor_test_results", "program_serials")


def raw_folder(path: Path | None) -> Path:
    return path if path is not None else raw_dir()


def _file(raw: Path, table: str) -> Path:
    for ext in ("csv", "parquet"):
        if (raw / f"{table}.{ext}").is_file():
            return raw / f"{table}.{ext}"
    raise UserError(f"raw folder {raw}: no {table}.csv or {table}.parquet (generate one with "
                    "`cte-credentials generate`, which writes the vendor files too)")


def read_table(path: Path) -> pa.Table:
    import duckdb

    con = duckdb.connect()
    try:
        if path.suffix == ".parquet":
            rel = con.sql(f"select * from read_parquet('{path}')")
            return rel.select(*[f'cast("{c}" as varchar) as "{c}"' for c in rel.columns]).to_arrow_table()
        return con.sql(f"select * from read_csv('{path}', all_varchar = true, header = true)").to_arrow_table()
    finally:
        con.close()


def read_raw(raw: Path) -> tuple[pa.Table, pa.Table]:
    """(student_identities, vendor_test_results with DISTRICT_CODE from program_serials)."""
    identities, vendors, serials = (read_table(_file(raw, t)) for t in TABLES)
    return identities, with_district_codes(vendors, serials)

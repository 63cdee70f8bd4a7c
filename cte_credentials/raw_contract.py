"""The raw-data contract, and the checks of a raw file that need Python: shared by `check-inputs` and dbt.

`cte-credentials check-inputs` calls these functions directly; inside dbt the on-run-start hook (macro
check_raw_files) calls the same functions as DuckDB functions that the project's dbt-duckdb plugin registers
(cte_credentials/dbt_plugin.py). So a folder, a missing or unreadable file, a Parquet column of the wrong type and
the physical line of a malformed row read the same in both, by construction: SQL cannot tell a folder from a
missing file, nor catch a "permission denied", and DuckDB reports the record a bad row starts on, not its line.
"""

from __future__ import annotations

import functools
import os
import stat
from pathlib import Path

import yaml

from cte_credentials.paths import PROJECT_ROOT

# Parquet column types read as text: integers and booleans turn into the text the codebook would hold ("30000",
# "true"); a date, a decimal number, a list or a struct would turn into text that silently breaks a rule
# ("2024-01-01" is no school year, "[OSHA 10]" no credential name), so the build stops on them instead.
TEXT_TYPES = {"VARCHAR", '"NULL"', "BOOLEAN"}
INTEGER_TYPES = {"TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT",
                 "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT", "UHUGEINT"}

_CHUNK = 1 << 24


@functools.lru_cache(maxsize=1)
def project_vars() -> dict:
    """The vars of dbt_project.yml: the one place the contract is written down, read by dbt and by this package."""
    return yaml.safe_load((PROJECT_ROOT / "dbt_project.yml").read_text())["vars"]


def required_columns() -> dict[str, list[str]]:
    """The codebook: table -> required columns (var cte:raw_columns)."""
    return {table: list(cols) for table, cols in project_vars()["cte:raw_columns"].items()}


def optional_files() -> list[str]:
    """Tables the extract may leave out (var cte:optional_raw_files): the vendor side."""
    return list(project_vars().get("cte:optional_raw_files") or [])


def year_column(table: str) -> str:
    """The column holding a file's school year (var cte:raw_year_columns; SCHOOL_YEAR unless named there)."""
    return str((project_vars().get("cte:raw_year_columns") or {}).get(table, "SCHOOL_YEAR"))


def renamed_header(table: str, header: list[str], names: dict | None = None) -> list[str]:
    """The header with the codebook's names where the state's file names a column otherwise (var
    cte:raw_column_names: {table: {CODEBOOK_NAME: NAME_IN_THE_FILE}}); names compared trimmed and upper case."""
    mapping = (project_vars().get("cte:raw_column_names") or {}) if names is None else names
    file_to_codebook = {str(v).strip().upper(): str(k).strip().upper() for k, v in (mapping.get(table) or {}).items()}
    return [file_to_codebook.get(h.strip().upper(), h) for h in header]


def file_exists(path: str | os.PathLike) -> bool:
    """Whether anything is at path (an optional file that is absent is left out; anything else is checked)."""
    return os.path.lexists(path)


def years_needed() -> dict[str, list[str]]:
    """Table -> the tables that must hold every school year it holds (var cte:raw_years_needed)."""
    return {table: list(needs) for table, needs in project_vars()["cte:raw_years_needed"].items()}


def max_rejected_share() -> float:
    """The share of a file's rows that may be rejected before the build stops (var cte:max_rejected_share)."""
    return float(project_vars()["cte:max_rejected_share"])


def path_problem(path: str | os.PathLike, kind: str) -> str | None:
    """One clear message when the raw folder (kind 'folder') or a raw file ('csv', 'parquet') cannot be read.

    None when it can. The messages name the path and say what to do; the hook raises them word for word.
    """
    path = Path(path)
    if kind == "folder":
        return _folder_problem(path)
    where = f"raw file {path}: "
    table = path.name.rsplit(".", 1)[0]
    try:
        info = path.stat()
    except FileNotFoundError:
        return (where + f"not found. Put the extract's {table} file there, or point CTE_RAW_PATH (or the var "
                "cte:raw_path) at the folder that holds it.")
    except OSError as exc:
        return where + f"cannot be read ({exc.strerror or exc}). Give the user who runs the build read access to it."
    if stat.S_ISDIR(info.st_mode):
        return where + f"is a folder, not a file. Put the extract's {table} file there under this name."
    if not stat.S_ISREG(info.st_mode):
        return where + "is not a regular file. Copy the extract's file there."
    try:
        with path.open("rb") as fh:
            fh.read(1)
    except OSError as exc:
        return where + f"cannot be read ({exc.strerror or exc}). Give the user who runs the build read access to it."
    if info.st_size == 0:
        return where + "is empty (0 bytes). Export the table again."
    if kind == "parquet":
        import pyarrow.parquet as pq

        try:
            pq.read_metadata(path)
        except Exception as exc:  # pyarrow raises several types for a file that is not Parquet
            return where + f"is not a readable Parquet file ({exc}). Export it again."
    return None


def _folder_problem(folder: Path) -> str | None:
    where = f"raw folder {folder}: "
    advice = "Point CTE_RAW_PATH (or the var cte:raw_path) at the folder that holds the extract."
    if not folder.exists():
        return where + "not found. " + advice
    if not folder.is_dir():
        return where + "is a file, not a folder. " + advice
    try:
        os.listdir(folder)
    except OSError as exc:
        return where + f"cannot be read ({exc.strerror or exc}). Give the user who runs the build read access to it."
    return None


def utf8_problem(path: str | os.PathLike) -> str | None:
    """The message for a file that is not UTF-8, naming the first line with a byte that is not, else None."""
    import codecs

    decoder = codecs.getincrementaldecoder("utf-8")()
    line = 1
    with Path(path).open("rb") as fh:
        while chunk := fh.read(1 << 20):
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                line += chunk[: exc.start].count(b"\n")
                return (f"raw file {path}: is not UTF-8 (it holds bytes that are not valid UTF-8 on line {line}). "
                        "Re-export it as UTF-8, e.g. iconv -f latin1 -t utf-8.")
            line += chunk.count(b"\n")
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return f"raw file {path}: is not UTF-8 (it ends inside a multi-byte character). Re-export it as UTF-8."
    return None


def csv_header(path: str | os.PathLike) -> list[str]:
    """The first line split on commas, quotes, carriage return and byte-order mark removed, names trimmed and upper
    case: as the hook reads it (no CSV sniffing, so a wrong delimiter shows as one column)."""
    with Path(path).open("rb") as fh:
        first = fh.readline().decode("utf-8").rstrip("\n")
    first = first.replace("\r", "").replace("\ufeff", "").replace('"', "")
    return [name.strip().upper() for name in first.split(",")]


def register_functions(conn) -> None:  # noqa: ANN001 (a DuckDBPyConnection)
    """Make the checks above DuckDB functions on a connection: the hook (through the dbt-duckdb plugin) and
    check-inputs call them by these names."""
    # null means "no problem": DuckDB must pass it through (null_handling special)
    conn.create_function("cte_raw_path_problem", path_problem, ["VARCHAR", "VARCHAR"], "VARCHAR",
                         null_handling="special")
    conn.create_function("cte_raw_column_type_problem", column_type_problem, ["VARCHAR", "VARCHAR", "VARCHAR"],
                         "VARCHAR", null_handling="special")
    conn.create_function("cte_raw_file_exists", file_exists, ["VARCHAR"], "BOOLEAN")
    conn.create_function("cte_raw_line_number", line_number, ["VARCHAR", "BIGINT"], "BIGINT")
    conn.create_function("cte_raw_blank_lines_before", blank_lines_before, ["VARCHAR", "BIGINT"], "BIGINT")


def column_type_problem(path: str | os.PathLike, column: str, column_type: str) -> str | None:
    """A message when a Parquet column of the contract has a type that cannot be read as the codebook's text."""
    if column_type in TEXT_TYPES or column_type in INTEGER_TYPES:
        return None
    return (f"raw file {path}: column {column} is {column_type}, expected text (VARCHAR; integer and boolean "
            "columns are also read as text). Export the column as text.")


@functools.lru_cache(maxsize=2)
def _line_index(path: str, size: int, mtime_ns: int) -> tuple:
    """Byte offsets of every line break, and of the line breaks that end a blank line (empty, or a lone CR)."""
    import numpy as np

    if size == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    data = np.memmap(path, dtype=np.uint8, mode="r")
    # in chunks, so the comparison never holds a second copy of a large file
    parts = [np.flatnonzero(data[i:i + _CHUNK] == 10) + i for i in range(0, len(data), _CHUNK)]
    breaks = np.concatenate(parts).astype(np.int64)
    starts = np.concatenate(([0], breaks[:-1] + 1)).astype(np.int64)
    lengths = breaks - starts
    blank = (lengths == 0) | ((lengths == 1) & (data[starts] == 13))
    return breaks, breaks[blank]


def _record_start(path: str, byte_offset: int) -> int:
    """DuckDB may place a record's start on the blank lines before it: move past them to its first character."""
    position = int(byte_offset)
    with open(path, "rb") as fh:
        fh.seek(position)
        while block := fh.read(4096):
            rest = block.lstrip(b"\r\n")
            position += len(block) - len(rest)
            if rest:
                break
    return position


def line_number(path: str, byte_offset: int) -> int:
    """The physical (1-based) line of the record DuckDB reports at byte_offset: counts the line breaks before it.

    DuckDB's own number counts records, so a value holding a line break earlier in the file would shift it.
    """
    import numpy as np

    info = os.stat(path)
    breaks, _ = _line_index(str(path), info.st_size, info.st_mtime_ns)
    return int(np.searchsorted(breaks, _record_start(path, byte_offset))) + 1


def blank_lines_before(path: str, byte_offset: int) -> int:
    """Blank lines before the record at byte_offset: DuckDB skips them as rows but counts them in its numbers."""
    import numpy as np

    info = os.stat(path)
    _, blank_ends = _line_index(str(path), info.st_size, info.st_mtime_ns)
    return int(np.searchsorted(blank_ends, _record_start(path, byte_offset)))

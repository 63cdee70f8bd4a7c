"""The raw-file checks, part by part, fast and without dbt (test_bad_inputs.py runs the corpus through both tools)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from conftest import BIN, PROJECT_ROOT

from cte_credentials import inputs, raw_contract


def test_valid_extract_passes(small_extract: Path) -> None:
    """The generated extract holds the six CTE files and the two optional vendor-side files."""
    result = subprocess.run([str(BIN / "cte-credentials"), "check-inputs", "--raw-path", str(small_extract / "raw")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip().endswith("8 files OK")


def test_an_extract_without_the_optional_files_passes(small_extract: Path, tmp_path: Path) -> None:
    """Without student_identities and vendor_test_results: six files checked, the two absent ones named."""
    raw = tmp_path / "raw"
    raw.mkdir()
    for path in (small_extract / "raw").iterdir():
        if path.stem not in ("student_identities", "vendor_test_results"):
            (raw / path.name).write_bytes(path.read_bytes())
    result = subprocess.run([str(BIN / "cte-credentials"), "check-inputs", "--raw-path", str(raw)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip().endswith("6 files OK")
    assert result.stderr.count("absent (optional, var cte:optional_raw_files)") == 2


def test_check_inputs_reads_csv_as_the_hook_does() -> None:
    """The read_csv options of check-inputs are the macro's, word for word: both must set aside the same rows."""
    assert inputs.CSV_OPTIONS in (PROJECT_ROOT / "macros" / "raw_files.sql").read_text()


@pytest.mark.parametrize("spelling, year", [("2023-24", 2024), ("2023-2024", 2024), (" SY 2023-24 ", 2024),
                                            ("2024", 2024), ("20X3", None), ("2023-25", None), ("1990", None)])
def test_school_years_parse_as_in_staging(spelling: str, year: int | None) -> None:
    """check-inputs renders the project's own parse_school_year macro: the same years as staging."""
    sql = inputs._school_year_sql("s")
    assert duckdb.execute(f"select {sql} from (select ? as s)", [spelling]).fetchall()[0][0] == year


def test_physical_lines_count_line_breaks_not_records(tmp_path: Path) -> None:
    """DuckDB reports a malformed record by its record number and a byte offset; the line counts every line
    break before it, inside quoted values and blank lines included, CRLF or not, after a byte-order mark."""
    for newline in ("\n", "\r\n"):
        text = newline.join(['\ufeff"A","B"', '"1","two', 'lines"', "", '"2"', '"3","x"', ""])
        path = tmp_path / "f.csv"
        path.write_bytes(text.encode("utf-8"))
        con = duckdb.connect()
        con.execute(f"select * from {inputs.reader_sql(path, ['A', 'B'], 't', 'csv')}").fetchall()
        rejects = con.execute("select line, line_byte_position from cte_rejects_t").fetchall()
        assert len(rejects) == 1
        line, offset = rejects[0]
        assert raw_contract.line_number(str(path), offset) == 5
        assert line - 1 - raw_contract.blank_lines_before(str(path), offset) == 2  # the file's second record


def test_path_problems(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert "raw folder" in raw_contract.path_problem(tmp_path / "nowhere", "folder")
    (tmp_path / "x.csv").mkdir()
    assert "is a folder, not a file" in raw_contract.path_problem(tmp_path / "x.csv", "csv")
    file = tmp_path / "y.csv"
    file.write_text("a\n")
    assert raw_contract.path_problem(file, "csv") is None
    assert "is not a readable Parquet file" in raw_contract.path_problem(file, "parquet")

    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", denied)
    assert raw_contract.path_problem(file, "csv") == (
        f"raw file {file}: cannot be read (Permission denied). Give the user who runs the build read access to it."
    )


@pytest.mark.parametrize("column_type, accepted", [("VARCHAR", True), ("BIGINT", True), ("BOOLEAN", True),
                                                   ('"NULL"', True), ("DATE", False), ("DOUBLE", False),
                                                   ("VARCHAR[]", False), ("STRUCT(k BIGINT)", False)])
def test_parquet_types(column_type: str, accepted: bool) -> None:
    assert (raw_contract.column_type_problem("f.parquet", "C", column_type) is None) == accepted


def test_cli_is_the_entry_point() -> None:
    result = subprocess.run([sys.executable, "-m", "cte_credentials.cli", "--help"], capture_output=True, text=True)
    assert result.returncode == 0
    assert "check-inputs" in result.stdout

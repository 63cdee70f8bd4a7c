"""Bad raw files stop the build with one clear message naming the file and the problem, never a traceback."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import BIN, run_dbt


def _copy(small_extract: Path, tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    shutil.copytree(small_extract / "raw", raw)
    return raw


def _cli(raw: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(BIN / "cte-credentials"), "check-inputs", "--raw-path", str(raw)],
                          capture_output=True, text=True)


def _break_missing_file(raw: Path) -> str:
    (raw / "student_exits.csv").unlink()
    return "student_exits.csv: not found"


def _break_renamed_column(raw: Path) -> str:
    path = raw / "credentials_earned.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('"VENDOR"', '"VENDOR_NAME"', 1), encoding="utf-8")
    return "credentials_earned.csv: lacks column(s) VENDOR"


def _break_delimiter(raw: Path) -> str:
    path = raw / "program_serials.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(line.replace('","', '";"') for line in lines) + "\n", encoding="utf-8")
    return "program_serials.csv: has the wrong delimiter (semicolon)"


def _break_encoding(raw: Path) -> str:
    path = raw / "wbl_experiences.csv"
    with path.open("ab") as fh:
        fh.write('"1234567890","2024","30000","Caf\xe9","0","0","0","0","0"\n'.encode("latin-1"))
    return "wbl_experiences.csv: is not UTF-8"


def _break_empty(raw: Path) -> str:
    (raw / "student_demographics.csv").write_bytes(b"")
    return "student_demographics.csv: is empty"


CASES = {
    "missing_file": _break_missing_file,
    "renamed_column": _break_renamed_column,
    "wrong_delimiter": _break_delimiter,
    "non_utf8": _break_encoding,
    "empty_file": _break_empty,
}


def test_valid_extract_passes(small_extract: Path) -> None:
    result = _cli(small_extract / "raw")
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("case", sorted(CASES))
def test_cli_names_file_and_problem(case: str, small_extract: Path, tmp_path: Path) -> None:
    raw = _copy(small_extract, tmp_path)
    expected = CASES[case](raw)
    result = _cli(raw)
    assert result.returncode == 2
    assert expected in result.stderr
    assert str(raw) in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_non_utf8_names_the_line(small_extract: Path, tmp_path: Path) -> None:
    raw = _copy(small_extract, tmp_path)
    _break_encoding(raw)
    lines = (raw / "wbl_experiences.csv").read_bytes().count(b"\n")
    assert f"on line {lines}" in _cli(raw).stderr
    # the dbt hook names the same line
    assert f"on line {lines})" in run_dbt(["build", "--select", "path:models/staging"], tmp_path, raw).stdout


@pytest.mark.parametrize("case", sorted(CASES))
def test_dbt_build_stops_before_any_model(case: str, small_extract: Path, tmp_path: Path) -> None:
    raw = _copy(small_extract, tmp_path)
    expected = CASES[case](raw)
    result = run_dbt(["build", "--select", "path:models/staging"], tmp_path, raw)
    assert result.returncode != 0
    assert expected in result.stdout
    assert "START sql" not in result.stdout  # no model started
    assert "Traceback" not in result.stdout + result.stderr


def test_cli_is_the_entry_point() -> None:
    result = subprocess.run([sys.executable, "-m", "cte_credentials.cli", "--help"], capture_output=True, text=True)
    assert result.returncode == 0
    assert "check-inputs" in result.stdout

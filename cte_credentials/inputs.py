"""`cte-credentials check-inputs`: check the raw extract before a build.

The same checks, with the same messages, run inside dbt before any model (macro check_raw_files): a missing or
empty file, bytes that are not UTF-8, the wrong delimiter, a missing column. The required columns come from the
var `cte:raw_columns` in dbt_project.yml, the one place the raw-data contract is written down.
"""

from __future__ import annotations

import argparse
import codecs
import csv
import sys
from pathlib import Path

import yaml

from cte_credentials.errors import UserError
from cte_credentials.paths import PROJECT_ROOT, raw_dir

DELIMITERS = [(";", "semicolon"), ("\t", "tab"), ("|", "pipe")]


def required_columns() -> dict[str, list[str]]:
    """The codebook: table -> required columns, read from dbt_project.yml so dbt and this tool never disagree."""
    project = yaml.safe_load((PROJECT_ROOT / "dbt_project.yml").read_text())
    return {table: list(cols) for table, cols in project["vars"]["cte:raw_columns"].items()}


def _check_utf8(path: Path) -> None:
    decoder = codecs.getincrementaldecoder("utf-8")()
    line = 1
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                line += chunk[: exc.start].count(b"\n")
                raise UserError(
                    f"raw file {path}: is not UTF-8 (it holds bytes that are not valid UTF-8: byte "
                    f"0x{chunk[exc.start]:02x} on line {line}). Re-export it as UTF-8, e.g. iconv -f latin1 -t utf-8."
                ) from None
            line += chunk.count(b"\n")
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            raise UserError(
                f"raw file {path}: is not UTF-8 (it ends inside a multi-byte character). Re-export it as UTF-8."
            ) from None


def _csv_header(path: Path) -> list[str]:
    with path.open(newline="", encoding="utf-8") as fh:
        return next(csv.reader(fh), [])


def _parquet_header(path: Path) -> list[str]:
    import pyarrow.parquet as pq

    try:
        return list(pq.read_schema(path).names)
    except Exception as exc:  # pyarrow raises several types for a file that is not Parquet
        raise UserError(f"raw file {path}: is not a readable Parquet file ({exc}). Export it again.") from None


def check_file(path: Path, columns: list[str], fmt: str) -> None:
    """Raise UserError with one clear message for the first problem of one raw file."""
    if not path.exists():
        raise UserError(
            f"raw file {path}: not found. Put the extract's {path.stem} file there, or point CTE_RAW_PATH "
            "(or the var cte:raw_path) at the folder that holds it."
        )
    if path.stat().st_size == 0:
        raise UserError(f"raw file {path}: is empty (0 bytes). Export the table again.")
    if fmt == "csv":
        _check_utf8(path)
        header = _csv_header(path)
    else:
        header = _parquet_header(path)
    found = [h.strip().upper() for h in header]
    if fmt == "csv" and len(found) == 1:
        for delimiter, label in DELIMITERS:
            if delimiter in header[0]:
                raise UserError(
                    f"raw file {path}: has the wrong delimiter ({label}): the header reads as one column. "
                    "Export it comma-delimited."
                )
    missing = [c for c in columns if c not in found]
    if missing:
        raise UserError(
            f"raw file {path}: lacks column(s) {', '.join(missing)} (found: {', '.join(found)}). Column names must "
            "follow the codebook (README, Run it on your own extract)."
        )


def check_inputs(folder: Path, fmt: str = "csv") -> list[Path]:
    """Check every raw file of the contract; return the files checked."""
    checked = []
    for table, columns in required_columns().items():
        path = folder / f"{table}.{fmt}"
        check_file(path, columns, fmt)
        checked.append(path)
    return checked


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--raw-path", type=Path, default=None,
                        help="raw extract folder (default: CTE_RAW_PATH, else data/raw)")
    parser.add_argument("--format", choices=["csv", "parquet"], default=None,
                        help="file format (default: CTE_RAW_FORMAT, else csv)")


def run(args: argparse.Namespace) -> int:
    import os

    folder = args.raw_path or raw_dir()
    fmt = args.format or os.environ.get("CTE_RAW_FORMAT", "csv")
    checked = check_inputs(folder, fmt)
    print(f"raw extract {folder}: {len(checked)} files OK", file=sys.stderr)
    return 0

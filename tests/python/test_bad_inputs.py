"""Bad raw input, one change at a time to a copy of a small extract, as a new user would meet it.

Either the build stops with one clear message naming the file (and the line or column where there is one), the same
message from `cte-credentials check-inputs` and from dbt, without a traceback; or the build succeeds and every bad
row is in its _rejects model with the expected reason, raw rows = staged + rejected for every table. The corpus is
in bad_inputs.py. Cost on two cores: the stopping cases need check-inputs and dbt's on-run-start hook only (a `dbt
run` of one small model, two at a time, each from a parse file made once); the rows that must be rejected share one
copy and one full build (the "kitchen sink"), which is then rebuilt (repeatable) and killed and rebuilt (recovers).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import bad_inputs as corpus
import duckdb
import pytest
from conftest import BIN, PROJECT_ROOT

STAGING = ["--select", "+staging", "--indirect-selection", "buildable"]


def run_cli(raw: Path, fmt: str = "csv", prefix: list[str] | None = None) -> subprocess.CompletedProcess:
    cmd = [*(prefix or []), str(BIN / "cte-credentials"), "check-inputs", "--raw-path", str(raw), "--format", fmt]
    return subprocess.run(cmd, capture_output=True, text=True)


def dbt_command(args: list[str], workdir: Path, raw: Path, parse_file: Path, fmt: str = "csv",
                dbt_vars: dict | None = None, prefix: list[str] | None = None) -> tuple[list[str], dict]:
    """dbt run from `workdir` with its own warehouse (a relative path, so every run has the same profile and can
    start from the parse file made once)."""
    target = workdir / "target"
    target.mkdir(parents=True, exist_ok=True)
    if parse_file.exists() and not (target / "partial_parse.msgpack").exists():
        shutil.copy(parse_file, target / "partial_parse.msgpack")
    env = dict(os.environ, DBT_PROFILES_DIR=str(PROJECT_ROOT), CTE_DUCKDB_PATH="warehouse.duckdb",
               CTE_RAW_PATH=str(raw), CTE_RAW_FORMAT=fmt)
    cmd = [*(prefix or []), str(BIN / "dbt"), *args, "--project-dir", str(PROJECT_ROOT),
           "--target-path", str(target), "--log-path", str(workdir / "logs")]
    if dbt_vars:
        cmd += ["--vars", json.dumps(dbt_vars)]
    return cmd, env


def run_dbt(args: list[str], workdir: Path, raw: Path, parse_file: Path, **kwargs) -> subprocess.CompletedProcess:
    cmd, env = dbt_command(args, workdir, raw, parse_file, **kwargs)
    return subprocess.run(cmd, cwd=workdir, env=env, capture_output=True, text=True)


def no_traceback(*results: subprocess.CompletedProcess) -> None:
    for result in results:
        assert "Traceback" not in result.stdout + result.stderr, result.stdout[-3000:] + result.stderr[-3000:]


@pytest.fixture(scope="module")
def parse_file(tmp_path_factory: pytest.TempPathFactory, small_extract: Path) -> Path:
    """dbt's parse of the project, made once: every dbt run below starts from it (3 s instead of 6)."""
    workdir = tmp_path_factory.mktemp("parse")
    cmd, env = dbt_command(["parse"], workdir, small_extract / "raw", workdir / "none")
    (workdir / "target").mkdir(exist_ok=True)
    result = subprocess.run(cmd, cwd=workdir, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:]
    return workdir / "target" / "partial_parse.msgpack"


@pytest.fixture(scope="module")
def parquet_extract(tmp_path_factory: pytest.TempPathFactory, small_extract: Path) -> Path:
    out = tmp_path_factory.mktemp("parquet") / "raw"
    corpus.to_parquet(small_extract / "raw", out)
    return out


# ---------------------------------------------------------------- cases that must stop


STOPS = {**{(name, "csv"): case for name, case in corpus.CSV_STOPS.items()},
         **{(name, "parquet"): case for name, case in corpus.PARQUET_STOPS.items()}}


@pytest.fixture(scope="module")
def stop_results(tmp_path_factory: pytest.TempPathFactory, small_extract: Path, parquet_extract: Path,
                 parse_file: Path) -> dict:
    """Every stopping case, two at a time: its copy, what it expects, check-inputs' and dbt's results."""
    jobs = []
    for (name, fmt), case in STOPS.items():
        workdir = tmp_path_factory.mktemp(name)
        raw = workdir / "raw"
        shutil.copytree(small_extract / "raw" if fmt == "csv" else parquet_extract, raw)
        stop = case(raw)
        jobs.append((name, fmt, workdir, stop.raw or raw, stop))

    def run(job: tuple) -> tuple:
        name, fmt, workdir, raw, stop = job
        prefix = corpus.unprivileged() if stop.unprivileged else []
        if stop.unprivileged and os.geteuid() == 0 and not prefix:
            return (name, fmt), None
        cli = run_cli(raw, fmt, prefix)
        dbt = run_dbt(["run", "--select", stop.select], workdir, raw, parse_file, fmt=fmt, prefix=prefix)
        raised = None
        if not stop.cli_stops:  # a share past the limit: raising the limit lets the same run through
            raised = run_dbt(["run", "--select", stop.select], workdir, raw, parse_file, fmt=fmt, prefix=prefix,
                             dbt_vars={"cte:max_rejected_share": 1.0})
        return (name, fmt), (raw, stop, cli, dbt, raised)

    with ThreadPoolExecutor(max_workers=2) as pool:
        return dict(pool.map(run, jobs))


@pytest.mark.parametrize("name, fmt", sorted(STOPS))
def test_stops_with_one_message(name: str, fmt: str, stop_results: dict) -> None:
    if stop_results[(name, fmt)] is None:
        pytest.skip("cannot make a file unreadable for root without setpriv")
    raw, stop, cli, dbt, raised = stop_results[(name, fmt)]
    no_traceback(cli, dbt)
    # dbt stops, naming the file in full and the line or column
    assert dbt.returncode != 0, dbt.stdout[-3000:]
    for text in [str(raw), *stop.names]:
        assert text in dbt.stdout, (text, dbt.stdout[-3000:])
    if stop.cli_stops:
        # check-inputs stops too, with one line: the same message word for word
        assert cli.returncode == 2, cli.stderr
        lines = cli.stderr.strip().splitlines()
        assert len(lines) == 1, cli.stderr
        message = lines[0].removeprefix("cte-credentials check-inputs: error: ")
        for text in [str(raw), *stop.names]:
            assert text in message, (text, message)
        assert message in dbt.stdout, (message, dbt.stdout[-3000:])
        assert "START sql" not in dbt.stdout  # the hook stopped the build before any model
    else:
        # the rows parse, the file is fine for check-inputs; dbt stops when the staging rules reject too many
        assert cli.returncode == 0, cli.stderr
        assert raised.returncode == 0, raised.stdout[-3000:]


# ---------------------------------------------------------------- the kitchen sink: bad rows that must be rejected


@pytest.fixture(scope="module")
def sink(tmp_path_factory: pytest.TempPathFactory, small_extract: Path, parse_file: Path) -> dict:
    """One copy with every planted row and file oddity, in a folder whose path needs quoting, built in full."""
    workdir = tmp_path_factory.mktemp("sink")
    raw = corpus.quoted_folder(workdir)
    shutil.copytree(small_extract / "raw", raw)
    planted = corpus.kitchen_sink(raw)
    cli = run_cli(raw)
    build = run_dbt(["build"], workdir, raw, parse_file)
    return {"workdir": workdir, "raw": raw, "planted": planted, "cli": cli, "build": build}


def _sql(sink: dict, query: str, params: list | None = None) -> list[tuple]:
    with duckdb.connect(str(sink["workdir"] / "warehouse.duckdb"), read_only=True) as con:
        return con.execute(query, params or []).fetchall()


def test_sink_passes_check_inputs_naming_malformed_lines(sink: dict) -> None:
    cli = sink["cli"]
    no_traceback(cli)
    assert cli.returncode == 0, cli.stderr
    malformed = [p for p in sink["planted"].planted if p.reason == "malformed_row"]
    note = f"raw file {sink['raw']}/credentials_earned.csv: {len(malformed)} of "
    assert note in cli.stderr, cli.stderr
    assert f"the first on line {malformed[0].line})" in cli.stderr


def test_sink_builds_in_full(sink: dict) -> None:
    build = sink["build"]
    no_traceback(build)
    assert build.returncode == 0, build.stdout[-5000:]
    assert "Completed successfully" in build.stdout
    # the hook says where the malformed rows are, as check-inputs does
    assert sink["cli"].stderr.splitlines()[0] in build.stdout


def test_sink_raw_rows_are_staged_plus_rejected(sink: dict) -> None:
    for table in corpus.TABLES:
        raw_rows = _sql(sink, "select raw_rows from raw.raw_files where table_name = ?", [table])[0][0]
        staged = _sql(sink, f"select count(*) from staging.stg_cteis__{table}")[0][0]
        rejected = _sql(sink, f"select count(*) from staging.stg_cteis__{table}_rejects")[0][0]
        assert raw_rows == sink["planted"].raw_rows[table] == staged + rejected, table


def test_sink_planted_rows_get_their_reason(sink: dict) -> None:
    wrong = []
    for p in sink["planted"].planted:
        rows = _sql(sink, f"select reject_reason, source_line_number, raw_line from staging.base_cteis__{p.table} "
                          "where source_row_number = ?", [p.source_row_number])
        assert len(rows) == 1, p
        reason, line, text = rows[0]
        if (reason, line, text) != (p.reason, p.line, p.text):
            wrong.append((p, rows[0]))
    assert not wrong, wrong


def test_sink_values_are_data(sink: dict) -> None:
    planted = sink["planted"]
    for name in (planted.sql_name, planted.jinja_name, planted.long_name):
        assert _sql(sink, "select count(*) from staging.stg_cteis__credentials_earned where credential_name_raw = ?",
                    [name])[0][0] == 1
    # and the published tables never saw an unknown or rejected serial
    assert _sql(sink, "select count(*) from marts.fct_credentials_earned "
                      "where program_serial_number in ('NOPE1', 'SRJ1')")[0][0] == 0


def test_sink_file_oddities_read_cleanly(sink: dict, small_extract: Path) -> None:
    """A byte-order mark, CRLF line ends, reordered and extra columns: the same rows as the plain file."""
    for table in ("student_exits", "program_enrollments", "wbl_experiences"):
        original = small_extract / "raw" / f"{table}.csv"
        with duckdb.connect() as con:
            ric = con.execute(f"select RIC from read_csv('{original}', all_varchar = true) limit 1").fetchall()[0][0]
        assert _sql(sink, f"select count(*) from staging.stg_cteis__{table} where source_row_number = 1 "
                          "and student_id = ?", [ric])[0][0] == 1, table
        share = _sql(sink, f"select count(reject_reason) / count(*) from staging.base_cteis__{table}")[0][0]
        assert share < 0.01, (table, share)


def test_sink_build_is_repeatable(sink: dict, parse_file: Path) -> None:
    def fingerprint() -> dict:
        return {table: _sql(sink, f"select count(*), sum(hash(b)) from staging.base_cteis__{table} as b")[0]
                for table in corpus.TABLES}

    before = fingerprint()
    again = run_dbt(["build", *STAGING], sink["workdir"], sink["raw"], parse_file)
    no_traceback(again)
    assert again.returncode == 0, again.stdout[-3000:]
    assert fingerprint() == before


def test_sink_killed_build_recovers(sink: dict, parse_file: Path) -> None:
    cmd, env = dbt_command(["build", *STAGING], sink["workdir"], sink["raw"], parse_file)
    process = subprocess.Popen(cmd, cwd=sink["workdir"], env=env, stdout=subprocess.PIPE, text=True,
                               start_new_session=True)
    for line in process.stdout:
        if "START sql table model staging.base_" in line:
            os.killpg(process.pid, signal.SIGKILL)
            break
    process.wait()
    assert process.returncode == -signal.SIGKILL
    again = run_dbt(["build", *STAGING], sink["workdir"], sink["raw"], parse_file)
    no_traceback(again)
    assert again.returncode == 0, again.stdout[-3000:]
    test_sink_raw_rows_are_staged_plus_rejected(sink)


# ---------------------------------------------------------------- Parquet columns that read as text


def test_parquet_integer_and_boolean_columns_read_as_text(tmp_path: Path, parquet_extract: Path,
                                                          parse_file: Path) -> None:
    raw = tmp_path / "raw"
    shutil.copytree(parquet_extract, raw)
    corpus._retype(raw, "credentials_earned", "PROGRAM_SERIAL_NUMBER", "try_cast(PROGRAM_SERIAL_NUMBER as bigint)")
    corpus._retype(raw, "program_enrollments", "CONCENTRATOR_FLAG",
                   "case upper(CONCENTRATOR_FLAG) when 'Y' then true when 'N' then false end")
    corpus._retype(raw, "program_enrollments", "GRADE_LEVEL", "try_cast(GRADE_LEVEL as integer)")
    cli = run_cli(raw, "parquet")
    build = run_dbt(["build", *STAGING], tmp_path, raw, parse_file, fmt="parquet")
    no_traceback(cli, build)
    assert cli.returncode == 0, cli.stderr
    assert build.returncode == 0, build.stdout[-3000:]
    with duckdb.connect(str(tmp_path / "warehouse.duckdb"), read_only=True) as con:
        assert con.execute("select count(*) from staging.stg_cteis__credentials_earned "
                           "where not regexp_full_match(program_serial_number, '\\d+')").fetchall()[0][0] == 0
        assert con.execute("select count(*) filter (where is_concentrator_reported), count(*) "
                           "from staging.stg_cteis__program_enrollments").fetchall()[0][0] > 0

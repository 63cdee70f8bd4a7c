"""Run dbt on local Spark (dbt-spark `method: session`) with what dbt-spark lacks there.

    python -m cte_credentials.spark_dbt build --target spark      # any dbt command and arguments

dbt-spark submits Python models only to Databricks (a notebook on a cluster). With `method: session` Spark runs
inside the dbt process, so the compiled Python model can simply be executed there, against the session's
SparkSession. This module registers that submission path on dbt-spark's adapter (submission method `session`, the
default for a session profile), gives the on-run-start hook spark__check_raw_files the raw-file checks that need
Python (adapter.cte_raw_check: the functions cte_credentials/dbt_plugin.py registers in DuckDB), then runs dbt
in-process with the arguments given. Nothing here changes what a model computes; on DuckDB it is not used.
"""

from __future__ import annotations

import os
import sys
from typing import Any

SUBMISSION_METHOD = "session"
_quiet_sessions: set[int] = set()


class SessionPythonJobHelper:
    """Runs a compiled dbt Python model in this process, against the SparkSession dbt-spark's session uses.

    The compiled code (the model, dbt's dbtObj and dbt-spark's writer, which saves the returned DataFrame as the
    model's table) expects a global `spark`; it gets the active session, which dbt-spark's session cursor created.
    """

    def __init__(self, parsed_model: dict, credentials: Any) -> None:
        self.parsed_model = parsed_model
        self.credentials = credentials

    def submit(self, compiled_code: str) -> None:
        from pyspark.sql import SparkSession

        spark = SparkSession.getActiveSession() or SparkSession.builder.getOrCreate()
        name = f"<dbt python model {self.parsed_model.get('unique_id', self.parsed_model.get('alias'))}>"
        namespace = {"spark": spark, "__name__": "__dbt_python_model__"}
        exec(compile(compiled_code, name, "exec"), namespace)  # noqa: S102 (dbt's own compiled model code)


RAW_CHECKS = ("path_problem", "utf8_problem", "csv_header", "file_exists")


def cte_raw_check(self: Any, check: str, *args: str) -> Any:
    """adapter.cte_raw_check(check, ...) in Jinja: one of the raw-file checks that need Python (RAW_CHECKS, from
    cte_credentials/raw_contract.py, the functions the DuckDB plugin registers), run here in the dbt process. On
    DuckDB the hook calls them as SQL functions; Spark would need a Python worker per query for that."""
    from cte_credentials import raw_contract

    if check not in RAW_CHECKS:
        raise ValueError(f"cte_raw_check: unknown check {check!r}; one of {', '.join(RAW_CHECKS)}")
    return getattr(raw_contract, check)(*args)


def install() -> None:
    """Add the `session` submission method to dbt-spark, and the raw-file functions to every session it opens."""
    from dbt.adapters.spark import session as spark_session
    from dbt.adapters.spark.impl import SparkAdapter

    helpers = SparkAdapter.python_submission_helpers.fget
    default_method = SparkAdapter.default_python_submission_method.fget

    def python_submission_helpers(self: SparkAdapter) -> dict:
        return {**helpers(self), SUBMISSION_METHOD: SessionPythonJobHelper}

    def default_python_submission_method(self: SparkAdapter) -> str:
        if getattr(self.config.credentials, "method", None) == "session":
            return SUBMISSION_METHOD
        return default_method(self)

    SparkAdapter.python_submission_helpers = property(python_submission_helpers)
    SparkAdapter.default_python_submission_method = property(default_python_submission_method)

    # the checks the hook needs from Python, as an adapter method Jinja can call (dbt exposes what _available_ names)
    SparkAdapter.cte_raw_check = cte_raw_check
    SparkAdapter._available_ = frozenset(SparkAdapter._available_ | {"cte_raw_check"})

    execute = spark_session.Cursor.execute

    def execute_quietly(self: Any, sql: str, *parameters: Any) -> None:
        # the cursor builds (or finds) the session from the profile's server_side_parameters on every statement;
        # once it exists, keep Spark's own log to what stops a build (dbt reports every error itself)
        execute(self, sql, *parameters)
        from pyspark.sql import SparkSession

        spark = SparkSession.getActiveSession()
        if spark is not None and id(spark) not in _quiet_sessions:
            spark.sparkContext.setLogLevel(os.environ.get("CTE_SPARK_LOG_LEVEL", "FATAL"))
            _quiet_sessions.add(id(spark))

    spark_session.Cursor.execute = execute_quietly
    # Spark's Python workers (a DataFrame built from Arrow) run the same interpreter
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    os.environ["CTE_SPARK_RUNNER"] = "1"


def main(argv: list[str] | None = None) -> int:
    """Run dbt with the given arguments after install(); the exit code is dbt's (0 success, 1 failure, 2 error)."""
    from dbt.cli.main import dbtRunner

    install()
    result = dbtRunner().invoke(list(sys.argv[1:] if argv is None else argv))
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        print(result.exception, file=sys.stderr)
        return 2
    return 0 if result.success else 1


if __name__ == "__main__":
    sys.exit(main())

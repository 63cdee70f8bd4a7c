"""dbt-duckdb plugin (profiles.yml `plugins:`): the raw-file checks that need Python, as DuckDB functions.

The on-run-start hook (macro check_raw_files) calls them, so dbt and `cte-credentials check-inputs` run the same
code and print the same messages (cte_credentials/raw_contract.py says why these need Python):

- cte_raw_path_problem(path, kind): the message for a raw folder or file that cannot be read, else null;
- cte_raw_column_type_problem(path, column, type): the message for a Parquet column of the wrong type, else null;
- cte_raw_line_number(path, byte_offset): the physical line of the record DuckDB reports at that byte;
- cte_raw_blank_lines_before(path, byte_offset): blank lines before it (DuckDB counts them in its record numbers).
"""

from __future__ import annotations

from dbt.adapters.duckdb.plugins import BasePlugin

from cte_credentials.raw_contract import register_functions


class Plugin(BasePlugin):
    def configure_connection(self, conn) -> None:  # noqa: ANN001 (a DuckDBPyConnection)
        register_functions(conn)

"""cte-credentials: the Python side of the dbt project (data generator, credential resolution, command-line tools)."""

__version__ = "0.1.0"

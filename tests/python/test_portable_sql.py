"""The models are written in SQL that both engines run (DuckDB and Spark): where the spelling differs, the model
calls a macro of macros/cross_db/ that adapter.dispatch resolves per engine (duckdb__ and spark__ versions).

A grep, not a parser: the SQL of every model under models/ (Jinja tags and comments removed, so what a macro call
passes as text is not read) must not hold a construct only DuckDB has; nor may a macro Spark can reach (one called
from a model, a test, a yml or a spark__ macro, not through a duckdb__ version). It reads the files: no dbt run.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MODELS = ROOT / "models"
CROSS_DB = ROOT / "macros" / "cross_db"

# construct -> what to write instead (a cross_db macro, or the portable form)
DUCKDB_ONLY = {
    r"::\s*[a-z]": "cast(x as type)",
    r"\*\s*exclude\s*\(": "star_except([...])",
    r"\*\s*replace\s*\(": "star_replace([...])",
    r"\bcolumns\s*\(": "the columns by name",
    r"\bas\s+not\s+materialized\b": "not_materialized()",
    r"\bstring_agg\s*\(": "string_agg_ordered(...)",
    r"\b(min|max)_by\s*\([^()]*\brow\s*\(": "min_by_tuple(...)",
    r"\brow\s*\(": "struct(...) through a cross_db macro",
    r"\bstruct_pack\s*\(": "a cross_db macro",
    r"\blist_[a-z_]+\s*\(": "a cross_db macro",
    r"\blist_value\s*\(|\[\s*'[^']*'\s*(,\s*'[^']*'\s*)*\]": "a cross_db macro (DuckDB list literal)",
    r"\bunnest\s*\(": "integer_series(...) / date_series(...)",
    r"\bgenerate_series\s*\(": "integer_series(...) / date_series(...)",
    r"\brange\s*\(": "integer_series(...)",
    r"\bread_(csv|csv_auto|parquet|json)\w*\s*\(": "a source (the on-run-start hook reads the files)",
    r"\bregexp_full_match\s*\(": "regexp_full_match(...) (the macro)",
    r"\bregexp_matches\s*\(": "regexp_full_match(...) or rlike through a macro",
    r"\bregexp_replace\s*\([^)]*'g'\s*\)": "regexp_replace_all(...)",
    r"\bstrftime\s*\(|\bstrptime\s*\(": "a cross_db macro",
    r"\bchr\s*\(": "unicode_char(...)",
    r"\bformat\s*\(\s*'\{": "format_thousands(...)",
    r"\bas\s+(varchar|text|hugeint|ubigint|uinteger|utinyint|usmallint)\b": "dbt.type_string() / a type both know",
    r"\bcast\s*\([^()]*\bas\s+(varchar|hugeint|ubigint)\b": "dbt.type_string() / a type both know",
    r"\bgroup\s+by\s+all\b|\border\s+by\s+all\b": "the columns by name",
    r"\bpositional\s+join\b|\basof\s+join\b": "a portable join",
    r'"[A-Za-z_][A-Za-z0-9_ ]*"': "an unquoted identifier (Spark quotes with backticks)",
}

JINJA = re.compile(r"\{#.*?#\}|\{%.*?%\}|\{\{.*?\}\}", re.DOTALL)
LINE_COMMENT = re.compile(r"--[^\n]*")
BLOCK_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)


def sql_of(text: str) -> str:
    """The SQL a model writes itself: Jinja tags and expressions, SQL comments removed (line breaks kept)."""
    keep_lines = lambda m: "\n" * m.group(0).count("\n")  # noqa: E731
    text = JINJA.sub(keep_lines, text)
    text = BLOCK_COMMENT.sub(keep_lines, text)
    return LINE_COMMENT.sub("", text)


def duckdb_only_uses(folder: Path) -> list[str]:
    """One line per DuckDB-only construct found in a .sql file under folder: path:line: text (use instead)."""
    found = []
    for path in sorted(folder.rglob("*.sql")):
        for number, line in enumerate(sql_of(path.read_text(encoding="utf-8")).splitlines(), start=1):
            for pattern, instead in DUCKDB_ONLY.items():
                if re.search(pattern, line, flags=re.IGNORECASE):
                    found.append(f"{path.relative_to(folder.parent)}:{number}: {line.strip()}  (use {instead})")
    return found


def test_models_hold_no_duckdb_only_sql():
    assert duckdb_only_uses(MODELS) == []


@pytest.mark.parametrize("sql", [
    "select a::varchar from t",
    "select * exclude (a) from t",
    "select string_agg(a, ',' order by a) from t",
    "select min_by(a, row(b, c)) from t",
    "select unnest(range(1, 3))",
    "select * from read_csv('x.csv')",
    "select regexp_replace(a, '\\s+', '', 'g') from t",
    'select "Column" from t',
    "with x as not materialized (select 1) select * from x",
    "select cast(a as varchar) from t",
])
def test_the_check_finds_duckdb_only_sql(tmp_path: Path, sql: str):
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "m.sql").write_text(f"-- a comment: string_agg( is fine here\n{sql}\n")
    assert len(duckdb_only_uses(tmp_path / "models")) >= 1


def test_the_check_reads_past_jinja_and_comments(tmp_path: Path):
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "m.sql").write_text(
        "{# string_agg( in a Jinja comment #}\n"
        "/* unnest( in a block comment */\n"
        "select {{ string_agg_ordered('a', \"','\", ['a']) }} as codes,  -- ::varchar in a comment\n"
        "    {{ star_except(['b']) }}\n"
        "from t\n")
    assert duckdb_only_uses(tmp_path / "models") == []


def test_every_cross_db_macro_has_both_engines():
    """Every macro of macros/cross_db/ that dispatches has a duckdb__ (or default__) and a spark__ version."""
    text = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "macros").rglob("*.sql"))
    dispatched = set(re.findall(r"adapter\.dispatch\(\s*'([a-z_0-9]+)'", text))
    defined = set(re.findall(r"\{%-?\s*macro\s+([a-z_0-9]+)\s*\(", text))
    missing = sorted(name for name in dispatched
                     if not ({f"duckdb__{name}", f"default__{name}"} & defined and f"spark__{name}" in defined))
    assert missing == [], f"dispatched macros without a DuckDB and a Spark version: {missing}"


MACRO = re.compile(r"\{%-?\s*macro\s+(\w+)\s*\(.*?\)\s*-?%\}(.*?)\{%-?\s*endmacro\s*-?%\}", re.DOTALL)
CALL = re.compile(r"\b(\w+)\s*\(")


def macros_reached_on_spark(root: Path) -> dict[str, tuple[Path, int, str]]:
    """The project's macros Spark can run: those called from models, tests, yml and dbt_project.yml, from spark__
    macros, and from any macro reached so, but not duckdb__ macros nor a default__ one that has a spark__ version
    (dispatch picks the spark__ one there). name -> (file, line of the macro, body)."""
    macros: dict[str, tuple[Path, int, str]] = {}
    for path in sorted((root / "macros").rglob("*.sql")):
        text = path.read_text(encoding="utf-8")
        for match in MACRO.finditer(text):
            macros[match.group(1)] = (path, text.count("\n", 0, match.start(2)) + 1, match.group(2))
    duckdb_only = {name for name in macros if name.startswith("duckdb__")
                   or (name.startswith("default__") and f"spark__{name.removeprefix('default__')}" in macros)}
    callers_text = "\n".join(p.read_text(encoding="utf-8") for folder in ("models", "tests", "analyses")
                             for p in (root / folder).rglob("*") if p.suffix in (".sql", ".yml", ".py"))
    callers_text += (root / "dbt_project.yml").read_text(encoding="utf-8")
    todo = {name for name in CALL.findall(callers_text) if name in macros}
    todo |= {name for name in macros if name.startswith("spark__")}
    reached: set[str] = set()
    while todo:
        name = todo.pop()
        if name in reached or name in duckdb_only:
            continue
        reached.add(name)
        todo |= {called for called in CALL.findall(macros[name][2]) if called in macros}
    return {name: macros[name] for name in sorted(reached)}


def macro_duckdb_only_uses(root: Path) -> list[str]:
    """One line per DuckDB-only construct in a macro Spark can reach (macros_reached_on_spark)."""
    found = []
    for name, (path, first_line, body) in macros_reached_on_spark(root).items():
        for number, line in enumerate(sql_of(body).splitlines(), start=first_line):
            for pattern, instead in DUCKDB_ONLY.items():
                if re.search(pattern, line, flags=re.IGNORECASE):
                    found.append(f"{path.relative_to(root)}:{number} (macro {name}): {line.strip()}  (use {instead})")
    return found


def test_macros_spark_runs_hold_no_duckdb_only_sql():
    """Outside a duckdb__ version (or a default__ one beside a spark__ version), a macro Spark can reach holds no
    construct only DuckDB has: the models' rule, for the macros they call."""
    assert macro_duckdb_only_uses(ROOT) == []


def test_the_macro_check_follows_calls_and_dispatch(tmp_path: Path):
    for folder in ("macros", "models", "tests", "analyses"):
        (tmp_path / folder).mkdir()
    (tmp_path / "dbt_project.yml").write_text("name: x\n")
    (tmp_path / "macros" / "m.sql").write_text(
        "{% macro agg(a) %}{{ return(adapter.dispatch('agg')(a)) }}{% endmacro %}\n"
        "{% macro duckdb__agg(a) %}string_agg({{ a }}, ','){% endmacro %}\n"
        "{% macro spark__agg(a) %}{{ helper(a) }}{% endmacro %}\n"
        "{% macro helper(a) %}\nstring_agg({{ a }}, ','){% endmacro %}\n"
        "{% macro unused() %}string_agg(a, ','){% endmacro %}\n")
    (tmp_path / "models" / "x.sql").write_text("select {{ agg('a') }} from t\n")
    found = macro_duckdb_only_uses(tmp_path)
    assert len(found) == 1 and "(macro helper)" in found[0], found

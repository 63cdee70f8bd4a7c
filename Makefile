# Two commands for a fresh machine:  make demo  |  make test
# Each creates .venv and installs the project from this repository's files when needed.

PYTHON      ?= python3
VENV        := .venv
BIN         := $(VENV)/bin
STAMP       := $(VENV)/.installed
export DBT_PROFILES_DIR := $(CURDIR)
export CTE_DUCKDB_PATH ?= warehouse/cte_credentials.duckdb
RAW_DIR     := data/raw
DATA_STAMP  := $(RAW_DIR)/.generated
GEN_INPUTS  := $(shell find cte_credentials/generator seeds -type f -not -name '*.pyc' 2>/dev/null)

.PHONY: test-spark spark-deps java demo test venv data build lint pytest clean help bench-resolution bench-linkage bench check-disclosure browser-check screenshots metrics-check

help:
	@echo "make demo   build the warehouse on the embedded synthetic data"
	@echo "make test   run every test: pytest, dbt build (models, seeds, tests) and sqlfluff"
	@echo "make test-spark   the whole build on local Spark at 0.01x, its marts and rpt_ tables equal to DuckDB's"
	@echo "make bench-resolution   resolution accuracy and speed -> docs/resolution_accuracy.md"
	@echo "make bench-linkage   vendor record linkage accuracy and speed at 0.1x and 1x -> docs/linkage_accuracy.md"
	@echo "make bench  full-build timings at 0.1x, 1x, 10x -> docs/benchmarks.md"

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

venv: $(STAMP)

# the spark target: dbt-spark and pyspark in the same venv, and Debian's Java runtime when none is there (as
# browser-check installs Chromium: apt-get, when root)
SPARK_STAMP := $(VENV)/.spark-installed
JAVA_PACKAGE := openjdk-17-jre-headless

$(SPARK_STAMP): $(STAMP) pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[dev,spark]'
	@touch $(SPARK_STAMP)

java:
	@command -v java >/dev/null 2>&1 || { \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			echo "java not found: apt-get install -y $(JAVA_PACKAGE)"; \
			apt-get install -y $(JAVA_PACKAGE) || { apt-get update && apt-get install -y $(JAVA_PACKAGE); }; \
		else echo "java not found: install it with sudo apt-get install $(JAVA_PACKAGE)"; exit 1; fi; }

spark-deps: $(SPARK_STAMP) java

# the whole project built on local Spark at 0.01x (seeds, models, tests), its marts equal to DuckDB's
test-spark: spark-deps
	$(BIN)/pytest -v -s tests/python/test_spark_equality.py

$(DATA_STAMP): $(STAMP) $(GEN_INPUTS)
	$(BIN)/cte-credentials generate --out $(RAW_DIR) --gold data/gold
	@touch $(DATA_STAMP)

data: $(DATA_STAMP)

build: data
	@mkdir -p $(dir $(CTE_DUCKDB_PATH))
	$(BIN)/cte-credentials check-inputs
	$(BIN)/dbt build
	$(BIN)/dbt docs generate --static --no-compile
	$(BIN)/cte-credentials report
	@echo
	@echo "Warehouse: $(CTE_DUCKDB_PATH)  (restricted: staging, intermediate, marts, seeds; public: reporting)"
	@echo "Docs site: target/static_index.html   Report: docs/report/attainment_report.html"
	@echo "Review queue: marts.credential_review_queue  (export: $(BIN)/cte-credentials review-export)"
	@echo "Open it:   $(BIN)/python -c \"import duckdb; print(duckdb.connect('$(CTE_DUCKDB_PATH)', read_only=True).sql('show all tables'))\""

demo: build

# the test files in two processes (PYTEST_WORKERS): most of their time is one dbt process parsing or one program
# solving, so a 2-core machine sat half idle with one; a file stays in one process (its fixtures build once), and
# files go out in the order tests/python/conftest.py puts them (longest first), not by their number of tests
PYTEST_WORKERS ?= 2
pytest: $(STAMP)
	$(BIN)/pytest -n $(PYTEST_WORKERS) --dist loadfile --no-loadscope-reorder

lint: $(STAMP)
	$(BIN)/ruff check cte_credentials models tests
	$(BIN)/sqlfluff lint models $(wildcard analyses/*.sql)

# after the build: attack the public tables, then open the docs site and the report in headless Chromium
check-disclosure: $(STAMP)
	$(BIN)/cte-credentials check-disclosure

browser-check: $(STAMP)
	$(BIN)/cte-credentials browser-check --screenshots target/screenshots

# refresh the screenshots committed under docs/screenshots (after make build)
screenshots: $(STAMP)
	$(BIN)/cte-credentials browser-check --screenshots docs/screenshots

# the semantic layer answers a metric query on the built warehouse
metrics-check: $(STAMP)
	$(BIN)/mf query --metrics credential_attainment_rate_5s1,wbl_participation_rate_5s3 \
		--group-by student_attainment__cohort_year --order student_attainment__cohort_year

# spark-deps first: pytest then includes the Spark build and its equality with DuckDB (tests/python/test_spark_equality.py)
test: spark-deps pytest build lint check-disclosure browser-check metrics-check

bench-resolution: data
	$(BIN)/cte-credentials bench-resolution

bench-linkage: $(STAMP)
	$(BIN)/cte-credentials bench-linkage

bench: $(STAMP)
	$(BIN)/cte-credentials bench-build

clean:
	rm -rf target logs warehouse data/raw data/gold

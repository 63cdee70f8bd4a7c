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

.PHONY: demo test venv data build lint pytest docs clean help

help:
	@echo "make demo   build the warehouse on the embedded synthetic data"
	@echo "make test   run every test: pytest, dbt build (models, seeds, tests) and sqlfluff"

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

venv: $(STAMP)

$(DATA_STAMP): $(STAMP) $(GEN_INPUTS)
	$(BIN)/cte-credentials generate --out $(RAW_DIR) --gold data/gold
	@touch $(DATA_STAMP)

data: $(DATA_STAMP)

build: data
	@mkdir -p $(dir $(CTE_DUCKDB_PATH))
	$(BIN)/cte-credentials check-inputs
	$(BIN)/dbt build
	@echo
	@echo "Warehouse: $(CTE_DUCKDB_PATH)  (schemas: marts = restricted, reporting = public, suppressed)"
	@echo "Open it:   duckdb $(CTE_DUCKDB_PATH)   or   python -c \"import duckdb; duckdb.connect('$(CTE_DUCKDB_PATH)')\""

demo: build

pytest: $(STAMP)
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check cte_credentials python_models tests
	$(BIN)/sqlfluff lint models analyses

test: pytest build lint

clean:
	rm -rf target logs warehouse data/raw data/gold

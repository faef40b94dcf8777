# Set-up is part of every target: a fresh machine needs only python3 (3.11+) and the package index.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export PREFECT_HOME ?= $(CURDIR)/.prefect

.PHONY: install run test lint browser bench

$(BIN)/pokazatel: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/pokazatel

# The nightly ingestion over the bundled offline demo sites, ending in the default database
# ($POKAZATEL_DB, else ~/.local/share/pokazatel/pokazatel.db).
run: install
	$(BIN)/pokazatel run --demo

# Debian's Chromium for the web UI test (Playwright drives it; no browser download).
browser:
	@command -v chromium >/dev/null || { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }

test: install browser
	$(BIN)/ruff check .
	$(BIN)/pytest -q

bench: install
	$(BIN)/python bench/bench_search.py --n 20000

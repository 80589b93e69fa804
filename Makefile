# newsgraph: the two commands are `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
RUN_DIR := .run
API_PORT ?= 8000
SEED ?= ../shared/corpus/dev.jsonl

.PHONY: setup run stop test unit lint bench bench-ingest bench-api clean browser-assets browser-screenshot

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is needed"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	@touch $(STAMP)

setup: $(STAMP)

## run: local Neo4j (unless NEO4J_URI is set), the seed article ingested, worker and API running
run: setup
	@bash scripts/run.sh

## stop: stop the worker, the API and the local Neo4j that `make run` started
stop: setup
	@bash scripts/stop.sh

## test: the whole suite, integration tests included, against a Neo4j the tests start and stop
test: setup
	$(BIN)/ruff check app graph ingest tests bench browser
	$(BIN)/mypy
	@bash scripts/ensure-chromium.sh
	$(BIN)/pytest

unit: setup
	$(BIN)/pytest tests/unit

lint: setup
	$(BIN)/ruff check app graph ingest tests bench browser
	$(BIN)/mypy

bench: setup
	$(BIN)/python bench/extract.py

## bench-ingest: queue -> worker -> Neo4j throughput beside extraction alone, in its own Neo4j (ports 7695/7482)
bench-ingest: setup
	$(BIN)/python bench/ingest.py --rounds 3

## bench-api: the entity-relationships route beside the same Cypher through the driver, on a
## synthetic graph of 100k entities and 1M relationships in its own Neo4j (ports 7693/7480)
bench-api: setup
	$(BIN)/python bench/api.py

## browser-assets: rebuild browser/guide.html and browser/newsgraph-favorites.zip from their sources
browser-assets: setup
	$(BIN)/python browser/build.py

## browser-screenshot: run the Neo4j Browser test and keep its screenshot for the README
browser-screenshot: setup
	@bash scripts/ensure-chromium.sh
	NEWSGRAPH_BROWSER_SCREENSHOT=docs/neo4j-browser.png $(BIN)/pytest tests/integration/test_browser.py -q

clean:
	rm -rf $(VENV) $(RUN_DIR) .pytest_cache .ruff_cache .mypy_cache

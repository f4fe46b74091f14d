# sayso: `make demo` and `make test` work on a fresh clone with only python3 installed.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint eval lock install clean

# The locked dependencies (hashes checked), then sayso itself in editable mode, built with the
# locked setuptools (no unpinned build environment). The stamp makes this run once, and again
# only when the lock or the project metadata change.
$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): requirements.lock pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/sayso demo

test: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests

eval: $(STAMP)
	$(BIN)/sayso evaluate ../shared/eval/dev

# Regenerate the lock (with hashes) from pyproject.toml; uv is installed on demand.
lock: | $(BIN)/python
	test -x $(BIN)/uv || $(BIN)/python -m pip install --quiet uv
	$(BIN)/uv pip compile --generate-hashes --extra dev --python-version 3.11 \
		pyproject.toml -o requirements.lock

clean:
	rm -rf build dist src/*.egg-info .pytest_cache .ruff_cache

# Benchmarks (never part of `make test`): each script prints one table of ratios against a
# baseline measured in the same run.
.PHONY: bench
bench: $(STAMP)
	@for script in bench/bench_*.py; do $(BIN)/python $$script || exit 1; done

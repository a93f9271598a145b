# Two commands do everything: `make run` starts the bot, `make test` runs the tests.
# Both create the virtual environment (.venv) and install what they need on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PYTEST_ARGS ?=

.PHONY: run test lint format check bench clean system-deps

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# System packages (the PDF reports' font, the test browser): installed when missing and root.
system-deps:
	sh scripts/system-deps.sh

$(VENV)/.run-deps: pyproject.toml | $(BIN)/python system-deps
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[postgres]'
	touch $@

$(VENV)/.dev-deps: pyproject.toml | $(BIN)/python system-deps
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[dev,postgres]'
	touch $@ $(VENV)/.run-deps

run: $(VENV)/.run-deps
	$(BIN)/lnbot db upgrade
	$(BIN)/lnbot run $(RUN_ARGS)

test: $(VENV)/.dev-deps
	$(BIN)/python -m pytest -n auto $(PYTEST_ARGS)

lint: $(VENV)/.dev-deps
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: $(VENV)/.dev-deps
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: $(VENV)/.dev-deps
	$(BIN)/python -m bench.run $(BENCH_ARGS)

check: $(VENV)/.run-deps
	$(BIN)/lnbot check

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache

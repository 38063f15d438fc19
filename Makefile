# Two commands do all set-up on a fresh machine: `make run` and `make test`.
# Both create .venv on first use and reinstall only when pyproject.toml changes.

# Python 3.11 or newer, the newest found: from 3.12 coverage measures through sys.monitoring
# ([tool.coverage.run] core), and the whole suite under coverage took 287 s of CPU on 3.13
# against 500 s on 3.11 (7 Dec 2026, 2-core machine). Each candidate is run before it is
# taken: a pyenv shim for a version installed but not selected is on PATH and fails when run.
# pyenv's own installs of 3.13 and 3.12 are tried after PATH's (the glob stays unmatched, and
# is skipped, where there is no pyenv).
PYENV_VERSIONS := $(shell pyenv root 2>/dev/null || echo "$$HOME/.pyenv")/versions
PYTHON ?= $(shell for p in python3.13 $(PYENV_VERSIONS)/3.13*/bin/python3.13 \
	python3.12 $(PYENV_VERSIONS)/3.12*/bin/python3.12 python3.11 python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null \
	&& { echo $$p; break; }; done)
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.stamp-run
TEST_STAMP := $(VENV)/.stamp-test
ARGS ?=
# `make test` runs pytest on every core (pytest-xdist; worksteal evens out the slow tests) and
# lets Python keep compiled modules: with PYTHONDONTWRITEBYTECODE set, every worker compiled
# every module and rewrote every test file's asserts again on each run (about 5 s of CPU each).
# One worker more than there are cores: the end-to-end tests spend most of their minute waiting
# for a real X server and the accessibility bus, and a spare worker keeps the cores busy
# meanwhile (collecting the suite costs a worker about 5 s of CPU).
WORKERS := $(shell echo $$(( $$(nproc 2>/dev/null || echo 1) + 1 )))
PYTEST_FAST := -n $(WORKERS) --dist worksteal
# Test folders in memory where there is a tmpfs: the store tests open hundreds of SQLite files,
# and on a shared disk their fsync waits took a third of the storage tests' time. The code
# still syncs; a tmpfs only answers at once.
TEST_TMPDIR := $(shell [ -d /dev/shm ] && [ -w /dev/shm ] && echo /dev/shm)

.PHONY: run test lint typecheck pytest schema bench package translations clean

run: $(RUN_STAMP)
	@$(BIN)/python -m massage_desktop.qtcheck
	$(BIN)/massage-desktop $(ARGS)

test: $(TEST_STAMP)
	$(BIN)/ruff check src tests tools packaging
	$(BIN)/ruff format --check src tests tools packaging
	$(BIN)/mypy
	$(BIN)/python tools/draw_body_map.py --check
	@$(BIN)/python -m massage_desktop.qtcheck --offscreen
	QT_QPA_PLATFORM=offscreen PYTHONDONTWRITEBYTECODE= $(if $(TEST_TMPDIR),TMPDIR=$(TEST_TMPDIR)) \
		$(BIN)/python -m pytest -q $(PYTEST_FAST) --cov --cov-report=term

package: $(RUN_STAMP)
	$(BIN)/python -m pip install --quiet -e '.[package]'
	bash packaging/build.sh

# Interface translations: extract strings, compile .qm files, and fail if any is untranslated.
translations: $(RUN_STAMP)
	$(BIN)/python tools/translations.py update
	$(BIN)/python tools/translations.py release
	$(BIN)/python tools/translations.py status

schema: $(RUN_STAMP)
	$(BIN)/python -m massage_desktop.content.schema

# Benchmarks (tests/benchmarks, not part of `make test`): prints `name value unit` lines and a
# table with same-run baselines and budgets; exits 1 when a budget is exceeded. About 5 minutes
# (a 5-minute real-time timer run goes on beside the rest), e.g. ARGS="--only startup,content".
bench: $(TEST_STAMP)
	@$(BIN)/python -m massage_desktop.qtcheck --offscreen
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks $(ARGS)

$(BIN)/python:
	@if [ -z "$(PYTHON)" ]; then \
		echo "Python 3.11 or newer is needed. On Debian or Ubuntu: sudo apt-get install python3 python3-venv"; \
		exit 1; fi
	@$(PYTHON) -m venv $(VENV) || { \
		echo "Could not create a virtual environment. On Debian or Ubuntu: sudo apt-get install python3-venv"; \
		rm -rf $(VENV); exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade pip

# From source, `make run` installs the full experience: sounds (default) and the voice ([audio]).
$(RUN_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[audio]'
	@touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@ $(RUN_STAMP)

clean:
	rm -rf $(VENV) build dist .mypy_cache .pytest_cache .ruff_cache

# Two commands for a newcomer:  make start  (take the course)  and  make test  (check everything).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check -q

.PHONY: start test unit lint digests notebooks clean-notebooks benchmark benchmark-grading help browser renderer

help:
	@echo "make start            set up .venv and open the course in JupyterLab"
	@echo "make test             set up .venv with the dev extra, lint, type-check and run every test"
	@echo "make unit             the fast unit tests only (Python alone: no npm, no browser, no hub)"
	@echo "make lint             ruff (lint) and mypy (types), as make test runs them"
	@echo "make digests          write the digests of the plain answer keys into course/items (after changing a key)"
	@echo "make clean-notebooks  strip outputs and trim metadata of every committed notebook"
	@echo "make benchmark        time the learner self-check (prints median and p95)"
	@echo "make benchmark-grading  grade 60 submissions with stock nbgrader and with ours (prints the speedup)"

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (found " + sys.version.split()[0] + ").")'
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(PIP) install -e .
	@touch $@

$(VENV)/.installed-dev: $(VENV)/.installed pyproject.toml
	$(PIP) install -e '.[dev]'
	@touch $@

# Front-end pieces (widget renderer, axe-core) and the hub's proxy, from the npm registry.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts
	@touch $@

# Debian's Chromium for the browser tests (never a browser download of playwright's own).
browser:
	@test -x /usr/bin/chromium || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	  else echo "Browser tests need Debian's chromium: run 'sudo apt-get install chromium' once." >&2; exit 1; fi; }

# The take-away plan's tab view needs the widget renderer from npm; without npm the plan
# is still written, as plain tables.
renderer:
	@if command -v npm >/dev/null; then $(MAKE) -s node_modules/.installed; \
	else echo "npm not found: the take-away plan will show plain tables instead of tabs."; fi

start: $(VENV)/.installed renderer
	$(BIN)/equity-course start

# Two workers take test files whole, slowest first; each module's JupyterLab test is a unit of
# its own, and costly set-ups are made once for both (tests/support/schedule.py, session_cache.py).
test: $(VENV)/.installed-dev node_modules/.installed browser lint
	$(BIN)/python -m pytest -n 2 --dist loadfile --nbval-lax -p no:cacheprovider tests modules exercises course

unit: $(VENV)/.installed-dev
	$(BIN)/python -m pytest -n 2 -p no:cacheprovider -m "not notebooks and not nbgrader and not browser and not hub and not npm" tests

digests: $(VENV)/.installed-dev
	$(BIN)/python -m tests.support.answer_keys --write

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check grader tests benchmarks conftest.py
	$(BIN)/mypy

notebooks: $(VENV)/.installed-dev
	$(BIN)/python -m pytest -n 2 --dist loadfile --nbval-lax modules exercises course

clean-notebooks: $(VENV)/.installed
	$(BIN)/python -m grader.tools.nbclean modules exercises course

benchmark: $(VENV)/.installed-dev
	$(BIN)/python benchmarks/check_latency.py

benchmark-grading: $(VENV)/.installed-dev
	$(BIN)/python benchmarks/grade_cohort.py

# Two commands for a newcomer: `make run` and `make test`. Everything else is a step of those.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
# Every language but the source one has a catalogue to translate (akc_site/languages.py).
CATALOGUE_LANGUAGES := ko id ms th vi fil km lo my

.PHONY: run test test-quick lint format messages makemessages migrate content install install-dev bench clean backup restore fuzz

# The site and its background worker together (tasks, e-mail to var/mail/, scheduled publishing):
# Ctrl-C stops both; the worker stops when the server does.
run: install messages migrate content
	@$(MANAGE) run_worker & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT INT TERM; \
	$(MANAGE) runserver $(HOST):$(PORT)

# Two pytest-xdist workers (TEST_WORKERS=0: one process); each test module runs on one worker, so a
# module's live server or initial content is set up once. PYTEST_ARGS adds options, e.g. --ignore=….
TEST_WORKERS ?= 2
TEST_XDIST := $(if $(filter 0,$(TEST_WORKERS)),-p no:xdist,-n $(TEST_WORKERS) --dist loadfile)

test: install-dev messages
	$(BIN)/pytest $(TEST_XDIST) $(PYTEST_ARGS)

# The suite without the tests marked slow (browser, services, fuzz, bench, growth): every page type
# and view, in about a minute.
test-quick: install-dev messages
	$(BIN)/pytest $(TEST_XDIST) -m "not slow" $(PYTEST_ARGS)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-runtime: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.installed-runtime

install: $(VENV)/.installed-runtime
install-dev: $(VENV)/.installed-dev

messages: install
	$(MANAGE) compilemessages --ignore=$(VENV) --verbosity=0

makemessages: install
	$(MANAGE) makemessages $(addprefix --locale=,$(CATALOGUE_LANGUAGES)) --ignore=$(VENV) --ignore=var --no-obsolete

migrate: install
	mkdir -p var
	$(MANAGE) migrate --noinput
	$(MANAGE) createcachetable

content: migrate
	$(MANAGE) load_initial_content
	$(MANAGE) load_initial_figures
	$(MANAGE) update_index
	$(MANAGE) ensure_local_admin

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates
	$(BIN)/lint-imports

format: install-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml templates

# Database (as JSON, any engine) and media into var/backups/<date-time>/; `make restore BACKUP=<folder>`.
backup: install
	$(MANAGE) backup_site

restore: install
	@test -n "$(BACKUP)" || (echo "Usage: make restore BACKUP=var/backups/<folder>" && exit 2)
	$(MANAGE) migrate --noinput
	$(MANAGE) createcachetable
	$(MANAGE) restore_site "$(BACKUP)"

# Many more malformed requests than the test suite sends.
fuzz: install-dev messages
	AKC_FUZZ_REQUESTS=20000 $(BIN)/pytest tests/site/test_fuzz.py

# Speed as the content grows (docs/performance.md): databases of its own under var/bench/, gunicorn, wrk.
# BENCH_ARGS passes options, e.g. BENCH_ARGS="--sizes 50,1000 --database sqlite".
bench: install-dev messages
	$(MANAGE) bench $(BENCH_ARGS)

clean:
	rm -rf $(VENV) var/static .pytest_cache .ruff_cache

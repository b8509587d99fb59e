# Jianfan: `make site` sets everything up and builds the site and PDFs; `make test` runs all tests.
# Both work on a fresh Debian 12 machine with only Python 3.11; system packages need root (or sudo).

PYTHON   ?= python3
export NO_MKDOCS_2_WARNING := 1
VENV     := .venv
BIN      := $(VENV)/bin
STAMP    := $(VENV)/.installed
TSTAMP   := $(VENV)/.installed-test
SYS_PKGS  := fonts-noto-cjk fonts-noto-color-emoji fonts-hanazono libharfbuzz-subset0 fontconfig
TEST_PKGS := chromium poppler-utils

.PHONY: site test stress bench eval setup setup-test system-deps test-deps serve clean

site: setup
	$(BIN)/mkdocs build

serve: setup
	$(BIN)/mkdocs serve --dirty

test: setup setup-test
	$(BIN)/python -m pytest -q

stress: setup setup-test
	$(BIN)/python -m pytest -q -m stress

bench: setup
	$(BIN)/python -m generator bench

# Editorial figures on every corpus with a gold (tests/eval/run.py; not a test: it prints a table).
eval: setup
	$(BIN)/python tests/eval/run.py

setup: system-deps $(STAMP) .build/docs/.keep

setup-test: test-deps $(TSTAMP) node_modules/axe-core/axe.min.js

.build/docs/.keep:
	mkdir -p .build/docs && touch $@

$(STAMP): requirements.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $@

$(TSTAMP): requirements-test.txt $(STAMP)
	$(BIN)/python -m pip install --quiet -r requirements-test.txt
	touch $@

node_modules/axe-core/axe.min.js: package.json
	npm install --no-audit --no-fund --silent
	touch $@

# System packages: installed with apt-get when we may, otherwise the exact command is printed.
system-deps:
	@$(MAKE) --no-print-directory _apt PKGS="$(SYS_PKGS)"

test-deps:
	@$(MAKE) --no-print-directory _apt PKGS="$(TEST_PKGS)"
	@command -v npm >/dev/null || $(MAKE) --no-print-directory _apt PKGS="nodejs npm"

_apt:
	@missing=""; for p in $(PKGS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then SUDO="sudo"; \
	  else echo "Missing system packages:$$missing"; echo "Run:  sudo apt-get update && sudo apt-get install -y$$missing"; exit 1; fi; \
	  echo "Installing system packages:$$missing"; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq$$missing >/dev/null; \
	fi

clean:
	rm -rf site .build/docs/* .cache

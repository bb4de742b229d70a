# kg — two commands do all the set-up: `make run` and `make test`.
PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
SEEDS ?= seeds
OUT ?= output

.PHONY: run test test-fast chromium bench screenshot clean

$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[test]'
	@touch $(STAMP)

## run: set up .venv and build the graph from seeds/ into output/
run: $(STAMP)
	$(BIN)/kg build $(SEEDS) --out $(OUT)

## chromium: install Debian's Chromium for the browser tests when it is missing (needs root + apt-get)
chromium:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	  { if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || \
	      echo "make: could not install chromium; browser tests will skip"; \
	    else echo "make: chromium missing and cannot be installed here; browser tests will skip"; fi; }

## test: set up .venv (and Chromium) and run the whole test suite
test: $(STAMP) chromium
	$(BIN)/python -m pytest

## test-fast: the tests that need neither the model nor a browser
test-fast: $(STAMP)
	$(BIN)/python -m pytest -m "not model and not browser and not slow"

## bench: speed of the build against bare spaCy on the same texts
bench: $(STAMP)
	$(BIN)/python bench/bench_build.py

## screenshot: refresh docs/view.png (the README's picture of the seed graph) after `make run`
screenshot: $(STAMP) chromium
	KG_SCREENSHOT=docs/view.png $(BIN)/python -m pytest -q tests/test_view.py -k screenshot

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis

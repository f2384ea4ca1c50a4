# Two commands on a fresh machine with only python3:
#   make run    set up .venv, install (pinned), build the graph from seeds/ into output/
#   make test   set up the same way (plus test tools), lint (ruff check) and run the whole test suite
# Every install is constrained by constraints.txt (all transitive dependencies pinned, as tested);
# `make lock` regenerates it after a pin in pyproject.toml changes.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
OUT ?= output

.PHONY: run test test-fast lint eval bench train clean lock vocab

run: $(VENV)/.installed
	$(BIN)/kg build seeds --out $(OUT)

# The lint ([tool.ruff] in pyproject.toml), then the whole suite.
test: $(VENV)/.installed-test
	$(BIN)/ruff check
	$(BIN)/pytest

# Without the browser and notebook tests.
test-fast: $(VENV)/.installed-test
	$(BIN)/ruff check
	$(BIN)/pytest -m "not browser and not slow"

lint: $(VENV)/.installed-test
	$(BIN)/ruff check

eval: run
	$(BIN)/kg eval ../shared/gold/seeds.gold.jsonl --out $(OUT)

PIP_INSTALL = $(BIN)/python -m pip install --quiet -c constraints.txt

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP_INSTALL) --upgrade pip

$(VENV)/.installed: pyproject.toml constraints.txt $(VENV)/bin/python
	$(PIP_INSTALL) -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml constraints.txt $(VENV)/.installed
	$(PIP_INSTALL) -e ".[test,train]"
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 >/dev/null
	touch $@

# kg/vocabulary.py (the KG namespace, relations, inverses, domains, ranges) from the ontology,
# kg/data/ontology/kg.ttl, after changing it; tests/test_vocabulary.py fails until then.
vocab: $(VENV)/.installed
	$(BIN)/python -m kg.ontology --write

# The candidate scorer (kg/data/scorer.json) from the tuning parts of ../shared: news_dev_a,
# KnowledgeNet folds 1-2, CORE train's tuning two thirds (the held-out parts are never read).
train: $(VENV)/.installed-train
	$(BIN)/python train/train_scorer.py --shared ../shared

$(VENV)/.installed-train: pyproject.toml constraints.txt $(VENV)/.installed
	$(PIP_INSTALL) -e ".[train]"
	touch $@

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache *.egg-info

# constraints.txt from a throwaway venv with what pyproject.toml asks for, resolved afresh (the old
# constraints not applied); `make clean test` then checks the new set.
LOCK_VENV := .venv-lock
lock:
	rm -rf $(LOCK_VENV)
	$(PYTHON) -m venv $(LOCK_VENV)
	$(LOCK_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(LOCK_VENV)/bin/python -m pip install --quiet ".[test,train]"
	{ sed -n '/^#/p' constraints.txt; $(LOCK_VENV)/bin/python -m pip freeze --all --exclude kg-news; } > constraints.txt.new
	mv constraints.txt.new constraints.txt
	rm -rf $(LOCK_VENV) build

# Figures (printed, not asserted): build throughput vs plain spaCy; store latency, load, memory;
# calibration; reading hostile input and folders of many files.
bench: $(VENV)/.installed
	$(BIN)/python bench/build_bench.py
	$(BIN)/python bench/store_bench.py
	$(BIN)/python bench/calibration.py
	$(BIN)/python bench/input_bench.py

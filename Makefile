# Two commands on a fresh machine with only python3:
#   make run    set up .venv, install (pinned), build the graph from seeds/ into output/
#   make test   set up the same way (plus test tools) and run the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
OUT ?= output

.PHONY: run test test-fast eval bench train clean

run: $(VENV)/.installed
	$(BIN)/kg build seeds --out $(OUT)

test: $(VENV)/.installed-test
	$(BIN)/pytest

# Without the browser and notebook tests.
test-fast: $(VENV)/.installed-test
	$(BIN)/pytest -m "not browser and not slow"

eval: run
	$(BIN)/kg eval ../shared/gold/seeds.gold.jsonl --out $(OUT)

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml $(VENV)/bin/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet -e ".[test,train]"
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 >/dev/null
	touch $@

# The candidate scorer (kg/data/scorer.json) from the tuning parts of ../shared: news_dev_a,
# KnowledgeNet folds 1-2, CORE train's tuning two thirds (the held-out parts are never read).
train: $(VENV)/.installed-train
	$(BIN)/python train/train_scorer.py --shared ../shared

$(VENV)/.installed-train: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet -e ".[train]"
	touch $@

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache *.egg-info

# Figures (printed, not asserted): build throughput vs plain spaCy; store latency, load, memory.
bench: $(VENV)/.installed
	$(BIN)/python bench/build_bench.py
	$(BIN)/python bench/store_bench.py
	$(BIN)/python bench/calibration.py

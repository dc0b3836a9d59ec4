# kg: two commands for a newcomer: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
KG     := $(VENV)/bin/kg
OUT    := examples/out

.PHONY: install demo test eval bench fuzz clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[test]"
	touch $@

install: $(VENV)/.installed

demo: install
	$(KG) build examples/articles -o $(OUT)/graph.ttl
	$(KG) export $(OUT)/graph.ttl -o $(OUT)/graph.graphml
	$(KG) export $(OUT)/graph.ttl -o $(OUT)/graph.jsonld
	$(KG) view $(OUT)/graph.ttl -o $(OUT)/graph.html --title "kg example graph"
	$(KG) validate $(OUT)/graph.ttl
	@echo "open $(OUT)/graph.html in a browser"

test: install
	$(PY) -m pytest -q -p no:cacheprovider

eval: install
	$(KG) eval ../shared/eval/gold.jsonl --articles ../shared/eval/articles --split report
	$(KG) eval --plover ../shared/benchmarks/plover-gsr/PLOVER_GSR_CAMEO.txt
	$(KG) eval examples/devsets/a/gold.jsonl --articles examples/devsets/a/articles --limit 0
	$(KG) eval examples/devsets/b/gold.jsonl --articles examples/devsets/b/articles --limit 0 | head -6
	$(KG) eval examples/devsets/c/gold.jsonl --articles examples/devsets/c/articles --limit 0
	$(KG) eval examples/devsets/d/gold.jsonl --articles examples/devsets/d/articles --limit 0
	$(KG) eval examples/devsets/e/gold.jsonl --articles examples/devsets/e/articles --limit 0

bench: install
	$(PY) bench/run.py --quick

fuzz: install
	$(PY) fuzz/fuzz_ingest.py --seconds 60

clean:
	rm -rf $(OUT) test-output bench/results .pytest_cache

# Stepwell: the whole set-up on a fresh machine is `make demo` and `make test`.
SHELL := /bin/bash
SWIFT ?= swift
STEPWELL := .build/release/stepwell
BENCH := .build/release/stepwell-bench
VENV := .venv
PYTHON := $(VENV)/bin/python
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

.PHONY: deps build demo test test-quick test-heavy bench lint clean browser-deps notebooks notebooks-test test-browser \
	xlsx-test python-test dist dist-test docs-test readme-example

# GSL and pkg-config from Debian, installed only when missing (apt-get update runs once).
deps:
	@if ! pkg-config --exists gsl 2>/dev/null; then \
	  echo "Installing libgsl-dev and pkg-config..."; \
	  SUDO=$$( [ "$$(id -u)" -eq 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq libgsl-dev pkg-config >/dev/null; \
	fi

build: deps
	$(SWIFT) build -c release

# The main job: the default scenario, written to Output/.
demo: build
	$(STEPWELL) run Scenarios/sandwell-hub.yaml

# Every test: quick checks in debug (invariant checks on), the teaching page in a real browser, the
# notebooks, the Python package, the Excel workbooks of --xlsx and the README's example and the
# tutorial's commands (all on the release build), then the heavy queueing-theory oracles (rho = 0.95) in release mode. This order builds release once before
# `swift test -c release` rebuilds it for testing;
# the release test build leaves out the teaching server's tests (run in debug by test-quick).
# test-quick runs the fuzz campaign (FuzzTests) with 5,000 mutants in debug; test-heavy runs it
# with 50,000 in release (STEPWELL_FUZZ_COUNT overrides both), except under `make test`, where
# test-quick has already run it. The install archive's check (`make dist-test`) is run on its own:
# its static build in .build-dist adds 7 to 14 minutes to a cold run.
test: deps test-quick test-browser notebooks-test python-test xlsx-test docs-test test-heavy
test: HEAVY_FUZZ :=

HEAVY_FUZZ ?= |FuzzTests

test-quick:
	$(SWIFT) build
	$(SWIFT) test

# Also the teaching server under load (loopback only): 200 idle and 50 half-sent connections held
# open while a page, presets and a simulation request are timed, then closed by the server's idle
# and header timeouts.
test-heavy:
	$(SWIFT) build -c release
	python3 tests/load/idle_connections.py --stepwell $(STEPWELL)
	STEPWELL_HEAVY=1 STEPWELL_SKIP_SERVER_TESTS=1 $(SWIFT) test -c release --filter "QueueingNetworkTests|CareModelTests$(HEAVY_FUZZ)"

# Speed: one replication per model in its own process (events/s, wall time, peak memory),
# memory against horizon, replications on 1 and 2 threads, and synthetic-population generation.
# The speed benchmarks. Each section is its own target, so a new line is one more target added to
# BENCH_SECTIONS; every figure is from a release build, single-threaded unless a line says otherwise.
BENCH_C := .build/des_c
BENCH_SECTIONS := bench-c-reference bench-mm1 bench-network bench-population bench-care bench-national bench-scaling
.PHONY: $(BENCH_SECTIONS)
CPU_TIME := /usr/bin/time -f "whole process: %U s user + %S s system CPU, %e s wall, peak %M KB"

bench: build $(BENCH_C)
	@uptime
	@$(MAKE) --no-print-directory $(BENCH_SECTIONS)

# The hand-written C reference engine (GSL mt19937, binary heap), built as perf/compare-c.sh does.
$(BENCH_C): Benchmarks/CReference/des_c.c
	@mkdir -p .build
	gcc -O2 -o $@ $< -lgsl -lgslcblas -lm

bench-c-reference: $(BENCH_C)
	@echo "== Models A and B beside the C reference engine"
	@Benchmarks/c-reference.sh $(BENCH) $(STEPWELL) $(BENCH_C) 3

bench-mm1:
	@echo "== M/M/1, 1,000,000 customers, whole process (Cimba 3.0 MM1_single on this machine: 0.136 s CPU)"
	@for i in 1 2 3; do $(CPU_TIME) $(STEPWELL) run Scenarios/queueing/bench-mm1.yaml --threads 1 --quiet \
	  --out .build/bench-mm1 > /dev/null; done

bench-network:
	@echo "== Model A: M/M/10, lambda 9.5, mean service 1.0, about 1,000,000 customers"
	@$(BENCH) Scenarios/queueing/bench-mm10.yaml
	@echo "== Model B: four-node stepped-care network, horizon 50,000"
	@$(BENCH) Scenarios/queueing/stepped-care-network.yaml
	@echo "== Memory against horizon (Model B at 4x the horizon)"
	@$(BENCH) Scenarios/queueing/stepped-care-network.yaml --horizon 200000

bench-population:
	@echo "== Population: Sandwell (341,900 people) and a ten-times-larger area, with 5 years of referrals"
	@$(BENCH) --population sandwell
	@$(BENCH) --population sandwell --scale 10

bench-care:
	@echo "== Care: Sandwell hub, 6 years (1 of warm-up + 5), 20 replications, all cores"
	@$(CPU_TIME) $(STEPWELL) run Scenarios/sandwell-hub.yaml --replications 20 --quiet --out .build/bench-care > /dev/null
	@grep -E '"(wall_seconds|events|events_per_second|threads)"' .build/bench-care/manifest.json
	@echo "== Care: Sandwell 2025/26 from today's list, 5 years (1 of warm-up + 4), 20 replications, all cores"
	@$(CPU_TIME) $(STEPWELL) run Scenarios/sandwell-2025.yaml --replications 20 --quiet --out .build/bench-care-2025 > /dev/null
	@grep -E '"(wall_seconds|events|events_per_second|threads)"' .build/bench-care-2025/manifest.json

bench-national:
	@echo "== National: England 2025/26, 42 boards, 18 months (6 of warm-up + 1 projection year), 5 replications, all cores (target: under 2 minutes and 4 GB)"
	@$(CPU_TIME) $(STEPWELL) run Scenarios/england-2025.yaml --quiet --out .build/bench-england > /dev/null
	@grep -E '"(wall_seconds|events|events_per_second|threads)"' .build/bench-england/manifest.json
	@grep -E '^referrals.per_year,' .build/bench-england/metrics.csv

bench-scaling:
	@echo "== Replications scaling: 4 replications of Model B on 1 and 2 threads"
	@$(BENCH) Scenarios/queueing/stepped-care-network.yaml --replications 4 --threads 1
	@$(BENCH) Scenarios/queueing/stepped-care-network.yaml --replications 4 --threads 2
	@echo "== Replications scaling: the Sandwell hub, 8 replications on 1 and 2 threads"
	@for k in 1 2; do $(CPU_TIME) $(STEPWELL) run Scenarios/sandwell-hub.yaml --replications 8 --threads $$k --quiet \
	  --out .build/bench-care-threads > /dev/null; \
	  grep -E '"(wall_seconds|events|threads)"' .build/bench-care-threads/manifest.json | tr -d '\n '; echo; done

# The Python environment of the notebooks, the browser check and the `stepwell` Python package
# (.venv, with python/ installed editable), built when missing and refreshed when a requirements
# file or python/pyproject.toml changes; python3-venv from Debian only when venv is missing.
notebooks: $(VENV)/.installed

$(VENV)/.installed: notebooks/requirements.txt tests/browser/requirements.txt python/requirements.txt python/pyproject.toml
	@if ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then \
	  echo "Installing python3-venv..."; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq python3-venv >/dev/null; \
	fi
	@test -x $(PYTHON) || python3 -m venv $(VENV)
	$(PYTHON) -m pip install -q --disable-pip-version-check -r notebooks/requirements.txt -r tests/browser/requirements.txt \
	  -r python/requirements.txt -e python/
	@touch $@

# Runs the three notebooks headless (nbclient), small size unless STEPWELL_FULL=1.
notebooks-test: build notebooks
	STEPWELL=$(STEPWELL) $(PYTHON) notebooks/run_notebooks.py

# The Python package's tests (python/tests): reading outputs with units, the calibration's
# refusals and atomic writes, and ABC-SMC recovering known inputs of an M/M/c clinic.
python-test: build notebooks
	STEPWELL=$(STEPWELL) $(PYTHON) -m pytest -q python/tests

# The workbooks of `--xlsx` (run, compare, sweep, population) read back with openpyxl and checked
# cell by cell against the CSV files beside them.
xlsx-test: build notebooks
	$(PYTHON) tests/xlsx/check_workbook.py --stepwell $(STEPWELL)

# The README's example output and every command of docs/tutorial.md against real runs (in temporary
# folders; Output/ is left alone): each fails, naming the stale lines, when what it shows is no
# longer what Stepwell prints. `make readme-example` rewrites the README's example from a run.
docs-test: build notebooks
	python3 tests/docs/readme_example.py --check --stepwell $(STEPWELL)
	$(PYTHON) tests/docs/check_tutorial.py --stepwell $(STEPWELL)

readme-example: build
	python3 tests/docs/readme_example.py --update --stepwell $(STEPWELL)

# Debian's chromium and chromium-driver for the browser check, installed only when missing.
browser-deps:
	@if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then \
	  echo "Installing chromium and chromium-driver..."; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium chromium-driver >/dev/null; \
	fi

# The teaching page in headless Chromium against a running `stepwell serve`: the six lessons (each
# run, its animation, keyboard-only use, axe-core with no serious or critical violations) and the
# scenario explorer; screenshots Output/teaching-lesson.png, Output/teaching-screenshot.png and
# Output/report.png (the report of a small teaching run). About a minute.
test-browser: build browser-deps notebooks
	$(PYTHON) tests/browser/check_page.py --stepwell $(STEPWELL)

# An archive that runs without Swift or GSL installed: dist/stepwell-<version>-linux-x86_64.tar.gz
# holds bin/stepwell (release, stripped, Swift standard library and Foundation linked statically,
# and GSL statically from Debian's libgsl.a and libgslcblas.a: a gsl.pc for this build alone points
# the linker at a folder holding only those two), the teaching page's files beside it, Scenarios/,
# docs/, README.md and INSTALL.txt. It builds in its own folder, .build-dist, since a static
# standard library changes how every module compiles: sharing .build/release with `make build`
# would recompile everything each time one follows the other.
VERSION := $(shell sed -n 's/.*static let version = "\(.*\)"/\1/p' Sources/Projection/RunManifest.swift)
DIST_NAME := stepwell-$(VERSION)
DIST_ARCHIVE := dist/$(DIST_NAME)-linux-x86_64.tar.gz
DIST_BUILD := .build-dist
DIST_LIBS := $(DIST_BUILD)/static-libs

dist: deps
	@mkdir -p $(DIST_LIBS)
	@libdir=$$(pkg-config --variable=libdir gsl); \
	  ln -sf "$$libdir/libgsl.a" $(DIST_LIBS)/libgsl.a; ln -sf "$$libdir/libgslcblas.a" $(DIST_LIBS)/libgslcblas.a; \
	  sed 's|^Libs:.*|Libs: -L$(CURDIR)/$(DIST_LIBS) -lgsl -lgslcblas -lm|' \
	    "$$(pkg-config --variable=pcfiledir gsl)/gsl.pc" > $(DIST_LIBS)/gsl.pc
	PKG_CONFIG_PATH=$(CURDIR)/$(DIST_LIBS) $(SWIFT) build -c release --product stepwell --static-swift-stdlib \
	  --scratch-path $(DIST_BUILD)
	@rm -rf dist/$(DIST_NAME) $(DIST_ARCHIVE)
	@mkdir -p dist/$(DIST_NAME)/bin
	strip -o dist/$(DIST_NAME)/bin/stepwell $(DIST_BUILD)/release/stepwell
	cp -R $(DIST_BUILD)/release/Stepwell_TeachingServer.resources dist/$(DIST_NAME)/bin/
	cp -R Scenarios docs README.md tests/dist/INSTALL.txt dist/$(DIST_NAME)/
	tar -C dist -czf $(DIST_ARCHIVE) $(DIST_NAME)
	@rm -rf dist/$(DIST_NAME)
	@ls -l $(DIST_ARCHIVE)

# The archive unpacked into an empty folder and run there with an environment that sees neither
# this tree nor Swift: the default scenario (2 replications, 2 years) and `ldd` on the binary.
dist-test: dist
	tests/dist/check_dist.sh $(DIST_ARCHIVE)

lint:
	$(SWIFT) format lint --recursive Sources Tests Benchmarks Package.swift

clean:
	rm -rf .build $(DIST_BUILD) dist

# Stepwell: the whole set-up on a fresh machine is `make demo` and `make test`.
SHELL := /bin/bash
SWIFT ?= swift
STEPWELL := .build/release/stepwell
BENCH := .build/release/stepwell-bench

.PHONY: deps build demo test test-quick test-heavy bench lint clean

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

# Every test: quick checks in debug (invariant checks on), then the heavy queueing-theory
# oracles (rho = 0.95) in release mode.
test: deps test-quick test-heavy

test-quick:
	$(SWIFT) build
	$(SWIFT) test

test-heavy:
	$(SWIFT) build -c release
	STEPWELL_HEAVY=1 $(SWIFT) test -c release --filter QueueingNetworkTests

# Speed: one replication per model in its own process (events/s, wall time, peak memory),
# memory against horizon, replications on 1 and 2 threads, and synthetic-population generation.
bench: build
	@echo "== Model A: M/M/10, lambda 9.5, mean service 1.0, about 1,000,000 customers"
	@$(BENCH) Scenarios/queueing/bench-mm10.yaml
	@echo "== Model B: four-node stepped-care network, horizon 50,000"
	@$(BENCH) Scenarios/queueing/stepped-care-network.yaml
	@echo "== Memory against horizon (Model B at 4x the horizon)"
	@$(BENCH) Scenarios/queueing/stepped-care-network.yaml --horizon 200000
	@echo "== Replications scaling: 4 replications of Model B on 1 and 2 threads"
	@$(BENCH) Scenarios/queueing/stepped-care-network.yaml --replications 4 --threads 1
	@$(BENCH) Scenarios/queueing/stepped-care-network.yaml --replications 4 --threads 2
	@echo "== Population: Sandwell (341,900 people) and a ten-times-larger area, with 5 years of referrals"
	@$(BENCH) --population sandwell
	@$(BENCH) --population sandwell --scale 10
	@echo "== Care: Sandwell hub, 6 years (1 of warm-up + 5), 20 replications, all cores"
	@bash -c 'TIMEFORMAT="whole process: %R s wall"; time $(STEPWELL) run Scenarios/sandwell-hub.yaml --replications 20 --quiet --out .build/bench-care > /dev/null'
	@grep -E '"(wall_seconds|events|events_per_second|threads)"' .build/bench-care/manifest.json

lint:
	$(SWIFT) format lint --recursive Sources Tests Benchmarks Package.swift

clean:
	rm -rf .build

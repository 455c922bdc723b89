# ILACS Ready: one command for each job. `make demo` and `make test` do all the set-up.
SHELL := /bin/bash
export SWIFT_DETERMINISTIC_HASHING := 1
# The Python test tools' environment (scripts/requirements-test.txt) comes first on PATH, so every
# `python3` the tests, benchmarks and scripts run is that one; `make deps` creates it.
export PATH := $(shell scripts/python-env.sh path):$(PATH)

PG_DIR ?= $(CURDIR)/.data/pg
PG_PORT ?= 54329
DATABASE_URL ?= postgresql://ilacs@127.0.0.1:$(PG_PORT)/ilacs
export DATABASE_URL
DEMO_DIR ?= $(CURDIR)/.data/demo
SWIFT_BUILD_FLAGS ?=

.PHONY: setup deps build db db-stop demo test bench chaos-mailer lint clean

setup: deps build ## install missing system packages and build

deps:
	@scripts/install-deps.sh

build: deps
	swift build $(SWIFT_BUILD_FLAGS)

db: deps ## start the private PostgreSQL cluster under .data/ and print DATABASE_URL
	@url=$$(scripts/pg-cluster.sh start "$(PG_DIR)" "$(PG_PORT)") && echo "DATABASE_URL=$$url"

db-stop:
	@scripts/pg-cluster.sh stop "$(PG_DIR)"

demo: build db ## the main job end to end on county-size synthetic data
	@scripts/demo.sh "$(DEMO_DIR)"

test: deps ## start the private database, run every test, stop what it started
	@scripts/lint.sh
	@scripts/test.sh "$(PG_DIR)" "$(PG_PORT)"

lint: ## offline checks: docker/ (hadolint, shellcheck, compose, the binaries' libraries), architecture, swift format
	@scripts/lint.sh

bench: deps db ## release-build benchmarks, printed as ratios
	swift build -c release --product ilacs-bench
	.build/release/ilacs-bench

chaos-mailer: build db ## kill -9 the mailer five times while it delivers 2,000 invitations; check nothing is lost or doubled
	@scripts/chaos-mailer.sh "$(DATABASE_URL)" .build/debug

clean:
	swift package clean

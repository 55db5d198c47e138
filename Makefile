# dlxh — quick start: `make run` (TUI on a demo store), `make test` (everything CI runs).
SHELL := /bin/bash
SWIFT ?= swift
DEMO_STORE ?= demo-store
BIN := .build/debug/dlxh
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test build deps bench demo clean format

## Opens the TUI on a ready demo store (installing system packages and creating the store if missing).
run: deps build
	@[ -f "$(DEMO_STORE)/store.json" ] || $(BIN) demo --store "$(DEMO_STORE)"
	@$(BIN) --store "$(DEMO_STORE)"

## Everything CI runs: unit, store, golden-screen and end-to-end (tmux) tests.
test: deps build
	$(SWIFT) test 2>&1 | tee .build/test.log; exit $${PIPESTATUS[0]}

build:
	$(SWIFT) build --product dlxh

## Prints issue 13's benchmark tables: the targets at city scale (170 units × 10 years) beside
## 20 units × 1 year, and the growth table (1, 3, 10 years × 20, 60, 170 units). Several minutes.
bench: deps
	$(SWIFT) build -c release --product dlxh
	$(SWIFT) build -c release --product dlxh-bench
	.build/release/dlxh-bench

## A fresh demo store (overwrites $(DEMO_STORE)).
demo: build
	$(BIN) demo --store "$(DEMO_STORE)" --force

## System packages: ncursesw headers for the backend, tmux for the end-to-end tests,
## python3's jsonschema for the schema test.
deps:
	@missing=""; \
	[ -f /usr/include/ncursesw/curses.h ] || missing="$$missing libncursesw5-dev"; \
	command -v tmux >/dev/null || missing="$$missing tmux"; \
	command -v python3 >/dev/null || missing="$$missing python3"; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
	@python3 -c "import jsonschema" 2>/dev/null || \
	  python3 -m pip install -q jsonschema 2>/dev/null || \
	  { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq python3-jsonschema; }

format:
	$(SWIFT) format --in-place --recursive Sources Tests

clean:
	rm -rf .build

## The fuzzer's long pass (Sources/dlxh-fuzz): 100,000 broken files of each kind against a release
## build; hours (the last full run, its table and figures: Docs/FUZZ.md). Resumable: each finished
## chunk of 5,000 cases is kept in $(FUZZ_RESULTS) and not run again by the same command, and
## $(FUZZ_RESULTS)/table-sSEED.txt holds the table so far (rewritten every 100 cases).
## `make test` runs a short pass. Replay a failure: dlxh-fuzz --kind K --seed S --case N --keep
FUZZ_RESULTS ?= .build/fuzz
.PHONY: fuzz
## The Swift libraries linked in (--static-swift-stdlib): dlxh then starts in about 5 ms of CPU
## instead of 11, and a case is mostly starting dlxh. Its own build folder, so the release build
## stays as it is.
FUZZ_BUILD ?= .build/fuzz-static
fuzz: deps
	$(SWIFT) build -c release --static-swift-stdlib --scratch-path "$(FUZZ_BUILD)" --product dlxh
	$(SWIFT) build -c release --static-swift-stdlib --scratch-path "$(FUZZ_BUILD)" --product dlxh-fuzz
	"$(FUZZ_BUILD)"/release/dlxh-fuzz --cases $${CASES:-100000} --seed $${SEED:-1} --jobs $${JOBS:-2} --results "$(FUZZ_RESULTS)"

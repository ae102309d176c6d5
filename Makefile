# Every target works on a fresh machine with only Go installed.
GO          ?= go
STATICCHECK ?= honnef.co/go/tools/cmd/staticcheck@v0.8.2
GOBIN       := $(shell $(GO) env GOPATH)/bin
BENCHTIME   ?= 100ms
BENCHCOUNT  ?= 6
BENCHSTAT   ?= golang.org/x/perf/cmd/benchstat@v0.0.0-20260908200009-22c9c6c9d4da

.PHONY: demo test lint build bench fuzz cover

## demo: run the demo bot on :3000 with in-memory storage
demo:
	$(GO) run ./cmd/demo

## test: every test, with the race detector
test:
	$(GO) test -race -count=1 ./...

## lint: gofmt check, go vet, staticcheck
lint:
	@unformatted=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$unformatted" ]; then echo "gofmt needed:"; echo "$$unformatted"; exit 1; fi
	$(GO) vet ./...
	@test -x $(GOBIN)/staticcheck || $(GO) install $(STATICCHECK)
	$(GOBIN)/staticcheck ./...

## build: compile every package and the demo binary
build:
	$(GO) build ./...
	$(GO) build -o bin/demo ./cmd/demo

## bench: in one run (about 3 minutes): the Go benchmarks of every package
## (bin/bench.txt, summarised by benchstat when installed), then the demo
## under load next to a bare net/http handler (bin/loadgen.md); see BENCHMARKS.md
bench: SHELL := /bin/bash
bench:
	@mkdir -p bin
	$(GO) build -o bin/demo ./cmd/demo
	$(GO) build -o bin/loadgen ./cmd/loadgen
	set -o pipefail; $(GO) test -run='^$$' -bench=. -benchmem -benchtime=$(BENCHTIME) -count=$(BENCHCOUNT) ./... | tee bin/bench.txt
	@if [ -x $(GOBIN)/benchstat ]; then $(GOBIN)/benchstat bin/bench.txt | tee bin/benchstat.txt; \
	else echo "medians and spreads: go install $(BENCHSTAT) && benchstat bin/bench.txt"; fi
	set -o pipefail; bin/loadgen bench -demo bin/demo | tee bin/loadgen.md

## cover: coverage of the core packages
cover:
	$(GO) test -cover ./framework/ ./output/ ./testsuite/

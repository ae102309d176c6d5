# Every target works on a fresh machine with only Go installed.
GO          ?= go
STATICCHECK ?= honnef.co/go/tools/cmd/staticcheck@v0.8.2
GOBIN       := $(shell $(GO) env GOPATH)/bin
BENCHTIME   ?= 1s

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

## bench: the Go benchmarks of the hot paths (see BENCHMARKS.md)
bench:
	$(GO) test -run='^$$' -bench=. -benchmem -benchtime=$(BENCHTIME) ./...

## cover: coverage of the core packages
cover:
	$(GO) test -cover ./framework/ ./output/ ./testsuite/

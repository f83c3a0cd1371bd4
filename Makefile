# truemox: every target installs what it needs on a fresh clone.
SHELL := /bin/bash
.DEFAULT_GOAL := build

NODE_MODULES := node_modules/.installed
SOURCES := $(shell find src proto scripts -type f 2>/dev/null)
# Test files run in parallel, one process each; the end-to-end ones mostly wait on terraform.
TEST_JOBS ?= 4
# The longest files start first, so the short in-process ones fill the last minutes instead of
# one long end-to-end file running alone at the end while the other CPU waits.
TEST_FIRST = test/e2e/read-only.test.ts test/e2e/truenas-system.test.ts test/e2e/ca-file.test.ts test/e2e/truenas-resources.test.ts \
	test/e2e/truenas-protection.test.ts test/e2e/truenas-versions.test.ts test/e2e/truenas-block-services.test.ts test/demo/demo.test.ts \
	test/e2e/truenas-accounts.test.ts test/e2e/write-only.test.ts test/e2e/ephemeral.test.ts test/e2e/proxmox-sdn.test.ts \
	test/e2e/proxmox-guests.test.ts test/e2e/proxmox-access.test.ts test/release/release.test.ts
TEST_FILES = $(TEST_FIRST) $(filter-out $(TEST_FIRST),$(shell find test -name '*.test.ts' | sort))

$(NODE_MODULES): package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

dist/main.js: $(NODE_MODULES) $(SOURCES)
	node scripts/build.mjs

# The compiled CDKTF bindings (truemox/cdktf, truemox/cdktn): built from the committed cdktf/src.
CDKTF_SOURCES := $(shell find cdktf/src -type f 2>/dev/null)
cdktf/lib/index.js: $(NODE_MODULES) $(CDKTF_SOURCES) src/cdktf/generate.ts src/cdktf/compile.ts
	CHECKPOINT_DISABLE=1 TF_CLI_CONFIG_FILE=/dev/null node --import tsx scripts/generate-cdktf.ts --compile

# Files Prettier already formats (checked by `make lint`); `make format` writes them.
# The whole tree is formatted; generated files are listed in .prettierignore.
FORMATTED ?= .

.PHONY: build typecheck lint format acceptance test demo bench install uninstall clean docs cdktf cdktf-check release
build: dist/main.js cdktf/lib/index.js

typecheck: $(NODE_MODULES) cdktf/lib/index.js
	npx tsc -p tsconfig.json

lint: $(NODE_MODULES)
	npx eslint .
	npx prettier --check $(FORMATTED)

format: $(NODE_MODULES)
	npx prettier --write $(FORMATTED)

# The per-file limit only guards against a hang: an hour, far above what any file takes on a
# loaded 2-CPU machine (e2e files passed 10 minutes at load 15), so it never fails a correct run.
# The end-to-end tests run the built dist/, so the build comes first; the type check and the
# linters need nothing the tests make: they run beside the tests (niced, so they take the CPU the
# terraform runs leave idle), and `make test` fails when any of the three fails.
test: $(NODE_MODULES)
	$(MAKE) --no-print-directory build
	$(MAKE) --no-print-directory -j3 static-checks test-files

.PHONY: static-checks test-files
static-checks: $(NODE_MODULES) cdktf/lib/index.js
	nice -n 10 $(MAKE) --no-print-directory typecheck lint

# TAP for CI, then every failed test again at the end (CI shows only the tail of the output).
# The files run compiled to JavaScript (scripts/build-tests.mjs: a CPU second less per file than
# under tsx); `node --import tsx --test FILE` runs one from its source.
TEST_JS := .tmp/test-js
test-files: $(NODE_MODULES) dist/main.js
	node scripts/build-tests.mjs
	node --test --test-concurrency=$(TEST_JOBS) --test-timeout=3600000 \
	  --test-reporter=tap --test-reporter-destination=stdout \
	  --test-reporter=./test/helpers/failure-summary-reporter.mjs --test-reporter-destination=stdout \
	  $(patsubst %.ts,$(TEST_JS)/%.js,$(TEST_FILES))

# The lifecycle harness against real servers named by TRUEMOX_ACC_* (docs/acceptance.md).
acceptance: build
	node --import tsx --test --test-timeout=3600000 test/acceptance/acceptance.ts

demo: build
	node dist/main.js demo

bench: build
	node --import tsx bench/run.ts

install: build
	node dist/main.js install

uninstall: $(NODE_MODULES)
	node dist/main.js uninstall

docs: $(NODE_MODULES)
	node --import tsx scripts/generate-docs.ts

clean:
	rm -rf dist node_modules

# CDKTF bindings (cdktf/) generated from the providers' schemas; the check fails when stale.
cdktf: $(NODE_MODULES)
	CHECKPOINT_DISABLE=1 TF_CLI_CONFIG_FILE=/dev/null node --import tsx scripts/generate-cdktf.ts

cdktf-check: $(NODE_MODULES)
	CHECKPOINT_DISABLE=1 TF_CLI_CONFIG_FILE=/dev/null node --import tsx scripts/generate-cdktf.ts --check

# Per-platform provider archives in the registry layout, SHA256SUMS and a manifest, in release/.
release: build
	node --import tsx scripts/release.ts

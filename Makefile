# The two commands a newcomer runs first (as root on a fresh Debian machine):
#   make demo   build vawkg, load examples/records into the default store, answer a canned query
#   make test   build and run the whole test suite
# Both install the system packages the build needs first (libclang-dev for RocksDB's bindgen).
# The first build compiles RocksDB (C++): about 20 minutes on 2 cores, then seconds.

CARGO ?= cargo
TARGET_DIR := $(or $(CARGO_TARGET_DIR),target)
VAWKG := $(TARGET_DIR)/release/vawkg

.PHONY: demo test build system-deps check-format lint bench bench-extract

system-deps:
	@if ! dpkg -s libclang-dev >/dev/null 2>&1; then \
		if command -v apt-get >/dev/null 2>&1; then \
			echo "installing libclang-dev (RocksDB's bindgen needs libclang)"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libclang-dev; \
		else echo "warning: install libclang (RocksDB's bindgen needs it)"; fi; \
	fi

build: system-deps
	$(CARGO) build --release --locked

demo: build
	$(VAWKG) load examples/records
	$(VAWKG) query 04-country-pillar-matrix

test: system-deps
	$(CARGO) test --release --locked

check-format:
	$(CARGO) fmt --check

lint: system-deps
	$(CARGO) clippy --release --locked --all-targets -- -D warnings

# vawkg against the Oxigraph CLI: extract, load, query, export and growth, on generated corpora of
# 1k, 10k and 100k records (benches/pipeline.py, BENCHMARKS.md; needs `pip install oxigraph`).
# The report goes to /tmp/vawkg-bench/report.md; pass options in BENCH_ARGS, e.g.
#   make bench BENCH_ARGS="--sizes 1k,10k --repeat 3"
bench: system-deps
	python3 -m pip install --quiet oxigraph
	$(CARGO) build --release --locked --bins --examples
	python3 benches/pipeline.py --vawkg $(VAWKG) $(BENCH_ARGS)

# The extractor alone against a memchr line scan, with criterion (benches/extract.rs).
bench-extract: system-deps
	$(CARGO) bench --locked

#!/usr/bin/env bash
# Builds kiln (installing missing Debian packages first) and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")"
./setup.sh --no-demo
ctest --test-dir build --output-on-failure -j"$(nproc)" -LE long

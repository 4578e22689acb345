#!/usr/bin/env bash
# Sets up a fresh Debian machine for kiln, builds it, and runs kiln's main job on an example.
#
#   ./setup.sh            install missing packages, build, run the demo
#   ./setup.sh --no-demo  install missing packages and build only (used by ./run-tests.sh)
#
# Only Debian packages are installed (apt-get); nothing is downloaded from anywhere else.
set -euo pipefail
cd "$(dirname "$0")"

demo=1
[ "${1:-}" = "--no-demo" ] && demo=0

# What kiln needs (DESIGN.md §6): compilers and build tools, GoogleTest, LLVM's FileCheck/lit,
# clang + compiler-rt for the libFuzzer target, and the libraries later stages link; lua5.4 and
# luajit are the references targets/lua is tested and benchmarked against; chromium (headless)
# is the browser tests/viewer/browser_test.py opens the viewers' pages in.
packages=(
  g++ clang libclang-rt-14-dev cmake ninja-build python3
  libgtest-dev libgmock-dev llvm-14-tools
  nlohmann-json3-dev libgc-dev graphviz libasmjit-dev libcapstone-dev
  lua5.4 luajit
  chromium
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# python3 may come from elsewhere (e.g. pyenv); any 3.11 on PATH is fine.
if command -v python3 >/dev/null && python3 -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
  missing=("${missing[@]/python3}")
fi
missing=($(printf '%s\n' "${missing[@]}" | grep -v '^$' || true))
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

python3 -c 'import sys; assert sys.version_info[:2] == (3, 11), "kiln needs CPython 3.11 as python3"'

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
ninja -C build

if [ "$demo" = 1 ]; then
  echo
  echo "== kiln translate examples/hello.py -o build/hello"
  ./build/kiln translate --timings examples/hello.py -o build/hello
  echo
  echo "== build/hello kiln"
  ./build/hello kiln
fi

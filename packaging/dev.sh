#!/usr/bin/env bash
# One entry point for a fresh Debian/Ubuntu machine: installs what is missing, configures, builds,
# then runs Kontor or the whole test suite.
#   packaging/dev.sh run [kontor args...]   build and launch Kontor on the default database
#   packaging/dev.sh test                   build and run every test
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${KONTOR_BUILD_DIR:-$root/build}"
action="${1:-run}"
shift || true

bash "$root/packaging/install-deps.sh"

generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKONTOR_WERROR=ON
fi
cmake --build "$build" --parallel "$(nproc)"

case "$action" in
run)
    exec "$build/app/kontor" "$@"
    ;;
test)
    cd "$build"
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 600 "$@"
    ;;
*)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac

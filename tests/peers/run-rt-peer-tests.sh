#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# run-rt-peer-tests.sh QADESK_CORE_TESTS - start the real Request Tracker peer, run the
# "[peer]" tests of the given qadesk_core_tests binary against it, stop the peer, and exit
# with the tests' status. Needs root (see request-tracker/start.sh).
set -uo pipefail

[ $# -ge 1 ] && [ -x "$1" ] || { echo "usage: $0 path/to/qadesk_core_tests" >&2; exit 2; }
TESTS="$1"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export RT_PORT="${RT_PORT:-8099}"
export RT_PEER_STATE="${RT_PEER_STATE:-/tmp/rt-peer}"

trap '"$HERE/request-tracker/stop.sh"' EXIT
"$HERE/request-tracker/start.sh" || { echo "the RT peer did not start" >&2; exit 1; }

export RT_PEER_URL="http://127.0.0.1:${RT_PORT}"
RT_PEER_TOKEN="$(cat "$RT_PEER_STATE/root-token")"
export RT_PEER_TOKEN
"$TESTS" "[peer]"
status=$?
exit $status

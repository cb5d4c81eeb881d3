#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# stop.sh - stop the rt-server that start.sh started, by its pid file only.
set -u
STATE="${RT_PEER_STATE:-/tmp/rt-peer}"
[ -f "$STATE/rt-server.pid" ] || { echo "[rt-peer] no pid file in $STATE"; exit 0; }
pid=$(cat "$STATE/rt-server.pid")
if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"   # the Starlet master stops its forked workers itself
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    if kill -0 "$pid" 2>/dev/null; then
        kill -KILL "$pid" 2>/dev/null
        echo "[rt-peer] rt-server $pid killed"
    else
        echo "[rt-peer] rt-server $pid stopped"
    fi
else
    echo "[rt-peer] rt-server $pid was not running"
fi
rm -f "$STATE/rt-server.pid"

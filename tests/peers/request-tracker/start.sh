#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# start.sh - a real Request Tracker 5 (Debian bookworm packages, SQLite, REST 2.0) on
# 127.0.0.1:$RT_PORT for the connector's peer tests (tests/core/RtPeerTest.cpp).
#
#   sudo tests/peers/request-tracker/start.sh     # install if missing, (re)start, seed once
#   tests/peers/request-tracker/stop.sh           # stop it (by its pid file)
#
# Environment: RT_PORT (default 8099), RT_PEER_STATE (default /tmp/rt-peer).
# Needs root (apt-get, RT's config and database), Debian 12, curl, perl; never reads stdin.
# Idempotent: a machine where RT is installed and seeded only gets rt-server (re)started.
# Outgoing mail goes to a temp file (MailCommand testfile), never to an MTA.
#
# Result: REST2 at http://127.0.0.1:$RT_PORT/REST/2.0/ with a token for root in
# $RT_PEER_STATE/root-token (header "Authorization: token <value>"); basic auth root:password,
# agents alice:alicepass and carol:carolpass, customers bob@customer.example:bobpass and
# dana@customer.example:danapass. Seeded: queue QA-Support, ticket custom fields Channel,
# Tags, CSAT, three tickets (see seed_tickets below).
set -euo pipefail
export PATH="/usr/sbin:/sbin:$PATH"   # rt-setup-database, dpkg tools when run through plain sudo/su

PORT="${RT_PORT:-8099}"
STATE="${RT_PEER_STATE:-/tmp/rt-peer}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
B="http://127.0.0.1:${PORT}/REST/2.0"
RT_LIB=/usr/share/request-tracker5
mkdir -p "$STATE"
t0=$(date +%s)

say() { printf '[rt-peer] %s\n' "$*"; }
die() { say "$*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || die "run as root: it installs packages and writes RT's configuration"
command -v curl >/dev/null || die "curl is needed"

# ------------------------------------------------------------------------------ install
if ! dpkg -s request-tracker5 rt5-db-sqlite rt5-standalone rt5-clients >/dev/null 2>&1; then
    say "installing request-tracker5 (SQLite backend) from Debian packages"
    export DEBIAN_FRONTEND=noninteractive
    debconf-set-selections <<EOF
request-tracker5 request-tracker5/rtname string rt.localhost
request-tracker5 request-tracker5/organization string localhost
request-tracker5 request-tracker5/correspondaddress string rt@localhost
request-tracker5 request-tracker5/commentaddress string rt-comment@localhost
request-tracker5 request-tracker5/webbaseurl string http://127.0.0.1:${PORT}
request-tracker5 request-tracker5/webpath string
request-tracker5 request-tracker5/initial-root-password password password
request-tracker5 request-tracker5/install-cronjobs boolean false
request-tracker5 request-tracker5/handle-siteconfig-permissions boolean true
request-tracker5 request-tracker5/dbconfig-install boolean true
request-tracker5 request-tracker5/database-type select sqlite3
EOF
    apt-get update -qq </dev/null
    apt-get install -y -q -o DPkg::Lock::Timeout=900 -o Dpkg::Options::=--force-confdef \
        -o Dpkg::Options::=--force-confold --no-install-recommends \
        request-tracker5 rt5-db-sqlite rt5-standalone rt5-clients </dev/null
fi
t1=$(date +%s); say "install step: $((t1 - t0)) s"

# ------------------------------------------------------- loopback-only site configuration
conf=/etc/request-tracker5/RT_SiteConfig.d/99-qadesk-peer.pm
new_conf=$(cat <<EOF
# QA Desk peer: rt-server on 127.0.0.1:${PORT} at the root path (written by start.sh).
Set(\$WebDomain, '127.0.0.1');
Set(\$WebPort, ${PORT});
Set(\$WebPath, '');
Set(\$WebBaseURL, 'http://127.0.0.1:${PORT}');
Set(\$CanonicalizeRedirectURLs, 1);
# Times in TicketSQL are read in this zone: the connector sends UTC.
Set(\$Timezone, 'UTC');
# never hand mail to an MTA: outgoing mail goes to a temp file
Set(\$MailCommand, 'testfile');
1;
EOF
)
if [ ! -f "$conf" ] || [ "$(cat "$conf")" != "$new_conf" ]; then
    printf '%s\n' "$new_conf" > "$conf"
fi

# ------------------------------------------------------------------------ (re)start
"$HERE/stop.sh" >/dev/null 2>&1 || true
ts=$(date +%s)
nohup "$RT_LIB/libexec/rt-server" --listen "127.0.0.1:${PORT}" \
    --access-log "$STATE/access.log" >"$STATE/rt-server.log" 2>&1 </dev/null &
echo $! > "$STATE/rt-server.pid"
code=000
for _ in $(seq 1 240); do
    kill -0 "$(cat "$STATE/rt-server.pid")" 2>/dev/null || die "rt-server exited; see $STATE/rt-server.log"
    code=$(curl -s -o /dev/null -w '%{http_code}' "$B/rt" || true)
    # 401: up and asking for credentials
    [ "$code" = 401 ] || [ "$code" = 200 ] && break
    sleep 0.25
done
[ "$code" = 401 ] || [ "$code" = 200 ] || die "rt-server did not come up (HTTP $code); see $STATE/rt-server.log"
t2=$(date +%s); say "rt-server pid $(cat "$STATE/rt-server.pid") on 127.0.0.1:${PORT} after $((t2 - ts)) s"

# ------------------------------------------------------------------------------ seed
J=(-H 'Content-Type: application/json')
token_works() {
    [ -s "$STATE/root-token" ] &&
        [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: token $(cat "$STATE/root-token")" \
            "$B/queue/QA-Support")" = 200 ]
}
seeded() {
    # the last ticket the seed creates
    curl -s -u root:password -G "$B/tickets" --data-urlencode \
        "query=Queue = 'QA-Support' AND Subject = 'Feature request: dark mode'" | grep -q '"total" *: *1'
}
has_custom_fields() {
    curl -s -u root:password -G "$B/customfields" --data-urlencode 'query=[{"field":"Name","value":"CSAT"}]' |
        grep -q '"total" *: *[1-9]'
}
exists() { [ "$(curl -s -o /dev/null -w '%{http_code}' -u root:password "$B/$1")" = 200 ]; }
post() {   # post WHO PATH JSON -> the answer; fails on an HTTP error
    local who="$1" path="$2" body="$3"
    curl -sf -u "$who" "${J[@]}" -X "${METHOD:-POST}" "$B/$path" -d "$body" || die "$who ${METHOD:-POST} /$path failed"
}
put() { METHOD=PUT post "$@"; }
id_of() { sed -E 's/.*"id" *: *"?([0-9]+)"?.*/\1/'; }
quiet_perl() { perl "$HERE/rt-passwords-token.pl" "$@" 2> >(grep -v 'internal HTML converter' >&2); }

seed_tickets() {
    local BOB='bob@customer.example:bobpass' DANA='dana@customer.example:danapass'
    local ALICE='alice:alicepass' CAROL='carol:carolpass' ROOT='root:password' T1 T2 T3 LOG
    # 1: email; internal note, HTML reply with an attachment, customer follow-up, resolved, CSAT 5
    T1=$(post "$BOB" ticket '{"Queue":"QA-Support","Subject":"Cannot log in after password reset","Requestor":"bob@customer.example","Content":"Hi,\nsince resetting my password yesterday I get \"invalid credentials\" on every login.\nOrder #A-1042.\nBob","ContentType":"text/plain"}' | id_of)
    put "$ROOT" "ticket/$T1" '{"Owner":"alice","CustomFields":{"Channel":"email","Tags":["login","password-reset"]}}' >/dev/null
    sleep 1   # distinct seconds keep the conversation's order unambiguous
    post "$ALICE" "ticket/$T1/comment" '{"Content":"Checked auth logs: account locked after 5 failed attempts. Unlocking.","ContentType":"text/plain"}' >/dev/null
    sleep 1
    LOG=$(printf 'auth.log excerpt\n2026-11-21 10:02 lockout user=bob\n' | base64 -w0)
    post "$ALICE" "ticket/$T1/correspond" '{"Content":"<p>Hi Bob,</p><p>your account was <b>locked</b> after several failed attempts. I have unlocked it &mdash; please try again.</p><p>Alice</p>","ContentType":"text/html","Attachments":[{"FileName":"lockout.txt","FileType":"text/plain","FileContent":"'"$LOG"'"}]}' >/dev/null
    sleep 1
    post "$BOB" "ticket/$T1/correspond" '{"Content":"Works now, thanks!","ContentType":"text/plain"}' >/dev/null
    put "$ALICE" "ticket/$T1" '{"Status":"resolved","CustomFields":{"CSAT":"5"}}' >/dev/null
    # 2: chat; HTML customer message, reply, internal note, resolved, CSAT 3
    T2=$(post "$DANA" ticket '{"Queue":"QA-Support","Subject":"Refund for duplicate charge","Requestor":"dana@customer.example","Content":"<p>I was charged <b>twice</b> for invoice INV-77.</p>","ContentType":"text/html"}' | id_of)
    put "$ROOT" "ticket/$T2" '{"Owner":"carol","CustomFields":{"Channel":"chat","Tags":["billing","refund"]}}' >/dev/null
    sleep 1
    post "$CAROL" "ticket/$T2/correspond" '{"Content":"Sorry about that, Dana. The duplicate charge has been refunded; it takes 3-5 business days.","ContentType":"text/plain"}' >/dev/null
    sleep 1
    post "$CAROL" "ticket/$T2/comment" '{"Content":"Refund ref RF-5521 issued in billing console.","ContentType":"text/plain"}' >/dev/null
    put "$CAROL" "ticket/$T2" '{"Status":"resolved","CustomFields":{"CSAT":"3"}}' >/dev/null
    # 3: web; new, no reply yet
    T3=$(post "$BOB" ticket '{"Queue":"QA-Support","Subject":"Feature request: dark mode","Requestor":"bob@customer.example","Content":"Would love a dark mode in the app.","ContentType":"text/plain"}' | id_of)
    put "$ROOT" "ticket/$T3" '{"Owner":"alice","CustomFields":{"Channel":"web","Tags":["feature-request"]}}' >/dev/null
    say "seeded tickets $T1 $T2 $T3"
}

if token_works && seeded; then
    say "RT is seeded and the root token works: nothing to seed"
else
    # Known passwords first (RT may have been installed before with other ones).
    quiet_perl >/dev/null
    if seeded; then
        say "RT is seeded already"
    else
        say "seeding queue, users, custom fields, rights, tickets"
        exists queue/QA-Support ||
            post root:password queue '{"Name":"QA-Support","Description":"Support queue for QA scoring","CorrespondAddress":"support@qa.localhost","CommentAddress":"support-comment@qa.localhost"}' >/dev/null
        for user in 'alice|alice@qa.localhost|Alice Agent|1' 'carol|carol@qa.localhost|Carol Agent|1' \
                    'bob@customer.example|bob@customer.example|Bob Customer|0' \
                    'dana@customer.example|dana@customer.example|Dana Customer|0'; do
            IFS='|' read -r name email real privileged <<<"$user"
            exists "user/$name" ||
                post root:password user "{\"Name\":\"$name\",\"EmailAddress\":\"$email\",\"RealName\":\"$real\",\"Privileged\":$privileged}" >/dev/null
        done
        if ! has_custom_fields; then
            rt-setup-database --action insert --datafile "$HERE/rt-qa-initialdata.pl" </dev/null >"$STATE/initialdata.log" 2>&1 ||
                die "rt-setup-database failed; see $STATE/initialdata.log"
            has_custom_fields || die "the custom fields were not created; see $STATE/initialdata.log"
        fi
        quiet_perl >/dev/null   # the new users' passwords
        seed_tickets
    fi
    if ! token_works; then
        quiet_perl --token | tail -1 > "$STATE/root-token"
        token_works || die "the new root token is refused"
    fi
fi
t3=$(date +%s)
say "ready in $((t3 - t0)) s: RT_PEER_URL=http://127.0.0.1:${PORT} RT_PEER_TOKEN from $STATE/root-token"

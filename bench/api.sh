#!/usr/bin/env bash
# Requests per second of the content API (wrk, 10 s, 32 connections, after a warm-up): the public
# article endpoint (a full answer, and a revalidation answered 304), an authenticated article list
# (a token's list of 20), and the story's public page for comparison, in one run.
#
#   bench/api.sh BASE_URL USERNAME PASSWORD
#
# Needs curl and wrk. Start Newsdesk with CMS_API_REQUESTS_PER_MINUTE high enough for the run
# (e.g. 100000000), or the list is measured against its rate limit's 429s.
set -euo pipefail

BASE=${1:?usage: bench/api.sh BASE_URL USERNAME PASSWORD}
ADMIN=${2:?username}
ADMIN_PASSWORD=${3:?password}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
COOKIES=$WORK/cookies
UNIQUE=$(date +%s)

# shellcheck source=bench/admin-forms.sh
. "$(dirname "$0")/admin-forms.sh"
sign_in "$ADMIN" "$ADMIN_PASSWORD"
newsroom
body=$(for i in $(seq 1 12); do printf '<p>Paragraph %d of the story, long enough to read like one: the council met until midnight and the budget now goes to the mayor, who has ten days to sign it.</p>' "$i"; done)
article=$(story "Council approves the budget $UNIQUE" "council-approves-the-budget-$UNIQUE" "$body" publish)
id=${article##*/}
path=$(curl -s -b "$COOKIES" "$article" | { grep -o 'href="[^"]*"[^>]*>View on site' || true; } | sed 's/href="\([^"]*\)".*/\1/')
token=$(curl -s -b "$COOKIES" "$BASE/admin/api-tokens" | csrf_of)
TOKEN=$(curl -s -b "$COOKIES" -c "$COOKIES" --data-urlencode "_csrf=$token" --data-urlencode "name=bench $UNIQUE" \
    --data-urlencode "expires=" "$BASE/admin/api-tokens" | grep -o 'value="nd_[^"]*"' | sed 's/value="\(.*\)"/\1/')
[[ -n $TOKEN ]] || { echo "No API token was made" >&2; exit 1; }
etag=$(curl -s -D - -o /dev/null "$BASE/api/v1/public/articles/$id" | sed -n 's/^[Ee][Tt][Aa][Gg]: *//p' | tr -d '\r')

run() { # label, then wrk's arguments
    local label=$1; shift
    wrk -t2 -c32 -d5s "$@" >/dev/null # warm-up
    printf '== %s\n' "$label"
    wrk -t2 -c32 -d10s --latency "$@" | grep -E 'Requests/sec|Latency|99%|Non-2xx'
}
run "public article endpoint (200, $(curl -s -o /dev/null -w '%{size_download}' "$BASE/api/v1/public/articles/$id") bytes)" \
    "$BASE/api/v1/public/articles/$id"
run "public article endpoint, revalidated (304)" -H "If-None-Match: $etag" "$BASE/api/v1/public/articles/$id"
run "authenticated list of 20 (token)" -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/articles?limit=20"
run "the story's public page (page cache)" "$BASE$path"

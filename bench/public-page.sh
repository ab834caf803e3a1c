#!/usr/bin/env bash
# Requests per second for a cached public article page next to a plain static file of the same
# server, in one run (wrk, 10 s, 32 connections, after a warm-up), and the size of each response.
#
#   bench/public-page.sh BASE_URL USERNAME PASSWORD
#
# Publishes one story through the admin forms (a section, an author, an article) so the numbers
# come from a real page, then loads it. Needs curl and wrk (Debian: apt-get install wrk).
set -euo pipefail

BASE=${1:?usage: bench/public-page.sh BASE_URL USERNAME PASSWORD}
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
path=$(curl -s -b "$COOKIES" "$article" | { grep -o 'href="[^"]*"[^>]*>View on site' || true; } | sed 's/href="\([^"]*\)".*/\1/')
[[ -n $path ]] || { echo "The story was not published" >&2; exit 1; }

for url in "$BASE$path" "$BASE/site/newsdesk.css"; do
    printf '%-60s %s bytes\n' "$url" "$(curl -s -o /dev/null -w '%{size_download}' "$url")"
    wrk -t2 -c32 -d5s "$url" >/dev/null # warm-up: page cache, JIT
done
for url in "$BASE$path" "$BASE/site/newsdesk.css"; do
    echo "== $url"
    wrk -t2 -c32 -d10s --latency "$url" | grep -E 'Requests/sec|Latency|50%|99%|Non-2xx'
done

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

csrf_of() { grep -o 'type="hidden" name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="\([^"]*\)"/\1/'; }
post() { # path, then name=value pairs; prints the redirect target
    local path=$1; shift
    local args=()
    for field in "$@"; do args+=(--data-urlencode "$field"); done
    curl -s -o /dev/null -w '%{redirect_url}' -c "$COOKIES" -b "$COOKIES" "${args[@]}" "$BASE$path"
}

token=$(curl -s -c "$COOKIES" -b "$COOKIES" "$BASE/admin/login" | csrf_of)
post /admin/login "_csrf=$token" "username=$ADMIN" "password=$ADMIN_PASSWORD" >/dev/null
token=$(curl -s -b "$COOKIES" "$BASE/admin/sections/new" | csrf_of)
post /admin/sections "_csrf=$token" "name=Metro $UNIQUE" "slug=metro-$UNIQUE" "parent=" >/dev/null
token=$(curl -s -b "$COOKIES" "$BASE/admin/authors/new" | csrf_of)
post /admin/authors "_csrf=$token" "name=Ada Reporter $UNIQUE" "slug=ada-$UNIQUE" "bio=Covers City Hall." >/dev/null

editor=$(curl -s -b "$COOKIES" "$BASE/admin/articles/new")
token=$(csrf_of <<<"$editor")
section=$(grep -o "<option value=\"[0-9]*\">Metro $UNIQUE</option>" <<<"$editor" | grep -o '[0-9]\+' | head -n 1)
author=$(grep -o "<option value=\"[0-9]*\">Ada Reporter $UNIQUE</option>" <<<"$editor" | grep -o '[0-9]\+' | head -n 1)
body=$(for i in $(seq 1 12); do printf '<p>Paragraph %d of the story, long enough to read like one: the council met until midnight and the budget now goes to the mayor, who has ten days to sign it.</p>' "$i"; done)
article=$(post /admin/articles/new "_csrf=$token" "headline=Council approves the budget $UNIQUE" \
    "dek=After a late-night session, the vote was 7 to 2." "section=$section" "bylines=$author" "body=$body" "action=save")
page=$(curl -s -b "$COOKIES" "$article")
version=$(grep -o 'name="version" value="[0-9]*"' <<<"$page" | grep -o '[0-9]\+')
post "${article#"$BASE"}" "_csrf=$(csrf_of <<<"$page")" "version=$version" "headline=Council approves the budget $UNIQUE" \
    "dek=After a late-night session, the vote was 7 to 2." "section=$section" "bylines=$author" "slug=council-approves-the-budget-$UNIQUE" \
    "body=$body" "action=publish" >/dev/null
path=$(curl -s -b "$COOKIES" "$article" | grep -o 'href="[^"]*"[^>]*>View on site' | sed 's/href="\([^"]*\)".*/\1/')
[[ -n $path ]] || { echo "The story was not published" >&2; exit 1; }

for url in "$BASE$path" "$BASE/site/newsdesk.css"; do
    printf '%-60s %s bytes\n' "$url" "$(curl -s -o /dev/null -w '%{size_download}' "$url")"
    wrk -t2 -c32 -d5s "$url" >/dev/null # warm-up: page cache, JIT
done
for url in "$BASE$path" "$BASE/site/newsdesk.css"; do
    echo "== $url"
    wrk -t2 -c32 -d10s --latency "$url" | grep -E 'Requests/sec|Latency|50%|99%|Non-2xx'
done

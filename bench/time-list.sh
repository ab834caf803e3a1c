#!/usr/bin/env bash
# Times the article list views and the dashboard of a running Newsdesk, one request at a time.
#
#   bench/time-list.sh BASE_URL USERNAME PASSWORD [LABEL]
#
# Signs in, requests every view BENCH_WARMUP times (20) to warm up, then each view BENCH_REQUESTS
# times (100) one after another, and prints the median and 99th percentile in milliseconds. bench/article-list.sh seeds a database and calls it.
set -euo pipefail

BASE=${1:?usage: bench/time-list.sh BASE_URL USERNAME PASSWORD [LABEL]}
ADMIN=${2:?username}
ADMIN_PASSWORD=${3:?password}
LABEL=${4:-$BASE}
WARMUP=${BENCH_WARMUP:-20}
REQUESTS=${BENCH_REQUESTS:-100}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

COOKIES=$WORK/cookies
login_page=$(curl -s -c "$COOKIES" -b "$COOKIES" "$BASE/admin/login")
csrf=$(grep -o 'type="hidden" name="[^"]*" value="[^"]*"' <<<"$login_page" | head -n 1)
csrf_name=$(sed 's/.*name="\([^"]*\)".*/\1/' <<<"$csrf")
csrf_value=$(sed 's/.*value="\([^"]*\)".*/\1/' <<<"$csrf")
status=$(curl -s -o /dev/null -w '%{http_code}' -c "$COOKIES" -b "$COOKIES" --data-urlencode "$csrf_name=$csrf_value" \
    --data-urlencode "username=$ADMIN" --data-urlencode "password=$ADMIN_PASSWORD" "$BASE/admin/login")
[[ $status == 303 ]] || { echo "Sign-in failed ($status)" >&2; exit 1; }

# a section and an author of the seeded archive: the first choice in each filter
list_page=$(curl -s -b "$COOKIES" "$BASE/admin/articles")
SECTION=$(sed -n '/id="section"/,/<\/select>/p' <<<"$list_page" | grep -o 'option value="[0-9]*"' | head -n 1 | grep -o '[0-9]*')
AUTHOR=$(sed -n '/id="author"/,/<\/select>/p' <<<"$list_page" | grep -o 'option value="[0-9]*"' | head -n 1 | grep -o '[0-9]*')

CASES=(
    "first page|/admin/articles"
    "last changed, oldest first|/admin/articles?sort=modified-oldest"
    "first published, newest first|/admin/articles?sort=published-newest"
    "first published, oldest first|/admin/articles?sort=published-oldest"
    "status in review|/admin/articles?status=IN_REVIEW"
    "pending changes|/admin/articles?status=PENDING"
    "one section|/admin/articles?section=$SECTION"
    "one author|/admin/articles?author=$AUTHOR"
    "headline contains 'council'|/admin/articles?headline=council"
    "page 1000 (rows 49,951-50,000)|/admin/articles?page=1000"
    "dashboard|/admin/"
)

printf '\n%s: %s requests each after %s to warm up\n' "$LABEL" "$REQUESTS" "$WARMUP"
printf '%-34s %10s %10s\n' "view" "median ms" "p99 ms"
# warm every view before timing any, so the first does not pay for the JIT alone
for _ in $(seq 1 "$WARMUP"); do
    for case in "${CASES[@]}"; do
        curl -s -o /dev/null -b "$COOKIES" "$BASE${case#*|}"
    done
done
for case in "${CASES[@]}"; do
    name=${case%%|*} path=${case#*|}
    for _ in $(seq 1 "$REQUESTS"); do
        curl -s -o /dev/null -b "$COOKIES" -w '%{http_code} %{time_total}\n' "$BASE$path"
    done > "$WORK/times"
    failed=$(awk '$1 != 200' "$WORK/times" | wc -l)
    if ((failed)); then
        printf '%-34s %d of %d requests failed\n' "$name" "$failed" "$REQUESTS"
        continue
    fi
    awk '{ print $2 * 1000 }' "$WORK/times" | sort -n | awk -v name="$name" '
        { ms[NR] = $1 }
        END { printf "%-34s %10.1f %10.1f\n", name, (ms[int((NR + 1) / 2)] + ms[int(NR / 2) + 1]) / 2, ms[int(NR * 0.99 + 0.5)] }'
done

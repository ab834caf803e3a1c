#!/usr/bin/env bash
# Times search with a large archive: the full rebuild of the index on start, its size on disk, and
# readers' search (/search?q=) and the newsroom's (the article list's words filter) over HTTP.
#
#   bench/search.sh [ARTICLES]
#
# Seeds a fresh H2 database with ARTICLES articles (default 100,000; bench/ArticleSeeder.java),
# starts cms.war on Payara Micro with no index, waits for the rebuild from the database and reads
# its time from the log, then sends BENCH_REQUESTS (200) searches of each kind one after another
# after BENCH_WARMUP (200: a server that has served a while, as editors and readers meet it), every one for two words no other request asked (so none is answered
# from the page cache), and prints the median and 99th percentile in milliseconds. Build first
# (mvn package -DskipTests). Environment: BENCH_PORT (18310); BENCH_REUSE=1 keeps the database
# seeded by the last run (only the index is made again); BENCH_WAR (cms-web/target/cms.war), to time
# another build on the same database; BENCH_JAVA_OPTS, e.g. -XX:StartFlightRecording=filename=x.jfr.
set -euo pipefail
cd "$(dirname "$0")/.."

ARTICLES=${1:-100000}
PORT=${BENCH_PORT:-18310}
WORK=$PWD/cms-web/target/bench-search
BASE=http://127.0.0.1:$PORT
ADMIN=bench-chief
ADMIN_PASSWORD=bench-chief-password
WAR=${BENCH_WAR:-cms-web/target/cms.war}
PAYARA=cms-web/target/payara-micro.jar
WARMUP=${BENCH_WARMUP:-200}
REQUESTS=${BENCH_REQUESTS:-200}
[[ -f $WAR && -f $PAYARA ]] || { echo "Build first: mvn package -DskipTests" >&2; exit 1; }

export CMS_DATA_DIR=$WORK/data CMS_ADMIN_USER=$ADMIN CMS_ADMIN_PASSWORD=$ADMIN_PASSWORD
REUSE=${BENCH_REUSE:-0}
[[ $REUSE == 1 && -f $CMS_DATA_DIR/newsdesk.mv.db ]] || REUSE=0
if [[ $REUSE == 0 ]]; then
    rm -rf "$WORK" && mkdir -p "$WORK/lib"
    unzip -p "$PAYARA" MICRO-INF/runtime/h2.jar > "$WORK/lib/h2.jar"
fi

SERVER=
start_server() {
    java ${BENCH_JAVA_OPTS:-} -jar "$PAYARA" --deploy "$WAR" --contextroot / --port "$PORT" --nocluster --disablephonehome \
        --prebootcommandfile cms-web/src/main/payara/pre-boot.asadmin \
        > "$WORK/payara.log" 2>&1 &
    SERVER=$!
    for _ in $(seq 1 "${BENCH_START_SECONDS:-900}"); do   # a start on a loaded machine with 100,000 stories takes minutes
        grep -q "ready in" "$WORK/payara.log" && return 0
        kill -0 "$SERVER" 2>/dev/null || break
        sleep 1
    done
    echo "Payara did not start; see $WORK/payara.log" >&2
    exit 1
}
cpu_ms() {   # the server's CPU time so far (user + system), in ms: what a search costs whatever the machine's load
    awk -v tick="$(getconf CLK_TCK)" '{ print ($14 + $15) * 1000 / tick }' "/proc/$SERVER/stat"
}
stop_server() {
    if [[ -n $SERVER ]]; then
        kill "$SERVER" 2>/dev/null || true
        wait "$SERVER" 2>/dev/null || true
        SERVER=
    fi
}
trap stop_server EXIT

if [[ $REUSE == 0 ]]; then
    echo "== Migrating an empty H2 database"
    start_server
    stop_server
    echo "== Seeding $ARTICLES articles"
    java -cp "$WORK/lib/h2.jar" bench/ArticleSeeder.java "jdbc:h2:file:$CMS_DATA_DIR/newsdesk" newsdesk newsdesk "$ARTICLES"
fi
rm -rf "$CMS_DATA_DIR/search-index"
echo "== Starting the server on the seeded database, with no search index"
start_server
for _ in $(seq 1 900); do
    grep -q "Search: index made from the database" "$WORK/payara.log" && break
    sleep 1
done
grep -o "Search: index made from the database.*" "$WORK/payara.log" | tail -n 1
printf 'Server CPU from its start to the index made (Payara start included): %.0f s, load average %s\n' \
    "$(awk '{ print $1 / 1000 }' <<<"$(cpu_ms)")" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf 'Index on disk: %s\n' "$(du -sh "$CMS_DATA_DIR/search-index" | cut -f1)"
sleep 6   # the first commit after the rebuild

COOKIES=$WORK/cookies
login_page=$(curl -s -c "$COOKIES" -b "$COOKIES" "$BASE/admin/login")
csrf=$(grep -o 'type="hidden" name="[^"]*" value="[^"]*"' <<<"$login_page" | head -n 1)
status=$(curl -s -o /dev/null -w '%{http_code}' -c "$COOKIES" -b "$COOKIES" \
    --data-urlencode "$(sed 's/.*name="\([^"]*\)".*/\1/' <<<"$csrf")=$(sed 's/.*value="\([^"]*\)".*/\1/' <<<"$csrf")" \
    --data-urlencode "username=$ADMIN" --data-urlencode "password=$ADMIN_PASSWORD" "$BASE/admin/login")
[[ $status == 303 ]] || { echo "Sign-in failed ($status)" >&2; exit 1; }

# words the seeder writes with, and one it does not (a misspelling, for "did you mean")
WORDS=(council budget mayor vote transit tunnel harbor school teachers strike police court judge senate
    housing storm flood weather stadium museum festival election campaign hospital vaccine climate energy
    bridge traffic airport rail workers union market economy inflation restaurant river library residents)
N=${#WORDS[@]}
queries() {   # $1 = how many, $2 = offset: distinct pairs of words
    for i in $(seq "$2" $(($2 + $1 - 1))); do
        printf '%s+%s\n' "${WORDS[$((i % N))]}" "${WORDS[$(((i / N + i + 1) % N))]}"
    done
}
time_requests() {   # $1 = label, $2 = path prefix, then queries on stdin
    cpu_before=$(cpu_ms)
    while read -r q; do
        curl -s -o /dev/null -b "$COOKIES" -w '%{http_code} %{time_total}\n' "$BASE$2$q"
    done > "$WORK/times"
    failed=$(awk '$1 != 200' "$WORK/times" | wc -l)
    cpu=$(awk -v a="$cpu_before" -v b="$(cpu_ms)" -v n="$(wc -l < "$WORK/times")" 'BEGIN { printf "%.1f", (b - a) / n }')
    awk '{ print $2 * 1000 }' "$WORK/times" | sort -n | awk -v name="$1" -v failed="$failed" -v cpu="$cpu" -v load="$(cut -d' ' -f1 /proc/loadavg)" '
        { ms[NR] = $1 }
        END { printf "%-44s %10.1f %10.1f %10s   (%d requests, %d failed, load %s)\n", name, (ms[int((NR + 1) / 2)] + ms[int(NR / 2) + 1]) / 2,
              ms[int(NR * 0.99 + 0.5)], cpu, NR, failed, load }'
}
# rare words: far down the seeder's vocabulary, each in a few dozen stories
mapfile -t RARE < <(grep -v '^#' bench/vocabulary.txt | sed -n '3001,5000p')
rare() {   # $1 = how many, $2 = offset
    for i in $(seq "$2" $(($2 + $1 - 1))); do printf '%s\n' "${RARE[$((i % ${#RARE[@]}))]}"; done
}
phrases() {   # $1 = how many, $2 = offset: two words in quotes
    queries "$1" "$2" | sed 's/^\(.*\)+\(.*\)$/%22\1+\2%22/'
}
queries "$WARMUP" 1000 | time_requests "warm-up" "/search?q=" > /dev/null
queries "$WARMUP" 2000 | time_requests "warm-up" "/admin/articles?headline=" > /dev/null
printf '\n%s articles: %s requests each after %s to warm up\n' "$ARTICLES" "$REQUESTS" "$WARMUP"
printf '%-44s %10s %10s %10s\n' "search" "median ms" "p99 ms" "server CPU ms per request"
queries "$REQUESTS" 0 | time_requests "public /search?q=two+words (page 1)" "/search?q="
rare "$REQUESTS" 0 | time_requests "public, one rare word" "/search?q="
phrases "$REQUESTS" 4000 | time_requests "public, a phrase of two words" "/search?q="
queries "$REQUESTS" 0 | sed 's/$/\&page=5/' | time_requests "public, page 5" "/search?q="
queries "$REQUESTS" 3000 | sed 's/$/+councel/' | time_requests "public, a misspelled word (did you mean)" "/search?q="
queries "$REQUESTS" 0 | time_requests "public, the same again (page cache)" "/search?q="
queries "$REQUESTS" 5000 | time_requests "admin list, words filter (two words)" "/admin/articles?headline="
rare "$REQUESTS" 500 | time_requests "admin list, words filter (a rare word)" "/admin/articles?headline="
du -sh "$CMS_DATA_DIR/search-index" | sed 's/\t.*//; s/^/Index on disk after the searches: /'

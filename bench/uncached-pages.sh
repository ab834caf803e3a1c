#!/usr/bin/env bash
# Times the public pages as the page cache misses them, with a large archive: the home page, a
# section front, an author page, an article page and the RSS feed, each rendered afresh on every
# request, and the server's CPU time per render.
#
#   bench/uncached-pages.sh [ARTICLES]
#
# Seeds a fresh H2 database with ARTICLES articles (default 100,000; bench/ArticleSeeder.java, as
# bench/search.sh does), starts cms.war on Payara Micro, waits for the search index to be made (so
# its rebuild does not eat the CPU being measured), then for each page sends BENCH_WARMUP (30)
# requests and BENCH_REQUESTS (200) timed ones, one after another. Every request names a Host of
# its own (r1.bench, r2.bench, ...): the page cache keys a page by the site address it was asked
# at, so each one is a miss and a full render, and nothing else about the page changes. Prints the
# median and 99th percentile answer time (curl's time_total, on the same machine) and the Payara
# process's user + system CPU time (from /proc) divided by the timed requests.
#
# Build first (mvn package -DskipTests). Environment: BENCH_PORT (18320); BENCH_REUSE=1 keeps the
# database seeded by the last run; BENCH_WAR (cms-web/target/cms.war), to time another build on the
# same stories (BENCH_REUSE=1 then copies the seeded database aside once, and each run starts on
# a fresh copy of it, so a build that migrates the schema does not change the other's database);
# BENCH_JAVA_OPTS, e.g. -XX:StartFlightRecording=filename=pages.jfr,settings=profile, or -Xmx512m to
# hold the server to a heap of that size.
#
# Then, when wrk is installed, readers' load: BENCH_LOAD_CONNECTIONS (8) connections for
# BENCH_LOAD_SECONDS (15) on the article and on the home page, every request a miss (a Host of its
# own per request, from a Lua script), and after it the server's heap in use (after a full
# collection), its committed and maximum heap, and its resident memory.
set -euo pipefail
cd "$(dirname "$0")/.."

ARTICLES=${1:-100000}
PORT=${BENCH_PORT:-18320}
WORK=$PWD/cms-web/target/bench-uncached
BASE=http://127.0.0.1:$PORT
WAR=${BENCH_WAR:-cms-web/target/cms.war}
PAYARA=cms-web/target/payara-micro.jar
WARMUP=${BENCH_WARMUP:-30}
REQUESTS=${BENCH_REQUESTS:-200}
[[ -f $WAR && -f $PAYARA ]] || { echo "Build first: mvn package -DskipTests" >&2; exit 1; }

export CMS_DATA_DIR=$WORK/data CMS_ADMIN_USER=bench-chief CMS_ADMIN_PASSWORD=bench-chief-password
REUSE=${BENCH_REUSE:-0}
[[ $REUSE == 1 && -f $WORK/seeded/newsdesk.mv.db ]] || REUSE=0
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
    for _ in $(seq 1 "${BENCH_START_SECONDS:-900}"); do
        grep -q "ready in" "$WORK/payara.log" && return 0
        kill -0 "$SERVER" 2>/dev/null || break
        sleep 1
    done
    echo "Payara did not start; see $WORK/payara.log" >&2
    exit 1
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
    rm -rf "$WORK/seeded" && cp -r "$CMS_DATA_DIR" "$WORK/seeded"
else
    rm -rf "$CMS_DATA_DIR" && cp -r "$WORK/seeded" "$CMS_DATA_DIR"
fi
echo "== Starting $WAR on the seeded database"
start_server
for _ in $(seq 1 900); do
    grep -q "Search: index made from the database\|Search: the index holds" "$WORK/payara.log" && break
    sleep 1
done
grep -o "Flyway.*\|Migrating schema.*\|Successfully applied.*" "$WORK/payara.log" | tail -n 3 || true
sleep 5

# the pages: the home page, the first section's front, an article on it, its first author's page
section=$(curl -s "$BASE/" | grep -o 'href="[^"]*/[a-z]*-[a-z0-9]*/"' | sed -n 1p | sed 's/href="\([^"]*\)"/\1/; s#^https\?://[^/]*##')
article=$(curl -s "$BASE$section" | grep -o 'href="[^"]*/20[0-9][0-9]/[0-9][0-9]/[0-9][0-9]/[^"]*"' | sed -n 1p \
    | sed 's/href="\([^"]*\)"/\1/; s#^https\?://[^/]*##')
author=$(curl -s "$BASE$article" | grep -o 'href="[^"]*/authors/[^"]*"' | sed -n 1p | sed 's/href="\([^"]*\)"/\1/; s#^https\?://[^/]*##')
[[ -n $section && -n $article && -n $author ]] || { echo "Could not find the pages (section '$section', article '$article', author '$author')" >&2; exit 1; }

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$SERVER/stat"; }
TICK=$(getconf CLK_TCK)
NEXT=0
time_page() { # label, path
    local n ticks_before ticks_after failed
    for n in $(seq 1 "$WARMUP"); do
        NEXT=$((NEXT + 1))
        curl -s -o /dev/null -H "Host: r$NEXT.bench:$PORT" "$BASE$2"
    done
    ticks_before=$(cpu_ticks)
    for n in $(seq 1 "$REQUESTS"); do
        NEXT=$((NEXT + 1))
        curl -s -o /dev/null -H "Host: r$NEXT.bench:$PORT" -w '%{http_code} %{time_total}\n' "$BASE$2"
    done > "$WORK/times"
    ticks_after=$(cpu_ticks)
    failed=$(awk '$1 != 200' "$WORK/times" | wc -l)
    awk '{ print $2 * 1000 }' "$WORK/times" | sort -n | awk -v name="$1" -v failed="$failed" \
        -v cpu="$(( (ticks_after - ticks_before) * 1000 ))" -v tick="$TICK" -v requests="$REQUESTS" '
        { ms[NR] = $1 }
        END { printf "%-14s %10.1f %10.1f %14.2f   (%d requests, %d failed)\n", name, (ms[int((NR + 1) / 2)] + ms[int(NR / 2) + 1]) / 2,
              ms[int(NR * 0.99 + 0.5)], cpu / tick / requests, NR, failed }'
}
printf '\n%s articles, %s uncached requests a page after %s to warm up (%s)\n' "$ARTICLES" "$REQUESTS" "$WARMUP" "$WAR"
printf '%-14s %10s %10s %14s\n' "page" "median ms" "p99 ms" "CPU ms/render"
time_page "home" "/"
time_page "section front" "$section"
time_page "article" "$article"
time_page "author" "$author"
time_page "RSS feed" "/feed.xml"
printf '\nsection %s\narticle %s\nauthor  %s\nload average: %s\n' "$section" "$article" "$author" "$(cut -d' ' -f1-3 /proc/loadavg)"

if command -v wrk > /dev/null; then
    LOAD_CONNECTIONS=${BENCH_LOAD_CONNECTIONS:-8}
    LOAD_SECONDS=${BENCH_LOAD_SECONDS:-15}
    # each wrk thread names its own Hosts, so every request is a miss, rendered afresh
    cat > "$WORK/misses.lua" <<'LUA'
local threads = 0
function setup(thread) threads = threads + 1; thread:set("me", threads) end
local n = 0
function request()
    n = n + 1
    return wrk.format("GET", nil, { Host = "t" .. me .. "-" .. n .. ".load.bench" })
end
LUA
    printf '\nReaders'"'"' load, every request a render: wrk -t2 -c%s -d%ss\n' "$LOAD_CONNECTIONS" "$LOAD_SECONDS"
    printf '%-14s %10s %10s %10s %10s\n' "page" "req/s" "p50 ms" "p99 ms" "errors"
    for page in "article $article" "home /"; do
        read -r name path <<<"$page"
        wrk -t2 -c"$LOAD_CONNECTIONS" -d"${LOAD_SECONDS}s" --latency -s "$WORK/misses.lua" "$BASE$path" | awk -v name="$name" '
            function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
            /Requests\/sec/ { rps = $2 }
            $1 == "50%" { p50 = ms($2) }
            $1 == "99%" { p99 = ms($2) }
            /Non-2xx|Socket errors/ { errors = errors $0 " " }
            END { printf "%-14s %10.0f %10.1f %10.1f %10s\n", name, rps, p50, p99, errors == "" ? "none" : errors }'
    done
fi
if command -v jcmd > /dev/null; then
    jcmd "$SERVER" GC.run > /dev/null
    jcmd "$SERVER" GC.heap_info | awk '/total/ && /used/ {
        for (i = 1; i <= NF; i++) { if ($i == "total") total = $(i + 1); if ($i == "used") used = $(i + 1) }
        gsub(/,/, "", total); gsub(/,/, "", used)
        printf "\nHeap after a full collection: %s in use of %s committed", used, total; exit }'
    jcmd "$SERVER" VM.flags | grep -o 'MaxHeapSize=[0-9]*' | sed -n 1p | awk -F= '{ printf ", at most %d MB", $2 / 1048576 }'
    awk '/VmRSS/ { printf "; resident memory %d MB\n", $2 / 1024 }' "/proc/$SERVER/status"
fi

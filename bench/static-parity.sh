#!/usr/bin/env bash
# Newsdesk's cached public pages next to nginx serving the very same bytes as static files, in one
# run: requests per second, their ratio, CPU time per request of each server (from /proc), p50 and
# p99 latency and the bytes of one response, for an article, the home page, a section front and the
# site's RSS feed, each without and with gzip (Newsdesk's stored gzip against nginx's gzip_static).
#
#   bench/static-parity.sh [BASE_URL [USERNAME [PASSWORD]]]
#
# Run it while Newsdesk runs (the README's run command, then this in a second terminal); the
# defaults are http://localhost:8080, admin and $CMS_ADMIN_PASSWORD. It publishes a section with a
# dozen stories through the admin forms (so every page is a real one), snapshots the four pages
# (and their gzip) into a temporary directory, starts Debian's nginx on it as an unprivileged
# configuration on a free port, then loads each page with wrk, Newsdesk and nginx alternating,
# ROUNDS times (medians reported). The table is printed and written to bench/results/.
# Settings: ROUNDS (3), SECONDS_EACH (6), CONNECTIONS (32), THREADS (2).
# Needs curl, wrk, nginx and gzip (Debian: apt-get install curl wrk nginx-light gzip).
set -euo pipefail
cd "$(dirname "$0")"
BASE=${1:-http://localhost:8080}
ADMIN=${2:-admin}
ADMIN_PASSWORD=${3:-${CMS_ADMIN_PASSWORD:-}}
[[ -n $ADMIN_PASSWORD ]] || { echo "usage: bench/static-parity.sh [BASE_URL [USERNAME [PASSWORD]]] (or set CMS_ADMIN_PASSWORD)" >&2; exit 2; }
ROUNDS=${ROUNDS:-3}
SECONDS_EACH=${SECONDS_EACH:-6}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
for tool in curl wrk nginx gzip ss; do
    command -v "$tool" >/dev/null || [[ -x /usr/sbin/$tool ]] || { echo "bench/static-parity.sh needs $tool" >&2; exit 2; }
done
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

WORK=$(mktemp -d)
NGINX_PID=
cleanup() {
    [[ -n $NGINX_PID ]] && kill "$NGINX_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
COOKIES=$WORK/cookies
UNIQUE=$(date +%s)

# The Newsdesk process: whoever listens on the base URL's port.
port=${BASE##*:}
port=${port%%/*}
[[ $port =~ ^[0-9]+$ ]] || port=80
NEWSDESK_PID=$(ss -ltnpH "sport = :$port" | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2 || true)
[[ -n $NEWSDESK_PID ]] || { echo "Nothing of ours listens on port $port (run this as the user who started Newsdesk)" >&2; exit 1; }

# shellcheck source=bench/admin-forms.sh
. ./admin-forms.sh
echo "Publishing a section with 12 stories on $BASE ..." >&2
sign_in "$ADMIN" "$ADMIN_PASSWORD"
newsroom
body=$(for i in $(seq 1 12); do printf '<p>Paragraph %d of the story, long enough to read like one: the council met until midnight and the budget now goes to the mayor, who has ten days to sign it.</p>' "$i"; done)
for n in $(seq 1 12); do
    article=$(story "Council approves budget, part $n ($UNIQUE)" "council-budget-$n-$UNIQUE" "$body" publish)
done
ARTICLE=$(curl -s -b "$COOKIES" "$article" | { grep -o 'href="[^"]*"[^>]*>View on site' || true; } | sed 's/href="\([^"]*\)".*/\1/')
[[ -n $ARTICLE ]] || { echo "The stories were not published" >&2; exit 1; }
ARTICLE=${ARTICLE#"$BASE"}

# page name, Newsdesk path, snapshot file (its extension gives nginx the content type)
PAGES=("article $ARTICLE article.html" "home / home.html" "section /$SECTION_SLUG/ section.html" "feed /feed.xml feed.xml")

mkdir -p "$WORK/www" "$WORK/nginx"
# started as root, nginx's workers run as an unprivileged user: they must be able to read the pages
chmod 755 "$WORK" "$WORK/www"
for page in "${PAGES[@]}"; do
    read -r name path file <<<"$page"
    curl -sf -o "$WORK/www/$file" "$BASE$path" || { echo "No $name page at $BASE$path" >&2; exit 1; }
    curl -sf -H 'Accept-Encoding: gzip' -o "$WORK/www/$file.gz" "$BASE$path"
    # Newsdesk may not compress (an older build): then nginx gets gzip -6 of the same bytes
    gzip -t "$WORK/www/$file.gz" 2>/dev/null || gzip -6 -n -c "$WORK/www/$file" >"$WORK/www/$file.gz"
    chmod 644 "$WORK/www/$file" "$WORK/www/$file.gz"
done

NGINX_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cat >"$WORK/nginx/nginx.conf" <<EOF
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 1024; }
http {
    types { text/html html; application/rss+xml xml; }
    access_log off;
    sendfile on;
    tcp_nopush on;
    client_body_temp_path $WORK/nginx/body;
    proxy_temp_path $WORK/nginx/proxy;
    fastcgi_temp_path $WORK/nginx/fastcgi;
    uwsgi_temp_path $WORK/nginx/uwsgi;
    scgi_temp_path $WORK/nginx/scgi;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $WORK/www;
        gzip_static on;
        gzip_vary on;
        etag on;
    }
}
EOF
"$NGINX" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' &
NGINX_PID=$!
for _ in $(seq 1 50); do curl -sf -o /dev/null "http://127.0.0.1:$NGINX_PORT/home.html" && break; sleep 0.1; done
curl -sf -o /dev/null "http://127.0.0.1:$NGINX_PORT/home.html" || { echo "nginx did not start:" >&2; cat "$WORK/nginx/error.log" >&2; exit 1; }

TICKS=$(getconf CLK_TCK)
# CPU ticks (user + system) of a process and its threads, and of its children (nginx's workers)
cpu_of() {
    local total=0 pid
    for pid in "$1" $(pgrep -P "$1" || true); do
        total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat")))
    done
    echo "$total"
}

# one wrk run; prints: req/s requests p50_ms p99_ms cpu_ms_per_request
measure() { # url pid gzip(0|1)
    local url=$1 pid=$2 header=() before after out
    [[ $3 == 1 ]] && header=(-H 'Accept-Encoding: gzip')
    before=$(cpu_of "$pid")
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency "${header[@]}" "$url")
    after=$(cpu_of "$pid")
    if grep -q 'Non-2xx' <<<"$out"; then echo "Non-2xx answers from $url" >&2; exit 1; fi
    awk -v cpu=$((after - before)) -v ticks="$TICKS" '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
        /requests in/ { requests = $1 }
        /Requests\/sec/ { rps = $2 }
        $1 == "50%" { p50 = ms($2) }
        $1 == "99%" { p99 = ms($2) }
        END { printf "%.0f %d %.2f %.2f %.3f\n", rps, requests, p50, p99, cpu * 1000 / ticks / requests }' <<<"$out"
}

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "Warming up (page cache, JIT) ..." >&2
for page in "${PAGES[@]}"; do
    read -r name path file <<<"$page"
    for gz in 0 1; do
        measure "$BASE$path" "$NEWSDESK_PID" $gz >/dev/null
        measure "http://127.0.0.1:$NGINX_PORT/$file" "$NGINX_PID" $gz >/dev/null
    done
done 2>/dev/null

RESULTS=$WORK/results
for round in $(seq 1 "$ROUNDS"); do
    echo "Round $round of $ROUNDS ..." >&2
    for page in "${PAGES[@]}"; do
        read -r name path file <<<"$page"
        for gz in 0 1; do
            echo "$name $gz newsdesk $(measure "$BASE$path" "$NEWSDESK_PID" $gz)" >>"$RESULTS"
            echo "$name $gz nginx $(measure "http://127.0.0.1:$NGINX_PORT/$file" "$NGINX_PID" $gz)" >>"$RESULTS"
        done
    done
done

mkdir -p results
REPORT=results/static-parity-$(date -u +%Y%m%dT%H%MZ).md
{
    echo "Newsdesk (cached) vs nginx static, same bytes: wrk -t$THREADS -c$CONNECTIONS -d${SECONDS_EACH}s, medians of $ROUNDS alternating rounds"
    echo "($(nproc) cores, $(date -u '+%Y-%m-%d %H:%M UTC'); CPU ms/request = user+system time of the server process / requests; $BASE)"
    echo
    echo "| page | encoding | Newsdesk req/s | nginx req/s | ratio | Newsdesk CPU ms/req | nginx CPU ms/req | Newsdesk p50 / p99 ms | nginx p50 / p99 ms | bytes |"
    echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"
    for page in "${PAGES[@]}"; do
        read -r name path file <<<"$page"
        for gz in 0 1; do
            col() { awk -v n="$name" -v g="$gz" -v s="$1" -v c="$2" '$1 == n && $2 == g && $3 == s { print $c }' "$RESULTS" | median; }
            nd=$(col newsdesk 4); ng=$(col nginx 4)
            if [[ $gz == 1 ]]; then bytes=$(stat -c %s "$WORK/www/$file.gz"); enc=gzip; else bytes=$(stat -c %s "$WORK/www/$file"); enc=identity; fi
            printf '| %s `%s` | %s | %s | %s | %.2f | %s | %s | %s / %s | %s / %s | %s |\n' "$name" "$path" "$enc" "$nd" "$ng" \
                "$(awk -v a="$nd" -v b="$ng" 'BEGIN { print a / b }')" "$(col newsdesk 8)" "$(col nginx 8)" \
                "$(col newsdesk 6)" "$(col newsdesk 7)" "$(col nginx 6)" "$(col nginx 7)" "$bytes"
        done
    done
} | tee "$REPORT"
echo "Written to bench/$REPORT" >&2

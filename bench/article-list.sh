#!/usr/bin/env bash
# Times the admin article list and the dashboard over HTTP with a large archive.
#
#   bench/article-list.sh h2|postgres [ARTICLES]
#
# Seeds a fresh database with ARTICLES articles (default 100,000; bench/ArticleSeeder.java, plain
# SQL through JDBC on the migrated schema), starts cms.war on Payara Micro, signs in, and requests
# each list view BENCH_WARMUP times to warm up, then BENCH_REQUESTS times one after another,
# printing the median and 99th percentile in milliseconds (bench/time-list.sh, which also runs
# against any server already up). Build first (mvn package -DskipTests).
# PostgreSQL: needs a running local cluster and root (the scratch database is created and dropped
# as the postgres user). Environment: BENCH_PORT (18300), BENCH_WARMUP (20), BENCH_REQUESTS (100),
# BENCH_KEEP=1 keeps the database and leaves nothing running.
set -euo pipefail
cd "$(dirname "$0")/.."

DATABASE=${1:?usage: bench/article-list.sh h2\|postgres [ARTICLES]}
ARTICLES=${2:-100000}
PORT=${BENCH_PORT:-18300}
WORK=$PWD/cms-web/target/bench
BASE=http://127.0.0.1:$PORT
ADMIN=bench-chief
ADMIN_PASSWORD=bench-chief-password
WAR=cms-web/target/cms.war
PAYARA=cms-web/target/payara-micro.jar
[[ -f $WAR && -f $PAYARA ]] || { echo "Build first: mvn package -DskipTests" >&2; exit 1; }

rm -rf "$WORK" && mkdir -p "$WORK/lib"
export CMS_DATA_DIR=$WORK/data CMS_ADMIN_USER=$ADMIN CMS_ADMIN_PASSWORD=$ADMIN_PASSWORD
case $DATABASE in
    h2)
        # the H2 that Payara bundles, so the file format is the server's own
        unzip -p "$PAYARA" MICRO-INF/runtime/h2.jar > "$WORK/lib/h2.jar"
        DRIVER=$WORK/lib/h2.jar
        SEED_URL="jdbc:h2:file:$CMS_DATA_DIR/newsdesk" SEED_USER=newsdesk SEED_PASSWORD=newsdesk
        ;;
    postgres)
        PG_DB=newsdesk_bench PG_PASSWORD="bench-$(head -c 8 /dev/urandom | od -An -tx1 | tr -d ' \n')"
        su postgres -c "psql -q -v ON_ERROR_STOP=1" <<SQL
DROP DATABASE IF EXISTS $PG_DB;
DROP ROLE IF EXISTS $PG_DB;
CREATE ROLE $PG_DB LOGIN PASSWORD '$PG_PASSWORD';
CREATE DATABASE $PG_DB OWNER $PG_DB;
SQL
        export CMS_DB_URL=jdbc:postgresql://127.0.0.1:5432/$PG_DB CMS_DB_USER=$PG_DB CMS_DB_PASSWORD=$PG_PASSWORD
        unzip -o -q -j "$WAR" 'WEB-INF/lib/postgresql-*.jar' -d "$WORK/lib"
        DRIVER=$(ls "$WORK"/lib/postgresql-*.jar)
        SEED_URL="$CMS_DB_URL?reWriteBatchedInserts=true" SEED_USER=$PG_DB SEED_PASSWORD=$PG_PASSWORD
        ;;
    *) echo "usage: bench/article-list.sh h2|postgres [ARTICLES]" >&2; exit 2 ;;
esac

SERVER=
start_server() {
    java -jar "$PAYARA" --deploy "$WAR" --contextroot / --port "$PORT" --nocluster --disablephonehome \
        > "$WORK/payara.log" 2>&1 &
    SERVER=$!
    for _ in $(seq 1 300); do
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
cleanup() {
    stop_server
    if [[ $DATABASE == postgres && ${BENCH_KEEP:-0} != 1 ]]; then
        su postgres -c "psql -q -c 'DROP DATABASE IF EXISTS $PG_DB' -c 'DROP ROLE IF EXISTS $PG_DB'"
    fi
}
trap cleanup EXIT

echo "== Migrating an empty $DATABASE database"
start_server
stop_server   # the H2 file is the server's alone while it runs
echo "== Seeding $ARTICLES articles"
java -cp "$DRIVER" bench/ArticleSeeder.java "$SEED_URL" "$SEED_USER" "$SEED_PASSWORD" "$ARTICLES"
echo "== Starting the server on the seeded database"
start_server

bench/time-list.sh "$BASE" "$ADMIN" "$ADMIN_PASSWORD" "$DATABASE, $ARTICLES articles"

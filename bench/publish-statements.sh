#!/usr/bin/env bash
# How many SQL statements one press of "Publish" in the article editor costs: the form posted as a
# browser posts it, once with nothing changed and once with a changed body (save, then publish).
# Counts what PostgreSQL itself logs (log_statement = all, for a scratch database only), so every
# statement EclipseLink sends is seen, whatever the code does. Needs root (or sudo) for Debian's
# PostgreSQL, and a build: mvn -DskipTests package
#
#   bench/publish-statements.sh [PORT]
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${1:-8383}
BASE=http://127.0.0.1:$PORT
WORK=$(mktemp -d)
COOKIES=$WORK/cookies
DB=newsdesk_statements
DB_USER=newsdesk_statements
DB_PASSWORD="bench-$(head -c 9 /dev/urandom | od -An -tx1 | tr -d ' \n')"
UNIQUE=$(date +%s)
ADMIN_PASSWORD="statements bench password"

as_postgres() { if [[ $(id -u) -eq 0 ]]; then su postgres -c "$1"; else sudo -u postgres sh -c "$1"; fi; }

VERSION=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
pg_ctlcluster "$VERSION" main start 2>/dev/null || true
PG_PORT=$(pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main" {print $3}')
LOG=$(pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main" {print $7}')
as_postgres "psql -q -p $PG_PORT -v ON_ERROR_STOP=1" <<SQL
DROP DATABASE IF EXISTS $DB;
DROP ROLE IF EXISTS $DB_USER;
CREATE ROLE $DB_USER LOGIN PASSWORD '$DB_PASSWORD';
CREATE DATABASE $DB OWNER $DB_USER;
ALTER DATABASE $DB SET log_statement = 'all';
SQL

cleanup() {
    if [[ -n ${SERVER:-} ]]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; fi
    as_postgres "psql -q -p $PG_PORT -c 'DROP DATABASE IF EXISTS $DB' -c 'DROP ROLE IF EXISTS $DB_USER'" || true
    rm -rf "$WORK"
}
trap cleanup EXIT

CMS_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$DB" CMS_DB_USER=$DB_USER CMS_DB_PASSWORD=$DB_PASSWORD \
    CMS_ADMIN_USER=chief CMS_ADMIN_PASSWORD=$ADMIN_PASSWORD CMS_DATA_DIR=$WORK/data \
    java -Xmx512m -jar cms-web/target/payara-micro.jar --deploy cms-web/target/cms.war --contextroot / \
    --port "$PORT" --nocluster --disablephonehome --rootdir "$WORK/payara" >"$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 240); do
    curl -fsS --max-time 5 -o /dev/null "$BASE/health/ready" 2>/dev/null && break
    kill -0 "$SERVER" 2>/dev/null || { tail -n 40 "$WORK/server.log" >&2; exit 1; }
    sleep 1
done

# shellcheck source=bench/admin-forms.sh
. bench/admin-forms.sh
sign_in chief "$ADMIN_PASSWORD"
newsroom

# The statements this database logged since line $1 of the server log, less the scheduled
# publishing poller's once-a-second look (it runs whatever anyone presses).
statements_since() {
    tail -n +"$1" "$LOG" | grep -F "@$DB " | grep -E 'LOG:  (statement|execute [^:]*):' \
        | sed -E 's/.*LOG:  (statement|execute [^:]*): //' \
        | grep -v -F 'AND (t0.scheduled_at <= $2)) AND NOT EXISTS' || true
}

press() { # label, then extra fields; the editor at $ARTICLE is opened first, as a person would
    local label=$1 page version start count
    shift
    page=$(curl -s -b "$COOKIES" "$ARTICLE")
    version=$(grep -o 'name="version" value="[0-9]*"' <<<"$page" | grep -o '[0-9]\+')
    sleep 1.5 # let the poller's look and the page's own reads finish
    start=$(($(wc -l <"$LOG") + 1))
    post "${ARTICLE#"$BASE"}" "_csrf=$(csrf_of <<<"$page")" "version=$version" "headline=Statements $UNIQUE" \
        "dek=What changes for readers." "section=$SECTION_ID" "bylines=$AUTHOR_ID" "slug=statements-$UNIQUE" \
        "$@" >/dev/null
    sleep 1.5 # the events after commit (page cache eviction) run before the answer; a margin all the same
    count=$(statements_since "$start" | grep -c . || true)
    printf '%s: %s statements\n' "$label" "$count"
    statements_since "$start" | cut -c1-160 | sort | uniq -c | sort -rn | sed 's/^/    /'
}

ARTICLE=$(story "Statements $UNIQUE" "statements-$UNIQUE" "<p>First draft.</p>" save)
press "Publish, nothing changed" "body=<p>First draft.</p>" "action=publish"
press "Publish update, body changed (save, then publish)" "body=<p>Second draft.</p>" "action=update" \
    "showAsUpdated=true"

#!/usr/bin/env bash
# Times a WordPress import and watches the server's heap while it runs.
#
#   bench/wordpress-import.sh [POSTS]
#
# Writes an export of POSTS posts (default 1,000, about 5 KB each: bench/WxrGenerator.java), starts
# cms.war on Payara Micro on a fresh H2 database (BENCH_HEAP, default 512m, is its -Xmx), signs in,
# uploads the file through the import screen's form and follows the job's progress until it is
# over. Prints the time from upload to "finished", the report's counts, and the heap in use every
# few seconds (jstat: old generation and whole heap, in MB), so a heap that stays flat however many
# posts go by shows the import runs in constant memory, and how long the home page takes to answer
# meanwhile. Build first (mvn package -DskipTests).
# Environment: BENCH_PORT (18310), BENCH_HEAP (512m), BENCH_WAR (cms-web/target/cms.war), BENCH_WORK
# (cms-web/target/bench-import), BENCH_JAVA_OPTS (more JVM options, e.g. -XX:StartFlightRecording=filename=x.jfr).
set -euo pipefail
cd "$(dirname "$0")/.."

POSTS=${1:-1000}
PORT=${BENCH_PORT:-18310}
HEAP=${BENCH_HEAP:-512m}
WORK=${BENCH_WORK:-$PWD/cms-web/target/bench-import}
BASE=http://127.0.0.1:$PORT
ADMIN=bench-chief
ADMIN_PASSWORD=bench-chief-password
WAR=${BENCH_WAR:-cms-web/target/cms.war}
PAYARA=cms-web/target/payara-micro.jar
COOKIES=$WORK/cookies
[[ -f $WAR && -f $PAYARA ]] || { echo "Build first: mvn package -DskipTests" >&2; exit 1; }

rm -rf "$WORK" && mkdir -p "$WORK"
export CMS_DATA_DIR=$WORK/data CMS_ADMIN_USER=$ADMIN CMS_ADMIN_PASSWORD=$ADMIN_PASSWORD
echo "Writing an export of $POSTS posts"
java bench/WxrGenerator.java "$POSTS" "$WORK/export.xml" bench
printf 'Export: %s bytes\n' "$(stat -c %s "$WORK/export.xml")"

# shellcheck disable=SC2086
java -Xmx"$HEAP" ${BENCH_JAVA_OPTS:-} -jar "$PAYARA" --deploy "$WAR" --contextroot / --port "$PORT" --nocluster --disablephonehome \
    > "$WORK/payara.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
    grep -q "ready in" "$WORK/payara.log" && break
    kill -0 "$SERVER" 2>/dev/null || { echo "Payara did not start; see $WORK/payara.log" >&2; exit 1; }
    sleep 1
done

# shellcheck source=bench/admin-forms.sh
. bench/admin-forms.sh
sign_in "$ADMIN" "$ADMIN_PASSWORD"
token=$(curl -s -b "$COOKIES" "$BASE/admin/imports" | csrf_of)
[[ -n $token ]] || { echo "No import screen at $BASE/admin/imports" >&2; exit 1; }

heap() { jstat -gc "$SERVER" | awk 'NR==2 { printf "old %.0f MB, heap %.0f MB", $8/1024, ($3+$4+$6+$8)/1024 }'; }
echo "Before: $(heap)"
started=$(date +%s.%N)
job=$(curl -s -o /dev/null -w '%{redirect_url}' -b "$COOKIES" -c "$COOKIES" -F "_csrf=$token" -F showUpdates=on \
    -F "file=@$WORK/export.xml;type=text/xml" "$BASE/admin/imports/upload")
[[ $job == */admin/imports/[0-9]* ]] || { echo "The upload was refused ($job)" >&2; exit 1; }
echo "Uploaded in $(echo "$(date +%s.%N) - $started" | bc) s: $job"
while :; do
    progress=$(curl -s -b "$COOKIES" "$job/progress")
    if grep -q '"over":true' <<<"$progress"; then
        break
    fi
    # readers meanwhile: the home page (evicted after every batch, so often made afresh)
    home=$(curl -s -o /dev/null -w '%{http_code} in %{time_total} s' "$BASE/")
    echo "$(printf '%6.1f s' "$(echo "$(date +%s.%N) - $started" | bc)")  $progress  $(heap)  home page: $home"
    sleep "${BENCH_EVERY:-2}"
done
echo "Finished in $(echo "$(date +%s.%N) - $started" | bc) s: $progress"
echo "After: $(heap)"
grep -E "WordPress import [0-9]+ " "$WORK/payara.log" || true
grep -cE "WARNING|SEVERE" "$WORK/payara.log" | xargs -I{} echo "WARNING/SEVERE lines in the server log: {}"

#!/usr/bin/env bash
# How late scheduled stories reach readers: schedules N stories a few seconds apart through the
# admin forms of one instance, then, as each one's time comes, asks for its public page every
# 50 ms (on the reader instances in turn) until it answers 200. Prints each story's lateness as a
# reader sees it (from its scheduled time to the first 200) and the median and the worst.
#
#   bench/schedule-lateness.sh EDITOR_URL USERNAME PASSWORD [N] [READER_URL ...]
#
# Readers default to the editor's instance; give both instances of scripts/local-cluster to
# measure a cluster, e.g. bench/schedule-lateness.sh http://127.0.0.1:8181 admin '...' 20 \
#   http://127.0.0.1:8181 http://127.0.0.1:8282
set -euo pipefail

BASE=${1:?usage: bench/schedule-lateness.sh EDITOR_URL USERNAME PASSWORD [N] [READER_URL ...]}
ADMIN=${2:?username}
ADMIN_PASSWORD=${3:?password}
N=${4:-20}
shift $(( $# < 4 ? $# : 4 ))
READERS=("$@")
((${#READERS[@]} > 0)) || READERS=("$BASE")
ZONE=${CMS_ZONE:-America/New_York}
SPACING=3
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
COOKIES=$WORK/cookies
UNIQUE=$(date +%s)

# shellcheck source=bench/admin-forms.sh
. "$(dirname "$0")/admin-forms.sh"
sign_in "$ADMIN" "$ADMIN_PASSWORD"
newsroom

now_ms() { date +%s%3N; }
# the first story goes out once all are scheduled (about a second each), the rest $SPACING s apart
first=$(( $(date +%s) + 10 + N ))
for i in $(seq 0 $((N - 1))); do
    at=$((first + i * SPACING))
    story "Scheduled story $i $UNIQUE" "scheduled-$UNIQUE-$i" "<p>Story $i.</p>" schedule \
        "scheduledAt=$(TZ=$ZONE date -d "@$at" +%Y-%m-%dT%H:%M:%S)" >/dev/null
done
(( $(date +%s) < first )) || { echo "Scheduling took longer than planned; use a smaller N" >&2; exit 1; }

lateness=()
for i in $(seq 0 $((N - 1))); do
    at=$((first + i * SPACING))
    reader=${READERS[$((i % ${#READERS[@]}))]}
    url="$reader/$SECTION_SLUG/$(TZ=$ZONE date -d "@$at" +%Y/%m/%d)/scheduled-$UNIQUE-$i"
    while (( $(now_ms) < at * 1000 )); do sleep 0.05; done
    until [[ $(curl -s --max-time 2 -o /dev/null -w '%{http_code}' "$url") == 200 ]]; do
        (( $(now_ms) < (at + 60) * 1000 )) || { echo "story $i: not live a minute after its time ($url)" >&2; exit 1; }
        sleep 0.05
    done
    late=$(( $(now_ms) - at * 1000 ))
    lateness+=("$late")
    printf 'story %2d  live on %s  %5d ms after its time\n' "$i" "$reader" "$late"
done
sorted=$(printf '%s\n' "${lateness[@]}" | sort -n)
printf 'lateness over %d stories: median %s ms, worst %s ms (promise: 5000 ms)\n' "$N" \
    "$(sed -n "$(( (N + 1) / 2 ))p" <<<"$sorted")" "$(tail -n 1 <<<"$sorted")"

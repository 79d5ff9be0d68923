#!/usr/bin/env bash
# Shows what `npm start` does on this machine, in a throwaway clone of HEAD (node_modules linked
# from this checkout, its own port and DATA_DIR): the first start builds; a start with nothing
# changed answers GET /health within 10 s; then a change to each of apps/api, apps/cli, libs and
# apps/web is made in turn, and the next start rebuilds what reads it and serves the change.
# Takes minutes (the builds); prints one line per start and exits non-zero on any miss.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
port=${WARM_START_PORT:-3917}
work=$(mktemp -d)
app=$work/app
server=''

stop() {
  if [ -n "$server" ]; then
    kill -- "-$server" 2>/dev/null || true
    while kill -0 -- "-$server" 2>/dev/null; do sleep 0.1; done
    server=''
  fi
}
trap 'stop; rm -rf "$work"' EXIT
fail() {
  echo "FAIL: $*" >&2
  tail -20 "$work/start.log" >&2
  exit 1
}

git clone -q "$repo" "$app"
ln -s "$repo/node_modules" "$app/node_modules"

# Starts the API with `npm start` (in its own process group), waits for /health to answer 200,
# prints the seconds that took and which steps were built.
start() {
  local label=$1 began code
  began=$(date +%s.%N)
  (cd "$app" && PORT=$port DATA_DIR=$work/data exec setsid npm start >"$work/start.log" 2>&1) &
  server=$!
  until code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health") && [ "$code" = 200 ]; do
    kill -0 "$server" 2>/dev/null || fail "$label: npm start exited before /health answered"
    sleep 0.2
  done
  seconds=$(awk -v a="$began" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
  built=$( (grep -o 'build: [a-z]* built' "$work/start.log" || true) | cut -d' ' -f2 | paste -sd, -)
  check=$(sed -n 's/^build: .* (\([0-9.]*\) s)$/\1/p' "$work/start.log")
  printf '%-34s /health 200 after %6s s; built: %s (build step %s s)\n' \
    "$label" "$seconds" "${built:-nothing}" "${check:-?}"
}

expect_built() {
  [ "$built" = "$1" ] || fail "expected the build of '$1', got '${built:-nothing}'"
}

start 'first start (cold)'
stop
start 'second start, nothing changed'
stop
expect_built ''
warm=$seconds

probe() { echo "warm-start-probe-$1-$RANDOM$RANDOM"; }

p=$(probe api)
echo "export const warmStartProbe = '$p';" >>"$app/apps/api/src/main.ts"
start 'after a change in apps/api'
stop
expect_built api
grep -q "$p" "$app/dist/apps/api/apps/api/src/main.js" || fail 'apps/api change not in the build'

p=$(probe cli)
echo "export const warmStartProbe = '$p';" >>"$app/apps/cli/src/main.ts"
start 'after a change in apps/cli'
stop
expect_built cli
grep -q "$p" "$app/dist/apps/cli/apps/cli/src/main.js" || fail 'apps/cli change not in the build'

p=$(probe libs)
echo "export const warmStartProbe = '$p';" >>"$app/libs/common/src/index.ts"
start 'after a change in libs'
stop
expect_built api,cli
grep -rq "$p" "$app/dist/apps/api/libs/common" || fail 'libs change not in the API build'
grep -rq "$p" "$app/dist/apps/cli/libs/common" || fail 'libs change not in the CLI build'

p=$(probe web)
sed -i "s|<title>Chancery</title>|<title>Chancery</title><meta name=\"probe\" content=\"$p\" />|" "$app/apps/web/index.html"
start 'after a change in apps/web'
curl -s "http://127.0.0.1:$port/" | grep -q "$p" || fail 'the served web app does not have the change'
stop
expect_built web

limit=${WARM_START_LIMIT_S:-10}
awk -v s="$warm" -v l="$limit" 'BEGIN { exit !(s < l) }' ||
  fail "every change was picked up, but the warm start took ${warm} s (${limit} s allowed)"
echo 'warm start: OK'

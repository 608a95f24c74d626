#!/usr/bin/env bash
# Checks the web pages of `litopys serve` in a real headless browser (Chromium from Debian).
#
#   scripts/check-pages.sh [--require] [--keep]
#
# Builds the tool, ingests examples/ and an article with <script>alert(1)</script> in its
# title and text into a temporary SQLite chronicle, serves it on a free loopback port, loads
# the timeline, an entity page, a document page and the hostile article's page with
# `chromium --headless --dump-dom` (and a screenshot of each), and asserts on the DOM the
# browser built: the who-met-whom SVG has at least one edge, facts are highlighted, the
# script text shows as text and no script element exists. Stops the server at the end.
#
# Chromium is installed with apt-get when missing; when that is impossible the check is
# SKIPPED (exit 0) unless --require is given. --keep keeps the work folder (screenshots).
set -euo pipefail
cd "$(dirname "$0")/.."

require=0
keep=0
for argument in "$@"; do
  case "$argument" in
    --require) require=1 ;;
    --keep) keep=1 ;;
    *) echo "usage: scripts/check-pages.sh [--require] [--keep]" >&2; exit 2 ;;
  esac
done

skip() {
  echo "check-pages: SKIPPED: $1"
  if [ "$require" -eq 1 ]; then exit 1; fi
  exit 0
}

browser=""
for name in chromium chromium-browser; do
  if command -v "$name" >/dev/null 2>&1; then browser=$(command -v "$name"); break; fi
done
if [ -z "$browser" ]; then
  echo "check-pages: Chromium is not installed: installing it from Debian's packages"
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    skip "Chromium is missing and cannot be installed here (needs root and apt-get). Install it with: apt-get install chromium"
  fi
  export DEBIAN_FRONTEND=noninteractive
  if ! { apt-get install -y chromium >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get install -y chromium >/dev/null 2>&1; }; }; then
    skip "apt-get could not install chromium (no package source reachable?)"
  fi
  browser=$(command -v chromium) || skip "chromium was installed but is not on PATH"
fi
for tool in curl python3; do
  command -v "$tool" >/dev/null 2>&1 || skip "$tool is missing"
done

work=$(mktemp -d "${TMPDIR:-/tmp}/litopys-pages-XXXXXX")
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  if [ "$keep" -eq 0 ]; then rm -rf "$work"; else echo "check-pages: kept $work"; fi
}
trap cleanup EXIT

echo "== check-pages: building litopys =="
swift build --product litopys >"$work/build.log" 2>&1 || { tail -30 "$work/build.log"; echo "check-pages: FAILED: the build failed"; exit 1; }
litopys="$(swift build --show-bin-path)/litopys"

echo "== check-pages: ingesting examples/ and a hostile article =="
mkdir -p "$work/articles"
cp examples/*.txt "$work/articles/"
cat >"$work/articles/zz_hostile.txt" <<'EOF'
Тест: <script>alert(1)</script> у заголовку
Міністр закордонних справ України Дмитро Кулеба 12 березня провів зустріч у Києві з міністром закордонних справ Литви Габріелюсом Ландсбергісом. У тексті статті трапився рядок <script>alert(1)</script>, який браузер має показати як текст.
«Ми говорили про <b>безпеку</b> & підтримку», – сказав Кулеба після зустрічі.
EOF
"$litopys" ingest --database "$work/chronicle.sqlite" --published 2024-03-12 "$work/articles" >"$work/ingest.log" 2>&1 \
  || { cat "$work/ingest.log"; echo "check-pages: FAILED: ingest failed"; exit 1; }
cat "$work/ingest.log"

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
base="http://127.0.0.1:$port"
"$litopys" serve --database "$work/chronicle.sqlite" --port "$port" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do
  curl -fs "$base/api/statistics" >/dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || { cat "$work/serve.log"; echo "check-pages: FAILED: the server exited"; exit 1; }
  sleep 0.1
done
echo "serving on $base: $(curl -fs "$base/api/statistics")"

# The pages to load: an entity that shares an event with another, a document reporting
# that event, and the hostile article.
read -r entity document hostile < <(curl -fs "$base/api/events?limit=200" | python3 -c '
import json, sys, urllib.request
base = sys.argv[1]
events = json.load(sys.stdin)
event = next(e for e in events if len(e["participants"]) >= 2)
documents = json.load(urllib.request.urlopen(base + "/api/documents?limit=200"))
hostile = next(d["id"] for d in documents if "<script>" in (d["title"] or ""))
print(event["participants"][0]["entity"], event["sources"][0]["document"], hostile)
' "$base")

failures=0
check() { # name, file, python condition over `dom`, description
  if python3 -c "import sys; dom = open(sys.argv[1], encoding='utf-8').read(); sys.exit(0 if ($3) else 1)" "$2"; then
    echo "  ok: $1: $4"
  else
    echo "  FAILED: $1: $4"; failures=$((failures + 1))
  fi
}
load() { # name, path
  local flags=(--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --hide-scrollbars --user-data-dir="$work/profile")
  "$browser" "${flags[@]}" --dump-dom "$base$2" >"$work/$1.html" 2>>"$work/chromium.log"
  "$browser" "${flags[@]}" --window-size=1280,1600 --screenshot="$work/$1.png" "$base$2" >>"$work/chromium.log" 2>&1 || true
  echo "loaded $2 ($(wc -c <"$work/$1.html") bytes of DOM; screenshot $work/$1.png)"
}

echo "== check-pages: loading the pages in $("$browser" --version 2>/dev/null | head -1) =="
load timeline /timeline
check timeline "$work/timeline.html" "dom.count('<h2 class=\"month\">') >= 1 and dom.count('<li class=\"event\">') >= 1" "events grouped by month"
check timeline "$work/timeline.html" "'href=\"/entities/' in dom and 'href=\"/documents/' in dom" "participants and sources linked"

load entity "/entities/$entity"
check entity "$work/entity.html" "'<svg class=\"graph\"' in dom and dom.count('<line class=\"edge\"') >= 1" "who-met-whom SVG with at least one edge"
check entity "$work/entity.html" "'<h2>Roles over time</h2>' in dom and '<h2>Quotes</h2>' in dom" "roles, events and quotes"

load document "/documents/$document"
check document "$work/document.html" "dom.count('<span class=\"m ') >= 2 and 'class=\"legend\"' in dom" "entity mentions highlighted, with a legend"

load hostile "/documents/$hostile"
check hostile "$work/hostile.html" "'&lt;script&gt;alert(1)&lt;/script&gt;' in dom" "the script text is shown as text"
check hostile "$work/hostile.html" "'<script' not in dom.lower()" "no script element exists"
check hostile "$work/hostile.html" "'&lt;b&gt;безпеку&lt;/b&gt;' in dom and 'class=\"q\"' in dom" "markup in a quote stays text inside the quote highlight"

for name in timeline entity document hostile; do
  [ -s "$work/$name.png" ] || { echo "  FAILED: $name: no screenshot"; failures=$((failures + 1)); }
done

if [ "$failures" -ne 0 ]; then
  echo "check-pages: FAILED: $failures checks failed (DOM and screenshots in $work)"; keep=1; exit 1
fi
echo "check-pages: PASSED: timeline, entity, document and hostile-article pages render as expected in headless Chromium"

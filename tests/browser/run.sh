#!/usr/bin/env bash
# Exports the built-in edition as a static site and as a Hugo site (built with hugo),
# and checks both in headless Chromium with site.test.mjs. Everything lives in BUILD_DIR;
# screenshots of the main pages at 1280 and 390 px in BUILD_DIR/browser/screenshots.
#   run.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
source_dir=$1
work="$2/browser"
mkdir -p "$work"
cp "$source_dir/tests/browser/package.json" "$source_dir/tests/browser/package-lock.json" \
   "$source_dir/tests/browser/site.test.mjs" "$work/"
cd "$work"
[ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund --loglevel=error
rm -rf html hugo
"$2/editor/cli/trendweb" export --format html --output html "$source_dir/content"
"$2/editor/cli/trendweb" export --format hugo --output hugo "$source_dir/content"
hugo --quiet -s hugo -d public
rm -rf screenshots
export EDITION="$source_dir/content/edition.yaml" SHOTS="$work/screenshots"
echo "== the static site"
SITE="$work/html" SITE_LABEL=html node --test site.test.mjs
echo "== the Hugo site"
SITE="$work/hugo/public" SITE_LABEL=hugo node --test site.test.mjs
echo "Screenshots: $SHOTS"

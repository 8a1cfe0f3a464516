#!/usr/bin/env bash
# Seeds fuzz/corpus/<target> from the example records and the damaged inputs (run from fuzz/).
# `extract` gets the files as they are; `map` gets them behind a 0x00 byte (its raw-bytes mode);
# `extract_layouts` starts from a few hand-built field lists (its input is 0xFF-separated fields).
set -eu
cd "$(dirname "$0")"
mkdir -p corpus/extract corpus/extract_layouts corpus/map
for file in ../examples/records/*.txt ../tests/data/bad/*.txt; do
  name=$(basename "$file")
  cp "$file" "corpus/extract/$name"
  { printf '\000'; cat "$file"; } > "corpus/map/$name"
done
# control bytes (record count, layouts), then country, year, measure, forms, description, source
fields() { local IFS=$'\377'; printf '%s' "$*"; }
fields $'\002\000\001\002' $'\000' $'\000' 'Policies > National action plan' 'Trafficking, Sexual violence' \
  'The RCMP (Royal Canadian Mounted Police) trains officers with $2.5 million.' \
  'Government of Canada, Strategy, 2019, p. 6' $'\004' 'Title' > corpus/extract_layouts/three-layouts
fields $'\000\001' $'\003' $'\005Kenya' 'Justice > Courts' 'Femicide' '• one\n• two' '' > corpus/extract_layouts/table
fields $'\000\002' $'\006' $'\002' 'Services > Helplines' 'Domestic violence' 'A helpline.' 'Source' $'\002' 'T' \
  > corpus/extract_layouts/newer-site
for file in corpus/extract_layouts/*; do
  { printf '\001'; cat "$file"; } > "corpus/map/layouts-$(basename "$file")"
done

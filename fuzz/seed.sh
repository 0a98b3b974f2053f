#!/usr/bin/env bash
# Seeds each fuzz target's corpus with the real articles (seeds/ and tests/fixtures/),
# and the quantity target with their lines. The corpora are not committed.
set -euo pipefail
cd "$(dirname "$0")"
for t in plain_text wikitext html quantity; do mkdir -p "corpus/$t"; done
for f in ../seeds/*.txt ../tests/fixtures/*.txt; do cp "$f" corpus/plain_text/; done
cp ../tests/fixtures/*.wiki corpus/wikitext/
cp ../tests/fixtures/*.html corpus/html/
n=0
for f in ../seeds/*.txt ../tests/fixtures/*.txt ../tests/fixtures/*.wiki; do
  while IFS= read -r line; do
    [ ${#line} -ge 8 ] || continue
    n=$((n + 1))
    printf '%s' "$line" > "corpus/quantity/line$n"
  done < "$f"
done
echo "seeded: $(ls corpus/plain_text | wc -l) plain_text, $(ls corpus/wikitext | wc -l) wikitext, $(ls corpus/html | wc -l) html, $(ls corpus/quantity | wc -l) quantity"

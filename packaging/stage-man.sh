#!/usr/bin/env bash
# cargo-generate-rpm packs files exactly as it finds them and cannot compress them, while
# Fedora and RHEL ship man pages gzipped. This writes man/*.1 gzipped to target/pkg/man/,
# where [package.metadata.generate-rpm] picks them up with a glob. (cargo-deb gzips the
# pages itself, so the .deb reads man/ directly.)
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/pkg/man
rm -rf "$out"
mkdir -p "$out"
for page in man/*.1; do
    # -n leaves the name and time stamp out, so the same page always gives the same bytes.
    gzip -9 -n -c "$page" > "$out/$(basename "$page").gz"
done
echo "staged $(ls "$out" | wc -l) man pages in $out"

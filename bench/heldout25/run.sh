#!/usr/bin/env bash
# Build and score this held-out set:  bash bench/heldout25/run.sh [OUT_DIR]   (default /tmp/heldout25-out)
exec bash "$(dirname "${BASH_SOURCE[0]}")/../score_set.sh" "$(dirname "${BASH_SOURCE[0]}")" "$@"

#!/usr/bin/env bash
# Build and score this held-out set:  bash bench/heldout27/run.sh [OUT_DIR]   (default /tmp/heldout27-out)
exec bash "$(dirname "${BASH_SOURCE[0]}")/../score_set.sh" "$(dirname "${BASH_SOURCE[0]}")" "$@"

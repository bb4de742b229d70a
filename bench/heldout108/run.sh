#!/usr/bin/env bash
# Build and score this held-out set:  bash bench/heldout108/run.sh [OUT_DIR]
exec bash "$(dirname "${BASH_SOURCE[0]}")/../score_set.sh" "$(dirname "${BASH_SOURCE[0]}")" "$@"

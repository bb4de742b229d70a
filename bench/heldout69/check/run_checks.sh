#!/bin/sh
# Checks the heldout69 gold file. Run from anywhere.
set -e
cd "$(dirname "$0")"
/work/main/.venv/bin/python gold_src.py
/work/main/.venv/bin/python check_gold.py

#!/bin/bash
# usage: measure.sh TREE OUTPREFIX  -- held-out eval (whole + parts) with TREE's detente
TREE=$1; OUT=$2
cd /work/main
PYTHONPATH=$TREE /work/main/.venv/bin/detente eval /work/main/eval/corpus/heldout --verbose > $OUT-all.txt 2>&1
for p in h27 h26 h25 h24 h23 h22 h21 h20 h19 h18 h17 h16; do
  PYTHONPATH=$TREE /work/main/.venv/bin/detente eval /tmp/part-$p/heldout > $OUT-$p.txt 2>&1
done

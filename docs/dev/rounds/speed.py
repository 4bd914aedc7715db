"""CPU seconds of TREE's Extractor.pipe over bench_analyze's on-topic docs (TREE on sys.path[0]).

Usage: speed.py TREE [N]  (N: mixed-corpus size whose on-topic share is run; REPEAT=2, SPACY=1)
"""
import os, sys, time
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
tree = sys.argv[1]; n = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
sys.path.insert(0, tree)
sys.path.insert(1, str(__import__("pathlib").Path(__file__).resolve().parents[3] / "benchmarks"))
import synth
import detente
assert detente.__file__.startswith(tree), detente.__file__
from detente.extract.pipeline import Extractor
from detente.settings import get_settings
docs = list(synth.on_topic(n, 0.05, synth.DEFAULT_SEED))
ex = Extractor(get_settings().model) if True else None
list(ex.pipe(docs[:3]))
best = 1e9
for _ in range(int(os.environ.get("REPEAT", "2"))):
    c = time.process_time(); list(ex.pipe(docs)); best = min(best, time.process_time() - c)
print(f"{tree} docs={len(docs)} cpu={best:.2f}s rate={len(docs)/best:.1f}/s")
if os.environ.get("SPACY"):
    import spacy
    nlp = spacy.load(get_settings().model); texts = [d.text for d in docs]
    list(nlp.pipe(texts[:3])); c = time.process_time(); list(nlp.pipe(texts)); s = time.process_time() - c
    print(f"spacy cpu={s:.2f}s rate={len(docs)/s:.1f}/s ratio={s/best:.2f}")

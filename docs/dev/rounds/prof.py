"""cProfile of TREE's Extractor.pipe over 250 on-topic synthetic docs. Usage: prof.py TREE OUT.prof"""
import os, sys, cProfile, pstats
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
tree = sys.argv[1]; sys.path.insert(0, tree); sys.path.insert(1, str(__import__("pathlib").Path(__file__).resolve().parents[3] / "benchmarks"))
import synth
from detente.extract.pipeline import Extractor
from detente.settings import get_settings
docs = list(synth.on_topic(10000, 0.05, synth.DEFAULT_SEED))[:250]
ex = Extractor(get_settings().model); list(ex.pipe(docs[:3]))
pr = cProfile.Profile(); pr.enable(); list(ex.pipe(docs)); pr.disable()
pr.dump_stats(sys.argv[2])
st = pstats.Stats(sys.argv[2]); st.sort_stats("cumulative").print_stats(60)

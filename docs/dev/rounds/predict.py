"""predict.py CORPUS OUT: save the extractor's analysis of every article as OUT/<slug>.events.json
(score later against any gold with `detente eval CORPUS --against OUT`). PYTHONPATH picks the tree."""
import sys
from pathlib import Path

from detente.evaluation.corpus import load_corpus
from detente.extract.pipeline import Extractor

corpus, out = Path(sys.argv[1]), Path(sys.argv[2])
out.mkdir(parents=True, exist_ok=True)
ex = Extractor()
for _name, items in load_corpus(corpus):
    for item in items:
        a = ex(item.document)
        (out / (Path(item.document.source).stem + ".events.json")).write_text(a.model_dump_json())

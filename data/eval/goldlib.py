"""Turns hand-written held-out labels into gold N-Quads (shared by label*.py).

A label names its evidence by a unique substring of the article; write_gold
only turns it into code-point offsets (into the whole file, BOM and front
matter included) and N-Quads in claimgraph's vocabulary.
"""
import os

B = "https://w3id.org/claimgraph/"
LABEL = "<" + B + "source/eval-gold>"
HERE = os.path.dirname(os.path.abspath(__file__))


def esc(s):
    return s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")


def write_gold(labels_by_doc, articles, gold, second=False):
    """labels_by_doc: {article id: [(evidence, speaker id, is person, speaker
    name, demand, stance, direct, date)]}; articles and gold are folders of
    data/eval. second: the labels are a second annotator's, for agreement."""
    for doc, labels in labels_by_doc.items():
        with open(os.path.join(HERE, articles, doc + ".txt"), encoding="utf-8", newline="") as f:
            text = f.read()
        if second:
            out = ["# Second annotator's gold for data/eval/%s/%s.txt, labelled by hand without the first gold or the extractor." % (articles, doc)]
        else:
            out = ["# Held-out gold for data/eval/%s/%s.txt, labelled by hand before the extractor saw it." % (articles, doc)]
        for n, (ev, sp, person, name, demand, stance, direct, date) in enumerate(labels, 1):
            assert text.count(ev) == 1, (doc, ev, text.count(ev))
            start = text.index(ev)
            end = start + len(ev)
            s = "<%sstatement/%s-g%02d>" % (B, doc, n)

            def q(p, o):
                out.append("%s <%s> %s %s ." % (s, p, o, LABEL))
            q("http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "<%svocab#Statement>" % B)
            q(B + "vocab#speaker", "<%s%s/%s>" % (B, "person" if person else "org", sp))
            q(B + "vocab#speakerName", '"%s"' % esc(name))
            if demand:
                q(B + "vocab#demand", "<%sdemand/%s>" % (B, demand))
                q(B + "vocab#stance", '"%s"' % stance)
            q(B + "vocab#quote", '"%s"' % esc(ev))
            q(B + "vocab#direct", '"%s"^^<http://www.w3.org/2001/XMLSchema#boolean>' % ("true" if direct else "false"))
            if date:
                q(B + "vocab#date", '"%s"^^<http://www.w3.org/2001/XMLSchema#date>' % date)
            q(B + "vocab#source", "<%sdoc/%s>" % (B, doc))
            q(B + "vocab#spanStart", '"%d"^^<http://www.w3.org/2001/XMLSchema#integer>' % start)
            q(B + "vocab#spanEnd", '"%d"^^<http://www.w3.org/2001/XMLSchema#integer>' % end)
        with open(os.path.join(HERE, gold, doc + ".nq"), "w", encoding="utf-8") as f:
            f.write("\n".join(out) + "\n")
    print("ok", sum(len(v) for v in labels_by_doc.values()), "statements,",
          sum(1 for v in labels_by_doc.values() for x in v if x[4]), "with a demand")

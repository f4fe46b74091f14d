"""FORMAT.md's metrics, computed in-process so that `sayso evaluate` needs no other script.

The keys and the values match ``../shared/eval/score.py`` exactly (a test compares them on the
same export); keeping our own copy lets the package score itself without the shared folder.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

#: The order in which the metrics are printed (score.py's order).
METRIC_KEYS = (
    "articles", "predictions", "unknown_article",
    "fact_p", "fact_r", "fact_f1",
    "attr_p", "attr_r", "attr_f1",
    "claimant_full_acc", "via_acc", "stance_acc",
    "grounded", "event_date_acc",
    "bcubed_p", "bcubed_r", "bcubed_f1",
)


def load_gold(folder: str | Path) -> dict[str, dict]:
    """The gold articles of a folder, keyed by their id, read in sorted file order."""
    docs: dict[str, dict] = {}
    for path in sorted(Path(folder).glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        docs[doc["id"]] = doc
    return docs


def read_jsonl(path: str | Path) -> list[dict]:
    """Prediction records, one JSON object a non-blank line."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _fact(rec: dict) -> tuple:
    """What a claim says, whoever says it: measure, direction, value (or undisclosed)."""
    hidden = bool(rec.get("undisclosed"))
    return (rec.get("measure"), rec.get("from"), rec.get("to"),
            None if hidden else rec.get("value"), hidden)


def _side(code: str | None) -> str:
    code = (code or "").upper()
    return code if code == "SELF" else code[:3]


def _chain(rec: dict) -> list[str]:
    return [str(v).upper() for v in rec.get("via") or []]


def _event(rec: dict) -> dict:
    """A prediction's event as a dict; gold files read as predictions give a bare id."""
    ev = rec.get("event")
    if isinstance(ev, str):
        return {"id": ev}
    return ev or {}


def _grounded(rec: dict, text: str) -> bool:
    span = list(rec.get("span") or [])[:2]
    span += [None] * (2 - len(span))
    start, end = span
    if not (isinstance(start, int) and isinstance(end, int)):
        return False
    quote = rec.get("quote")
    return bool(quote) and 0 <= start <= end <= len(text) and text[start:end] == quote


def _rounded(x: float) -> float:
    return round(x, 3)


def _share(hits: int, total: int) -> float:
    return round(hits / total, 3) if total else 0.0


def _prf(hits: int, predicted: int, expected: int) -> tuple[float, float, float]:
    p = hits / predicted if predicted else 0.0
    r = hits / expected if expected else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


class _Tally:
    """Running counts over the articles of a corpus."""

    def __init__(self) -> None:
        self.fact = [0, 0, 0]  # hits, predicted, gold
        self.attr = [0, 0, 0]
        self.matched = self.claimant_ok = self.via_ok = self.stance_ok = 0
        self.grounded = self.judged_spans = 0
        self.dates_ok = self.dates = 0
        self.gold_event: dict[tuple, str] = {}  # (article, fact) -> gold event id
        self.pred_event: dict[tuple, str] = {}  # (article, fact) -> predicted event id


def _score_article(tally: _Tally, doc_id: str, doc: dict, preds: list[dict]) -> None:
    gold_claims: list[dict] = doc["claims"]
    text: str = doc["text"]

    gold_facts = {_fact(c) for c in gold_claims}
    pred_facts = {_fact(c) for c in preds}
    tally.fact[0] += len(gold_facts & pred_facts)
    tally.fact[1] += len(pred_facts)
    tally.fact[2] += len(gold_facts)

    gold_attr: dict[tuple, list[dict]] = defaultdict(list)
    pred_attr: dict[tuple, list[dict]] = defaultdict(list)
    for c in gold_claims:
        gold_attr[(_fact(c), _side(c.get("claimant")))].append(c)
    for c in preds:
        pred_attr[(_fact(c), _side(c.get("claimant")))].append(c)
    both = gold_attr.keys() & pred_attr.keys()
    tally.attr[0] += len(both)
    tally.attr[1] += len(pred_attr)
    tally.attr[2] += len(gold_attr)
    for key in both:
        # One prediction stands for the claim: the most confident, the earliest on a tie.
        best, best_conf = None, None
        for rec in pred_attr[key]:
            conf = float(rec.get("confidence") or 0)
            if best_conf is None or conf > best_conf:
                best, best_conf = rec, conf
        statements = gold_attr[key]
        tally.matched += 1
        tally.claimant_ok += any(
            (best.get("claimant") or "").upper() == (g.get("claimant") or "").upper()
            for g in statements)
        tally.via_ok += any(_chain(best) == _chain(g) for g in statements)
        tally.stance_ok += any(best.get("stance") == g.get("stance") for g in statements)

    for rec in preds:
        tally.judged_spans += 1
        tally.grounded += _grounded(rec, text)

    # The event of a fact is the one given by its first prediction in the file.
    event_of_fact: dict[tuple, dict] = {}
    for rec in preds:
        event_of_fact.setdefault(_fact(rec), _event(rec))
    for ev in {e["id"]: e for e in doc["events"]}.values():
        facts = {_fact(c) for c in gold_claims if c["event"] == ev["id"]}
        if not facts:
            continue
        tally.dates += 1
        want = ev.get("date") or None
        if any((event_of_fact[f].get("date") or None) == want
               for f in facts if f in event_of_fact):
            tally.dates_ok += 1
    for c in gold_claims:
        item = (doc_id, _fact(c))
        tally.gold_event[item] = c["event"]
        if item[1] in event_of_fact:
            tally.pred_event[item] = str(event_of_fact[item[1]].get("id"))


def _bcubed(gold_of: dict[tuple, str], pred_of: dict[tuple, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of the predicted grouping over matched items."""
    items = [i for i in gold_of if i in pred_of]
    if not items:
        return 0.0, 0.0, 0.0
    gold_groups: dict[str, set] = defaultdict(set)
    pred_groups: dict[str, set] = defaultdict(set)
    for i in items:
        gold_groups[gold_of[i]].add(i)
        pred_groups[pred_of[i]].add(i)
    p_sum = r_sum = 0.0
    for i in items:
        g, p = gold_groups[gold_of[i]], pred_groups[pred_of[i]]
        overlap = len(g & p)
        p_sum += overlap / len(p)
        r_sum += overlap / len(g)
    p, r = p_sum / len(items), r_sum / len(items)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(gold: dict[str, dict], predictions: Iterable[dict]) -> dict:
    """FORMAT.md's metrics of ``predictions`` against the gold articles (keyed by id)."""
    predictions = list(predictions)
    per_article = _per_article(gold, predictions)
    unknown = len(predictions) - sum(len(recs) for recs in per_article.values())

    tally = _Tally()
    for doc_id, doc in gold.items():
        _score_article(tally, doc_id, doc, per_article.get(doc_id, []))

    fact = _prf(*tally.fact)
    attr = _prf(*tally.attr)
    bcubed = _bcubed(tally.gold_event, tally.pred_event)
    return {
        "articles": len(gold),
        "predictions": len(predictions),
        "unknown_article": unknown,
        "fact_p": _rounded(fact[0]), "fact_r": _rounded(fact[1]), "fact_f1": _rounded(fact[2]),
        "attr_p": _rounded(attr[0]), "attr_r": _rounded(attr[1]), "attr_f1": _rounded(attr[2]),
        "claimant_full_acc": _share(tally.claimant_ok, tally.matched),
        "via_acc": _share(tally.via_ok, tally.matched),
        "stance_acc": _share(tally.stance_ok, tally.matched),
        "grounded": _share(tally.grounded, tally.judged_spans),
        "event_date_acc": _share(tally.dates_ok, tally.dates),
        "bcubed_p": _rounded(bcubed[0]),
        "bcubed_r": _rounded(bcubed[1]),
        "bcubed_f1": _rounded(bcubed[2]),
    }


# -- error analysis (`sayso evaluate --errors`) ----------------------------------------------


def _per_article(gold: dict[str, dict], predictions: Iterable[dict]) -> dict[str, list[dict]]:
    """Predictions by gold article, found by id or else by url; the rest are left out."""
    id_of_url = {doc.get("url"): doc_id for doc_id, doc in gold.items()}
    out: dict[str, list[dict]] = defaultdict(list)
    for rec in predictions:
        ref = rec.get("article")
        doc_id = ref if ref in gold else id_of_url.get(ref)
        if doc_id is not None:
            out[doc_id].append(rec)
    return out


def describe(rec: dict) -> str:
    """A claim in one line: claimant, chain, stance, measure, direction, figure and quote."""
    if rec.get("undisclosed"):
        figure = "undisclosed"
    else:
        figure = f"{rec.get('approx') + ' ' if rec.get('approx') else ''}{rec.get('value')}"
    chain = "".join(f" via {v}" for v in rec.get("via") or [])
    return (f"{rec.get('claimant')}{chain} {rec.get('stance')} {rec.get('measure')} "
            f"{rec.get('from')}->{rec.get('to')} {figure}  «{rec.get('quote', '')}»")


def errors(gold: dict[str, dict], predictions: Iterable[dict]) -> list[dict]:
    """Each article's missed and spurious attributed claims, as the scorer keys them (fact and
    claimant side), plus matched claims whose full claimant, chain or stance differ."""
    by_article = _per_article(gold, predictions)
    found = []
    for doc_id, doc in gold.items():
        preds = by_article.get(doc_id, [])
        gold_by: dict[tuple, dict] = {}
        for c in doc["claims"]:
            gold_by.setdefault((_fact(c), _side(c.get("claimant"))), c)
        pred_by: dict[tuple, dict] = {}
        for c in preds:
            key = (_fact(c), _side(c.get("claimant")))
            if key not in pred_by or float(c.get("confidence") or 0) > float(
                    pred_by[key].get("confidence") or 0):
                pred_by[key] = c
        wrong = []
        for key in gold_by.keys() & pred_by.keys():
            g, p = gold_by[key], pred_by[key]
            fields = [name for name, same in (
                ("claimant", str(g.get("claimant")).upper() == str(p.get("claimant")).upper()),
                ("via", _chain(g) == _chain(p)),
                ("stance", g.get("stance") == p.get("stance")),
            ) if not same]
            if fields:
                wrong.append({"fields": fields, "gold": describe(g), "predicted": describe(p)})
        missed = [describe(gold_by[k]) for k in sorted(gold_by.keys() - pred_by.keys(), key=str)]
        spurious = [describe(pred_by[k]) for k in sorted(pred_by.keys() - gold_by.keys(), key=str)]
        if missed or spurious or wrong:
            found.append({"article": doc_id, "missed": missed, "spurious": spurious,
                          "wrong": wrong})
    return found


def per_measure(gold: dict[str, dict], predictions: Iterable[dict]) -> dict[str, dict]:
    """Fact-level precision, recall and F1 for each measure, over the whole folder."""
    by_article = _per_article(gold, predictions)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for doc_id, doc in gold.items():
        gold_facts = {_fact(c) for c in doc["claims"]}
        pred_facts = {_fact(c) for c in by_article.get(doc_id, [])}
        for fact in gold_facts & pred_facts:
            counts[fact[0]][0] += 1
        for fact in pred_facts:
            counts[fact[0]][1] += 1
        for fact in gold_facts:
            counts[fact[0]][2] += 1
    table = {}
    for measure in sorted(counts, key=str):
        hits, predicted, expected = counts[measure]
        p, r, f = _prf(hits, predicted, expected)
        table[str(measure)] = {"p": _rounded(p), "r": _rounded(r), "f1": _rounded(f),
                               "gold": expected, "predicted": predicted, "hits": hits}
    return table

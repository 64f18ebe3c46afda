#!/usr/bin/env python3
"""Independent reference implementation of the fazhi random-inspection draw, written from
docs/random-draw.md alone (Python 3 standard library, no shared code with src/draw).

    python3 docs/random-draw-reference.py docs/random-draw-vectors.json

recomputes every vector of the file and exits 0 when all agree. It exists to show that the
specification is complete enough to reimplement, and to catch a TypeScript change that drifts
from it.
"""
import hashlib
import json
import re
import sys
import unicodedata

FORMAT = "fazhi-draw/1"


def canonical_json(value):
    """RFC 8785 restricted to integers: keys sorted by UTF-16 code units, no whitespace."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ",".join(canonical_json(v) for v in value) + "]"
    if isinstance(value, dict):
        keys = sorted(value, key=lambda k: k.encode("utf-16-be"))
        return "{" + ",".join(canonical_json(k) + ":" + canonical_json(value[k]) for k in keys) + "}"
    raise TypeError(type(value))


def sha256_hex(data):
    return hashlib.sha256(data).hexdigest()


def canonical_sha256(value):
    return sha256_hex(canonical_json(value).encode("utf-8"))


def normalise(value):
    # Exactly the ECMAScript \s class (Python's \s differs: it adds U+001C-U+001F and U+0085).
    value = unicodedata.normalize("NFC", value)
    value = re.sub("[\t\n\v\f\r \xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+", " ", value)
    return value.strip(" ")


class Stream:
    def __init__(self, seed_hex, label):
        self.prefix = bytes.fromhex(seed_hex) + label.encode("utf-8") + b"\x00"
        self.buffer = b""
        self.counter = 0

    def byte(self):
        if not self.buffer:
            self.buffer = hashlib.sha256(self.prefix + self.counter.to_bytes(8, "big")).digest()
            self.counter += 1
        b, self.buffer = self.buffer[0], self.buffer[1:]
        return b

    def candidate(self):
        return int.from_bytes(bytes(self.byte() for _ in range(6)), "big")

    def uniform(self, n):
        limit = (2**48 // n) * n
        while True:
            x = self.candidate()
            if x < limit:
                return x % n


def draw_positions(seed, strata):
    result = []
    for index, s in enumerate(strata):
        stream = Stream(seed, f"{FORMAT} stratum {index} {s['riskClass']}")
        swapped, drawn = {}, []
        for i in range(s["quota"]):
            j = i + stream.uniform(s["size"] - i)
            drawn.append(swapped.get(j, j))
            swapped[j] = swapped.get(i, i)
        result.append(drawn)
    return result


def assign(seed, plan, selected, inspectors, recusals):
    out = []
    for entity in selected:
        recused = {r["inspector"] for r in recusals if r["creditCode"] == entity["creditCode"]}
        eligible = [i for i in inspectors if i["code"] not in recused]
        stream = Stream(seed, f"{FORMAT} inspectors {entity['creditCode']}")
        team = []
        for _ in range(plan["inspectorsPerEntity"]):
            remaining = [i for i in eligible if i not in team]
            pool = remaining
            if plan["kind"] == "joint":
                covered = {i["org"] for i in team}
                uncovered = [i for i in remaining if i["org"] in plan["orgs"] and i["org"] not in covered]
                pool = uncovered or remaining
            team.append(pool[stream.uniform(len(pool))])
        out.append({**entity, "inspectors": [i["code"] for i in team]})
    return out


def check_draw(vector):
    f, mid = vector["file"], vector["intermediate"]
    m = f["material"]
    entity_fields = lambda es: [{"creditCode": e["creditCode"], "name": e["name"]} for e in es]
    assert [canonical_sha256(entity_fields(s["entities"])) for s in m["strata"]] == mid["stratumSha256"]
    assert [s["sha256"] for s in m["strata"]] == mid["stratumSha256"]
    assert canonical_sha256(m["inspectors"]) == m["inspectorsSha256"] == mid["inspectorsSha256"]
    material_hash = canonical_sha256(m)
    assert material_hash == f["materialSha256"] == mid["materialSha256"]
    values = {v["source"]: normalise(v["value"]) for v in f["seed"]}
    seed_json = canonical_json([f"{FORMAT} seed", material_hash, [[s["id"], values[s["id"]]] for s in m["seedSources"]]])
    assert seed_json == mid["seedCanonicalJson"]
    seed = sha256_hex(seed_json.encode("utf-8"))
    assert seed == f["outcome"]["seedSha256"] == mid["seedSha256"]
    shapes = [{"riskClass": s["riskClass"], "size": len(s["entities"]), "quota": s["quota"]} for s in m["strata"]]
    positions = draw_positions(seed, shapes)
    assert positions == mid["positions"]
    selected = [
        {"creditCode": s["entities"][p]["creditCode"], "riskClass": s["riskClass"]}
        for s, ps in zip(m["strata"], positions)
        for p in ps
    ]
    assert assign(seed, m["plan"], selected, m["inspectors"], m["recusals"]) == f["outcome"]["selections"]


def main(path):
    vectors = json.load(open(path, encoding="utf-8"))
    for v in vectors["canonicalJson"]:
        assert canonical_json(v["value"]) == v["canonical"]
    for v in vectors["streams"]:
        raw = Stream(v["seed"], v["label"])
        assert [raw.candidate() for _ in v["firstCandidates"]] == v["firstCandidates"]
        stream = Stream(v["seed"], v["label"])
        assert [stream.uniform(v["n"]) for _ in v["uniformInts"]] == v["uniformInts"]
    for v in vectors["positions"]:
        assert draw_positions(v["seedSha256"], v["strata"]) == v["positions"]
    for v in vectors["draws"]:
        check_draw(v)
        print("ok", v["name"])
    print("all vectors agree")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs/random-draw-vectors.json")

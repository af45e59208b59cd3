#!/usr/bin/env python3
"""Writes tests/corpus/variants.jsonl: every annotated phrase of dev.jsonl (but the bare curt
replies) rewritten the ways unseen drafts vary it, each in a short neutral draft.

The rewrites: a contraction expanded or made (don't / do not, I'm / I am ...), a curly
apostrophe for a straight one, I / we (my / our, me / us) swapped, this / that / it swapped, an
adverb (really, honestly, just) after a leading subject before an auxiliary, and the first
letter's case flipped. Rewrites that make broken English ("I're", "this's") are skipped.
Deterministic: run it again and the file is the same.

    python3 tests/corpus/make_variants.py
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
CONTRACTIONS = [
    ("do not", "don't"), ("does not", "doesn't"), ("did not", "didn't"), ("can not", "can't"),
    ("cannot", "can't"), ("will not", "won't"), ("is not", "isn't"), ("are not", "aren't"),
    ("was not", "wasn't"), ("have not", "haven't"), ("I am", "I'm"), ("it is", "it's"),
    ("that is", "that's"), ("you are", "you're"), ("we are", "we're"), ("I have", "I've"),
    ("we have", "we've"), ("you have", "you've"), ("I will", "I'll"), ("we will", "we'll"),
    ("you would", "you'd"), ("there is", "there's"), ("what is", "what's"),
    ("would not", "wouldn't"), ("should not", "shouldn't"), ("could not", "couldn't"),
]
PRONOUNS = [(r"\bI\b", "we"), (r"\bmy\b", "our"), (r"\bme\b", "us"), (r"\bwe\b", "I"),
            (r"\bWe\b", "I"), (r"\bour\b", "my"), (r"\bOur\b", "My"), (r"\bus\b", "me")]
DEICTIC = [(r"\bthis\b", "that"), (r"\bthat\b(?! (you|we|I|the|it|they)\b)", "this"),
           (r"\bthis\b", "it"), (r"\bit\b", "this")]
AUX = ("can", "can't", "cannot", "do", "don't", "did", "didn't", "will", "won't", "must",
       "need", "have", "haven't", "should", "shouldn't", "would", "wouldn't", "could",
       "couldn't", "am", "are", "not")
# "can't" and its kin, said another way by the same subject.
MODALS = [
    (r"\b(I) (can't|cannot|can not)\b", r"\1 am unable to"),
    (r"\b(I) (can't|cannot|can not)\b", r"\1 am not able to"),
    (r"\b([Ww]e) (can't|cannot|can not)\b", r"\1 are unable to"),
    (r"\b([Ww]e) (can't|cannot|can not)\b", r"\1 are not able to"),
    (r"\b(I|[Ww]e) (am|are) (unable|not able) to\b", r"\1 can't"),
    (r"\b([Yy]ou) (have to|must)\b(?! have (done|been|had|made)\b)", r"\1 need to"),
    (r"\b([Yy]ou) need to\b", r"\1 have to"),
]
# Orders that stay orders with "please" in front ("Please calm down"); not the redirections
# ("Please take it up with the courier"), which "please" can make a fair pointer.
IMPERATIVES = ("calm", "stop", "relax", "read", "check", "try", "send", "call", "get", "do",
               "make", "settle", "chill", "restart", "update")
BROKEN = re.compile(r"\bI're\b|\bI is\b|\bwe'm\b|\bwe am\b|\bthis's\b|\bus \w+ myself\b|"
                    r"\bme \w+ ourselves\b|\bI \w+ ourselves\b|\bwe \w+ myself\b", re.I)
CARRIERS = [
    "Hi Sam,\n\n{q}. The order ships on Monday.\n\nBest,\nAlex",
    "Hello! Thanks for writing in. {q}. Let me know if there's anything else.",
    "@jo_b {q}, and the new card is on its way.",
    "Dear Ms Park,\n\nI have looked at your account. {q}.\n\nKind regards,\nLee",
]


def variants(q):
    out = set()
    for a, b in CONTRACTIONS:
        for x, y in ((a, b), (b, a), (a.capitalize(), b.capitalize()),
                     (b.capitalize(), a.capitalize())):
            if re.search(r"\b" + re.escape(x) + r"\b", q):
                out.add(re.sub(r"\b" + re.escape(x) + r"\b", y, q))
    for v in list(out) + [q]:
        if "'" in v:
            out.add(v.replace("'", "\u2019"))
    for x, y in PRONOUNS:
        if re.search(x, q):
            v = re.sub(x, y, q, count=1)
            out.add(v[0].upper() + v[1:] if q[0].isupper() else v)
    for x, y in DEICTIC:
        if re.search(x, q):
            out.add(re.sub(x, y, q, count=1))
    m = re.match(r"^(I|We|You|I'm|We're|You're|They) (\S+)(.*)$", q)
    if m and m.group(2).lower() in AUX:
        for adverb in ("really", "honestly", "just"):
            out.add(f"{m.group(1)} {adverb} {m.group(2)}{m.group(3)}")
    for pattern, longer in MODALS:
        m = re.search(pattern, q)
        if m:
            out.add(q[:m.start()] + m.expand(longer) + q[m.end():])
    if re.match(r"^[A-Z][a-z]+ (down|up|it|this|that|the|your|me|us|now)\b", q) and \
            q.split()[0].lower() in IMPERATIVES:
        out.add("Please " + q[0].lower() + q[1:])
    if not re.search(r"[A-Z]{2}|\d", q):
        out.add(q[0].lower() + q[1:] if q[0].isupper() else q[0].upper() + q[1:])
    out.discard(q)
    return sorted(v for v in out if not BROKEN.search(v))


def main():
    quotes = {}
    with open(os.path.join(HERE, "dev.jsonl"), encoding="utf-8") as f:
        for line in f:
            for finding in json.loads(line)["findings"]:
                if finding["category"] != "curt":
                    key = (finding["category"], finding["quote"].replace("\u2019", "'"))
                    quotes.setdefault(key, None)
    n = 0
    with open(os.path.join(HERE, "variants.jsonl"), "w", encoding="utf-8") as out:
        for (category, quote) in quotes:
            for v in variants(quote):
                n += 1
                v = v.rstrip(".!?,")
                text = CARRIERS[n % len(CARRIERS)].format(q=v)
                record = {"id": "v-%04d" % n, "channel": "email", "text": text,
                          "findings": [{"category": category, "quote": v}]}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(quotes)} phrases, {n} variants")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Adapters turn committed samples of each peer's real output into the right findings.

Runs offline, without the peers installed:
  python3 -m unittest bench/test_adapters.py      (from the repo root)
  python3 bench/test_adapters.py

bench/samples/drafts/*.txt are the drafts (four from the dev corpus, two written to
exercise non-ASCII text: curly quotes, accents, an emoji outside the BMP, several lines).
The outputs were captured from real runs of the pinned peers in that folder:
  alex --text --reporter=<vfile-reporter-json> *.txt 2> bench/samples/alex.json
  write-good --parse *.txt                         > bench/samples/write-good.txt
  proselint check -o json *.txt                    > bench/samples/proselint.json
"""
import glob
import os
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import adapters  # noqa: E402

SAMPLES = os.path.join(HERE, "samples")

# (record, rule, start byte, end byte, flagged text), checked by hand against the drafts.
EXPECTED = {
    "alex": [
        ('dev-0006', 'alex:just', 85, 89, 'just'),
        ('dev-0006', 'alex:obvious', 105, 114, 'Obviously'),
        ('dev-0009', 'alex:stupid', 20, 26, 'stupid'),
        ('dev-0009', 'alex:wacko', 20, 26, 'stupid'),
        ('sample-01', 'alex:obvious', 15, 24, 'Obviously'),
        ('sample-01', 'alex:chairman-chairwoman', 29, 37, 'chairman'),
        ('sample-01', 'alex:just', 42, 46, 'just'),
        ('sample-01', 'alex:gals-man', 93, 97, 'guys'),
        ('sample-01', 'alex:her-him', 125, 128, 'him'),
        ('sample-01', 'alex:basically', 152, 161, 'Basically'),
        ('sample-01', 'alex:he-she', 191, 193, 'he'),
        ('sample-02', 'alex:obvious', 51, 60, 'obviously'),
        ('sample-02', 'alex:lame', 129, 133, 'lame'),
    ],
    "write-good": [
        ('dev-0006', 'write-good:adverb', 85, 89, 'just'),
        ('dev-0006', 'write-good:tooWordy', 98, 103, 'it is'),
        ('dev-0006', 'write-good:weasel', 105, 114, 'Obviously'),
        ('dev-0006', 'write-good:passive', 135, 145, 'be plugged'),
        ('dev-0008', 'write-good:adverb', 135, 141, 'really'),
        ('dev-0009', 'write-good:adverb', 0, 8, 'Honestly'),
        ('dev-0010', 'write-good:weasel+adverb', 74, 84, 'completely'),
        ('sample-01', 'write-good:weasel', 15, 24, 'Obviously'),
        ('sample-01', 'write-good:adverb', 42, 46, 'just'),
        ('sample-01', 'write-good:weasel+adverb', 47, 51, 'very'),
        ('sample-01', 'write-good:passive', 110, 121, 'was shipped'),
        ('sample-01', 'write-good:so', 130, 132, 'So'),
        ('sample-01', 'write-good:tooWordy', 134, 139, 'it is'),
        ('sample-01', 'write-good:tooWordy', 145, 150, 'it is'),
        ('sample-01', 'write-good:tooWordy', 163, 170, 'utilize'),
        ('sample-02', 'write-good:illusion', 31, 34, 'the'),
        ('sample-02', 'write-good:weasel+adverb', 46, 50, 'very'),
        ('sample-02', 'write-good:weasel', 51, 60, 'obviously'),
    ],
    "proselint": [
        ('dev-0006', 'proselint:misc.greylist', 105, 114, 'Obviously'),
        ('sample-01', 'proselint:misc.greylist', 15, 24, 'Obviously'),
        ('sample-01', 'proselint:social_awareness.sexism', 29, 37, 'chairman'),
        ('sample-01', 'proselint:weasel_words.very', 47, 51, 'very'),
        ('sample-01', 'proselint:misc.greylist', 163, 170, 'utilize'),
        ('sample-02', 'proselint:lexical_illusions', 27, 34, 'the the'),
        ('sample-02', 'proselint:weasel_words.very', 46, 50, 'very'),
        ('sample-02', 'proselint:misc.greylist', 51, 60, 'obviously'),
        ('sample-02', 'proselint:cliches.misc.garner', 92, 113, 'at the end of the day'),
        ('sample-02', 'proselint:industrial_language.corporate_speak', 92, 113, 'at the end of the day'),
    ],
}

OUTPUT_FILES = {
    "alex": "alex.json",
    "write-good": "write-good.txt",
    "proselint": "proselint.json",
}


def load_texts():
    texts = {}
    for p in glob.glob(os.path.join(SAMPLES, "drafts", "*.txt")):
        with open(p, encoding="utf-8", newline="") as f:
            texts[os.path.basename(p)[:-4]] = f.read()
    return texts


def run_adapter(tool, texts):
    with open(os.path.join(SAMPLES, OUTPUT_FILES[tool]), encoding="utf-8") as f:
        return adapters.ADAPTERS[tool](f.read(), texts)


class AdapterSamples(unittest.TestCase):
    def setUp(self):
        self.texts = load_texts()
        self.assertEqual(len(self.texts), 6)

    def check_tool(self, tool):
        got = run_adapter(tool, self.texts)
        self.assertEqual(
            [(f["record"], f["rule"], f["start"], f["end"], f["quote"]) for f in got],
            EXPECTED[tool])
        for f in got:
            # score.py's format: UTF-8 byte offsets into the record's text, a scored
            # placeholder category so the "any" row counts the finding.
            self.assertEqual(f["category"], adapters.PEER_CATEGORY)
            text = self.texts[f["record"]].encode("utf-8")
            self.assertEqual(text[f["start"]:f["end"]].decode("utf-8"), f["quote"])
            self.assertLess(f["start"], f["end"])

    def test_alex(self):
        self.check_tool("alex")

    def test_write_good(self):
        self.check_tool("write-good")

    def test_proselint(self):
        self.check_tool("proselint")

    def test_placeholder_category_is_scored(self):
        self.assertIn(adapters.PEER_CATEGORY, [
            "hostile", "blame", "dismissive", "condescending", "passive_aggressive",
            "policy_wall", "commanding", "curt", "jargon"])


class Offsets(unittest.TestCase):
    def test_utf16_to_byte(self):
        text = "a\u00e9\U0001F44Bb"  # a, e-acute (2 bytes), emoji (2 UTF-16 units, 4 bytes), b
        self.assertEqual([adapters.utf16_to_byte(text, i) for i in range(6)],
                         [0, 1, 3, 3, 7, 8])

    def test_alex_line_column_fallback(self):
        raw = ('[{"path":"x.txt","messages":[{"line":2,"column":3,"ruleId":"r",'
               '"actual":"b\u00e9"}]}]')
        got = adapters.alex_findings(raw, {"x": "\u00e9\nzzb\u00e9!"})
        self.assertEqual([(f["start"], f["end"], f["quote"]) for f in got],
                         [(5, 8, "b\u00e9")])

    def test_write_good_reason_with_quote_and_newline(self):
        text = 'Say "hi"\nit was\ndone today.'
        raw = ('x.txt:1:4:""hi"" is a weasel word\n'
               'x.txt:2:3:"was done" may be passive voice\n')
        got = adapters.write_good_findings(raw, {"x": text})
        self.assertEqual([(f["rule"], f["quote"]) for f in got],
                         [("write-good:weasel", '"hi"'),
                          ("write-good:passive", "was\ndone")])

    def test_proselint_uri_and_padding(self):
        raw = ('{"result": {"file:///tmp/d%20x/r-1.txt": {"diagnostics": '
               '[{"check_path": "c", "span": [3, 5]}]}}}')
        got = adapters.proselint_findings(raw, {"r-1": "\u00e9abc"})
        self.assertEqual([(f["record"], f["start"], f["end"], f["quote"]) for f in got],
                         [("r-1", 3, 5, "bc")])

    def test_empty_outputs(self):
        for tool in adapters.ADAPTERS:
            self.assertEqual(adapters.ADAPTERS[tool]("", {"x": "t"}), [])


if __name__ == "__main__":
    unittest.main()

//! Property tests on arbitrary Unicode input.

use proptest::prelude::*;
use warmly::{fix, Linter};

fn texty() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "calm down",
        "Calm Down",
        "per my last email",
        "you failed to",
        "RMA",
        "DO NOT",
        "No.",
        "obviously",
        "don’t",
        "can't",
        "I'm",
        "{{name}}",
        "[NAME]",
        "'quoted'",
        "“curly”",
        "😀",
        "日本語",
        "é",
        "e\u{301}",
        "\r\n",
        "\n",
        " ",
        "-",
        "utilize",
        "ASAP",
        "kindly revert",
        "you need to",
        "just",
        "İ",
        "ß",
        "\u{200d}",
        "Ⅻ",
        ">",
        "> quoted",
        "https://x.y/z",
    ]);
    (prop::collection::vec(
        prop_oneof![words.prop_map(String::from), any::<String>()],
        0..24,
    ))
    .prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn spans_are_valid_and_consistent(text in texty()) {
        let linter = Linter::builtin();
        let report = linter.check(&text);
        prop_assert!(report.score.score <= 100);
        let mut last_end = 0;
        for f in &report.findings {
            prop_assert!(f.start < f.end && f.end <= text.len());
            prop_assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
            prop_assert!(f.start >= last_end, "findings overlap or are unsorted");
            last_end = f.end;
            prop_assert_eq!(f.utf16_start, text[..f.start].encode_utf16().count());
            prop_assert_eq!(f.utf16_end, text[..f.end].encode_utf16().count());
            prop_assert_eq!(f.line, text[..f.start].matches('\n').count() + 1);
            let line_start = text[..f.start].rfind('\n').map_or(0, |i| i + 1);
            prop_assert_eq!(f.column, text[line_start..f.start].chars().count() + 1);
            prop_assert_eq!(warmly::utf16_offset(&text, f.start), f.utf16_start);
            prop_assert_eq!(warmly::byte_offset(&text, f.utf16_end), Some(f.end));
        }
        for m in &report.score.markers {
            prop_assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end) && m.end <= text.len());
        }
    }

    #[test]
    fn fix_is_idempotent(text in texty()) {
        let linter = Linter::builtin();
        let once = linter.fix(&text, false).text;
        let twice = linter.fix(&once, false);
        prop_assert_eq!(&once, &twice.text);
        prop_assert_eq!(twice.applied, 0);
        // One round applies only non-overlapping suggestions and never breaks the text.
        let round = fix(&text, &linter.lint(&text), true);
        prop_assert!(round.applied <= linter.lint(&text).len());
    }
}

//! Reading the JavaScript config object into a [`warmly::Config`], and a finding sent back to
//! `applySuggestion`, by walking the `JsValue`s with `js_sys`.
//!
//! This used to go through serde-wasm-bindgen and serde's derived `Deserialize` impls; their
//! error formatting alone brought Rust's float formatting into the module. The walker keeps what
//! JavaScript saw: the same checks in the same order and serde's wording of each error
//! (`invalid type: floating point `1.0`, expected a string`, `missing field `message``), with
//! numbers written from JavaScript's own digits (see [`number_text`]), so no float formatting is
//! compiled in.

use std::collections::BTreeMap;

use js_sys::{Array, Object, Reflect};
use warmly::spec::Text;
use warmly::{Applicability, ConfigError, MarkerSpec, Pack, RuleSpec, Severity, Suggestion};
use wasm_bindgen::{throw_val, JsCast, JsError, JsValue};

/// The source name config errors report for the JavaScript config object.
pub(crate) const CONFIG_SOURCE: &str = "config";

/// The properties of the config object (`LinterConfig` in the TypeScript types).
pub(crate) const CONFIG_FIELDS: &[&str] = &[
    "select",
    "ignore",
    "severity",
    "rules",
    "markers",
    "allow",
    "noBuiltin",
];

/// The properties of a rule object: the fields of [`RuleSpec`], in its order.
pub(crate) const RULE_FIELDS: &[&str] = &[
    "id",
    "category",
    "severity",
    "message",
    "why",
    "phrases",
    "patterns",
    "terms",
    "check",
    "max_words",
    "allow",
    "unless_before",
    "unless_after",
    "unless_sentence",
    "unless_later",
    "unless_paragraph",
    "suggest",
    "swap",
    "applicability",
    "flag",
    "pass",
];

/// The properties of a marker object: the fields of [`MarkerSpec`], in its order.
pub(crate) const MARKER_FIELDS: &[&str] = &[
    "kind",
    "phrases",
    "patterns",
    "unless_before",
    "unless_after",
];

/// A value read from JavaScript, or what is wrong with it (in serde's words).
type Read<T> = Result<T, String>;

/// A finding coming back from JavaScript (for `applySuggestion`): only the span and the
/// suggestions matter; every other property is ignored.
pub(crate) struct FindingIn {
    /// The `ruleId` property; empty when absent.
    pub rule_id: String,
    /// The `start` property, a UTF-16 offset (not yet checked to be one).
    pub start: f64,
    /// The `end` property, a UTF-16 offset (not yet checked to be one).
    pub end: f64,
    /// The `suggestions` property.
    pub suggestions: Vec<Suggestion>,
}

/// A config error, as the `Error` JavaScript sees: `config: rule `id`: field `f`: message`.
pub(crate) fn config_error(
    field: Option<String>,
    rule: Option<String>,
    message: String,
) -> JsError {
    JsError::new(
        &ConfigError {
            source: CONFIG_SOURCE.to_string(),
            rule,
            field,
            message,
        }
        .to_string(),
    )
}

/// The property `key` of the object `obj`, own or inherited; `None` when there is no such
/// property (a property set to `undefined` is `Some(undefined)`). A throwing getter's exception
/// is rethrown to JavaScript.
fn prop(obj: &JsValue, key: &str) -> Option<JsValue> {
    let key = JsValue::from_str(key);
    let value = Reflect::get(obj, &key).unwrap_or_else(|e| throw_val(e));
    if value.is_undefined() && !Reflect::has(obj, &key).unwrap_or_else(|e| throw_val(e)) {
        return None;
    }
    Some(value)
}

/// Whether `value` is `null` or `undefined` (an absent optional value).
fn is_nullish(value: &JsValue) -> bool {
    value.is_null() || value.is_undefined()
}

/// The property `key` of `obj` unless it is absent, `null` or `undefined`.
fn given(obj: &JsValue, key: &str) -> Option<JsValue> {
    prop(obj, key).filter(|v| !is_nullish(v))
}

/// How Rust's `Display` writes a number (`1.5`, `1000000000000000000000`, `0.0000001`, `inf`,
/// `NaN`), from `js`, the number's JavaScript string (`String(n)`: the same shortest round-trip
/// digits, but in exponent form outside 1e-7..1e21); `negative_zero` says the number is -0,
/// which JavaScript writes as `0`. With `point`, an integral finite number gets a `.0`, as serde
/// writes floats in its errors. Only string handling: no float formatting is compiled in.
fn rust_number_text(js: &str, negative_zero: bool, point: bool) -> String {
    match js {
        "NaN" => return "NaN".to_string(),
        "Infinity" => return "inf".to_string(),
        "-Infinity" => return "-inf".to_string(),
        _ => {}
    }
    let (sign, body) = match js.strip_prefix('-') {
        Some(body) => ("-", body),
        None if negative_zero => ("-", js),
        None => ("", js),
    };
    let (mantissa, exponent) = match body.split_once('e') {
        Some((m, e)) => (m, e.parse::<isize>().unwrap_or(0)),
        None => (body, 0),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = [int, frac].concat();
    // Where the decimal point goes in `digits`.
    let at = int.len() as isize + exponent;
    let mut out = String::from(sign);
    if at <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', at.unsigned_abs()));
        out.push_str(&digits);
    } else if at as usize >= digits.len() {
        out.push_str(&digits);
        out.extend(std::iter::repeat_n('0', at as usize - digits.len()));
    } else {
        out.push_str(&digits[..at as usize]);
        out.push('.');
        out.push_str(&digits[at as usize..]);
    }
    if point && !out.contains('.') {
        out.push_str(".0");
    }
    out
}

/// The number `n` as Rust's `Display` writes it (with `point`, as serde's errors write a float),
/// from JavaScript's digits; see [`rust_number_text`].
pub(crate) fn number_text(n: f64, point: bool) -> String {
    let js: String = JsValue::from_f64(n)
        .unchecked_into::<js_sys::Number>()
        .to_string(10)
        .map(String::from)
        .unwrap_or_default();
    rust_number_text(&js, n == 0.0 && n.is_sign_negative(), point)
}

/// What a value is, in the words of serde's `invalid type` errors (`floating point `1.0``,
/// `string "x"`, `unit value`), as serde-wasm-bindgen described JavaScript values.
fn unexpected(value: &JsValue) -> String {
    if is_nullish(value) {
        "unit value".to_string()
    } else if let Some(b) = value.as_bool() {
        format!("boolean `{b}`")
    } else if let Some(n) = value.as_f64() {
        format!("floating point `{}`", number_text(n, true))
    } else if let Some(s) = value.as_string() {
        format!("string {s:?}")
    } else {
        format!("{value:?}")
    }
}

/// serde's error for a value of the wrong type.
fn invalid_type(value: &JsValue, expected: &str) -> String {
    format!("invalid type: {}, expected {expected}", unexpected(value))
}

/// serde's error for a required field that is absent.
fn required<T>(value: Option<T>, key: &str) -> Read<T> {
    value.ok_or_else(|| format!("missing field `{key}`"))
}

/// A string.
fn string(value: &JsValue) -> Read<String> {
    value
        .as_string()
        .ok_or_else(|| invalid_type(value, "a string"))
}

/// An optional string: `null` and `undefined` are `None`.
fn opt_string(value: &JsValue) -> Read<Option<String>> {
    if is_nullish(value) {
        return Ok(None);
    }
    string(value).map(Some)
}

/// An optional `u32` (`max_words`): a non-negative safe integer up to `u32::MAX`.
fn opt_u32(value: &JsValue) -> Read<Option<u32>> {
    if is_nullish(value) {
        return Ok(None);
    }
    match value.as_f64() {
        Some(n) if n >= 0.0 && n.fract() == 0.0 && n <= 9_007_199_254_740_991.0 => {
            let n = n as u64;
            u32::try_from(n)
                .map(Some)
                .map_err(|_| format!("invalid value: integer `{n}`, expected u32"))
        }
        _ => Err(invalid_type(value, "u32")),
    }
}

/// Calls `f` on each element of an array or other iterable object (a `Set`, say).
fn for_each(value: &JsValue, mut f: impl FnMut(JsValue) -> Read<()>) -> Read<()> {
    if Array::is_array(value) {
        for item in value.unchecked_ref::<Array>().iter() {
            f(item)?;
        }
        return Ok(());
    }
    if value.is_object() {
        if let Some(iter) = js_sys::try_iter(value).unwrap_or_else(|e| throw_val(e)) {
            for item in iter {
                f(item.unwrap_or_else(|e| throw_val(e)))?;
            }
            return Ok(());
        }
    }
    Err(invalid_type(value, "a sequence"))
}

/// A list of strings (a rule's `phrases`, `suggest`, ...).
fn strings(value: &JsValue) -> Read<Vec<String>> {
    let mut out = Vec::new();
    for_each(value, |item| {
        out.push(string(&item)?);
        Ok(())
    })?;
    Ok(out)
}

/// The string property `key` of `obj`; `None` when absent (a required field).
fn text_field(obj: &JsValue, key: &str) -> Read<Option<String>> {
    prop(obj, key).map(|v| string(&v)).transpose()
}

/// The optional string property `key` of `obj`: absent, `null` and `undefined` are `None`.
fn opt_text_field(obj: &JsValue, key: &str) -> Read<Option<String>> {
    Ok(prop(obj, key)
        .map(|v| opt_string(&v))
        .transpose()?
        .flatten())
}

/// The list-of-strings property `key` of `obj`; empty when absent (but not when `null`).
fn list_field(obj: &JsValue, key: &str) -> Read<Vec<String>> {
    Ok(prop(obj, key)
        .map(|v| strings(&v))
        .transpose()?
        .unwrap_or_default())
}

/// [`list_field`] as pack texts.
fn texts(obj: &JsValue, key: &str) -> Read<Vec<Text>> {
    Ok(list_field(obj, key)?.into_iter().map(Text::from).collect())
}

/// What a JavaScript value is, for the config's own error messages.
fn type_name(value: &JsValue) -> String {
    if Array::is_array(value) {
        "an array".to_string()
    } else if value.is_null() {
        "null".to_string()
    } else {
        value.js_typeof().as_string().unwrap_or_default()
    }
}

/// Whether `value` is an object and not an array.
fn is_plain_object(value: &JsValue) -> bool {
    value.is_object() && !Array::is_array(value)
}

/// Fails on an own property of `obj` that is not in `known`, naming it (the first in sorted
/// order) and the known ones.
fn check_known(obj: &JsValue, known: &[&str]) -> Read<()> {
    let keys = Object::keys(obj.unchecked_ref());
    let unknown = keys
        .iter()
        .filter_map(|k| k.as_string())
        .filter(|k| !known.contains(&k.as_str()))
        .min();
    match unknown {
        None => Ok(()),
        Some(unknown) => {
            let expected: Vec<String> = known.iter().map(|k| format!("`{k}`")).collect();
            Err(format!(
                "unknown field `{unknown}`, expected one of {}",
                expected.join(", ")
            ))
        }
    }
}

/// A rule object. Type errors come first, field by field in [`RULE_FIELDS`] order, then the
/// first absent required field.
fn rule_spec(obj: &JsValue) -> Read<RuleSpec> {
    let text = |key| text_field(obj, key).map(|t| t.map(Text::from));
    let opt_text = |key| opt_text_field(obj, key).map(|t| t.map(Text::from));
    let list = |key| texts(obj, key);
    let id = text("id")?;
    let category = text("category")?;
    let severity = opt_text("severity")?;
    let message = text("message")?;
    let why = text("why")?;
    let phrases = list("phrases")?;
    let patterns = list("patterns")?;
    let terms = list("terms")?;
    let check = opt_text("check")?;
    let max_words = prop(obj, "max_words")
        .map(|v| opt_u32(&v))
        .transpose()?
        .flatten();
    let allow = list("allow")?;
    let unless_before = list("unless_before")?;
    let unless_after = list("unless_after")?;
    let unless_sentence = list("unless_sentence")?;
    let unless_later = list("unless_later")?;
    let unless_paragraph = list("unless_paragraph")?;
    let suggest = list("suggest")?;
    let swap = list("swap")?;
    let applicability = opt_text("applicability")?;
    let flag = list("flag")?;
    let pass = list("pass")?;
    Ok(RuleSpec {
        id: required(id, "id")?,
        category: required(category, "category")?,
        severity,
        message: required(message, "message")?,
        why: required(why, "why")?,
        phrases,
        patterns,
        terms,
        check,
        max_words,
        allow,
        unless_before,
        unless_after,
        unless_sentence,
        unless_later,
        unless_paragraph,
        suggest,
        swap,
        applicability,
        flag,
        pass,
    })
}

/// A marker object, read as [`rule_spec`] reads a rule.
fn marker_spec(obj: &JsValue) -> Read<MarkerSpec> {
    let list = |key| texts(obj, key);
    let kind = text_field(obj, "kind")?.map(Text::from);
    let phrases = list("phrases")?;
    let patterns = list("patterns")?;
    let unless_before = list("unless_before")?;
    let unless_after = list("unless_after")?;
    Ok(MarkerSpec {
        kind: required(kind, "kind")?,
        phrases,
        patterns,
        unless_before,
        unless_after,
    })
}

/// Fails unless `value` is an array, naming the field and what it should hold.
fn expect_array(value: &JsValue, field: &str, what: &str) -> Result<(), JsError> {
    if Array::is_array(value) {
        return Ok(());
    }
    Err(config_error(
        Some(field.to_string()),
        None,
        format!("expected an array of {what}, got {}", type_name(value)),
    ))
}

/// An array of strings (`select`, `ignore`, `allow`); empty when absent.
fn string_list(value: Option<JsValue>, field: &str, what: &str) -> Result<Vec<String>, JsError> {
    let Some(value) = value else {
        return Ok(Vec::new());
    };
    expect_array(&value, field, what)?;
    strings(&value).map_err(|e| {
        config_error(
            Some(field.to_string()),
            None,
            format!("expected an array of {what}: {e}"),
        )
    })
}

/// An array of rule or marker objects (`rules`, `markers`), each read by `read` after its
/// properties are checked against `known`; an error names the element (`rules[1]`) and the
/// rule's id when it has one.
fn items<T>(
    value: Option<JsValue>,
    field: &str,
    known: &[&str],
    read: fn(&JsValue) -> Read<T>,
) -> Result<Vec<T>, JsError> {
    let Some(value) = value else {
        return Ok(Vec::new());
    };
    expect_array(&value, field, "objects")?;
    let list: &Array = value.unchecked_ref();
    let mut out = Vec::with_capacity(list.length() as usize);
    for (i, item) in list.iter().enumerate() {
        let at = format!("{field}[{i}]");
        let rule = if item.is_object() {
            prop(&item, "id").and_then(|id| id.as_string())
        } else {
            None
        };
        if !is_plain_object(&item) {
            let got = type_name(&item);
            return Err(config_error(
                Some(at),
                rule,
                format!("expected an object, got {got}"),
            ));
        }
        let spec = check_known(&item, known)
            .and_then(|()| read(&item))
            .map_err(|e| config_error(Some(at), rule, e))?;
        out.push(spec);
    }
    Ok(out)
}

/// The `severity` object: rule ids or categories to levels. A `Map` works too.
fn severities(value: JsValue) -> Result<BTreeMap<String, Severity>, JsError> {
    let field = || Some("severity".to_string());
    if !is_plain_object(&value) {
        let got = type_name(&value);
        return Err(config_error(
            field(),
            None,
            format!(
                "expected an object of rule ids or categories to \"error\", \"warning\" or \"info\", got {got}"
            ),
        ));
    }
    // (key, level) pairs: a Map's entries, or an object's own enumerable properties.
    let pairs: Vec<JsValue> = match js_sys::try_iter(&value).unwrap_or_else(|e| throw_val(e)) {
        Some(iter) => iter.map(|p| p.unwrap_or_else(|e| throw_val(e))).collect(),
        None => Object::entries(value.unchecked_ref()).iter().collect(),
    };
    let mut levels = BTreeMap::new();
    for pair in pairs {
        let pair: &Array = pair.unchecked_ref();
        let read = string(&pair.get(0)).and_then(|k| Ok((k, string(&pair.get(1))?)));
        let (key, level) = read.map_err(|e| config_error(field(), None, e))?;
        levels.insert(key, level);
    }
    let mut severity = BTreeMap::new();
    for (key, level) in levels {
        let level: Severity = level
            .parse()
            .map_err(|e: String| config_error(Some(format!("severity.{key}")), None, e))?;
        severity.insert(key, level);
    }
    Ok(severity)
}

/// The config object (`LinterConfig` in the TypeScript types) as a core config. Throws (returns)
/// an `Error` naming the field, and the rule when the problem is in one.
pub(crate) fn to_config(value: &JsValue) -> Result<warmly::Config, JsError> {
    if !is_plain_object(value) {
        let got = type_name(value);
        return Err(config_error(
            None,
            None,
            format!("expected an object such as {{ ignore: [\"jargon\"] }}, got {got}"),
        ));
    }
    check_known(value, CONFIG_FIELDS).map_err(|e| config_error(None, None, e))?;
    let severity = match given(value, "severity") {
        Some(levels) => severities(levels)?,
        None => BTreeMap::new(),
    };
    let no_builtin = match given(value, "noBuiltin") {
        None => false,
        Some(flag) => flag.as_bool().ok_or_else(|| {
            let got = type_name(&flag);
            config_error(
                Some("noBuiltin".to_string()),
                None,
                format!("expected true or false, got {got}"),
            )
        })?,
    };
    let rule = items(given(value, "rules"), "rules", RULE_FIELDS, rule_spec)?;
    let marker = items(
        given(value, "markers"),
        "markers",
        MARKER_FIELDS,
        marker_spec,
    )?;
    let packs = if rule.is_empty() && marker.is_empty() {
        Vec::new()
    } else {
        vec![(CONFIG_SOURCE.to_string(), Pack { rule, marker })]
    };
    let ids = "rule ids or category names";
    Ok(warmly::Config {
        select: string_list(given(value, "select"), "select", ids)?,
        ignore: string_list(given(value, "ignore"), "ignore", ids)?,
        severity,
        packs,
        allow: string_list(given(value, "allow"), "allow", "phrases")?,
        no_builtin,
    })
}

/// A number (`start`, `end` of a finding).
fn number(value: &JsValue) -> Read<f64> {
    value.as_f64().ok_or_else(|| invalid_type(value, "f64"))
}

/// A suggestion's `applicability`: `"safe"` or `"unsafe"`.
fn applicability(value: &JsValue) -> Read<Applicability> {
    match value.as_string().as_deref() {
        Some("safe") => Ok(Applicability::Safe),
        Some("unsafe") => Ok(Applicability::Unsafe),
        Some(other) => Err(format!(
            "unknown variant `{other}`, expected `safe` or `unsafe`"
        )),
        None => Err(invalid_type(value, "enum Applicability")),
    }
}

/// A suggestion object (`{ text, applicability }`).
fn suggestion(value: &JsValue) -> Read<Suggestion> {
    if !value.is_object() {
        return Err(invalid_type(value, "struct JsSuggestion"));
    }
    let text = text_field(value, "text")?;
    let applicability = prop(value, "applicability")
        .map(|v| applicability(&v))
        .transpose()?;
    Ok(Suggestion {
        text: required(text, "text")?.into(),
        applicability: required(applicability, "applicability")?,
    })
}

/// A finding object sent back to `applySuggestion` (one from `lint`, or a copy of it).
pub(crate) fn finding_in(value: &JsValue) -> Read<FindingIn> {
    if !value.is_object() {
        return Err(invalid_type(value, "struct JsFindingIn"));
    }
    let rule_id = text_field(value, "ruleId")?;
    let start = prop(value, "start").map(|v| number(&v)).transpose()?;
    let end = prop(value, "end").map(|v| number(&v)).transpose()?;
    let suggestions = match prop(value, "suggestions") {
        None => None,
        Some(list) => {
            let mut out = Vec::new();
            for_each(&list, |item| {
                out.push(suggestion(&item)?);
                Ok(())
            })?;
            Some(out)
        }
    };
    Ok(FindingIn {
        rule_id: rule_id.unwrap_or_default(),
        start: required(start, "start")?,
        end: required(end, "end")?,
        suggestions: required(suggestions, "suggestions")?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The field names a struct's `Deserialize` asks for, captured by a deserializer that does
    /// nothing else.
    fn field_names<T: for<'de> serde::Deserialize<'de>>() -> &'static [&'static str] {
        struct Probe;
        #[derive(Debug)]
        struct Fields(&'static [&'static str]);
        impl std::fmt::Display for Fields {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("field probe")
            }
        }
        impl std::error::Error for Fields {}
        impl serde::de::Error for Fields {
            fn custom<M: std::fmt::Display>(_: M) -> Self {
                Fields(&[])
            }
        }
        impl<'de> serde::Deserializer<'de> for Probe {
            type Error = Fields;
            fn deserialize_any<V: serde::de::Visitor<'de>>(self, _: V) -> Result<V::Value, Fields> {
                Err(Fields(&[]))
            }
            fn deserialize_struct<V: serde::de::Visitor<'de>>(
                self,
                _: &'static str,
                fields: &'static [&'static str],
                _: V,
            ) -> Result<V::Value, Fields> {
                Err(Fields(fields))
            }
            serde::forward_to_deserialize_any! {
                bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes
                byte_buf option unit unit_struct newtype_struct seq tuple tuple_struct map enum
                identifier ignored_any
            }
        }
        match T::deserialize(Probe) {
            Err(Fields(fields)) => fields,
            Ok(_) => &[],
        }
    }

    #[test]
    fn field_lists_match_the_core_specs() {
        assert_eq!(RULE_FIELDS, field_names::<RuleSpec>());
        assert_eq!(MARKER_FIELDS, field_names::<MarkerSpec>());
        assert!(RULE_FIELDS.contains(&"unless_later"));
    }

    #[test]
    fn numbers_as_rust_writes_them() {
        let cases = [
            ("1", false, true, "1.0"),
            ("1", false, false, "1"),
            ("-3", false, true, "-3.0"),
            ("0", true, true, "-0.0"),
            ("0", true, false, "-0"),
            ("0", false, true, "0.0"),
            ("1.5", false, true, "1.5"),
            ("0.1", false, true, "0.1"),
            ("0.3333333333333333", false, true, "0.3333333333333333"),
            ("1152921504606847000", false, true, "1152921504606847000.0"),
            ("1e+21", false, true, "1000000000000000000000.0"),
            ("1e+21", false, false, "1000000000000000000000"),
            ("1.23e+25", false, true, "12300000000000000000000000.0"),
            ("-1.5e+22", false, false, "-15000000000000000000000"),
            ("1e-7", false, true, "0.0000001"),
            ("1.5e-7", false, false, "0.00000015"),
            ("0.000123", false, false, "0.000123"),
            ("NaN", false, true, "NaN"),
            ("Infinity", false, true, "inf"),
            ("-Infinity", false, false, "-inf"),
        ];
        for (js, negative_zero, point, rust) in cases {
            assert_eq!(rust_number_text(js, negative_zero, point), rust, "{js}");
        }
        let max = rust_number_text("1.7976931348623157e+308", false, true);
        assert_eq!(max, format!("{}.0", f64::MAX));
        let min = rust_number_text("5e-324", false, true);
        assert_eq!(min, format!("{}", f64::from_bits(1)));
    }
}

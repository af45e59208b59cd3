//! Reading one JSON Lines record: only the fields record mode uses are kept, the rest is
//! checked and dropped, so no `serde_json::Value` tree (a map, a string per field) is built for
//! every line.
//!
//! It accepts and rejects exactly what `serde_json::from_str::<serde_json::Value>` does, with the
//! same errors: every value goes through the same `deserialize_any` calls (so the same syntax,
//! number-range and nesting checks), only the visitors throw the values away. Duplicate keys keep
//! the last value, as a `Value` map does.

use std::borrow::Cow;
use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, Error, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

/// The fields of a record that record mode reads.
#[derive(Debug, Default, PartialEq)]
pub struct Fields<'a> {
    /// The text field, when it is there and a string.
    pub text: Option<Cow<'a, str>>,
    /// The id field, when it is there.
    pub id: Option<Value>,
    /// The `warmly_ignore` field, when it is there.
    pub ignore: Option<Value>,
}

/// A parsed record line.
#[derive(Debug, PartialEq)]
pub enum Record<'a> {
    /// A JSON object.
    Object(Fields<'a>),
    /// Valid JSON, but not an object.
    NotObject,
}

/// The key holding the suppressions of a record.
pub const IGNORE_KEY: &str = "warmly_ignore";

/// Parse one record line (no line break), keeping the `text_key` and `id_key` fields.
pub fn parse<'a>(line: &'a str, text_key: &str, id_key: &str) -> serde_json::Result<Record<'a>> {
    let mut de = serde_json::Deserializer::from_str(line);
    let record = RecordSeed { text_key, id_key }.deserialize(&mut de)?;
    de.end()?;
    Ok(record)
}

struct RecordSeed<'k> {
    text_key: &'k str,
    id_key: &'k str,
}

impl<'de> DeserializeSeed<'de> for RecordSeed<'_> {
    type Value = Record<'de>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

/// Which of the wanted fields a key names (a key may name several).
#[derive(Clone, Copy)]
struct Wanted {
    text: bool,
    id: bool,
    ignore: bool,
}

struct KeySeed<'k> {
    text_key: &'k str,
    id_key: &'k str,
}

impl<'de> DeserializeSeed<'de> for KeySeed<'_> {
    type Value = Wanted;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        // As `serde_json::Value` reads its keys.
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed<'_> {
    type Value = Wanted;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string key")
    }

    fn visit_str<E: Error>(self, s: &str) -> Result<Wanted, E> {
        Ok(Wanted {
            text: s == self.text_key,
            id: s == self.id_key,
            ignore: s == IGNORE_KEY,
        })
    }
}

impl<'de> Visitor<'de> for RecordSeed<'_> {
    type Value = Record<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any valid JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut fields = Fields::default();
        let keys = || KeySeed {
            text_key: self.text_key,
            id_key: self.id_key,
        };
        while let Some(w) = map.next_key_seed(keys())? {
            match (w.text, w.id, w.ignore) {
                (false, false, false) => {
                    map.next_value_seed(Skip)?;
                }
                (true, false, false) => fields.text = map.next_value_seed(TextSeed)?,
                (false, true, false) => fields.id = Some(map.next_value()?),
                (false, false, true) => fields.ignore = Some(map.next_value()?),
                _ => {
                    let v: Value = map.next_value()?;
                    if w.text {
                        fields.text = v.as_str().map(|s| Cow::Owned(s.to_owned()));
                    }
                    if w.id {
                        fields.id = Some(v.clone());
                    }
                    if w.ignore {
                        fields.ignore = Some(v);
                    }
                }
            }
        }
        Ok(Record::Object(fields))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        Skip.visit_seq(seq)?;
        Ok(Record::NotObject)
    }

    fn visit_bool<E: Error>(self, _: bool) -> Result<Self::Value, E> {
        Ok(Record::NotObject)
    }

    fn visit_i64<E: Error>(self, _: i64) -> Result<Self::Value, E> {
        Ok(Record::NotObject)
    }

    fn visit_u64<E: Error>(self, _: u64) -> Result<Self::Value, E> {
        Ok(Record::NotObject)
    }

    fn visit_f64<E: Error>(self, _: f64) -> Result<Self::Value, E> {
        Ok(Record::NotObject)
    }

    fn visit_str<E: Error>(self, _: &str) -> Result<Self::Value, E> {
        Ok(Record::NotObject)
    }

    fn visit_unit<E: Error>(self) -> Result<Self::Value, E> {
        Ok(Record::NotObject)
    }
}

/// The text field: the string, or `None` for any other value.
struct TextSeed;

impl<'de> DeserializeSeed<'de> for TextSeed {
    type Value = Option<Cow<'de, str>>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for TextSeed {
    type Value = Option<Cow<'de, str>>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any valid JSON value")
    }

    fn visit_borrowed_str<E: Error>(self, s: &'de str) -> Result<Self::Value, E> {
        Ok(Some(Cow::Borrowed(s)))
    }

    fn visit_str<E: Error>(self, s: &str) -> Result<Self::Value, E> {
        Ok(Some(Cow::Owned(s.to_owned())))
    }

    fn visit_string<E: Error>(self, s: String) -> Result<Self::Value, E> {
        Ok(Some(Cow::Owned(s)))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        Skip.visit_map(map)?;
        Ok(None)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        Skip.visit_seq(seq)?;
        Ok(None)
    }

    fn visit_bool<E: Error>(self, _: bool) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_i64<E: Error>(self, _: i64) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_u64<E: Error>(self, _: u64) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_f64<E: Error>(self, _: f64) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E: Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
}

/// Any value, read like a `serde_json::Value` (not `IgnoredAny`, which checks less) and dropped.
#[derive(Clone, Copy)]
struct Skip;

impl<'de> DeserializeSeed<'de> for Skip {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

/// A map key, read like a `serde_json::Value`'s key and dropped.
struct SkipKey;

impl<'de> DeserializeSeed<'de> for SkipKey {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for SkipKey {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string key")
    }

    fn visit_str<E: Error>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
}

impl<'de> Visitor<'de> for Skip {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any valid JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while map.next_key_seed(SkipKey)?.is_some() {
            map.next_value_seed(Skip)?;
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element_seed(Skip)?.is_some() {}
        Ok(())
    }

    fn visit_bool<E: Error>(self, _: bool) -> Result<(), E> {
        Ok(())
    }

    fn visit_i64<E: Error>(self, _: i64) -> Result<(), E> {
        Ok(())
    }

    fn visit_u64<E: Error>(self, _: u64) -> Result<(), E> {
        Ok(())
    }

    fn visit_f64<E: Error>(self, _: f64) -> Result<(), E> {
        Ok(())
    }

    fn visit_str<E: Error>(self, _: &str) -> Result<(), E> {
        Ok(())
    }

    fn visit_unit<E: Error>(self) -> Result<(), E> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the `serde_json::Value` route gives.
    fn by_value(line: &str, text: &str, id: &str) -> Result<Record<'static>, String> {
        let v: Value = serde_json::from_str(line).map_err(|e| e.to_string())?;
        let Some(obj) = v.as_object() else {
            return Ok(Record::NotObject);
        };
        Ok(Record::Object(Fields {
            text: match obj.get(text) {
                Some(Value::String(s)) => Some(Cow::Owned(s.clone())),
                _ => None,
            },
            id: obj.get(id).cloned(),
            ignore: obj.get(IGNORE_KEY).cloned(),
        }))
    }

    #[test]
    fn same_as_value() {
        let deep = format!("{{\"a\": {}1{}}}", "[".repeat(127), "]".repeat(127));
        let deeper = format!("{{\"a\": {}1{}}}", "[".repeat(128), "]".repeat(128));
        let lines = [
            r#"{"id": "r-1", "text": "Hi Sam, calm down."}"#,
            r#"{"id": 3, "text": "Caf\u00e9 \ud83d\ude00 ok"}"#,
            r#"{"id": null, "text": "a", "warmly_ignore": ["hostile", 3]}"#,
            r#"{"id": {"b": [1, 2.5e3, -0, true]}, "a": 1, "text": 7}"#,
            r#"{"text": "a", "text": 5}"#,
            r#"{"text": 5, "text": "b", "id": 1, "id": "x"}"#,
            r#"{"te\u0078t": "esc key", "id": 1.0}"#,
            r#"{"text": "x", "big": 1e400}"#,
            r#"{"text": "x", "lone": "\ud800"}"#,
            r#"{"text": "x", "ctl": "a	b"}"#,
            r#"{"text": "x"} trailing"#,
            r#"{"text": "x",}"#,
            r#"{"text": "x", "n": [1, 2,]}"#,
            r#"{"text": "x", "n": {"k": 1,}}"#,
            r#"{"text": "x", "n": tru}"#,
            r#"{"text": "x""#,
            "  {\"text\": \"x\"}  ",
            "[1, {\"text\": \"x\"}]",
            "\"just a string\"",
            "12",
            "null",
            "[1, 2",
            "not json",
            "{}",
            "",
            &deep,
            &deeper,
        ];
        for line in lines {
            for (text, id) in [("text", "id"), ("text", "text"), ("warmly_ignore", "id")] {
                let got = parse(line, text, id).map_err(|e| e.to_string());
                let got = got.map(|r| match r {
                    Record::Object(f) => Record::Object(Fields {
                        text: f.text.map(|t| Cow::Owned(t.into_owned())),
                        id: f.id,
                        ignore: f.ignore,
                    }),
                    Record::NotObject => Record::NotObject,
                });
                assert_eq!(got, by_value(line, text, id), "{line} ({text}, {id})");
            }
        }
    }
}

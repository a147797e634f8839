//! JSON values for the content script: a strict parser (RFC 8259) and a serde
//! deserializer over its values.
//!
//! The content script reads its configuration (the embedded sample school, the
//! person's settings, school IT's policy) as a page's first keystroke waits.
//! Read through the browser's own objects (`serde-wasm-bindgen`), a 330-person
//! roster cost some 1,100 calls between WebAssembly and JavaScript, each
//! copying a string, and 10 ms of that first keystroke (30 ms in the
//! JavaScript build); serde_json, which reads the same text in well under a
//! millisecond, would add a tenth to the bundle. So the browser writes stored
//! values out as text (`JSON.stringify`, one call) and this module reads it.
//!
//! It accepts exactly what serde_json accepts and deserializes into the same
//! calls of a visitor (numbers as `u64`, `i64` or `f64` by the same rules), so
//! a configuration reads the same in the content script as in the CLI and on
//! the options page; `tests` hold it to serde_json on generated texts.

use serde::de::{self, IntoDeserializer, Visitor};
use serde::forward_to_deserialize_any;

/// A JSON value. An object keeps its fields in the order written; a field written twice keeps its last value (as
/// serde_json's `Value` does).
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number.
    Number(Number),
    /// A string, its escapes read.
    String(String),
    /// An array.
    Array(Vec<Json>),
    /// An object's fields, in the order written.
    Object(Vec<(String, Json)>),
}

/// A JSON number, held as serde_json holds it: a whole number as `u64` when it is not negative, `i64` when it is,
/// anything else (a fraction, an exponent, a whole number too large) as `f64`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Number {
    /// A whole number, not negative.
    Unsigned(u64),
    /// A negative whole number.
    Signed(i64),
    /// Any other number.
    Float(f64),
}

/// Why a text is not JSON, and where (1-based line and column, in characters).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    /// What is wrong, in serde_json's words.
    pub message: &'static str,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
}

impl std::fmt::Display for JsonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} at line {} column {}", self.message, self.line, self.column)
    }
}

/// Why a value does not fit the type read from it, in serde_json's words ("invalid type: null, expected a
/// string"; see [`Unexpected`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValueError(String);

impl std::fmt::Display for ValueError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ValueError {}

impl de::Error for ValueError {
    fn custom<T: std::fmt::Display>(message: T) -> ValueError {
        ValueError(message.to_string())
    }

    fn invalid_type(unexpected: de::Unexpected<'_>, expected: &dyn de::Expected) -> ValueError {
        ValueError(format!("invalid type: {}, expected {expected}", Unexpected(unexpected)))
    }

    fn invalid_value(unexpected: de::Unexpected<'_>, expected: &dyn de::Expected) -> ValueError {
        ValueError(format!("invalid value: {}, expected {expected}", Unexpected(unexpected)))
    }
}

/// What was found instead, in serde_json's words for what JSON can hold, with two differences: `null` where serde
/// says "unit value" (a person wrote `null`), and a float without its digits (writing them would put the standard
/// library's float formatting, 4 KB, in every page's bundle).
struct Unexpected<'a>(de::Unexpected<'a>);

impl std::fmt::Display for Unexpected<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use de::Unexpected as U;
        match self.0 {
            U::Bool(b) => write!(f, "boolean `{b}`"),
            U::Unsigned(n) => write!(f, "integer `{n}`"),
            U::Signed(n) => write!(f, "integer `{n}`"),
            U::Str(s) => write!(f, "string {s:?}"),
            U::Unit => f.write_str("null"),
            U::Seq => f.write_str("sequence"),
            U::Map => f.write_str("map"),
            U::Float(_) => f.write_str("floating point number"),
            // What a JSON value never is (bytes, a char, an enum's variant).
            _ => f.write_str("value"),
        }
    }
}

/// As deep as arrays and objects may nest (serde_json's limit): a hostile text cannot exhaust the stack.
const MAX_DEPTH: usize = 127;

impl Json {
    /// Parses `text`, which must be one JSON value, with nothing but whitespace around it.
    pub fn parse(text: &str) -> Result<Json, JsonError> {
        let mut parser = Parser { text, at: 0, depth: 0 };
        let value = parser.value()?;
        parser.skip_whitespace();
        if parser.at < text.len() {
            return Err(parser.error("trailing characters"));
        }
        Ok(value)
    }
}

struct Parser<'t> {
    text: &'t str,
    /// The byte being read.
    at: usize,
    depth: usize,
}

impl Parser<'_> {
    fn error(&self, message: &'static str) -> JsonError {
        let before = &self.text[..self.at.min(self.text.len())];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        JsonError { message, line, column }
    }

    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// Consumes `byte` (after whitespace), or says what was expected.
    fn expect(&mut self, byte: u8, message: &'static str) -> Result<(), JsonError> {
        self.skip_whitespace();
        if self.peek() != Some(byte) {
            return Err(self.error(message));
        }
        self.at += 1;
        Ok(())
    }

    fn value(&mut self) -> Result<Json, JsonError> {
        self.skip_whitespace();
        match self.peek() {
            None => Err(self.error("EOF while parsing a value")),
            Some(b'{') => self.nested(Parser::object),
            Some(b'[') => self.nested(Parser::array),
            Some(b'"') => self.string().map(Json::String),
            Some(b'-' | b'0'..=b'9') => self.number().map(Json::Number),
            Some(_) => {
                for (word, value) in [("true", Json::Bool(true)), ("false", Json::Bool(false)), ("null", Json::Null)] {
                    if self.text[self.at..].starts_with(word) {
                        self.at += word.len();
                        return Ok(value);
                    }
                }
                Err(self.error("expected value"))
            }
        }
    }

    fn nested(&mut self, read: fn(&mut Self) -> Result<Json, JsonError>) -> Result<Json, JsonError> {
        if self.depth == MAX_DEPTH {
            return Err(self.error("recursion limit exceeded"));
        }
        self.depth += 1;
        self.at += 1; // the opening bracket
        let value = read(self);
        self.depth -= 1;
        value
    }

    fn array(&mut self) -> Result<Json, JsonError> {
        let mut items = Vec::new();
        self.skip_whitespace();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(Json::Array(items));
        }
        loop {
            items.push(self.value()?);
            self.skip_whitespace();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b']') => {
                    self.at += 1;
                    return Ok(Json::Array(items));
                }
                _ => return Err(self.error("expected `,` or `]`")),
            }
        }
    }

    fn object(&mut self) -> Result<Json, JsonError> {
        let mut fields: Vec<(String, Json)> = Vec::new();
        self.skip_whitespace();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(Json::Object(fields));
        }
        loop {
            self.skip_whitespace();
            if self.peek() != Some(b'"') {
                return Err(self.error("key must be a string"));
            }
            let name = self.string()?;
            self.expect(b':', "expected `:`")?;
            let value = self.value()?;
            match fields.iter_mut().find(|(n, _)| *n == name) {
                Some(field) => field.1 = value,
                None => fields.push((name, value)),
            }
            self.skip_whitespace();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b'}') => {
                    self.at += 1;
                    return Ok(Json::Object(fields));
                }
                _ => return Err(self.error("expected `,` or `}`")),
            }
        }
    }

    /// A string, the opening quote next.
    fn string(&mut self) -> Result<String, JsonError> {
        self.at += 1;
        let mut out = String::new();
        loop {
            // Copy the run up to the next quote, backslash or control character at once.
            let rest = &self.text.as_bytes()[self.at..];
            let run = rest.iter().position(|&b| b == b'"' || b == b'\\' || b < 0x20).unwrap_or(rest.len());
            if out.is_empty() && rest.get(run) == Some(&b'"') {
                // No escape (most strings): one allocation of just their length, not a string grown to fit.
                let plain = self.text[self.at..self.at + run].to_owned();
                self.at += run + 1;
                return Ok(plain);
            }
            out.push_str(&self.text[self.at..self.at + run]);
            self.at += run;
            match self.peek() {
                None => return Err(self.error("EOF while parsing a string")),
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let escaped = self.peek().ok_or_else(|| self.error("EOF while parsing a string"))?;
                    self.at += 1;
                    out.push(match escaped {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.unicode_escape()?,
                        _ => {
                            self.at -= 1;
                            return Err(self.error("invalid escape"));
                        }
                    });
                }
                Some(_) => return Err(self.error("control character (\\u0000-\\u001F) found while parsing a string")),
            }
        }
    }

    /// The character of a `\uXXXX` escape (its `\u` read), a surrogate pair's second half included.
    fn unicode_escape(&mut self) -> Result<char, JsonError> {
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => {
                if !self.text[self.at..].starts_with("\\u") {
                    return Err(self.error("lone leading surrogate in hex escape"));
                }
                self.at += 2;
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(self.error("lone leading surrogate in hex escape"));
                }
                0x10000 + ((u32::from(first) - 0xD800) << 10) + (u32::from(second) - 0xDC00)
            }
            0xDC00..=0xDFFF => return Err(self.error("lone trailing surrogate in hex escape")),
            _ => u32::from(first),
        };
        char::from_u32(code).ok_or_else(|| self.error("invalid unicode code point"))
    }

    fn hex4(&mut self) -> Result<u16, JsonError> {
        let mut code = 0u16;
        for _ in 0..4 {
            let digit = self.peek().and_then(|b| (b as char).to_digit(16));
            let Some(digit) = digit else { return Err(self.error("invalid escape")) };
            code = code * 16 + digit as u16;
            self.at += 1;
        }
        Ok(code)
    }

    /// A number: `-`? then `0` or a digit run not starting with `0`, then an optional fraction and exponent.
    fn number(&mut self) -> Result<Number, JsonError> {
        let start = self.at;
        let negative = self.peek() == Some(b'-');
        if negative {
            self.at += 1;
        }
        match self.peek() {
            Some(b'0') => self.at += 1,
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(self.error("invalid number")),
        }
        let mut whole = true;
        if self.peek() == Some(b'.') {
            self.at += 1;
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.error("invalid number"));
            }
            self.digits();
            whole = false;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.error("invalid number"));
            }
            self.digits();
            whole = false;
        }
        let text = &self.text[start..self.at];
        if whole {
            // As serde_json: a whole number too large for its integer type is read as a float.
            // And "-0" as the float -0.0.
            let integer = if negative { text.parse().map(Number::Signed) } else { text.parse().map(Number::Unsigned) };
            match integer {
                Ok(Number::Signed(0)) => return Ok(Number::Float(-0.0)),
                Ok(number) => return Ok(number),
                Err(_) => {}
            }
        }
        let float = read_float(text);
        if !float.is_finite() {
            return Err(self.error("number out of range"));
        }
        Ok(Number::Float(float))
    }

    fn digits(&mut self) {
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
    }
}

/// A valid JSON number's value: exact for the numbers browsers write, else within a few units in the last place
/// (no configuration field is fractional, a photo's coordinates have a few decimals), because
/// the standard library's correctly rounded reader (with its 10 KB table of powers of five) would be bytes in
/// every page's bundle for nothing a person would see.
fn read_float(text: &str) -> f64 {
    let (mantissa_text, exponent_text) = match text.find(['e', 'E']) {
        Some(at) => (&text[..at], &text[at + 1..]),
        None => (text, ""),
    };
    // Up to 19 significant digits in a u64; the exponent counts the digits after the point and those dropped.
    let (mut mantissa, mut exponent) = (0u64, 0i64);
    let mut after_point = false;
    for byte in mantissa_text.bytes() {
        match byte {
            b'.' => after_point = true,
            b'0'..=b'9' if mantissa < 1_000_000_000_000_000_000 => {
                mantissa = mantissa * 10 + u64::from(byte - b'0');
                exponent -= i64::from(after_point);
            }
            b'0'..=b'9' => exponent += i64::from(!after_point),
            _ => {}
        }
    }
    // A huge written exponent saturates: the value is then infinite or zero either way.
    let written: i64 = match exponent_text.trim_start_matches('+').parse() {
        Ok(written) => written,
        Err(_) if exponent_text.is_empty() => 0,
        Err(_) if exponent_text.starts_with('-') => -100_000,
        Err(_) => 100_000,
    };
    let exponent = (exponent + written).clamp(-100_000, 100_000) as i32;
    let mut value = mantissa as f64;
    // Exact when the digits fit in 53 bits and the power of ten is exact (10^22 is the last): numbers a browser
    // writes out (`JSON.stringify(51.4012)`, a photo's latitude) read back as the same float.
    if mantissa < 1 << 53 && (-22..=22).contains(&exponent) {
        let power = 10f64.powi(exponent.abs());
        let value = if exponent < 0 { value / power } else { value * power };
        return if text.starts_with('-') { -value } else { value };
    }
    // Scaled in steps that stay within f64's range, so 1234e-310 is not lost to an infinite 10^310.
    let mut left = exponent;
    while left != 0 {
        let step = left.clamp(-300, 300);
        value = if step < 0 { value / 10f64.powi(-step) } else { value * 10f64.powi(step) };
        left -= step;
        if value == 0.0 || value.is_infinite() {
            break;
        }
    }
    if text.starts_with('-') {
        -value
    } else {
        value
    }
}

/// Reads a [`Json`] into any `Deserialize` type, calling the visitor as serde_json's `Value` does. By reference: a
/// value moved into each visitor would be dropped in each (the drop code of a tree, over and over in the bundle).
impl<'de> de::Deserializer<'de> for &Json {
    type Error = ValueError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        match self {
            Json::Null => visitor.visit_unit(),
            Json::Bool(b) => visitor.visit_bool(*b),
            Json::Number(Number::Unsigned(n)) => visitor.visit_u64(*n),
            Json::Number(Number::Signed(n)) => visitor.visit_i64(*n),
            Json::Number(Number::Float(n)) => visitor.visit_f64(*n),
            Json::String(s) => visitor.visit_str(s),
            Json::Array(items) => visitor.visit_seq(Items(items.iter())),
            Json::Object(fields) => visitor.visit_map(Fields(fields.iter(), None)),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        match self {
            Json::Null => visitor.visit_none(),
            value => visitor.visit_some(value),
        }
    }

    /// Unit variants, written as their name (all the configuration has).
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        match self {
            Json::String(s) => visitor.visit_enum(s.as_str().into_deserializer()),
            other => other.deserialize_any(visitor),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        visitor.visit_newtype_struct(self)
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf unit unit_struct seq tuple
        tuple_struct map struct identifier ignored_any
    }
}

/// An array's items, read one by one. (serde's own `SeqDeserializer` and `MapDeserializer` also count what is left
/// over, which derived visitors never leave.)
struct Items<'a>(std::slice::Iter<'a, Json>);

impl<'de> de::SeqAccess<'de> for Items<'_> {
    type Error = ValueError;
    fn next_element_seed<T: de::DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, ValueError> {
        self.0.next().map(|item| seed.deserialize(item)).transpose()
    }
}

/// An object's fields, read one by one; the value of the field whose name was just read.
struct Fields<'a>(std::slice::Iter<'a, (String, Json)>, Option<&'a Json>);

impl<'de> de::MapAccess<'de> for Fields<'_> {
    type Error = ValueError;
    fn next_key_seed<K: de::DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, ValueError> {
        let Some((name, value)) = self.0.next() else { return Ok(None) };
        self.1 = Some(value);
        seed.deserialize(name.as_str().into_deserializer()).map(Some)
    }
    fn next_value_seed<V: de::DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, ValueError> {
        seed.deserialize(self.1.take().unwrap_or(&Json::Null))
    }
}

/// Reads a [`Json`] into any `Deserialize` type as `&Json` does, but takes its strings (leaving them empty) instead
/// of copying them: the content script's configuration, a roster's hundreds of names, is read this way, and its tree
/// then has no strings left to free. (A tree moved into each visitor would be dropped in each: 20 KB more bundle.)
impl<'de> de::Deserializer<'de> for &mut Json {
    type Error = ValueError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        match self {
            Json::Null => visitor.visit_unit(),
            Json::Bool(b) => visitor.visit_bool(*b),
            Json::Number(Number::Unsigned(n)) => visitor.visit_u64(*n),
            Json::Number(Number::Signed(n)) => visitor.visit_i64(*n),
            Json::Number(Number::Float(n)) => visitor.visit_f64(*n),
            Json::String(s) => visitor.visit_string(std::mem::take(s)),
            Json::Array(items) => visitor.visit_seq(TakenItems(items.iter_mut())),
            Json::Object(fields) => visitor.visit_map(TakenFields(fields.iter_mut(), None)),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        match self {
            Json::Null => visitor.visit_none(),
            value => visitor.visit_some(value),
        }
    }

    /// Unit variants, written as their name (all the configuration has).
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        match self {
            Json::String(s) => visitor.visit_enum(s.as_str().into_deserializer()),
            other => other.deserialize_any(visitor),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        visitor.visit_newtype_struct(self)
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf unit unit_struct seq tuple
        tuple_struct map struct identifier ignored_any
    }
}

/// An array's items, taken one by one.
struct TakenItems<'a>(std::slice::IterMut<'a, Json>);

impl<'de> de::SeqAccess<'de> for TakenItems<'_> {
    type Error = ValueError;
    fn next_element_seed<T: de::DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, ValueError> {
        self.0.next().map(|item| seed.deserialize(item)).transpose()
    }
}

/// An object's fields, taken one by one; the value of the field whose name was just read.
struct TakenFields<'a>(std::slice::IterMut<'a, (String, Json)>, Option<&'a mut Json>);

impl<'de> de::MapAccess<'de> for TakenFields<'_> {
    type Error = ValueError;
    fn next_key_seed<K: de::DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, ValueError> {
        let Some((name, value)) = self.0.next() else { return Ok(None) };
        self.1 = Some(value);
        seed.deserialize(name.as_str().into_deserializer()).map(Some)
    }
    fn next_value_seed<V: de::DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, ValueError> {
        match self.1.take() {
            Some(value) => seed.deserialize(value),
            None => seed.deserialize(&mut Json::Null),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::Value;

    /// The same value as serde_json's, field order aside (its maps are sorted).
    fn same(ours: &Json, theirs: &Value) -> bool {
        match (ours, theirs) {
            (Json::Null, Value::Null) => true,
            (Json::Bool(a), Value::Bool(b)) => a == b,
            (Json::Number(Number::Unsigned(a)), Value::Number(b)) => b.as_u64() == Some(*a),
            (Json::Number(Number::Signed(a)), Value::Number(b)) => b.is_i64() && b.as_i64() == Some(*a),
            (Json::Number(Number::Float(a)), Value::Number(b)) => {
                // serde_json's default float reading may differ from a correctly rounded one in the last place.
                b.is_f64() && b.as_f64().is_some_and(|b| a == &b || (a - b).abs() <= a.abs().max(b.abs()) * 1e-13)
            }
            (Json::String(a), Value::String(b)) => a == b,
            (Json::Array(a), Value::Array(b)) => a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y)),
            (Json::Object(a), Value::Object(b)) => {
                a.len() == b.len() && a.iter().all(|(name, x)| b.get(name).is_some_and(|y| same(x, y)))
            }
            _ => false,
        }
    }

    fn agrees_with_serde_json(text: &str) {
        let ours = Json::parse(text);
        let theirs = serde_json::from_str::<Value>(text);
        match (&ours, &theirs) {
            (Ok(a), Ok(b)) => assert!(same(a, b), "{text:?}: {a:?} against {b:?}"),
            (Err(_), Err(_)) => {}
            _ => panic!("{text:?}: ours {ours:?}, serde_json {theirs:?}"),
        }
    }

    #[test]
    fn reads_what_serde_json_reads_and_refuses_what_it_refuses() {
        let cases = [
            "null",
            "true",
            "false",
            "0",
            "-0",
            "12",
            "-12",
            "1.5",
            "-1.5e3",
            "1E+2",
            "1e-2",
            "18446744073709551615",
            "18446744073709551616",
            "-9223372036854775808",
            "-9223372036854775809",
            "1e400",
            "-1e400",
            "01",
            "-",
            "1.",
            ".5",
            "1e",
            "+1",
            "0x10",
            "\"\"",
            "\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\"",
            "\"\\u00e9\\u20AC\"",
            "\"\\ud83d\\ude00\"",
            "\"\\ud83d\"",
            "\"\\ude00\"",
            "\"\\ud83d\\u0041\"",
            "\"\\x\"",
            "\"\\u12\"",
            "\"a\tb\"",
            "\"unterminated",
            "[]",
            "[1,2,[3]]",
            "[1,]",
            "[,1]",
            "[1 2]",
            "{}",
            "{\"a\":1,\"b\":[true,null]}",
            "{\"a\":1,}",
            "{a:1}",
            "{\"a\" 1}",
            "{\"a\":1 \"b\":2}",
            "{\"a\":1,\"a\":2}",
            " \n\t\r[1] \n",
            "[1] x",
            "",
            "   ",
            "nul",
            "truex",
            "[truefalse]",
            "{\"é\":\"ü\"}",
            "\u{feff}1",
            "[\"\u{0}\"]",
            "1 2",
        ];
        for text in cases {
            agrees_with_serde_json(text);
        }
    }

    #[test]
    fn an_error_says_where() {
        let text = "{\n  \"role\": \"parent\",\n  \"pupils\": [1,]\n}";
        let e = Json::parse(text).unwrap_err();
        let theirs = serde_json::from_str::<Value>(text).unwrap_err();
        assert_eq!((e.line, e.column), (theirs.line(), theirs.column()), "{e}");
        assert_eq!(e.to_string(), "expected value at line 3 column 16");
        let e = Json::parse("{\"name\": \"Zoë\" x}").unwrap_err();
        assert_eq!((e.line, e.column), (1, 16), "columns count characters, not bytes: {e}");
    }

    #[test]
    fn floats_are_read_to_within_a_few_units_in_the_last_place() {
        for text in
            ["0.1", "1.5", "-2.5e-3", "6.02214076e23", "1234e-310", "1e-400", "0e99999", "123456789012345678901234.5"]
        {
            let expected: f64 = text.parse().unwrap();
            let read = read_float(text);
            assert!(
                read == expected || (read - expected).abs() <= expected.abs() * 1e-13,
                "{text}: {read} against {expected}"
            );
        }
        assert!(Json::parse("1e99999").is_err() && Json::parse("-1e309").is_err());
        // What browsers write reads back exactly.
        for float in [51.4012, -1.3217, 0.1, 1e21, 123.456e-10, 4032.0 / 3024.0] {
            assert_eq!(read_float(&format!("{float}")), float, "{float}");
        }
    }

    #[test]
    fn deep_nesting_is_refused_not_a_stack_overflow() {
        let deep = "[".repeat(100_000);
        assert_eq!(Json::parse(&deep).unwrap_err().message, "recursion limit exceeded");
        for depth in [126, 127, 128] {
            agrees_with_serde_json(&format!("{}{}", "[".repeat(depth), "]".repeat(depth)));
        }
    }

    #[test]
    fn a_field_written_twice_keeps_its_last_value_in_its_first_place() {
        let value = Json::parse(r#"{"a": 1, "b": 2, "a": 3}"#).unwrap();
        let expected = Json::Object(vec![
            ("a".into(), Json::Number(Number::Unsigned(3))),
            ("b".into(), Json::Number(Number::Unsigned(2))),
        ]);
        assert_eq!(value, expected);
    }

    #[test]
    fn the_sample_school_reads_as_through_serde_json() {
        let text = crate::config::DEFAULT_CONFIG_JSON;
        let ours: crate::Config = serde::Deserialize::deserialize(&Json::parse(text).unwrap()).unwrap();
        assert_eq!(ours, crate::Config::default_school());
        assert_eq!(crate::Config::from_json_tree(Json::parse(text).unwrap()).unwrap(), ours);
    }

    #[test]
    fn configuration_errors_are_the_same_as_through_serde_json() {
        let texts = [
            r#"{"role": "teacher", "school": {"name": "X"}}"#,
            r#"{"role": "parent", "school": {"name": ""}}"#,
            r#"{"role": "parent", "school": {"name": "X"}, "pupils": [{"first": "A"}]}"#,
            r#"{"role": "parent", "school": {"name": "X"}, "colour": 1}"#,
            r#"{"version": -1, "role": "parent", "school": {"name": "X"}}"#,
            r#"{"role": "parent", "school": {"name": "X"}, "severity": {"pupil_name": "loud"}}"#,
            r#"{"role": "parent", "school": {"name": "X"}, "severity": {"pupil_name": "block"}}"#,
            r#"{"role": "parent", "school": {"name": "X", "phone": "12"}}"#,
            r#"{"role": "parent", "school": {"name": "X"}, "staff": [{"first": "A", "last": "B", "title": null}]}"#,
            r#"[]"#,
        ];
        for text in texts {
            let ours = crate::Config::deserialize(&Json::parse(text).unwrap()).map_err(|e| e.to_string());
            let moved = crate::Config::from_json_tree(Json::parse(text).unwrap()).map_err(|e| e.message);
            assert_eq!(moved, ours, "{text}: read from the tree by reference and by moving it");
            let theirs = serde_json::from_str::<crate::Config>(text).map_err(|e| e.to_string());
            match (&ours, &theirs) {
                (Ok(a), Ok(b)) => assert_eq!(a, b),
                // serde_json adds the place; the words before it are the same.
                (Err(a), Err(b)) => assert!(b.starts_with(a.as_str()), "{text}: {a:?} against {b:?}"),
                _ => panic!("{text}: ours {ours:?}, serde_json {theirs:?}"),
            }
        }
        // Where serde_json's reader says only "expected value", ours says what was expected; a float's digits are
        // left out (see `Unexpected`).
        for (text, message) in [
            (r#"{"role": null, "school": {"name": "X"}}"#, "invalid type: null, expected enum Role"),
            (r#"{"version": 1.0, "role": "parent"}"#, "invalid type: floating point number, expected u32"),
        ] {
            let e = crate::Config::from_json_value(&Json::parse(text).unwrap()).unwrap_err();
            assert_eq!(e.to_string(), message);
            let e = crate::Config::from_json_tree(Json::parse(text).unwrap()).unwrap_err();
            assert_eq!(e.to_string(), message);
        }
    }

    use serde::Deserialize;

    /// Texts close to JSON: pieces of valid JSON and the characters that break it, in any order.
    fn near_json() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("{".to_string()),
            Just("}".to_string()),
            Just("[".to_string()),
            Just("]".to_string()),
            Just(",".to_string()),
            Just(":".to_string()),
            Just(" ".to_string()),
            Just("\n".to_string()),
            Just("null".to_string()),
            Just("true".to_string()),
            Just("-".to_string()),
            Just(".".to_string()),
            Just("e".to_string()),
            Just("\\u".to_string()),
            Just("\\".to_string()),
            "\"[a-zé\\\\\"/u0-9 ]{0,6}\"",
            "-?[0-9]{1,22}(\\.[0-9]{1,4})?([eE][+-]?[0-9]{1,3})?",
            "[0-9a-fA-FdD]{1,4}",
        ];
        proptest::collection::vec(piece, 0..24).prop_map(|pieces| pieces.concat())
    }

    /// Any JSON value serde_json writes.
    fn any_json() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<u64>().prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            (-1e12f64..1e12).prop_map(Value::from),
            any::<String>().prop_map(Value::String),
        ];
        leaf.prop_recursive(4, 48, 6, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                proptest::collection::btree_map(any::<String>(), inner, 0..6)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn near_json_texts_read_as_through_serde_json(text in near_json()) {
            agrees_with_serde_json(&text);
        }

        #[test]
        fn what_serde_json_writes_reads_back(value in any_json()) {
            for text in [serde_json::to_string(&value).unwrap(), serde_json::to_string_pretty(&value).unwrap()] {
                let ours = Json::parse(&text).unwrap();
                prop_assert!(same(&ours, &value), "{} read as {:?}", text, ours);
            }
        }
    }
}

//! Codes that carry workshop data between devices without a server: the
//! join link (`#/join/<code>`: the workshop's setup for participants), the
//! profile code (a participant's profile for the facilitator), the
//! match link (`#/match/<code>`: a pair for its two people), the survey
//! link (`#/survey/<code>`: a milestone's questions) and the response
//! code (one participant's answers for the facilitator). A code is
//! URL-safe base64 (no padding) of one version byte, one kind byte and
//! the JSON compressed with zlib (deflate plus an Adler-32 checksum, so a
//! damaged or tampered code is caught), by miniz_oxide. (A hand-written
//! fixed-Huffman compressor was tried: it saved 0.3 kB brotli of the
//! codes' 13 kB, most of which is inflate and base64, so the crate stays.) Decoding caps the code's length
//! and the inflated size, so a hostile code cannot exhaust memory.

use crate::domain::decoding::from_text;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::de::DeserializeOwned;
use serde::Serialize;
use thiserror::Error;

/// The code format this build writes and reads.
pub const VERSION: u8 = 1;
/// Longest code accepted (a profile with long answers is about 1,500).
pub const MAX_CODE_CHARS: usize = 16_000;
/// Largest JSON a code may inflate to.
pub const MAX_INFLATED_BYTES: usize = 64 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Join = 1,
    Profile = 2,
    Match = 3,
    Survey = 4,
    Response = 5,
}

impl Kind {
    const ALL: [Kind; 5] = [
        Kind::Join,
        Kind::Profile,
        Kind::Match,
        Kind::Survey,
        Kind::Response,
    ];

    fn name(self) -> &'static str {
        [
            "",
            "a workshop link",
            "a profile code",
            "a match link",
            "a survey link",
            "a response code",
        ][self as usize]
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum CodecError {
    #[error("The code is empty.")]
    Empty,
    #[error("The code is too long ({0} characters) to be a Wayfinder code.")]
    TooLong(usize),
    #[error(
        "This is not a Wayfinder code: it has characters a code never has, or it was cut short."
    )]
    NotACode,
    #[error("This code was made by a newer version of Wayfinder (format {0}). Open the link in an up-to-date copy of the app.")]
    Newer(u8),
    #[error("This is {found}, not {wanted}.")]
    WrongKind {
        found: &'static str,
        wanted: &'static str,
    },
    #[error("The code is damaged: part of it is missing or was changed. Copy it again from where it came from.")]
    Damaged,
    #[error("The code unpacks to more than 64 kB, which no Wayfinder code does.")]
    TooLarge,
    #[error("The code's contents cannot be used: {0}")]
    BadContent(String),
}

/// Encodes `value` as a code of `kind`.
pub fn encode<T: Serialize>(kind: Kind, value: &T) -> String {
    // Wayfinder's types always serialize (no maps with non-text keys).
    let json = serde_json::to_string(value).unwrap_or_default();
    let mut bytes = vec![VERSION, kind as u8];
    bytes.extend(miniz_oxide::deflate::compress_to_vec_zlib(
        json.as_bytes(),
        9,
    ));
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Decodes a code of `kind` into `T` (checks beyond its shape are the
/// caller's). Surrounding whitespace is ignored; a whole link may be given
/// (the code is taken after its last `/`).
pub fn decode<T: DeserializeOwned>(kind: Kind, code: &str) -> Result<T, CodecError> {
    // Straight from the text, as stored documents are read: one reader
    // per type in the bundle.
    let text = decode_text(kind, code)?;
    from_text(&text).map_err(CodecError::BadContent)
}

/// The JSON text a code carries (the part of decoding that does not
/// depend on the type, kept out of the generic code).
pub fn decode_text(kind: Kind, code: &str) -> Result<String, CodecError> {
    let code = code.trim();
    let code = code.rsplit('/').next().unwrap_or(code);
    if code.is_empty() {
        return Err(CodecError::Empty);
    }
    if code.len() > MAX_CODE_CHARS {
        return Err(CodecError::TooLong(code.chars().count()));
    }
    let bytes = URL_SAFE_NO_PAD
        .decode(code)
        .map_err(|_| CodecError::NotACode)?;
    let (&version, rest) = bytes.split_first().ok_or(CodecError::NotACode)?;
    if version == 0 {
        return Err(CodecError::NotACode);
    }
    if version > VERSION {
        // A newer format keeps this frame (version, kind, zlib). Only a
        // code whose checksum holds is a newer one; anything else above
        // our version is a damaged code, not a message from the future.
        let intact = rest.split_first().is_some_and(|(_, packed)| {
            miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(packed, MAX_INFLATED_BYTES)
                .is_ok()
        });
        return Err(if intact {
            CodecError::Newer(version)
        } else {
            CodecError::Damaged
        });
    }
    let (&found, packed) = rest.split_first().ok_or(CodecError::Damaged)?;
    if found != kind as u8 {
        let found = Kind::ALL
            .into_iter()
            .find(|k| *k as u8 == found)
            .ok_or(CodecError::NotACode)?
            .name();
        return Err(CodecError::WrongKind {
            found,
            wanted: kind.name(),
        });
    }
    let json = inflate(packed).map_err(|e| match e.status {
        miniz_oxide::inflate::TINFLStatus::HasMoreOutput => CodecError::TooLarge,
        _ => CodecError::Damaged,
    })?;
    String::from_utf8(json).map_err(|_| CodecError::Damaged)
}

/// Inflates a code's zlib part, checking its Adler-32, up to
/// [`MAX_INFLATED_BYTES`]. One call site for miniz_oxide's inflate, which
/// would otherwise be inlined (7 kB of wasm) at each.
#[inline(never)]
fn inflate(packed: &[u8]) -> Result<Vec<u8>, miniz_oxide::inflate::DecompressError> {
    miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(packed, MAX_INFLATED_BYTES)
}

/// Splits pasted text into codes: by whitespace, commas and semicolons.
pub fn split_codes(text: &str) -> Vec<&str> {
    text.split(|c: char| c.is_ascii_whitespace() || c == ',' || c == ';')
        .filter(|s| !s.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::workshop::setup::{Identity, JoinInfo, Question};
    use serde_json::{json, Value};

    /// A code's contents, whatever they are.
    fn raw(kind: Kind, code: &str) -> Result<Value, CodecError> {
        decode(kind, code)
    }

    fn typical() -> JoinInfo {
        JoinInfo {
            workshop: 1_764_374_400_123,
            name: "Emerging Leaders Institute 2027: spring cohort".into(),
            dates: "12–13 March 2027".into(),
            contact: "facilitator@library.example.org".into(),
            competencies: crate::domain::assessment::framework::COMPETENCIES
                .iter()
                .map(|c| c.id.to_string())
                .collect(),
            questions: Question::ALL.to_vec(),
            identity: Identity::ALL.to_vec(),
        }
    }

    #[test]
    fn a_typical_join_link_round_trips_under_2000_characters() {
        let w = typical();
        let code = encode(Kind::Join, &w);
        let link = format!("https://wayfinder.example.org/#/join/{code}");
        assert!(link.len() < 2000, "{} characters", link.len());
        assert!(code
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
        let back = JoinInfo::from_code(&link).unwrap();
        assert_eq!(back, w);
    }

    #[test]
    fn bad_codes_say_what_is_wrong() {
        let code = encode(Kind::Join, &typical());
        assert_eq!(raw(Kind::Join, "  "), Err(CodecError::Empty));
        assert_eq!(raw(Kind::Join, "not a code!"), Err(CodecError::NotACode));
        // Truncated anywhere: damaged (or not a code when the cut breaks
        // the base64), never a panic.
        for cut in [3, 10, code.len() / 2, code.len() - 1] {
            let e = raw(Kind::Join, &code[..cut]).unwrap_err();
            assert!(
                matches!(e, CodecError::Damaged | CodecError::NotACode),
                "{cut}: {e:?}"
            );
        }
        // One character changed in the middle: the checksum catches it.
        let mut tampered: Vec<char> = code.chars().collect();
        let mid = tampered.len() / 2;
        tampered[mid] = if tampered[mid] == 'A' { 'B' } else { 'A' };
        let tampered: String = tampered.into_iter().collect();
        assert!(raw(Kind::Join, &tampered).is_err());
        // A future version, and the wrong kind of code.
        let mut bytes = URL_SAFE_NO_PAD.decode(&code).unwrap();
        bytes[0] = 9;
        assert_eq!(
            raw(Kind::Join, &URL_SAFE_NO_PAD.encode(&bytes)),
            Err(CodecError::Newer(9))
        );
        // A garbled link whose first byte happens to be high is damaged,
        // not "newer": its checksum does not hold.
        assert_eq!(
            raw(Kind::Join, "this-is-not-a-valid-code"),
            Err(CodecError::Damaged)
        );
        let last = bytes.len() - 1;
        bytes[last] ^= 0x55;
        assert_eq!(
            raw(Kind::Join, &URL_SAFE_NO_PAD.encode(&bytes)),
            Err(CodecError::Damaged)
        );
        assert_eq!(
            raw(Kind::Profile, &code).unwrap_err().to_string(),
            "This is a workshop link, not a profile code."
        );
        assert!(matches!(
            raw(Kind::Join, &"A".repeat(MAX_CODE_CHARS + 1)),
            Err(CodecError::TooLong(_))
        ));
    }

    #[test]
    fn a_zip_bomb_is_refused() {
        let huge = "a".repeat(MAX_INFLATED_BYTES * 4);
        let v = json!({"x": huge});
        let code = encode(Kind::Profile, &v);
        assert!(
            code.len() < MAX_CODE_CHARS,
            "compresses well: {}",
            code.len()
        );
        assert_eq!(raw(Kind::Profile, &code), Err(CodecError::TooLarge));
    }

    #[test]
    fn pasted_codes_split_on_spaces_commas_and_lines() {
        assert_eq!(
            split_codes(" a1,b2;\n c3 \t d4\r\n"),
            ["a1", "b2", "c3", "d4"]
        );
        assert!(split_codes("  \n ").is_empty());
    }
}

//! The charset a PO file declares (`Content-Type: text/plain; charset=…`):
//! a catalog is read according to its header and written back in the same
//! charset, as `msgfmt` and `msgcat` do. Never UTF-8 bytes under another
//! header. Conversion uses encoding_rs, except for ISO-8859-1 itself, which
//! the WHATWG labels encoding_rs follows would read as windows-1252 (gettext
//! uses iconv's true Latin-1: byte = code point).

use std::borrow::Cow;

use encoding_rs::Encoding;

use crate::ui::Msg;

/// A charset problem with its position (one [`SyntaxError`](crate::error::SyntaxError) for every reader).
pub type CharsetError = crate::error::SyntaxError;

/// The label after `charset=` in the header (the first entry), if any.
pub fn declared(bytes: &[u8]) -> Option<String> {
    // The header comes first: its fields are ASCII in every charset gettext knows.
    let head = &bytes[..bytes.len().min(16 * 1024)];
    let at = head
        .windows(8)
        .position(|w| w.eq_ignore_ascii_case(b"charset="))?
        + 8;
    let label: String = head[at..]
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':'))
        .map(|&b| b as char)
        .collect();
    (!label.is_empty()).then_some(label)
}

/// A charset other than UTF-8.
#[derive(Debug, Clone, Copy)]
enum Charset {
    Latin1,
    Other(&'static Encoding),
}

impl Charset {
    fn name(self) -> &'static str {
        match self {
            Charset::Latin1 => "ISO-8859-1",
            Charset::Other(e) => e.name(),
        }
    }

    fn decode(self, bytes: &[u8]) -> Option<String> {
        match self {
            Charset::Latin1 => Some(bytes.iter().map(|&b| b as char).collect()),
            Charset::Other(e) => e
                .decode_without_bom_handling_and_without_replacement(bytes)
                .map(|t| t.into_owned()),
        }
    }

    /// The bytes of `text`, or None when a character does not fit.
    fn encode(self, text: &str) -> Option<Vec<u8>> {
        match self {
            Charset::Latin1 => text.chars().map(|c| u8::try_from(c as u32).ok()).collect(),
            Charset::Other(e) => {
                let (bytes, _, unmappable) = e.encode(text);
                (!unmappable).then(|| bytes.into_owned())
            }
        }
    }
}

/// The charset a PO file needs besides UTF-8 (None: UTF-8, ASCII or the
/// template placeholder `CHARSET`).
fn encoding_of(label: Option<&str>) -> Result<Option<Charset>, Msg> {
    let Some(label) = label else { return Ok(None) };
    let l = label.to_ascii_lowercase();
    if matches!(
        l.as_str(),
        "charset" | "ascii" | "us-ascii" | "ansi_x3.4-1968"
    ) {
        return Ok(None);
    }
    if matches!(
        l.as_str(),
        "iso-8859-1" | "iso8859-1" | "iso_8859-1" | "latin1" | "l1"
    ) {
        return Ok(Some(Charset::Latin1));
    }
    match Encoding::for_label(label.as_bytes()) {
        Some(e) if e == encoding_rs::UTF_8 => Ok(None),
        Some(e) => Ok(Some(Charset::Other(e))),
        None => Err(Msg::new("po-charset-unknown").arg("charset", label)),
    }
}

/// A PO file's bytes as text, decoded from the charset its header declares.
/// Invalid UTF-8 in a UTF-8 file is left to the caller (`Ok(None)`), so its
/// own error with the line stays.
pub fn decode(bytes: &[u8]) -> Result<Option<String>, CharsetError> {
    let label = declared(bytes);
    let enc = encoding_of(label.as_deref()).map_err(|message| CharsetError {
        line: line_of(bytes, b"charset="),
        column: 1,
        message,
    })?;
    let Some(enc) = enc else { return Ok(None) };
    match enc.decode(bytes) {
        Some(text) => Ok(Some(text)),
        None => Err(CharsetError {
            line: 1,
            column: 1,
            message: Msg::new("po-charset-invalid").arg("charset", enc.name()),
        }),
    }
}

/// PO text as bytes in the charset its header declares; a character that
/// charset cannot hold is an error at its line and column.
pub fn encode(text: &str) -> Result<Cow<'_, [u8]>, CharsetError> {
    let label = declared(text.as_bytes());
    let enc = encoding_of(label.as_deref()).map_err(|message| CharsetError {
        line: line_of(text.as_bytes(), b"charset="),
        column: 1,
        message,
    })?;
    let Some(enc) = enc else {
        return Ok(Cow::Borrowed(text.as_bytes()));
    };
    if let Some(bytes) = enc.encode(text) {
        return Ok(Cow::Owned(bytes));
    }
    // Find the first character the charset cannot hold.
    let mut buf = [0u8; 4];
    for (line, l) in text.lines().enumerate() {
        for (column, c) in l.chars().enumerate() {
            if enc.encode(c.encode_utf8(&mut buf)).is_none() {
                return Err(CharsetError {
                    line: line + 1,
                    column: column + 1,
                    message: Msg::new("po-charset-unmappable")
                        .arg("charset", enc.name())
                        .arg("char", c),
                });
            }
        }
    }
    Err(CharsetError {
        line: 1,
        column: 1,
        message: Msg::new("po-charset-unmappable")
            .arg("charset", enc.name())
            .arg("char", "?"),
    })
}

fn line_of(bytes: &[u8], needle: &[u8]) -> usize {
    let at = bytes
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
        .unwrap_or(0);
    bytes[..at].iter().filter(|b| **b == b'\n').count() + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    const LATIN1: &[u8] = b"msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=ISO-8859-1\\n\"\n\nmsgid \"Hello\"\nmsgstr \"Ol\xe1, se\xf1or\"\n";

    #[test]
    fn latin1_round_trips() {
        let text = decode(LATIN1).unwrap().unwrap();
        assert!(text.contains("Olá, señor"));
        assert_eq!(encode(&text).unwrap().as_ref(), LATIN1);
    }

    #[test]
    fn utf8_and_templates_are_left_alone() {
        assert_eq!(decode("msgid \"é\"\n".as_bytes()).unwrap(), None);
        let pot = "\"Content-Type: text/plain; charset=CHARSET\\n\"\nmsgid \"é\"\n";
        assert_eq!(decode(pot.as_bytes()).unwrap(), None);
        assert!(matches!(encode(pot).unwrap(), Cow::Borrowed(_)));
    }

    #[test]
    fn unmappable_and_unknown_charsets_are_errors() {
        let text = decode(LATIN1).unwrap().unwrap().replace("señor", "şey");
        let e = encode(&text).unwrap_err();
        assert_eq!(
            (e.line, e.column, e.message.id),
            (6, 14, "po-charset-unmappable")
        );
        let bad = b"\"Content-Type: text/plain; charset=X-NOPE\\n\"\n";
        assert_eq!(decode(bad).unwrap_err().message.id, "po-charset-unknown");
        // True Latin-1: an em dash (windows-1252 0x97) does not fit.
        let dash = decode(LATIN1).unwrap().unwrap().replace("señor", "—");
        assert_eq!(
            encode(&dash).unwrap_err().message.id,
            "po-charset-unmappable"
        );
        // Other charsets through encoding_rs.
        let koi = "\"Content-Type: text/plain; charset=KOI8-R\\n\"\nmsgstr \"Привет\"\n";
        let bytes = encode(koi).unwrap().into_owned();
        assert_eq!(decode(&bytes).unwrap().as_deref(), Some(koi));
    }
}

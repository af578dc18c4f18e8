//! The path templates of `dragoman.toml` (`output_path`, `catalog_path`):
//! text and `{placeholder}`s, read the same way for both. Pure.

/// A piece of a template: text, or the placeholder at this index of the
/// names it was read with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Text(String),
    Placeholder(usize),
}

/// `template` as pieces, each `{name}` one of `names`. An error is a byte
/// offset and why: `"placeholder"` (unknown or unclosed) or `"character"`
/// (`\`, `:`, a `}` alone, a control character: no path holds them).
pub fn pieces(template: &str, names: &[&str]) -> Result<Vec<Piece>, (usize, &'static str)> {
    let mut pieces = Vec::new();
    let mut text = String::new();
    let mut chars = template.char_indices();
    while let Some((i, c)) = chars.next() {
        if c != '{' {
            if matches!(c, '\\' | ':' | '}') || c.is_control() {
                return Err((i, "character"));
            }
            text.push(c);
            continue;
        }
        let close = template[i..].find('}').ok_or((i, "placeholder"))?;
        let name = &template[i + 1..i + close];
        let k = names
            .iter()
            .position(|n| *n == name)
            .ok_or((i, "placeholder"))?;
        if !text.is_empty() {
            pieces.push(Piece::Text(std::mem::take(&mut text)));
        }
        pieces.push(Piece::Placeholder(k));
        // Past the placeholder's `}` (its bytes are ASCII up to it).
        for _ in 0..close {
            chars.next();
        }
    }
    if !text.is_empty() {
        pieces.push(Piece::Text(text));
    }
    Ok(pieces)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_placeholders() {
        let names = ["lang", "path"];
        assert_eq!(
            pieces("out/{lang}/{path}.md", &names),
            Ok(vec![
                Piece::Text("out/".into()),
                Piece::Placeholder(0),
                Piece::Text("/".into()),
                Piece::Placeholder(1),
                Piece::Text(".md".into()),
            ])
        );
        assert_eq!(pieces("a/{nope}", &names), Err((2, "placeholder")));
        assert_eq!(pieces("a/{lang", &names), Err((2, "placeholder")));
        assert_eq!(pieces("a:b/{lang}", &names), Err((1, "character")));
        assert_eq!(pieces("é/{lang}}", &names), Err((9, "character")));
    }
}

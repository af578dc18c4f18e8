//! Whether an image file can be carried in a bundle, and as what bytes: a
//! raster image only when its header is its format's (an empty or
//! placeholder file is not an image), an SVG only when it is one, made
//! self-contained — its document type declaration left out (an EPUB may
//! not load the external DTD it names; the entities its internal subset
//! declares are expanded first), its scripts left out, and the `path`s
//! without `d` (which draw nothing and which the SVG schema refuses)
//! removed. Pure.

/// The bytes to carry for an image of `media_type`; None when the file is
/// not such an image.
pub fn carriable(media_type: &str, bytes: &[u8]) -> Option<Vec<u8>> {
    let ok = match media_type {
        "image/png" => bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
        "image/jpeg" => bytes.starts_with(&[0xFF, 0xD8, 0xFF]),
        "image/gif" => bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a"),
        "image/webp" => bytes.len() > 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP",
        "image/svg+xml" => return svg(std::str::from_utf8(bytes).ok()?).map(String::into_bytes),
        _ => false,
    };
    ok.then(|| bytes.to_vec())
}

/// An SVG document made self-contained; None when it is not one.
fn svg(text: &str) -> Option<String> {
    let text = text.trim_start_matches('\u{feff}');
    let (text, entities) = without_doctype(text);
    let mut text = text.to_string();
    // Entities may name entities: expand a few rounds.
    for _ in 0..4 {
        if !entities
            .iter()
            .any(|(n, _)| text.contains(&format!("&{n};")))
        {
            break;
        }
        for (name, value) in &entities {
            text = text.replace(&format!("&{name};"), value);
        }
    }
    element_start(&text, "svg", 0)?;
    let text = without_elements(&text, "script", |_| true);
    Some(without_elements(&text, "path", |tag| {
        !has_attribute(tag, "d")
    }))
}

/// `text` without its `<!DOCTYPE …>` and the internal general entities it
/// declared (name, replacement text).
fn without_doctype(text: &str) -> (String, Vec<(String, String)>) {
    let Some(start) = text.find("<!DOCTYPE") else {
        return (text.to_string(), Vec::new());
    };
    let rest = &text[start..];
    let (subset, end) = match (rest.find('['), rest.find('>')) {
        (Some(open), Some(gt)) if open < gt => match rest[open..].find("]") {
            Some(close) => {
                let after = open + close;
                let end = rest[after..]
                    .find('>')
                    .map_or(rest.len(), |e| after + e + 1);
                (&rest[open + 1..after], end)
            }
            None => ("", rest.len()),
        },
        (_, Some(gt)) => ("", gt + 1),
        _ => ("", rest.len()),
    };
    let mut entities = Vec::new();
    let mut s = subset;
    while let Some(i) = s.find("<!ENTITY") {
        s = &s[i + "<!ENTITY".len()..];
        let decl = s.trim_start();
        if decl.starts_with('%') {
            continue;
        }
        let name: String = decl.chars().take_while(|c| !c.is_whitespace()).collect();
        let value = decl[name.len()..].trim_start();
        if let Some(q) = value.chars().next().filter(|q| *q == '"' || *q == '\'')
            && let Some(len) = value[1..].find(q)
        {
            entities.push((name, value[1..1 + len].to_string()));
        }
    }
    let mut out = text[..start].to_string();
    out.push_str(&text[start + end..]);
    (out, entities)
}

/// Where the first `<name` start tag at or after `from` begins.
fn element_start(text: &str, name: &str, from: usize) -> Option<usize> {
    let open = format!("<{name}");
    let mut at = from;
    while let Some(i) = text[at..].find(&open) {
        let pos = at + i;
        let next = text[pos + open.len()..].chars().next();
        if matches!(next, Some(c) if c.is_whitespace() || c == '>' || c == '/') {
            return Some(pos);
        }
        at = pos + open.len();
    }
    None
}

/// Whether the start tag `tag` (`<path …>`) has attribute `name`.
fn has_attribute(tag: &str, name: &str) -> bool {
    let bytes = tag.as_bytes();
    let mut from = 0;
    while let Some(i) = tag[from..].find(name) {
        let pos = from + i;
        let before = pos.checked_sub(1).map(|p| bytes[p]);
        let after = tag[pos + name.len()..].trim_start();
        if before.is_some_and(|b| b.is_ascii_whitespace()) && after.starts_with('=') {
            return true;
        }
        from = pos + name.len();
    }
    false
}

/// `text` without the `<name>` elements whose start tag `drop` picks (with
/// their content, up to the first `</name>`).
fn without_elements(text: &str, name: &str, drop: impl Fn(&str) -> bool) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    while let Some(start) = element_start(text, name, pos) {
        let Some(gt) = text[start..].find('>').map(|g| start + g + 1) else {
            break;
        };
        let tag = &text[start..gt];
        out.push_str(&text[pos..start]);
        if !drop(tag) {
            out.push_str(tag);
            pos = gt;
            continue;
        }
        pos = if tag.ends_with("/>") {
            gt
        } else {
            let close = format!("</{name}>");
            text[gt..]
                .find(&close)
                .map_or(text.len(), |c| gt + c + close.len())
        };
    }
    out.push_str(&text[pos..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raster_images_by_their_header() {
        assert!(carriable("image/png", b"\x89PNG\r\n\x1a\n....").is_some());
        assert!(carriable("image/png", b"").is_none());
        assert!(carriable("image/jpeg", b"placeholder").is_none());
        assert!(carriable("image/gif", b"GIF89a..").is_some());
        assert!(carriable("image/webp", b"RIFF\0\0\0\0WEBPVP8 ").is_some());
    }

    #[test]
    fn svgs_made_self_contained() {
        let svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\" [\n<!ENTITY ns \"http://www.w3.org/2000/svg\">\n<!ENTITY % param \"x\">\n<!ENTITY fill 'red'>\n]>\n<svg xmlns=\"&ns;\"><script>alert(1)</script><path class=\"grid\"/><path d=\"M0 0\" fill=\"&fill;\"/><path class=\"empty\"></path><pathology/></svg>";
        let out = String::from_utf8(carriable("image/svg+xml", svg.as_bytes()).unwrap()).unwrap();
        assert_eq!(
            out,
            "<?xml version=\"1.0\"?>\n\n<svg xmlns=\"http://www.w3.org/2000/svg\"><path d=\"M0 0\" fill=\"red\"/><pathology/></svg>"
        );
        let plain = "<svg viewBox=\"0 0 1 1\"><path d=\"M0 0\"/></svg>";
        assert_eq!(
            carriable("image/svg+xml", plain.as_bytes()).unwrap(),
            plain.as_bytes()
        );
        assert!(carriable("image/svg+xml", b"not an image").is_none());
        assert!(carriable("image/svg+xml", b"\xff\xfe").is_none());
    }
}

//! Markdown parity (emphasis, links, images, code, footnotes, breaks, raw
//! HTML, delimiters, list markers) and tokens (URLs, e-mails, numbers, marks).

use super::*;

/// Markdown parity between source and translation.
pub(crate) fn markdown_checks(source: &str, t: &str, s: &Shape, tr: &Shape, sink: &mut Sink) {
    formatting_and_links(s, tr, sink);
    code_notes_breaks_html(s, tr, sink);
    delimiters_and_markers(source, t, tr, sink);
}

/// Emphasis lost, link and image destinations.
fn formatting_and_links(s: &Shape, tr: &Shape, sink: &mut Sink) {
    // Emphasis lost is a problem; emphasis added (a foreign term in italics) is a style choice.
    if tr.emphasis < s.emphasis || tr.strong < s.strong || tr.strike < s.strike {
        sink.add(
            "md-emphasis",
            m("check-md-emphasis")
                .arg("strong", s.strong)
                .arg("emphasis", s.emphasis)
                .arg("strike", s.strike)
                .arg("tr_strong", tr.strong)
                .arg("tr_emphasis", tr.emphasis)
                .arg("tr_strike", tr.strike),
            None,
        );
    }
    let (sl, tl) = (sorted(s.links.clone()), sorted(tr.links.clone()));
    if sl != tl {
        let mut unmatched: Vec<&String> = tl.iter().collect();
        let ok = sl.len() == tl.len()
            && sl.iter().all(|a| {
                if let Some(p) = unmatched
                    .iter()
                    .position(|b| url_allowed(a, b, sink.ctx.url_map))
                {
                    unmatched.remove(p);
                    true
                } else {
                    false
                }
            });
        if !ok {
            let missing: Vec<&String> = sl.iter().filter(|u| !tl.contains(u)).collect();
            let extra: Vec<&String> = tl.iter().filter(|u| !sl.contains(u)).collect();
            sink.add(
                "md-link",
                m("check-md-link")
                    .arg("missing", format!("{missing:?}"))
                    .arg("extra", format!("{extra:?}")),
                None,
            );
        }
    }
    if sorted(s.images.clone()) != sorted(tr.images.clone()) {
        sink.add("md-image", m("check-md-image"), None);
    }
}

/// Code spans, footnote references, hard breaks and raw HTML.
fn code_notes_breaks_html(s: &Shape, tr: &Shape, sink: &mut Sink) {
    let mut left = tr.codes.clone();
    let missing: Vec<&String> = s
        .codes
        .iter()
        .filter(|c| match left.iter().position(|x| x == *c) {
            Some(p) => {
                left.remove(p);
                false
            }
            None => true,
        })
        .collect();
    if !missing.is_empty() {
        sink.add(
            "md-code",
            m("check-md-code").arg("missing", format!("{missing:?}")),
            None,
        );
    }
    if sorted(s.footnotes.clone()) != sorted(tr.footnotes.clone()) {
        sink.add(
            "md-footnote",
            m("check-md-footnote")
                .arg("source", format!("{:?}", s.footnotes))
                .arg("translation", format!("{:?}", tr.footnotes)),
            None,
        );
    }
    if s.hard_breaks != tr.hard_breaks {
        sink.add(
            "md-hard-break",
            m("check-md-hard-break")
                .arg("source", s.hard_breaks)
                .arg("translation", tr.hard_breaks),
            None,
        );
    }
    for h in &tr.html {
        if !s.html.iter().any(|x| crate::source::html::same_tag(x, h)) {
            // A direction-only wrapper is dropped by the build (harmless, not
            // needed); any other tag of a translation shows as text.
            if crate::source::tags::direction_only(h) {
                sink.add(
                    "bidi-html",
                    m("check-md-html-direction").arg("html", h),
                    None,
                );
            } else if crate::source::tags::names_an_element(h) {
                // `<T>` or `<ErrorInner>` names no element: the page shows
                // it as typed, a type written as text.
                sink.add("md-html", m("check-md-html").arg("html", h), None);
            }
        }
    }
}

/// Delimiters that did not parse, and list or heading markers typed inside a segment.
fn delimiters_and_markers(source: &str, t: &str, tr: &Shape, sink: &mut Sink) {
    // Delimiters left in text did not parse: they would show literally.
    for (r, text) in &tr.texts {
        for delim in ["**", "__", "~~"] {
            if text.contains(delim) && !source.contains(&format!("\\{}", &delim[..1])) {
                let at = r.start + t[r.clone()].find(delim).unwrap_or(0);
                let zwnj = text.contains('\u{200C}');
                let id = if zwnj && delim == "__" {
                    "check-md-broken-delimiter-zwnj"
                } else {
                    "check-md-broken-delimiter"
                };
                sink.add(
                    "md-broken-delimiter",
                    m(id).arg("delimiter", delim),
                    Some(at..at + 2),
                );
            }
        }
        if text.contains('`') && !source.contains("\\`") {
            sink.add(
                "md-broken-delimiter",
                m("check-md-unmatched-backtick"),
                None,
            );
        }
    }
    // Markers a translator typed at the start (list or heading syntax inside a segment).
    let lead = t.trim_start_matches(['\u{200F}', '\u{200E}', '\u{061C}']);
    let starts_marker = |x: &str| {
        let digits = x.chars().take_while(|c| is_digit(*c)).count();
        let after: String = x.chars().skip(digits).take(2).collect();
        (digits > 0 && (after == ". " || after == ") "))
            || x.starts_with("- ")
            || x.starts_with("* ")
            || x.starts_with("# ")
    };
    if starts_marker(lead) && !starts_marker(source) {
        sink.add(
            "md-list-marker",
            m("check-md-list-marker"),
            Some(0..lead.len().min(4).min(t.len())),
        );
    }
    // An RLM right before a line's list marker or heading hashes hides them
    // from Markdown; an RLM after a line break before ordinary text is
    // harmless (and common in RTL translations).
    let hides_marker = t.split('\n').any(|line| {
        line.trim_start_matches(' ')
            .strip_prefix('\u{200F}')
            .is_some_and(|rest| {
                let heading =
                    rest.starts_with('#') && rest.trim_start_matches('#').starts_with(' ');
                starts_marker(rest) || heading
            })
    });
    if hides_marker {
        sink.add("md-list-marker", m("check-md-rlm-marker"), None);
    }
}

/// Tokens a translation must keep: URLs, e-mail addresses, numbers; and no
/// bidi mark inside a token.
pub(crate) fn token_checks(s: &Shape, tr: &Shape, t: &str, sink: &mut Sink) {
    urls_and_emails(s, tr, sink);
    marks_in_tokens(tr, t, sink);
    number_checks(s, tr, sink);
}

/// URLs and e-mail addresses of the source missing from the translation.
fn urls_and_emails(s: &Shape, tr: &Shape, sink: &mut Sink) {
    // Bare URLs and autolinks in text.
    let src_text: String = s
        .texts
        .iter()
        .map(|(_, x)| x.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let tr_text: String = tr
        .texts
        .iter()
        .map(|(_, x)| x.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let mut src_urls: Vec<String> = urls_in(&src_text).into_iter().map(|(_, u)| u).collect();
    src_urls.extend(s.autolinks.iter().filter(|u| !u.contains('@')).cloned());
    let mut tr_urls: Vec<String> = urls_in(&tr_text).into_iter().map(|(_, u)| u).collect();
    tr_urls.extend(tr.autolinks.iter().filter(|u| !u.contains('@')).cloned());
    // `https://rustup.rs` is `https://rustup.rs/`: the same address.
    let bare = |u: &str| {
        let rest = u.split_once("://").map_or(u, |(_, r)| r);
        if rest.trim_end_matches('/').contains('/') {
            u.to_string()
        } else {
            u.trim_end_matches('/').to_string()
        }
    };
    for u in &src_urls {
        let same = |x: &String| url_allowed(u, x, sink.ctx.url_map) || bare(u) == bare(x);
        if !tr_urls.iter().any(same) {
            sink.add("url", m("check-url").arg("url", u), None);
        }
    }
    let mut src_mail = emails_in(&src_text);
    src_mail.extend(
        s.autolinks
            .iter()
            .filter(|u| u.contains('@'))
            .map(|u| u.trim_start_matches("mailto:").to_string()),
    );
    let mut tr_mail = emails_in(&tr_text);
    tr_mail.extend(
        tr.autolinks
            .iter()
            .filter(|u| u.contains('@'))
            .map(|u| u.trim_start_matches("mailto:").to_string()),
    );
    for mail in &src_mail {
        if !tr_mail.contains(mail) {
            sink.add("email", m("check-email").arg("email", mail), None);
        }
    }
}

/// Bidi marks inside code, link destinations and URLs.
fn marks_in_tokens(tr: &Shape, t: &str, sink: &mut Sink) {
    // Bidi marks inside tokens (code, link destinations, URLs).
    let mut token_ranges = tr.tokens.clone();
    for (r, _) in &tr.texts {
        for (u, _) in urls_in(&t[r.clone()]) {
            token_ranges.push(r.start + u.start..r.start + u.end);
        }
    }
    for r in token_ranges {
        if let Some(slice) = t.get(r.clone())
            && let Some(p) = slice.find(['\u{200E}', '\u{200F}', '\u{061C}'])
        {
            sink.add(
                "bidi-mark-in-token",
                m("check-bidi-mark-in-token"),
                Some(r.start + p..r.start + p + 3),
            );
        }
    }
}

/// Numbers of the translation the source does not have (by value).
fn number_checks(s: &Shape, tr: &Shape, sink: &mut Sink) {
    // Numbers, by value, outside code and URLs; times are localized
    // (9:00 pm → 21:00), not copied.
    let nums = |sh: &Shape| -> Vec<String> {
        let mut v: Vec<String> = text_numbers(sh)
            .into_iter()
            .filter(|n| !n.time)
            .map(|n| n.value)
            .collect();
        v.sort();
        v
    };
    let (sn, tn) = (nums(s), nums(tr));
    // A number of the translation that the source does not have (changed or added).
    // Source numbers missing from the translation are not reported: translators
    // often write them as words ("day 3" → "el tercer día"). The source's code
    // counts: its numbers are no new ones when a translator unwraps the code
    // (that is `md-code`'s or `md-html`'s finding).
    let mut left = sn.clone();
    // In code a comma separates (`[0,1]` is 0 and 1).
    for c in &s.codes {
        for piece in c.split(',') {
            left.extend(numbers(piece).into_iter().map(|(_, n)| n));
        }
    }
    // `v2` in the source is the 2 of "versión 2".
    for (_, x) in &s.texts {
        for w in x.split(|c: char| !c.is_alphanumeric() && c != '.') {
            if let Some(d) = w.strip_prefix(['v', 'V'])
                && d.starts_with(|c: char| c.is_ascii_digit())
            {
                left.extend(numbers(d).into_iter().map(|(_, n)| n));
            }
        }
    }
    let extra: Vec<&String> = tn
        .iter()
        .filter(|n| match left.iter().position(|x| x == *n) {
            Some(p) => {
                left.remove(p);
                false
            }
            None => true,
        })
        .collect();
    if !extra.is_empty() {
        // Every extra number is one the source has, fewer times: say so
        // rather than "the source does not have it" (reviewer's audit).
        let id = if extra.iter().all(|n| sn.contains(n)) {
            "check-number-repeated"
        } else {
            "check-number"
        };
        sink.add(
            "number",
            m(id)
                .arg("extra", format!("{extra:?}"))
                .arg("source", format!("{sn:?}")),
            None,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_repeated_number_is_not_called_absent() {
        let ctx = Context::plain("es", true);
        let f = check(
            "Port 2833 is open.",
            "El puerto 2833 (2833) está abierto.",
            &ctx,
        );
        let n = f.iter().find(|f| f.check == "number").unwrap();
        assert!(
            n.message.contains("more often than the source"),
            "{}",
            n.message
        );
    }
}

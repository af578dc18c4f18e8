//! Arabic and Spanish rules, and what Persian and Arabic share (digits,
//! Latin punctuation); Persian orthography is `persian.rs`.

use super::*;

pub(crate) fn digit_checks(t: &str, tr: &Shape, lang: &str, sink: &mut Sink) {
    let mut ascii = false;
    let mut persian = false;
    let mut arabic = false;
    for (r, text) in &tr.texts {
        // A variable's subscript (`n<sub>3</sub>`) is part of its name.
        let before = &t[..r.start.min(t.len())];
        if before.ends_with("<sub>") || before.ends_with("<sup>") {
            continue;
        }
        let urls = urls_in(text);
        let mut in_name = false;
        let mut prev = ' ';
        let mut latin_word_before = false;
        for (i, c) in text.char_indices() {
            // Digits of a name (`aarch64`, `x86`), or a number right after a
            // Latin name (`GPIO 0`, `Rust 2021`), are the name's.
            if c == ' ' {
                latin_word_before = prev.is_ascii_alphanumeric();
            }
            let after_name = c.is_ascii_digit() && (in_name || (prev == ' ' && latin_word_before));
            in_name = c.is_ascii_alphabetic() || c == '_' || after_name;
            prev = c;
            if in_name || urls.iter().any(|(u, _)| u.contains(&i)) {
                continue;
            }
            ascii |= c.is_ascii_digit();
            persian |= ('\u{6F0}'..='\u{6F9}').contains(&c);
            arabic |= ('\u{660}'..='\u{669}').contains(&c);
        }
    }
    match lang {
        "fa" => {
            if arabic {
                sink.add("fa-arabic-digits", m("check-fa-arabic-digits"), None);
            }
            if ascii && persian {
                sink.add("fa-mixed-digits", m("check-fa-mixed-digits"), None);
            }
        }
        _ => {
            if persian {
                sink.add("ar-persian-characters", m("check-ar-persian-digits"), None);
            }
            if ascii && arabic {
                sink.add("ar-mixed-digits", m("check-ar-mixed-digits"), None);
            }
        }
    }
}

pub(crate) fn latin_punctuation(
    tr: &Shape,
    id: &'static str,
    script: &'static str,
    sink: &mut Sink,
) {
    for (r, text) in &tr.texts {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        for (k, &(i, c)) in chars.iter().enumerate() {
            if !matches!(c, ',' | ';' | '?') {
                continue;
            }
            let before = chars[..k]
                .iter()
                .rev()
                .map(|(_, c)| *c)
                .find(|c| !c.is_whitespace());
            let after = chars[k + 1..]
                .iter()
                .map(|(_, c)| *c)
                .find(|c| !c.is_whitespace());
            // Between Arabic-script letters or digits (`= ۱; و`), or ending
            // the segment after them (`الشاشات الذكية,`).
            let arabic = |c: Option<char>| {
                c.is_some_and(|c| is_arabic_script(c) || (is_digit(c) && !c.is_ascii_digit()))
            };
            if arabic(before) && (arabic(after) || after.is_none()) {
                let want = match c {
                    ',' => '،',
                    ';' => '؛',
                    _ => '؟',
                };
                sink.add(
                    id,
                    m("check-latin-punctuation")
                        .arg("mark", c)
                        .arg("script", script)
                        .arg("want", want),
                    Some(r.start + i..r.start + i + 1),
                );
            }
        }
    }
}

pub(crate) fn arabic_checks(source: &str, t: &str, tr: &Shape, sink: &mut Sink) {
    let copied = copied_words(source, t);
    for (r, text) in &tr.texts {
        for (wi, w) in words(text) {
            if copied.contains(&w) {
                continue;
            }
            if let Some(p) = w.find(['\u{6CC}', '\u{6A9}']) {
                let at = r.start + wi + p;
                sink.add(
                    "ar-persian-characters",
                    m("check-ar-persian-letters").arg("word", w),
                    Some(at..at + 2),
                );
            }
        }
    }
    digit_checks(t, tr, "ar", sink);
    latin_punctuation(tr, "ar-latin-punctuation", "ar", sink);
    rtl_code_spacing(t, tr, sink);
}

/// A code span glued to right-to-left text (`باشد`#include`` shows as
/// "باشد#include"): a space (or a ZWNJ before a suffix) belongs between.
pub(crate) fn rtl_code_spacing(t: &str, tr: &Shape, sink: &mut Sink) {
    for r in tr
        .tokens
        .iter()
        .filter(|r| t[(*r).clone()].starts_with('`'))
    {
        let before = t[..r.start].chars().next_back();
        let after = t[r.end..].chars().next();
        let glued = [before, after]
            .into_iter()
            .flatten()
            .find(|c| is_arabic_script(*c));
        if let Some(letter) = glued {
            sink.add(
                "rtl-code-spacing",
                m("check-rtl-code-spacing")
                    .arg("code", &t[r.clone()])
                    .arg("letter", letter),
                Some(r.clone()),
            );
        }
    }
}

pub(crate) const ES_ABBREVIATIONS: &[&str] = &[
    "Sr.", "Sra.", "Srta.", "Dr.", "Dra.", "Ud.", "Uds.", "etc.", "p. ej.", "EE. UU.", "núm.",
    "pág.", "aprox.", "Lic.", "Ing.", "vs.",
];

/// Spanish: ¿…? and ¡…! paired, the period after a closing quote, the
/// region's decimal separator.
pub(crate) fn spanish_checks(source: &str, t: &str, s: &Shape, tr: &Shape, sink: &mut Sink) {
    if !sink.ctx.heading {
        let source_text: String = s.texts.iter().map(|(_, x)| x.as_str()).collect();
        spanish_pairs(&source_text, t, tr, sink);
    }
    spanish_quote_period(t, sink);
    spanish_decimals(source, t, tr, sink);
}

/// ¿ … ? and ¡ … ! paired within sentences (URLs and abbreviations masked).
fn spanish_pairs(source_text: &str, t: &str, tr: &Shape, sink: &mut Sink) {
    // Sentences from the plain text; URLs and abbreviations do not end them.
    // A `!` right after a code span is a macro's, pushed out of the span (the
    // broken span is `md-code`'s finding), not an exclamation.
    let text: String = tr
        .texts
        .iter()
        .map(|(r, x)| match x.strip_prefix('!') {
            Some(rest) if t[..r.start.min(t.len())].ends_with('`') => format!("x{rest}"),
            _ => x.clone(),
        })
        .collect::<Vec<_>>()
        .join("");
    // A macro call in plain text (`println!(…)`) is no exclamation either.
    let text = macro_bangs_masked(&text);
    let mut masked = text.clone();
    let mut hide: Vec<Range<usize>> = urls_in(&text).into_iter().map(|(r, _)| r).collect();
    hide.extend(placeholder_ranges(&text));
    hide.sort_by_key(|r| std::cmp::Reverse(r.start));
    for r in hide {
        if masked.is_char_boundary(r.start)
            && masked.is_char_boundary(r.end)
            && r.end <= masked.len()
        {
            masked.replace_range(r.clone(), &"x".repeat(r.len()));
        }
    }
    for a in ES_ABBREVIATIONS {
        masked = masked.replace(a, &"x".repeat(a.len()));
    }
    for (open, close, id, name) in [
        ('¿', '?', "es-question", "question"),
        ('¡', '!', "es-exclamation", "exclamation"),
    ] {
        // Neither the source's text asks nor exclaims, nor does the
        // translation open one: a stray mark is a code token's (`join!`,
        // `?`) pushed out of a broken code span, which `md-code` reports.
        if !source_text.contains(close) && !masked.contains(open) {
            continue;
        }
        let mut depth = 0i32;
        let mut bad = false;
        for c in masked.chars() {
            if c == open {
                depth += 1;
            } else if c == close {
                if depth == 0 {
                    bad = true;
                } else {
                    depth -= 1;
                }
            } else if c == '.' && depth > 0 {
                bad = true;
                depth = 0;
            }
        }
        if bad || depth != 0 {
            sink.add(
                id,
                m("check-es-pair")
                    .arg("kind", name)
                    .arg("open", open)
                    .arg("close", close),
                None,
            );
        }
    }
}

/// `text` with the `!` of macro calls (`name!(`, `name![`, `name!{`) as `x`.
fn macro_bangs_masked(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    chars
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let macro_bang = c == '!'
                && i > 0
                && (chars[i - 1].is_ascii_alphanumeric() || chars[i - 1] == '_')
                && matches!(chars.get(i + 1), Some('(' | '[' | '{'));
            if macro_bang { 'x' } else { c }
        })
        .collect()
}

/// A period before a closing quote (Spanish puts it after: «…».).
fn spanish_quote_period(t: &str, sink: &mut Sink) {
    // A translation that is one quoted string (a message, a quote) keeps its period inside.
    let whole_quote = (t.starts_with('"') && t.trim_end().ends_with('"'))
        || (t.starts_with('«') && t.trim_end().ends_with('»'))
        || (t.starts_with('“') && t.trim_end().ends_with('”'));
    for pat in [".\u{bb}", ".\u{201d}", ".\""]
        .iter()
        .filter(|_| !whole_quote)
    {
        // An ellipsis (`"..."`) is no sentence period.
        let found = t.match_indices(*pat).find(|(p, _)| !t[..*p].ends_with('.'));
        if let Some((p, _)) = found {
            sink.add(
                "es-quote-period",
                m("check-es-quote-period"),
                Some(p..p + 1),
            );
            break;
        }
    }
}

/// The decimal separator the region wants.
fn spanish_decimals(source: &str, t: &str, tr: &Shape, sink: &mut Sink) {
    // The region's decimal separator, from CLDR (es-ES, es-AR: comma;
    // es-MX, es-419: point).
    let uses_point = separators(sink.ctx.lang).is_some_and(|s| s.decimal == '.');
    for (r, text) in &tr.texts {
        for (nr, _) in numbers(text) {
            let raw = &text[nr.clone()];
            let seps: Vec<char> = raw.chars().filter(|c| *c == '.' || *c == ',').collect();
            if seps.len() != 1 {
                continue;
            }
            // Versions (`versión 3.12`, `Python 3.12`, `v1.5`) are not decimals.
            // The words before it in the whole translation (a link's text
            // starts a new piece: `versión [1.0 en el 2015](…)`).
            let before =
                t[..(r.start + nr.start).min(t.len())].trim_end_matches(['[', '(', '*', '_', ' ']);
            let prev = before.rsplit(char::is_whitespace).next().unwrap_or("");
            let prev = prev.trim_start_matches(['[', '(', '*', '_']);
            let numbered = [
                "versi",
                "capítulo",
                "sección",
                "apartado",
                "chapter",
                "section",
                "página",
            ];
            let version = numbered.iter().any(|w| prev.to_lowercase().starts_with(w))
                || before.ends_with('v')
                || (prev.chars().next().is_some_and(|c| c.is_ascii_uppercase())
                    && source.contains(prev));
            if version {
                continue;
            }
            let after = raw
                .rsplit(['.', ','])
                .next()
                .map(|d| d.chars().count())
                .unwrap_or(0);
            if after == 3 {
                continue; // a group separator, either way
            }
            let wrong = if uses_point {
                seps[0] == ','
            } else {
                seps[0] == '.'
            };
            if wrong {
                let want = if uses_point { '.' } else { ',' };
                sink.add(
                    "es-number-format",
                    m("check-es-number-format")
                        .arg("number", raw)
                        .arg("lang", sink.ctx.lang)
                        .arg("want", want),
                    Some(r.start + nr.start..r.start + nr.end),
                );
            }
        }
    }
}

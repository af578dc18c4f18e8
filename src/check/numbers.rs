//! Numbers as readers of the target locale read them, with the separators
//! of CLDR (through ICU4X, no hand tables): `1,500` copied into Spanish (Spain)
//! reads as 1.5 there — an error (`number-reading`); Persian or Arabic digits
//! with a Latin comma (`۱,۰۰۰` for `۱٬۰۰۰`) are a style finding
//! (`number-separator`). Versions and section numbers (`15.5`, `3.12.1`) are
//! no quantity in any locale and never reported.

use std::collections::HashMap;
use std::sync::{LazyLock, Mutex};

use super::*;

/// A locale's decimal and group separators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Separators {
    pub(crate) decimal: char,
    pub(crate) group: char,
}

/// The separators CLDR gives `lang` (its default numbering system), read off
/// ICU4X's formatting of 1234567.5; `None` for a language CLDR does not know.
pub(crate) fn separators(lang: &str) -> Option<Separators> {
    static CACHE: LazyLock<Mutex<HashMap<String, Option<Separators>>>> =
        LazyLock::new(Default::default);
    let mut cache = CACHE.lock().unwrap_or_else(|e| e.into_inner());
    *cache
        .entry(lang.to_string())
        .or_insert_with(|| from_cldr(lang))
}

fn from_cldr(lang: &str) -> Option<Separators> {
    use icu::decimal::DecimalFormatter;
    use icu::decimal::input::Decimal;
    let locale: icu::locale::Locale = lang.replace('_', "-").parse().ok()?;
    let formatter = DecimalFormatter::try_new(locale.into(), Default::default()).ok()?;
    let mut value = Decimal::from(12_345_675);
    value.multiply_pow10(-1);
    let text = formatter.format(&value).to_string();
    // "1.234.567,5": the first non-digit groups, the last is the decimal.
    let marks: Vec<char> = text
        .chars()
        .filter(|c| !c.is_numeric() && !matches!(c, '\u{200E}' | '\u{200F}' | '\u{61C}'))
        .collect();
    Some(Separators {
        decimal: *marks.last()?,
        group: *marks
            .first()
            .filter(|g| marks.len() > 1 && Some(*g) != marks.last())?,
    })
}

/// The value of an ASCII number read with `decimal` and `group`, canonical
/// (`1.500` → `1.5`, `007` → `7`); `None` when it is not a well-formed
/// number in that reading (a version such as `3.12.1`).
fn read(raw: &str, decimal: char, group: char) -> Option<String> {
    let (int, frac) = match raw.split_once(decimal) {
        Some((i, f)) if !f.contains([decimal, group]) => (i, f),
        Some(_) => return None,
        None => (raw, ""),
    };
    let groups: Vec<&str> = int.split(group).collect();
    let grouped = groups.len() > 1;
    let well_formed = !groups[0].is_empty()
        && (!grouped || groups[0].len() <= 3)
        && groups[1..].iter().all(|g| g.len() == 3);
    let digits = |x: &str| x.chars().all(|c| c.is_ascii_digit());
    if !well_formed || !groups.iter().all(|g| digits(g)) || !digits(frac) {
        return None;
    }
    let int = groups.concat();
    let int = int.trim_start_matches('0');
    let frac = frac.trim_end_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    Some(if frac.is_empty() {
        int.to_string()
    } else {
        format!("{int}.{frac}")
    })
}

/// A number of the translation that readers of the target locale read as
/// another value than the source's (`1,500` → 1.5 in es-ES), and native
/// digits written with Latin separators.
pub(crate) fn reading_checks(s: &Shape, tr: &Shape, sink: &mut Sink) {
    let Some(local) = separators(sink.ctx.lang) else {
        return;
    };
    let english: Vec<String> = text_numbers(s)
        .iter()
        .filter_map(|n| read(&n.raw, '.', ','))
        .collect();
    for TextNumber { span, raw, .. } in text_numbers(tr) {
        if raw
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        {
            let ascii_locale = local.decimal == '.' || local.decimal == ',';
            let (Some(as_source), Some(as_reader)) =
                (read(&raw, '.', ','), read(&raw, local.decimal, local.group))
            else {
                continue;
            };
            if ascii_locale
                && as_source != as_reader
                && english.contains(&as_source)
                && !english.contains(&as_reader)
            {
                sink.add(
                    "number-reading",
                    m("check-number-reading")
                        .arg("number", raw.as_str())
                        .arg("lang", sink.ctx.lang)
                        .arg("reads", as_reader)
                        .arg("value", as_source),
                    Some(span),
                );
            }
        } else if raw.chars().any(|c| is_digit(c) && !c.is_ascii_digit()) && raw.contains(',') {
            // Native digits with a Latin comma (`۱,۰۰۰`, `۱,۵`); a Latin
            // period may be a section or version number (`۱۹.۵`): left alone.
            // The separators that go with these digits in this language.
            let system = if raw.chars().any(|c| ('\u{6F0}'..='\u{6F9}').contains(&c)) {
                "arabext"
            } else {
                "arab"
            };
            let base = sink.ctx.lang.split(['-', '_']).next().unwrap_or("");
            let native = separators(&format!("{base}-u-nu-{system}")).unwrap_or(local);
            sink.add(
                "number-separator",
                m("check-number-separator")
                    .arg("number", raw.as_str())
                    .arg("decimal", native.decimal)
                    .arg("group", native.group),
                Some(span),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cldr_separators() {
        let s = |l: &str| separators(l).map(|s| (s.decimal, s.group));
        assert_eq!(s("es"), Some((',', '.')));
        assert_eq!(s("es-MX"), Some(('.', ',')));
        assert_eq!(s("es-419"), Some(('.', ',')));
        assert_eq!(s("es-AR"), Some((',', '.')));
        assert_eq!(s("fa"), Some(('٫', '٬')));
        // CLDR writes generic Arabic with Latin digits; Egypt with Arabic-Indic.
        assert_eq!(s("ar"), Some(('.', ',')));
        assert_eq!(s("ar-EG"), Some(('٫', '٬')));
        assert_eq!(s("en"), Some(('.', ',')));
        assert_eq!(s("ar-u-nu-arab"), Some(('٫', '٬')));
    }

    #[test]
    fn readings() {
        assert_eq!(read("1,500", '.', ',').as_deref(), Some("1500"));
        assert_eq!(read("1,500", ',', '.').as_deref(), Some("1.5"));
        assert_eq!(read("3.12.1", '.', ','), None);
        assert_eq!(read("15.5", ',', '.'), None);
        assert_eq!(read("1.234.567,50", ',', '.').as_deref(), Some("1234567.5"));
    }
}

//! Persian orthography, after the Persian Academy's rules (the families
//! Virastar corrects): Arabic letters, the ZWNJ of prefixes and suffixes
//! (neither fused nor spaced), guillemets and their direction, underscores or
//! stray ZWNJs where a ZWNJ belongs. Reduplication (`کم کم`) is grammar: the
//! repeated-word check leaves it alone (`is_reduplication`).

use super::*;

const ZWNJ: char = '\u{200C}';

pub(crate) fn persian_checks(source: &str, t: &str, tr: &Shape, sink: &mut Sink) {
    let copied = copied_words(source, t);
    for (r, text) in &tr.texts {
        for (wi, w) in words(text) {
            if copied.contains(&w) {
                continue;
            }
            if let Some(p) = w.find(['\u{64A}', '\u{643}', '\u{649}']) {
                let at = r.start + wi + p;
                sink.add(
                    "fa-arabic-letters",
                    m("check-fa-arabic-letters").arg("word", w),
                    Some(at..at + 2),
                );
            }
        }
        if text.contains('\u{640}') {
            let p = r.start + text.find('\u{640}').unwrap_or(0);
            sink.add("fa-tatweel", m("check-fa-tatweel"), Some(p..p + 2));
        }
    }
    digit_checks(t, tr, "fa", sink);
    latin_punctuation(tr, "fa-latin-punctuation", "fa", sink);
    rtl_code_spacing(t, tr, sink);
    for (r, text) in &tr.texts {
        spaced_affixes(r.start, text, sink);
        fused_affixes(r.start, text, &copied, sink);
        underscores(r.start, text, sink);
    }
    stray_zwnj(t, sink);
    if let Some(compounds) = sink.ctx.compounds {
        spaced_compounds(tr, compounds, sink);
    }
    let plain: String = tr.texts.iter().map(|(_, x)| x.as_str()).collect();
    quotes(&plain, sink);
}

/// A word and its byte offset in its text.
type Word<'t> = (usize, &'t str);

/// Adjacent words of `text` with one space between them.
fn spaced_pairs(text: &str) -> Vec<(Word<'_>, Word<'_>)> {
    let ws = words(text);
    ws.windows(2)
        .map(|p| (p[0], p[1]))
        .filter(|((ai, a), (bi, _))| &text[ai + a.len()..*bi] == " ")
        .collect()
}

fn persian_word(x: &str) -> bool {
    x.chars().all(|c| is_arabic_script(c) || c == ZWNJ) && x.chars().count() >= 2
}

/// Pronominal and verbal suffixes that follow a word ending in `ه` with a
/// ZWNJ (`نامه‌اش`, `رفته‌اند`).
const AFTER_HEH: &[&str] = &["ام", "ات", "اش", "ای", "اید", "اند", "ایم"];

/// `می کند`, `کتاب ها`, `بزرگ تر`, `رفته اند`: a space where a ZWNJ belongs.
fn spaced_affixes(base: usize, text: &str, sink: &mut Sink) {
    for ((ai, a), (bi, b)) in spaced_pairs(text) {
        if !persian_word(a) {
            continue;
        }
        let span = Some(base + ai..base + bi + b.len());
        if (a == "می" || a == "نمی") && persian_word(b) {
            sink.add("fa-zwnj", m("check-fa-zwnj-verb").arg("word", b), span);
        } else if matches!(b, "ها" | "های" | "هایی" | "هایش" | "هایشان") {
            sink.add(
                "fa-zwnj",
                m("check-fa-zwnj-plural").arg("word", a).arg("suffix", b),
                span,
            );
        } else if matches!(b, "تر" | "ترین")
            || (AFTER_HEH.contains(&b) && a.ends_with('ه') && !FUNCTION_WORDS.contains(&a))
        {
            sink.add(
                "fa-zwnj",
                m("check-fa-zwnj-suffix").arg("word", a).arg("suffix", b),
                span,
            );
        }
    }
}

/// Present stems of common verbs (`می‌دهد` is `می` + `ده` + `د`).
const PRESENT_STEMS: &[&str] = &[
    "ده",
    "کن",
    "شو",
    "توان",
    "گیر",
    "رو",
    "آی",
    "آ",
    "خواه",
    "دان",
    "بین",
    "گو",
    "گوی",
    "ساز",
    "یاب",
    "نویس",
    "خوان",
    "پذیر",
    "گذار",
    "گذر",
    "دار",
    "رس",
    "کش",
    "مان",
    "گرد",
    "پرداز",
    "باش",
    "آور",
    "بر",
    "زن",
    "فرست",
    "ریز",
    "شناس",
    "افت",
    "افزا",
    "افزای",
    "پوش",
    "بند",
    "خور",
    "پرس",
    "سنج",
    "کوش",
    "جو",
    "جوی",
    "رسان",
    "گرا",
    "گرای",
    "پاش",
    "چین",
    "خیز",
    "نشین",
    "ایست",
    "اندیش",
    "انداز",
    "آموز",
    "بخش",
    "تاب",
    "ترس",
    "چسب",
    "خند",
    "دو",
    "سوز",
    "شکن",
    "فهم",
    "کاه",
    "گشا",
    "گشای",
    "لرز",
    "نگر",
    "نما",
    "نمای",
    "ورز",
];

/// Past stems of common verbs (`می‌کرد`).
const PAST_STEMS: &[&str] = &[
    "کرد",
    "شد",
    "داد",
    "توانست",
    "گرفت",
    "رفت",
    "آمد",
    "خواست",
    "دانست",
    "دید",
    "گفت",
    "ساخت",
    "یافت",
    "نوشت",
    "خواند",
    "داشت",
    "رسید",
    "کشید",
    "گشت",
    "پرداخت",
    "بود",
    "آورد",
    "برد",
    "زد",
    "فرستاد",
    "شناخت",
    "افتاد",
    "افزود",
    "گذاشت",
    "نشست",
    "ایستاد",
    "اندیشید",
    "آموخت",
    "بخشید",
];

/// Whether `rest` (after `می`) is a verb: a present stem with a personal
/// ending, or a past stem with one or none.
fn verb_after_prefix(rest: &str) -> bool {
    const PRESENT_ENDINGS: &[&str] = &["م", "ی", "د", "یم", "ید", "ند", "ییم", "یید", "یند"];
    const PAST_ENDINGS: &[&str] = &["", "م", "ی", "یم", "ید", "ند"];
    let ends = |stems: &[&str], endings: &[&str]| {
        stems.iter().any(|s| {
            rest.strip_prefix(s)
                .is_some_and(|ending| endings.contains(&ending))
        })
    };
    ends(PRESENT_STEMS, PRESENT_ENDINGS) || ends(PAST_STEMS, PAST_ENDINGS)
}

/// Words ending in `ها`/`ترین` that are not a plural or a superlative.
const NOT_SUFFIXED: &[&str] = &[
    "تنها",
    "رها",
    "بها",
    "گرانبها",
    "کمبها",
    "پربها",
    "بهترین",
    "بیشترین",
    "کمترین",
    "مهترین",
    "کهترین",
];

/// `میکند`, `کتابها`, `بزرگترین`: the prefix or suffix fused, without ZWNJ.
fn fused_affixes(base: usize, text: &str, copied: &[&str], sink: &mut Sink) {
    for (wi, w) in words(text) {
        if w.contains(ZWNJ) || copied.contains(&w) || !persian_word(w) {
            continue;
        }
        let span = Some(base + wi..base + wi + w.len());
        let prefix = ["نمی", "می"].into_iter().find(|p| w.starts_with(p));
        if let Some(p) = prefix
            && verb_after_prefix(&w[p.len()..])
        {
            sink.add(
                "fa-zwnj",
                m("check-fa-zwnj-fused")
                    .arg("word", w)
                    .arg("want", format!("{p}{ZWNJ}{}", &w[p.len()..])),
                span,
            );
            continue;
        }
        if NOT_SUFFIXED.contains(&w) {
            continue;
        }
        let suffix = ["هایی", "های", "ها", "ترین"]
            .into_iter()
            .find(|s| w.ends_with(s) && w[..w.len() - s.len()].chars().count() >= 3);
        if let Some(s) = suffix {
            let stem = &w[..w.len() - s.len()];
            sink.add(
                "fa-zwnj-fused",
                m("check-fa-zwnj-fused")
                    .arg("word", w)
                    .arg("want", format!("{stem}{ZWNJ}{s}")),
                span,
            );
        }
    }
}

/// `_` between Persian letters: `جنجال_برانگیز` shows the underscore where
/// a ZWNJ belongs.
fn underscores(base: usize, text: &str, sink: &mut Sink) {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for w in chars.windows(3) {
        let [(_, a), (i, '_'), (_, b)] = w else {
            continue;
        };
        if is_arabic_script(*a) && is_arabic_script(*b) {
            sink.add(
                "fa-zwnj",
                m("check-fa-zwnj-underscore"),
                Some(base + i..base + i + 1),
            );
        }
    }
}

/// A ZWNJ that joins nothing: at the start or end of the segment or next to
/// a space (bidi marks around it do not count), often left with an RLM at a
/// segment's start. After markup (`**کتاب**‌ها`) it is right.
fn stray_zwnj(t: &str, sink: &mut Sink) {
    let mark = |c: &char| matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}');
    for (i, c) in t.char_indices().filter(|(_, c)| *c == ZWNJ) {
        let before = t[..i].chars().rev().find(|c| !mark(c));
        let after = t[i + c.len_utf8()..].chars().find(|c| !mark(c));
        let nothing = |x: Option<char>| x.is_none_or(char::is_whitespace);
        if nothing(before) || nothing(after) {
            sink.add(
                "fa-zwnj",
                m("check-fa-zwnj-stray"),
                Some(i..i + c.len_utf8()),
            );
            return;
        }
    }
}

/// Guillemets the wrong way round (`»…«`, the visual order typed as logical)
/// and ASCII straight quotes around Persian words (the Academy writes «…»;
/// a project with another house style turns `fa-quotes` off).
fn quotes(plain: &str, sink: &mut Sink) {
    let mut open = 0i32;
    for c in plain.chars() {
        match c {
            '«' => open += 1,
            '»' if open > 0 => open -= 1,
            '»' => {
                sink.add("fa-guillemets", m("check-fa-guillemets"), None);
                break;
            }
            _ => {}
        }
    }
    let pieces: Vec<&str> = plain.split('"').collect();
    let persian_inside = pieces.len() >= 3
        && pieces[1..pieces.len() - 1]
            .iter()
            .step_by(2)
            .any(|q| q.trim_start().chars().next().is_some_and(is_arabic_script));
    if persian_inside {
        sink.add("fa-quotes", m("check-fa-quotes"), None);
    }
}

/// Function words whose doubling is a typo, never reduplication.
const FUNCTION_WORDS: &[&str] = &[
    "که", "به", "از", "در", "را", "و", "با", "این", "آن", "یک", "هم", "تا", "بر", "برای", "یا",
    "اگر", "چه", "نه", "است", "هست", "شد", "بود", "می", "نمی", "ها", "های",
];

/// Whether a Persian word said twice is reduplication (`آرام آرام`,
/// `کم کم`, `دسته دسته`), which is grammar: any content word may be doubled.
pub(crate) fn is_reduplication(word: &str) -> bool {
    persian_word(word) && !FUNCTION_WORDS.contains(&word)
}

/// The compounds a project's Persian translations write with a ZWNJ
/// (`سخت‌افزار` → (`سخت`, `افزار`)) more often than with a space — the
/// project's own spelling, which `fa-zwnj-consistency` holds the minority
/// to. Prefixes and suffixes are `fa-zwnj`'s; pairs with a function word
/// (`به عنوان`) or a light verb (`داده شده`) are phrases, not compounds.
#[derive(Debug, Default)]
pub struct Compounds(std::collections::HashSet<(String, String)>);

/// Light verbs and auxiliaries: `X شده`, `X کردن` are verb phrases.
const LIGHT_VERBS: &[&str] = &[
    "شده",
    "شد",
    "شود",
    "شوند",
    "شدن",
    "کردن",
    "کرد",
    "کرده",
    "کند",
    "کنید",
    "کنیم",
    "کنند",
    "داده",
    "دادن",
    "دهد",
    "است",
    "بود",
    "هست",
    "گرفته",
    "گرفتن",
    "آمدید",
    "آمد",
    "نشده",
];

impl Compounds {
    /// Gathers the compounds of `translations`.
    pub fn of<'a>(translations: impl IntoIterator<Item = &'a str>) -> Compounds {
        use std::collections::HashMap;
        let mut joined: HashMap<(String, String), usize> = HashMap::new();
        let mut spaced: HashMap<(String, String), usize> = HashMap::new();
        let candidate = |a: &str, b: &str| {
            persian_word(a)
                && persian_word(b)
                && !["می", "نمی"].contains(&a)
                && !FUNCTION_WORDS.contains(&a)
                && !FUNCTION_WORDS.contains(&b)
                && !LIGHT_VERBS.contains(&b)
                && !matches!(b, "ها" | "های" | "هایی" | "تر" | "ترین")
                && !AFTER_HEH.contains(&b)
        };
        for t in translations {
            for (_, w) in words(t) {
                let parts: Vec<&str> = w.split(ZWNJ).collect();
                for pair in parts.windows(2).filter(|p| candidate(p[0], p[1])) {
                    *joined.entry((pair[0].into(), pair[1].into())).or_default() += 1;
                }
            }
            for ((_, a), (_, b)) in spaced_pairs(t)
                .into_iter()
                .filter(|((_, a), (_, b))| candidate(a, b))
            {
                *spaced.entry((a.into(), b.into())).or_default() += 1;
            }
        }
        let set = joined
            .into_iter()
            .filter(|(k, n)| *n >= spaced.get(k).copied().unwrap_or(0))
            .map(|(k, _)| k)
            .collect();
        Compounds(set)
    }
}

/// `fa-zwnj-consistency`: a compound written with a space (`سخت افزار`)
/// that the project writes with a ZWNJ more often (`سخت‌افزار`).
fn spaced_compounds(tr: &Shape, compounds: &Compounds, sink: &mut Sink) {
    for (r, text) in &tr.texts {
        for ((ai, a), (bi, b)) in spaced_pairs(text) {
            if compounds.0.contains(&(a.to_string(), b.to_string())) {
                sink.add(
                    "fa-zwnj-consistency",
                    m("check-fa-zwnj-consistency")
                        .arg("words", format!("{a} {b}"))
                        .arg("want", format!("{a}{ZWNJ}{b}")),
                    Some(r.start + ai..r.start + bi + b.len()),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_compound_spaced_where_the_project_joins_it() {
        let compounds = Compounds::of([
            "این سخت‌افزار است.",
            "کتاب‌ها و می‌رود",
            // A phrase the project writes spaced more often stays as it is.
            "سیستم‌عامل، سیستم عامل، سیستم عامل",
            "به‌عنوان",
        ]);
        let ctx = Context {
            compounds: Some(&compounds),
            ..Context::plain("fa", true)
        };
        let found = |t: &str| {
            let findings = check("A hardware.", t, &ctx);
            findings
                .iter()
                .filter(|f| f.check == "fa-zwnj-consistency")
                .count()
        };
        assert_eq!(found("یک سخت افزار خوب."), 1);
        assert_eq!(found("یک سخت‌افزار خوب."), 0);
        // Prefixes and suffixes are fa-zwnj's, not compounds.
        assert_eq!(found("کتاب ها و می رود"), 0);
        assert_eq!(found("`سخت افزار` در کد"), 0);
        assert_eq!(found("یک سیستم عامل و به عنوان مثال"), 0);
    }
}

//! dragoman's own interface language (help summaries, headings, errors,
//! reports), dogfooding Fluent: resources embedded in the binary (`src/ui/`),
//! chosen from `--ui-lang`, `DRAGOMAN_UI_LANG`, `LC_ALL`, `LC_MESSAGES` or
//! `LANG` (first set wins), English for anything a language lacks.
//! Pure: the caller passes the environment in.

use std::borrow::Cow;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

/// Interface languages with their resources.
pub const LANGUAGES: &[(&str, &str)] = &[
    ("en", include_str!("ui/en.ftl")),
    ("es", include_str!("ui/es.ftl")),
    ("fa", include_str!("ui/fa.ftl")),
    ("ar", include_str!("ui/ar.ftl")),
];

/// The interface language for a locale setting such as `fa_IR.UTF-8`,
/// `es_ES@euro`, `pt-BR`, `C` or `POSIX`: the language subtag when dragoman
/// speaks it, else None.
pub fn language_of(setting: &str) -> Option<&'static str> {
    let base = setting
        .split(['.', '@'])
        .next()
        .unwrap_or("")
        .split(['_', '-'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    LANGUAGES.iter().map(|(l, _)| *l).find(|l| *l == base)
}

/// Picks the interface language from, in order: `--ui-lang`,
/// `DRAGOMAN_UI_LANG`, `LC_ALL`, `LC_MESSAGES`, `LANG`. The first that is set
/// (and not empty) decides; one dragoman does not speak means English.
pub fn choose(settings: &[Option<&str>]) -> &'static str {
    settings
        .iter()
        .flatten()
        .find(|s| !s.is_empty())
        .and_then(|s| language_of(s))
        .unwrap_or("en")
}

/// Message `id` from the first bundle that formats it without error (a
/// language, then its fallback), else the id itself.
pub(crate) fn format_first<M: fluent_bundle::memoizer::MemoizerKind>(
    bundles: &[&fluent_bundle::bundle::FluentBundle<FluentResource, M>],
    id: &str,
    args: &[(&str, FluentValue)],
) -> String {
    let mut fargs = FluentArgs::new();
    for (k, v) in args {
        fargs.set(*k, v.clone());
    }
    for b in bundles {
        if let Some(p) = b.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            let s: Cow<str> = b.format_pattern(p, Some(&fargs), &mut errors);
            if errors.is_empty() {
                return s.into_owned();
            }
        }
    }
    id.to_string()
}

pub struct Ui {
    lang: &'static str,
    bundle: FluentBundle<FluentResource>,
    fallback: FluentBundle<FluentResource>,
}

fn bundle(lang: &str) -> FluentBundle<FluentResource> {
    let text = LANGUAGES
        .iter()
        .find(|(l, _)| *l == lang)
        .map(|(_, t)| *t)
        .unwrap_or(LANGUAGES[0].1);
    let mut b = FluentBundle::new(vec![lang.parse().expect("interface language tag")]);
    b.set_use_isolating(false);
    b.add_resource(FluentResource::try_new(text.to_string()).expect("interface strings parse"))
        .expect("interface strings have unique ids");
    b
}

impl Ui {
    pub fn new(lang: &str) -> Ui {
        let lang = language_of(lang).unwrap_or("en");
        Ui {
            lang,
            bundle: bundle(lang),
            fallback: bundle("en"),
        }
    }

    pub fn lang(&self) -> &'static str {
        self.lang
    }

    /// A message with arguments, in the interface language, else English.
    pub fn fmt(&self, id: &str, args: &[(&str, FluentValue)]) -> String {
        format_first(&[&self.bundle, &self.fallback], id, args)
    }

    pub fn text(&self, id: &str) -> String {
        self.fmt(id, &[])
    }

    /// True when the interface language itself has the message.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }
}

thread_local! {
    static ENGLISH: Ui = Ui::new("en");
}

/// Runs `f` with the English interface.
pub fn with_english<T>(f: impl FnOnce(&Ui) -> T) -> T {
    ENGLISH.with(f)
}

impl Ui {
    /// A [`Msg`] in the interface language (English for what it lacks).
    pub fn msg(&self, m: &Msg) -> String {
        let args: Vec<(&str, FluentValue)> = m
            .args
            .iter()
            .map(|(k, v)| {
                let v = match v {
                    Arg::Text(t) => FluentValue::from(t.clone()),
                    Arg::Msg(n) => FluentValue::from(self.msg(n)),
                    Arg::List(items) => FluentValue::from(items.join(&self.text("sep-list"))),
                };
                (*k, v)
            })
            .collect();
        self.fmt(m.id, &args)
    }
}

/// Text for a terminal, with nothing in it that a terminal acts on: control
/// characters other than newline and tab (ESC, C1, DEL…) and bidi embeddings,
/// overrides and isolates are shown escaped (`\u{1b}`), so a catalog or a
/// file name cannot move the cursor, retitle the terminal or reorder a line.
pub fn visible(text: &str) -> std::borrow::Cow<'_, str> {
    let acts = |c: char| {
        (c.is_control() && !matches!(c, '\n' | '\t'))
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    };
    if !text.contains(acts) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if acts(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A message for the user, as data: its Fluent id in `src/ui/*.ftl` and its
/// arguments (text, or messages shown in the same language). The library
/// builds these; `Display` gives the English text, and the CLI shows them in
/// the interface language with [`Ui::msg`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Msg {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// A message argument: text, a message shown in the same language, or a list
/// joined the way the language separates list items (`, `, Persian `، `).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Arg {
    Text(String),
    Msg(Msg),
    List(Vec<String>),
}

impl Msg {
    pub fn new(id: &'static str) -> Msg {
        Msg {
            id,
            args: Vec::new(),
        }
    }

    /// Adds the argument `$name`.
    pub fn arg(mut self, name: &'static str, value: impl ToString) -> Msg {
        self.args.push((name, Arg::Text(value.to_string())));
        self
    }

    /// Adds the argument `$name`, a list of items.
    pub fn arg_list<S: ToString>(
        mut self,
        name: &'static str,
        items: impl IntoIterator<Item = S>,
    ) -> Msg {
        self.args.push((
            name,
            Arg::List(items.into_iter().map(|i| i.to_string()).collect()),
        ));
        self
    }

    /// Adds the argument `$name`, itself a message.
    pub fn arg_msg(mut self, name: &'static str, value: Msg) -> Msg {
        self.args.push((name, Arg::Msg(value)));
        self
    }

    /// This message after an untranslated prefix, such as a configuration key:
    /// `languages: …`.
    pub fn within(self, prefix: impl ToString) -> Msg {
        Msg::new("prefixed")
            .arg("prefix", prefix)
            .arg_msg("text", self)
    }

    /// An I/O error: English keeps the operating system's own text; other
    /// languages say what happened by its kind.
    pub fn io(e: &std::io::Error) -> Msg {
        use std::io::ErrorKind as K;
        let id = match e.kind() {
            K::NotFound => "io-not-found",
            K::PermissionDenied => "io-permission-denied",
            K::AlreadyExists => "io-already-exists",
            K::IsADirectory => "io-is-a-directory",
            K::NotADirectory => "io-not-a-directory",
            K::DirectoryNotEmpty => "io-directory-not-empty",
            K::StorageFull => "io-storage-full",
            K::ReadOnlyFilesystem => "io-read-only",
            K::InvalidData => "io-invalid-data",
            _ => "io-other",
        };
        Msg::new(id).arg("detail", e)
    }

    /// The English text.
    pub fn english(&self) -> String {
        ENGLISH.with(|ui| ui.msg(self))
    }
}

/// JSON and other machine output carry the English text.
impl serde::Serialize for Msg {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.english())
    }
}

impl std::fmt::Display for Msg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.english())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn visible_escapes_what_terminals_act_on() {
        assert_eq!(
            super::visible("a\u{1b}]0;x\u{7}b\n\tc"),
            "a\\u{1b}]0;x\\u{7}b\n\tc"
        );
        assert_eq!(
            super::visible("\u{9b}2J \u{202e}x\r"),
            "\\u{9b}2J \\u{202e}x\\u{d}"
        );
        assert!(matches!(
            super::visible("کتاب\u{200c}ها"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    use super::*;

    #[test]
    fn locale_settings() {
        assert_eq!(language_of("fa_IR.UTF-8"), Some("fa"));
        assert_eq!(language_of("es_ES@euro"), Some("es"));
        assert_eq!(language_of("en"), Some("en"));
        assert_eq!(language_of("C.UTF-8"), None);
        assert_eq!(language_of("de_DE.UTF-8"), None);
        assert_eq!(
            choose(&[None, Some(""), Some("es_MX.UTF-8"), Some("fa")]),
            "es"
        );
        assert_eq!(
            choose(&[Some("de"), Some("fa")]),
            "en",
            "the first set decides"
        );
        assert_eq!(choose(&[None, None]), "en");
    }

    /// Every message id the code uses (`Msg::new("…")`, check messages
    /// `m("…")`, `ui.text("…")`, `ui.fmt("…")`, the I/O kinds) is in the
    /// English resource: a missing one would show its id to the user.
    #[test]
    fn every_id_the_code_uses_is_defined() {
        fn sources(dir: &std::path::Path, out: &mut Vec<String>) {
            for e in std::fs::read_dir(dir).unwrap().flatten() {
                let p = e.path();
                if p.is_dir() {
                    sources(&p, out);
                } else if p.extension().is_some_and(|x| x == "rs") {
                    out.push(std::fs::read_to_string(&p).unwrap());
                }
            }
        }
        let mut texts = Vec::new();
        sources(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut texts,
        );
        let en = Ui::new("en");
        let mut used = std::collections::BTreeSet::new();
        for text in &texts {
            // A call, then (after any line break rustfmt put) a string literal.
            for pat in ["Msg::new(", " m(", "(m(", "ui.text(", "ui.fmt(", "=> \"io-"] {
                for (i, _) in text.match_indices(pat) {
                    let rest = &text[i + pat.len()..];
                    let (prefix, rest) = match pat.strip_prefix("=> \"") {
                        Some(p) => (p, rest),
                        None => match rest.trim_start().strip_prefix('"') {
                            Some(r) => ("", r),
                            None => continue,
                        },
                    };
                    let id: String = rest
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                        .collect();
                    if rest[id.len()..].starts_with('"') && !id.is_empty() {
                        used.insert(format!("{prefix}{id}"));
                    }
                }
            }
        }
        assert!(used.len() > 120, "{} ids found", used.len());
        for id in &used {
            assert!(en.has(id), "`{id}` is used but not in src/ui/en.ftl");
        }
    }

    /// Translations use only the arguments the code passes (those the
    /// English message uses), so no translation fails to format and falls
    /// back to English unnoticed.
    #[test]
    fn translations_use_only_the_arguments_english_has() {
        let vars = |text: &str| -> std::collections::BTreeSet<String> {
            text.split('$')
                .skip(1)
                .map(|r| {
                    r.chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                        .collect()
                })
                .collect()
        };
        let messages = |text: &str| -> Vec<(String, String)> {
            // A message's value, after the comment just above it (which may
            // name arguments the English text does not show).
            let mut out: Vec<(String, String)> = Vec::new();
            let mut comment = String::new();
            for l in text.lines() {
                if let Some(c) = l.strip_prefix("# ") {
                    comment.push_str(c);
                } else if let Some((k, v)) = l.split_once(" = ")
                    && !k.starts_with([' ', '#'])
                {
                    out.push((k.to_string(), format!("{comment} {v}")));
                    comment.clear();
                } else if l.trim().is_empty() {
                    comment.clear();
                } else if l.starts_with(' ')
                    && let Some(last) = out.last_mut()
                {
                    last.1.push_str(l);
                }
            }
            out
        };
        let english: std::collections::BTreeMap<String, String> =
            messages(LANGUAGES[0].1).into_iter().collect();
        let mut checked = 0;
        for (lang, text) in &LANGUAGES[1..] {
            let b = bundle(lang);
            for (id, value) in messages(text) {
                // Option descriptions: English comes from the code's doc comments.
                let en_value = match english.get(&id) {
                    Some(v) => v.as_str(),
                    None if id.starts_with("arg-") => "",
                    None => panic!("{lang}: `{id}` is not an English message"),
                };
                let allowed = vars(en_value);
                for v in vars(&value) {
                    assert!(
                        allowed.contains(&v),
                        "{lang}: `{id}` uses ${v}, English does not"
                    );
                }
                let mut args = FluentArgs::new();
                for v in &allowed {
                    args.set(v.clone(), "x");
                }
                let mut errors = Vec::new();
                let p = b.get_message(&id).and_then(|m| m.value()).unwrap();
                b.format_pattern(p, Some(&args), &mut errors);
                assert!(errors.is_empty(), "{lang}: `{id}`: {errors:?}");
                checked += 1;
            }
        }
        assert!(checked > 300, "{checked}");
    }

    #[test]
    fn every_language_has_every_message_and_plural() {
        let ids = |text: &str| -> Vec<String> {
            text.lines()
                .filter_map(|l| l.split_once(" = ").map(|(k, _)| k.trim().to_string()))
                .filter(|k| !k.starts_with('#') && !k.starts_with(' ') && !k.is_empty())
                .collect()
        };
        let en = ids(LANGUAGES[0].1);
        assert!(en.len() > 30);
        for (lang, text) in LANGUAGES {
            let ui = Ui::new(lang);
            for id in &en {
                assert!(
                    ui.has(id) || text.contains(&format!("{id} =")),
                    "{lang}: {id}"
                );
            }
        }
        let es = Ui::new("es");
        assert_eq!(
            es.fmt("sync-written", &[("count", 1.into())]),
            "1 catálogo escrito"
        );
        assert_eq!(
            es.fmt("sync-written", &[("count", 3.into())]),
            "3 catálogos escritos"
        );
        assert_eq!(Ui::new("fa").text("error"), "خطا");
        assert_eq!(Ui::new("xx").text("status-language"), "Language");
    }
}

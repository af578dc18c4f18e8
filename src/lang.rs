//! Languages: tags (unic-langid), text direction, native names, gettext plural forms.

use crate::ui::Msg;
use unic_langid::{CharacterDirection, LanguageIdentifier};

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// A project language: its canonical tag and resolved properties.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Language {
    pub tag: String,
    pub id: LanguageIdentifier,
    pub direction: Direction,
    pub name: String,
}

/// Old ISO 639 codes that unic-langid does not canonicalize.
const ALIASES: &[(&str, &str)] = &[
    ("iw", "he"),
    ("in", "id"),
    ("ji", "yi"),
    ("jw", "jv"),
    ("mo", "ro"),
];

impl Language {
    /// Parses and canonicalizes a BCP 47 tag (`fa_IR` → `fa-IR`, `iw` → `he`).
    pub fn parse(tag: &str) -> Result<Language, Msg> {
        let mut id: LanguageIdentifier = tag
            .parse()
            .map_err(|_| Msg::new("lang-invalid").arg("tag", tag))?;
        if id.language.is_empty() {
            return Err(Msg::new("lang-no-language").arg("tag", tag));
        }
        if let Some((_, to)) = ALIASES
            .iter()
            .find(|(from, _)| id.language.as_str() == *from)
        {
            id.language = to
                .parse()
                .map_err(|_| Msg::new("lang-invalid").arg("tag", tag))?;
        }
        let direction = match id.character_direction() {
            CharacterDirection::RTL => Direction::Rtl,
            _ => Direction::Ltr,
        };
        let tag = id.to_string();
        let name = match tag.as_str() {
            "en-XA" => "Pseudo (accented)".to_string(),
            "ar-XB" => "Pseudo (right-to-left)".to_string(),
            _ => native_name(&id).unwrap_or_else(|| tag.clone()),
        };
        Ok(Language {
            tag,
            id,
            direction,
            name,
        })
    }
}

fn native_name(id: &LanguageIdentifier) -> Option<String> {
    let base = match id.language.as_str() {
        "en" => "English",
        "es" => "Español",
        "fa" => "فارسی",
        "ar" => "العربية",
        "he" => "עברית",
        "ur" => "اردو",
        "fr" => "Français",
        "de" => "Deutsch",
        "it" => "Italiano",
        "pt" => "Português",
        "nl" => "Nederlands",
        "pl" => "Polski",
        "ru" => "Русский",
        "uk" => "Українська",
        "tr" => "Türkçe",
        "zh" => "中文",
        "ja" => "日本語",
        "ko" => "한국어",
        "hi" => "हिन्दी",
        "bn" => "বাংলা",
        "id" => "Bahasa Indonesia",
        "vi" => "Tiếng Việt",
        "el" => "Ελληνικά",
        "sv" => "Svenska",
        "ca" => "Català",
        "ps" => "پښتو",
        "ckb" => "کوردی",
        _ => return None,
    };
    let region = id.region.map(|r| r.as_str().to_string());
    Some(match region {
        Some(r) => format!("{base} ({r})"),
        None => base.to_string(),
    })
}

/// The gettext `Plural-Forms` header for a language.
pub fn plural_forms(id: &LanguageIdentifier) -> &'static str {
    match id.language.as_str() {
        "ar" => {
            "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);"
        }
        "fa" | "fr" | "hi" | "bn" | "ps" => "nplurals=2; plural=(n > 1);",
        "pt" if id.region.map(|r| r.as_str() == "BR").unwrap_or(false) => {
            "nplurals=2; plural=(n > 1);"
        }
        "ja" | "ko" | "zh" | "vi" | "id" | "tr" => "nplurals=1; plural=0;",
        "ru" | "uk" => {
            "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"
        }
        "pl" => {
            "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"
        }
        "he" => "nplurals=2; plural=(n != 1);",
        _ => "nplurals=2; plural=(n != 1);",
    }
}

/// English names people type instead of tags.
pub(crate) const NAMES: &[(&str, &str)] = &[
    ("english", "en"),
    ("spanish", "es"),
    ("castilian", "es"),
    ("persian", "fa"),
    ("farsi", "fa"),
    ("arabic", "ar"),
    ("hebrew", "he"),
    ("urdu", "ur"),
    ("french", "fr"),
    ("german", "de"),
    ("italian", "it"),
    ("portuguese", "pt"),
    ("brazilian", "pt-BR"),
    ("dutch", "nl"),
    ("polish", "pl"),
    ("russian", "ru"),
    ("ukrainian", "uk"),
    ("turkish", "tr"),
    ("chinese", "zh"),
    ("japanese", "ja"),
    ("korean", "ko"),
    ("hindi", "hi"),
    ("bengali", "bn"),
    ("indonesian", "id"),
    ("vietnamese", "vi"),
    ("greek", "el"),
    ("swedish", "sv"),
    ("catalan", "ca"),
    ("pashto", "ps"),
    ("kurdish", "ckb"),
    ("sorani", "ckb"),
];

/// The tag of a language written by its English name (`farsi` → `fa`).
pub fn tag_of_name(name: &str) -> Option<&'static str> {
    let lower = name.to_ascii_lowercase();
    NAMES.iter().find(|(n, _)| *n == lower).map(|(_, t)| *t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directions_and_names() {
        let fa = Language::parse("fa").unwrap();
        assert_eq!(fa.direction, Direction::Rtl);
        assert_eq!(fa.name, "فارسی");
        assert_eq!(Language::parse("ar").unwrap().direction, Direction::Rtl);
        assert_eq!(Language::parse("es").unwrap().direction, Direction::Ltr);
        assert_eq!(Language::parse("fa_IR").unwrap().tag, "fa-IR");
        assert_eq!(Language::parse("iw").unwrap().tag, "he");
        assert_eq!(Language::parse("iw").unwrap().direction, Direction::Rtl);
        assert!(Language::parse("not a tag").is_err());
        assert!(Language::parse("").is_err());
    }

    #[test]
    fn plural_headers() {
        let p = |t: &str| plural_forms(&t.parse().unwrap());
        assert_eq!(p("es"), "nplurals=2; plural=(n != 1);");
        assert_eq!(p("fa"), "nplurals=2; plural=(n > 1);");
        assert!(p("ar").starts_with("nplurals=6;"));
        assert_eq!(p("pt-BR"), "nplurals=2; plural=(n > 1);");
    }
}

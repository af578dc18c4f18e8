//! Tests of word diffs, change classes and carry-over.

use super::ChangeClass::*;
use super::*;

#[test]
fn classes() {
    let cases: &[(&str, &str, &[ChangeClass])] = &[
        ("Same text.", "Same text.", &[]),
        ("Two  spaces here.", "Two spaces here.", &[Whitespace]),
        ("Hello, world.", "Hello world!", &[Punctuation]),
        ("The recieve function.", "The receive function.", &[Typo]),
        ("I like cats.", "I love dogs a lot.", &[Wording]),
        ("Read **this** now.", "Read _this_ now.", &[Markup]),
        (
            "See [docs](https://a.example/x).",
            "See [docs](https://a.example/y).",
            &[Link],
        ),
        (
            "Run `cargo build` first.",
            "Run `cargo test` first.",
            &[Code],
        ),
        ("More than 2 million.", "More than 3 million.", &[Number]),
        ("Version 1.5 is out.", "Version 1.6 is out.", &[Number]),
        (
            "More than 2 million.",
            "More than 3 billion.",
            &[Number, Wording],
        ),
        (
            "See [docs](https://a/x).",
            "See [the docs](https://a/y).",
            &[Link, Wording],
        ),
        ("Plain.", "Plain with [a link](x).", &[Markup, Wording]),
    ];
    for (a, b, want) in cases {
        assert_eq!(classify(a, b), want.to_vec(), "{a:?} → {b:?}");
    }
}

#[test]
fn carries_numbers_links_code() {
    let c = carry_over(
        "Our mirrors serve more than 2 million downloads.",
        "Our mirrors serve more than 3 million downloads.",
        "آینه‌های ما بیش از ۲ میلیون بارگیری را پاسخ می‌دهند.",
    )
    .unwrap();
    assert_eq!(
        c.translation,
        "آینه‌های ما بیش از ۳ میلیون بارگیری را پاسخ می‌دهند."
    );
    assert_eq!(c.note(), "dragoman: carried over (number 2 → 3)");
    let c = carry_over(
        "See [my site](https://old.example/a) and run `make`.",
        "See [my site](https://new.example/b) and run `make all`.",
        "Mira [mi sitio](https://old.example/a) y ejecuta `make`.",
    )
    .unwrap();
    assert_eq!(
        c.translation,
        "Mira [mi sitio](https://new.example/b) y ejecuta `make all`."
    );
    assert_eq!(c.classes, vec![Link, Code]);
    let c = carry_over("Re-wrapped\ntext.", "Re-wrapped text.", "Texto.").unwrap();
    assert_eq!(c.translation, "Texto.");
    let c = carry_over(
        "In 2019 we had 40 members.",
        "In 2019 we had 45 members.",
        "En 2019 teníamos 40 miembros.",
    )
    .unwrap();
    assert_eq!(c.translation, "En 2019 teníamos 45 miembros.");
}

#[test]
fn refuses_when_not_safe() {
    assert_eq!(
        carry_over("I like cats.", "I love cats.", "Me gustan los gatos."),
        Err(Refusal::NotMechanical(Wording))
    );
    assert_eq!(
        carry_over("Up to 30 days.", "Up to 21 days.", "Hasta un mes."),
        Err(Refusal::Absent("30".into()))
    );
    assert_eq!(
        carry_over(
            "Up to 30 days.",
            "Up to 21 days.",
            "Hasta 30 días (30 naturales)."
        ),
        Err(Refusal::Ambiguous("30".into()))
    );
    assert_eq!(
        carry_over("Run `a`.", "Run `b`.", "Ejecuta `a` o `a`."),
        Err(Refusal::Ambiguous("a".into()))
    );
    assert_eq!(
        carry_over("See [x](https://a).", "See [x](https://b).", "Mira x."),
        Err(Refusal::Absent("https://a".into()))
    );
    // A number inside code or a URL is not a number of the text.
    assert_eq!(
        carry_over("Use 2 cores.", "Use 4 cores.", "Usa `2` núcleos."),
        Err(Refusal::Absent("2".into()))
    );
}

#[test]
fn arabic_indic_digits() {
    let c = carry_over("Within 30 days.", "Within 45 days.", "خلال ٣٠ يومًا.").unwrap();
    assert_eq!(c.translation, "خلال ٤٥ يومًا.");
}

/// The target language's number formatting is kept: Persian and Arabic
/// decimal and thousands separators stay as the translator wrote them.
#[test]
fn native_separators_are_kept() {
    let c = carry_over("Up 15.5 percent.", "Up 15.6 percent.", "۱۵٫۵ درصد بیشتر.").unwrap();
    assert_eq!(c.translation, "۱۵٫۶ درصد بیشتر.");
    let c = carry_over(
        "About 1,200 people.",
        "About 1,350 people.",
        "حوالي ١٬٢٠٠ شخص.",
    )
    .unwrap();
    assert_eq!(c.translation, "حوالي ١٬٣٥٠ شخص.");
    // A whole number that gains a fraction takes the native separator.
    let c = carry_over("Up 15 percent.", "Up 15.5 percent.", "۱۵ درصد بیشتر.").unwrap();
    assert_eq!(c.translation, "۱۵٫۵ درصد بیشتر.");
    // A translator who writes ASCII separators with native digits keeps them.
    let c = carry_over("Up 15.5 percent.", "Up 15.6 percent.", "۱۵.۵ درصد بیشتر.").unwrap();
    assert_eq!(c.translation, "۱۵.۶ درصد بیشتر.");
}

#[test]
fn word_diff_renders() {
    let d = word_diff("a team of twenty volunteers", "a team of thirty volunteers");
    assert_eq!(
        render_diff(&d, false),
        "a team of [-twenty-]{+thirty+} volunteers"
    );
    assert!(render_diff(&d, true).contains("\x1b[31;9mtwenty\x1b[0m"));
}

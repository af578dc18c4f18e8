//! Traps from the reviewer's audit of the comprehensive-rust catalogs
//! (`tests/judged-findings.tsv`): findings judged false, each kept gone here
//! with a case of our own wording.

use super::{Case, c, h};

pub(super) const CASES: &[Case] = &[
    // A period added to a fragment is harmless; a lost one is not.
    c(
        "es",
        "Fast and small",
        "Rápido y pequeño.",
        &[],
        &["end-punctuation"],
    ),
    c("es", "Is it fast", "¿Es rápido?", &["end-punctuation"], &[]),
    c(
        "fa",
        "Tools, builds, etc.)",
        "ابزارها، ساخت‌ها و غیره)",
        &[],
        &["end-punctuation"],
    ),
    // Code blocks and template directives stay as they are.
    c(
        "es",
        "```toml\n[package]\nname = \"demo\"\n```",
        "```toml\n[package]\nname = \"demo\"\n```",
        &[],
        &["untranslated", "md-broken-delimiter"],
    ),
    c(
        "es",
        "```text\nA `broken! diagram\n```",
        "```text\nA `broken! diagram\n```",
        &[],
        &["es-exclamation", "md-broken-delimiter"],
    ),
    c(
        "ar",
        "{{%course outline Day 1}}",
        "{{%course outline Day 1}}",
        &[],
        &["untranslated"],
    ),
    h(
        "es",
        "x86, ARM, WebAssembly, RISC-V",
        "x86, ARM, WebAssembly, RISC-V",
        &[],
        &["untranslated"],
    ),
    c(
        "es",
        "We like red, green, blue and gray colors.",
        "We like red, green, blue and gray colors.",
        &["untranslated"],
        &[],
    ),
    // A macro's `!` pushed out of a broken code span is md-code's.
    c(
        "es",
        "Use `join!` here.",
        "Usa `join`! aquí.",
        &["md-code"],
        &["es-exclamation"],
    ),
    // Chapter and version numbers are no decimals; an ellipsis is no period.
    c(
        "es",
        "See [Chapter 19.5](https://example.org/ch19-05.html).",
        "Consulta el [capítulo 19.5](https://example.org/ch19-05.html).",
        &[],
        &["es-number-format"],
    ),
    c(
        "es",
        "It weighs 2.5 kg.",
        "Pesa 2.5 kg.",
        &["es-number-format"],
        &[],
    ),
    c(
        "es",
        "Use \"ASM\" under \"...\" there.",
        "Usa \"ASM\" en \"...\" ahí.",
        &[],
        &["es-quote-period"],
    ),
    // The same address with and without its root slash.
    c(
        "fa",
        "See <https://example.org/>.",
        "<https://example.org> را ببینید.",
        &[],
        &["url"],
    ),
    c(
        "fa",
        "See <https://example.org/a>.",
        "<https://example.org/b> را ببینید.",
        &["url"],
        &[],
    ),
    // The source's code numbers are no new numbers when the code is unwrapped.
    c(
        "fa",
        "`3.14`, `2_f32`",
        "<code>3.14</code>، <code>2_f32</code>",
        &["md-html"],
        &["number"],
    ),
    // Digits of names and of subscripts are the names'.
    c(
        "fa",
        "On aarch64, 8 registers.",
        "روی aarch64، ۸ رجیستر.",
        &[],
        &["fa-mixed-digits"],
    ),
    c(
        "fa",
        "_n<sub>3</sub>_ = 10 / 2",
        "_n<sub>3</sub>_ = ۱۰ / ۲",
        &[],
        &["fa-mixed-digits"],
    ),
    c(
        "fa",
        "It is 16 / 2 = 8.",
        "۱۶ / ۲ = 8 است.",
        &["fa-mixed-digits"],
        &[],
    ),
    // Round 2: "and so on." said with etc., a list's "...", a list item's comma.
    c(
        "es",
        "Loops, conditionals, and so on.",
        "Bucles, condicionales, etc.",
        &[],
        &["end-punctuation"],
    ),
    c(
        "es",
        "`(T1, T2)`, `[T; N]`, ...",
        "`(T1, T2)`, `[T; N]`, etc.",
        &[],
        &["end-punctuation"],
    ),
    c(
        "fa",
        "firmware and boot loaders,",
        "میان‌افزار و بوت‌لودرها",
        &[],
        &["end-punctuation"],
    ),
    h(
        "es",
        "use, super, self",
        "use, super, self",
        &[],
        &["untranslated"],
    ),
    c(
        "fa",
        "GPIO 0 pin 21 is on.",
        "در GPIO 0 پایه ۲۱ روشن است.",
        &[],
        &["fa-mixed-digits"],
    ),
    // A type written as text is no tag; an element is.
    c(
        "fa",
        "`Arc<T>` is shared.",
        "\"Arc<T>\" مشترک است.",
        &["md-code"],
        &["md-html"],
    ),
    c(
        "fa",
        "It is shared.",
        "<b>مشترک</b> است.",
        &["md-html"],
        &[],
    ),
    // The Arabic comma lists numbers; `v2` is 2.
    c(
        "fa",
        "It starts with `[0,1]`.",
        "با «[0،1]» شروع می‌شود.",
        &["md-code"],
        &["number"],
    ),
    c(
        "es",
        "We use the micro:bit v2.",
        "Usamos la micro:bit versión 2.",
        &[],
        &["number"],
    ),
];

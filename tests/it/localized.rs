//! dragoman speaks its users' languages: the interface language comes from
//! --ui-lang, DRAGOMAN_UI_LANG, LC_ALL, LC_MESSAGES or LANG (first set wins),
//! with English for anything missing.

use std::path::Path;

use assert_cmd::Command;

use crate::project;
use project::sample;

/// The binary under `LANG=lang`, nothing else set.
fn under(dir: &Path, lang: &str) -> Command {
    let mut c = Command::cargo_bin("dragoman").unwrap();
    c.current_dir(dir)
        .env_remove("DRAGOMAN_UI_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", lang);
    c
}

fn output(mut c: Command, args: &[&str]) -> (String, String, i32) {
    let out = c.args(args).output().unwrap();
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn persian() {
    let dir = sample();
    let d = dir.path();
    let (out, _, code) = output(under(d, "fa_IR.UTF-8"), &["status", "--lang", "fa"]);
    assert_eq!(code, 0);
    for heading in ["زبان", "بیانیه", "ترجمه‌شده", "قدیمی", "پوشش", "جمع"]
    {
        assert!(out.contains(heading), "{heading} in {out}");
    }
    let (out, _, _) = output(under(d, "fa_IR.UTF-8"), &["sync", "--lang", "fa"]);
    assert!(
        out.starts_with("fa: ")
            && out.contains("بدون تغییر")
            && out.contains(" منسوخ؛ ")
            && out.contains("کاتالوگ نوشته شد"),
        "{out}"
    );
    let (_, err, code) = output(under(d, "fa_IR.UTF-8"), &["status", "--lang", "fz"]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("خطا: زبان `fz` در این پروژه نیست (زبان‌ها: es، fa، ar، en-XA، ar-XB)")
            && err.contains("منظورتان `fa` بود؟"),
        "{err}"
    );
    let (out, _, _) = output(under(d, "fa_IR.UTF-8"), &["--help"]);
    assert!(
        out.contains("کاربرد:") && out.contains("فرمان‌ها:") && out.contains("گزارش پوشش ترجمه"),
        "{out}"
    );
    let (out, _, _) = output(under(d, "fa_IR.UTF-8"), &["sync", "--help"]);
    assert!(
        out.contains("گزینه‌ها:") && out.contains("نمایش راهنما"),
        "{out}"
    );
}

#[test]
fn arabic() {
    let dir = sample();
    let d = dir.path();
    let ar = |args: &[&str]| output(under(d, "ar_EG.UTF-8"), args);
    let (out, _, code) = ar(&["status", "--lang", "ar"]);
    assert_eq!(code, 0);
    for heading in ["اللغة", "البيان", "مترجَمة", "قديمة", "التغطية", "المجموع"]
    {
        assert!(out.contains(heading), "{heading} in {out}");
    }
    let (out, _, _) = ar(&["sync", "--lang", "ar"]);
    assert!(
        out.starts_with("ar: بلا تغيير ") && out.contains("؛ الكتالوجات المكتوبة: 0"),
        "{out}"
    );
    let (_, err, code) = ar(&["status", "--lang", "fz"]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("خطأ: اللغة `fz` ليست في هذا المشروع") && err.contains("هل تقصد `fa`؟"),
        "{err}"
    );
    let (_, err, code) = ar(&["sycn"]);
    assert_eq!(code, 2);
    assert!(err.starts_with("خطأ: أمر مجهول 'sycn'"), "{err}");
    let (out, _, _) = ar(&["diff", "--lang", "ar"]);
    assert!(out.contains(" [صياغة] "), "{out}");
    let (out, _, _) = ar(&["--help"]);
    assert!(
        out.contains("الاستخدام:") && out.contains("الأوامر:"),
        "{out}"
    );
}

#[test]
fn spanish() {
    let dir = sample();
    let d = dir.path();
    let (out, _, _) = output(
        under(d, "es_ES.UTF-8"),
        &["status", "--format", "markdown", "--lang", "es"],
    );
    assert!(
        out.starts_with("| Idioma | Declaración | Traducidos | Desactualizados |"),
        "{out}"
    );
    assert!(out.contains("| **es** | **total** |"), "{out}");
    let (_, err, code) = output(
        under(d, "es_ES.UTF-8"),
        &["status", "--lang", "es", "--min", "100.5"],
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("cobertura por debajo del 100.5 %: es"),
        "{err}"
    );
    let (out, _, _) = output(
        under(d, "es_ES.UTF-8"),
        &["sync", "--dry-run", "--lang", "es"],
    );
    assert!(
        out.contains("sin cambios") && out.contains("se escribirían 0 catálogos"),
        "{out}"
    );
    let empty = tempfile::tempdir().unwrap();
    let (_, err, code) = output(under(empty.path(), "es_ES.UTF-8"), &["status"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("no se encontró dragoman.toml") && err.contains("dragoman init"),
        "{err}"
    );
    let (out, _, _) = output(under(d, "es_ES.UTF-8"), &["--help"]);
    assert!(
        out.contains("Uso:") && out.contains("Órdenes:") && out.contains("Opciones:"),
        "{out}"
    );
}

#[test]
fn choice_and_fallback() {
    let dir = sample();
    let d = dir.path();
    let heading = |c: Command, args: &[&str]| {
        let (out, _, _) = output(c, args);
        out.lines().nth(1).unwrap_or("").to_string()
    };
    // A language dragoman does not speak, and the C locale: English.
    assert!(heading(under(d, "de_DE.UTF-8"), &["status"]).contains("Language"));
    assert!(heading(under(d, "C.UTF-8"), &["status"]).contains("Language"));
    // The system locale falls back quietly; a language asked for by name
    // that dragoman does not speak gets a warning.
    let (_, err, code) = output(under(d, "de_DE.UTF-8"), &["status"]);
    assert_eq!((code, err.as_str()), (0, ""));
    let (out, err, code) = output(under(d, "fa_IR.UTF-8"), &["--ui-lang", "de", "status"]);
    assert_eq!(code, 0);
    assert!(out.contains("Language"), "{out}");
    assert_eq!(
        err,
        "warning: dragoman does not speak `de`; messages are in English (it speaks en, es, fa, ar)\n"
    );
    // --ui-lang beats everything; DRAGOMAN_UI_LANG and LC_ALL beat LANG.
    assert!(heading(under(d, "fa_IR.UTF-8"), &["--ui-lang", "es", "status"]).contains("Idioma"));
    assert!(heading(under(d, "fa_IR.UTF-8"), &["status", "--ui-lang=en"]).contains("Language"));
    let mut c = under(d, "es_ES.UTF-8");
    c.env("LC_ALL", "fa_IR.UTF-8");
    assert!(heading(c, &["status"]).contains("زبان"));
    let mut c = under(d, "fa_IR.UTF-8");
    c.env("DRAGOMAN_UI_LANG", "es");
    assert!(heading(c, &["status"]).contains("Idioma"));
    // JSON stays the same whatever the language: it is for programs.
    let json = |lang| output(under(d, lang), &["status", "--format", "json"]).0;
    assert_eq!(json("fa_IR.UTF-8"), json("C"));
    let sync_json = |lang| {
        output(
            under(d, lang),
            &["sync", "--dry-run", "--format", "json", "--lang", "fa"],
        )
        .0
    };
    let v: serde_json::Value = serde_json::from_str(&sync_json("fa_IR.UTF-8")).unwrap();
    assert_eq!(v["dry_run"], true);
    assert_eq!(v["languages"][0]["lang"], "fa");
    assert!(
        v["languages"][0]["report"]["unchanged"]["segments"]
            .as_u64()
            .unwrap()
            > 0
    );
    assert_eq!(sync_json("fa_IR.UTF-8"), sync_json("C"));
}

#[test]
fn check_messages_in_the_interface_language() {
    let dir = sample();
    let d = dir.path();
    // A Latin comma between Persian words, and an unclosed Spanish question.
    let fa = d.join("locales/fa/lucas-moreau.po");
    let mut cat =
        dragoman::catalog::Catalog::parse_po(&std::fs::read_to_string(&fa).unwrap()).unwrap();
    let m = cat
        .messages
        .iter_mut()
        .find(|m| !m.obsolete && m.source == "Experience")
        .unwrap();
    m.translation = vec!["تجربه, کار".into()];
    m.stale = false;
    std::fs::write(&fa, cat.write_po()).unwrap();
    let es = d.join("locales/es/lucas-moreau.po");
    let mut cat =
        dragoman::catalog::Catalog::parse_po(&std::fs::read_to_string(&es).unwrap()).unwrap();
    let m = cat
        .messages
        .iter_mut()
        .find(|m| !m.obsolete && m.source.starts_with("I am a software engineer"))
        .unwrap();
    m.translation = vec!["¿Soy ingeniera de software y colaboro desde hace tiempo.".into()];
    std::fs::write(&es, cat.write_po()).unwrap();

    let (out, _, code) = output(under(d, "fa_IR.UTF-8"), &["check", "--lang", "fa"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("هشدار[fa-latin-punctuation]: «,» لاتین در متن فارسی: از «،» استفاده کنید"),
        "{out}"
    );
    assert!(out.contains("هشدار، ") || out.contains(" هشدار،"), "{out}");
    let (out, _, _) = output(under(d, "es_ES.UTF-8"), &["check", "--lang", "es"]);
    assert!(
        out.contains("[es-question]: las preguntas en español se abren con ¿ y se cierran con ?: falta uno de los dos"),
        "{out}"
    );
    // English, and JSON in any language, keep the English text.
    let (out, _, _) = output(under(d, "C"), &["check", "--lang", "es"]);
    assert!(
        out.contains("Spanish questions open with ¿ and close with ?: one of them is missing"),
        "{out}"
    );
    let json = |lang| output(under(d, lang), &["check", "--format", "json"]).0;
    assert_eq!(json("fa_IR.UTF-8"), json("C"));
}

/// flag → first line of its description, from `--help`.
fn descriptions(help: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for line in help.lines() {
        let t = line.trim_start();
        if !(t.starts_with('-') || t.starts_with('<') || t.starts_with('['))
            || line.len() == t.len()
        {
            continue;
        }
        let Some(gap) = t.find("  ") else { continue };
        let (flag, desc) = (t[..gap].trim(), t[gap..].trim());
        if !desc.is_empty() {
            out.push((flag.to_string(), desc.to_string()));
        }
    }
    out
}

#[test]
fn every_option_is_described_in_every_interface_language() {
    let dir = sample();
    let d = dir.path();
    let top = output(under(d, "C"), &["--help"]).0;
    let commands = project::help_commands(&top);
    assert!(commands.len() >= 14);
    for cmd in std::iter::once("").chain(commands.iter().map(String::as_str)) {
        let args: Vec<&str> = if cmd.is_empty() {
            vec!["-h"]
        } else {
            vec![cmd, "-h"]
        };
        let english = descriptions(&output(under(d, "C"), &args).0);
        assert!(!english.is_empty(), "{cmd}");
        for lang in ["es_ES.UTF-8", "fa_IR.UTF-8", "ar_EG.UTF-8"] {
            let local = descriptions(&output(under(d, lang), &args).0);
            for (flag, desc) in &english {
                let theirs = local.iter().find(|(f, _)| f == flag);
                let Some((_, l)) = theirs else {
                    panic!("{lang} `dragoman {cmd}`: {flag} missing from the help");
                };
                assert_ne!(
                    l, desc,
                    "{lang} `dragoman {cmd}`: {flag} is described in English"
                );
            }
        }
    }
}

/// `args` run in `d` with a Spanish interface.
fn es(d: &Path, args: &[&str]) -> (String, String, i32) {
    output(under(d, "es_ES.UTF-8"), args)
}

/// `args` run in `d` with a Persian interface.
fn fa(d: &Path, args: &[&str]) -> (String, String, i32) {
    output(under(d, "fa_IR.UTF-8"), args)
}

// Errors (from our readers, the configuration, the file system) and the
// commands' reports speak the interface language; positions stay as they are.

#[test]
fn syntax_errors_in_the_interface_language() {
    // A PO syntax error, with its position.
    let dir = sample();
    let d = dir.path();
    let po = d.join("locales/fa/amara-okafor.po");
    std::fs::write(&po, "msgid \"a\"\nmsgstr \"\\q\"\n").unwrap();
    let (_, err, code) = es(d, &["status"]);
    assert_eq!(code, 2);
    assert_eq!(
        err,
        "error: locales/fa/amara-okafor.po:2:9: secuencia de escape no válida `\\q`\n"
    );
    let (_, err, _) = fa(d, &["status"]);
    assert_eq!(
        err,
        "خطا: locales/fa/amara-okafor.po:2:9: دنبالهٔ گریز نامعتبر `\\q`\n"
    );
}

#[test]
fn configuration_errors_in_the_interface_language() {
    // A configuration error the TOML parser reports, by kind.
    let dir = sample();
    let d = dir.path();
    let cfg = d.join("dragoman.toml");
    let text = std::fs::read_to_string(&cfg).unwrap();
    std::fs::write(&cfg, format!("colour = true\n{text}")).unwrap();
    let (_, err, _) = fa(d, &["status"]);
    assert!(
        err.starts_with(
            "خطا: dragoman.toml:1:1: کلید ناشناخته `colour`؛ یکی از این‌ها انتظار می‌رفت: `name`"
        ),
        "{err}"
    );
    let (_, err, _) = es(d, &["status"]);
    assert!(
        err.starts_with(
            "error: dragoman.toml:1:1: clave desconocida `colour`; se esperaba una de: `name`"
        ),
        "{err}"
    );

    // A configuration error of ours, after its (untranslated) key.
    std::fs::write(&cfg, text.replace("\"en-XA\"", "\"es\"")).unwrap();
    let (_, err, _) = es(d, &["status"]);
    assert!(
        err.contains("dragoman.toml:4:") && err.contains(": languages: `es` aparece dos veces"),
        "{err}"
    );
}

#[test]
fn file_system_errors_in_the_interface_language() {
    // The file system, by kind; a language name.
    let dir = sample();
    let d = dir.path();
    let (_, err, code) = es(d, &["import", "--lang", "es", "statements/nope.md", "x.md"]);
    assert_eq!(code, 2);
    assert_eq!(err, "error: statements/nope.md: no existe\n");
    let (_, err, _) = es(d, &["status", "--lang", "farsi"]);
    assert!(err.ends_with("¿quisiste decir `fa`?\n"), "{err}");
    let (_, err, _) = fa(d, &["add-lang", "persan"]);
    assert!(
        err.contains("کد زبان نیست") && err.contains("منظورتان `fa` بود؟"),
        "{err}"
    );
}

#[test]
fn reports_in_the_interface_language() {
    let dir = sample();
    let d = dir.path();
    // Reports: add-lang, import (with the alignment's findings), build.
    let (out, _, code) = es(d, &["add-lang", "de"]);
    assert_eq!(code, 0);
    assert!(
        out.starts_with(
            "añadido de (Deutsch, ltr); 4 catálogos escritos en locales/de/\nsiguientes pasos:\n"
        ),
        "{out}"
    );
    assert!(
        out.contains("  dragoman check --lang de     # problemas en las traducciones"),
        "{out}"
    );
    let fixture =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import/samira-haddad.es.md");
    let (out, _, code) = fa(
        d,
        &[
            "import",
            "--lang",
            "de",
            "statements/samira-haddad.md",
            fixture.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0);
    assert!(
        out.contains(" وارد شد (") && out.contains("برای بازبینی"),
        "{out}"
    );
    assert!(
        out.contains("بند: در پروندهٔ ترجمه‌شده ترجمه‌ای ندارد"),
        "{out}"
    );
    assert!(
        !out.contains("imported") && !out.contains("paragraph"),
        "{out}"
    );
    let (out, _, _) = es(d, &["diff", "--lang", "fa"]);
    assert!(
        out.starts_with("locales/fa/samira-haddad.po:36 [redacción] statements/samira-haddad.md\n"),
        "{out}"
    );
    let (out, _, _) = es(d, &["build", "--lang", "es"]);
    assert!(out.starts_with("1 idioma construido en "), "{out}");
}

#[test]
fn init_in_the_interface_language() {
    // init in an empty folder.
    let empty = tempfile::tempdir().unwrap();
    let (out, _, code) = fa(empty.path(), &["init"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("dragoman.toml نوشته شد") && out.contains("گام بعد: dragoman sync"),
        "{out}"
    );
}

/// Command-line usage errors (clap's English) are said in the interface
/// language too, with clap's suggestion and exit code.
#[test]
fn usage_errors_in_the_interface_language() {
    let dir = sample();
    let d = dir.path();
    let (_, err, code) = output(under(d, "es_ES.UTF-8"), &["sycn"]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with(
            "error: orden desconocida 'sycn'\n\n  consejo: ¿quisiste decir 'sync'?\n\nUso: dragoman"
        ),
        "{err}"
    );
    assert!(
        err.ends_with("Para más información, prueba '--help'.\n"),
        "{err}"
    );
    let (_, err, code) = output(under(d, "fa_IR.UTF-8"), &["status", "--format", "jsn"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("مقدار نامعتبر 'jsn' برای '--format <FORMAT>'")
            && err.contains("[مقدارهای ممکن: table, json, markdown]")
            && err.contains("منظورتان 'json' بود؟"),
        "{err}"
    );
    let (_, err, code) = output(under(d, "es_ES.UTF-8"), &["add-lang"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("faltan estos argumentos obligatorios:\n  <LANG>\n"),
        "{err}"
    );
    // English stays clap's own text.
    let (_, err, code) = output(under(d, "C"), &["sycn"]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("error: unrecognized subcommand 'sycn'"),
        "{err}"
    );
}

//! `dragoman import`: hand translations into catalogs by structural alignment.

use std::fs;
use std::path::Path;

use dragoman::catalog::Catalog;

use crate::project;
use crate::project::dragoman;
use project::{copy_dir, sample};

const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/import/samira-haddad.es.md"
);

fn catalog(path: &Path) -> Catalog {
    Catalog::parse_po(&fs::read_to_string(path).unwrap()).unwrap()
}

/// (translation, stale) of the live entry whose source starts with `start`.
fn entry(cat: &Catalog, start: &str) -> (String, bool) {
    let m = cat
        .messages
        .iter()
        .find(|m| !m.obsolete && m.source.starts_with(start))
        .unwrap_or_else(|| panic!("no entry {start:?}"));
    (m.translation.join("|"), m.stale)
}

/// The sample with the Spanish catalog of samira-haddad.md removed and the
/// fixture imported in its place: the project, the catalog and what import
/// printed.
fn imported_sample() -> (tempfile::TempDir, std::path::PathBuf, String) {
    let dir = sample();
    let d = dir.path();
    let po = d.join("locales/es/samira-haddad.po");
    fs::remove_file(&po).unwrap();
    let out = dragoman(d)
        .args([
            "import",
            "--lang",
            "es",
            "statements/samira-haddad.md",
            FIXTURE,
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (dir, po, String::from_utf8(out.stdout).unwrap())
}

#[test]
fn hand_translation_with_split_merged_and_missing_blocks() {
    let (_dir, _, text) = imported_sample();
    let fixture = FIXTURE;
    assert_eq!(
        text,
        format!(
            "statements/samira-haddad.md <- {fixture}: 10 imported (2 for review), 0 kept, 1 missing\n\
             \x20 statements/samira-haddad.md:8 <-> {fixture}:8: the translation splits this paragraph in two (lines 8 and 10); joined for review\n\
             \x20 statements/samira-haddad.md:16 <-> {fixture}:18: two source blocks (lines 16 and 17) are one block in the translation; imported into the first for review\n\
             \x20 statements/samira-haddad.md:22: paragraph has no translation in the translated file\n"
        )
    );
}

#[test]
fn imported_entries_in_source_order_and_marked_for_review() {
    let (_dir, po, _) = imported_sample();
    let fixture = FIXTURE;
    let cat = catalog(&po);
    // Entry by entry, in source order.
    let expected: [(&str, &str, bool); 12] = [
        ("Samira Haddad", "Samira Haddad", false),
        (
            "Candidate statement",
            "Declaración de candidatura sobre traducción y divulgación",
            false,
        ),
        ("Introduction", "Introducción", false),
        (
            "My name is Samira",
            "Me llamo Samira. Traduzco documentación técnica al árabe y al francés. Además, coordino un equipo de treinta personas voluntarias que traducen.",
            true,
        ),
        (
            "Why translation matters",
            "Por qué importa la traducción",
            false,
        ),
        (
            "Most newcomers",
            "La mayoría de quienes llegan leen la documentación en su primera lengua. Cuando la documentación solo está en inglés, mucha gente nunca empieza.",
            false,
        ),
        ("My goals", "Mis objetivos", false),
        (
            "**Translation sprints**",
            "**Sprints de traducción**: organizar dos sprints en línea al año, abiertos a todo el mundo; y **soporte de derecha a izquierda**: asegurar que nuestros sitios muestran bien el árabe, el persa y el hebreo.",
            true,
        ),
        ("**Right-to-left support**", "", false),
        (
            "**Recognition**",
            "**Reconocimiento**: nombrar a quienes traducen como colaboradores, igual que a quienes escriben código.",
            false,
        ),
        (
            "Translation is how",
            "La traducción es la forma en que una comunidad dice: aquí perteneces.",
            false,
        ),
        ("I would be glad", "", false),
    ];
    let live: Vec<_> = cat.messages.iter().filter(|m| !m.obsolete).collect();
    assert_eq!(live.len(), expected.len());
    for (m, (src, tr, stale)) in live.iter().zip(expected) {
        assert!(m.source.starts_with(src), "{:?} vs {src:?}", m.source);
        assert_eq!(entry(&cat, src), (tr.to_string(), stale), "{src}");
    }
    // Entries for review say where they came from and why.
    let merged = cat
        .messages
        .iter()
        .find(|m| m.source.starts_with("**Translation sprints**"))
        .unwrap();
    assert!(
        merged
            .comments
            .iter()
            .any(|c| c.starts_with(&format!("dragoman: imported from {fixture}:18: merged"))),
        "{:?}",
        merged.comments
    );
}

#[test]
fn an_imported_catalog_is_synced() {
    let (dir, _, _) = imported_sample();
    let d = dir.path();
    // The result is a synced catalog: sync changes nothing, check accepts it.
    dragoman(d)
        .args(["sync", "--lang", "es"])
        .assert()
        .success()
        .stdout(predicates::str::contains("0 catalog(s) written"));
    dragoman(d)
        .args([
            "diff",
            "--lang",
            "es",
            "--color",
            "never",
            "samira-haddad.md",
        ])
        .assert()
        .success()
        .stdout(predicates::str::contains("Me llamo Samira"));
}

#[test]
fn existing_translations_stay_unless_overwrite() {
    let dir = sample();
    let d = dir.path();
    let po = d.join("locales/es/samira-haddad.po");
    let old = catalog(&po);
    let translated = old
        .messages
        .iter()
        .filter(|m| !m.obsolete && m.has_translation())
        .count();
    assert!(translated > 5, "the sample has Spanish translations");
    dragoman(d)
        .args(["import", "--lang", "es", "samira-haddad.md", FIXTURE])
        .assert()
        .success()
        .stdout(predicates::str::contains(format!(
            "{} kept",
            translated.min(10)
        )));
    let after = catalog(&po);
    for (a, b) in old.messages.iter().zip(&after.messages) {
        if a.has_translation() {
            assert_eq!(
                a.translation, b.translation,
                "a translation was overwritten"
            );
        }
    }
    dragoman(d)
        .args([
            "import",
            "--lang",
            "es",
            "--overwrite",
            "samira-haddad.md",
            FIXTURE,
        ])
        .assert()
        .success()
        .stdout(predicates::str::contains(
            "10 imported (2 for review), 0 kept",
        ));
    assert_eq!(
        entry(&catalog(&po), "My goals"),
        ("Mis objetivos".to_string(), false)
    );
}

/// Blocks a "translation" leaves in the source language are not
/// translations: they are reported and never imported. What `check` accepts
/// as kept on purpose (a name, a term or two) still counts.
#[test]
fn blocks_left_in_the_source_language_are_not_imported() {
    let dir = sample();
    let d = dir.path();
    let po = d.join("locales/es/samira-haddad.po");
    let before = fs::read(&po).unwrap();
    let import = || {
        let out = dragoman(d)
            .args([
                "import",
                "--lang",
                "es",
                "statements/samira-haddad.md",
                "statements/samira-haddad.md",
            ])
            .output()
            .unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    let text = import();
    assert!(
        text.starts_with("statements/samira-haddad.md <- statements/samira-haddad.md: 0 imported (0 for review), 3 kept, 0 missing, 9 left untranslated\n"),
        "{text}"
    );
    assert!(
        text.contains("\n  statements/samira-haddad.md:8 <-> statements/samira-haddad.md:8: paragraph is left in the source language; not imported\n"),
        "{text}"
    );
    // Findings in document order.
    let lines: Vec<usize> = text
        .lines()
        .skip(1)
        .map(|l| {
            let place = l.trim_start().split(' ').next().unwrap();
            place.rsplit(':').next().unwrap().parse().unwrap()
        })
        .collect();
    assert!(lines.len() == 9 && lines.is_sorted(), "{lines:?}");
    assert_eq!(fs::read(&po).unwrap(), before, "nothing was written");
    // Mixed with the alignment's findings (a split, a merge, a missing
    // block), all come in document order.
    let fixture = fs::read_to_string(FIXTURE).unwrap();
    let mixed = d.join("mixed.md");
    fs::write(
        &mixed,
        fixture.replace(
            "La mayoría de quienes llegan leen la documentación en su primera lengua. Cuando la documentación solo está en inglés, mucha gente nunca empieza.",
            "Most newcomers read documentation in their first language. When the documentation is only in English, many people never start.",
        ),
    )
    .unwrap();
    let out = dragoman(d)
        .args(["import", "--lang", "es", "statements/samira-haddad.md"])
        .arg(&mixed)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let places: Vec<&str> = text
        .lines()
        .skip(1)
        .map(|l| l.trim_start().split(' ').next().unwrap())
        .collect();
    assert_eq!(
        places,
        [
            "statements/samira-haddad.md:8",
            "statements/samira-haddad.md:12",
            "statements/samira-haddad.md:16",
            "statements/samira-haddad.md:22:",
        ],
        "{text}"
    );
    // Into an empty catalog: the names come in, the English text does not.
    fs::remove_file(&po).unwrap();
    let text = import();
    assert!(
        text.contains(": 3 imported (0 for review), 0 kept, 0 missing, 9 left untranslated\n"),
        "{text}"
    );
    let cat = catalog(&po);
    assert_eq!(
        entry(&cat, "Samira Haddad"),
        ("Samira Haddad".to_string(), false)
    );
    assert_eq!(entry(&cat, "My name is Samira").0, "");
}

#[test]
fn batch_import_of_a_built_translation_restores_the_catalogs() {
    // Build the Spanish Markdown from the sample's catalogs, then import it into
    // a project without Spanish catalogs: every translation comes back.
    let dir = sample();
    let d = dir.path();
    dragoman(d)
        .args(["build", "--lang", "es"])
        .assert()
        .success();
    let fresh = tempfile::tempdir().unwrap();
    let f = fresh.path();
    fs::copy(d.join("dragoman.toml"), f.join("dragoman.toml")).unwrap();
    copy_dir(&d.join("statements"), &f.join("statements"));
    let translated = d.join("build/es");
    fs::write(translated.join("notes.md"), "A file with no statement.\n").unwrap();
    let out = dragoman(f)
        .args(["import", "--lang", "es", "--from"])
        .arg(&translated)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("notes.md: no statement at this path; not imported"),
        "{text}"
    );
    let mut compared = 0;
    for st in [
        "amara-okafor",
        "lucas-moreau",
        "samira-haddad",
        "board-2025/kenji-sato",
    ] {
        let orig = catalog(&d.join(format!("locales/es/{st}.po")));
        let imported = catalog(&f.join(format!("locales/es/{st}.po")));
        for m in orig
            .messages
            .iter()
            .filter(|m| !m.obsolete && !m.stale && m.has_translation())
        {
            let (tr, stale) = entry(&imported, &m.source);
            assert_eq!(tr, m.translation.join("|"), "{st}: {}", m.source);
            assert!(!stale, "{st}: {} imported for review", m.source);
            compared += 1;
        }
    }
    assert!(compared > 30, "{compared}");
}

#[test]
fn bad_files_are_reported_and_nothing_is_written() {
    let dir = sample();
    let d = dir.path();
    let locales = d.join("locales");
    let snapshot = || {
        let mut v = Vec::new();
        for e in fs::read_dir(locales.join("es")).unwrap().flatten() {
            if e.path().is_file() {
                v.push((e.path(), fs::read(e.path()).unwrap()));
            }
        }
        v.sort();
        v
    };
    let before = snapshot();
    let bad = d.join("bad.md");
    fs::write(&bad, "---\ntitle: [unclosed\n---\n\nTexto.\n").unwrap();
    dragoman(d)
        .args(["import", "--lang", "es", "samira-haddad.md"])
        .arg(&bad)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("bad.md:2:"));
    dragoman(d)
        .args(["import", "--lang", "es", "README.md", FIXTURE])
        .assert()
        .code(2);
    dragoman(d)
        .args(["import", "--lang", "en-XA", "samira-haddad.md", FIXTURE])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("pseudo-locale"));
    dragoman(d)
        .args(["import", "--lang", "es", "samira-haddad.md"])
        .assert()
        .code(2);
    assert!(before == snapshot(), "nothing may change");
}

#[test]
fn single_layout_import() {
    let dir = project::sample_single(&["es"]);
    let d = dir.path();
    // An existing catalog whose header a translator edited: the import keeps it.
    dragoman(d).arg("sync").assert().success();
    let po = d.join("locales/es.po");
    let text = fs::read_to_string(&po).unwrap();
    fs::write(
        &po,
        text.replacen(
            "\"Last-Translator: \\n\"",
            "\"Last-Translator: Ana <ana@example.org>\\n\"",
            1,
        ),
    )
    .unwrap();
    assert!(
        fs::read_to_string(&po)
            .unwrap()
            .contains("Ana <ana@example.org>")
    );
    dragoman(d)
        .args([
            "import",
            "--lang",
            "es",
            "--format",
            "json",
            "samira-haddad.md",
            FIXTURE,
        ])
        .assert()
        .success()
        .stdout(predicates::str::contains("\"for_review\": 2"));
    let cat = catalog(&d.join("locales/es.po"));
    assert_eq!(
        entry(&cat, "My goals"),
        ("Mis objetivos".to_string(), false)
    );
    assert!(entry(&cat, "My name is Samira").1);
    assert!(
        fs::read_to_string(&po)
            .unwrap()
            .contains("Last-Translator: Ana <ana@example.org>")
    );
}

use crate::corpus;

/// Real text: the comprehensive-rust corpus adopted with its Spanish catalog,
/// built to Spanish Markdown, then imported into a project without catalogs.
/// The alignment must give back the translations, and flag rather than guess.
#[test]
fn corpus_round_trip_recovers_the_translations() {
    let Some(corpus) = corpus::corpus() else {
        return;
    };
    let a = tempfile::tempdir().unwrap();
    let a = a.path();
    copy_dir(&corpus.join("src"), &a.join("statements"));
    fs::create_dir_all(a.join("po")).unwrap();
    // A writable copy (../shared is read-only, and dragoman never replaces a read-only file).
    fs::write(
        a.join("po/es.po"),
        fs::read(corpus.join("po/es.po")).unwrap(),
    )
    .unwrap();
    let config = "source = \"en\"\nlanguages = [\"es\"]\nlocales = \"po\"\nlayout = \"single\"\n";
    fs::write(a.join("dragoman.toml"), config).unwrap();
    dragoman(a).args(["-q", "sync"]).assert().success();
    dragoman(a)
        .args(["-q", "build", "--out", "out"])
        .assert()
        .success();
    let b = tempfile::tempdir().unwrap();
    let b = b.path();
    copy_dir(&a.join("statements"), &b.join("statements"));
    fs::write(b.join("dragoman.toml"), config).unwrap();
    dragoman(b)
        .args(["import", "--lang", "es", "--from"])
        .arg(a.join("out/es"))
        .assert()
        .success();
    let original = catalog(&a.join("po/es.po"));
    let imported = catalog(&b.join("po/es.po"));
    let by_key: std::collections::HashMap<_, _> = imported
        .messages
        .iter()
        .filter(|m| !m.obsolete)
        .map(|m| ((m.context.clone(), m.source.clone()), m))
        .collect();
    let (mut total, mut same, mut wrong_unflagged) = (0, 0, 0);
    for m in original
        .messages
        .iter()
        .filter(|m| !m.obsolete && !m.stale && m.has_translation())
    {
        total += 1;
        let Some(i) = by_key.get(&(m.context.clone(), m.source.clone())) else {
            continue;
        };
        if i.translation == m.translation {
            same += 1;
        } else if i.has_translation() && !i.stale {
            wrong_unflagged += 1;
        }
    }
    eprintln!(
        "{same} of {total} translations back as they were; {wrong_unflagged} differ unflagged"
    );
    assert!(total > 1500, "{total}");
    assert!(same * 100 >= total * 97, "{same} of {total}");
    // The few that differ unflagged were, when measured, the same text in
    // another Markdown spelling (escapes the build normalizes).
    assert!(
        wrong_unflagged * 100 <= total,
        "{wrong_unflagged} of {total}"
    );
}

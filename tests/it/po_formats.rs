//! Entries flagged with a format language (`c-format`, `python-format`, …) are
//! wrapped as GNU `msgcat` wraps them: never inside a format directive, with
//! gettext's own parsers deciding what a directive is (and where an invalid
//! one stops the protection). Proved on generated catalogs against `msgcat`.

use std::path::{Path, PathBuf};
use std::process::Command;

use dragoman::po::{self, PoEntry, PoFile};
use proptest::prelude::*;

use crate::gettext::{msgcat_with, tool};

/// Pieces of directives, valid and broken, with spaces inside so that a line
/// could break there.
const PIECES: &[&str] = &[
    // C and Objective-C
    "%d",
    "% d",
    "%1$s",
    "%2$ d",
    "% ld",
    "% lc",
    "% hs",
    "% Lf",
    "% ls",
    "% lld",
    "% hhd",
    "%*d",
    "% *d",
    "%.*f",
    "%*1$d",
    "% .*2$f",
    "% <PRId64>",
    "% <PRIxLEAST16>",
    "%<PRIu8",
    "% <PRIdFAST32>",
    "% <PRIoMAX>",
    "% m",
    "% C",
    "% S",
    "% @",
    "% I d",
    "% b",
    "% %",
    "% ",
    "% z d",
    "% zd",
    "%-5s",
    "% 'd",
    "% #x",
    "%0$d",
    "% qf",
    "% jd",
    "% td",
    "% Zd",
    "% p",
    "% n",
    "% a",
    "% hf",
    "% llf",
    "% Ld",
    "% wf8d",
    "% w16d",
    // Python
    "%(a b)s",
    "%(x)d",
    "%(n)% ",
    "% r",
    "% .3f",
    "%(a(b) c)s",
    "%(open",
    "% (x)s",
    "% hd",
    "% F",
    "% i",
    "% u",
    // Python braces
    "{a: >5}",
    "{0: ^10}",
    "{}",
    "{ }",
    "{: >5}",
    "{a.b[c]: <3}",
    "{a:{b}}",
    "{a:{b:c}}",
    "{{",
    "}}",
    "{a: =+#010.3f}",
    "{a!r}",
    "{0[1]: <2}",
    "{a. b}",
    "{a[ b]}",
    "{a:",
    "{1: >2}",
    "{a: >5.2%}",
    "{a: .}",
    "{ a}",
    // C#
    "{0:dd MMM yyyy}",
    "{1,-5: x}",
    "{0, 5}",
    "{2,5}",
    "{0:a b}",
    "{ 0}",
    "{0 }",
    "}",
    "{{ }}",
    // Java MessageFormat
    "{0,date,dd MMM yyyy}",
    "{1,time,HH mm}",
    "{0,number,# ##0 'u'}",
    "{0, number}",
    "{0,choice,0#no files|1#one file|1<{0,number,integer} files}",
    "'{x y}'",
    "''",
    "{a b}",
    "{0,number,currency}",
    // awk, Lua, Emacs Lisp, librep, Tcl, Object Pascal, Perl
    "%*1$ d",
    "% .*2$f",
    "%1$ d",
    "% 5.1f",
    "% q",
    "% S",
    "%^ s",
    "% 0: d",
    "%*: s",
    "%-5. s",
    "%. s",
    "% M",
    "% v d",
    "%*v d",
    "% *2$v d",
    "% vd",
    "% I64 d",
    "% hf",
    "% V d",
    "% _",
    // Java's printf
    "%,d",
    "% (d",
    "%<s",
    "% tY",
    "%t Y",
    "% -8s",
    "%1$ d",
    // Ruby
    "%<a> d",
    "%<a b>s",
    "%{a b}",
    "% -5s",
    "%5 d",
    "% *d",
    "%. *s",
    // Boost
    "%|1$ d|",
    "%| s|",
    "%|* d|",
    "%1% x",
    "%|1$-5T |",
    "% T ",
    // GCC and GFortran
    "%q s",
    "%<x y%>",
    "%. *s",
    "%2$.*1$ s",
    "%l d",
    // Perl's and the shell's names; Qt, KDE, Smalltalk
    "{a b}",
    "{ab}",
    "{a_1} x",
    "${a b}",
    "${ab}",
    "$ab c",
    "$ a",
    "${1}",
    "${a-b}",
    "%L 1",
    "%L1 x",
    "% 1",
    "%12 %n",
    "%Ln x",
    "% n",
    "%% x",
    // JavaScript and PHP
    "% j",
    "% I d",
    "%1$ j",
    "% 'x5d",
    "% '",
    "%' s",
    "% .f",
    "% l u",
    "% lu",
    "% e",
    "% 05.2f",
    // Lisp and Scheme
    "~5,' D",
    "~:[a b~;c d~]",
    "~{~a, ~}",
    "~( x ~)",
    "~:@(a b~)",
    "~< a ~; b ~>",
    "~/a b/",
    "~' ",
    "~-2* x",
    "~:@[x ~]",
    "~@[x ~]",
    "~[a ~;b ~:;c ~]",
    "~[a ~:;b ~;c ~]",
    "~; x",
    "~] x",
    "~#,vT x",
    "~1,2,' T",
    "~v,' A",
    "~^ x",
    "~y z",
    "~w z",
    "~:{~a ~}",
    "~1,2,3,4,5D",
    "~+ d",
    "~? x",
];

fn token() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(PIECES).prop_map(str::to_string),
        3 => "[a-z]{1,6}",
        3 => Just(" ".to_string()),
        1 => Just("\n".to_string()),
        1 => Just("\"".to_string()),
        1 => Just("دو".to_string()),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(token(), 1..24).prop_map(|v| v.concat())
}

/// Flags as files hold them: gettext writes them in its own order, a
/// `possible-` one as plain, the last word for a language or `wrap` winning.
const FLAGS: &[&str] = &[
    "c-format",
    "objc-format",
    "python-format",
    "python-brace-format",
    "possible-c-format",
    "possible-python-brace-format",
    "no-c-format",
    "no-python-format",
    "impossible-c-format",
    "javascript-format",
    "php-format",
    "csharp-format",
    "java-format",
    "fuzzy",
    "no-wrap",
    "wrap",
    "range: 1..5",
    "sh-format",
    "awk-format",
    "lua-format",
    "elisp-format",
    "librep-format",
    "perl-format",
    "perl-brace-format",
    "tcl-format",
    "object-pascal-format",
    "qt-format",
    "qt-plural-format",
    "kde-format",
    "kde-kuit-format",
    "smalltalk-format",
    "ycp-format",
    "no-perl-format",
    "possible-sh-format",
    "java-printf-format",
    "ruby-format",
    "boost-format",
    "gcc-internal-format",
    "gfc-internal-format",
    "lisp-format",
    "scheme-format",
    "lisp-format",
    "scheme-format",
];

fn entry() -> impl Strategy<Value = PoEntry> {
    let flags = prop::collection::vec(prop::sample::select(FLAGS), 0..4);
    (
        text(),
        text(),
        flags,
        prop::option::of(text()),
        any::<bool>(),
    )
        .prop_map(|(msgid, msgstr, flags, previous, plural)| {
            let fuzzy = flags.contains(&"fuzzy");
            let msgstr = if fuzzy && msgstr.contains('a') {
                String::new()
            } else {
                msgstr
            };
            PoEntry {
                flags: flags.iter().map(|f| f.to_string()).collect(),
                previous_msgid: previous.filter(|_| fuzzy),
                msgid_plural: plural.then(|| format!("{msgid} s")),
                msgstr: if plural {
                    vec![msgstr.clone(), msgstr]
                } else {
                    vec![msgstr]
                },
                msgid,
                ..Default::default()
            }
        })
}

fn file() -> impl Strategy<Value = PoFile> {
    prop::collection::vec(entry(), 1..40).prop_map(|mut entries| {
        let mut seen = std::collections::HashSet::new();
        entries.retain(|e| seen.insert(e.msgid.clone()));
        let header = PoEntry {
            msgstr: vec![
                "Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=2; plural=(n != 1);\n"
                    .into(),
            ],
            ..Default::default()
        };
        PoFile { header: Some(header), entries }
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(64), ..ProptestConfig::default() })]

    #[test]
    fn directives_are_never_broken_as_msgcat(f in file(), width in 12usize..70) {
        if tool("msgcat").is_some() {
            let text = po::write_with(&f, po::Wrap { width, strings: true });
            let w = width.to_string();
            prop_assert_eq!(msgcat_with(&["-w", &w], &text), text);
        }
    }
}

/// One untranslated entry `msgid` with `flags`.
fn one_entry(msgid: &str, flags: &[&str]) -> PoFile {
    PoFile {
        header: None,
        entries: vec![PoEntry {
            flags: flags.iter().map(|f| f.to_string()).collect(),
            msgid: msgid.into(),
            msgstr: vec![String::new()],
            ..Default::default()
        }],
    }
}

/// `file` written at page width `width`.
fn written(file: &PoFile, width: usize) -> String {
    po::write_with(
        file,
        po::Wrap {
            width,
            strings: true,
        },
    )
}

/// The issue's own examples: `% l` + `e` is a directive, `10% de` holds
/// `% d`; unflagged, the same lines break inside them.
#[test]
fn real_world_lines_keep_their_directives() {
    let lines = [
        ("print('Level %s' % level) and more", "python-format"),
        ("Un descuento del 10% de todo", "c-format"),
        ("Un descuento del 10% de todo", "awk-format"),
        ("Un descuento del 10% de todo", "perl-format"),
        ("Un descuento del 10% de todo", "tcl-format"),
        ("Un descuento del 10% de todo", "elisp-format"),
        ("Un descuento del 10% de todo", "java-printf-format"),
        ("Un descuento del 10% de todo", "ruby-format"),
        ("Un descuento del 10% de todo", "boost-format"),
    ];
    for (msgid, flag) in lines {
        // A width at which the unflagged line breaks right after the `%`.
        let width = (20..79)
            .find(|w| written(&one_entry(msgid, &[]), *w).contains("% \"\n"))
            .expect("some width breaks after the %");
        let text = written(&one_entry(msgid, &[flag]), width);
        assert!(
            !text.contains("% \"\n"),
            "{flag} directive split at {width}:\n{text}"
        );
        if tool("msgcat").is_some() {
            assert_eq!(msgcat_with(&["-w", &width.to_string()], &text), text);
        }
    }
}

/// The PO files of Django's wheel (fetched by `.ci/run` into `.ci/django/po`,
/// never committed): `dragoman fmt` writes every one that `msgcat` accepts
/// exactly as `msgcat` does.
#[test]
fn fmt_equals_msgcat_on_djangos_catalogs() {
    let set = Path::new(env!("CARGO_MANIFEST_DIR")).join(".ci/django/po");
    if !set.is_dir() {
        assert!(
            std::env::var_os("CI").is_none(),
            "the Django catalog set is missing: .ci/run fetches it"
        );
        eprintln!(
            "SKIPPED: no {} (run .ci/run once to fetch it)",
            set.display()
        );
        return;
    }
    if tool("msgcat").is_none() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&set)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "po"))
        .collect();
    files.sort();
    assert!(files.len() > 1000, "{} PO files only", files.len());
    for f in &files {
        std::fs::copy(f, dir.path().join(f.file_name().unwrap())).unwrap();
    }
    let out = crate::project::dragoman(dir.path())
        .args(["fmt", "."])
        .env("DRAGOMAN_UI_LANG", "en")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut differ = Vec::new();
    let mut compared = 0;
    for f in &files {
        let reference = Command::new("msgcat").arg(f).output().unwrap();
        if !reference.status.success() {
            continue;
        }
        compared += 1;
        let ours = std::fs::read(dir.path().join(f.file_name().unwrap())).unwrap();
        if ours != reference.stdout {
            differ.push(f.file_name().unwrap().to_string_lossy().into_owned());
        }
    }
    // Files msgcat refuses are not compared: most must be.
    assert!(compared > 1000, "msgcat accepted only {compared} files");
    assert!(
        differ.is_empty(),
        "{} files differ from msgcat: {differ:?}",
        differ.len()
    );
}

/// A C# date directive (`{0:dd MMM yyyy}`) and a Python brace directive with
/// a fill (`{name: >10}`, at the start: gettext 0.21 marks from the
/// string's start) hold spaces: flagged, no line breaks there, as msgcat.
#[test]
fn brace_directives_with_spaces_stay_whole() {
    for (msgid, flag) in [
        (
            "The meeting is on {0:dd MMM yyyy} in the main hall",
            "csharp-format",
        ),
        (
            "The meeting is on {0,date,dd MMM yyyy} in the main hall",
            "java-format",
        ),
        (
            "{name: >10}\"abcdefghijklmnopqrstuvwxyz\" and then more words",
            "python-brace-format",
        ),
    ] {
        // The strings' lines (the flags line differs anyway).
        let strings = |flags: &[&str], w: usize| {
            let text = written(&one_entry(msgid, flags), w);
            let lines: Vec<&str> = text.lines().filter(|l| !l.starts_with("#,")).collect();
            lines.join("\n")
        };
        let differs = (20..79).find(|w| strings(&[], *w) != strings(&[flag], *w));
        let width = differs.unwrap_or_else(|| panic!("{flag}: the directive never matters"));
        let text = written(&one_entry(msgid, &[flag]), width);
        if tool("msgcat").is_some() {
            assert_eq!(
                msgcat_with(&["-w", &width.to_string()], &text),
                text,
                "{flag}"
            );
        }
    }
}

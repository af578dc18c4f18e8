//! Merge tests: exact, moved, similar, carried over, obsolete, suggestions.

use super::similar::Index;
use super::*;
use crate::catalog::{Message, Previous};

fn cat(msgs: &[(&str, &str)]) -> Catalog {
    Catalog {
        header: None,
        messages: msgs
            .iter()
            .map(|(s, t)| {
                let mut m = Message::new(None, s.to_string());
                m.translation = vec![t.to_string()];
                m
            })
            .collect(),
    }
}

#[test]
fn keeps_adds_stales_obsoletes() {
    let old = cat(&[
        ("Hello world.", "Hola mundo."),
        (
            "I ran the Python meetup for five years.",
            "Dirigí el meetup de Python durante cinco años.",
        ),
        ("Removed paragraph entirely.", "Párrafo eliminado."),
        ("Never translated.", ""),
    ]);
    let tpl = cat(&[
        ("Hello world.", ""),
        ("I ran the Python meetup for six years.", ""),
        ("A brand new sentence here.", ""),
    ]);
    let (new, r) = merge(&tpl, &old, SyncOptions::default());
    assert_eq!(
        (
            r.unchanged.segments,
            r.new.segments,
            r.stale.segments,
            r.obsolete.segments
        ),
        (1, 1, 1, 1)
    );
    assert_eq!(r.new.words, 5);
    assert_eq!(new.messages[0].translation, vec!["Hola mundo."]);
    let s = &new.messages[1];
    assert!(s.stale);
    assert_eq!(
        s.previous.as_ref().unwrap().source,
        "I ran the Python meetup for five years."
    );
    assert_eq!(
        s.translation,
        vec!["Dirigí el meetup de Python durante cinco años."]
    );
    assert!(!new.messages[2].has_translation());
    assert!(new.messages[3].obsolete);
    assert_eq!(new.messages[3].translation, vec!["Párrafo eliminado."]);
    assert_eq!(
        new.messages.len(),
        4,
        "untranslated removed entries are not kept"
    );
}

#[test]
fn carries_mechanical_changes() {
    let old = cat(&[(
        "Grants are answered within 30 days.",
        "Las subvenciones se responden en 30 días.",
    )]);
    let tpl = cat(&[("Grants are answered within 21 days.", "")]);
    let (new, r) = merge(&tpl, &old, SyncOptions::default());
    assert_eq!(r.carried.segments, 1);
    let m = &new.messages[0];
    assert!(!m.stale && m.previous.is_none());
    assert_eq!(
        m.translation,
        vec!["Las subvenciones se responden en 21 días."]
    );
    assert_eq!(m.comments, vec!["dragoman: carried over (number 30 → 21)"]);
    // Whitespace-only changes never make a translation stale.
    let old = cat(&[("Two  spaces.", "Dos espacios.")]);
    let (new, r) = merge(&cat(&[("Two spaces.", "")]), &old, SyncOptions::default());
    assert_eq!(r.carried.segments, 1);
    assert_eq!(new.messages[0].text(), Some("Dos espacios."));
    assert!(!new.messages[0].stale);
}

#[test]
fn stale_entries_with_mechanical_changes_are_carried() {
    let mut old = cat(&[(
        "Serves 3 million downloads.",
        "Sirve 2 millones de descargas.",
    )]);
    old.messages[0].stale = true;
    old.messages[0].previous = Some(Box::new(Previous {
        source: "Serves 2 million downloads.".into(),
        ..Default::default()
    }));
    let tpl = cat(&[("Serves 3 million downloads.", "")]);
    let (new, r) = merge(&tpl, &old, SyncOptions::default());
    assert_eq!(r.carried.segments, 1);
    assert_eq!(
        new.messages[0].text(),
        Some("Sirve 3 millones de descargas.")
    );
    assert!(!new.messages[0].stale);
}

#[test]
fn idempotent() {
    let old = cat(&[
        ("One two three four.", "Uno dos tres cuatro."),
        ("Gone now.", "Ido."),
    ]);
    let tpl = cat(&[("One two three five.", ""), ("Fresh.", "")]);
    let (a, _) = merge(&tpl, &old, SyncOptions::default());
    let (b, r) = merge(&tpl, &a, SyncOptions::default());
    assert_eq!(a, b);
    assert!(!r.changed());
}

#[test]
fn stale_keeps_original_previous() {
    let mut old = cat(&[("Version two of the text.", "Versión uno del texto.")]);
    old.messages[0].stale = true;
    old.messages[0].previous = Some(Box::new(Previous {
        source: "Version one of the text.".into(),
        ..Default::default()
    }));
    let tpl = cat(&[("Version three of the text.", "")]);
    let (new, _) = merge(&tpl, &old, SyncOptions::default());
    assert!(new.messages[0].stale);
    assert_eq!(
        new.messages[0].previous.as_ref().unwrap().source,
        "Version one of the text."
    );
}

#[test]
fn obsolete_revived() {
    let mut old = cat(&[("Back again.", "De nuevo.")]);
    old.messages[0].obsolete = true;
    let tpl = cat(&[("Back again.", "")]);
    let (new, r) = merge(&tpl, &old, SyncOptions::default());
    assert_eq!(r.revived.segments, 1);
    assert_eq!(new.messages[0].text(), Some("De nuevo."));
}

#[test]
fn across_statements() {
    // A paragraph moved from a to b keeps its translation; a sentence that is
    // still in a and also appears in b is reused for review; an untranslated
    // one gets a suggestion from a similar translated sentence elsewhere.
    let old_a = cat(&[
        (
            "This paragraph moves to the other statement.",
            "Este párrafo se mueve.",
        ),
        (
            "Thank you for reading my statement.",
            "Gracias por leer mi declaración.",
        ),
    ]);
    let old_b = cat(&[]);
    let tpl_a = cat(&[("Thank you for reading my statement.", "")]);
    let tpl_b = cat(&[
        ("This paragraph moves to the other statement.", ""),
        ("Thank you for reading my statement.", ""),
        ("Thank you for reading my long statement.", ""),
    ]);
    let units = [
        Unit {
            path: "statements/a.md",
            template: &tpl_a,
            old: &old_a,
            words: &[],
        },
        Unit {
            path: "statements/b.md",
            template: &tpl_b,
            old: &old_b,
            words: &[],
        },
    ];
    let r = merge_all(&units, SyncOptions::default());
    let (a, ra) = &r[0];
    let (b, rb) = &r[1];
    assert_eq!(
        ra.obsolete.segments, 0,
        "the moved paragraph is not obsolete in a"
    );
    assert_eq!(a.messages.len(), 1);
    assert_eq!(rb.moved.segments, 1);
    assert_eq!(b.messages[0].text(), Some("Este párrafo se mueve."));
    assert!(!b.messages[0].stale);
    assert_eq!(rb.reused.segments, 1);
    assert!(b.messages[1].stale);
    assert!(b.messages[1].comments[0].contains("reused from statements/a.md"));
    // The third one is similar to a's sentence: in another statement that still
    // uses it, so it is a suggestion, not a match.
    assert!(!b.messages[2].has_translation());
    assert!(
        b.messages[2].comments[0].starts_with("dragoman: suggestion ("),
        "{:?}",
        b.messages[2].comments
    );
    assert!(
        b.messages[2].comments[0].ends_with("statements/a.md): Gracias por leer mi declaración.")
    );
    // And a second run changes nothing.
    let (a2, b2) = (r[0].0.clone(), r[1].0.clone());
    let units = [
        Unit {
            path: "statements/a.md",
            template: &tpl_a,
            old: &a2,
            words: &[],
        },
        Unit {
            path: "statements/b.md",
            template: &tpl_b,
            old: &b2,
            words: &[],
        },
    ];
    let r2 = merge_all(&units, SyncOptions::default());
    assert_eq!(r2[0].0, a2);
    assert_eq!(r2[1].0, b2);
    assert!(!r2[0].1.changed() && !r2[1].1.changed());
}

#[test]
fn index_finds_similar_among_many() {
    let texts: Vec<String> = (0..2000)
        .map(|i| format!("Sentence number {i} about topic {}", i % 37))
        .collect();
    let idx = Index::new(texts.iter().map(String::as_str));
    let c = idx.candidates("Sentence number 1234 about topic 13", 0.6, 5, |_| true);
    assert!(c.contains(&1234), "{c:?}");
}

/// A catalog of paragraphs (as extracted: the note says so).
fn paragraphs(msgs: &[(&str, &str)]) -> Catalog {
    let mut c = cat(msgs);
    for m in &mut c.messages {
        m.notes = crate::po::one_string("paragraph".into());
    }
    c
}

const FIRST: &str = "I organized the city's spring meetup for six years in a row.";
const SECOND: &str = "Next year I want every group to have a mentor of its own.";
const FIRST_ES: &str =
    "Organicé el encuentro de primavera de la ciudad durante seis años seguidos.";
const SECOND_ES: &str = "El año que viene quiero que cada grupo tenga su propio mentor.";

#[test]
fn a_split_paragraph_keeps_one_translation_covering_its_parts() {
    let whole = format!("{FIRST} {SECOND}");
    let both_es = format!("{FIRST_ES} {SECOND_ES}");
    let old = paragraphs(&[
        ("Intro line here.", "Línea de introducción."),
        (&whole, &both_es),
    ]);
    let tpl = paragraphs(&[("Intro line here.", ""), (FIRST, ""), (SECOND, "")]);
    let (new, r) = merge(&tpl, &old, SyncOptions::default());
    assert_eq!(
        (r.split.segments, r.stale.segments, r.obsolete.segments),
        (2, 0, 0)
    );
    let (head, part) = (&new.messages[1], &new.messages[2]);
    assert!(head.stale && head.covers());
    assert_eq!(head.translation, vec![both_es.clone()]);
    assert_eq!(head.previous.as_ref().unwrap().source, whole);
    assert_eq!(head.answers_to(), whole);
    assert!(part.covered() && !part.has_translation());
    assert_eq!(part.state(), crate::catalog::State::Stale);
    assert_eq!(
        new.messages.len(),
        3,
        "nothing obsolete: {:?}",
        new.messages
    );
    // A second sync changes nothing.
    let (again, r2) = merge(&tpl, &new, SyncOptions::default());
    assert_eq!(again, new);
    assert!(!r2.changed());
    // Three parts, the last one edited a little.
    let tpl3 = paragraphs(&[
        ("I organized the city's spring meetup", ""),
        ("for six years in a row.", ""),
        (
            "Next year I want every group to have a mentor of their own.",
            "",
        ),
    ]);
    let (three, r3) = merge(&tpl3, &old, SyncOptions::default());
    assert_eq!(r3.split.segments, 3, "{three:?}");
    assert!(three.messages[0].covers());
    assert!(three.messages[1].covered() && three.messages[2].covered());
}

#[test]
fn a_new_paragraph_after_an_edited_one_is_no_split() {
    let old = paragraphs(&[(FIRST, FIRST_ES)]);
    let edited = "I organized the city's spring meetup for seven years in a row.";
    let tpl = paragraphs(&[(edited, ""), ("A brand new paragraph about budgets.", "")]);
    let (new, r) = merge(&tpl, &old, SyncOptions::default());
    assert_eq!(
        (r.split.segments, r.stale.segments, r.new.segments),
        (0, 1, 1)
    );
    assert!(!new.messages[0].covers() && !new.messages[1].covered());
    // Lists and headings are never regrouped: only paragraphs can leave a page.
    let whole = format!("{FIRST} {SECOND}");
    let mut items = cat(&[(whole.as_str(), FIRST_ES)]);
    items.messages[0].notes = crate::po::one_string("list item".into());
    let tpl = cat(&[(FIRST, ""), (SECOND, "")]);
    let (_, r) = merge(&tpl, &items, SyncOptions::default());
    assert_eq!(r.split.segments, 0);
}

#[test]
fn settled_splits_lose_their_marks() {
    let whole = format!("{FIRST} {SECOND}");
    let both_es = format!("{FIRST_ES} {SECOND_ES}");
    let old = paragraphs(&[(&whole, &both_es)]);
    let tpl = paragraphs(&[(FIRST, ""), (SECOND, "")]);
    let (mut new, _) = merge(&tpl, &old, SyncOptions::default());
    // The translator fixes the first part and clears its stale mark.
    new.messages[0].translation = vec![FIRST_ES.into()];
    new.messages[0].stale = false;
    let (after, _) = merge(&tpl, &new, SyncOptions::default());
    let (a, b) = (&after.messages[0], &after.messages[1]);
    assert!(!a.covers() && a.comments.iter().all(|c| !c.contains("covers")));
    assert!(!b.covered() && b.previous.is_none() && b.comments.is_empty());
    assert_eq!(b.state(), crate::catalog::State::Untranslated);
}

#[test]
fn merged_paragraphs_join_their_translations() {
    let old = paragraphs(&[(FIRST, FIRST_ES), (SECOND, SECOND_ES)]);
    let joined = format!("{FIRST} {SECOND}");
    let tpl = paragraphs(&[(joined.as_str(), "")]);
    let (new, r) = merge(&tpl, &old, SyncOptions::default());
    assert_eq!((r.merged.segments, r.obsolete.segments), (1, 0));
    let m = &new.messages[0];
    assert!(!m.stale, "a pure merge is carried over: {m:?}");
    assert_eq!(m.translation, vec![format!("{FIRST_ES} {SECOND_ES}")]);
    assert_eq!(
        m.comments,
        vec!["dragoman: carried over (2 paragraphs merged)"]
    );
    assert_eq!(new.messages.len(), 1);
    // Merged and reworded: stale, with the old paragraphs as its previous source.
    let reworded = format!("{FIRST} Next year I want every group to have mentors of its own.");
    let tpl = paragraphs(&[(reworded.as_str(), "")]);
    let (new, r) = merge(&tpl, &old, SyncOptions::default());
    assert_eq!(r.merged.segments, 1);
    let m = &new.messages[0];
    assert!(m.stale);
    assert_eq!(m.previous.as_ref().unwrap().source, joined);
}

#[test]
fn a_translators_note_on_an_untranslated_entry_stays_in_a_shared_catalog() {
    let mut single = cat(&[("Kept untranslated.", ""), ("Hello.", "Hola.")]);
    single.messages[0].comments = crate::po::one_string("ask the author about this".into());
    let tpl = cat(&[("Kept untranslated.", ""), ("Hello.", "")]);
    let (merged, _) = merge_shared(&tpl, &single, SyncOptions::default());
    let m = &merged.messages[0];
    assert!(!m.has_translation());
    assert_eq!(m.comments, vec!["ask the author about this"]);
}

/// An entry that stood untranslated is found as it is in both layouts: a
/// similar translated entry elsewhere fills it in neither (a sync with no
/// source change changes nothing), while a text the catalog never had does
/// get the similar translation, marked stale.
#[test]
fn an_untranslated_entry_stays_as_it_is_in_either_layout() {
    let translated = (
        "I ran the Python meetup for five years.",
        "Dirigí el meetup de Python durante cinco años.",
    );
    let waiting = "I ran the Python meetup for six years.";
    let fresh = "I ran the Python meetup for seven years.";
    let tpl = cat(&[(translated.0, ""), (waiting, ""), (fresh, "")]);
    let old = cat(&[translated, (waiting, "")]);
    let (own, r) = merge(&tpl, &old, SyncOptions::default());
    let (single, rs) = merge_shared(&tpl, &old, SyncOptions::default());
    for (new, r) in [(&own, &r), (&single, &rs)] {
        assert!(new.messages[0].has_translation() && !new.messages[0].stale);
        assert!(!new.messages[1].has_translation(), "{:?}", new.messages[1]);
        assert!(new.messages[2].stale && new.messages[2].has_translation());
        assert_eq!(r.new.segments, 0);
        assert_eq!(r.stale.segments, 1);
    }
    assert_eq!(r.unchanged.segments, 2);
    assert_eq!(rs.unchanged.segments + rs.moved.segments, 2);
}

/// Exact matches are found in the catalog's order and out of it alike: an
/// entry inserted or removed, an obsolete entry of the same text before the
/// live one (the live one is kept), entries in reverse order.
#[test]
fn exact_matches_in_and_out_of_order() {
    let tpl = cat(&[
        ("Alpha one.", ""),
        ("Inserted here.", ""),
        ("Beta two.", ""),
        ("Gamma three.", ""),
        ("Delta four.", ""),
    ]);
    let mut old = cat(&[
        ("Alpha one.", "Alfa uno."),
        ("Beta two.", "Beta viejo."),
        ("Beta two.", "Beta dos."),
        ("Removed here.", "Quitado."),
        ("Gamma three.", "Gama tres."),
        ("Delta four.", "Delta cuatro."),
    ]);
    old.messages[1].obsolete = true;
    let translations = |c: &Catalog| -> Vec<(String, String, bool)> {
        c.messages
            .iter()
            .map(|m| (m.source.clone(), m.translation[0].clone(), m.obsolete))
            .collect()
    };
    let (new, r) = merge(&tpl, &old, SyncOptions::default());
    assert_eq!((r.unchanged.segments, r.new.segments), (4, 1));
    let live: Vec<_> = translations(&new).into_iter().filter(|m| !m.2).collect();
    let want = [
        ("Alpha one.", "Alfa uno."),
        ("Inserted here.", ""),
        ("Beta two.", "Beta dos."),
        ("Gamma three.", "Gama tres."),
        ("Delta four.", "Delta cuatro."),
    ];
    let want: Vec<_> = want
        .iter()
        .map(|(s, t)| (s.to_string(), t.to_string(), false))
        .collect();
    assert_eq!(live, want);
    // The same entries in reverse order merge to the same messages.
    old.messages.reverse();
    let (again, _) = merge(&tpl, &old, SyncOptions::default());
    let live_again: Vec<_> = translations(&again).into_iter().filter(|m| !m.2).collect();
    assert_eq!(live_again, want);
}

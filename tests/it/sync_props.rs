//! Property: whatever happens to the source, sync never drops a translation,
//! and a second sync changes nothing.

use dragoman::catalog::{Catalog, Message};
use dragoman::sync::{SyncOptions, Unit, merge, merge_all, merge_shared};
use proptest::prelude::*;

#[derive(Debug, Clone)]
enum Edit {
    Delete(usize),
    Reword(usize, String),
    Insert(usize, String),
    Swap(usize, usize),
}

fn sentence() -> impl Strategy<Value = String> {
    prop::collection::vec("[a-z]{2,8}", 3..12).prop_map(|w| {
        let mut s = w.join(" ");
        s.push('.');
        s
    })
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        any::<usize>().prop_map(Edit::Delete),
        (any::<usize>(), "[a-z]{2,8}").prop_map(|(i, w)| Edit::Reword(i, w)),
        (any::<usize>(), sentence()).prop_map(|(i, s)| Edit::Insert(i, s)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Edit::Swap(a, b)),
    ]
}

fn apply(doc: &mut Vec<String>, e: &Edit) {
    let n = doc.len();
    match e {
        Edit::Delete(i) if n > 0 => {
            doc.remove(i % n);
        }
        Edit::Reword(i, w) if n > 0 => {
            let s = &mut doc[i % n];
            let mut words: Vec<String> = s
                .trim_end_matches('.')
                .split(' ')
                .map(str::to_string)
                .collect();
            let k = w.len() % words.len();
            words[k] = w.clone();
            *s = format!("{}.", words.join(" "));
        }
        Edit::Insert(i, s) => doc.insert(i % (n + 1), s.clone()),
        Edit::Swap(a, b) if n > 0 => doc.swap(a % n, b % n),
        _ => {}
    }
}

fn template(doc: &[String]) -> Catalog {
    let mut c = Catalog::default();
    for s in doc {
        if c.find(None, s).is_none() {
            c.messages.push(Message::new(None, s.clone()));
        }
    }
    c
}

/// Every translation text present in a catalog (live or obsolete).
fn translations(c: &Catalog) -> Vec<String> {
    let mut v: Vec<String> = c
        .messages
        .iter()
        .filter(|m| m.has_translation())
        .map(|m| m.translation[0].clone())
        .collect();
    v.sort();
    v.dedup();
    v
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn sync_never_drops_a_translation(
        doc in prop::collection::vec(sentence(), 1..12),
        translated in prop::collection::vec(any::<bool>(), 12),
        rounds in prop::collection::vec(prop::collection::vec(edit(), 0..6), 1..5),
    ) {
        let mut doc = doc;
        // Initial catalog: some segments translated.
        let (mut cat, _) = merge(&template(&doc), &Catalog::default(), SyncOptions::default());
        for (i, m) in cat.messages.iter_mut().enumerate() {
            if translated[i % translated.len()] {
                m.translation = vec![format!("T[{}]", m.source)];
            }
        }
        for edits in rounds {
            let before = translations(&cat);
            for e in &edits {
                apply(&mut doc, e);
            }
            let (next, _) = merge(&template(&doc), &cat, SyncOptions::default());
            let after = translations(&next);
            for t in &before {
                prop_assert!(after.contains(t), "lost translation {t}");
            }
            // Every current segment has exactly one live message.
            for s in &doc {
                prop_assert!(next.find(None, s).is_some());
            }
            // Idempotent.
            let (again, report) = merge(&template(&doc), &next, SyncOptions::default());
            prop_assert_eq!(&again, &next);
            prop_assert!(!report.changed());
            cat = next;
        }
    }
}

/// Two statements; edits include moving a sentence from one to the other.
fn apply2(docs: &mut [Vec<String>; 2], e: &Edit, mv: bool) {
    if mv && let Edit::Swap(a, b) = e {
        let from = a % 2;
        let n = docs[from].len();
        if n > 0 {
            let s = docs[from].remove(b % n);
            let to = &mut docs[1 - from];
            let at = a % (to.len() + 1);
            to.insert(at, s);
        }
        return;
    }
    let which = match e {
        Edit::Delete(i) | Edit::Reword(i, _) | Edit::Insert(i, _) => i % 2,
        Edit::Swap(a, _) => a % 2,
    };
    apply(&mut docs[which], e);
}

fn all_translations(cats: &[Catalog]) -> Vec<String> {
    let mut v: Vec<String> = cats.iter().flat_map(translations).collect();
    v.sort();
    v.dedup();
    v
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn moves_between_statements_never_drop_a_translation(
        a in prop::collection::vec(sentence(), 1..8),
        b in prop::collection::vec(sentence(), 1..8),
        rounds in prop::collection::vec(prop::collection::vec((edit(), any::<bool>()), 0..6), 1..4),
    ) {
        let mut docs = [a, b];
        let mut cats: Vec<Catalog> = docs
            .iter()
            .map(|d| {
                let (mut c, _) = merge(&template(d), &Catalog::default(), SyncOptions::default());
                for m in &mut c.messages {
                    m.translation = vec![format!("T[{}]", m.source)];
                }
                c
            })
            .collect();
        for edits in rounds {
            let before = all_translations(&cats);
            for (e, mv) in &edits {
                apply2(&mut docs, e, *mv);
            }
            let tpls: Vec<Catalog> = docs.iter().map(|d| template(d)).collect();
            let run = |olds: &[Catalog]| {
                let units: Vec<Unit> = (0..2)
                    .map(|i| Unit { path: if i == 0 { "a.md" } else { "b.md" }, template: &tpls[i], old: &olds[i], words: &[] })
                    .collect();
                merge_all(&units, SyncOptions::default())
            };
            let next: Vec<(Catalog, _)> = run(&cats);
            let next_cats: Vec<Catalog> = next.iter().map(|(c, _)| c.clone()).collect();
            let after = all_translations(&next_cats);
            for t in &before {
                prop_assert!(after.contains(t), "lost translation {t}");
            }
            for (i, d) in docs.iter().enumerate() {
                for s in d {
                    prop_assert!(next_cats[i].find(None, s).is_some());
                }
            }
            let again = run(&next_cats);
            for i in 0..2 {
                prop_assert_eq!(&again[i].0, &next_cats[i]);
                prop_assert!(!again[i].1.changed());
            }
            cats = next_cats;
        }
    }
}

/// What a segment shows: its translation, whether stale, and the source it
/// was made from.
fn shown(c: &Catalog) -> Vec<(String, Vec<String>, bool, Option<String>)> {
    c.messages
        .iter()
        .filter(|m| !m.obsolete)
        .map(|m| {
            let prev = m.previous.as_ref().map(|p| p.source.clone());
            (m.source.clone(), m.translation.clone(), m.stale, prev)
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// With the source unchanged, translators filling some entries: both
    /// layouts show every segment the same, and a sync changes nothing.
    #[test]
    fn layouts_agree_when_translators_fill_entries(
        doc in prop::collection::vec(sentence(), 1..12),
        rewords in prop::collection::vec(("[a-z]{2,8}", any::<usize>()), 1..6),
        translated in prop::collection::vec(any::<bool>(), 12),
    ) {
        // Sentences that differ by one word: similar to each other.
        let mut doc = doc;
        for (w, i) in &rewords {
            let mut copy = doc.clone();
            apply(&mut copy, &Edit::Reword(*i, w.clone()));
            doc.push(copy.swap_remove(i % copy.len()));
        }
        let tpl = template(&doc);
        let (mut cat, _) = merge(&tpl, &Catalog::default(), SyncOptions::default());
        for (i, m) in cat.messages.iter_mut().enumerate() {
            if translated[i % translated.len()] {
                m.translation = vec![format!("T[{}]", m.source)];
            }
        }
        let own = merge(&tpl, &cat, SyncOptions::default()).0;
        let single = merge_shared(&tpl, &cat, SyncOptions::default()).0;
        prop_assert_eq!(shown(&own), shown(&cat));
        prop_assert_eq!(shown(&single), shown(&cat));
    }
}

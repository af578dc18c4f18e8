//! Merging a fresh template into a language catalog.
//!
//! Invariant: a translation is never dropped. Every translated message of the
//! old catalog ends up either attached to a current message (exact or stale
//! with its previous source) or kept as obsolete.

use std::collections::HashMap;

use crate::catalog::{Catalog, Message, Previous};

/// Tuning for fuzzy matching.
#[derive(Debug, Clone, Copy)]
pub struct SyncOptions {
    /// Minimum similarity (0..1) for a changed segment to keep an old translation.
    pub threshold: f32,
}

impl Default for SyncOptions {
    fn default() -> Self {
        SyncOptions { threshold: 0.6 }
    }
}

/// What a sync did, in messages.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct SyncReport {
    /// Unchanged messages (exact match).
    pub kept: usize,
    /// New messages without a translation.
    pub added: usize,
    /// Changed messages that kept an old translation, marked stale.
    pub stale: usize,
    /// Old messages with a translation no longer in the source, now obsolete.
    pub obsoleted: usize,
    /// Obsolete messages that are back in the source.
    pub revived: usize,
}

impl SyncReport {
    pub fn changed(&self) -> bool {
        self.added + self.stale + self.obsoleted + self.revived > 0
    }

    pub fn add(&mut self, o: &SyncReport) {
        self.kept += o.kept;
        self.added += o.added;
        self.stale += o.stale;
        self.obsoleted += o.obsoleted;
        self.revived += o.revived;
    }
}

/// Similarity of two texts in 0..1 (character-level, difflib-style ratio).
pub fn similarity(a: &str, b: &str) -> f32 {
    if a == b {
        return 1.0;
    }
    let (la, lb) = (a.chars().count(), b.chars().count());
    if la == 0 || lb == 0 {
        return 0.0;
    }
    // Upper bound of the ratio from lengths alone.
    let bound = 2.0 * la.min(lb) as f32 / (la + lb) as f32;
    if bound < 0.3 {
        return bound;
    }
    similar::TextDiff::configure()
        .algorithm(similar::Algorithm::Myers)
        .timeout(std::time::Duration::from_millis(200))
        .diff_chars(a, b)
        .ratio()
}

/// Merges `template` into `old`, returning the new catalog and what changed.
/// The old catalog's header is kept.
pub fn merge(template: &Catalog, old: &Catalog, opts: SyncOptions) -> (Catalog, SyncReport) {
    let mut report = SyncReport::default();
    let mut by_key: HashMap<(Option<&str>, &str), usize> = HashMap::new();
    // Prefer live entries over obsolete ones with the same key.
    for (i, m) in old.messages.iter().enumerate().rev() {
        let k = m.key();
        match by_key.get(&k) {
            Some(&j) if !old.messages[j].obsolete && m.obsolete => {}
            _ => {
                by_key.insert(k, i);
            }
        }
    }
    let mut used = vec![false; old.messages.len()];
    let mut out: Vec<Option<Message>> = Vec::with_capacity(template.messages.len());
    let mut pending = Vec::new();
    for (ti, t) in template.messages.iter().enumerate() {
        if let Some(&oi) = by_key.get(&t.key()) {
            let o = &old.messages[oi];
            used[oi] = true;
            if o.obsolete {
                report.revived += 1;
            } else {
                report.kept += 1;
            }
            let mut m = o.clone();
            m.obsolete = false;
            m.notes = t.notes.clone();
            m.references = t.references.clone();
            m.source_plural = t.source_plural.clone().or(m.source_plural);
            m.line = 0;
            out.push(Some(m));
        } else {
            out.push(None);
            pending.push(ti);
        }
    }
    // Fuzzy pass: changed segments find the old translation they came from.
    let candidates: Vec<usize> = (0..old.messages.len())
        .filter(|&i| !used[i] && old.messages[i].has_translation())
        .collect();
    for ti in pending {
        let t = &template.messages[ti];
        let mut best: Option<(f32, usize)> = None;
        for &ci in &candidates {
            let c = &old.messages[ci];
            if c.context != t.context {
                continue;
            }
            let s = similarity(&t.source, &c.source);
            if s >= opts.threshold && best.is_none_or(|(bs, _)| s > bs) {
                best = Some((s, ci));
            }
        }
        let m = match best {
            Some((_, ci)) => {
                let c = &old.messages[ci];
                used[ci] = true;
                report.stale += 1;
                let previous = if c.stale && c.previous.is_some() {
                    c.previous.clone()
                } else {
                    Some(Previous {
                        context: c.context.clone(),
                        source: c.source.clone(),
                        source_plural: c.source_plural.clone(),
                    })
                };
                Message {
                    context: t.context.clone(),
                    source: t.source.clone(),
                    source_plural: t.source_plural.clone(),
                    translation: c.translation.clone(),
                    stale: true,
                    previous,
                    notes: t.notes.clone(),
                    comments: c.comments.clone(),
                    references: t.references.clone(),
                    flags: c.flags.clone(),
                    obsolete: false,
                    line: 0,
                }
            }
            None => {
                report.added += 1;
                let mut m = t.clone();
                m.translation = vec![String::new(); t.translation.len().max(1)];
                m
            }
        };
        out[ti] = Some(m);
    }
    let mut messages: Vec<Message> = out.into_iter().flatten().collect();
    for (i, m) in old.messages.iter().enumerate() {
        if used[i] || !m.has_translation() {
            continue;
        }
        if !m.obsolete {
            report.obsoleted += 1;
        }
        let mut m = m.clone();
        m.obsolete = true;
        m.line = 0;
        messages.push(m);
    }
    (
        Catalog {
            header: old.header.clone(),
            messages,
        },
        report,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

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
            r,
            SyncReport {
                kept: 1,
                added: 1,
                stale: 1,
                obsoleted: 1,
                revived: 0
            }
        );
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
        old.messages[0].previous = Some(Previous {
            source: "Version one of the text.".into(),
            ..Default::default()
        });
        let tpl = cat(&[("Version three of the text.", "")]);
        let (new, _) = merge(&tpl, &old, SyncOptions::default());
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
        assert_eq!(r.revived, 1);
        assert_eq!(new.messages[0].text(), Some("De nuevo."));
    }
}

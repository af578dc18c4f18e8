//! How a current message is made from an old entry: a live copy (the same
//! text), a stale one (similar text, the previous source kept) or a carried
//! over one (a mechanical change applied to the translation).

use crate::catalog::{Message, Previous};
use crate::diff::carry_over;
use crate::directive::{is_carried_over, is_suggestion};

/// Suggestions are recomputed every time: a translated message loses its,
/// an untranslated one keeps the newest (none when suggestions stay out of
/// the catalogs).
pub(super) fn drop_old_suggestions(m: &mut Message, suggestions: bool) {
    if m.has_translation() || !suggestions {
        m.comments.retain(|c| !is_suggestion(c));
        return;
    }
    let keep_last = m.comments.iter().rposition(|c| is_suggestion(c));
    let mut idx = 0;
    m.comments.retain(|c| {
        let keep = !is_suggestion(c) || Some(idx) == keep_last;
        idx += 1;
        keep
    });
}

pub(super) fn stale_from(t: &Message, c: &Message) -> Message {
    // The source the translation was made from: a stale entry's own previous
    // source; unknown (None) for a stale entry without one (marked fuzzy by
    // another tool), rather than a text the translation never matched.
    let previous = if c.stale {
        c.previous.clone()
    } else {
        Some(Box::new(Previous {
            context: c.context.clone(),
            source: c.source.clone(),
            source_plural: c.source_plural.clone(),
        }))
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

/// A current message built from a similar old one: carried over when the change
/// is mechanical and the translation allows it, stale otherwise.
pub(super) fn from_similar(t: &Message, c: &Message) -> (Message, bool) {
    // The text the translation was made from: a stale entry's previous source
    // (only stale entries without one cannot be carried over).
    let made_from = match (&c.previous, c.stale) {
        (Some(p), true) => Some(p.source.as_str()),
        (_, true) => None,
        _ => Some(c.source.as_str()),
    };
    if let Some(from) = made_from
        && c.translation.len() == 1
        && t.source_plural.is_none()
        && let Ok(carried) = carry_over(from, &t.source, &c.translation[0])
    {
        let mut m = stale_from(t, c);
        m.stale = false;
        m.previous = None;
        m.translation = vec![carried.translation.clone()];
        m.comments.retain(|x| !is_carried_over(x));
        m.comments.push(carried.note());
        return (m, true);
    }
    (stale_from(t, c), false)
}

pub(super) fn live_copy(o: &Message, t: &Message) -> Message {
    // Field by field: the old entry's notes and references are not copied
    // only to be replaced.
    Message {
        context: o.context.clone(),
        source: o.source.clone(),
        source_plural: t.source_plural.clone().or_else(|| o.source_plural.clone()),
        translation: o.translation.clone(),
        stale: o.stale,
        previous: o.previous.clone(),
        notes: t.notes.clone(),
        comments: o.comments.clone(),
        references: t.references.clone(),
        flags: o.flags.clone(),
        obsolete: false,
        line: 0,
    }
}

//! A large catalog read in pieces on several threads: the text is cut at
//! blank lines before a line that can only begin a new entry, each piece is
//! read on its own, and the entries are joined in file order. Whenever the
//! pieces could read differently from the whole (an entry left open at a
//! cut, a second header, an error anywhere), the caller reads the whole text
//! in one pass instead, so the result and every error are exactly those of
//! the one-pass reader.

use super::PoFile;
use rayon::prelude::*;

/// Below this size one thread reads faster than several.
const PIECE: usize = 1 << 20;

/// The catalog read in pieces, or None when it is small or the pieces do not
/// stand on their own (the caller then reads it in one pass).
pub(super) fn parse_parallel(text: &str) -> Option<PoFile> {
    let threads = rayon::current_num_threads();
    let n = (text.len() / PIECE).min(threads * 2);
    if n < 2 {
        return None;
    }
    let cuts = cuts(text, n);
    if cuts.len() < 3 {
        return None;
    }
    read_pieces(text, &cuts)
}

/// The catalog read in the pieces between `cuts` (0, the cuts, the end).
fn read_pieces(text: &str, cuts: &[usize]) -> Option<PoFile> {
    let pieces: Vec<(usize, &str)> = cuts.windows(2).map(|w| (w[0], &text[w[0]..w[1]])).collect();
    // Lines before each piece, counted once over the whole text.
    let mut before = Vec::with_capacity(pieces.len());
    let mut line = 0;
    let mut at = 0;
    for &(start, _) in &pieces {
        line += newlines(&text.as_bytes()[at..start]);
        at = start;
        before.push(line);
    }
    let read: Vec<_> = pieces
        .par_iter()
        .zip(before.par_iter())
        .map(|(&(_, piece), &before)| super::read::parse_piece(piece, before))
        .collect();
    let last = read.len() - 1;
    let mut file = PoFile::default();
    file.entries.reserve(
        read.iter()
            .map(|r| r.as_ref().map_or(0, |(f, _)| f.entries.len()))
            .sum(),
    );
    for (i, r) in read.into_iter().enumerate() {
        let (piece, complete) = r.ok()?;
        if (i < last && !complete) || (i > 0 && piece.header.is_some()) {
            return None;
        }
        if i == 0 {
            file.header = piece.header;
        }
        file.entries.extend(piece.entries);
    }
    super::across::validate(&file).ok()?;
    Some(file)
}

/// Byte offsets cutting `text` into about `n` pieces: 0, the cuts, the end.
/// A cut is the start of a line after a blank line that begins with a keyword
/// or comment that always starts a new entry after a complete one.
fn cuts(text: &str, n: usize) -> Vec<usize> {
    let mut cuts = vec![0];
    let step = text.len() / n;
    for k in 1..n {
        let from = (k * step).max(*cuts.last().expect("one cut"));
        if let Some(at) = next_cut(text, from)
            && at > *cuts.last().expect("one cut")
            && at < text.len()
        {
            cuts.push(at);
        }
    }
    cuts.push(text.len());
    cuts
}

fn next_cut(text: &str, from: usize) -> Option<usize> {
    let mut at = from;
    loop {
        let blank = text.get(at..)?.find("\n\n")? + at + 2;
        let rest = &text[blank..];
        let starts_entry = rest.starts_with("msgid ")
            || rest.starts_with("msgctxt ")
            || (rest.starts_with('#') && !rest.starts_with("#~") && !rest.starts_with("#|"));
        if starts_entry {
            return Some(blank);
        }
        at = blank;
    }
}

fn newlines(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b == b'\n').count()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A catalog of `n` entries, some with comments, contexts, plurals,
    /// previous strings and obsolete entries, over several pieces.
    fn big(n: usize) -> String {
        let mut s =
            String::from("# header comment\nmsgid \"\"\nmsgstr \"\"\n\"Language: es\\n\"\n\n");
        for i in 0..n {
            match i % 5 {
                0 => s.push_str(&format!("#. note {i}\n#: a.md:{i}\nmsgid \"m{i}\"\nmsgstr \"t{i}\"\n\n")),
                1 => s.push_str(&format!("msgctxt \"c\"\nmsgid \"m{i}\"\nmsgstr \"\"\n\"x{i}\"\n\n")),
                2 => s.push_str(&format!("#, fuzzy\n#| msgid \"old{i}\"\nmsgid \"m{i}\"\nmsgid_plural \"p{i}\"\nmsgstr[0] \"a\"\nmsgstr[1] \"b\"\n\n")),
                3 => s.push_str(&format!("#~ msgid \"o{i}\"\n#~ msgstr \"z\"\n\n")),
                _ => s.push_str(&format!("msgid \"m{i}\"\nmsgstr \"{}\"\n\n", "w".repeat(i % 97))),
            }
        }
        s
    }

    fn one_pass(text: &str) -> Result<PoFile, super::super::PoError> {
        let (f, _) = super::super::read::parse_piece(text, 0)?;
        super::super::across::validate(&f)?;
        Ok(f)
    }

    #[test]
    fn pieces_read_as_the_whole_does() {
        let text = big(60_000);
        assert!(text.len() > 3 * PIECE);
        let cut = cuts(&text, 4);
        assert!(cut.len() >= 4, "the text is cut: {}", cut.len());
        let parallel = parse_parallel(&text).expect("read in pieces");
        assert_eq!(parallel, one_pass(&text).unwrap());
        // Lines count from the start of the file in every piece.
        let last = parallel.entries.last().unwrap();
        assert_eq!(
            text.lines().nth(last.line - 1).unwrap(),
            format!("msgid \"m{}\"", 59_999)
        );
    }

    #[test]
    fn what_pieces_cannot_read_alone_is_read_in_one_pass() {
        let base = big(60_000);
        let mid = base.len() / 2;
        let blank = mid + base[mid..].find("\n\nmsgid ").unwrap() + 2;
        // An entry left open across a blank line, a second header, a duplicate,
        // an error: the one-pass answer every time.
        for insert in [
            "#. dangling comment\n\n",
            "msgid \"\"\nmsgstr \"\"\n\n",
            "msgid \"m5\"\nmsgstr \"again\"\n\n",
            "msgid \"broken\n\n",
        ] {
            let text = format!("{}{insert}{}", &base[..blank], &base[blank..]);
            // A cut just after the insertion: the piece before it ends open
            // or the piece after it holds the fault.
            let at = blank + insert.len();
            assert_eq!(
                read_pieces(&text, &[0, blank, at, text.len()]),
                None,
                "{insert:?}"
            );
            let whole = super::super::parse(&text);
            assert_eq!(whole, one_pass(&text));
        }
    }

    #[test]
    fn small_catalogs_are_read_in_one_pass() {
        assert!(parse_parallel(&big(10)).is_none());
    }
}

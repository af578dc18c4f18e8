//! Structural alignment of a hand-made translation with its source, for
//! `import`: which translated block translates which source segment.
//!
//! Both documents are segmented the same way (`source::extract`). Front matter
//! values pair by key. Body blocks are aligned as sequences (dynamic
//! programming, like Gale–Church for sentences): a pair is scored by its block
//! kind (and heading level), its language-neutral features (numbers, link
//! destinations, inline code, footnotes: `check::features`) and its length
//! against the document's overall length ratio. Blocks may be missing on
//! either side, two source blocks may be merged into one translated block and
//! one source block may be split into two. Pure: no I/O.

use crate::source::{Document, Segment, SegmentKind};
use crate::ui::Msg;

/// Cost of leaving a block without a partner.
const GAP: f64 = 0.55;
/// Extra cost of a merge or a split over a one-to-one pair.
const JOIN: f64 = 0.35;
/// A one-to-one pair scoring at least this counts as an anchor for the
/// length ratio of the document.
const ANCHOR: f64 = 0.7;

/// One step of an alignment (indices into the two documents' segments).
#[derive(Debug, Clone, PartialEq)]
pub enum Link {
    /// `src` (one segment, or two the translation merged) translated by `tr`
    /// (one block, or two the translation split it into).
    Pair {
        src: Vec<usize>,
        tr: Vec<usize>,
        score: f64,
        /// One to one, same kind, same features, plausible length: taken as
        /// it is. Anything else is imported for review.
        certain: bool,
    },
    /// A source segment without a translation.
    Missing { src: usize },
    /// A translated block without a source.
    Extra { tr: usize },
}

struct Block<'a> {
    kind: &'a SegmentKind,
    features: Vec<String>,
    chars: usize,
}

impl<'a> Block<'a> {
    fn of(seg: &'a Segment) -> Block<'a> {
        Block {
            kind: &seg.kind,
            features: crate::check::features(&seg.text),
            chars: seg.text.chars().count().max(1),
        }
    }
}

fn kind_score(a: &SegmentKind, b: &SegmentKind) -> f64 {
    use SegmentKind::*;
    match (a, b) {
        _ if a == b => 1.0,
        (Heading(_), Heading(_)) => 0.5,
        (Paragraph | BlockQuote | ListItem, Paragraph | BlockQuote | ListItem) => 0.2,
        (TableHeader | TableCell, TableHeader | TableCell) => 0.5,
        _ => 0.0,
    }
}

/// How well source blocks `s` match translated blocks `t` (0–1). `ratio` is
/// the document's translated/source length ratio.
fn score(s: &[&Block], t: &[&Block], ratio: f64) -> f64 {
    let same_kind = |bs: &[&Block]| bs.windows(2).all(|w| w[0].kind == w[1].kind);
    let kind = if same_kind(s) && same_kind(t) {
        kind_score(s[0].kind, t[0].kind)
    } else {
        0.0
    };
    let s_chars: usize = s.iter().map(|b| b.chars).sum();
    let t_chars: usize = t.iter().map(|b| b.chars).sum();
    // Gale and Church: the translated length is about the source length times
    // the ratio, with a variance growing with the length.
    let delta = (t_chars as f64 - s_chars as f64 * ratio) / (s_chars as f64 * 6.8).sqrt();
    let length = (-delta * delta).exp();
    let mut fs: Vec<&String> = s.iter().flat_map(|b| &b.features).collect();
    let mut ft: Vec<&String> = t.iter().flat_map(|b| &b.features).collect();
    fs.sort();
    ft.sort();
    if fs.is_empty() && ft.is_empty() {
        return (0.3 * kind + 0.4 * length) / 0.7;
    }
    // Dice coefficient of the two multisets.
    let (mut i, mut j, mut common) = (0, 0, 0);
    while i < fs.len() && j < ft.len() {
        match fs[i].cmp(ft[j]) {
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
        }
    }
    let features = 2.0 * common as f64 / (fs.len() + ft.len()) as f64;
    0.3 * kind + 0.4 * length + 0.3 * features
}

/// Aligns two documents: every segment of each appears in exactly one link,
/// in document order.
pub fn align(src: &Document, tr: &Document) -> Vec<Link> {
    let is_fm = |s: &Segment| matches!(s.kind, SegmentKind::FrontMatter(_));
    let mut links = Vec::new();
    // Front matter pairs by key.
    let tr_fm: Vec<usize> = (0..tr.segments.len())
        .filter(|&j| is_fm(&tr.segments[j]))
        .collect();
    let mut tr_fm_used = vec![false; tr.segments.len()];
    for (i, s) in src.segments.iter().enumerate().filter(|(_, s)| is_fm(s)) {
        match tr_fm
            .iter()
            .find(|&&j| tr.segments[j].kind == s.kind && !tr_fm_used[j])
        {
            Some(&j) => {
                tr_fm_used[j] = true;
                links.push(Link::Pair {
                    src: vec![i],
                    tr: vec![j],
                    score: 1.0,
                    certain: true,
                });
            }
            None => links.push(Link::Missing { src: i }),
        }
    }
    for &j in tr_fm.iter().filter(|&&j| !tr_fm_used[j]) {
        links.push(Link::Extra { tr: j });
    }
    // The body as two sequences.
    let si: Vec<usize> = (0..src.segments.len())
        .filter(|&i| !is_fm(&src.segments[i]))
        .collect();
    let ti: Vec<usize> = (0..tr.segments.len())
        .filter(|&j| !is_fm(&tr.segments[j]))
        .collect();
    let sb: Vec<Block> = si.iter().map(|&i| Block::of(&src.segments[i])).collect();
    let tb: Vec<Block> = ti.iter().map(|&j| Block::of(&tr.segments[j])).collect();
    // Align once with a neutral length ratio, then again with the ratio of
    // the confident one-to-one pairs (the documents' overall ratio would
    // count missing and extra blocks too).
    let first = align_body(&sb, &tb, 1.0);
    let (mut sc, mut tc, mut pairs) = (0, 0, 0);
    for (di, dj, score, i, j) in &first {
        if (*di, *dj) == (1, 1) && *score >= ANCHOR {
            sc += sb[*i].chars;
            tc += tb[*j].chars;
            pairs += 1;
        }
    }
    let ratio = if pairs >= 3 {
        (tc as f64 / sc as f64).clamp(0.3, 3.0)
    } else {
        1.0
    };
    let steps = if pairs >= 3 {
        align_body(&sb, &tb, ratio)
    } else {
        first
    };
    links.extend(
        steps
            .into_iter()
            .map(|(di, dj, score, i, j)| match (di, dj) {
                (1, 0) => Link::Missing { src: si[i] },
                (0, 1) => Link::Extra { tr: ti[j] },
                _ => Link::Pair {
                    src: si[i..i + di].to_vec(),
                    tr: ti[j..j + dj].to_vec(),
                    score,
                    certain: (di, dj) == (1, 1) && plausible(&sb[i], &tb[j], ratio),
                },
            }),
    );
    links
}

/// A one-to-one pair nothing speaks against: same kind (and level), the same
/// language-neutral features, and a length within a factor of two of the
/// expected one (short texts vary too much to judge).
fn plausible(s: &Block, t: &Block, ratio: f64) -> bool {
    let expected = s.chars as f64 * ratio;
    let length_ok =
        s.chars.max(t.chars) < 24 || (expected / 2.0..=expected * 2.0).contains(&(t.chars as f64));
    s.kind == t.kind && s.features == t.features && length_ok
}

/// The cheapest alignment of two block sequences, as steps (source blocks
/// taken, translated blocks taken, score, first source, first translated).
fn align_body(sb: &[Block], tb: &[Block], ratio: f64) -> Vec<(usize, usize, f64, usize, usize)> {
    let (n, m) = (sb.len(), tb.len());
    // cost[i][j]: best cost of aligning the first i source and j translated blocks.
    let mut cost = vec![vec![f64::INFINITY; m + 1]; n + 1];
    let mut back = vec![vec![(0u8, 0u8, 0.0f64); m + 1]; n + 1];
    cost[0][0] = 0.0;
    for i in 0..=n {
        for j in 0..=m {
            let here = cost[i][j];
            if here.is_infinite() {
                continue;
            }
            let mut relax = |di: usize, dj: usize, c: f64, sc: f64| {
                let (a, b) = (i + di, j + dj);
                if a <= n && b <= m && here + c < cost[a][b] {
                    cost[a][b] = here + c;
                    back[a][b] = (di as u8, dj as u8, sc);
                }
            };
            relax(1, 0, GAP, 0.0);
            relax(0, 1, GAP, 0.0);
            if i < n && j < m {
                let sc = score(&[&sb[i]], &[&tb[j]], ratio);
                relax(1, 1, 1.0 - sc, sc);
                if i + 1 < n {
                    let sc = score(&[&sb[i], &sb[i + 1]], &[&tb[j]], ratio);
                    relax(2, 1, 1.0 - sc + JOIN, sc);
                }
                if j + 1 < m {
                    let sc = score(&[&sb[i]], &[&tb[j], &tb[j + 1]], ratio);
                    relax(1, 2, 1.0 - sc + JOIN, sc);
                }
            }
        }
    }
    let mut steps = Vec::new();
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        let (di, dj, sc) = back[i][j];
        let (di, dj) = (di as usize, dj as usize);
        i -= di;
        j -= dj;
        steps.push((di, dj, sc, i, j));
    }
    steps.reverse();
    steps
}

/// A translation found for one source segment.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// Index of the source segment.
    pub src: usize,
    pub text: String,
    /// False: imported for review (stale), with `note` saying why.
    pub certain: bool,
    pub note: Option<String>,
    /// Line of the translated block.
    pub tr_line: usize,
}

/// Something the alignment could not pair one to one, with both lines.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Misalignment {
    pub src_line: Option<usize>,
    pub tr_line: Option<usize>,
    pub message: Msg,
}

/// Translations for the source segments, and every misalignment.
pub fn import(src: &Document, tr: &Document) -> (Vec<Found>, Vec<Misalignment>) {
    let mut found = Vec::new();
    let mut issues = Vec::new();
    let line = |d: &Document, i: usize| d.segments[i].line as usize;
    for link in align(src, tr) {
        match link {
            Link::Missing { src: i } => issues.push(Misalignment {
                src_line: Some(line(src, i)),
                tr_line: None,
                message: Msg::new("import-missing").arg_msg("kind", src.segments[i].kind.msg()),
            }),
            Link::Extra { tr: j } => issues.push(Misalignment {
                src_line: None,
                tr_line: Some(line(tr, j)),
                message: Msg::new("import-extra").arg_msg("kind", tr.segments[j].kind.msg()),
            }),
            Link::Pair {
                src: s,
                tr: t,
                score,
                ..
            } if s.len() == 2 => {
                issues.push(Misalignment {
                    src_line: Some(line(src, s[0])),
                    tr_line: Some(line(tr, t[0])),
                    message: Msg::new("import-merged")
                        .arg("first", line(src, s[0]))
                        .arg("second", line(src, s[1])),
                });
                found.push(Found {
                    src: s[0],
                    text: tr.segments[t[0]].text.clone(),
                    certain: false,
                    note: Some(format!(
                        "merged: this translation also covers the next segment (score {score:.2})"
                    )),
                    tr_line: line(tr, t[0]),
                });
            }
            Link::Pair {
                src: s,
                tr: t,
                score,
                ..
            } if t.len() == 2 => {
                issues.push(Misalignment {
                    src_line: Some(line(src, s[0])),
                    tr_line: Some(line(tr, t[0])),
                    message: Msg::new("import-split")
                        .arg_msg("kind", src.segments[s[0]].kind.msg())
                        .arg("first", line(tr, t[0]))
                        .arg("second", line(tr, t[1])),
                });
                found.push(Found {
                    src: s[0],
                    text: format!("{} {}", tr.segments[t[0]].text, tr.segments[t[1]].text),
                    certain: false,
                    note: Some(format!(
                        "split: joined from two translated blocks (score {score:.2})"
                    )),
                    tr_line: line(tr, t[0]),
                });
            }
            Link::Pair {
                src: s,
                tr: t,
                score,
                certain,
            } => {
                if !certain {
                    issues.push(Misalignment {
                        src_line: Some(line(src, s[0])),
                        tr_line: Some(line(tr, t[0])),
                        message: Msg::new("import-uncertain")
                            .arg_msg("source", src.segments[s[0]].kind.msg())
                            .arg_msg("translation", tr.segments[t[0]].kind.msg())
                            .arg("score", format!("{score:.2}")),
                    });
                }
                found.push(Found {
                    src: s[0],
                    text: tr.segments[t[0]].text.clone(),
                    certain,
                    note: (!certain).then(|| format!("uncertain alignment (score {score:.2})")),
                    tr_line: line(tr, t[0]),
                });
            }
        }
    }
    found.sort_by_key(|f| f.src);
    issues.sort_by_key(|m| (m.src_line.or(m.tr_line), m.tr_line));
    (found, issues)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::extract;

    fn doc(s: &str) -> Document {
        extract(s, &["title".to_string(), "description".to_string()]).unwrap()
    }

    #[test]
    fn lockstep_documents_pair_one_to_one() {
        let s = doc(
            "---\ntitle: Hello\n---\n\n# One\n\nFirst paragraph with 3 apples.\n\n- item a\n- item b\n",
        );
        let t = doc(
            "---\ntitle: Hola\n---\n\n# Uno\n\nPrimer párrafo con 3 manzanas.\n\n- elemento a\n- elemento b\n",
        );
        let (found, issues) = import(&s, &t);
        assert!(issues.is_empty(), "{issues:?}");
        let texts: Vec<&str> = found.iter().map(|f| f.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Hola",
                "Uno",
                "Primer párrafo con 3 manzanas.",
                "elemento a",
                "elemento b"
            ]
        );
        assert!(found.iter().all(|f| f.certain));
    }

    #[test]
    fn missing_merged_and_split_blocks() {
        let s = doc(concat!(
            "# Title\n\n",
            "Alpha paragraph mentions 2024 and [a link](https://a.example).\n\n",
            "Beta paragraph is short.\n\n",
            "Gamma paragraph, fairly long, describes the budget of 300 euros in detail for everyone.\n\n",
            "Delta one.\n\nDelta two, a bit longer.\n\n",
            "Epsilon paragraph with `code` inside and a reference to 42 things over there.\n",
        ));
        let t = doc(concat!(
            "# Título\n\n",
            "Párrafo alfa menciona 2024 y [un enlace](https://a.example).\n\n",
            // Beta is missing.
            "Párrafo gamma, bastante largo, describe el presupuesto de 300 euros.\n\nEn detalle para todos.\n\n",
            "Delta uno. Delta dos, un poco más largo.\n\n",
            "Párrafo épsilon con `code` dentro y una referencia a 42 cosas por allá.\n",
        ));
        let (found, issues) = import(&s, &t);
        let by_src = |i: usize| found.iter().find(|f| f.src == i);
        assert_eq!(by_src(0).unwrap().text, "Título");
        assert!(by_src(1).unwrap().text.starts_with("Párrafo alfa"));
        assert!(by_src(1).unwrap().certain);
        assert!(by_src(2).is_none(), "beta is missing: {found:?}");
        let gamma = by_src(3).unwrap();
        assert!(!gamma.certain);
        assert!(gamma.text.ends_with("300 euros. En detalle para todos."));
        let delta = by_src(4).unwrap();
        assert!(!delta.certain && delta.text.starts_with("Delta uno."));
        assert!(by_src(5).is_none());
        assert!(by_src(6).unwrap().certain);
        // Every misalignment, with both lines where there are two.
        let msgs: Vec<String> = issues
            .iter()
            .map(|m| format!("{:?}:{:?} {}", m.src_line, m.tr_line, m.message))
            .collect();
        assert_eq!(issues.len(), 3, "{msgs:#?}");
        assert!(msgs[0].starts_with("Some(5):None paragraph has no translation"));
        assert!(msgs[1].starts_with("Some(7):Some(5) the translation splits"));
        assert!(msgs[2].starts_with("Some(9):Some(9) two source blocks (lines 9 and 11)"));
    }

    #[test]
    fn extra_blocks_and_front_matter_keys() {
        let s =
            doc("---\ntitle: Hi\ndescription: About\n---\n\nOnly paragraph here, with 2 cats.\n");
        let t = doc(
            "---\ntitle: Hola\n---\n\nNota del traductor.\n\nSolo un párrafo aquí, con 2 gatos.\n",
        );
        let (found, issues) = import(&s, &t);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].text, "Hola");
        assert_eq!(found[1].text, "Solo un párrafo aquí, con 2 gatos.");
        assert_eq!(issues.len(), 1 + 1, "{issues:?}");
        assert!(
            issues
                .iter()
                .any(|m| m.tr_line == Some(5) && m.src_line.is_none())
        );
    }
}

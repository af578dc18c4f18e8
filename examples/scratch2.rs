use dragoman::catalog::{Catalog, Message};
use pulldown_cmark::{CowStr, Event, Parser};
fn html(md: &str) -> String {
    let events = Parser::new_ext(md, dragoman::source::markdown_options()).map(|e| match e {
        Event::SoftBreak => Event::Text(CowStr::Borrowed(" ")),
        e => e,
    });
    let mut out = String::new();
    pulldown_cmark::html::push_html(&mut out, events);
    out
}
fn fails(text: &str) -> bool {
    let Ok(doc) = dragoman::source::extract(text, &["title".to_string()]) else {
        return false;
    };
    let catalog = Catalog {
        header: None,
        messages: doc
            .segments
            .iter()
            .map(|s| {
                let mut m = Message::new(s.context.clone(), s.text.clone());
                m.translation = vec![s.text.clone()];
                m
            })
            .collect(),
    };
    let built = dragoman::build::localize(text, &doc, Some(&catalog));
    html(dragoman::build::body_of(text)) != html(dragoman::build::body_of(&built.markdown))
}
fn main() {
    let mut t = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();
    assert!(fails(&t));
    // greedy line removal
    loop {
        let lines: Vec<&str> = t.split_inclusive('\n').collect();
        let mut changed = false;
        for i in 0..lines.len() {
            let cand: String = lines
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .map(|(_, l)| *l)
                .collect();
            if fails(&cand) {
                t = cand;
                changed = true;
                break;
            }
        }
        if !changed {
            break;
        }
    }
    println!("{t:?}");
    let doc = dragoman::source::extract(&t, &["title".to_string()]).unwrap();
    for s in &doc.segments {
        println!("{:?} {:?} range={:?}", s.kind, s.text, &t[s.range.clone()]);
    }
    let catalog = Catalog {
        header: None,
        messages: doc
            .segments
            .iter()
            .map(|s| {
                let mut m = Message::new(s.context.clone(), s.text.clone());
                m.translation = vec![s.text.clone()];
                m
            })
            .collect(),
    };
    let built = dragoman::build::localize(&t, &doc, Some(&catalog));
    println!("BUILT {:?}", built.markdown);
    println!("{}\n{}", html(&t), html(&built.markdown));
}

use pulldown_cmark::Parser;
fn main() {
    let t = "title\r\u{b}\r\n";
    for (e, r) in Parser::new_ext(t, dragoman::source::markdown_options()).into_offset_iter() {
        println!("{e:?} {r:?}");
    }
    let d = dragoman::source::extract(t, &[]).unwrap();
    println!("{:?}", d.segments);
}

//! dragoman: translate Markdown statements through PO and Fluent catalogs.
//!
//! The core is pure (no I/O): `source` turns a statement into segments,
//! `catalog` holds translations, `sync` merges, `status` counts, `build` splices
//! (with `guard` keeping untrusted translations inside their segments).
//! `fsio` is the only module that touches the file system; `project` is the
//! workspace on top of it, `ops` the commands, `cache` skips repeated work.
//! The binary (`src/main.rs`, `src/cli/`) parses arguments and prints.
//!
//! ```
//! use dragoman::source::extract;
//!
//! let src = "---\ntitle: Hello\n---\n\n## Intro\n\nA 10\\-year\\-old\ngroup.\n";
//! let doc = extract(src, &["title".to_string()]).unwrap();
//! let texts: Vec<&str> = doc.segments.iter().map(|s| s.text.as_str()).collect();
//! assert_eq!(texts, ["Hello", "Intro", "A 10-year-old group."]);
//! // Each segment knows where it came from, so a build can splice a translation back in.
//! assert_eq!(&src[doc.segments[2].range.clone()], "A 10\\-year\\-old\ngroup.");
//! assert_eq!(doc.segments[2].line, 7);
//! ```

pub mod align;
pub mod build;
pub mod bundle;
pub mod cache;
pub mod catalog;
pub mod check;
pub mod config;
pub mod dashboard;
pub mod diff;
pub mod directive;
pub mod error;
pub mod fsio;
pub mod ftl;
pub mod guard;
pub mod lang;
pub mod ops;
pub mod po;
pub mod project;
pub mod pseudo;
pub mod publish;
pub mod serve;
pub mod site;
pub mod source;
pub mod status;
pub mod suggest;
pub mod sync;
pub mod timing;
pub mod ui;

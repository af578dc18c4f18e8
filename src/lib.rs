//! dragoman: translate Markdown statements through PO and Fluent catalogs.
//!
//! The core is pure (no I/O): `source` turns a statement into segments,
//! `catalog` holds translations, `sync` merges, `status` counts, `build` splices.
//! The binary (`src/main.rs`) and `project` do the file system work.

pub mod build;
pub mod catalog;
pub mod config;
pub mod lang;
pub mod po;
pub mod project;
pub mod source;
pub mod status;
pub mod sync;

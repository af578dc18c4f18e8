//! Every integration test in one binary (one link instead of one per file,
//! as cargo and ripgrep do). Helpers shared with benches and examples live in
//! `tests/support/`.

#[path = "../support/busy.rs"]
mod busy;
#[path = "../support/corpus.rs"]
mod corpus;
#[path = "../support/project.rs"]
mod project;
#[path = "../support/server.rs"]
mod server;

mod architecture;
mod blog;
mod browser;
mod bundles;
mod catalog_path;
mod cli;
mod cli_docs;
mod concurrent_edits;
mod corpus_matching;
mod crash;
mod dashboard;
mod fluent_reference;
mod ftl_props;
mod generators;
mod gettext;
mod grid;
mod hostile;
mod identity;
mod impact;
mod import;
mod incremental;
mod judged;
mod layouts;
mod links;
mod localized;
mod malformed;
mod migrate;
mod paths;
mod po_formats;
mod progress;
mod regroup;
mod robustness;
mod selection;
mod serve;
mod setup;
mod suggest;
mod sync_props;

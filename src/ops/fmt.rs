//! `fmt`: PO and FTL files rewritten in their canonical layout (msgcat's, the Fluent
//! serializer's), for any catalog.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use crate::fsio::{Durability, Expect, content_hash, utf8_text, write_all_expecting};
use crate::project::*;

/// What `fmt` did: the files rewritten (or, with `check`, that would be),
/// and the files it could not read, each with its error (the others are
/// formatted all the same, as `msgcat` in a loop or rustfmt do).
#[derive(Debug, Default)]
pub struct FmtReport {
    pub changed: Vec<PathBuf>,
    pub errors: Vec<Error>,
}

/// `fmt`: rewrites PO files in GNU msgcat's layout and FTL files in the Fluent
/// serializer's, for any catalog (not only dragoman's). Content never changes.
pub fn fmt(paths: &[PathBuf], check: bool, wrap: crate::po::Wrap) -> Result<FmtReport> {
    let mut files = Vec::new();
    for p in paths {
        collect_catalogs(p, &mut files)?;
    }
    files.sort();
    files.dedup();
    let mut plan = Vec::new();
    let mut read = HashMap::new();
    let mut errors = Vec::new();
    for f in &files {
        match format_one(f, wrap) {
            Ok((bytes, out)) => {
                read.insert(f.clone(), Expect::Hash(content_hash(&bytes)));
                if out != bytes {
                    plan.push((f.clone(), out));
                }
            }
            Err(e) => errors.push(e),
        }
    }
    if !check {
        // Never over an edit saved since the file was read.
        let expect = |p: &Path| read.get(p).copied().unwrap_or(Expect::Absent);
        write_all_expecting(&plan, Durability::Replacing, &expect)?;
    }
    Ok(FmtReport {
        changed: plan.into_iter().map(|(p, _)| p).collect(),
        errors,
    })
}

/// One catalog as read, and in its canonical layout.
fn format_one(f: &Path, wrap: crate::po::Wrap) -> Result<(Vec<u8>, Vec<u8>)> {
    let display = f.display().to_string();
    let bytes = fs::read(f).map_err(|e| Error::io(f, e))?;
    let ftl = crate::project::is_ftl(f);
    let at = |e: crate::po::charset::CharsetError| e.in_file(&display);
    let text = match if ftl {
        Ok(None)
    } else {
        crate::po::charset::decode(&bytes)
    } {
        Ok(Some(text)) => text,
        Ok(None) => utf8_text(bytes.clone(), &display, "text")?,
        Err(e) => return Err(at(e)),
    };
    let out = if ftl {
        crate::ftl::canonical_any(&text)
            .map_err(|e| e.in_file(&display))?
            .into_bytes()
    } else {
        let po = crate::po::parse(&text).map_err(|e| e.in_file(&display))?;
        crate::po::charset::encode(&crate::po::write_with(&po, wrap))
            .map_err(at)?
            .into_owned()
    };
    Ok((bytes, out))
}

fn collect_catalogs(p: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    let meta = fs::symlink_metadata(p).map_err(|e| Error::io(p, e))?;
    if meta.is_dir() {
        for e in fs::read_dir(p).map_err(|e| Error::io(p, e))?.flatten() {
            let name = e.file_name();
            if name.to_string_lossy().starts_with('.') {
                continue;
            }
            let child = e.path();
            let m = fs::symlink_metadata(&child).map_err(|e| Error::io(&child, e))?;
            if m.is_dir() {
                collect_catalogs(&child, out)?;
            } else if m.is_file()
                && child
                    .extension()
                    .is_some_and(|x| x == "po" || x == "pot" || x == "ftl")
            {
                out.push(child);
            }
        }
    } else if meta.is_file() {
        out.push(p.to_path_buf());
    }
    Ok(())
}

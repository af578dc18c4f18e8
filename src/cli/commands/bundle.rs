//! `dragoman bundle`: each language's statements as one offline HTML file and
//! one EPUB book in `build/bundles/`, for readers with no network.

use crate::cli::ExitStatus;

use dragoman::ops::bundle::BundleFormat;
use dragoman::project::Error;

use super::Ctx;

#[derive(clap::Args)]
pub struct BundleArgs {
    /// Only this language (repeatable; the source language too); default: every language
    #[arg(long = "lang", value_name = "LANG")]
    pub langs: Vec<String>,
    /// Only this format (repeatable); default: html and epub
    #[arg(long = "format", value_enum, value_name = "FORMAT")]
    pub formats: Vec<BundleFormat>,
}

pub fn run(ctx: Ctx, args: &BundleArgs) -> Result<ExitStatus, Error> {
    let Ctx { project, quiet, ui } = ctx;
    let source = &project.config.source;
    let langs = if args.langs.is_empty() {
        std::iter::once(source.clone())
            .chain(project.config.languages.iter().cloned())
            .collect()
    } else {
        let mut out = Vec::new();
        for l in &args.langs {
            match dragoman::lang::Language::parse(l) {
                Ok(p) if p.tag == source.tag => out.push(source.clone()),
                _ => out.extend(project.select_languages(std::slice::from_ref(l))?),
            }
        }
        out
    };
    let formats = if args.formats.is_empty() {
        vec![BundleFormat::Html, BundleFormat::Epub]
    } else {
        args.formats.clone()
    };
    let out = project.root.join(&project.config.output);
    let files = project.bundle(&langs, &formats, &out)?;
    if !quiet {
        for f in &files {
            say!(
                "{}",
                ui.fmt(
                    "bundle-file",
                    &[
                        ("path", f.path.clone().into()),
                        ("size", size(f.bytes).into()),
                        ("count", f.statements.into()),
                    ]
                )
            );
            if f.skipped > 0 || f.images_left_out > 0 {
                say!(
                    "  {}",
                    ui.fmt(
                        "bundle-left-out",
                        &[
                            ("skipped", f.skipped.into()),
                            ("images", f.images_left_out.into()),
                            ("max", project.config.bundle_image_max_kb.into()),
                        ]
                    )
                );
            }
        }
    }
    Ok(ExitStatus::Success)
}

/// `412 KB`, `1.3 MB`.
fn size(bytes: u64) -> String {
    match bytes {
        b if b < 1000 => format!("{b} B"),
        b if b < 1_000_000 => format!("{:.0} KB", b as f64 / 1000.0),
        b => format!("{:.1} MB", b as f64 / 1_000_000.0),
    }
}

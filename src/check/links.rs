//! Links that point at nothing: a translation's relative targets
//! (`link-target`) and a statement's own (`source-link-target`). The file
//! system is asked through `exists`.

use super::*;

/// The relative link and image targets of a translation that point at
/// nothing (`exists` answers for a target relative to the statement's
/// folder): `link-target`. Targets the source has too are the source's
/// (`source_link_targets`).
pub fn link_targets(
    source: &str,
    translation: &str,
    ctx: &Context,
    exists: &dyn Fn(&str) -> bool,
) -> Vec<Finding> {
    let mut sink = Sink {
        ctx,
        out: Vec::new(),
    };
    let own = crate::source::links::relative_targets(source);
    for target in crate::source::links::relative_targets(translation) {
        if !own.contains(&target) && !exists(&target) {
            sink.add(
                "link-target",
                m("check-link-target").arg("target", &target),
                None,
            );
        }
    }
    sink.out
}

/// `plural-forms`: a plural entry with `forms` translations where the
/// catalog's header says `nplurals` (`msgfmt -c` refuses the file; dragoman
/// and `msgcat` read it).
pub fn plural_forms(forms: usize, nplurals: usize, ctx: &Context) -> Vec<Finding> {
    let mut sink = Sink {
        ctx,
        out: Vec::new(),
    };
    if forms != nplurals {
        sink.add(
            "plural-forms",
            m("check-plural-forms")
                .arg("forms", forms)
                .arg("nplurals", nplurals),
            None,
        );
    }
    sink.out
}

/// The relative link and image targets of a statement's body that point at
/// nothing: `source-link-target`, with each target.
pub fn source_link_targets(
    body: &str,
    ctx: &Context,
    exists: &dyn Fn(&str) -> bool,
) -> Vec<(String, Finding)> {
    let mut out = Vec::new();
    for target in crate::source::links::relative_targets(body) {
        if exists(&target) {
            continue;
        }
        let mut sink = Sink {
            ctx,
            out: Vec::new(),
        };
        let msg = m("check-source-link-target").arg("target", &target);
        sink.add("source-link-target", msg, None);
        out.extend(sink.out.into_iter().map(|f| (target.clone(), f)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_to_nothing_are_found() {
        let ctx = Context::plain("es", true);
        let exists = |t: &str| t == "map.png" || t == "docs";
        let ids = |f: Vec<Finding>| f.into_iter().map(|f| f.check).collect::<Vec<_>>();
        // A target the source has is the source's business; a new one must exist.
        assert!(
            ids(link_targets(
                "![m](gone.png)",
                "![m](gone.png)",
                &ctx,
                &exists
            ))
            .is_empty()
        );
        assert_eq!(
            ids(link_targets(
                "![m](map.png)",
                "![m](mapa.png)",
                &ctx,
                &exists
            )),
            ["link-target"]
        );
        assert!(ids(link_targets("[d](x.md)", "[d](docs)", &ctx, &exists)).is_empty());
        assert!(
            ids(link_targets(
                "[w](https://e.org)",
                "[w](https://e.org/es)",
                &ctx,
                &exists
            ))
            .is_empty()
        );
        let found = source_link_targets(
            "![a](map.png) ![b](gone.png) [c](https://e.org/x.png)",
            &ctx,
            &exists,
        );
        let targets: Vec<&str> = found.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(targets, ["gone.png"]);
        assert_eq!(found[0].1.severity, Severity::Warning);
    }
}

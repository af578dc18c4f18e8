//! The reviewer's audit, replayed: every finding of `tests/judged-findings.tsv`
//! judged real is still found on the comprehensive-rust catalogs, every one
//! judged false stays gone (needs `../shared`; CI has it).

#[path = "../support/audit.rs"]
mod audit;

#[test]
fn judged_findings_stay_as_judged() {
    let Some(corpus) = crate::corpus::corpus() else {
        return;
    };
    let text = include_str!("../judged-findings.tsv");
    let judged = audit::judged(text);
    assert!(judged.len() >= 200, "{} judged findings", judged.len());
    let mut by_key = std::collections::HashMap::new();
    for lang in audit::LANGUAGES {
        for m in audit::entries(&corpus, lang) {
            by_key.insert((lang, audit::key(&m)), m);
        }
    }
    let mut wrong = Vec::new();
    for j in &judged {
        let lang = audit::LANGUAGES
            .into_iter()
            .find(|l| *l == j.lang)
            .expect("es, fa or ar");
        let m = by_key
            .get(&(lang, j.key.clone()))
            .unwrap_or_else(|| panic!("{} {} is not in the corpus", j.lang, j.key));
        let found = audit::findings(lang, m).iter().any(|f| f.check == j.check);
        if found != j.real {
            let (verdict, now) = if j.real {
                ("real", "gone")
            } else {
                ("false", "found")
            };
            wrong.push(format!(
                "{} {} {} judged {verdict} ({}), {now}",
                j.lang, j.check, j.key, j.reason
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} judged findings drifted:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

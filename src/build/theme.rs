//! Themes: pages come from minijinja templates with autoescaping. The
//! built-in theme is compiled in; a project overrides any template by
//! putting a file of the same name in its `templates/` folder (read by
//! `ops::build`, given here as text). Names are dragoman's own
//! (`statement.html`), so a site generator's templates in the same folder
//! (Zola's `page.html`, `index.html`) are never taken for ours.

use serde::Serialize;

use crate::error::SyntaxError;
use crate::ui::Msg;

use super::escape_html;

/// The templates of the built-in theme: (name, text).
pub const BUILTIN: [(&str, &str); 3] = [
    ("statement.html", include_str!("theme/statement.html")),
    (
        "language-index.html",
        include_str!("theme/language-index.html"),
    ),
    ("language-feed.xml", include_str!("theme/language-feed.xml")),
];

/// A compiled theme.
pub struct Theme {
    env: minijinja::Environment<'static>,
}

impl Theme {
    /// The built-in theme with `overrides` (name, text) in place of its
    /// templates. A template that does not compile is an error naming its
    /// file (`templates/<name>`) and line.
    pub fn new(overrides: &[(String, String)]) -> Result<Theme, (String, SyntaxError)> {
        let mut env = minijinja::Environment::new();
        env.set_undefined_behavior(minijinja::UndefinedBehavior::Chainable);
        // The crate's HTML escaping (minijinja's also escapes `/`).
        env.set_formatter(|out, state, value| {
            if *state.auto_escape() == minijinja::AutoEscape::Html
                && !value.is_safe()
                && let Some(s) = value.as_str()
            {
                return out
                    .write_str(&escape_html(s))
                    .map_err(minijinja::Error::from);
            }
            minijinja::escape_formatter(out, state, value)
        });
        for (name, text) in BUILTIN {
            if !overrides.iter().any(|(n, _)| n == name) {
                env.add_template(name, text)
                    .map_err(|e| (name.to_string(), syntax(&e)))?;
            }
        }
        for (name, text) in overrides {
            env.add_template_owned(name.clone(), text.clone())
                .map_err(|e| (name.clone(), syntax(&e)))?;
        }
        Ok(Theme { env })
    }

    /// Renders template `name` with `ctx`. A template that fails while
    /// rendering (a missing filter, a bad call) is an error with its line.
    pub fn render(
        &self,
        name: &str,
        ctx: &impl Serialize,
    ) -> Result<String, (String, SyntaxError)> {
        let t = self
            .env
            .get_template(name)
            .map_err(|e| (name.to_string(), syntax(&e)))?;
        t.render(minijinja::Value::from(minijinja::value::Serde(ctx)))
            .map_err(|e| (name.to_string(), syntax(&e)))
    }
}

/// The names of the templates a project may override.
pub fn names() -> Vec<&'static str> {
    BUILTIN.iter().map(|(n, _)| *n).collect()
}

fn syntax(e: &minijinja::Error) -> SyntaxError {
    SyntaxError {
        line: e.line().unwrap_or(1),
        column: 1,
        message: Msg::new("theme-template")
            .arg("detail", e.detail().unwrap_or(&e.kind().to_string())),
    }
}

/// A string the template writes as it is (already HTML).
pub fn safe(html: &str) -> minijinja::Value {
    minijinja::Value::from_safe_string(html.to_string())
}

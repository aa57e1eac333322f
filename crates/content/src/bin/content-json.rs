//! `content-json OUT.json`: checks `content/` like the build does, then
//! writes its texts as JSON for the end-to-end tests (`e2e/lib/content.mjs`),
//! so they find controls by the words a reader sees without parsing the
//! TOML themselves:
//!
//! ```json
//! { "locales": ["en", "es", "de"],
//!   "texts": { "en": { "ui.start": "Start the check", "step.onset.title": "..." } },
//!   "steps": [{ "id": "emergency_flags", "kind": "multi", "options": ["saddle", "..."] }],
//!   "regions": [{ "code": "GB", "emergency": "999" }] }
//! ```
//!
//! Text keys are the dotted paths of the locale files (`[step.onset]
//! option.sudden = ...` is `step.onset.option.sudden`); steps are in flow
//! order. The content directory is `$BSC_CONTENT_DIR` (set for cargo by
//! `.cargo/config.toml`).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde_json::{json, Map, Value};

fn main() -> ExitCode {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let [out] = args.as_slice() else {
        eprintln!("usage: content-json OUT.json");
        return ExitCode::from(2);
    };
    let Some(dir) = std::env::var_os("BSC_CONTENT_DIR") else {
        eprintln!(
            "content-json: BSC_CONTENT_DIR is not set (run it with cargo from the workspace)"
        );
        return ExitCode::FAILURE;
    };
    let written = content_json(Path::new(&dir)).and_then(|json| {
        std::fs::write(out, json).map_err(|e| format!("cannot write {}: {e}", out.display()))
    });
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("content-json: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The JSON for the content in `dir`, once the content compiler accepts it.
fn content_json(dir: &Path) -> Result<String, String> {
    bsc_content::compile_dir(dir).map_err(|errors| errors.to_string())?;
    let read = |name: &str| -> Result<toml::Table, String> {
        let path = dir.join(name);
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        text.parse().map_err(|e| format!("{}: {e}", path.display()))
    };
    let flow = read("flow.toml")?;
    let locales: Vec<&str> = flow["locales"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(toml::Value::as_str)
        .collect();
    let mut texts = Map::new();
    for code in &locales {
        let mut flat = Map::new();
        flatten("", &read(&format!("{code}.toml"))?, &mut flat);
        texts.insert((*code).to_owned(), Value::Object(flat));
    }
    let steps: Vec<Value> = flow
        .get("step")
        .and_then(toml::Value::as_array)
        .into_iter()
        .flatten()
        .map(|step| {
            let options: Vec<&str> = step
                .get("options")
                .and_then(toml::Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(|o| o.get("id").and_then(toml::Value::as_str))
                .collect();
            json!({ "id": step["id"].as_str(), "kind": step["kind"].as_str(), "options": options })
        })
        .collect();
    // Each country's code and emergency number (regions.toml order).
    let regions: Vec<Value> = read("regions.toml")?
        .get("region")
        .and_then(toml::Value::as_array)
        .into_iter()
        .flatten()
        .map(|region| json!({ "code": region["code"].as_str(), "emergency": region["emergency"].as_str() }))
        .collect();
    let json = json!({ "locales": locales, "texts": texts, "steps": steps, "regions": regions });
    Ok(serde_json::to_string_pretty(&json).expect("JSON values serialize"))
}

/// Every string of `table` under its dotted path (after `prefix`).
fn flatten(prefix: &str, table: &toml::Table, out: &mut Map<String, Value>) {
    for (key, value) in table {
        let path = if prefix.is_empty() {
            key.clone()
        } else {
            format!("{prefix}.{key}")
        };
        match value {
            toml::Value::Table(inner) => flatten(&path, inner, out),
            toml::Value::String(text) => {
                out.insert(path, Value::String(text.clone()));
            }
            // The compiler accepts only strings in locale files.
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flatten_gives_dotted_keys() {
        let table: toml::Table = r#"
            [ui]
            start = "Start"
            [step.onset]
            title = "When?"
            option.sudden = "Suddenly"
            [level.self-care]
            title = "Self-care"
        "#
        .parse()
        .unwrap();
        let mut out = Map::new();
        flatten("", &table, &mut out);
        let keys: Vec<(&str, &str)> = out
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str().unwrap()))
            .collect();
        assert_eq!(
            keys,
            [
                ("level.self-care.title", "Self-care"),
                ("step.onset.option.sudden", "Suddenly"),
                ("step.onset.title", "When?"),
                ("ui.start", "Start"),
            ]
        );
    }

    /// The real content: every locale, every step in flow order, and the
    /// texts the compiled engine shows.
    #[test]
    fn the_content_as_json() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
        let json: Value = serde_json::from_str(&content_json(&dir).unwrap()).unwrap();
        let locales = json["locales"].as_array().unwrap();
        assert_eq!(locales[0], "en");
        for code in locales {
            let texts = json["texts"][code.as_str().unwrap()].as_object().unwrap();
            assert!(
                texts["ui.start"].as_str().is_some_and(|t| !t.is_empty()),
                "{code}"
            );
            assert_eq!(
                texts.len(),
                json["texts"]["en"].as_object().unwrap().len(),
                "{code}"
            );
        }
        assert_eq!(json["texts"]["en"]["ui.step_of"], "Step {n} of {total}");
        let steps = json["steps"].as_array().unwrap();
        assert_eq!(steps[0]["id"], "emergency_flags");
        assert_eq!(steps[0]["kind"], "multi");
        assert!(steps[0]["options"]
            .as_array()
            .unwrap()
            .contains(&json!("none")));
        for step in steps {
            let title = format!("step.{}.title", step["id"].as_str().unwrap());
            assert!(json["texts"]["en"][&title].is_string(), "{title}");
        }
    }

    #[test]
    fn invalid_content_gives_the_compiler_errors() {
        let name = format!("content-json-test-{}", std::process::id());
        let dir = std::env::temp_dir().join(&name);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("flow.toml"), "locales = [\"EN\"]\n").unwrap();
        std::fs::write(dir.join("regions.toml"), "").unwrap();
        let error = content_json(&dir).unwrap_err();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(
            error,
            format!(
                "{name}/flow.toml: locale \"EN\" must be a lowercase language code like \"en\""
            )
        );
    }
}

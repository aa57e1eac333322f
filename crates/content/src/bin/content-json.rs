//! `content-json OUT.json`: checks `content/` like the build does, then
//! writes its texts, steps and regions as JSON for the end-to-end tests
//! (`e2e/lib/content.mjs`), so they find controls by the words a reader
//! sees without parsing the TOML themselves. The shape is
//! [`bsc_content::ContentJson`]'s. The content directory is
//! `$BSC_CONTENT_DIR` (set for cargo by `.cargo/config.toml`).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[cfg(test)]
use serde_json::{json, Value};

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
    let content = bsc_content::check_dir(dir).map_err(|errors| errors.to_string())?;
    Ok(serde_json::to_string_pretty(&content.json()).expect("strings serialize"))
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(json["texts"]["en"]["meta.name"], "English");
        assert!(json["texts"]["de"]["step.onset.option.sudden"]
            .as_str()
            .is_some_and(|t| t.starts_with("Plötzlich")));
        assert_eq!(json["regions"][0]["code"], "GB");
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

//! The seal step: the demo page's script tag signed, `integrity.json` and
//! the snippet a host pastes.

use std::collections::BTreeMap;
use std::path::Path;

use crate::names::sri;
use crate::{Error, ErrorKind, DEMO, INTEGRITY, LOADER};

/// The `<script>` tag a host pastes, with the loader's integrity.
pub fn snippet(src: &str, integrity: &str) -> String {
    format!(
        "<script type=\"module\" src=\"{src}\" integrity=\"{integrity}\" crossorigin=\"anonymous\"></script>"
    )
}

/// The demo page with `integrity` and `crossorigin` on its loader tag.
///
/// # Errors
/// When the page has no `src="./embed.js"` (or unquoted) attribute.
pub fn sign_demo(page: &str, integrity: &str) -> Result<String, Error> {
    for src in ["src=\"./embed.js\"", "src=./embed.js"] {
        if page.matches(src).count() == 1 {
            let signed = format!("{src} integrity=\"{integrity}\" crossorigin=\"anonymous\"");
            return Ok(page.replacen(src, &signed, 1));
        }
    }
    Err(Error::new(
        ErrorKind::Input,
        format!("{DEMO} has no single <script src=\"./embed.js\"> to sign"),
    ))
}

/// Signs the demo page (if `dir` has one), writes [`INTEGRITY`] (the
/// SHA-384 of every file) and returns the host snippet.
///
/// # Errors
/// A file that cannot be read or written, or a demo page without the
/// loader's script tag.
pub fn seal(dir: &Path) -> Result<String, Error> {
    let loader = sri(&crate::read(&dir.join(LOADER))?);
    let demo_path = dir.join(DEMO);
    if demo_path.exists() {
        let page = sign_demo(&crate::read_text(&demo_path)?, &loader)?;
        crate::write(&demo_path, page.as_bytes())?;
    }
    let mut hashes = BTreeMap::new();
    let io = |err: std::io::Error| {
        Error::new(
            ErrorKind::Io,
            format!("cannot list {}: {err}", dir.display()),
        )
    };
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let path = entry.map_err(io)?.path();
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if path.is_file() && name != INTEGRITY {
            hashes.insert(name, sri(&crate::read(&path)?));
        }
    }
    let json = serde_json::to_string_pretty(&hashes).expect("a map of strings serializes");
    crate::write(&dir.join(INTEGRITY), format!("{json}\n").as_bytes())?;
    Ok(snippet(
        &format!("https://YOUR-HOST/back-spasm-check/{LOADER}"),
        &loader,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seal_lists_every_file_in_integrity_json() {
        let dir = std::env::temp_dir().join(format!("bsc-bundle-seal-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(LOADER), "").unwrap();
        std::fs::write(dir.join("a.txt"), "abc").unwrap();
        let snippet = seal(&dir).unwrap();
        let json = std::fs::read_to_string(dir.join(INTEGRITY)).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        let empty = "sha384-OLBgp1GsljhM2TJ+sbHjaiH9txEUvgdDTAzHv2P24donTt6/529l+9Ua0vFImLlb";
        let abc = "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn";
        assert_eq!(
            json,
            format!("{{\n  \"a.txt\": \"{abc}\",\n  \"embed.js\": \"{empty}\"\n}}\n")
        );
        assert!(
            snippet.contains(&format!("integrity=\"{empty}\"")),
            "{snippet}"
        );
    }

    #[test]
    fn demo_page_and_snippet_are_signed() {
        let page = "<script type=\"module\" src=\"./embed.js\"></script>";
        assert_eq!(
            sign_demo(page, "sha384-X").unwrap(),
            "<script type=\"module\" src=\"./embed.js\" integrity=\"sha384-X\" crossorigin=\"anonymous\"></script>"
        );
        let err = sign_demo("<p>no script</p>", "sha384-X").unwrap_err();
        assert_eq!(
            (err.kind(), err.to_string().as_str()),
            (
                ErrorKind::Input,
                "index.html has no single <script src=\"./embed.js\"> to sign"
            )
        );
        assert_eq!(
            snippet("https://h/embed.js", "sha384-X"),
            "<script type=\"module\" src=\"https://h/embed.js\" integrity=\"sha384-X\" crossorigin=\"anonymous\"></script>"
        );
    }
}

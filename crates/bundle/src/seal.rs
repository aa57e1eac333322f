//! The seal step: the demo page's script tag signed, `integrity.json` and
//! the snippet a host pastes.

use std::collections::BTreeMap;
use std::path::Path;

use crate::names::sri;
use crate::{Error, ErrorKind, DEMO, EMBED_CSS, INTEGRITY, LOADER};

/// The tags a host pastes, for the bundle at `base` (a URL ending in
/// `/`): the reserved box's stylesheet and the loader, each with its
/// integrity.
pub fn snippet(base: &str, css: &str, js: &str) -> String {
    format!(
        "<link rel=\"stylesheet\" href=\"{base}{EMBED_CSS}\" integrity=\"{css}\" crossorigin=\"anonymous\">\n\
         <script type=\"module\" src=\"{base}{LOADER}\" integrity=\"{js}\" crossorigin=\"anonymous\"></script>"
    )
}

/// The demo page with `integrity` and `crossorigin` on the tag whose
/// attribute is `attr` (`src="./embed.js"`, `href="./embed.css"`).
///
/// # Errors
/// When the page does not have the attribute exactly once.
pub fn sign_demo(page: &str, attr: &str, integrity: &str) -> Result<String, Error> {
    if page.matches(attr).count() != 1 {
        return Err(Error::new(
            ErrorKind::Input,
            format!("{DEMO} has no single tag with {attr} to sign"),
        ));
    }
    let signed = format!("{attr} integrity=\"{integrity}\" crossorigin=\"anonymous\"");
    Ok(page.replacen(attr, &signed, 1))
}

/// Signs the demo page (if `dir` has one), writes [`INTEGRITY`] (the
/// SHA-384 of every file) and returns the host snippet.
///
/// # Errors
/// A file that cannot be read or written, or a demo page without the
/// loader's script tag or the stylesheet's link.
pub fn seal(dir: &Path) -> Result<String, Error> {
    let js = sri(&crate::read(&dir.join(LOADER))?);
    let css = sri(&crate::read(&dir.join(EMBED_CSS))?);
    let demo_path = dir.join(DEMO);
    if demo_path.exists() {
        let page = crate::read_text(&demo_path)?;
        let page = sign_demo(&page, &format!("src=\"./{LOADER}\""), &js)?;
        let page = sign_demo(&page, &format!("href=\"./{EMBED_CSS}\""), &css)?;
        crate::write(&demo_path, page.as_bytes())?;
    }
    let mut hashes = BTreeMap::new();
    let io = |err| crate::io("list", dir, err);
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
    Ok(snippet("https://YOUR-HOST/back-spasm-check/", &css, &js))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seal_lists_every_file_in_integrity_json() {
        let dir = std::env::temp_dir().join(format!("bsc-bundle-seal-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(LOADER), "").unwrap();
        std::fs::write(dir.join(EMBED_CSS), "abc").unwrap();
        std::fs::write(dir.join("a.txt"), "abc").unwrap();
        let snippet = seal(&dir).unwrap();
        let json = std::fs::read_to_string(dir.join(INTEGRITY)).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        let empty = "sha384-OLBgp1GsljhM2TJ+sbHjaiH9txEUvgdDTAzHv2P24donTt6/529l+9Ua0vFImLlb";
        let abc = "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn";
        assert_eq!(
            json,
            format!("{{\n  \"a.txt\": \"{abc}\",\n  \"embed.css\": \"{abc}\",\n  \"embed.js\": \"{empty}\"\n}}\n")
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
            sign_demo(page, "src=\"./embed.js\"", "sha384-X").unwrap(),
            "<script type=\"module\" src=\"./embed.js\" integrity=\"sha384-X\" crossorigin=\"anonymous\"></script>"
        );
        let err = sign_demo("<p>no script</p>", "src=\"./embed.js\"", "sha384-X").unwrap_err();
        assert_eq!(
            (err.kind(), err.to_string().as_str()),
            (
                ErrorKind::Input,
                "index.html has no single tag with src=\"./embed.js\" to sign"
            )
        );
        assert_eq!(
            snippet("https://h/", "sha384-C", "sha384-J"),
            "<link rel=\"stylesheet\" href=\"https://h/embed.css\" integrity=\"sha384-C\" crossorigin=\"anonymous\">\n\
             <script type=\"module\" src=\"https://h/embed.js\" integrity=\"sha384-J\" crossorigin=\"anonymous\"></script>"
        );
    }
}

//! The names of the bundle's files and the hashes they carry.

use base64::Engine as _;
use sha2::{Digest, Sha384};

/// `locale-<code>.txt` for a language code: the name `embed.js` knows the
/// pack by (its hash is filed under it); the file is served under
/// [`served_name`].
pub fn pack_name(code: &str) -> String {
    format!("locale-{code}.txt")
}

/// The name a file is written and served under: `name` with the first 10
/// characters of its SHA-384 (`sri`, base64 in the URL-safe alphabet)
/// before its extension, e.g. `locale-en.Xy3_-a9QkL.txt`. A CDN can cache
/// such a file for good (`immutable`): a new build's file has a new name,
/// so an update never mixes the files of two builds. `embed.js` derives the
/// same name from the hash it carries (`web/loader/files.js`).
pub fn served_name(name: &str, sri: &str) -> String {
    let hash: String = sri
        .trim_start_matches("sha384-")
        .chars()
        .take(10)
        .map(|c| match c {
            '+' => '-',
            '/' => '_',
            c => c,
        })
        .collect();
    match name.rsplit_once('.') {
        Some((stem, ext)) => format!("{stem}.{hash}.{ext}"),
        None => format!("{name}.{hash}"),
    }
}

/// The subresource-integrity value of `bytes`: `sha384-<base64>`.
pub fn sri(bytes: &[u8]) -> String {
    let digest = Sha384::digest(bytes);
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The `n`th short name: `a`..`z`, `A`..`Z`, then two characters and
/// more. Valid as a JS property name and a wasm name.
pub fn short_name(mut n: usize) -> String {
    const FIRST: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const NEXT: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_$";
    let mut name = vec![FIRST[n % FIRST.len()]];
    n /= FIRST.len();
    while n > 0 {
        n -= 1;
        name.push(NEXT[n % NEXT.len()]);
        n /= NEXT.len();
    }
    String::from_utf8(name).expect("ASCII")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn served_names_carry_the_hash_url_safe() {
        let hash = "sha384-ab+/cdEFghIJklmnop";
        let rows = [
            ("locale-en.txt", "locale-en.ab-_cdEFgh.txt"),
            (
                "back-spasm-check_bg.wasm",
                "back-spasm-check_bg.ab-_cdEFgh.wasm",
            ),
            ("plain", "plain.ab-_cdEFgh"),
        ];
        for (name, served) in rows {
            assert_eq!(served_name(name, hash), served);
        }
    }

    #[test]
    fn sri_matches_the_published_sha384_vectors() {
        // sha384("") and sha384("abc") from FIPS 180-2, in base64.
        let rows = [
            (
                "",
                "sha384-OLBgp1GsljhM2TJ+sbHjaiH9txEUvgdDTAzHv2P24donTt6/529l+9Ua0vFImLlb",
            ),
            (
                "abc",
                "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn",
            ),
        ];
        for (text, value) in rows {
            assert_eq!(sri(text.as_bytes()), value, "{text:?}");
        }
    }

    #[test]
    fn short_names_are_unique_and_short() {
        let rows = [
            (0, "a"),
            (25, "z"),
            (26, "A"),
            (51, "Z"),
            (52, "aa"),
            (53, "ba"),
        ];
        for (n, name) in rows {
            assert_eq!(short_name(n), name, "{n}");
        }
        let all: std::collections::BTreeSet<_> = (0..5000).map(short_name).collect();
        assert_eq!(all.len(), 5000);
        assert!(all.iter().all(|n| n.len() <= 3));
    }
}

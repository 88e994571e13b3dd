//! Search that works from `file://`: one small index per language, loaded
//! with a classic `<script>` tag the way mdBook loads its index (a `fetch`
//! of a local file is refused by browsers, which is why Pagefind cannot
//! work from a USB stick).
//!
//! The index stays small because it holds, per page, only its title, its
//! module and the distinct words of its text (folded to lower case without
//! accents), not the text itself.

use std::collections::HashSet;

/// One page in a language's index.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Entry {
    /// The page's title.
    pub t: String,
    /// The module it belongs to.
    pub m: String,
    /// Its address, relative to the language folder.
    pub u: String,
    /// Its distinct words, space separated.
    pub w: String,
}

/// The script that runs a search page (shared by every language).
pub const SCRIPT: &str = include_str!("search.js");

/// The words of a page's `<main>`, as the index keeps them.
pub fn words(html: &str) -> String {
    let main = html
        .find("<main")
        .and_then(|s| html[s..].find("</main>").map(|e| &html[s..s + e]))
        .unwrap_or(html);
    let text = text_of(main);
    let mut seen = HashSet::new();
    let mut out: Vec<String> = Vec::new();
    for w in fold(&text).split(|c: char| !c.is_alphanumeric()) {
        if w.chars().count() < 2 || w.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        if seen.insert(w.to_string()) {
            out.push(w.to_string());
        }
    }
    out.join(" ")
}

/// Lower case, accents removed: what both the index and the query go
/// through (`search.js` does the same with `normalize('NFD')`).
pub fn fold(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            c => c,
        })
        .collect()
}

/// The text of some HTML: tags, `<style>` and `<script>` removed, the
/// common entities decoded.
fn text_of(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        out.push(' ');
        let after = &rest[lt..];
        let lower = after.get(..8).unwrap_or(after).to_ascii_lowercase();
        let skip_to = if lower.starts_with("<style") {
            after.find("</style>").map(|e| e + 8)
        } else if lower.starts_with("<script") {
            after.find("</script>").map(|e| e + 9)
        } else {
            after.find('>').map(|e| e + 1)
        };
        match skip_to {
            Some(n) => rest = &after[n..],
            None => {
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
}

/// A language's index as a script that sets `window.PUENTE_SEARCH`.
pub fn index_script(entries: &[Entry]) -> String {
    let json = serde_json::to_string(entries).expect("the index is plain data");
    // `</` cannot end the script early inside a string.
    format!("window.PUENTE_SEARCH={};\n", json.replace("</", "<\\/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_come_from_main_folded_and_once() {
        let html = "<nav>Menú</nav><main><h1>Información</h1><p>información y DERECHOS <b>derechos</b></p><style>x{}</style></main>";
        assert_eq!(words(html), "informacion derechos");
    }
}

//! The settings reference in docs/operations.md is written from the table;
//! this test keeps the two in step. `MASTHEAD_WRITE_DOCS=1 cargo test -p
//! masthead-core settings::reference` rewrites the block after a change.
use super::kinds::Shape;
use super::table::SETTINGS;
use masthead_i18n::{Lang, Tr};

const BEGIN: &str =
    "<!-- settings reference: written from crates/masthead-core/src/settings/table.rs -->\n";
const END: &str = "<!-- end of settings reference -->";

/// One table row per setting: key, default, what it takes, what it is.
fn reference() -> String {
    let en = Tr::new(Lang::En);
    let mut out = String::from("| Setting | Default | Takes | What it is |\n|---|---|---|---|\n");
    for s in SETTINGS {
        let default = if s.alias_of.is_some() {
            "—".to_string()
        } else if s.default.contains('\n') {
            format!("see `masthead settings get {}`", s.key)
        } else if s.default.is_empty() {
            "*empty*".to_string()
        } else {
            format!("`{}`", s.default)
        };
        let takes = match (s.slot.takes(), s.slot.shape()) {
            (Some(expected), _) => expected.to_string(),
            (None, Shape::Words) => "words or phrases, comma-separated".to_string(),
            (None, Shape::Lines) => "lines of text".to_string(),
            (None, _) => "text".to_string(),
        };
        let mut what = en.t(s.help);
        if let Some(newer) = s.alias_of {
            what.push_str(&format!("; an older name: stored as `{newer}`"));
        }
        if s.secret {
            what.push_str("; shown masked");
        }
        if !s.on_form {
            what.push_str("; not on the admin form");
        }
        out.push_str(&format!(
            "| `{}` | {} | {} | {} |\n",
            s.key,
            default,
            markdown(&takes),
            markdown(&what)
        ));
    }
    out
}

/// Plain text in a Markdown table cell: `<address>` is not a tag there.
fn markdown(text: &str) -> String {
    text.replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('|', "\\|")
}

#[test]
fn the_reference_in_operations_md_is_the_tables() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/operations.md");
    let doc = std::fs::read_to_string(path).expect("docs/operations.md");
    let start = doc.find(BEGIN).expect("the reference's first line") + BEGIN.len();
    let end = start + doc[start..].find(END).expect("the reference's last line");
    let written = reference();
    if doc[start..end] != written && std::env::var_os("MASTHEAD_WRITE_DOCS").is_some() {
        let doc = format!("{}{written}{}", &doc[..start], &doc[end..]);
        std::fs::write(path, doc).expect("docs/operations.md written");
        return;
    }
    assert_eq!(
        doc[start..end],
        written,
        "docs/operations.md's settings reference is not the table's: \
         MASTHEAD_WRITE_DOCS=1 cargo test -p masthead-core settings::reference"
    );
}

//! Every language's catalogue has exactly English's messages, with the same
//! variables, parses cleanly, and gives every plural form its language has.
use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, PatternElement};
use masthead_i18n::{FILES, Lang, source};
use std::collections::{BTreeMap, BTreeSet};

/// A message (or `message.attribute`) → the variables it uses.
type Shape = BTreeMap<String, BTreeSet<String>>;

/// Messages whose translation may read exactly as the English does (names,
/// symbols, words the language borrowed), by language.
const SAME_AS_ENGLISH: &[(&str, &str)] = &[
    // "spam" is the word French, Spanish and Polish sites use (WordPress's
    // translations too), and an arrow is an arrow.
    ("fr", "filter-towards-spam"),
    ("es", "filter-towards-spam"),
    ("pl", "filter-towards-spam"),
    // French column headings that are the same words.
    ("fr", "admin-federation-source"),
    ("fr", "admin-federation-via"),
    // "Site" is French too.
    ("fr", "search-landmark"),
    // "Feed" is the word German and Spanish sites use.
    ("de", "feed-posts"),
    ("es", "feed-posts"),
    // "Error:" is the Spanish word too (WordPress's es_ES says "Error:").
    ("es", "error-label"),
    // "Page" is French too.
    ("fr", "home-page-title"),
    // A list's comma is the same in these languages (Arabic has its own).
    ("fr", "list-more"),
    ("de", "list-more"),
    ("es", "list-more"),
    ("pl", "list-more"),
    // German forms say "Name" and "Website" as English ones do.
    ("de", "form-name"),
    ("de", "form-website"),
    // "Error" is Spanish too.
    ("es", "form-refused-label"),
    // Admin words French, German, Spanish and Polish share with English
    // (WordPress's own translations use them too).
    ("fr", "admin-nav-articles"),
    ("fr", "admin-articles-title"),
    ("fr", "admin-articles-date"),
    ("fr", "admin-articles-page"),
    ("fr", "admin-editor-photo"),
    ("fr", "cli-column-date"),
    ("de", "admin-edit-name"),
    ("de", "admin-edit-website"),
    ("de", "admin-editor-body"),
    ("es", "admin-error-label"),
    ("es", "admin-role-editor"),
    ("es", "cli-role-editor"),
    // "Spam" is the word these languages' moderation screens use.
    ("de", "admin-status-spam"),
    ("de", "admin-action-spam"),
    ("es", "admin-status-spam"),
    ("es", "admin-action-spam"),
    ("pl", "admin-action-spam"),
    ("es", "admin-dashboard-spam"),
    ("pl", "admin-status-spam"),
    // "Moderator" is Polish too.
    ("pl", "admin-role-moderator"),
    ("pl", "cli-role-moderator"),
    // "No" is Spanish too.
    ("es", "admin-no"),
    ("es", "cli-no"),
    // German news sites badge a live blog "Live" (Spiegel, Zeit, tagesschau).
    ("de", "live-badge"),
];

fn parse(lang: Lang, file: &str, text: &'static str) -> ast::Resource<&'static str> {
    match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((_, errors)) => panic!("locales/{lang}/{file}.ftl does not parse: {errors:?}"),
    }
}

fn variables(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>, lang: Lang, at: &str) {
    for e in &p.elements {
        if let PatternElement::Placeable { expression } = e {
            expression_vars(expression, out, lang, at);
        }
    }
}

fn expression_vars(e: &Expression<&str>, out: &mut BTreeSet<String>, lang: Lang, at: &str) {
    match e {
        Expression::Inline(i) => inline_vars(i, out, lang, at),
        Expression::Select { selector, variants } => {
            inline_vars(selector, out, lang, at);
            plural_forms(variants, lang, at);
            for v in variants {
                variables(&v.value, out, lang, at);
            }
        }
    }
}

fn inline_vars(e: &InlineExpression<&str>, out: &mut BTreeSet<String>, lang: Lang, at: &str) {
    match e {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, out, lang, at),
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out, lang, at);
            }
            for a in &arguments.named {
                inline_vars(&a.value, out, lang, at);
            }
        }
        _ => {}
    }
}

/// A select on plural categories names every category the language has.
fn plural_forms(variants: &[ast::Variant<&str>], lang: Lang, at: &str) {
    const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];
    let keys: BTreeSet<&str> = variants
        .iter()
        .filter_map(|v| match &v.key {
            ast::VariantKey::Identifier { name } => Some(*name),
            ast::VariantKey::NumberLiteral { .. } => None,
        })
        .collect();
    if !keys.iter().any(|k| CATEGORIES.contains(k)) {
        return;
    }
    let locale: icu_locale_core::Locale = lang.code().parse().expect("language tag");
    let rules = icu_plurals::PluralRules::try_new_cardinal(locale.into()).expect("plural rules");
    for category in rules.categories() {
        let name = format!("{category:?}").to_lowercase();
        assert!(
            keys.contains(name.as_str()),
            "{lang}: {at} has no [{name}] variant (its plural forms: {keys:?})"
        );
    }
}

fn shape(lang: Lang) -> (Shape, BTreeMap<String, String>, BTreeMap<String, String>) {
    let mut shape = Shape::new();
    let mut home = BTreeMap::new();
    let mut text = BTreeMap::new();
    for (file, source_text) in source(lang) {
        for entry in parse(lang, file, source_text).body {
            match entry {
                Entry::Message(m) => {
                    let name = m.id.name.to_string();
                    if let Some(v) = &m.value {
                        let mut vars = BTreeSet::new();
                        variables(v, &mut vars, lang, &name);
                        text.insert(name.clone(), format!("{v:?}"));
                        assert!(
                            shape.insert(name.clone(), vars).is_none(),
                            "{lang}: {name} is defined twice"
                        );
                    } else {
                        shape.insert(name.clone(), BTreeSet::new());
                    }
                    for a in &m.attributes {
                        let at = format!("{name}.{}", a.id.name);
                        let mut vars = BTreeSet::new();
                        variables(&a.value, &mut vars, lang, &at);
                        text.insert(at.clone(), format!("{:?}", a.value));
                        shape.insert(at, vars);
                    }
                    home.insert(name, file.to_string());
                }
                Entry::Junk { content } => panic!("{lang}/{file}.ftl: junk {content:?}"),
                _ => {}
            }
        }
    }
    (shape, home, text)
}

#[test]
fn every_language_has_english_messages_with_the_same_variables() {
    assert!(!FILES.is_empty());
    let (english, english_home, english_text) = shape(Lang::En);
    assert!(english.len() >= 10, "the English catalogue is the source");
    for lang in Lang::ALL.into_iter().filter(|&l| l != Lang::En) {
        let (theirs, home, text) = shape(lang);
        let missing: Vec<_> = english
            .keys()
            .filter(|k| !theirs.contains_key(*k))
            .collect();
        let extra: Vec<_> = theirs
            .keys()
            .filter(|k| !english.contains_key(*k))
            .collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{lang} has messages English lacks: {extra:?}"
        );
        for (id, vars) in &english {
            assert_eq!(
                &theirs[id], vars,
                "{lang}: the variables of {id} differ from English's"
            );
        }
        for (id, file) in &english_home {
            assert_eq!(&home[id], file, "{lang}: {id} belongs in {file}.ftl");
        }
        for (id, en) in &english_text {
            let same = text.get(id) == Some(en);
            let allowed = SAME_AS_ENGLISH.contains(&(lang.code(), id.as_str()));
            assert!(!same || allowed, "{lang}: {id} is still the English text");
        }
    }
}

#[test]
fn english_plural_forms_are_complete_too() {
    // `shape` checks plural selects as it walks; English is walked here.
    let (english, _, _) = shape(Lang::En);
    assert!(!english.is_empty());
}

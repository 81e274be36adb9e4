//! The language of the answer being written. `crate::language` settles it
//! for each request before the handler runs and runs the request in its
//! scope, so an error is written in the reader's language right where it
//! becomes a response (`IntoResponse`), in whichever shape it has: no layer
//! after the handler has to know the shapes.
use masthead_core::i18n::Lang;
use std::future::Future;

tokio::task_local! {
    static LANG: Lang;
}

/// The current request's language; English outside a request (a unit test).
pub fn lang() -> Lang {
    LANG.try_with(|l| *l).unwrap_or_default()
}

/// Runs `f` (the rest of a request) with answers written in `lang`.
pub async fn scope<F: Future>(lang: Lang, f: F) -> F::Output {
    LANG.scope(lang, f).await
}

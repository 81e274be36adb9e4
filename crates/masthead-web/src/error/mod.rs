//! Every error answer, one wire shape per file, side by side: masthead's
//! own pages answer with an HTML error page (`html`: [`WebError`]), the
//! REST API with WordPress's JSON (`wp`: [`WpError`]), the embed with its
//! own JSON (`embed`: [`ApiError`]). Their words are [`Text`]s, told in the
//! request's language (settled before the handler runs, `context`) where
//! the error becomes the response; each refusal of a use case has one
//! status (`status`), whatever the shape. `refusals` gives the framework's
//! own refusals these shapes.
mod context;
mod embed;
mod html;
mod page;
mod refusals;
mod status;
mod text;
mod wp;

pub use context::scope;
pub use embed::{ApiError, ApiErrorBody};
pub use html::WebError;
pub use refusals::reshape;
pub use status::{reader_status, submit_status};
pub use text::Text;
pub use wp::{WpError, WpErrorBody, WpErrorData};

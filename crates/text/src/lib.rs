//! The Arabic text core of rasad: no I/O, only text in and spans out.
//!
//! bytes → [`decode`] → text (→ [`html`] → text) → [`normalize`] → a
//! normalised view with a map back → [`sentences`], [`tokens`] (with
//! clitics), [`numbers`], [`dates`]. Every range these return is a byte range
//! into the normalised text; `Normalized::original_range` takes it back to
//! the text as it was given, and `CharOffsets` to the character offsets the
//! event record stores.

pub mod dates;
pub mod decode;
pub mod html;
pub mod normalize;
pub mod numbers;
pub mod sentences;
pub mod tokens;

pub use decode::{decode, Decoded, Encoding};
pub use html::{html_to_text, looks_like_html, HtmlText};
pub use normalize::{normalize, normalize_str, CharOffsets, Normalized, Normalizer};
pub use sentences::sentences;
pub use tokens::{analyze, tokenize, Proclitics, StemLexicon, Token, TokenKind};

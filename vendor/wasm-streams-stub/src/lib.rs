//! The part of wasm-streams' API that server_fn compiles against, doing
//! nothing: Wayfinder never streams to or from a server. See Cargo.toml.

use futures_core::Stream;
use std::pin::Pin;
use std::task::{Context, Poll};
use wasm_bindgen::JsValue;

/// A readable stream that is only ever passed through.
pub struct ReadableStream(Option<web_sys::ReadableStream>);

impl ReadableStream {
    pub fn from_raw(raw: web_sys::ReadableStream) -> Self {
        ReadableStream(Some(raw))
    }

    /// Never used by Wayfinder; yields a stream with no body.
    pub fn from_stream<St>(_stream: St) -> Self
    where
        St: Stream<Item = Result<JsValue, JsValue>> + 'static,
    {
        ReadableStream(web_sys::ReadableStream::new().ok())
    }

    pub fn into_raw(self) -> web_sys::ReadableStream {
        match self.0 {
            Some(s) => s,
            None => wasm_bindgen::JsCast::unchecked_into(JsValue::UNDEFINED),
        }
    }

    /// An empty stream.
    pub fn into_stream(self) -> IntoStream {
        IntoStream
    }
}

/// The (empty) Rust side of a readable stream.
pub struct IntoStream;

impl Stream for IntoStream {
    type Item = Result<JsValue, JsValue>;
    fn poll_next(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        Poll::Ready(None)
    }
}

//! Files handed to the browser to save: exports, reports, raw data.

use leptos::prelude::{document, window};
use wasm_bindgen::JsCast;

/// Hands a text to the browser as a file to save.
pub fn download(filename: &str, text: &str, mime: &str) {
    download_parts(filename, &js_sys::Array::of1(&text.into()), mime);
}

/// Hands parts (texts, byte arrays) to the browser as one file to save.
pub fn download_parts(filename: &str, parts: &js_sys::Array, mime: &str) {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Ok(anchor) = document().create_element("a").map(|a| a.unchecked_into::<web_sys::HtmlAnchorElement>()) {
        anchor.set_href(&url);
        anchor.set_download(filename);
        anchor.click();
    }
    // Revoked a little later: some browsers read the URL after click() has returned.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
}

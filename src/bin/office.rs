//! The office worker's entry: says it is ready, then answers each request with bytes or a message.
//! Built by trunk as a web worker (`data-type="worker"`), so none of this is in the first page's wasm.
//!
//! A request comes as its JSON text alone, or as `[json, ArrayBuffer]` when a file is sent to be read (the
//! buffer transferred, not copied). While it works the worker may post `[done, total]`; then it posts the
//! answer: a `Uint8Array`, or a string saying why not.

use so_cong_doan::office::{handle_with, Progress, READY};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

fn main() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let data = event.data();
        let (request, input) = if js_sys::Array::is_array(&data) {
            let parts: js_sys::Array = data.unchecked_into();
            (parts.get(0).as_string().unwrap_or_default(), js_sys::Uint8Array::new(&parts.get(1)).to_vec())
        } else {
            (data.as_string().unwrap_or_default(), Vec::new())
        };
        let mut progress = |p: Progress| {
            let _ = reply_to.post_message(&js_sys::Array::of2(&(p.done as f64).into(), &(p.total as f64).into()));
        };
        match handle_with(&request, &input, &mut progress) {
            Ok(bytes) => {
                // The answer's buffer is handed over, not copied: the worker has no more use for it.
                let answer = js_sys::Uint8Array::from(bytes.as_slice());
                let _ = reply_to.post_message_with_transfer(&answer, &js_sys::Array::of1(&answer.buffer()));
            }
            Err(message) => {
                let _ = reply_to.post_message(&JsValue::from_str(&message));
            }
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str(READY));
}

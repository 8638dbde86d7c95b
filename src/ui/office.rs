//! The page's side of the office worker (src/office): starts the worker when a file is to be made, waits
//! for it to say it is ready, sends the request, and hands back the bytes. A worker per request, ended when
//! it answers: files are made rarely, and the worker's wasm stays out of memory the rest of the time.

use crate::office::{Request, READY};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// The worker's loader, written by trunk next to index.html (`data-loader-shim`).
const WORKER: &str = "./office_loader.js";

/// Asks the worker for a file: its bytes, or why it could not be made.
pub async fn make(request: &Request) -> Result<Vec<u8>, String> {
    let json = JsValue::from_str(&serde_json::to_string(request).map_err(|e| e.to_string())?);
    let worker = web_sys::Worker::new(WORKER).map_err(|e| format!("{e:?}"))?;
    let mut handlers = Vec::new();
    let answer = js_sys::Promise::new(&mut |resolve, reject| {
        // The worker loads its wasm before it listens: the request goes once it says it is ready.
        let to = worker.clone();
        let request = json.clone();
        let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let data = event.data();
            if data.as_string().as_deref() == Some(READY) {
                let _ = to.post_message(&request);
            } else {
                let _ = resolve.call1(&JsValue::NULL, &data);
            }
        });
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
            let _ = reject.call1(&JsValue::NULL, &event);
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        handlers.push((on_message, on_error));
    });
    let result = wasm_bindgen_futures::JsFuture::from(answer).await;
    worker.terminate();
    drop(handlers);
    match result {
        Ok(value) if value.is_instance_of::<js_sys::Uint8Array>() => Ok(js_sys::Uint8Array::new(&value).to_vec()),
        Ok(value) => Err(value.as_string().unwrap_or_default()),
        Err(_) => Err("office worker failed to start".into()),
    }
}

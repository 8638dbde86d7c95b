//! The page's side of the office worker (src/office): starts the worker when a file is to be made or read,
//! waits for it to say it is ready, sends the request (and the file to read, transferred), passes on how far
//! it is, and hands back the bytes. A worker per request, ended when it answers: files are made rarely, and
//! the worker's wasm stays out of memory the rest of the time.

use crate::i18n::{Lang, T};
use crate::office::{Progress, Request, READY};
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

pub const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
pub const DOCX: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// A worker's URL: its loader, written by trunk next to index.html (`data-loader-shim`), or in the single
/// file, where nothing lies beside the page, what the function `inline` it sets returns (tools/single-file.mjs).
pub fn worker_url(loader: &str, inline: &str) -> String {
    js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str(inline))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call0(&JsValue::NULL).ok())
        .and_then(|url| url.as_string())
        .unwrap_or_else(|| loader.to_string())
}

/// Why the worker gave no file. Its own message (a library's, in English) goes to the console for whoever
/// investigates; the user reads one of these, in the page's language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OfficeError {
    /// The worker did not start (its files missing, or the browser refused it).
    NoWorker,
    /// The worker ran and refused: a file it could not read or make.
    Failed,
}

impl OfficeError {
    pub fn text(self, lang: Lang) -> &'static str {
        match self {
            OfficeError::NoWorker => T::OfficeNoWorker.text(lang),
            OfficeError::Failed => T::OfficeFailed.text(lang),
        }
    }
}

fn failed(why: &str) -> OfficeError {
    web_sys::console::warn_1(&JsValue::from_str(why));
    OfficeError::Failed
}

/// Asks the worker to work on a file (`input`, moved to the worker: the buffer is empty afterwards), telling
/// `progress` how far it is.
pub async fn make_with(
    request: &Request,
    input: Option<js_sys::ArrayBuffer>,
    progress: impl Fn(Progress) + 'static,
) -> Result<Vec<u8>, OfficeError> {
    let json = serde_json::to_string(request).map_err(|e| failed(&e.to_string()))?;
    run(json, input, std::rc::Rc::new(progress)).await
}

/// The work of `make_with`, once for every kind of `progress` (not a copy per caller in the wasm).
async fn run(
    json: String,
    input: Option<js_sys::ArrayBuffer>,
    progress: std::rc::Rc<dyn Fn(Progress)>,
) -> Result<Vec<u8>, OfficeError> {
    let json = JsValue::from_str(&json);
    let worker = web_sys::Worker::new(&worker_url("./office_loader.js", "soCongDoanOfficeWorker"))
        .map_err(|_| OfficeError::NoWorker)?;
    let mut handlers = Vec::new();
    let answer = js_sys::Promise::new(&mut |resolve, reject| {
        // The worker loads its wasm before it listens: the request goes once it says it is ready.
        let to = worker.clone();
        let json = json.clone();
        let mut input = input.clone();
        let progress = progress.clone();
        let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let data = event.data();
            if data.as_string().as_deref() == Some(READY) {
                let _ = match input.take() {
                    Some(buffer) => {
                        to.post_message_with_transfer(&js_sys::Array::of2(&json, &buffer), &js_sys::Array::of1(&buffer))
                    }
                    None => to.post_message(&json),
                };
            } else if js_sys::Array::is_array(&data) {
                let parts: js_sys::Array = data.unchecked_into();
                let number = |i| parts.get(i).as_f64().unwrap_or(0.0) as usize;
                progress(Progress { done: number(0), total: number(1) });
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
        Ok(value) => Err(failed(&value.as_string().unwrap_or_default())),
        Err(_) => Err(OfficeError::NoWorker),
    }
}

/// Makes a file in the worker and hands it to the browser to save; `busy` says what is going on, then
/// clears, or keeps why it failed.
pub fn save(request: Request, name: String, mime: &'static str, busy: RwSignal<Option<String>>, lang: Lang) {
    busy.set(Some(T::OfficeMaking.text(lang).into()));
    wasm_bindgen_futures::spawn_local(async move {
        match make_with(&request, None, |_| {}).await {
            Ok(bytes) => {
                let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes.as_slice()));
                crate::ui::widgets::download_parts(&name, &parts, mime);
                busy.set(None);
            }
            Err(e) => busy.set(Some(e.text(lang).into())),
        }
    });
}

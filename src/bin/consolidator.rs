//! The consolidation worker's entry: says it is ready, then answers each request over the files it holds
//! (`so_cong_doan::consolidator`). Built by trunk as a web worker, like the office worker.
//!
//! A request comes as `[json, file…]`: the files the page chose (`File`s, read here with `FileReaderSync`, so
//! the page's thread never touches their bytes) or the plain bytes of files the page decrypted. While it reads,
//! the worker posts `[done, total]`; then it posts its answer (`Answer::text`: a line of JSON each), or why
//! not, as `{"error": …}`.

use so_cong_doan::consolidator::{Answer, Held, READY};
use so_cong_doan::office::Progress;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{Blob, DedicatedWorkerGlobalScope, FileReaderSync, MessageEvent};

/// A file's bytes: read from a `File` (a `Blob`), or copied from the bytes sent.
fn bytes_of(value: JsValue, reader: &FileReaderSync) -> Vec<u8> {
    match value.dyn_into::<Blob>() {
        Ok(blob) => {
            reader.read_as_array_buffer(&blob).map(|b| js_sys::Uint8Array::new(&b).to_vec()).unwrap_or_default()
        }
        Err(value) => js_sys::Uint8Array::new(&value).to_vec(),
    }
}

fn main() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let mut held = Held::default();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let parts: js_sys::Array = event.data().unchecked_into();
        let request = parts.get(0).as_string().unwrap_or_default();
        let Ok(reader) = FileReaderSync::new() else { return };
        // Read one at a time as the worker gets to them: a file's bytes are dropped once it is read.
        let inputs: Vec<JsValue> = parts.iter().skip(1).collect();
        let inputs = inputs.into_iter().map(|value| bytes_of(value, &reader));
        let mut progress = |p: Progress| {
            let _ = reply_to.post_message(&js_sys::Array::of2(&(p.done as f64).into(), &(p.total as f64).into()));
        };
        let answer = held
            .handle(&request, inputs, &mut progress)
            .map(|examined| Answer { examined, memory_bytes: memory_bytes() });
        let text = match answer {
            Ok(answer) => answer.text(),
            Err(why) => serde_json::json!({ "error": why }).to_string(),
        };
        let _ = reply_to.post_message(&JsValue::from_str(&text));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str(READY));
}

/// The size of this worker's wasm memory, which never shrinks: the most the work has needed.
fn memory_bytes() -> u64 {
    let memory: js_sys::WebAssembly::Memory = wasm_bindgen::memory().unchecked_into();
    let buffer: js_sys::ArrayBuffer = memory.buffer().unchecked_into();
    buffer.byte_length() as u64
}

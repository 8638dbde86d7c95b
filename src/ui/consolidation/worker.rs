//! The page's side of the consolidation worker (`src/consolidator.rs`): started when the page needs it and
//! kept while the page is open, since it holds the books read; one request at a time. Cancel ends it: the
//! request under way answers `Cancelled`, and the next request starts a new worker.

use crate::consolidator::{Answer, Request, READY};
use crate::office::Progress;
use js_sys::{Array, Function, Promise};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::ui::widgets::next_tick;

/// Why no answer came.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WorkerError {
    /// The worker did not start (its files missing, or the browser refused it).
    NoWorker,
    Cancelled,
    /// The worker refused the request; its own words, for the console.
    Failed(String),
}

/// Files of an answer read in one task (a fraction of a millisecond each).
const READ_AT_A_TIME: usize = 20;

/// Where the worker's progress goes: the request under way's.
type Told = Rc<RefCell<Rc<dyn Fn(Progress)>>>;
type Handlers = (Closure<dyn FnMut(web_sys::MessageEvent)>, Closure<dyn FnMut(web_sys::Event)>);

type Waiting = Rc<RefCell<Option<(Function, Function)>>>;

pub struct Consolidator {
    worker: web_sys::Worker,
    /// The request under way, settled by the worker's next answer (its first: that it is ready).
    waiting: Waiting,
    progress: Told,
    ready: RefCell<Option<Promise>>,
    _handlers: Handlers,
}

fn waiting_for(waiting: &Waiting) -> Promise {
    Promise::new(&mut |resolve, reject| *waiting.borrow_mut() = Some((resolve, reject)))
}

impl Consolidator {
    pub fn start() -> Result<Consolidator, WorkerError> {
        let url = crate::ui::office::worker_url("./consolidator_loader.js", "soCongDoanConsolidatorWorker");
        let worker = web_sys::Worker::new(&url).map_err(|_| WorkerError::NoWorker)?;
        let waiting: Waiting = Rc::default();
        let progress: Told = Rc::new(RefCell::new(Rc::new(|_| {})));
        let ready = waiting_for(&waiting);
        let (answers, told) = (waiting.clone(), progress.clone());
        let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let data = event.data();
            if Array::is_array(&data) {
                let parts: Array = data.unchecked_into();
                let number = |i| parts.get(i).as_f64().unwrap_or(0.0) as usize;
                let told = told.borrow().clone();
                told(Progress { done: number(0), total: number(1) });
            } else if let Some((resolve, _)) = answers.borrow_mut().take() {
                let _ = resolve.call1(&JsValue::NULL, &data);
            }
        });
        let failures = waiting.clone();
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
            if let Some((_, reject)) = failures.borrow_mut().take() {
                let _ = reject.call1(&JsValue::NULL, &event);
            }
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Ok(Consolidator {
            worker,
            waiting,
            progress,
            ready: RefCell::new(Some(ready)),
            _handlers: (on_message, on_error),
        })
    }

    /// Sends a request with the files (or bytes) beside it, telling `progress` how far the worker is; the
    /// answer as the worker wrote it (`read`).
    pub async fn ask(
        &self,
        request: &Request,
        inputs: Array,
        transfer: Array,
        progress: impl Fn(Progress) + 'static,
    ) -> Result<String, WorkerError> {
        let ready = self.ready.borrow_mut().take();
        if let Some(ready) = ready {
            let said = JsFuture::from(ready).await.map_err(|_| WorkerError::NoWorker)?;
            if said.as_string().as_deref() != Some(READY) {
                return Err(WorkerError::NoWorker);
            }
        }
        *self.progress.borrow_mut() = Rc::new(progress);
        let json = serde_json::to_string(request).map_err(|e| WorkerError::Failed(e.to_string()))?;
        let answer = waiting_for(&self.waiting);
        inputs.unshift(&JsValue::from_str(&json));
        self.worker.post_message_with_transfer(&inputs, &transfer).map_err(|_| WorkerError::NoWorker)?;
        let text = JsFuture::from(answer).await.map_err(|e| match e.is_undefined() {
            true => WorkerError::Cancelled,
            false => WorkerError::NoWorker,
        })?;
        Ok(text.as_string().unwrap_or_default())
    }

    /// Reads an answer a few files at a time, the browser drawing in between.
    pub async fn read(text: String) -> Result<Answer, WorkerError> {
        let Some((memory_bytes, lines)) = Answer::lines(&text) else { return Err(WorkerError::Failed(text)) };
        let mut examined = Vec::new();
        for (i, line) in lines.enumerate() {
            // The browser draws between a few files read and the next.
            if i % READ_AT_A_TIME == READ_AT_A_TIME - 1 {
                next_tick().await;
            }
            examined.push(Answer::examined(line).ok_or_else(|| WorkerError::Failed(line.to_string()))?);
        }
        Ok(Answer { examined, memory_bytes })
    }

    /// Ends the worker; a request under way answers `Cancelled`.
    pub fn cancel(&self) {
        self.worker.terminate();
        if let Some((_, reject)) = self.waiting.borrow_mut().take() {
            let _ = reject.call0(&JsValue::NULL);
        }
    }
}

impl Drop for Consolidator {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}

//! The consolidation worker (`src/bin/consolidator.rs`): holds the unions' files the page sent it, read, and
//! answers each request with each file examined over a period (`domain::consolidation::examine`), so the
//! page's thread never parses a file; the page combines the answers of its workers (`combine`), which is
//! quick. A worker lives as long as the page keeps it: a new period is worked out from the books it holds,
//! without reading the files again. Plain Rust: the browser's part is in the binary.

use crate::domain::consolidation::{examine, open, Examined, Opened};
use crate::domain::file::sealed;
use crate::domain::finance::Period;
use crate::i18n::{file_error, Lang};
use crate::office::Progress;
use serde::{Deserialize, Serialize};

pub use crate::office::READY;

/// What the page asks; every request answers with the files held, examined over its period.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Request {
    /// Reads the files sent beside the request, named `names`, after those already held.
    Add { names: Vec<String>, period: Period, lang: String },
    /// The files at `indices`, locked by a passphrase, as the page decrypted them (sent beside, in order).
    Unseal { indices: Vec<usize>, period: Period, lang: String },
    /// Forgets the file at `index`; those after it move up.
    Remove { index: usize, period: Period, lang: String },
    /// The files held, over another period.
    Compute { period: Period, lang: String },
}

/// The answer: the files held, examined, in the order they were added, and the worker's memory once they
/// were (the wasm memory only grows, so this is the most the work has needed so far).
#[derive(Clone, Debug, PartialEq)]
pub struct Answer {
    pub examined: Vec<Examined>,
    pub memory_bytes: u64,
}

/// The first line of an answer.
#[derive(Serialize, Deserialize)]
struct Memory {
    memory_bytes: u64,
}

impl Answer {
    /// A line each: the memory, then each file examined as JSON, so that the page can read a few lines at a
    /// time and draw between them (`lines`).
    pub fn text(&self) -> String {
        let memory = Memory { memory_bytes: self.memory_bytes };
        let lines =
            std::iter::once(serde_json::to_string(&memory)).chain(self.examined.iter().map(serde_json::to_string));
        lines.collect::<Result<Vec<_>, _>>().map(|l| l.join("\n")).unwrap_or_default()
    }

    /// Reads an answer's text: the memory, and the lines of the files examined, each read by `examined`.
    pub fn lines(text: &str) -> Option<(u64, std::str::Lines<'_>)> {
        let mut lines = text.lines();
        let memory: Memory = serde_json::from_str(lines.next()?).ok()?;
        Some((memory.memory_bytes, lines))
    }

    pub fn examined(line: &str) -> Option<Examined> {
        serde_json::from_str(line).ok()
    }
}

/// A file held: its name, as read, and as last examined (over which period).
struct File {
    name: String,
    opened: Opened,
    examined: Option<(Period, Examined)>,
}

/// The files held, in the order they were added.
#[derive(Default)]
pub struct Held {
    files: Vec<File>,
}

impl Held {
    /// Does what a request asks with the files' bytes sent beside it, telling `progress` how many of them
    /// are read; the consolidation of the request's period, or why the request was not understood.
    pub fn handle(
        &mut self,
        request: &str,
        inputs: impl ExactSizeIterator<Item = Vec<u8>>,
        progress: &mut dyn FnMut(Progress),
    ) -> Result<Vec<Examined>, String> {
        let request: Request = serde_json::from_str(request).map_err(|e| e.to_string())?;
        let total = inputs.len();
        let (period, lang) = match request {
            Request::Add { names, period, lang } => {
                for (done, (name, bytes)) in names.into_iter().zip(inputs).enumerate() {
                    self.files.push(File { name, opened: open(&bytes), examined: None });
                    progress(Progress { done: done + 1, total });
                }
                (period, lang)
            }
            Request::Unseal { indices, period, lang } => {
                for (index, plain) in indices.into_iter().zip(inputs) {
                    if let Some(file) = self.files.get_mut(index) {
                        file.opened = match sealed::open(&plain) {
                            Ok(imported) => Opened::Read(Box::new(imported)),
                            Err(e) => Opened::Refused(e),
                        };
                        file.examined = None;
                    }
                }
                (period, lang)
            }
            Request::Remove { index, period, lang } => {
                if index < self.files.len() {
                    self.files.remove(index);
                }
                (period, lang)
            }
            Request::Compute { period, lang } => (period, lang),
        };
        let lang = Lang::from_code(&lang);
        let word = |e: &_| file_error(lang, e);
        let mut out = Vec::with_capacity(self.files.len());
        for file in &mut self.files {
            let examined = match file.examined.take() {
                Some((p, examined)) if p == period => examined,
                _ => examine(&file.name, &file.opened, period, word),
            };
            out.push(examined.clone());
            file.examined = Some((period, examined));
        }
        Ok(out)
    }
}

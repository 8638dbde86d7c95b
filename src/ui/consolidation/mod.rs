//! "Tổng hợp nhiều công đoàn": the superior union opens many unions' files at once, sees each listed with
//! what it says of itself and any problem, and gets the figures of a period per union and in total, each
//! figure opening the unions behind it; exported to .xlsx and .docx, and printed. The files are kept in the
//! browser apart from the book (`stored`) and read and added up in a worker (`worker`): this thread shows.

mod export;
mod figures;
mod files;
mod stored;
mod worker;

use crate::consolidator::Request;
use crate::domain::consolidation::{combine, Consolidation, Examined, Label, Status};
use crate::domain::file::Content;
use crate::domain::finance::Period;
use crate::domain::text::{format_date, parse_date};
use crate::i18n::T;
use crate::office::Progress;
use crate::ui::crypto::{self, CryptoError};
use crate::ui::session::{today, Session};
use crate::ui::widgets::{next_tick, t, DateField};
use chrono::Datelike;
use figures::Figures;
use files::Files;
use js_sys::Array;
use leptos::prelude::*;
use std::rc::Rc;
use wasm_bindgen_futures::JsFuture;
use web_sys::File;
use worker::{Consolidator, WorkerError};

/// What the workers are asked after the files kept have changed. New workers are first given every file
/// kept, which covers all but opened passphrases.
enum Step {
    Added(Vec<File>),
    Removed { worker: usize, index: usize },
    Unsealed(Vec<usize>, Vec<Vec<u8>>),
    Period,
}

/// A file kept: its key in the browser's database, the file, and the worker that holds it.
#[derive(Clone)]
struct Chosen {
    key: f64,
    file: File,
    worker: usize,
}

/// Files posted to a worker at a time: posting copies each `File` on the page's thread (half a millisecond).
const POSTED_AT_A_TIME: usize = 32;

/// A request to add many files as requests of `POSTED_AT_A_TIME` files each; any other request as it is.
fn in_parts(request: Request, inputs: Array, transfer: Array) -> Vec<(Request, Array, Array)> {
    let Request::Add { names, period, lang } = request else { return vec![(request, inputs, transfer)] };
    names
        .chunks(POSTED_AT_A_TIME)
        .enumerate()
        .map(|(i, names)| {
            let from = (i * POSTED_AT_A_TIME) as u32;
            let files = inputs.slice(from, from + names.len() as u32);
            (Request::Add { names: names.to_vec(), period, lang: lang.clone() }, files, Array::new())
        })
        .collect()
}

/// How many workers read the files side by side: one a core, up to four (beyond, memory grows faster than
/// the time falls).
fn pool_size() -> usize {
    (window().navigator().hardware_concurrency() as usize).clamp(1, 4)
}

/// The page's state: the files kept in the order they were chosen, the workers holding them and what each
/// said last, and the consolidation those answers make.
#[derive(Clone, Copy)]
struct Consolidating {
    session: Session,
    chosen: StoredValue<Vec<Chosen>, LocalStorage>,
    workers: StoredValue<Vec<Rc<Consolidator>>, LocalStorage>,
    /// Each worker's files examined, in the order it holds them, and the memory it needed.
    examined: StoredValue<Vec<(Vec<Examined>, u64)>, LocalStorage>,
    answer: RwSignal<Option<Consolidation>>,
    /// Whether the figures of the answer are shown: they are drawn in the task after the listing.
    drawn: RwSignal<bool>,
    progress: RwSignal<Option<Progress>>,
    notice: RwSignal<Option<T>>,
    /// The wasm memory the workers needed together, for the bench.
    memory: RwSignal<u64>,
    from: RwSignal<String>,
    to: RwSignal<String>,
}

type Asked = (usize, Request, Array, Array);

impl Consolidating {
    fn period(self) -> Option<Period> {
        let year = today().year();
        let (from, to) = (parse_date(&self.from.get_untracked(), year)?, parse_date(&self.to.get_untracked(), year)?);
        (from <= to).then_some(Period { from, to })
    }

    /// Where the file at `index` is: its worker, and its place among that worker's files.
    fn place(self, index: usize) -> Option<(usize, usize)> {
        self.chosen.with_value(|c| {
            let worker = c.get(index)?.worker;
            Some((worker, c[..index].iter().filter(|f| f.worker == worker).count()))
        })
    }

    /// Tells the workers what changed and shows the consolidation of their answers.
    fn send(self, step: Step) {
        let Some(period) = self.period() else {
            self.notice.set(Some(T::ConsPeriodInvalid));
            return;
        };
        self.notice.set(None);
        self.progress.set(Some(Progress { done: 0, total: 0 }));
        crate::ui::timing::mark("consolidate-start");
        leptos::task::spawn_local(async move {
            let asked = self.ask(step, period).await;
            self.progress.set(None);
            if let Err(e) = asked {
                self.stop();
                self.notice.set(Some(match e {
                    WorkerError::Cancelled => T::ConsStopped,
                    WorkerError::NoWorker => T::ConsNoWorker,
                    WorkerError::Failed(why) => {
                        web_sys::console::warn_1(&why.into());
                        T::ConsFailed
                    }
                }));
                return;
            }
            // The answers are read; the browser draws before they are combined and shown.
            next_tick().await;
            // The files in the order they were chosen, each from its worker's answer.
            let examined = self.examined.with_value(|answers| {
                let mut next = vec![0; answers.len()];
                self.chosen.with_value(|c| {
                    c.iter()
                        .filter_map(|f| {
                            let at = next.get_mut(f.worker)?;
                            *at += 1;
                            answers[f.worker].0.get(*at - 1).cloned()
                        })
                        .collect::<Vec<_>>()
                })
            });
            // The listing is drawn first, the figures in a task of their own.
            self.drawn.set(false);
            self.answer.set(Some(combine(examined, period)));
            next_tick().await;
            self.drawn.set(true);
            next_tick().await;
            crate::ui::timing::measure("consolidated", "consolidate-start");
        });
    }

    async fn ask(self, step: Step, period: Period) -> Result<(), WorkerError> {
        let lang = self.session.lang.get_untracked().code().to_string();
        let fresh = self.workers.with_value(Vec::is_empty);
        let files_of = |worker: usize, from: usize| {
            self.chosen.with_value(|c| {
                c.iter().skip(from).filter(|f| f.worker == worker).map(|f| f.file.clone()).collect::<Vec<_>>()
            })
        };
        let add = |worker: usize, files: Vec<File>| -> Asked {
            let names = files.iter().map(|f| f.name()).collect();
            let request = Request::Add { names, period, lang: lang.clone() };
            (worker, request, files.iter().collect(), Array::new())
        };
        if fresh {
            let size = pool_size();
            let workers = (0..size).map(|_| Consolidator::start().map(Rc::new)).collect::<Result<Vec<_>, _>>()?;
            self.workers.set_value(workers);
            self.examined.set_value(vec![(Vec::new(), 0); size]);
            self.chosen.update_value(|c| c.iter_mut().enumerate().for_each(|(i, f)| f.worker = i % size));
            self.run((0..size).map(|w| add(w, files_of(w, 0))).collect()).await?;
        }
        let size = self.workers.with_value(Vec::len);
        let asked: Vec<Asked> = match step {
            Step::Unsealed(indices, plain) => {
                // Arrays of their own for each worker: a clone of an `Array` is the same array.
                let mut by_worker: Vec<(Vec<usize>, Array, Array)> =
                    (0..size).map(|_| (Vec::new(), Array::new(), Array::new())).collect();
                for (index, bytes) in indices.into_iter().zip(plain) {
                    let Some((worker, at)) = self.place(index) else { continue };
                    let bytes = js_sys::Uint8Array::from(bytes.as_slice());
                    by_worker[worker].0.push(at);
                    by_worker[worker].2.push(&bytes.buffer());
                    by_worker[worker].1.push(&bytes);
                }
                let asked = by_worker.into_iter().enumerate().filter(|(_, (at, _, _))| !at.is_empty());
                asked
                    .map(|(w, (indices, inputs, transfer))| {
                        (w, Request::Unseal { indices, period, lang: lang.clone() }, inputs, transfer)
                    })
                    .collect()
            }
            _ if fresh => return Ok(()),
            Step::Added(added) => {
                let first = self.chosen.with_value(Vec::len) - added.len();
                (0..size).map(|w| add(w, files_of(w, first))).filter(|(_, _, files, _)| files.length() > 0).collect()
            }
            Step::Removed { worker, index } => {
                vec![(worker, Request::Remove { index, period, lang }, Array::new(), Array::new())]
            }
            Step::Period => (0..size)
                .map(|w| (w, Request::Compute { period, lang: lang.clone() }, Array::new(), Array::new()))
                .collect(),
        };
        self.run(asked).await
    }

    /// Asks the workers at once and keeps their answers; the progress shown is the sum of theirs.
    async fn run(self, asked: Vec<Asked>) -> Result<(), WorkerError> {
        let workers = self.workers.get_value();
        let told = Rc::new(std::cell::RefCell::new(vec![Progress { done: 0, total: 0 }; workers.len()]));
        let answers = asked.into_iter().map(|(w, request, inputs, transfer)| {
            let (worker, told) = (workers[w].clone(), told.clone());
            async move {
                // Many files go a few at a time: the page copies each `File` it posts, and only the last
                // answer, which holds them all, is read.
                let total = inputs.length() as usize;
                let (mut done, mut text) = (0, String::new());
                for (request, inputs, transfer) in in_parts(request, inputs, transfer) {
                    let told = told.clone();
                    let progress = move |p: Progress| {
                        let mut all = told.borrow_mut();
                        all[w] = Progress { done: done + p.done, total: total.max(done + p.total) };
                        let sum = |f: fn(&Progress) -> usize| all.iter().map(f).sum();
                        self.progress.set(Some(Progress { done: sum(|p| p.done), total: sum(|p| p.total) }));
                    };
                    let sent = inputs.length() as usize;
                    match worker.ask(&request, inputs, transfer, progress).await {
                        Ok(answer) => text = answer,
                        Err(e) => return (w, Err(e)),
                    }
                    done += sent;
                }
                (w, Consolidator::read(text).await)
            }
        });
        for (w, answer) in futures::future::join_all(answers).await {
            let answer = answer?;
            self.examined.update_value(|e| e[w] = (answer.examined, answer.memory_bytes));
        }
        self.memory.set(self.examined.with_value(|e| e.iter().map(|(_, m)| m).sum()));
        Ok(())
    }

    /// Reads the files chosen and keeps them meanwhile, each under the key the database gives it; a folder's
    /// other files are left out.
    fn add(self, chosen: Vec<File>) {
        let chosen: Vec<File> = chosen.into_iter().filter(|f| f.name().to_lowercase().ends_with(".json")).collect();
        if chosen.is_empty() {
            return;
        }
        let size = self.workers.with_value(Vec::len).max(1);
        self.chosen.update_value(|c| {
            let first = c.len();
            let added = chosen.iter().cloned().enumerate();
            c.extend(added.map(|(i, file)| Chosen { key: f64::NAN, file, worker: (first + i) % size }));
        });
        self.send(Step::Added(chosen.clone()));
        leptos::task::spawn_local(async move {
            let Ok(keys) = stored::add(&chosen).await else { return self.notice.set(Some(T::ConsStoreFailed)) };
            // A file removed before it was kept is forgotten again.
            let mut gone = Vec::new();
            self.chosen.update_value(|c| {
                for (file, key) in chosen.iter().zip(keys) {
                    match c.iter_mut().find(|k| js_sys::Object::is(&k.file, file)) {
                        Some(kept) => kept.key = key,
                        None => gone.push(key),
                    }
                }
            });
            if !gone.is_empty() {
                let _ = stored::remove(&gone).await;
            }
        });
    }

    fn remove(self, index: usize) {
        let (Some(key), Some((worker, at))) =
            (self.chosen.with_value(|c| c.get(index).map(|f| f.key)), self.place(index))
        else {
            return;
        };
        self.chosen.update_value(|c| {
            c.remove(index);
        });
        // A file not yet kept is forgotten once it is (`add`).
        if !key.is_nan() {
            leptos::task::spawn_local(async move {
                let _ = stored::remove(&[key]).await;
            });
        }
        self.send(Step::Removed { worker, index: at });
    }

    fn remove_all(self) {
        self.stop();
        self.chosen.set_value(Vec::new());
        self.answer.set(None);
        leptos::task::spawn_local(async move {
            let _ = stored::clear().await;
        });
    }

    /// Ends the workers: a request under way answers `Cancelled`; the next starts new ones.
    fn stop(self) {
        for worker in self.workers.get_value() {
            worker.cancel();
        }
        self.workers.set_value(Vec::new());
        self.examined.set_value(Vec::new());
    }

    /// Opens the files waiting for a passphrase with `typed`; those it does not open wait for another.
    fn unlock(self, typed: String, wrong: RwSignal<Vec<String>>) {
        let locked: Vec<(usize, File)> = self.answer.with_untracked(|a| {
            let files = a.as_ref().map(|a| a.files.as_slice()).unwrap_or_default();
            let locked = files.iter().enumerate().filter(|(_, l)| l.status == Status::Locked).map(|(i, _)| i);
            self.chosen.with_value(|c| locked.filter_map(|i| Some((i, c.get(i)?.file.clone()))).collect())
        });
        let typed = crypto::normalized(&typed);
        leptos::task::spawn_local(async move {
            let mut texts = Vec::new();
            for (i, file) in locked {
                let text = JsFuture::from(file.text()).await.ok().and_then(|t| t.as_string()).unwrap_or_default();
                texts.push((i, file.name(), text));
            }
            self.session.with_reader(move |reader| {
                let sealed: Vec<_> = texts
                    .into_iter()
                    .filter_map(|(i, name, text)| match (reader.file)(&text) {
                        Ok(Content::Sealed(sealed)) => Some((i, name, sealed)),
                        _ => None,
                    })
                    .collect();
                leptos::task::spawn_local(async move {
                    let (mut opened, mut plain, mut refused) = (Vec::new(), Vec::new(), Vec::new());
                    for (i, name, sealed) in sealed {
                        match crypto::decrypt(&typed, &sealed).await {
                            Ok(bytes) => {
                                opened.push(i);
                                plain.push(bytes);
                            }
                            Err(CryptoError::Refused) => refused.push(name),
                            Err(CryptoError::Unavailable) => return self.notice.set(Some(T::CryptoUnavailable)),
                        }
                    }
                    wrong.set(refused);
                    if !opened.is_empty() {
                        self.send(Step::Unsealed(opened, plain));
                    }
                });
            });
        });
    }
}

#[component]
pub fn ConsolidationPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let state = Consolidating {
        session,
        chosen: StoredValue::new_local(Vec::new()),
        workers: StoredValue::new_local(Vec::new()),
        examined: StoredValue::new_local(Vec::new()),
        answer: RwSignal::new(None),
        drawn: RwSignal::new(false),
        progress: RwSignal::new(None),
        notice: RwSignal::new(None),
        memory: RwSignal::new(0),
        from: RwSignal::new(format_date(today().with_ordinal(1).unwrap_or_default())),
        to: RwSignal::new(format_date(today())),
    };
    // The consolidation kept from last time is read again.
    leptos::task::spawn_local(async move {
        if let Ok(kept) = stored::load().await {
            if !kept.is_empty() {
                let size = pool_size();
                let kept = kept.into_iter().enumerate().map(|(i, (key, file))| Chosen { key, file, worker: i % size });
                state.chosen.set_value(kept.collect());
                state.send(Step::Period);
            }
        }
    });
    on_cleanup(move || state.stop());
    let drill = RwSignal::new(None::<Label>);
    let compute = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        state.send(Step::Period);
    };
    view! {
        <div class="page-head no-print">
            <h1>{t(T::NavConsolidation)}</h1>
        </div>
        <p class="hint no-print">{t(T::ConsHelp)}</p>
        <Files state/>
        {move || state.notice.get().map(|n| view! { <p class="banner warning no-print" role="alert">{n.text(lang())}</p> })}
        <form class="toolbar no-print" on:submit=compute novalidate aria-label=t(T::ConsPeriod)>
            <DateField label=T::PeriodFrom value=state.from/>
            <DateField label=T::PeriodTo value=state.to/>
            <button type="submit" disabled=move || state.progress.with(Option::is_some)>{t(T::ConsCompute)}</button>
        </form>
        {move || state.answer.get().filter(|a| state.drawn.get() && !a.figures.unions.is_empty()).map(|answer| {
            view! { <Figures answer drill/> }
        })}
    }
}

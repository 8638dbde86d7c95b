//! The book as the pages see it: a signal to read, and `apply` to change it through the session, which saves.
//! Also the few browser facts the domain needs: today's date and the current time.

use crate::domain::book::{Book, BookError};
use crate::domain::history::Change;
use crate::i18n::Lang;
use crate::store::memory::Memory;
use crate::domain::file;
use crate::store::vault::{self, Damage, Index, Kv, Opened, Reader, Vault, Writer};
use crate::store::{local::Local, Command, Merge, Saved, Session};
use chrono::{DateTime, FixedOffset, NaiveDate};
use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};
use std::future::Future;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The local time of the browser, with its offset, as the domain records it.
pub fn now() -> DateTime<FixedOffset> {
    let date = js_sys::Date::new_0();
    let utc = DateTime::from_timestamp_millis(date.get_time() as i64).unwrap_or_default().fixed_offset();
    match FixedOffset::west_opt(date.get_timezone_offset() as i32 * 60) {
        Some(offset) => utc.with_timezone(&offset),
        None => utc,
    }
}

pub fn today() -> NaiveDate {
    now().date_naive()
}

/// What the app tells the user about saving and other tabs.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    ReloadedFromOtherTab(Vec<Change>),
    Restored,
}

/// What turns a book into text: for storage (compact, packed) and for the exchange file.
#[derive(Clone, Copy)]
pub struct Writers {
    pub store: Writer,
    pub export: fn(&Book, DateTime<FixedOffset>) -> String,
}

/// The reader's code (parsing and checking every record, inflating) is a chunk of its own: fetched before the
/// first page when a book is stored, after it on a first visit, which has nothing to read.
#[wasm_split(reader, wasm_split_path = ::leptos::wasm_split, fallible)]
fn reader() -> Result<Reader, SplitLoaderError> {
    Ok(vault::READER)
}

/// The writers' code (serializing every record, compressing) is a chunk of its own: no first page needs it,
/// and it is loaded right after the first one has painted.
#[wasm_split(writers, wasm_split_path = ::leptos::wasm_split, fallible)]
fn writers() -> Result<Writers, SplitLoaderError> {
    Ok(Writers { store: vault::WRITER, export: file::write })
}

/// Runs `f` once the page has painted: after the next animation frame, in a task of its own.
fn after_paint(f: impl FnOnce() + 'static) {
    let run = Closure::once_into_js(move || {
        let run = Closure::once_into_js(f);
        let _ = web_sys::window().map(|w| w.set_timeout_with_callback(run.unchecked_ref()));
    });
    let _ = web_sys::window().map(|w| w.request_animation_frame(run.unchecked_ref()));
}

#[derive(Clone, Copy)]
pub struct Ledger {
    session: StoredValue<Session<Box<dyn Kv>>, LocalStorage>,
    pub book: RwSignal<Option<Book>>,
    pub saved: RwSignal<Saved>,
    pub damage: RwSignal<Option<Damage>>,
    pub notice: RwSignal<Option<Notice>>,
    pub undo: RwSignal<Option<Change>>,
    pub redo: RwSignal<Option<Change>>,
    /// Bumped after every write to storage, so pages that show backups or usage read them again.
    pub stored: RwSignal<u64>,
    pub lang: RwSignal<Lang>,
    /// False when the browser refused storage and the book lives in memory only.
    pub persistent: bool,
    /// A book is stored and its reader is on its way: no page can show yet.
    pub opening: RwSignal<bool>,
    reader: RwSignal<Option<Reader>>,
    writers: RwSignal<Option<Writers>>,
    /// The reader or the writers could not be fetched (no network, not yet kept by the service worker):
    /// changes wait, and a stored book waits to be opened.
    pub code_failed: RwSignal<bool>,
}

impl Ledger {
    pub fn open(lang: Lang) -> Self {
        let (kv, persistent): (Box<dyn Kv>, bool) = match web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
            Some(_) => (Box::new(Local::new()), true),
            None => (Box::new(Memory::default()), false),
        };
        let vault = Vault::unloaded(kv);
        let opening = !vault.is_empty();
        Ledger {
            session: StoredValue::new_local(Session::new(vault, None)),
            book: RwSignal::new(None),
            saved: RwSignal::new(Saved::Yes),
            damage: RwSignal::new(None),
            notice: RwSignal::new(None),
            undo: RwSignal::new(None),
            redo: RwSignal::new(None),
            stored: RwSignal::new(0),
            lang: RwSignal::new(lang),
            persistent,
            opening: RwSignal::new(opening),
            reader: RwSignal::new(None),
            writers: RwSignal::new(None),
            code_failed: RwSignal::new(false),
        }
    }

    /// Fetches code of a chunk (the reader, the writers) unless it is here already, keeps it and gives it to the
    /// vault; on failure, says so (a banner offers to try again).
    async fn install<C, F>(self, slot: RwSignal<Option<C>>, fetch: impl FnOnce() -> F, give: impl FnOnce(&mut Vault<Box<dyn Kv>>, C)) -> Option<C>
    where
        C: Copy + Send + Sync + 'static,
        F: Future<Output = Result<C, SplitLoaderError>>,
    {
        if let Some(loaded) = slot.get_untracked() {
            return Some(loaded);
        }
        let loaded = fetch().await.ok();
        self.code_failed.set(loaded.is_none());
        if let Some(loaded) = loaded {
            slot.set(Some(loaded));
            self.session.update_value(|s| give(&mut s.vault, loaded));
        }
        loaded
    }

    async fn install_reader(self) -> Option<Reader> {
        self.install(self.reader, reader, |vault, loaded| vault.set_reader(loaded)).await
    }

    async fn install_writers(self) -> Option<Writers> {
        self.install(self.writers, writers, |vault, loaded| vault.set_writer(loaded.store)).await
    }

    /// Fetches the reader then the writers, then stores what was changed before they came, or else takes
    /// what another tab may have stored meanwhile.
    fn fetch_code(self) {
        leptos::task::spawn_local(async move {
            if self.install_reader().await.is_none() || self.install_writers().await.is_none() {
                return;
            }
            if self.session.with_value(|s| s.saved() != Saved::Yes) {
                self.retry_save();
            } else {
                self.sync();
            }
        });
    }

    /// Opens the stored book once its reader has come, then fetches the writers after that page has painted.
    fn open_stored(self) {
        leptos::task::spawn_local(async move {
            if self.install_reader().await.is_none() {
                return;
            }
            match self.session.try_update_value(|s| s.open()) {
                Some(Opened::Ready(book)) => self.book.set(Some(*book)),
                Some(Opened::Damaged(damage)) => self.damage.set(Some(damage)),
                _ => {}
            }
            self.opening.set(false);
            after_paint(move || self.fetch_code());
        });
    }

    /// Starts the book: a stored one is opened as soon as its reader comes; without one, the reader and the
    /// writers come after the first page has painted. Called again by "Try again" when a fetch failed.
    pub fn start(self) {
        if self.opening.get_untracked() {
            self.open_stored();
        } else {
            after_paint(move || self.fetch_code());
        }
    }

    /// Runs `f` with code of a chunk: at once once it is loaded, else when it comes.
    fn with_code<C, F>(slot: RwSignal<Option<C>>, install: impl FnOnce() -> F + 'static, f: impl FnOnce(C) + 'static)
    where
        C: Copy + Send + Sync + 'static,
        F: Future<Output = Option<C>>,
    {
        match slot.get_untracked() {
            Some(loaded) => f(loaded),
            None => leptos::task::spawn_local(async move {
                if let Some(loaded) = install().await {
                    f(loaded)
                }
            }),
        }
    }

    pub fn with_reader(self, f: impl FnOnce(Reader) + 'static) {
        Self::with_code(self.reader, move || self.install_reader(), f)
    }

    pub fn with_writers(self, f: impl FnOnce(Writers) + 'static) {
        Self::with_code(self.writers, move || self.install_writers(), f)
    }

    /// Runs a change of the session (the change and its save) and marks its time in the browser's
    /// performance timeline as `book-change`, which `make bench` reads.
    fn change<R>(&self, f: impl FnOnce(&mut Session<Box<dyn Kv>>) -> R) -> Option<R> {
        let performance = web_sys::window().and_then(|w| w.performance());
        if let Some(p) = &performance {
            let _ = p.mark("book-change-start");
        }
        let out = self.session.try_update_value(f);
        if let Some(p) = &performance {
            let _ = p.measure_with_start_mark("book-change", "book-change-start");
            p.clear_marks_with_mark_name("book-change-start");
        }
        out
    }

    /// Copies the session's state into the signals the pages read.
    fn refresh(&self, merge: Merge) {
        self.session.with_value(|s| {
            self.book.set(s.book().cloned());
            self.saved.set(s.saved());
            self.undo.set(s.history().next_undo().cloned());
            self.redo.set(s.history().next_redo().cloned());
        });
        if merge.reloaded {
            self.notice.set(Some(Notice::ReloadedFromOtherTab(merge.dropped)));
        }
        self.stored.update(|n| *n += 1);
    }

    /// Changes the book with a command of the domain; on error nothing changes and the error is returned.
    pub fn apply(
        &self,
        change: Change,
        command: impl Fn(&mut Book) -> Result<(), BookError> + 'static,
    ) -> Result<(), BookError> {
        let command: Command = Rc::new(command);
        let merge = self.change(|s| s.apply(change, command, now()));
        match merge {
            Some(Ok(merge)) => {
                self.refresh(merge);
                Ok(())
            }
            Some(Err(e)) => Err(e),
            None => Err(BookError::NotFound),
        }
    }

    /// Starts or replaces the whole book: a new book, the demo, an import, a backup.
    pub fn replace(&self, book: Book, change: Change) {
        let merge = self.change(|s| s.replace(book, change, now())).unwrap_or_default();
        self.damage.set(None);
        self.refresh(merge);
    }

    pub fn undo(&self) {
        if let Some(Some(merge)) = self.change(|s| s.undo(now())) {
            self.refresh(merge);
        }
    }

    pub fn redo(&self) {
        if let Some(Some(merge)) = self.change(|s| s.redo(now())) {
            self.refresh(merge);
        }
    }

    /// Tries the save again, after the user has freed space. Before the reader and the writers have come,
    /// fetches them again if they failed (else they are on their way): their coming saves.
    pub fn retry_save(&self) {
        if !self.session.with_value(|s| s.vault.can_write()) {
            if self.code_failed.get_untracked() {
                self.start();
            }
            return;
        }
        if let Some(merge) = self.change(|s| s.flush(now())) {
            self.refresh(merge);
        }
    }

    /// Another tab wrote the store.
    pub fn sync(&self) {
        if self.damage.get_untracked().is_some() {
            return;
        }
        if let Some(merge) = self.change(|s| s.sync(now())) {
            self.refresh(merge);
        }
    }

    /// The stored index (backups, last export), read again after every write to storage.
    pub fn index(&self) -> Index {
        self.stored.track();
        self.session.with_value(|s| s.vault.index())
    }

    /// Reads or changes the vault directly: backups, usage, the number kept.
    pub fn with_vault<R>(&self, f: impl FnOnce(&mut Vault<Box<dyn Kv>>) -> R) -> Option<R> {
        let result = self.session.try_update_value(|s| f(&mut s.vault));
        self.stored.update(|n| *n += 1);
        result
    }
}

//! The book as the pages see it: a signal to read, and `apply` to change it through the session, which saves.
//! Also the few browser facts the domain needs: today's date and the current time.

use crate::domain::book::{Book, BookError};
use crate::domain::history::Change;
use crate::i18n::Lang;
use crate::store::memory::Memory;
use crate::domain::file;
use crate::store::vault::{self, Damage, Index, Kv, Opened, Vault, Writer};
use crate::store::{local::Local, Command, Merge, Saved, Session};
use chrono::{DateTime, FixedOffset, NaiveDate};
use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};
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
    pub export: Writer,
}

/// The writers' code (serializing every record, compressing) is a chunk of its own: no first page needs it,
/// and it is loaded right after the first one has painted.
#[wasm_split(writers, wasm_split_path = ::leptos::wasm_split, fallible)]
fn writers() -> Result<Writers, SplitLoaderError> {
    Ok(Writers { store: vault::write, export: file::write })
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
    writers: RwSignal<Option<Writers>>,
    /// The writers could not be fetched (no network, not yet kept by the service worker): changes wait.
    pub writers_failed: RwSignal<bool>,
}

impl Ledger {
    pub fn open(lang: Lang) -> Self {
        let (kv, persistent): (Box<dyn Kv>, bool) = match web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
            Some(_) => (Box::new(Local::new()), true),
            None => (Box::new(Memory::default()), false),
        };
        let mut vault = Vault::reading(kv);
        let (book, damage) = match vault.open() {
            Opened::Empty => (None, None),
            Opened::Ready(book) => (Some(*book), None),
            Opened::Damaged(damage) => (None, Some(damage)),
        };
        Ledger {
            session: StoredValue::new_local(Session::new(vault, book.clone())),
            book: RwSignal::new(book),
            saved: RwSignal::new(Saved::Yes),
            damage: RwSignal::new(damage),
            notice: RwSignal::new(None),
            undo: RwSignal::new(None),
            redo: RwSignal::new(None),
            stored: RwSignal::new(0),
            lang: RwSignal::new(lang),
            persistent,
            writers: RwSignal::new(None),
            writers_failed: RwSignal::new(false),
        }
    }

    /// Fetches the writers and gives them to the vault; on failure, says so (a banner offers to try again).
    async fn install_writers(self) -> Option<Writers> {
        let loaded = writers().await.ok();
        self.writers_failed.set(loaded.is_none());
        if let Some(loaded) = loaded {
            self.writers.set(Some(loaded));
            self.session.update_value(|s| s.vault.set_writer(loaded.store));
        }
        loaded
    }

    /// Fetches the writers, then stores what was changed before they came.
    fn fetch_writers(self) {
        leptos::task::spawn_local(async move {
            if self.install_writers().await.is_some() && self.session.with_value(|s| s.saved() != Saved::Yes) {
                self.retry_save();
            }
        });
    }

    /// Loads the writers once the first page has painted.
    pub fn load_writers(self) {
        after_paint(move || self.fetch_writers());
    }

    /// Runs `f` with the writers: at once once they are loaded, else when they come.
    pub fn with_writers(self, f: impl FnOnce(Writers) + 'static) {
        match self.writers.get_untracked() {
            Some(loaded) => f(loaded),
            None => leptos::task::spawn_local(async move {
                if let Some(loaded) = self.install_writers().await {
                    f(loaded)
                }
            }),
        }
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

    /// Tries the save again, after the user has freed space. Before the writers have come, fetches them (if
    /// they are not already on their way): their coming saves.
    pub fn retry_save(&self) {
        if self.writers.get_untracked().is_none() {
            if self.writers_failed.get_untracked() {
                self.fetch_writers();
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

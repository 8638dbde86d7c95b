//! The session over the stored book: every change is applied in memory, recorded for undo, and saved at
//! once. A change that cannot be saved stays in memory and on screen until a save succeeds; a change made
//! while another tab saved is re-applied on top of that tab's book, never saved over it.

pub mod columns;
pub mod local;
pub mod memory;
pub mod pack;
pub mod vault;

use crate::domain::book::{Book, BookError};
use crate::domain::history::{Change, History};
use chrono::{DateTime, FixedOffset};
use std::rc::Rc;
use vault::{Kv, Opened, SaveError, Vault};

/// A change to the book as a function, so it can be applied again on a book another tab saved.
pub type Command = Rc<dyn Fn(&mut Book) -> Result<(), BookError>>;

/// A change applied in memory and not yet stored. Undo and restore carry no command: they only make sense
/// on the book they were made on.
struct Pending {
    change: Change,
    command: Option<Command>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Saved {
    /// Everything is stored.
    Yes,
    /// The store is full: the book on screen is newer than the stored one.
    No,
    /// The code that reads and writes is still loading (`Vault::unloaded`): the change waits for it, nothing failed.
    Due,
}

/// What happened to the book on screen because of another tab.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Merge {
    /// The other tab's book was taken.
    pub reloaded: bool,
    /// Changes of this tab that could not be applied on the other tab's book.
    pub dropped: Vec<Change>,
}

pub struct Session<K: Kv> {
    pub vault: Vault<K>,
    book: Option<Book>,
    history: History,
    pending: Vec<Pending>,
}

impl<K: Kv> Session<K> {
    pub fn new(vault: Vault<K>, book: Option<Book>) -> Self {
        Session { vault, book, history: History::default(), pending: Vec::new() }
    }

    /// Reads the stored book into the session (see `Vault::open`).
    pub fn open(&mut self) -> Opened {
        let opened = self.vault.open();
        if let Opened::Ready(book) = &opened {
            self.book = Some((**book).clone());
        }
        opened
    }

    pub fn book(&self) -> Option<&Book> {
        self.book.as_ref()
    }

    pub fn history(&self) -> &History {
        &self.history
    }

    pub fn saved(&self) -> Saved {
        if self.pending.is_empty() {
            Saved::Yes
        } else if self.vault.can_write() {
            Saved::No
        } else {
            Saved::Due
        }
    }

    /// Applies a change to the current book (or to a new one, for commands that make a book).
    pub fn apply(
        &mut self,
        change: Change,
        command: Command,
        now: DateTime<FixedOffset>,
    ) -> Result<Merge, BookError> {
        let before = self.book.clone();
        let mut next = before.clone().ok_or(BookError::NotFound)?;
        command(&mut next)?;
        self.stage(before, next, change, Some(command));
        Ok(self.flush(now))
    }

    /// Starts a new book, or replaces the whole book (import, demo, restore of a backup).
    pub fn replace(&mut self, book: Book, change: Change, now: DateTime<FixedOffset>) -> Merge {
        self.replace_unsaved(book, change);
        self.flush(now)
    }

    /// Replaces the whole book in memory only, as a change not yet stored; `flush` stores it.
    pub fn replace_unsaved(&mut self, book: Book, change: Change) {
        let before = self.book.clone();
        let replacement = book.clone();
        let command: Command = Rc::new(move |b: &mut Book| {
            *b = replacement.clone();
            Ok(())
        });
        let replayable = !matches!(change, Change::RestoreBackup(_));
        self.stage(before, book, change, replayable.then_some(command));
    }

    fn stage(
        &mut self,
        before: Option<Book>,
        next: Book,
        change: Change,
        command: Option<Command>,
    ) {
        if let Some(before) = before {
            self.history.record(before, change.clone());
        }
        self.book = Some(next);
        self.pending.push(Pending { change, command });
    }

    pub fn undo(&mut self, now: DateTime<FixedOffset>) -> Option<Merge> {
        let current = self.book.clone()?;
        let (before, change) = self.history.undo(current)?;
        self.book = Some(before);
        self.pending.push(Pending { change: Change::Undo(Box::new(change)), command: None });
        Some(self.flush(now))
    }

    pub fn redo(&mut self, now: DateTime<FixedOffset>) -> Option<Merge> {
        let current = self.book.clone()?;
        let (after, change) = self.history.redo(current)?;
        self.book = Some(after);
        self.pending.push(Pending { change: Change::Redo(Box::new(change)), command: None });
        Some(self.flush(now))
    }

    /// Tries to store the book on screen. Called after each change, and again by the user once space is freed.
    pub fn flush(&mut self, now: DateTime<FixedOffset>) -> Merge {
        let mut merge = Merge::default();
        for _ in 0..3 {
            let (Some(book), Some(last)) = (&self.book, self.pending.last()) else { return merge };
            match self.vault.save(book, last.change.clone(), now) {
                Ok(()) => {
                    self.pending.clear();
                    return merge;
                }
                Err(SaveError::Full | SaveError::Unloaded) => return merge,
                Err(SaveError::Conflict(latest)) => {
                    let seq = self.vault.index().head;
                    let rebased = self.rebase(*latest, seq);
                    merge.reloaded = true;
                    merge.dropped.extend(rebased.dropped);
                }
            }
        }
        merge
    }

    /// Takes the other tab's book and applies this tab's unsaved changes on it, in order.
    fn rebase(&mut self, mut latest: Book, seq: u64) -> Merge {
        let mut dropped = Vec::new();
        let mut kept = Vec::new();
        for pending in self.pending.drain(..) {
            let applied = pending.command.as_ref().is_some_and(|command| {
                let mut trial = latest.clone();
                let ok = command(&mut trial).is_ok();
                if ok {
                    latest = trial;
                }
                ok
            });
            if applied {
                kept.push(pending);
            } else {
                dropped.push(pending.change);
            }
        }
        self.pending = kept;
        self.vault.adopt(seq);
        self.book = Some(latest);
        self.history.clear();
        Merge { reloaded: true, dropped }
    }

    /// Called when another tab has written the store: takes its book, keeping this tab's unsaved changes.
    pub fn sync(&mut self, now: DateTime<FixedOffset>) -> Merge {
        let Some((seq, latest)) = self.vault.newer() else { return Merge::default() };
        let merge = self.rebase(latest, seq);
        let more = self.flush(now);
        Merge { reloaded: true, dropped: merge.dropped.into_iter().chain(more.dropped).collect() }
    }
}

//! Where the book is kept: IndexedDB, written change by change. `Store` holds the book in memory with the
//! changes not yet written, and hands out each batch to write; the page (`ui/session.rs`) runs it on the
//! database and reports what came of it. A change is written with its restore point in one transaction, which
//! first checks that no other tab stored a change since; if one did, this tab takes that tab's book and
//! applies its own changes again on top. Undo, redo, a restore and an import are changes like any other.

pub mod columns;
pub mod db;
pub mod idb;
pub mod layout;
pub mod legacy;
pub mod local;
pub mod pack;

use crate::domain::book::{Book, BookError};
use crate::domain::file::SCHEMA_VERSION;
use crate::domain::history::{Change, History};
use chrono::{DateTime, FixedOffset};
use db::{Batch, Db, DbError, Table};
use layout::{Head, Index, Point, Reader, Settings, Snapshot, Writer};
use std::cell::RefCell;
use std::rc::Rc;

/// A change to the book as a function, so it can be applied again on a book another tab stored.
pub type Command = Rc<dyn Fn(&mut Book) -> Result<(), BookError>>;

/// A change made in memory and not yet stored, with the book after it. Undo and restore carry no command:
/// they only make sense on the book they were made on.
struct Pending {
    change: Change,
    command: Option<Command>,
    book: Book,
    at: DateTime<FixedOffset>,
}

/// A batch on its way to the database, and what the index will be once it is stored.
struct Writing {
    changes: usize,
    /// The settings were changed by the user, not only carried along.
    settings_changed: bool,
    head: Option<(Head, String)>,
    points: Vec<Point>,
    snapshots: Vec<Snapshot>,
    settings: Settings,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Saved {
    /// Everything is on disk.
    Yes,
    /// A change is being written, or waits for the one before it.
    Saving,
    /// The last write failed (the disk or the quota is full): the book on screen is newer than the stored one.
    No,
    /// The code that writes is still loading: the change waits for it, nothing failed.
    Due,
}

/// What came of a batch.
#[derive(Clone, Debug, PartialEq)]
pub enum Written {
    Done,
    /// Another tab stored a change first: read its book, `rebase` on it, and write again.
    Behind,
    Failed(DbError),
}

/// What happened to the book on screen because of another tab.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Merge {
    /// The other tab's book was taken.
    pub reloaded: bool,
    /// Changes of this tab that could not be applied on the other tab's book.
    pub dropped: Vec<Change>,
}

#[derive(Default)]
pub struct Store {
    book: Option<Book>,
    /// The book as stored at the head this tab knows: what the next change is written against.
    stored: Option<Book>,
    index: Index,
    pending: Vec<Pending>,
    writing: Option<Writing>,
    /// Settings changed and not yet written.
    settings: Option<Settings>,
    failed: bool,
    history: History,
    writer: Option<Writer>,
    /// This browser's id in the books' stamps.
    device: String,
}

fn on_roster(book: &Book, at: DateTime<FixedOffset>) -> usize {
    book.members.iter().filter(|m| m.on_roster(at.date_naive())).count()
}

/// The same member records, shared: nothing of the members changed.
fn same_members(a: &Book, b: &Book) -> bool {
    a.members.len() == b.members.len() && a.members.iter().zip(&b.members).all(|(a, b)| std::sync::Arc::ptr_eq(a, b))
}

impl Store {
    /// The book read from the database (`layout::open`), or none, and the index read with it.
    pub fn opened(index: Index, book: Option<Book>) -> Self {
        Store { stored: book.clone(), book, index, ..Store::default() }
    }

    /// The id this browser stamps its changes with.
    pub fn set_device(&mut self, device: String) {
        self.device = device;
    }

    pub fn device(&self) -> &str {
        &self.device
    }

    pub fn set_writer(&mut self, writer: Writer) {
        self.writer = Some(writer);
    }

    pub fn can_write(&self) -> bool {
        self.writer.is_some()
    }

    pub fn book(&self) -> Option<&Book> {
        self.book.as_ref()
    }

    pub fn index(&self) -> &Index {
        &self.index
    }

    pub fn history(&self) -> &History {
        &self.history
    }

    pub fn saved(&self) -> Saved {
        if self.pending.is_empty() && self.settings.is_none() {
            Saved::Yes
        } else if self.writer.is_none() {
            Saved::Due
        } else if self.failed {
            Saved::No
        } else {
            Saved::Saving
        }
    }

    /// True while a batch is on its way: the next waits for it.
    pub fn is_writing(&self) -> bool {
        self.writing.is_some()
    }

    /// Applies a change to the current book, stamping the records it changed; on error nothing changes.
    /// The stamping is part of the command, so a change replayed on another tab's book stamps there too.
    pub fn apply(&mut self, change: Change, command: Command, now: DateTime<FixedOffset>) -> Result<(), BookError> {
        let device = self.device.clone();
        let accepted = change.clone();
        let command: Command = Rc::new(move |book: &mut Book| {
            book.accepts(&accepted)?;
            let before = book.clone();
            command(book)?;
            book.stamp(&before, &device, now.to_utc());
            Ok(())
        });
        let before = self.book.clone().ok_or(BookError::NotFound)?;
        let mut next = before.clone();
        command(&mut next)?;
        self.history.record(before, change.clone());
        self.push(change, Some(command), next, now);
        Ok(())
    }

    /// Starts a new book, or replaces the whole book (import, demo, restore of a backup).
    pub fn replace(&mut self, book: Book, change: Change, now: DateTime<FixedOffset>) {
        if let Some(before) = self.book.clone() {
            self.history.record(before, change.clone());
        }
        let replacement = book.clone();
        let command: Command = Rc::new(move |b: &mut Book| {
            *b = replacement.clone();
            Ok(())
        });
        let replayable = !matches!(change, Change::RestoreBackup(_));
        self.push(change, replayable.then_some(command), book, now);
    }

    fn push(&mut self, change: Change, command: Option<Command>, book: Book, at: DateTime<FixedOffset>) {
        self.book = Some(book.clone());
        self.pending.push(Pending { change, command, book, at });
    }

    pub fn undo(&mut self, now: DateTime<FixedOffset>) -> bool {
        let Some(current) = self.book.clone() else { return false };
        let Some((before, change)) = self.history.undo(current) else { return false };
        self.push(Change::Undo(Box::new(change)), None, before, now);
        true
    }

    pub fn redo(&mut self, now: DateTime<FixedOffset>) -> bool {
        let Some(current) = self.book.clone() else { return false };
        let Some((after, change)) = self.history.redo(current) else { return false };
        self.push(Change::Redo(Box::new(change)), None, after, now);
        true
    }

    /// Changes the settings kept with the book (restore points kept, the pin, the last export); they are
    /// written with the next batch.
    pub fn set_settings(&mut self, f: impl FnOnce(&mut Settings)) {
        let current = self.writing.as_ref().map(|w| &w.settings).unwrap_or(&self.index.settings);
        let mut settings = self.settings.take().unwrap_or_else(|| current.clone());
        f(&mut settings);
        self.settings = Some(settings);
    }

    /// Keeps the current book restorable whatever the number of restore points: before an import.
    pub fn pin_head(&mut self) {
        let head = self.index.head_seq();
        if head > 0 {
            self.set_settings(|s| s.pinned = Some(head));
        }
    }

    /// The next batch to write: every change not yet stored, against the head this tab knows, and the
    /// settings. `None` while one is on its way, with nothing to write, or before the writer has come.
    pub fn next_batch(&mut self) -> Option<Batch> {
        let writer = self.writer?;
        if self.writing.is_some() || (self.pending.is_empty() && self.settings.is_none()) {
            return None;
        }
        let settings_changed = self.settings.is_some();
        let mut settings = self.settings.take().unwrap_or_else(|| self.index.settings.clone());
        let mut batch = Batch { strict: true, ..Batch::default() };
        let (mut points, mut snapshots) = (Vec::new(), Vec::new());
        let mut head = self.index.head.clone();
        if !self.pending.is_empty() {
            let first = self.index.head_seq() + 1;
            batch.expect =
                Some((Table::Meta, layout::HEAD.into(), self.index.head.as_ref().map(|(_, text)| text.clone())));
            let mut before = self.stored.as_ref();
            let mut members = self.index.points.last().map(|p| p.members);
            // After a failed write (a full disk), the changes that waited are written as one.
            let skip = if self.failed { self.pending.len() - 1 } else { 0 };
            for (i, p) in self.pending.iter().skip(skip).enumerate() {
                // Counted again only when the change touched the members: at 50,000 a count takes milliseconds.
                let count = match (members, before) {
                    (Some(count), Some(before)) if same_members(before, &p.book) => count,
                    _ => on_roster(&p.book, p.at),
                };
                members = Some(count);
                let point =
                    Point { seq: first + i as u64, at: p.at, change: p.change.clone(), members: count, bytes: 0 };
                let entry = (writer.change)(before, &p.book, &point);
                batch.ops.extend(entry.ops);
                points.push(entry.point);
                snapshots.extend(entry.snapshot);
                before = Some(&p.book);
            }
            let new_head = Head { seq: first + points.len() as u64 - 1, schema: SCHEMA_VERSION };
            let text = (writer.head)(&new_head);
            batch.put(Table::Meta, layout::HEAD, text.clone());
            head = Some((new_head, text));
            settings.unexported_since.get_or_insert(self.pending[0].at);
        }
        batch.put(Table::Meta, layout::SETTINGS, (writer.settings)(&settings));
        self.writing =
            Some(Writing { changes: self.pending.len(), settings_changed, head, points, snapshots, settings });
        Some(batch)
    }

    /// Takes note of what came of the batch `next_batch` gave.
    pub fn written(&mut self, result: Result<(), DbError>) -> Written {
        let Some(writing) = self.writing.take() else { return Written::Done };
        let error = match result {
            Ok(()) => {
                let stored: Vec<Pending> = self.pending.drain(..writing.changes).collect();
                if let Some(last) = stored.into_iter().last() {
                    self.stored = Some(last.book);
                }
                self.index.head = writing.head;
                self.index.points.extend(writing.points);
                self.index.snapshots.extend(writing.snapshots);
                self.index.settings = writing.settings;
                self.failed = false;
                return Written::Done;
            }
            Err(error) => error,
        };
        // Settings the user changed are written again with the next batch, unless changed once more since.
        if writing.settings_changed && self.settings.is_none() {
            self.settings = Some(writing.settings);
        }
        if matches!(error, DbError::Conflict(_)) {
            return Written::Behind;
        }
        self.failed = true;
        Written::Failed(error)
    }

    /// The head moved but its book cannot be read: nothing is written over it until the user tries again.
    fn stuck(&mut self) {
        self.failed = true;
    }

    /// Takes the book another tab stored (with the index read with it) and applies this tab's changes not
    /// yet stored on it, in order; those that no longer apply are dropped and named.
    pub fn rebase(&mut self, index: Index, latest: Book) -> Merge {
        let mut book = latest.clone();
        let mut dropped = Vec::new();
        let mut kept = Vec::new();
        for pending in self.pending.drain(..) {
            let applied = pending.command.as_ref().and_then(|command| {
                let mut trial = book.clone();
                command(&mut trial).ok().map(|()| trial)
            });
            match applied {
                Some(next) => {
                    book = next.clone();
                    kept.push(Pending { book: next, ..pending });
                }
                None => dropped.push(pending.change),
            }
        }
        self.pending = kept;
        self.index = index;
        self.stored = Some(latest);
        self.book = Some(book);
        self.history.clear();
        Merge { reloaded: true, dropped }
    }

    /// The book as stored at the head this tab knows, which another tab's changes are applied to.
    pub fn stored(&self) -> Option<&Book> {
        self.stored.as_ref()
    }

    /// A snapshot of the stored book at the head, when the journal since the last one has grown large, with
    /// what it lets go (`layout::retention`): for when the tab is idle.
    pub fn snapshot_batch(&self, budget: Option<u64>) -> Option<(Batch, Snapshot)> {
        let writer = self.writer?;
        let book = self.stored.as_ref()?;
        if self.writing.is_some() || !self.index.snapshot_due() {
            return None;
        }
        Some(layout::snapshot_batch(writer, &self.index, book, budget))
    }

    /// The index after a snapshot has been written, read again from the database.
    pub fn reindexed(&mut self, index: Index) {
        if index.head == self.index.head {
            self.index = index;
        }
    }
}

/// Writes every change not yet stored, a batch at a time. When another tab stored a change first, takes that
/// tab's book and applies this tab's changes on it before writing them. Only one call writes at a time: a
/// call made meanwhile finds a batch on its way and leaves the changes to the one writing.
pub async fn save(store: &RefCell<Store>, db: &impl Db, reader: Reader) -> Merge {
    let mut merge = Merge::default();
    loop {
        let Some(batch) = store.borrow_mut().next_batch() else { return merge };
        let result = db.write(batch).await;
        let written = store.borrow_mut().written(result);
        match written {
            Written::Done => {}
            Written::Failed(_) => return merge,
            Written::Behind => {
                if !catch_up(store, db, reader, &mut merge).await {
                    store.borrow_mut().stuck();
                    return merge;
                }
            }
        }
    }
}

/// Takes what another tab stored since this one last read or wrote, keeping this tab's changes not yet
/// stored; false when there is nothing to take, or it cannot be taken.
async fn catch_up(store: &RefCell<Store>, db: &impl Db, reader: Reader, merge: &mut Merge) -> bool {
    let (known, stored) = {
        let store = store.borrow();
        (store.index.clone(), store.stored.clone())
    };
    match layout::latest(db, reader, &known, stored.as_ref()).await {
        Ok(Some((index, book))) => {
            let rebased = store.borrow_mut().rebase(index, book);
            merge.reloaded = true;
            merge.dropped.extend(rebased.dropped);
            true
        }
        _ => false,
    }
}

/// Called when another tab says it stored a change: takes it, then writes what this tab had not yet stored.
pub async fn sync(store: &RefCell<Store>, db: &impl Db, reader: Reader) -> Merge {
    if store.borrow().is_writing() {
        return Merge::default();
    }
    let mut merge = Merge::default();
    if catch_up(store, db, reader, &mut merge).await {
        let more = save(store, db, reader).await;
        merge.dropped.extend(more.dropped);
    }
    merge
}

/// Writes a snapshot of the stored book when one is due (`Index::snapshot_due`), and lets go of what it
/// replaces; `budget` is the share of the browser's quota restore points may take.
pub async fn compact(store: &RefCell<Store>, db: &impl Db, reader: Reader, budget: Option<u64>) {
    let Some((batch, _)) = store.borrow().snapshot_batch(budget) else { return };
    if db.write(batch).await.is_ok() {
        if let Ok(Ok(index)) = layout::read_index(db, reader).await {
            store.borrow_mut().reindexed(index);
        }
    }
}

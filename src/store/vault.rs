//! The save protocol over any key-value store. Each save writes the whole book under a new key, and only
//! then moves the pointer (the index) to it, so a failed or interrupted save leaves the last complete book
//! readable. The versions before it are the automatic backups.

use crate::domain::book::Book;
use crate::domain::file::{self, FileError, Imported};
use crate::domain::history::Change;
use chrono::{DateTime, Duration, FixedOffset};
use serde::{Deserialize, Serialize};

/// A key-value store of strings: the browser's localStorage, or memory in tests.
pub trait Kv {
    fn get(&self, key: &str) -> Option<String>;
    /// Fails when the store is full; the key then keeps its old value.
    fn set(&mut self, key: &str, value: &str) -> Result<(), Full>;
    fn remove(&mut self, key: &str);
    fn keys(&self) -> Vec<String>;
}

/// The app picks its store when it starts (the browser's, or memory when the browser refuses one).
impl Kv for Box<dyn Kv> {
    fn get(&self, key: &str) -> Option<String> {
        self.as_ref().get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), Full> {
        self.as_mut().set(key, value)
    }
    fn remove(&mut self, key: &str) {
        self.as_mut().remove(key)
    }
    fn keys(&self) -> Vec<String> {
        self.as_ref().keys()
    }
}

/// The store refused a write: over quota.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Full;

pub const INDEX_KEY: &str = "so-cong-doan/index";
const VERSION_PREFIX: &str = "so-cong-doan/book/";
pub const DEFAULT_KEEP: usize = 5;
/// localStorage quota of an origin in Chromium, in UTF-16 code units (keys and values counted).
pub const QUOTA_UNITS: usize = 5_242_880;

fn version_key(seq: u64) -> String {
    format!("{VERSION_PREFIX}{seq}")
}

/// One saved version of the book: the newest is the book, the others are backups.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Version {
    pub seq: u64,
    pub saved_at: DateTime<FixedOffset>,
    pub change: Change,
    pub members: usize,
    /// Size of the stored text in UTF-16 code units, the browser's unit of quota.
    pub units: usize,
    /// Kept whatever the number of backups: the book as it was before an import.
    #[serde(default)]
    pub pinned: bool,
    /// The number of the key it is stored under, when not its own: a save with no room for a second copy
    /// of the book wrote over the version before it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slot: Option<u64>,
}

impl Version {
    fn key(&self) -> String {
        version_key(self.slot.unwrap_or(self.seq))
    }
}

/// The pointer to the current version and the list of backups.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Index {
    pub head: u64,
    pub keep: usize,
    pub versions: Vec<Version>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_export: Option<DateTime<FixedOffset>>,
    /// The first save not yet in an exported file. Kept here because the versions that would tell it are
    /// pruned to the last few backups.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unexported_since: Option<DateTime<FixedOffset>>,
}

impl Default for Index {
    fn default() -> Self {
        Index { head: 0, keep: DEFAULT_KEEP, versions: Vec::new(), last_export: None, unexported_since: None }
    }
}

/// Changes left unexported longer than this earn a reminder to export.
pub const EXPORT_REMINDER_DAYS: i64 = 7;

impl Index {
    /// True when the book has changes that no exported file holds, the oldest of them more than
    /// `EXPORT_REMINDER_DAYS` old. A book never exported counts from its first save.
    pub fn export_overdue(&self, now: DateTime<FixedOffset>) -> bool {
        self.unexported_since.is_some_and(|since| now - since > Duration::days(EXPORT_REMINDER_DAYS))
    }

    /// True when the last save found no room for a second copy and wrote over the book: no backup is kept.
    pub fn written_over(&self) -> bool {
        self.versions
            .iter()
            .any(|v| v.seq == self.head && v.slot.is_some())
    }
}

/// What was found in storage when the app opened.
#[derive(Clone, Debug, PartialEq)]
pub enum Opened {
    Empty,
    Ready(Box<Book>),
    Damaged(Damage),
}

/// Storage that could not be read: what was found, its raw text, and the versions that still read well.
#[derive(Clone, Debug, PartialEq)]
pub struct Damage {
    pub problem: DamageKind,
    pub raw: String,
    pub good: Vec<Version>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum DamageKind {
    Index,
    MissingBook(u64),
    Book(FileError),
}

#[derive(Clone, Debug, PartialEq)]
pub enum SaveError {
    Full,
    /// The vault has not yet its reader and writer (see `Vault::unloaded`): nothing was written.
    Unloaded,
    /// Another tab saved since this one last read; here is what it saved.
    Conflict(Box<Book>),
}

/// Turns a book, and the index, into the text stored for them. Function pointers: see `Reader`.
#[derive(Clone, Copy)]
pub struct Writer {
    pub book: fn(&Book, DateTime<FixedOffset>) -> String,
    pub index: fn(&Index) -> String,
}

pub const WRITER: Writer = Writer { book: write, index: index_text };

/// Reads what the vault stores: the index, and a version's text into its book. Function pointers, like the
/// writer, so that the browser can fetch this code as a chunk of its own (a first visit has nothing to read).
#[derive(Clone, Copy)]
pub struct Reader {
    /// The JSON of a stored version (see `pack`); `None` when it is not packed.
    pub unpack: fn(&str) -> Option<String>,
    /// A book from its JSON: the exchange file's reader, which checks everything.
    pub book: fn(&str) -> Result<Imported, FileError>,
    pub index: fn(&str) -> Option<Index>,
}

pub const READER: Reader = Reader { unpack: super::pack::unpack, book: file::read, index: parse_index };

fn parse_index(text: &str) -> Option<Index> {
    serde_json::from_str(text).ok()
}

/// The stored form of a book: its compact file, packed (see `pack`).
fn write(book: &Book, now: DateTime<FixedOffset>) -> String {
    super::pack::pack(&file::write_compact(book, now))
}

fn index_text(index: &Index) -> String {
    serde_json::to_string(index).unwrap_or_default()
}

pub struct Vault<K: Kv> {
    kv: K,
    /// The version this session last read or wrote; a save over anything newer is a conflict.
    seen: u64,
    reader: Option<Reader>,
    writer: Option<Writer>,
}

impl<K: Kv> Vault<K> {
    pub fn new(kv: K) -> Self {
        Vault { kv, seen: 0, reader: Some(READER), writer: Some(WRITER) }
    }

    /// A vault given its reader and its writer later, as the browser fetches them: reading and writing
    /// (parsing, serializing, packing) are chunks of their own. Until its reader comes, the vault sees an
    /// empty store; until both have come, it saves nothing (`SaveError::Unloaded`).
    pub fn unloaded(kv: K) -> Self {
        Vault { kv, seen: 0, reader: None, writer: None }
    }

    pub fn set_reader(&mut self, reader: Reader) {
        self.reader = Some(reader);
    }

    pub fn set_writer(&mut self, writer: Writer) {
        self.writer = Some(writer);
    }

    /// Saving needs both: a save checks first that no other tab has stored a newer book.
    pub fn can_write(&self) -> bool {
        self.reader.is_some() && self.writer.is_some()
    }

    /// True when nothing of a book is stored, without reading anything: no index and no version.
    pub fn is_empty(&self) -> bool {
        self.kv.get(INDEX_KEY).is_none() && !self.kv.keys().iter().any(|k| k.starts_with(VERSION_PREFIX))
    }

    fn read_index(&self) -> Result<Option<Index>, String> {
        let (Some(reader), Some(text)) = (self.reader, self.kv.get(INDEX_KEY)) else { return Ok(None) };
        (reader.index)(&text).map(Some).ok_or(text)
    }

    pub fn index(&self) -> Index {
        self.read_index().ok().flatten().unwrap_or_default()
    }

    /// The JSON of a stored version, unpacked; the raw value itself when it cannot be unpacked, so that
    /// reading it reports the damage.
    fn version_text(&self, seq: u64) -> Option<String> {
        let unpack = self.reader?.unpack;
        let stored = self.kv.get(&self.key(seq))?;
        Some(unpack(&stored).unwrap_or(stored))
    }

    /// The key of a version: its own, or the one it was written over, as the index says.
    fn key(&self, seq: u64) -> String {
        let listed = self.index().versions.into_iter().find(|v| v.seq == seq);
        listed.map_or_else(|| version_key(seq), |v| v.key())
    }

    /// A stored version read as a file: its book, and when it was saved.
    fn read_stored(&self, seq: u64) -> Result<Imported, DamageKind> {
        let (Some(reader), Some(text)) = (self.reader, self.version_text(seq)) else {
            return Err(DamageKind::MissingBook(seq));
        };
        (reader.book)(&text).map_err(DamageKind::Book)
    }

    fn read_book(&self, seq: u64) -> Result<Book, DamageKind> {
        self.read_stored(seq).map(|i| i.book)
    }

    pub fn read_version(&self, seq: u64) -> Option<Book> {
        self.read_book(seq).ok()
    }

    /// Versions found by their keys, for when the index itself is lost.
    fn scan(&self) -> Vec<Version> {
        let mut found: Vec<Version> = self
            .kv
            .keys()
            .iter()
            .filter_map(|k| k.strip_prefix(VERSION_PREFIX)?.parse::<u64>().ok())
            .filter_map(|seq| {
                let stored = self.kv.get(&version_key(seq))?;
                let imported = self.read_stored(seq).ok()?;
                let saved_at = imported.meta.exported_at?;
                Some(Version {
                    seq,
                    saved_at,
                    change: Change::RestoreBackup(seq),
                    members: imported.book.members.iter().filter(|m| m.on_roster(saved_at.date_naive())).count(),
                    units: stored.encode_utf16().count(),
                    pinned: false,
                    slot: None,
                })
            })
            .collect();
        found.sort_by_key(|v| v.seq);
        found
    }

    /// Reads the current book. Damage is reported, never repaired here: nothing is written until the user
    /// has chosen what to do.
    pub fn open(&mut self) -> Opened {
        let index = match self.read_index() {
            Ok(None) => {
                let found = self.scan();
                if found.is_empty() {
                    return Opened::Empty;
                }
                return self.damaged(DamageKind::Index, String::new(), found);
            }
            Err(raw) => return self.damaged(DamageKind::Index, raw, self.scan()),
            Ok(Some(index)) => index,
        };
        match self.read_book(index.head) {
            Ok(book) => {
                self.seen = index.head;
                Opened::Ready(Box::new(book))
            }
            Err(problem) => {
                let raw = self.version_text(index.head).unwrap_or_default();
                let good = index.versions.iter().filter(|v| v.seq != index.head && self.read_book(v.seq).is_ok());
                let good = good.cloned().collect();
                self.damaged(problem, raw, good)
            }
        }
    }

    fn damaged(&mut self, problem: DamageKind, raw: String, mut good: Vec<Version>) -> Opened {
        self.seen = self.highest_seq();
        good.reverse();
        Opened::Damaged(Damage { problem, raw, good })
    }

    fn highest_seq(&self) -> u64 {
        let listed = self.index().versions.iter().map(|v| v.seq).max().unwrap_or(0);
        let keyed = self.kv.keys().iter().filter_map(|k| k.strip_prefix(VERSION_PREFIX)?.parse().ok()).max();
        listed.max(keyed.unwrap_or(0))
    }

    /// When another tab has saved since this one read: the book it saved.
    pub fn newer(&self) -> Option<(u64, Book)> {
        let index = self.read_index().ok().flatten()?;
        (index.head != self.seen).then(|| self.read_book(index.head).ok().map(|b| (index.head, b)))?
    }

    pub fn adopt(&mut self, seq: u64) {
        self.seen = seq;
    }

    /// Saves `book` as the new current version. On a full store, backups are given up oldest first to make
    /// room; if it still does not fit, the stored book stays exactly as it was.
    pub fn save(&mut self, book: &Book, change: Change, now: DateTime<FixedOffset>) -> Result<(), SaveError> {
        let (Some(writer), true) = (self.writer, self.reader.is_some()) else { return Err(SaveError::Unloaded) };
        let mut index = match self.read_index() {
            Ok(index) => index.unwrap_or_default(),
            // The user chose to go on from a lost index: rebuild it from the versions still readable.
            Err(_) => Index { versions: self.scan(), ..Index::default() },
        };
        if index.head != self.seen && !index.versions.is_empty() {
            if let Ok(latest) = self.read_book(index.head) {
                return Err(SaveError::Conflict(Box::new(latest)));
            }
        }
        let seq = self.highest_seq().max(index.head) + 1;
        let text = (writer.book)(book, now);
        let mut slot = None;
        while self.kv.set(&version_key(seq), &text).is_err() {
            if !self.drop_oldest_backup(&mut index) {
                slot = Some(self.write_over_head(&mut index, &text)?);
                break;
            }
        }
        index.versions.push(Version {
            seq,
            saved_at: now,
            change,
            members: book.members.iter().filter(|m| m.on_roster(now.date_naive())).count(),
            units: text.encode_utf16().count(),
            pinned: false,
            slot,
        });
        let previous_head = index.head;
        index.head = seq;
        index.unexported_since.get_or_insert(now);
        if self.write_index(&index).is_err() {
            // Written over, the head already holds this book; the change stays unsaved until the index is.
            if slot.is_none() {
                self.kv.remove(&version_key(seq));
            }
            index.head = previous_head;
            return Err(SaveError::Full);
        }
        self.seen = seq;
        self.prune(&mut index);
        Ok(())
    }

    /// With every backup given up and still no room for a second copy, writes the book over the current one:
    /// the browser replaces a value whole or not at all, so the stored book is the old one or the new one,
    /// never half of either. Returns the key written, now the new version's; the old version leaves the list.
    fn write_over_head(&mut self, index: &mut Index, text: &str) -> Result<u64, SaveError> {
        let head = index.head;
        let pos = index
            .versions
            .iter()
            .position(|v| v.seq == head && !v.pinned)
            .ok_or(SaveError::Full)?;
        let slot = index.versions[pos].slot.unwrap_or(head);
        self.kv
            .set(&version_key(slot), text)
            .map_err(|_| SaveError::Full)?;
        index.versions.remove(pos);
        Ok(slot)
    }

    /// Without its writer the vault writes nothing: outside `save`, the ledger changes the index only once
    /// the writers have come (`Ledger::with_writers`).
    fn write_index(&mut self, index: &Index) -> Result<(), Full> {
        let write = self.writer.ok_or(Full)?.index;
        self.kv.set(INDEX_KEY, &write(index))
    }

    /// Gives up the oldest backup that is not the current book nor pinned. The index is written first, so
    /// it never points at a removed key.
    fn drop_oldest_backup(&mut self, index: &mut Index) -> bool {
        let head = index.head;
        let Some(pos) = index.versions.iter().position(|v| v.seq != head && !v.pinned) else { return false };
        let gone = index.versions.remove(pos);
        if self.write_index(index).is_err() {
            index.versions.insert(pos, gone);
            return false;
        }
        self.kv.remove(&gone.key());
        true
    }

    /// Keeps the current version, the pinned one and `keep` backups; removes the rest and any stray key.
    fn prune(&mut self, index: &mut Index) {
        let head = index.head;
        let mut backups = index.versions.iter().filter(|v| v.seq != head && !v.pinned).count();
        let before = index.versions.len();
        index.versions.retain(|v| {
            let drop = v.seq != head && !v.pinned && backups > index.keep;
            if drop {
                backups -= 1;
            }
            !drop
        });
        if index.versions.len() != before {
            let _ = self.write_index(index);
        }
        let listed: Vec<String> = index.versions.iter().map(Version::key).collect();
        for key in self.kv.keys() {
            if key.starts_with(VERSION_PREFIX) && !listed.contains(&key) {
                self.kv.remove(&key);
            }
        }
    }

    /// Pins the current version, unpinning any older pin: the book before an import stays restorable.
    pub fn pin_head(&mut self) {
        let mut index = self.index();
        let head = index.head;
        for v in index.versions.iter_mut() {
            v.pinned = v.seq == head;
        }
        let _ = self.write_index(&index);
    }

    pub fn set_keep(&mut self, keep: usize) {
        let mut index = self.index();
        index.keep = keep.max(1);
        self.prune(&mut index);
        let _ = self.write_index(&index);
    }

    pub fn mark_exported(&mut self, at: DateTime<FixedOffset>) {
        let mut index = self.index();
        index.last_export = Some(at);
        index.unexported_since = None;
        let _ = self.write_index(&index);
    }

    /// UTF-16 code units used by every key of the store, keys included: what the browser's quota counts.
    pub fn usage(&self) -> usize {
        self.kv.keys().iter().map(|k| k.encode_utf16().count() + self.kv.get(k).map_or(0, |v| v.encode_utf16().count())).sum()
    }

    pub fn kv(&self) -> &K {
        &self.kv
    }
}

/// One store seen by several sessions, as one localStorage is seen by several tabs.
impl<K: Kv> Kv for std::rc::Rc<std::cell::RefCell<K>> {
    fn get(&self, key: &str) -> Option<String> {
        self.borrow().get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), Full> {
        self.borrow_mut().set(key, value)
    }
    fn remove(&mut self, key: &str) {
        self.borrow_mut().remove(key)
    }
    fn keys(&self) -> Vec<String> {
        self.borrow().keys()
    }
}

//! The stored form: which records, under which keys, and how a book is read back from them.
//!
//! - `meta/head`: `{"seq":N,"schema":S}`, the last change stored. Every change checks, in its transaction,
//!   that the head still holds what this tab last saw, so no tab writes over a change it has not seen.
//! - `meta/settings`: how many restore points are kept, the pinned one, the last export.
//! - `journal/N`: change N, as the edits it made to the book's parts (`parts::delta`).
//! - `points/N`: change N as a restore point: when, what changed, how many members.
//! - `snapshots/N` and `chunks/<N>/<part>/<n>`: the whole book after change N, a thousand records a chunk.
//!
//! The book after change N is the newest snapshot at or before N with the journal's changes after it. A
//! change is a few records whatever the size of the book; snapshots are written off the typing path.
//! `docs/file-format.md` is the exchange file, which this is not; its schema versions the records here too.

use super::db::{Batch, Db, DbError, Got, Key, Op, Range, Read, Table, Value};
use crate::domain::book::Book;
use crate::domain::file::{self, FileError, SCHEMA_VERSION};
use crate::domain::history::Change;
use crate::domain::parts;
use chrono::{DateTime, Duration, FixedOffset};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

pub const HEAD: &str = "head";
pub const SETTINGS: &str = "settings";
/// Restore points kept besides the current book, unless the user sets another number.
pub const DEFAULT_KEEP: usize = 20;
/// Changes left unexported longer than this earn a reminder to export.
pub const EXPORT_REMINDER_DAYS: i64 = 7;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Head {
    pub seq: u64,
    pub schema: u64,
}

/// A change, as the data page lists it and can restore the book to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Point {
    pub seq: u64,
    pub at: DateTime<FixedOffset>,
    pub change: Change,
    /// Members on the roster after it.
    pub members: usize,
    /// Bytes it took in the journal, or as a snapshot when it was written as one.
    pub bytes: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    pub seq: u64,
    pub chunks: usize,
    pub bytes: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    pub keep: usize,
    /// Kept whatever the number of restore points: the book as it was before an import.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pinned: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_export: Option<DateTime<FixedOffset>>,
    /// The first change not yet in an exported file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unexported_since: Option<DateTime<FixedOffset>>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings { keep: DEFAULT_KEEP, pinned: None, last_export: None, unexported_since: None }
    }
}

/// What the database holds besides the records of the book: read when the book is opened, and kept up to
/// date by the tab as it writes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Index {
    /// The head and its text as stored, which the next change expects to find.
    pub head: Option<(Head, String)>,
    pub settings: Settings,
    pub points: Vec<Point>,
    pub snapshots: Vec<Snapshot>,
}

impl Index {
    pub fn head_seq(&self) -> u64 {
        self.head.as_ref().map_or(0, |(h, _)| h.seq)
    }

    /// The newest snapshot the book after change `seq` is read from.
    pub fn base(&self, seq: u64) -> Option<&Snapshot> {
        self.snapshots.iter().filter(|s| s.seq <= seq).max_by_key(|s| s.seq)
    }

    /// The restore points the data page lists, newest first: the current book, `keep` before it, and the
    /// pinned one.
    pub fn backups(&self) -> Vec<Point> {
        let mut points: Vec<Point> = self.points.iter().filter(|p| p.seq <= self.head_seq()).cloned().collect();
        points.sort_by_key(|p| std::cmp::Reverse(p.seq));
        let pinned = self.settings.pinned;
        points
            .into_iter()
            .enumerate()
            .filter(|(i, p)| *i <= self.settings.keep || Some(p.seq) == pinned)
            .map(|(_, p)| p)
            .collect()
    }

    /// True when the book has changes that no exported file holds, the oldest of them more than
    /// `EXPORT_REMINDER_DAYS` old. A book never exported counts from its first change.
    pub fn export_overdue(&self, now: DateTime<FixedOffset>) -> bool {
        self.settings.unexported_since.is_some_and(|since| now - since > Duration::days(EXPORT_REMINDER_DAYS))
    }

    /// Bytes of the journal since the newest snapshot, and of that snapshot: when the first grows large
    /// beside the second, reopening reads too many changes and a new snapshot is due.
    fn since_snapshot(&self) -> (usize, usize) {
        let head = self.head_seq();
        let base = self.base(head);
        let since = base.map_or(0, |b| b.seq);
        let journal = self.points.iter().filter(|p| p.seq > since && p.seq <= head).map(|p| p.bytes).sum();
        (journal, base.map_or(0, |b| b.bytes))
    }

    /// A snapshot is due when the changes since the last one take a quarter of its room, and at least 64 KB.
    pub fn snapshot_due(&self) -> bool {
        let (journal, snapshot) = self.since_snapshot();
        journal > 64 * 1024 + snapshot / 4
    }
}

/// Storage that could not be read: what was found, its raw text, and the restore points that still read well.
#[derive(Clone, Debug, PartialEq)]
pub struct Damage {
    pub problem: DamageKind,
    pub raw: String,
    pub good: Vec<Good>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Good {
    pub point: Point,
    pub book: Book,
}

#[derive(Clone, Debug, PartialEq)]
pub enum DamageKind {
    /// The head or the list of changes cannot be read.
    Index,
    /// A snapshot or a change the book is read from is missing.
    Missing(u64),
    /// The book read from a snapshot and its changes is refused as a file would be.
    Book(FileError),
    /// A change of the journal cannot be read.
    Change(u64),
    /// The book found in localStorage was copied but did not read back the same: it is kept there.
    Moved,
}

/// A book that cannot be read from its records: why, and the records' raw text.
#[derive(Clone, Debug, PartialEq)]
pub struct Broken {
    pub problem: DamageKind,
    pub raw: String,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Opened {
    Empty,
    Ready(Box<Book>),
    Damaged(Damage),
}

/// Puts a book together from a snapshot's head, its sequence, its chunks and the changes after it.
pub type Build = fn(&Snapshot, u64, &[(Key, Value)], &[(Key, String)]) -> Result<Book, Broken>;

/// The code that turns stored records into a book: a chunk of its own in the browser (see `ui/session.rs`).
#[derive(Clone, Copy)]
pub struct Reader {
    pub index: fn(Vec<Got>) -> Result<Index, String>,
    pub build: Build,
    /// Makes on a book a change of the journal.
    pub apply: fn(&mut Book, &str) -> Result<(), String>,
    /// The exchange file's reader, for imports: a book, or a file with a passphrase still to open.
    pub file: fn(&str) -> Result<file::Content, FileError>,
    /// A file with a passphrase, once decrypted, read as the file it holds.
    pub unseal: fn(&[u8]) -> Result<file::Imported, FileError>,
    /// The book as localStorage kept it before.
    pub legacy: fn(&dyn super::legacy::Kv) -> super::legacy::Found,
}

/// The book at a time, with a salt and an IV: the header of its file with a passphrase, and the bytes to encrypt.
pub type Seal = fn(&Book, DateTime<FixedOffset>, &[u8], &[u8]) -> (file::sealed::Header, Vec<u8>);

/// The code that turns a book into records, like the reader a chunk of its own.
#[derive(Clone, Copy)]
pub struct Writer {
    /// The records of a change from `before` (a snapshot when there is none) to the book.
    pub change: fn(Option<&Book>, &Book, &Point) -> Entry,
    /// The records of a snapshot of the book after change `seq`.
    pub snapshot: fn(&Book, u64) -> (Vec<Op>, Snapshot),
    pub head: fn(&Head) -> String,
    pub settings: fn(&Settings) -> String,
    /// The exchange file.
    pub export: fn(&Book, DateTime<FixedOffset>) -> String,
    /// The exchange file without the members' personal data.
    pub export_without_personal: fn(&Book, DateTime<FixedOffset>) -> String,
    /// The exchange file compressed, to be encrypted with a salt and an IV, and its header.
    pub seal: Seal,
    /// The file with a passphrase: a header and its ciphertext.
    pub sealed: fn(&file::sealed::Header, &[u8]) -> String,
}

/// A change as written: its records, its point with the bytes it took, and the snapshot it was written as
/// when there was no book before it.
pub struct Entry {
    pub ops: Vec<Op>,
    pub point: Point,
    pub snapshot: Option<Snapshot>,
}

pub const READER: Reader = Reader {
    index: parse_index,
    build,
    apply: parts::apply,
    file: file::open,
    unseal: file::sealed::open,
    legacy: super::legacy::read,
};
pub const WRITER: Writer = Writer {
    change: change_ops,
    snapshot: snapshot_ops,
    head: to_json,
    settings: to_json,
    export: file::write,
    export_without_personal: file::write_without_personal,
    seal: file::sealed::plain,
    sealed: file::sealed::write,
};

fn to_json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// The reads that give the index.
pub fn index_reads() -> Vec<Read> {
    vec![
        Read::Get(Table::Meta, HEAD.into()),
        Read::Get(Table::Meta, SETTINGS.into()),
        Read::All(Table::Points, Range::numbers()),
        Read::All(Table::Snapshots, Range::numbers()),
    ]
}

fn parse_index(got: Vec<Got>) -> Result<Index, String> {
    let mut got = got.into_iter();
    let head_text = got.next().and_then(Got::one);
    let head = match head_text {
        Some(text) => Some((serde_json::from_str::<Head>(&text).map_err(|_| text.clone())?, text)),
        None => None,
    };
    let settings = got.next().and_then(Got::one).and_then(|t| serde_json::from_str(&t).ok()).unwrap_or_default();
    let all = |got: Option<Got>| got.map(Got::many).unwrap_or_default().into_iter();
    let points = all(got.next()).filter_map(|(_, t)| serde_json::from_str(&t).ok()).collect();
    let snapshots = all(got.next()).filter_map(|(_, t)| serde_json::from_str(&t).ok()).collect();
    Ok(Index { head, settings, points, snapshots })
}

pub fn chunk_key(seq: u64, part: &str, n: usize) -> String {
    format!("{seq:012}/{part}/{n:06}")
}

fn chunk_part(key: &Key) -> &str {
    match key {
        Key::Text(text) => text.split('/').nth(1).unwrap_or_default(),
        Key::Num(_) => "",
    }
}

fn snapshot_ops(book: &Book, seq: u64) -> (Vec<Op>, Snapshot) {
    let mut ops = Vec::new();
    let mut bytes = 0;
    for (part, n, text) in parts::chunks(book) {
        bytes += text.len();
        let packed = lz4_flex::block::compress_prepend_size(text.as_bytes());
        ops.push(Op::Put(Table::Chunks, chunk_key(seq, part, n).as_str().into(), Value::Bytes(packed)));
    }
    let snapshot = Snapshot { seq, chunks: ops.len(), bytes };
    ops.push(Op::Put(Table::Snapshots, seq.into(), to_json(&snapshot).into()));
    (ops, snapshot)
}

fn change_ops(before: Option<&Book>, book: &Book, point: &Point) -> Entry {
    let mut point = point.clone();
    let (mut ops, snapshot) = match before {
        Some(before) => {
            let delta = parts::delta(before, book);
            point.bytes = delta.len();
            (vec![Op::Put(Table::Journal, point.seq.into(), delta.into())], None)
        }
        None => {
            let (ops, snapshot) = snapshot_ops(book, point.seq);
            point.bytes = snapshot.bytes;
            (ops, Some(snapshot))
        }
    };
    ops.push(Op::Put(Table::Points, point.seq.into(), to_json(&point).into()));
    Entry { ops, point, snapshot }
}

/// A chunk's JSON: its bytes decompressed, `None` when they are not a chunk.
fn unpack(value: &Value) -> Option<String> {
    match value {
        Value::Bytes(bytes) => String::from_utf8(lz4_flex::block::decompress_size_prepended(bytes).ok()?).ok(),
        Value::Text(_) => None,
    }
}

/// The book after change `seq`, from the chunks of its base snapshot and the changes after that one.
fn build(base: &Snapshot, seq: u64, chunks: &[(Key, Value)], changes: &[(Key, String)]) -> Result<Book, Broken> {
    let texts: Vec<Option<String>> = chunks.iter().map(|(_, v)| unpack(v)).collect();
    let raw = || {
        let chunks = texts
            .iter()
            .zip(chunks)
            .map(|(t, (k, v))| t.clone().unwrap_or_else(|| format!("{k:?}: {} bytes that do not read", v.len())));
        chunks.chain(changes.iter().map(|(_, t)| t.clone())).collect::<Vec<_>>().join("\n")
    };
    let broken = |problem| Broken { problem, raw: raw() };
    if chunks.len() != base.chunks || texts.iter().any(Option::is_none) {
        return Err(broken(DamageKind::Missing(base.seq)));
    }
    if let Some(gap) = (base.seq + 1..=seq)
        .zip(changes.iter().map(|(k, _)| k).chain(std::iter::repeat(&Key::Num(0))))
        .find(|(n, k)| **k != Key::Num(*n))
    {
        return Err(broken(DamageKind::Missing(gap.0)));
    }
    let named = chunks.iter().zip(&texts).map(|((k, _), t)| (chunk_part(k), t.as_deref().unwrap_or_default()));
    let json = parts::book_json(named).ok_or_else(|| broken(DamageKind::Book(FileError::NotOurs)))?;
    let mut book = file::parse_book(&json).map_err(|e| broken(DamageKind::Book(e)))?;
    for (key, delta) in changes {
        let n = if let Key::Num(n) = key { *n } else { 0 };
        parts::apply(&mut book, delta).map_err(|_| broken(DamageKind::Change(n)))?;
    }
    file::check_stored(&book).map_err(|e| broken(DamageKind::Book(e)))?;
    Ok(book)
}

/// Reads the index, in one transaction.
pub async fn read_index(db: &impl Db, reader: Reader) -> Result<Result<Index, String>, DbError> {
    Ok((reader.index)(db.read(index_reads()).await?))
}

/// The book after change `seq`, read in one transaction.
pub async fn read_at(db: &impl Db, reader: Reader, index: &Index, seq: u64) -> Result<Result<Book, Broken>, DbError> {
    let Some(base) = index.base(seq) else {
        return Ok(Err(Broken { problem: DamageKind::Missing(seq), raw: String::new() }));
    };
    let reads = vec![
        Read::All(Table::Chunks, Range::prefix(&format!("{:012}/", base.seq))),
        Read::All(Table::Journal, Range::new(base.seq + 1, seq)),
    ];
    let mut got = db.read(reads).await?.into_iter();
    let chunks = got.next().map(Got::values).unwrap_or_default();
    let changes = got.next().map(Got::many).unwrap_or_default();
    Ok((reader.build)(base, seq, &chunks, &changes))
}

/// Restore points other than the current book that read well, newest first, for the recovery page.
async fn good_points(db: &impl Db, reader: Reader, index: &Index) -> Result<Vec<Good>, DbError> {
    let mut good = Vec::new();
    for point in index.backups().into_iter().filter(|p| p.seq != index.head_seq()) {
        if let Ok(book) = read_at(db, reader, index, point.seq).await? {
            good.push(Good { point, book });
        }
    }
    Ok(good)
}

/// Reads the current book. Damage is reported, never repaired here: nothing is written until the user has
/// chosen what to do. A snapshot another tab removed between the two reads is looked for again.
pub async fn open(db: &impl Db, reader: Reader) -> Result<(Index, Opened), DbError> {
    let mut last: Option<Index> = None;
    loop {
        let index = match read_index(db, reader).await? {
            Ok(index) => index,
            Err(raw) => {
                let damage = Damage { problem: DamageKind::Index, raw, good: Vec::new() };
                return Ok((Index::default(), Opened::Damaged(damage)));
            }
        };
        let Some((head, _)) = index.head.clone() else {
            if index.points.is_empty() {
                return Ok((index, Opened::Empty));
            }
            let good = good_points(db, reader, &index).await?;
            return Ok((index, Opened::Damaged(Damage { problem: DamageKind::Index, raw: String::new(), good })));
        };
        if head.schema > SCHEMA_VERSION {
            let damage = Damage {
                problem: DamageKind::Book(FileError::NewerSchema { found: head.schema }),
                raw: String::new(),
                good: Vec::new(),
            };
            return Ok((index, Opened::Damaged(damage)));
        }
        match read_at(db, reader, &index, head.seq).await? {
            Ok(book) => return Ok((index, Opened::Ready(Box::new(book)))),
            Err(Broken { problem: DamageKind::Missing(_), .. }) if last.as_ref() != Some(&index) => last = Some(index),
            Err(broken) => {
                let good = good_points(db, reader, &index).await?;
                return Ok((index, Opened::Damaged(Damage { problem: broken.problem, raw: broken.raw, good })));
            }
        }
    }
}

/// The changes another tab stored after change `seq`, in order, or `None` when they are no longer all in the
/// journal (a snapshot took their place).
async fn changes_after(db: &impl Db, seq: u64, head: u64) -> Result<Option<Vec<String>>, DbError> {
    let got = db.read(vec![Read::All(Table::Journal, Range::new(seq + 1, head))]).await?;
    let changes = got.into_iter().next().map(Got::many).unwrap_or_default();
    let whole = changes.iter().map(|(k, _)| k.clone()).eq((seq + 1..=head).map(Key::Num));
    Ok(whole.then(|| changes.into_iter().map(|(_, t)| t).collect()))
}

/// The book at the database's head when another tab has moved it: the book this tab stored with the changes
/// after it, or the whole book read again; `None` when the head is still the one `known` has, or its book
/// cannot be taken (unreadable, or a newer app's).
pub async fn latest(
    db: &impl Db,
    reader: Reader,
    known: &Index,
    stored: Option<&Book>,
) -> Result<Option<(Index, Book)>, DbError> {
    let Ok(index) = read_index(db, reader).await? else { return Ok(None) };
    let Some((head, _)) = index.head.clone().filter(|_| index.head != known.head) else { return Ok(None) };
    // A newer app's book is never taken, so never written over.
    if head.schema > SCHEMA_VERSION {
        return Ok(None);
    }
    if let (Some(stored), Some(changes)) = (stored, changes_after(db, known.head_seq(), head.seq).await?) {
        let mut book = stored.clone();
        if changes.iter().all(|change| (reader.apply)(&mut book, change).is_ok()) {
            return Ok(Some((index, book)));
        }
    }
    Ok(read_at(db, reader, &index, head.seq).await?.ok().map(|book| (index, book)))
}

/// What a new snapshot at the head lets go: restore points beyond those kept, and the snapshots and changes
/// only they needed. Kept: the last `keep` points and the pinned one, as long as the snapshots and changes
/// they need fit in `budget` bytes (a share of the browser's quota); the pinned one in any case.
pub fn retention(index: &Index, head: &Snapshot, budget: Option<u64>) -> Vec<Op> {
    let mut snapshots = index.snapshots.clone();
    snapshots.retain(|s| s.seq != head.seq);
    snapshots.push(head.clone());
    let base = |seq: u64| snapshots.iter().filter(|s| s.seq <= seq).max_by_key(|s| s.seq);
    let bytes: BTreeMap<u64, usize> = index.points.iter().map(|p| (p.seq, p.bytes)).collect();
    let mut points: Vec<&Point> = index.points.iter().filter(|p| p.seq <= head.seq).collect();
    points.sort_by_key(|p| std::cmp::Reverse(p.seq));
    let (mut kept, mut kept_snapshots, mut kept_changes) =
        (BTreeSet::new(), BTreeSet::from([head.seq]), BTreeSet::new());
    let mut used = head.bytes as u64;
    for (i, point) in points.into_iter().enumerate() {
        let pinned = index.settings.pinned == Some(point.seq);
        let Some(base) = base(point.seq) else { continue };
        if i > index.settings.keep && !pinned {
            continue;
        }
        let changes: Vec<u64> = (base.seq + 1..=point.seq).filter(|n| !kept_changes.contains(n)).collect();
        let snapshot = if kept_snapshots.contains(&base.seq) { 0 } else { base.bytes };
        let cost = (snapshot + changes.iter().map(|n| bytes.get(n).copied().unwrap_or(0)).sum::<usize>()) as u64;
        if i > 0 && !pinned && budget.is_some_and(|budget| used + cost > budget) {
            continue;
        }
        used += cost;
        kept.insert(point.seq);
        kept_snapshots.insert(base.seq);
        kept_changes.extend(changes);
    }
    let mut ops: Vec<Op> = Vec::new();
    for point in index.points.iter().filter(|p| p.seq <= head.seq && !kept.contains(&p.seq)) {
        ops.push(Op::Delete(Table::Points, Range::one(point.seq)));
    }
    // The journal up to the head, but for the changes kept: gaps between them, as ranges.
    let mut from = 0;
    for seq in kept_changes.iter().copied().chain([head.seq + 1]) {
        if seq > from {
            ops.push(Op::Delete(Table::Journal, Range::new(from, seq - 1)));
        }
        from = seq + 1;
    }
    for snapshot in index.snapshots.iter().filter(|s| s.seq <= head.seq && !kept_snapshots.contains(&s.seq)) {
        ops.push(Op::Delete(Table::Snapshots, Range::one(snapshot.seq)));
        ops.push(Op::Delete(Table::Chunks, Range::prefix(&format!("{:012}/", snapshot.seq))));
    }
    ops
}

/// The batch of a snapshot of `book` at the head, with what it lets go.
pub fn snapshot_batch(writer: Writer, index: &Index, book: &Book, budget: Option<u64>) -> (Batch, Snapshot) {
    let (mut ops, snapshot) = (writer.snapshot)(book, index.head_seq());
    ops.extend(retention(index, &snapshot, budget));
    (Batch { expect: None, ops, strict: false }, snapshot)
}

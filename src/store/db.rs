//! What the store asks of a database, as data: reads, and writes batched into one transaction that
//! happens whole or not at all. The browser runs them on IndexedDB (`idb.rs`); `Memory` runs them with the
//! same rules for the tests, and for a browser that refuses IndexedDB.

use std::collections::BTreeMap;
use std::future::Future;
use std::ops::Bound;

/// The object stores of the database. Each holds text values, the stored form's JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Table {
    /// `head` (the last change stored) and `settings` (backups kept, the pin, exports).
    Meta,
    /// The changes, by number: each the edits of the book's parts it made (`parts.rs`).
    Journal,
    /// One line per change, by number: when, what, how many members: the restore points.
    Points,
    /// The snapshots, by the number of the change they hold the book after.
    Snapshots,
    /// The snapshots' records, a thousand to a chunk, keyed `<snapshot>/<part>/<chunk>`.
    Chunks,
}

impl Table {
    pub const ALL: [Table; 5] = [Table::Meta, Table::Journal, Table::Points, Table::Snapshots, Table::Chunks];

    pub fn name(self) -> &'static str {
        match self {
            Table::Meta => "meta",
            Table::Journal => "journal",
            Table::Points => "points",
            Table::Snapshots => "snapshots",
            Table::Chunks => "chunks",
        }
    }
}

/// A key: a change's number, or a text. IndexedDB orders every number before every text, as this does.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Key {
    Num(u64),
    Text(String),
}

impl From<u64> for Key {
    fn from(n: u64) -> Self {
        Key::Num(n)
    }
}

impl From<&str> for Key {
    fn from(s: &str) -> Self {
        Key::Text(s.to_string())
    }
}

/// Keys from `from` to `to`, both included.
#[derive(Clone, Debug, PartialEq)]
pub struct Range {
    pub from: Key,
    pub to: Key,
}

impl Range {
    pub fn new(from: impl Into<Key>, to: impl Into<Key>) -> Self {
        Range { from: from.into(), to: to.into() }
    }

    pub fn one(key: impl Into<Key>) -> Self {
        let key = key.into();
        Range { from: key.clone(), to: key }
    }

    /// Every text key starting with `prefix`.
    pub fn prefix(prefix: &str) -> Self {
        Range::new(prefix, format!("{prefix}\u{ffff}").as_str())
    }

    /// Every numbered key.
    pub fn numbers() -> Self {
        Range::new(0, u64::MAX)
    }

    /// No key is in it: it ends before it starts. (IndexedDB refuses such a range; it holds nothing.)
    pub fn is_empty(&self) -> bool {
        self.from > self.to
    }
}

/// A stored value: JSON text, or bytes (a snapshot's chunks, compressed: a large book is read at once).
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Text(String),
    Bytes(Vec<u8>),
}

impl Value {
    pub fn len(&self) -> usize {
        match self {
            Value::Text(text) => text.len(),
            Value::Bytes(bytes) => bytes.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn text(self) -> Option<String> {
        match self {
            Value::Text(text) => Some(text),
            Value::Bytes(_) => None,
        }
    }
}

impl From<String> for Value {
    fn from(text: String) -> Self {
        Value::Text(text)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Read {
    Get(Table, Key),
    All(Table, Range),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Got {
    One(Option<Value>),
    Many(Vec<(Key, Value)>),
}

impl Got {
    /// The text of a record got by its key.
    pub fn one(self) -> Option<String> {
        match self {
            Got::One(value) => value?.text(),
            Got::Many(_) => None,
        }
    }

    /// The records of a range, text or bytes.
    pub fn values(self) -> Vec<(Key, Value)> {
        match self {
            Got::Many(values) => values,
            Got::One(_) => Vec::new(),
        }
    }

    /// The records of a range that hold text.
    pub fn many(self) -> Vec<(Key, String)> {
        self.values().into_iter().filter_map(|(k, v)| Some((k, v.text()?))).collect()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Op {
    Put(Table, Key, Value),
    Delete(Table, Range),
}

/// Writes done in one transaction, whole or not at all.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Batch {
    /// Written only if this record holds this text (or is absent, for `None`) when the transaction reads it:
    /// how a tab learns that another one has stored a change it has not seen.
    pub expect: Option<(Table, Key, Option<String>)>,
    pub ops: Vec<Op>,
    /// The page says "saved" when this completes, so it must be on disk, not in the system's cache.
    pub strict: bool,
}

impl Batch {
    pub fn put(&mut self, table: Table, key: impl Into<Key>, value: impl Into<Value>) {
        self.ops.push(Op::Put(table, key.into(), value.into()));
    }

    pub fn delete(&mut self, table: Table, range: Range) {
        self.ops.push(Op::Delete(table, range));
    }

    /// Bytes of text written, the measure of its cost.
    pub fn bytes(&self) -> usize {
        self.ops.iter().map(|op| if let Op::Put(_, _, value) = op { value.len() } else { 0 }).sum()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum DbError {
    /// The expected record held something else: here is what.
    Conflict(Option<String>),
    /// Over the quota (QuotaExceededError): nothing was written.
    Full,
    /// Anything else the database said; nothing was written.
    Failed(String),
}

/// A database that runs reads and batches. Each call is one transaction.
pub trait Db {
    fn read(&self, reads: Vec<Read>) -> impl Future<Output = Result<Vec<Got>, DbError>>;
    fn write(&self, batch: Batch) -> impl Future<Output = Result<(), DbError>>;
}

/// A database in memory, with a quota in bytes of keys and values, and writes that can be made to fail.
#[derive(Clone, Debug, Default)]
pub struct Memory {
    records: std::cell::RefCell<BTreeMap<(Table, Key), Value>>,
    quota: Option<usize>,
    failing: std::cell::Cell<bool>,
}

fn key_bytes(key: &Key) -> usize {
    match key {
        Key::Num(_) => 8,
        Key::Text(text) => text.len(),
    }
}

type Bounds = (Bound<(Table, Key)>, Bound<(Table, Key)>);

fn in_range(table: Table, range: &Range) -> Bounds {
    (Bound::Included((table, range.from.clone())), Bound::Included((table, range.to.clone())))
}

impl Memory {
    pub fn with_quota(quota: usize) -> Self {
        Memory { quota: Some(quota), ..Memory::default() }
    }

    /// Every write fails from now on, as a browser that lost its database would (`false` ends it).
    pub fn fail_writes(&self, failing: bool) {
        self.failing.set(failing);
    }

    /// Bytes of keys and values held.
    pub fn used(&self) -> usize {
        self.records.borrow().iter().map(|((_, k), v)| key_bytes(k) + v.len()).sum()
    }

    /// Changes a stored value behind the store's back, as damage on disk would.
    pub fn tamper(&self, table: Table, key: impl Into<Key>, value: Option<Value>) {
        let key = (table, key.into());
        match value {
            Some(value) => self.records.borrow_mut().insert(key, value),
            None => self.records.borrow_mut().remove(&key),
        };
    }

    pub fn get(&self, table: Table, key: impl Into<Key>) -> Option<Value> {
        self.records.borrow().get(&(table, key.into())).cloned()
    }

    pub fn keys(&self, table: Table) -> Vec<Key> {
        self.records.borrow().range(in_range(table, &Range::new(0, "\u{ffff}"))).map(|((_, k), _)| k.clone()).collect()
    }

    fn read_now(&self, reads: Vec<Read>) -> Vec<Got> {
        let records = self.records.borrow();
        reads
            .into_iter()
            .map(|read| match read {
                Read::Get(table, key) => Got::One(records.get(&(table, key)).cloned()),
                Read::All(_, range) if range.is_empty() => Got::Many(Vec::new()),
                Read::All(table, range) => Got::Many(
                    records.range(in_range(table, &range)).map(|((_, k), v)| (k.clone(), v.clone())).collect(),
                ),
            })
            .collect()
    }

    fn write_now(&self, batch: Batch) -> Result<(), DbError> {
        if self.failing.get() {
            return Err(DbError::Failed("UnknownError".into()));
        }
        let mut next = self.records.borrow().clone();
        if let Some((table, key, expected)) = batch.expect {
            let found = next.get(&(table, key)).cloned().and_then(Value::text);
            if found != expected {
                return Err(DbError::Conflict(found));
            }
        }
        for op in batch.ops {
            match op {
                Op::Put(table, key, value) => {
                    next.insert((table, key), value);
                }
                Op::Delete(_, range) if range.is_empty() => {}
                Op::Delete(table, range) => {
                    let gone: Vec<_> = next.range(in_range(table, &range)).map(|(k, _)| k.clone()).collect();
                    gone.iter().for_each(|k| {
                        next.remove(k);
                    });
                }
            }
        }
        let used: usize = next.iter().map(|((_, k), v)| key_bytes(k) + v.len()).sum();
        if self.quota.is_some_and(|quota| used > quota) {
            return Err(DbError::Full);
        }
        *self.records.borrow_mut() = next;
        Ok(())
    }
}

impl Db for Memory {
    fn read(&self, reads: Vec<Read>) -> impl Future<Output = Result<Vec<Got>, DbError>> {
        std::future::ready(Ok(self.read_now(reads)))
    }

    fn write(&self, batch: Batch) -> impl Future<Output = Result<(), DbError>> {
        std::future::ready(self.write_now(batch))
    }
}

/// One store seen by several tabs, as one IndexedDB is by the tabs of a site.
impl<D: Db> Db for std::rc::Rc<D> {
    fn read(&self, reads: Vec<Read>) -> impl Future<Output = Result<Vec<Got>, DbError>> {
        self.as_ref().read(reads)
    }

    fn write(&self, batch: Batch) -> impl Future<Output = Result<(), DbError>> {
        self.as_ref().write(batch)
    }
}

//! The book in parts: each list of records, and each single value, named by its place in the book's JSON
//! (`members`, `finance.vouchers`). A change is stored as the edits it made to parts, found by comparing the
//! book before and after it (records are shared between the two, so an untouched one is the same pointer);
//! a snapshot stores each part in chunks. Records are written with the exchange file's own serde types.

mod kinds;
mod table;

use crate::domain::book::Book;
pub use kinds::Pick;
use serde::Deserialize;
use serde_json::value::RawValue;
use std::collections::HashMap;
use std::ops::Range;
pub use table::{records, CLOCK, PARTS, RECORDS, STAMPS};

/// Records of a snapshot's chunk: enough to keep each chunk small, few enough that a large book is not a
/// write per record.
pub const CHUNK: usize = 1000;

/// One edit of a part: `remove` records from `at` replaced by the new book's records `insert`.
#[derive(Clone, Debug, PartialEq)]
pub struct Splice {
    pub at: usize,
    pub remove: usize,
    pub insert: Range<usize>,
}

/// What stamping needs of a part: the keys of its records and whether two are the same. No serde here: the
/// app's first chunk stamps every change (`RECORDS`), and must not carry the code that writes and reads
/// records, which the store's chunks and the merge bring.
pub trait Records: Sync {
    /// Its place in the book's JSON, with a dot between levels.
    fn name(&self) -> &'static str;
    fn len(&self, book: &Book) -> usize;
    /// The edits that turn `old`'s part into `new`'s.
    fn splices(&self, old: &Book, new: &Book) -> Vec<Splice>;
    /// The key of record `i`, stable across books: its id, a year, or empty for a single value.
    fn key(&self, book: &Book, i: usize) -> String;
    /// Whether record `i` of `a` holds the same as record `j` of `b`.
    fn same(&self, a: &Book, i: usize, b: &Book, j: usize) -> bool;
}

pub trait Part: Records {
    /// The records of `range` as a JSON array.
    fn write(&self, book: &Book, range: Range<usize>) -> String;
    /// A single value, stored as a list of one, rather than a list.
    fn single(&self) -> bool;
    /// Replaces `remove` records from `at` with those of a JSON array; fails on text that is not such records.
    fn apply(&self, book: &mut Book, at: usize, remove: usize, insert: &str) -> Result<(), String>;
    /// False for the stamps and the clock: what a merge keeps of the records, not records of the union.
    fn record(&self) -> bool {
        true
    }
    /// Record `i` as a JSON value, to show it field by field.
    fn value(&self, book: &Book, i: usize) -> serde_json::Value;
    /// Sets the part of `out` to the records picked, in order, from `ours`, `theirs` or as JSON values;
    /// fails on a value that is not such a record.
    fn rebuild(&self, out: &mut Book, picks: &[Pick], ours: &Book, theirs: &Book) -> Result<(), String>;
}

/// The edits between two lists: what lies between their common start and common end. When that stretch
/// has the same length on both sides, only the records that differ, so two edits far apart stay two small
/// edits; otherwise the stretch is replaced whole.
pub fn splices<T>(old: &[T], new: &[T], same: fn(&T, &T) -> bool) -> Vec<Splice> {
    splices_by(old.len(), new.len(), |i, j| same(&old[i], &new[j]))
}

/// `splices` over two sequences of `old_len` and `new_len` records, `same(i, j)` comparing old record `i`
/// with new record `j`.
fn splices_by(old_len: usize, new_len: usize, same: impl Fn(usize, usize) -> bool) -> Vec<Splice> {
    let prefix = (0..old_len.min(new_len)).take_while(|&i| same(i, i)).count();
    let room = old_len.min(new_len) - prefix;
    let suffix = (1..=room).take_while(|&k| same(old_len - k, new_len - k)).count();
    let (old_end, new_end) = (old_len - suffix, new_len - suffix);
    if old_end - prefix != new_end - prefix {
        return vec![Splice { at: prefix, remove: old_end - prefix, insert: prefix..new_end }];
    }
    let mut out = Vec::new();
    let mut i = prefix;
    while i < old_end {
        if same(i, i) {
            i += 1;
            continue;
        }
        let start = i;
        while i < old_end && !same(i, i) {
            i += 1;
        }
        out.push(Splice { at: start, remove: i - start, insert: start..i });
    }
    out
}

/// The keys of the records of `part` that differ between `old` and `new`: each with true when the record
/// is gone from `new`.
pub fn changed(part: &dyn Records, old: &Book, new: &Book) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    for s in part.splices(old, new) {
        let mut removed: HashMap<String, usize> = (s.at..s.at + s.remove).map(|i| (part.key(old, i), i)).collect();
        for j in s.insert {
            let key = part.key(new, j);
            match removed.remove(&key) {
                Some(i) if part.same(old, i, new, j) => {}
                _ => out.push((key, false)),
            }
        }
        out.extend(removed.into_keys().map(|key| (key, true)));
    }
    out
}

fn part(name: &str) -> Option<&'static dyn Part> {
    PARTS.iter().copied().find(|p| p.name() == name)
}

/// One edit as the journal stores it.
#[derive(Deserialize)]
struct Edit<'a> {
    part: &'a str,
    at: usize,
    remove: usize,
    #[serde(borrow)]
    insert: &'a RawValue,
}

/// The change from `old` to `new` as the journal stores it: a JSON array of edits, `[]` when nothing changed.
pub fn delta(old: &Book, new: &Book) -> String {
    let mut out = String::from("[");
    for part in PARTS {
        for s in part.splices(old, new) {
            if out.len() > 1 {
                out.push(',');
            }
            let records = part.write(new, s.insert);
            let name = part.name();
            out.push_str(&format!(r#"{{"part":"{name}","at":{},"remove":{},"insert":{records}}}"#, s.at, s.remove));
        }
    }
    out.push(']');
    out
}

/// Makes on `book` the change a delta records; fails, leaving `book` partly changed, on a damaged delta.
pub fn apply(book: &mut Book, delta: &str) -> Result<(), String> {
    let edits: Vec<Edit> = serde_json::from_str(delta).map_err(|e| e.to_string())?;
    for edit in edits {
        let part = part(edit.part).ok_or_else(|| format!("unknown part {}", edit.part))?;
        part.apply(book, edit.at, edit.remove, edit.insert.get())?;
    }
    Ok(())
}

/// The book as a snapshot's chunks: each part's records, a thousand at a time, with the part's name and
/// the chunk's number. A list with no records has no chunk.
pub fn chunks(book: &Book) -> impl Iterator<Item = (&'static str, usize, String)> + '_ {
    PARTS.iter().flat_map(move |part| {
        let len = part.len(book);
        (0..len.div_ceil(CHUNK)).map(move |n| (part.name(), n, part.write(book, n * CHUNK..len.min((n + 1) * CHUNK))))
    })
}

/// The book's JSON from a snapshot's chunks, given in their order: each part's arrays joined, single values
/// unwrapped, nested parts gathered under their object. `None` when a chunk is not an array or a single
/// value has more than one.
pub fn book_json<'a>(chunks: impl IntoIterator<Item = (&'a str, &'a str)>) -> Option<String> {
    let mut found: Vec<Vec<&str>> = vec![Vec::new(); PARTS.len()];
    let mut bytes = 0;
    for (name, text) in chunks {
        let i = PARTS.iter().position(|p| p.name() == name)?;
        let inner = text.trim().strip_prefix('[')?.strip_suffix(']')?.trim();
        if !inner.is_empty() {
            bytes += inner.len() + 1;
            found[i].push(inner);
        }
    }
    // One buffer the size of the book: a 50,000-member book is 54 MB of JSON, not to be copied twice.
    let mut out = String::with_capacity(bytes + 1024);
    out.push('{');
    let mut open: Option<&str> = None;
    for (part, records) in PARTS.iter().zip(&found) {
        let name = part.name();
        if part.single() && records.is_empty() {
            // A value stored before the book had it (`ending`) is left out: the book reads its default, or
            // names the required field that is missing.
            continue;
        }
        let (object, field) = name.split_once('.').map_or((None, name), |(o, f)| (Some(o), f));
        if open != object {
            if open.is_some() {
                out.push('}');
            }
            if out.len() > 1 {
                out.push(',');
            }
            if let Some(object) = object {
                out.push_str(&format!("\"{object}\":{{"));
            }
            open = object;
        } else if !out.ends_with('{') {
            out.push(',');
        }
        out.push_str(&format!("\"{field}\":"));
        match part.single() {
            true if records.len() == 1 => out.push_str(records[0]),
            true => return None,
            false => {
                out.push('[');
                for (i, chunk) in records.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    out.push_str(chunk);
                }
                out.push(']');
            }
        }
    }
    if open.is_some() {
        out.push('}');
    }
    out.push('}');
    Some(out)
}

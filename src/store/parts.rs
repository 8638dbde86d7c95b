//! The book in parts: each list of records, and each single value, named by its place in the book's JSON
//! (`members`, `finance.vouchers`). A change is stored as the edits it made to parts, found by comparing the
//! book before and after it (records are shared between the two, so an untouched one is the same pointer);
//! a snapshot stores each part in chunks. Records are written with the exchange file's own serde types.

use crate::domain::book::Book;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use std::ops::Range;
use std::sync::Arc;

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

pub trait Part: Sync {
    /// Its place in the book's JSON, with a dot between levels.
    fn name(&self) -> &'static str;
    fn len(&self, book: &Book) -> usize;
    /// The edits that turn `old`'s part into `new`'s.
    fn splices(&self, old: &Book, new: &Book) -> Vec<Splice>;
    /// The records of `range` as a JSON array.
    fn write(&self, book: &Book, range: Range<usize>) -> String;
    /// A single value, stored as a list of one, rather than a list.
    fn single(&self) -> bool;
    /// Replaces `remove` records from `at` with those of a JSON array; fails on text that is not such records.
    fn apply(&self, book: &mut Book, at: usize, remove: usize, insert: &str) -> Result<(), String>;
}

/// A list of records.
struct List<T: 'static> {
    name: &'static str,
    get: fn(&Book) -> &Vec<T>,
    get_mut: fn(&mut Book) -> &mut Vec<T>,
    same: fn(&T, &T) -> bool,
}

/// A single value, stored as a list of one.
struct One<T: 'static> {
    name: &'static str,
    get: fn(&Book) -> &T,
    get_mut: fn(&mut Book) -> &mut T,
}

fn array<T: Serialize>(records: &[T]) -> String {
    serde_json::to_string(records).unwrap_or_else(|_| "[]".into())
}

impl<T: Serialize + DeserializeOwned + PartialEq + Sync> Part for List<T> {
    fn name(&self) -> &'static str {
        self.name
    }

    fn len(&self, book: &Book) -> usize {
        (self.get)(book).len()
    }

    fn single(&self) -> bool {
        false
    }

    fn splices(&self, old: &Book, new: &Book) -> Vec<Splice> {
        splices((self.get)(old), (self.get)(new), self.same)
    }

    fn write(&self, book: &Book, range: Range<usize>) -> String {
        array(&(self.get)(book)[range])
    }

    fn apply(&self, book: &mut Book, at: usize, remove: usize, insert: &str) -> Result<(), String> {
        let records: Vec<T> = serde_json::from_str(insert).map_err(|e| e.to_string())?;
        let list = (self.get_mut)(book);
        let end = at.checked_add(remove).filter(|end| *end <= list.len()).ok_or("edit past the end")?;
        list.splice(at..end, records);
        Ok(())
    }
}

impl<T: Serialize + DeserializeOwned + PartialEq + Sync> Part for One<T> {
    fn name(&self) -> &'static str {
        self.name
    }

    fn len(&self, _: &Book) -> usize {
        1
    }

    fn single(&self) -> bool {
        true
    }

    fn splices(&self, old: &Book, new: &Book) -> Vec<Splice> {
        if (self.get)(old) == (self.get)(new) {
            Vec::new()
        } else {
            vec![Splice { at: 0, remove: 1, insert: 0..1 }]
        }
    }

    fn write(&self, book: &Book, _: Range<usize>) -> String {
        array(std::slice::from_ref((self.get)(book)))
    }

    fn apply(&self, book: &mut Book, _: usize, _: usize, insert: &str) -> Result<(), String> {
        let [value]: [T; 1] = serde_json::from_str(insert).map_err(|e| e.to_string())?;
        *(self.get_mut)(book) = value;
        Ok(())
    }
}

/// The edits between two lists: what lies between their common start and common end. When that stretch
/// has the same length on both sides, only the records that differ, so two edits far apart stay two small
/// edits; otherwise the stretch is replaced whole.
pub fn splices<T>(old: &[T], new: &[T], same: fn(&T, &T) -> bool) -> Vec<Splice> {
    let prefix = old.iter().zip(new).take_while(|(a, b)| same(a, b)).count();
    let room = old.len().min(new.len()) - prefix;
    let suffix = old.iter().rev().zip(new.iter().rev()).take(room).take_while(|(a, b)| same(a, b)).count();
    let (old_end, new_end) = (old.len() - suffix, new.len() - suffix);
    if old_end - prefix != new_end - prefix {
        return vec![Splice { at: prefix, remove: old_end - prefix, insert: prefix..new_end }];
    }
    let mut out = Vec::new();
    let mut i = prefix;
    while i < old_end {
        if same(&old[i], &new[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < old_end && !same(&old[i], &new[i]) {
            i += 1;
        }
        out.push(Splice { at: start, remove: i - start, insert: start..i });
    }
    out
}

fn shared<T: PartialEq>(a: &Arc<T>, b: &Arc<T>) -> bool {
    Arc::ptr_eq(a, b) || a == b
}

/// Every part of the book, in the order of its JSON. A field added to `Book` must be added here: the store
/// test that destructures `Book` fails to compile until it is.
pub static PARTS: [&dyn Part; 20] = [
    &One { name: "union", get: |b| &b.union, get_mut: |b| &mut b.union },
    &One { name: "settings", get: |b| &b.settings, get_mut: |b| &mut b.settings },
    &List { name: "groups", get: |b| &b.groups, get_mut: |b| &mut b.groups, same: PartialEq::eq },
    &List { name: "members", get: |b| &b.members, get_mut: |b| &mut b.members, same: shared },
    &List { name: "trash", get: |b| &b.trash, get_mut: |b| &mut b.trash, same: PartialEq::eq },
    &List { name: "appointments", get: |b| &b.appointments, get_mut: |b| &mut b.appointments, same: PartialEq::eq },
    &List { name: "reports", get: |b| &b.reports, get_mut: |b| &mut b.reports, same: PartialEq::eq },
    &List {
        name: "activities.welfare",
        get: |b| &b.activities.welfare,
        get_mut: |b| &mut Arc::make_mut(&mut b.activities).welfare,
        same: PartialEq::eq,
    },
    &List {
        name: "activities.events",
        get: |b| &b.activities.events,
        get_mut: |b| &mut Arc::make_mut(&mut b.activities).events,
        same: PartialEq::eq,
    },
    &List {
        name: "activities.titles",
        get: |b| &b.activities.titles,
        get_mut: |b| &mut Arc::make_mut(&mut b.activities).titles,
        same: PartialEq::eq,
    },
    &List {
        name: "activities.initiatives",
        get: |b| &b.activities.initiatives,
        get_mut: |b| &mut Arc::make_mut(&mut b.activities).initiatives,
        same: PartialEq::eq,
    },
    &List {
        name: "activities.targets",
        get: |b| &b.activities.targets,
        get_mut: |b| &mut Arc::make_mut(&mut b.activities).targets,
        same: PartialEq::eq,
    },
    &One { name: "finance.settings", get: |b| &b.finance.settings, get_mut: |b| &mut b.finance.settings },
    &List { name: "finance.funds", get: |b| &b.finance.funds, get_mut: |b| &mut b.finance.funds, same: PartialEq::eq },
    &List {
        name: "finance.categories",
        get: |b| &b.finance.categories,
        get_mut: |b| &mut b.finance.categories,
        same: PartialEq::eq,
    },
    &One { name: "finance.rules", get: |b| &b.finance.rules, get_mut: |b| &mut b.finance.rules },
    &List {
        name: "finance.vouchers",
        get: |b| &b.finance.vouchers,
        get_mut: |b| &mut b.finance.vouchers,
        same: shared,
    },
    &List {
        name: "finance.budgets",
        get: |b| &b.finance.budgets,
        get_mut: |b| &mut b.finance.budgets,
        same: PartialEq::eq,
    },
    &List {
        name: "finance.closings",
        get: |b| &b.finance.closings,
        get_mut: |b| &mut b.finance.closings,
        same: PartialEq::eq,
    },
    &List { name: "handovers", get: |b| &b.handovers, get_mut: |b| &mut b.handovers, same: PartialEq::eq },
];

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
/// value is missing.
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

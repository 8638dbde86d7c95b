//! The kinds of part: a list of records, a single value, and the stamps' persistent vector; how each is
//! compared, written, read back and rebuilt by a merge.

use super::{splices, splices_by, Part, Records, Splice, CLOCK, STAMPS};
use crate::domain::book::Book;
use crate::domain::stamps::Stamp;
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::ops::Range;
use std::sync::Arc;

/// A record of a merged part: one side's record `i`, or a record made of both sides' fields.
#[derive(Clone, Debug, PartialEq)]
pub enum Pick {
    Ours(usize),
    Theirs(usize),
    Made(serde_json::Value),
}

fn picked<T: Clone + DeserializeOwned>(pick: &Pick, ours: &[T], theirs: &[T]) -> Result<T, String> {
    match pick {
        Pick::Ours(i) => ours.get(*i).cloned().ok_or_else(|| "no such record".into()),
        Pick::Theirs(i) => theirs.get(*i).cloned().ok_or_else(|| "no such record".into()),
        Pick::Made(value) => T::deserialize(value).map_err(|e| e.to_string()),
    }
}

/// A list of records.
pub(super) struct List<T: 'static> {
    pub(super) name: &'static str,
    pub(super) get: fn(&Book) -> &Vec<T>,
    pub(super) get_mut: fn(&mut Book) -> &mut Vec<T>,
    pub(super) same: fn(&T, &T) -> bool,
    pub(super) key: fn(&T) -> String,
}

/// A single value, stored as a list of one.
pub(super) struct One<T: 'static> {
    pub(super) name: &'static str,
    pub(super) get: fn(&Book) -> &T,
    pub(super) get_mut: fn(&mut Book) -> &mut T,
}

fn array<T: Serialize>(records: &[T]) -> String {
    serde_json::to_string(records).unwrap_or_else(|_| "[]".into())
}

impl<T: PartialEq + Sync> Records for List<T> {
    fn name(&self) -> &'static str {
        self.name
    }

    fn len(&self, book: &Book) -> usize {
        (self.get)(book).len()
    }

    fn splices(&self, old: &Book, new: &Book) -> Vec<Splice> {
        splices((self.get)(old), (self.get)(new), self.same)
    }

    fn key(&self, book: &Book, i: usize) -> String {
        (self.key)(&(self.get)(book)[i])
    }

    fn same(&self, a: &Book, i: usize, b: &Book, j: usize) -> bool {
        (self.same)(&(self.get)(a)[i], &(self.get)(b)[j])
    }
}

impl<T: Serialize + DeserializeOwned + PartialEq + Clone + Sync> Part for List<T> {
    fn single(&self) -> bool {
        false
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

    fn record(&self) -> bool {
        self.name != CLOCK
    }

    fn value(&self, book: &Book, i: usize) -> serde_json::Value {
        serde_json::to_value(&(self.get)(book)[i]).unwrap_or_default()
    }

    fn rebuild(&self, out: &mut Book, picks: &[Pick], ours: &Book, theirs: &Book) -> Result<(), String> {
        let (ours, theirs) = ((self.get)(ours), (self.get)(theirs));
        let list = picks.iter().map(|p| picked(p, ours, theirs)).collect::<Result<Vec<T>, String>>()?;
        *(self.get_mut)(out) = list;
        Ok(())
    }
}

impl<T: PartialEq + Sync> Records for One<T> {
    fn name(&self) -> &'static str {
        self.name
    }

    fn len(&self, _: &Book) -> usize {
        1
    }

    fn splices(&self, old: &Book, new: &Book) -> Vec<Splice> {
        if (self.get)(old) == (self.get)(new) {
            Vec::new()
        } else {
            vec![Splice { at: 0, remove: 1, insert: 0..1 }]
        }
    }

    fn key(&self, _: &Book, _: usize) -> String {
        String::new()
    }

    fn same(&self, a: &Book, _: usize, b: &Book, _: usize) -> bool {
        (self.get)(a) == (self.get)(b)
    }
}

impl<T: Serialize + DeserializeOwned + PartialEq + Clone + Sync> Part for One<T> {
    fn single(&self) -> bool {
        true
    }

    fn write(&self, book: &Book, _: Range<usize>) -> String {
        array(std::slice::from_ref((self.get)(book)))
    }

    fn apply(&self, book: &mut Book, _: usize, _: usize, insert: &str) -> Result<(), String> {
        let [value]: [T; 1] = serde_json::from_str(insert).map_err(|e| e.to_string())?;
        *(self.get_mut)(book) = value;
        Ok(())
    }

    fn value(&self, book: &Book, _: usize) -> serde_json::Value {
        serde_json::to_value((self.get)(book)).unwrap_or_default()
    }

    fn rebuild(&self, out: &mut Book, picks: &[Pick], ours: &Book, theirs: &Book) -> Result<(), String> {
        let (ours, theirs) = (std::slice::from_ref((self.get)(ours)), std::slice::from_ref((self.get)(theirs)));
        let [pick] = picks else { return Err("a single value is one record".into()) };
        *(self.get_mut)(out) = picked(pick, ours, theirs)?;
        Ok(())
    }
}

/// The stamps: a persistent vector, edited in place like a list.
pub(super) struct Sorted;

impl Records for Sorted {
    fn name(&self) -> &'static str {
        STAMPS
    }

    fn len(&self, book: &Book) -> usize {
        book.stamps.0.len()
    }

    fn splices(&self, old: &Book, new: &Book) -> Vec<Splice> {
        let (old, new) = (&old.stamps.0, &new.stamps.0);
        if old.ptr_eq(new) {
            return Vec::new();
        }
        splices_by(old.len(), new.len(), |i, j| old[i] == new[j])
    }

    fn key(&self, book: &Book, i: usize) -> String {
        let stamp = &book.stamps.0[i];
        format!("{}/{}", stamp.part, stamp.key)
    }

    fn same(&self, a: &Book, i: usize, b: &Book, j: usize) -> bool {
        a.stamps.0[i] == b.stamps.0[j]
    }
}

impl Part for Sorted {
    fn single(&self) -> bool {
        false
    }

    fn record(&self) -> bool {
        false
    }

    fn write(&self, book: &Book, range: Range<usize>) -> String {
        let records: Vec<&Stamp> = book.stamps.0.iter().skip(range.start).take(range.len()).collect();
        array(&records)
    }

    fn apply(&self, book: &mut Book, at: usize, remove: usize, insert: &str) -> Result<(), String> {
        let records: Vec<Stamp> = serde_json::from_str(insert).map_err(|e| e.to_string())?;
        let list = &mut book.stamps.0;
        let end = at.checked_add(remove).filter(|end| *end <= list.len()).ok_or("edit past the end")?;
        let mut tail = list.split_off(at);
        let rest = tail.split_off(end - at);
        list.extend(records);
        list.append(rest);
        Ok(())
    }

    fn value(&self, book: &Book, i: usize) -> serde_json::Value {
        serde_json::to_value(&book.stamps.0[i]).unwrap_or_default()
    }

    fn rebuild(&self, _: &mut Book, _: &[Pick], _: &Book, _: &Book) -> Result<(), String> {
        Err("the stamps are set by the merge itself".into())
    }
}

pub(super) fn shared<T: PartialEq>(a: &Arc<T>, b: &Arc<T>) -> bool {
    Arc::ptr_eq(a, b) || a == b
}

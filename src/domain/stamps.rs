//! What a merge needs to know of each record: when and on which browser it last changed, and, for a record
//! deleted, a mark in its place. The stamps sit beside the records, not in them, and are set in one place:
//! after each command, by comparing the book before and after it (`Book::stamp`), so no command can forget.
//! They are kept in a persistent vector: a copy of the book (undo, a backup) shares them, as it shares the
//! records.

use crate::domain::book::Book;
use crate::domain::parts;
use crate::domain::skip::is_false;
use chrono::{DateTime, Duration, Utc};
use imbl::Vector;
use serde::{Deserialize, Deserializer, Serialize};

/// The last change of one record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    /// The part of the book the record lives in (`members`, `finance.vouchers`), as `parts::PARTS` names it.
    pub part: String,
    /// The record's key in its part: its id; the year for budgets and closings; empty for a single value.
    pub key: String,
    pub at: DateTime<Utc>,
    /// The browser that made the change (`Tick::by`).
    pub by: String,
    /// The record was deleted: the mark tells "deleted there" from "never there".
    #[serde(default, skip_serializing_if = "is_false")]
    pub gone: bool,
}

impl Stamp {
    /// The newer of two stamps, the same whichever is given first.
    pub fn later<'a>(a: &'a Stamp, b: &'a Stamp) -> &'a Stamp {
        if (b.at, &b.by, b.gone) > (a.at, &a.by, a.gone) {
            b
        } else {
            a
        }
    }
}

/// The newest change a book holds from one browser. A book whose tick for a browser is at or after a stamp
/// of that browser has seen the change it stamps.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tick {
    /// A random id each browser keeps for itself.
    pub by: String,
    pub at: DateTime<Utc>,
}

/// A stamp per record ever changed, sorted by part and key.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(transparent)]
pub struct Stamps(pub Vector<Stamp>);

impl<'de> Deserialize<'de> for Stamps {
    /// A file's stamps in any order, a key twice: sorted, the newer kept.
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let mut list: Vec<Stamp> = Vec::deserialize(d)?;
        list.sort_by(|a, b| (&a.part, &a.key).cmp(&(&b.part, &b.key)).then(a.at.cmp(&b.at)));
        let mut out: Vec<Stamp> = Vec::with_capacity(list.len());
        for stamp in list {
            match out.last_mut() {
                Some(last) if last.part == stamp.part && last.key == stamp.key => *last = stamp,
                _ => out.push(stamp),
            }
        }
        Ok(Stamps(out.into_iter().collect()))
    }
}

impl Stamps {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn find(&self, part: &str, key: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|s| (s.part.as_str(), s.key.as_str()).cmp(&(part, key)))
    }

    pub fn get(&self, part: &str, key: &str) -> Option<&Stamp> {
        self.find(part, key).ok().map(|i| &self.0[i])
    }

    pub fn set(&mut self, stamp: Stamp) {
        match self.find(&stamp.part, &stamp.key) {
            Ok(i) => {
                self.0.set(i, stamp);
            }
            Err(i) => self.0.insert(i, stamp),
        }
    }
}

/// The tick of `by` in a clock, if it has one.
pub fn tick_of(clock: &[Tick], by: &str) -> Option<DateTime<Utc>> {
    clock.iter().find(|t| t.by == by).map(|t| t.at)
}

/// Whether a book with `clock` has seen the change `stamp` records; a record without a stamp was never
/// changed since stamps were kept, and every book has seen it.
pub fn seen(clock: &[Tick], stamp: Option<&Stamp>) -> bool {
    stamp.is_none_or(|s| tick_of(clock, &s.by).is_some_and(|at| at >= s.at))
}

/// The newest tick of each browser in either clock, sorted by browser.
pub fn joined(a: &[Tick], b: &[Tick]) -> Vec<Tick> {
    let mut out: Vec<Tick> = a.to_vec();
    for tick in b {
        match out.iter_mut().find(|t| t.by == tick.by) {
            Some(t) => t.at = t.at.max(tick.at),
            None => out.push(tick.clone()),
        }
    }
    out.sort_by(|x, y| x.by.cmp(&y.by));
    out
}

impl Book {
    /// The time of the next change on `device`: now, or just after its last one, so a browser's changes
    /// stay in order whatever its clock does.
    pub fn next_tick(&self, device: &str, now: DateTime<Utc>) -> DateTime<Utc> {
        match tick_of(&self.clock, device) {
            Some(last) if last >= now => last + Duration::milliseconds(1),
            _ => now,
        }
    }

    /// Notes that the book holds a change of `device` at `at`.
    pub fn advance(&mut self, device: &str, at: DateTime<Utc>) {
        self.clock = joined(&self.clock, &[Tick { by: device.to_string(), at }]);
    }

    /// Stamps every record that differs from `before` as changed now on `device`, and marks those gone.
    /// A record whose stamp the command set itself (a merge) keeps it.
    pub fn stamp(&mut self, before: &Book, device: &str, now: DateTime<Utc>) {
        let mut touched = Vec::new();
        for part in parts::RECORDS {
            for (key, gone) in parts::changed(part, before, self) {
                let name = part.name();
                if self.stamps.get(name, &key) == before.stamps.get(name, &key) {
                    touched.push((name, key, gone));
                }
            }
        }
        if touched.is_empty() {
            return;
        }
        let at = self.next_tick(device, now);
        for (part, key, gone) in touched {
            self.stamps.set(Stamp { part: part.to_string(), key, at, by: device.to_string(), gone });
        }
        self.advance(device, at);
    }
}

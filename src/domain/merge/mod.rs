//! Merging another copy of the book into the open one ("Gộp sổ"). Record by record (`parts::records`), by
//! key: a record changed on one side only since the two last shared a version is taken from that side; one
//! changed on both sides is a conflict the user decides, field by field. Which side changed is told by the
//! stamps and the clocks (`stamps`): a side whose clock has reached the other's stamp has seen that change.
//! Nothing is decided silently: a change in a closed year is a conflict too, and two vouchers with one number
//! are renumbered only with the user's consent.

mod numbers;
mod result;

use crate::domain::book::Book;
use crate::domain::file::personal;
use crate::domain::parts::{self, Part};
use crate::domain::stamps::{seen, Stamp};
use crate::domain::text::fold;
use chrono::Datelike;
pub use numbers::Renumbering;
pub use result::{Decision, MergeError, Side};
use serde_json::Value;
use std::collections::HashMap;

/// What the merge does to one part of the book, counted.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Area {
    pub part: &'static str,
    pub added: usize,
    pub changed: usize,
    pub deleted: usize,
    pub conflicts: usize,
}

/// Why a record is a conflict.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    /// Changed on both sides since they last shared a version.
    Both,
    /// Changed on the other side in a year this book has closed.
    ClosedYear(i32),
}

/// A field that differs between the two versions of a record, as JSON values (null where a side lacks it).
#[derive(Clone, Debug, PartialEq)]
pub struct FieldDiff {
    pub name: String,
    pub ours: Value,
    pub theirs: Value,
}

/// A record the user decides. When one side has deleted it, `fields` is empty and the choice is whole:
/// keep the other side's record, or delete it.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    pub part: &'static str,
    pub key: String,
    /// What names the record to a person: a member's name, a voucher's number.
    pub label: String,
    pub reason: Reason,
    pub ours: Option<Value>,
    pub theirs: Option<Value>,
    pub fields: Vec<FieldDiff>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Take {
    /// Both hold the same, or neither has it.
    Same,
    Ours,
    Theirs,
    Conflict(usize),
}

#[derive(Clone, Debug)]
struct Entry {
    key: String,
    ours: Option<usize>,
    theirs: Option<usize>,
    take: Take,
}

/// The merge of a file into the open book, worked out and not yet made: what the preview shows.
#[derive(Clone, Debug)]
pub struct Plan {
    ours: Book,
    theirs: Book,
    /// Per record part, in `parts::records()` order.
    entries: Vec<Vec<Entry>>,
    pub areas: Vec<Area>,
    pub conflicts: Vec<Conflict>,
    pub renumbered: Vec<Renumbering>,
    /// The file is the book of another union (by its name): said before merging.
    pub other_union: Option<String>,
}

impl Plan {
    /// Nothing to take from the file.
    pub fn is_empty(&self) -> bool {
        self.conflicts.is_empty() && self.areas.iter().all(|a| a.added + a.changed + a.deleted == 0)
    }
}

fn keys(part: &dyn Part, book: &Book) -> HashMap<String, usize> {
    (0..part.len(book)).map(|i| (part.key(book, i), i)).collect()
}

/// Works out the merge of `theirs` into `ours`. A file without personal data (`personal_data` false) has its
/// members' personal fields taken from `ours` first: it never wipes them.
pub fn plan(ours: &Book, theirs: Book, personal_data: bool) -> Plan {
    let theirs = if personal_data { theirs } else { personal::keep_personal(theirs, ours) };
    let mut plan = Plan {
        ours: ours.clone(),
        entries: Vec::new(),
        areas: Vec::new(),
        conflicts: Vec::new(),
        renumbered: Vec::new(),
        other_union: (fold(&ours.union.current().name) != fold(&theirs.union.current().name))
            .then(|| theirs.union.current().name.clone()),
        theirs,
    };
    for part in parts::records() {
        let entries = plan.part_entries(*part);
        plan.entries.push(entries);
    }
    plan.renumbered = numbers::collisions(&plan);
    plan
}

impl Plan {
    fn part_entries(&mut self, part: &'static dyn Part) -> Vec<Entry> {
        let (ours, theirs) = (&self.ours, &self.theirs);
        let mine = keys(part, ours);
        let other = keys(part, theirs);
        let order = (0..part.len(ours))
            .map(|i| part.key(ours, i))
            .chain((0..part.len(theirs)).map(|j| part.key(theirs, j)).filter(|k| !mine.contains_key(k)));
        let mut area = Area { part: part.name(), ..Area::default() };
        let mut entries = Vec::new();
        for key in order.collect::<Vec<_>>() {
            let (o, t) = (mine.get(&key).copied(), other.get(&key).copied());
            let mut take = self.decide(part, &key, o, t);
            if take == Take::Theirs {
                if let Some(year) = self.closed_year(part, o, t) {
                    take = self.conflict(part, &key, o, t, Reason::ClosedYear(year));
                }
            } else if take == Take::Conflict(usize::MAX) {
                take = self.conflict(part, &key, o, t, Reason::Both);
            }
            match (take, o, t) {
                (Take::Theirs, None, Some(_)) => area.added += 1,
                (Take::Theirs, Some(_), None) => area.deleted += 1,
                (Take::Theirs, Some(_), Some(_)) => area.changed += 1,
                (Take::Conflict(_), _, _) => area.conflicts += 1,
                _ => {}
            }
            entries.push(Entry { key, ours: o, theirs: t, take });
        }
        self.areas.push(area);
        entries
    }

    /// Which side's version of a record the merge takes; `Conflict(usize::MAX)` for one to decide.
    fn decide(&self, part: &dyn Part, key: &str, o: Option<usize>, t: Option<usize>) -> Take {
        let equal = match (o, t) {
            (None, None) => true,
            (Some(i), Some(j)) => part.same(&self.ours, i, &self.theirs, j),
            _ => false,
        };
        let (so, st) = (self.ours.stamps.get(part.name(), key), self.theirs.stamps.get(part.name(), key));
        if equal {
            return Take::Same;
        }
        if so.is_some() && so == st {
            // One version on both sides, told apart only by what a file leaves out: this book's is whole.
            return Take::Ours;
        }
        match (seen(&self.theirs.clock, so), seen(&self.ours.clock, st)) {
            (true, false) => Take::Theirs,
            (false, true) => Take::Ours,
            _ => Take::Conflict(usize::MAX),
        }
    }

    /// The closed year of this book a voucher taken from the other side falls in, if any.
    fn closed_year(&self, part: &dyn Part, o: Option<usize>, t: Option<usize>) -> Option<i32> {
        if part.name() != "finance.vouchers" {
            return None;
        }
        let dates = o.map(|i| self.ours.finance.vouchers[i].date).into_iter();
        let mut years = dates.chain(t.map(|j| self.theirs.finance.vouchers[j].date)).map(|d| d.year());
        years.find(|y| self.ours.finance.is_closed(*y))
    }

    fn conflict(&mut self, part: &dyn Part, key: &str, o: Option<usize>, t: Option<usize>, reason: Reason) -> Take {
        let ours = o.map(|i| part.value(&self.ours, i));
        let theirs = t.map(|j| part.value(&self.theirs, j));
        let fields = match (&ours, &theirs) {
            (Some(Value::Object(a)), Some(Value::Object(b))) => {
                let names = a.keys().chain(b.keys().filter(|k| !a.contains_key(*k)));
                names
                    .filter(|name| a.get(*name) != b.get(*name))
                    .map(|name| FieldDiff {
                        name: name.clone(),
                        ours: a.get(name).cloned().unwrap_or(Value::Null),
                        theirs: b.get(name).cloned().unwrap_or(Value::Null),
                    })
                    .collect()
            }
            (Some(a), Some(b)) => vec![FieldDiff { name: String::new(), ours: a.clone(), theirs: b.clone() }],
            _ => Vec::new(),
        };
        let label = label(part.name(), ours.as_ref().or(theirs.as_ref()));
        self.conflicts.push(Conflict { part: part.name(), key: key.to_string(), label, reason, ours, theirs, fields });
        Take::Conflict(self.conflicts.len() - 1)
    }

    /// The stamp the merged book keeps for a record taken as `take`.
    fn stamp_of(&self, part: &str, key: &str, take: Take) -> Option<&Stamp> {
        let (so, st) = (self.ours.stamps.get(part, key), self.theirs.stamps.get(part, key));
        match take {
            Take::Ours => so,
            Take::Theirs => st,
            Take::Same | Take::Conflict(_) => match (so, st) {
                (Some(a), Some(b)) => Some(Stamp::later(a, b)),
                (a, b) => a.or(b),
            },
        }
    }
}

/// A person's name for a record, from its JSON: a voucher's number, else the first naming field it has.
fn label(part: &str, value: Option<&Value>) -> String {
    let Some(value) = value else { return String::new() };
    if part == "finance.vouchers" {
        if let Ok(v) = serde_json::from_value::<crate::domain::finance::Voucher>(value.clone()) {
            return format!("{} {}", v.code(), v.reason);
        }
    }
    let text = |name: &str| value.get(name).and_then(Value::as_str).map(str::to_string);
    ["full_name", "name", "title", "reason", "year"]
        .iter()
        .find_map(|name| text(name).or_else(|| value.get(*name).and_then(Value::as_i64).map(|n| n.to_string())))
        .or_else(|| value.get("member").and_then(|m| m.get("full_name")).and_then(Value::as_str).map(str::to_string))
        .unwrap_or_default()
}

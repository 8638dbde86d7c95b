//! The merged book, once the user has decided every conflict: each record from the side the plan or the
//! user chose, the stamps that go with it, and the clocks joined. What the merge itself decides (a conflict
//! answered, a voucher renumbered) is a change of this browser, stamped now.

use super::{numbers, Entry, Plan, Take};
use crate::domain::book::Book;
use crate::domain::file::{check_stored, FileError};
use crate::domain::parts::{self, Part, Pick};
use crate::domain::stamps::{joined, Stamp, Stamps};
use chrono::{DateTime, Utc};
use serde_json::{json, Value};
use std::collections::{HashMap, HashSet};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Ours,
    Theirs,
}

/// The answer to a conflict: a side for each of its fields, in their order, or one side for the whole
/// record when one side has deleted it (that side's choice deletes it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decision(pub Vec<Side>);

#[derive(Clone, Debug, PartialEq)]
pub enum MergeError {
    /// Conflict `n` has no answer, or one that does not fit it.
    Undecided(usize),
    /// Vouchers would be renumbered and the user has not agreed.
    NoConsent,
    /// The fields chosen do not make a record.
    Broken { part: &'static str, reason: String },
    /// The merged book fails a check every imported file passes.
    Check(FileError),
}

impl Plan {
    /// The merged book; `decisions[n]` answers conflict n, `renumber` is the consent to renumber.
    pub fn merged(
        &self,
        decisions: &[Decision],
        renumber: bool,
        device: &str,
        now: DateTime<Utc>,
    ) -> Result<Book, MergeError> {
        if !self.renumbered.is_empty() && !renumber {
            return Err(MergeError::NoConsent);
        }
        let mut out = self.ours.clone();
        let mut fresh: HashSet<(&'static str, String)> = HashSet::new();
        for (n, (part, entries)) in parts::records().zip(&self.entries).enumerate() {
            let mut picks = Vec::with_capacity(entries.len());
            for entry in entries {
                let pick = match entry.take {
                    Take::Same | Take::Ours => entry.ours.map(Pick::Ours),
                    Take::Theirs => entry.theirs.map(Pick::Theirs),
                    Take::Conflict(c) => {
                        fresh.insert((part.name(), entry.key.clone()));
                        self.decided(entry, c, decisions.get(c))?
                    }
                };
                let Some(pick) = pick else { continue };
                picks.push(match n == numbers::vouchers_part() {
                    true => self.renumbered(*part, pick, &entry.key, now, &mut fresh),
                    false => pick,
                });
            }
            let broken = |reason| MergeError::Broken { part: part.name(), reason };
            part.rebuild(&mut out, &picks, &self.ours, &self.theirs).map_err(broken)?;
        }
        // A member deleted on one side and kept, changed, on the other is on the roster, not in the trash.
        let kept: HashSet<_> = out.members.iter().map(|m| m.id).collect();
        out.trash.retain(|t| !kept.contains(&t.member.id));
        out.finance.vouchers.sort_by_key(|v| v.date);
        out.stamps = self.stamps();
        out.clock = joined(&self.ours.clock, &self.theirs.clock);
        if !fresh.is_empty() {
            let at = out.next_tick(device, now);
            for (part, key) in fresh {
                let gone = !present(&out, part, &key);
                out.stamps.set(Stamp { part: part.to_string(), key, at, by: device.to_string(), gone });
            }
            out.advance(device, at);
        }
        check_stored(&out).map_err(MergeError::Check)?;
        Ok(out)
    }

    /// The record a conflict's answer makes: one side's whole, or this book's with the other's fields chosen.
    fn decided(&self, entry: &Entry, n: usize, decision: Option<&Decision>) -> Result<Option<Pick>, MergeError> {
        let conflict = &self.conflicts[n];
        let sides = decision.map(|d| d.0.as_slice()).unwrap_or_default();
        let whole = |side: &Side| match side {
            Side::Ours => entry.ours.map(Pick::Ours),
            Side::Theirs => entry.theirs.map(Pick::Theirs),
        };
        if conflict.fields.is_empty() {
            return match sides {
                [side] => Ok(whole(side)),
                _ => Err(MergeError::Undecided(n)),
            };
        }
        if sides.len() != conflict.fields.len() {
            return Err(MergeError::Undecided(n));
        }
        if let Some(first) = sides.first().filter(|first| sides.iter().all(|s| s == *first)) {
            return Ok(whole(first));
        }
        let (Some(Value::Object(mut record)), Some(_)) = (conflict.ours.clone(), entry.theirs) else {
            return Err(MergeError::Undecided(n));
        };
        for (field, side) in conflict.fields.iter().zip(sides) {
            if *side == Side::Theirs {
                match &field.theirs {
                    Value::Null => record.remove(&field.name),
                    value => record.insert(field.name.clone(), value.clone()),
                };
            }
        }
        Ok(Some(Pick::Made(Value::Object(record))))
    }

    /// A voucher picked, with its new number when the merge renumbers it.
    fn renumbered(
        &self,
        part: &dyn Part,
        pick: Pick,
        key: &str,
        now: DateTime<Utc>,
        fresh: &mut HashSet<(&'static str, String)>,
    ) -> Pick {
        let Some(change) = self.renumbered.iter().find(|r| r.voucher.to_string() == key) else { return pick };
        let mut value = match pick {
            Pick::Ours(i) => part.value(&self.ours, i),
            Pick::Theirs(j) => part.value(&self.theirs, j),
            Pick::Made(value) => value,
        };
        value["number"] = json!(change.to);
        value["renumbered"] = json!({ "from": change.from, "on": now.date_naive() });
        fresh.insert((part.name(), key.to_string()));
        Pick::Made(value)
    }

    /// The stamps of the merged book: for each record, the stamp of the version taken; for a mark on either
    /// side only, the newer.
    fn stamps(&self) -> Stamps {
        let takes: HashMap<(&str, &str), Take> = parts::records()
            .zip(&self.entries)
            .flat_map(|(part, entries)| entries.iter().map(move |e| ((part.name(), e.key.as_str()), e.take)))
            .collect();
        let mut keys: Vec<(&str, &str)> = self
            .ours
            .stamps
            .0
            .iter()
            .chain(self.theirs.stamps.0.iter())
            .map(|s| (s.part.as_str(), s.key.as_str()))
            .collect();
        keys.sort_unstable();
        keys.dedup();
        let out = keys.into_iter().filter_map(|(part, key)| {
            let take = takes.get(&(part, key)).copied().unwrap_or(Take::Same);
            self.stamp_of(part, key, take).cloned()
        });
        Stamps(out.collect())
    }
}

/// Whether the merged book holds the record `key` of `part`.
fn present(book: &Book, part: &str, key: &str) -> bool {
    parts::records().find(|p| p.name() == part).is_some_and(|p| (0..p.len(book)).any(|i| p.key(book, i) == key))
}

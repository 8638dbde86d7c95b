//! Initiatives (sáng kiến): a year, a title, its authors, and the level at which it was recognised.

use super::form::{ActivityField, ActivityProblem, Problems};
use super::{distinct, remove, upsert};
use crate::domain::book::{Book, BookError};
use crate::domain::{new_id, Id};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The level at which an initiative was recognised.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InitiativeLevel {
    /// Cấp cơ sở: the agency's council (Hội đồng xét sáng kiến).
    #[default]
    Base,
    /// Cấp trên: the province, the sector, the confederation.
    Higher,
}

impl InitiativeLevel {
    pub const ALL: [InitiativeLevel; 2] = [InitiativeLevel::Base, InitiativeLevel::Higher];
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Initiative {
    pub id: Id,
    pub year: i32,
    pub title: String,
    pub authors: Vec<Id>,
    pub level: InitiativeLevel,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub decision: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct InitiativeDraft {
    pub year: String,
    pub title: String,
    pub authors: Vec<Id>,
    pub level: InitiativeLevel,
    pub decision: String,
    pub note: String,
}

impl InitiativeDraft {
    pub fn from_record(i: &Initiative) -> Self {
        InitiativeDraft {
            year: i.year.to_string(),
            title: i.title.clone(),
            authors: i.authors.clone(),
            level: i.level,
            decision: i.decision.clone(),
            note: i.note.clone(),
        }
    }
}

impl Book {
    pub fn save_initiative(&mut self, id: Option<Id>, draft: &InitiativeDraft) -> Result<Id, BookError> {
        use ActivityField as F;
        let mut p = Problems::default();
        let year = p.year(F::Year, &draft.year);
        let title = p.text(F::Title, &draft.title, true);
        let authors = distinct(&draft.authors);
        if authors.is_empty() {
            p.add(F::Authors, ActivityProblem::Required);
        } else if authors.iter().any(|a| self.anyone(*a).is_none()) {
            p.add(F::Authors, ActivityProblem::UnknownMember);
        }
        let decision = p.text(F::Decision, &draft.decision, false);
        let note = p.text(F::Note, &draft.note, false);
        let id = id.unwrap_or_else(new_id);
        let record =
            p.done(|| Some(Initiative { id, year: year?, title, authors, level: draft.level, decision, note }))?;
        upsert(&mut self.activities_mut().initiatives, record, |i| i.id);
        Ok(id)
    }

    pub fn remove_initiative(&mut self, id: Id) -> Result<(), BookError> {
        remove(&mut self.activities_mut().initiatives, |i| i.id == id)
    }
}

/// Initiatives per year, oldest first: (year, all, recognised at a higher level).
pub fn initiatives_by_year(book: &Book) -> Vec<(i32, usize, usize)> {
    let mut years: BTreeMap<i32, (usize, usize)> = BTreeMap::new();
    for i in book.activities.initiatives.iter() {
        let entry = years.entry(i.year).or_default();
        entry.0 += 1;
        entry.1 += usize::from(i.level == InitiativeLevel::Higher);
    }
    years.into_iter().map(|(y, (all, higher))| (y, all, higher)).collect()
}

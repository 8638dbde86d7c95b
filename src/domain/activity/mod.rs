//! Activities of the union, one idea a file, mirroring `ui/activities/`: welfare visits, events and
//! movements, titles and awards, initiatives, the targets of the term and their measures, the women's view,
//! and `links`, where a visit or an event's cost meets the voucher that paid it. Here: the part of the book
//! that holds them all, and what the areas share.

pub mod events;
pub mod form;
pub mod initiatives;
pub mod links;
pub mod measures;
pub mod targets;
pub mod titles;
pub mod welfare;
pub mod women;

pub use events::{events_of, Cost, CostDraft, Event, EventDraft, EventKind, EventList};
pub use form::{parse_year, ActivityError, ActivityField, ActivityProblem};
pub use initiatives::{initiatives_by_year, Initiative, InitiativeDraft, InitiativeLevel};
pub use links::Payment;
pub use targets::Target;
pub use titles::{
    titles_of_year, titles_year_to_show, BulkOutcome, BulkTitles, GrantDraft, Holder, Scope, Title, TitleDraft,
    TitleKind,
};
pub use welfare::{welfare_between, Welfare, WelfareDraft, WelfareKind, WelfareTotals};
pub use women::{is_woman, women_by_year, WomenYear};

use crate::domain::book::{Book, BookError};
use crate::domain::members::member::Member;
use crate::domain::Id;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::sync::Arc;

/// Everything the union did, kept in one place of the book. Shared between copies of the book (undo,
/// backups) until a command changes it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Activities {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub welfare: Vec<Welfare>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<Event>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub titles: Vec<Title>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub initiatives: Vec<Initiative>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub targets: Vec<Target>,
}

impl Activities {
    pub fn is_empty(&self) -> bool {
        self.welfare.is_empty()
            && self.events.is_empty()
            && self.titles.is_empty()
            && self.initiatives.is_empty()
            && self.targets.is_empty()
    }
}

/// For `skip_serializing_if`: a book without activities writes the same file as before they existed.
pub fn no_activities(a: &Arc<Activities>) -> bool {
    a.is_empty()
}

impl Book {
    /// Anyone who has a record in the book: on the roster, former, or in the trash.
    pub fn anyone(&self, id: Id) -> Option<&Member> {
        self.member(id).or_else(|| self.trash.iter().find(|t| t.member.id == id).map(|t| t.member.as_ref()))
    }

    /// The name of anyone in the book; empty for an id it does not know.
    pub fn name_of(&self, id: Id) -> String {
        self.anyone(id).map(|m| m.full_name.clone()).unwrap_or_default()
    }

    pub(crate) fn known_member(&self, id: Id) -> bool {
        self.members.iter().any(|m| m.id == id)
    }

    pub(crate) fn activities_mut(&mut self) -> &mut Activities {
        Arc::make_mut(&mut self.activities)
    }

    /// When a member is removed for good: their titles and welfare entries go with them, and they are
    /// taken off the events they joined and the initiatives they wrote.
    pub(crate) fn forget_member_activities(&mut self, id: Id) {
        let touches = self.activities.welfare.iter().any(|w| w.member_id == id)
            || self.activities.titles.iter().any(|t| t.members.contains(&id))
            || self.activities.events.iter().any(|e| e.participants.contains(&id))
            || self.activities.initiatives.iter().any(|i| i.authors.contains(&id));
        if !touches {
            return;
        }
        let a = self.activities_mut();
        a.welfare.retain(|w| w.member_id != id);
        a.titles.iter_mut().for_each(|t| t.members.retain(|m| *m != id));
        a.titles.retain(|t| t.holders().next().is_some());
        a.events.iter_mut().for_each(|e| e.participants.retain(|p| *p != id));
        a.initiatives.iter_mut().for_each(|i| i.authors.retain(|p| *p != id));
    }

    /// When a group is removed, its titles go with it, as its leaders do.
    pub(crate) fn forget_group_activities(&mut self, id: Id) {
        if self.activities.titles.iter().any(|t| t.groups.contains(&id)) {
            let titles = &mut self.activities_mut().titles;
            titles.iter_mut().for_each(|t| t.groups.retain(|g| *g != id));
            titles.retain(|t| t.holders().next().is_some());
        }
    }
}

/// The ids in their order, each once.
fn distinct(ids: &[Id]) -> Vec<Id> {
    let mut seen = HashSet::new();
    ids.iter().copied().filter(|id| seen.insert(*id)).collect()
}

/// Replaces the record with the same id, or adds it.
pub(crate) fn upsert<T>(list: &mut Vec<T>, record: T, id: impl Fn(&T) -> Id) {
    match list.iter_mut().find(|r| id(r) == id(&record)) {
        Some(existing) => *existing = record,
        None => list.push(record),
    }
}

pub(crate) fn remove<T>(list: &mut Vec<T>, matches: impl Fn(&T) -> bool) -> Result<(), BookError> {
    let before = list.len();
    list.retain(|r| !matches(r));
    if list.len() == before {
        return Err(BookError::NotFound);
    }
    Ok(())
}

/// Every year that has a record of any activity, oldest first; with the union's term and this year, the
/// years a page offers to choose.
pub fn activity_years(book: &Book, today: NaiveDate) -> Vec<i32> {
    let a = &book.activities;
    let recorded = a
        .welfare
        .iter()
        .map(|w| w.date.year())
        .chain(a.events.iter().map(|e| e.start.year()))
        .chain(a.titles.iter().map(|t| t.year))
        .chain(a.initiatives.iter().map(|i| i.year));
    let (first, last) = recorded
        .chain([book.union.first().term_start.year(), today.year()])
        .fold((i32::MAX, i32::MIN), |(lo, hi), y| (lo.min(y), hi.max(y)));
    (first..=last).collect()
}

//! The activities of a file: welfare, events, titles, initiatives, targets.

use crate::domain::activity::{Activities, ActivityField, ActivityProblem};
use crate::domain::bounds;
use crate::domain::file::{FileError, ValueProblem};
use crate::domain::Id;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::collections::HashSet;

/// What the types cannot say: ids are unique, links point at members (on the roster, former or in the
/// trash) and groups that exist, amounts, dates, years, counts and texts are within `bounds`, titles and
/// targets are consistent.
pub(super) fn check(
    activities: &Activities,
    members: &HashSet<Id>,
    groups: &HashSet<Id>,
    unique: &mut impl FnMut(Id, String) -> Result<(), FileError>,
) -> Result<(), FileError> {
    let at = |list: &str, i: usize, field: &str| format!("book.activities.{list}[{i}].{field}");
    let member =
        |id: &Id, path: String| if members.contains(id) { Ok(()) } else { Err(FileError::DanglingMember { path }) };
    let bad = |path: String, problem: ValueProblem| Err(FileError::BadValue { path, problem });
    let positive = |amount: Decimal, path: String| {
        if bounds::positive_dong(amount) {
            Ok(())
        } else {
            bad(path, ValueProblem::NotAnAmount)
        }
    };
    let day = |date: NaiveDate, path: String| {
        if bounds::date_ok(date) {
            Ok(())
        } else {
            bad(path, ValueProblem::OutOfBounds)
        }
    };
    let year =
        |year: i32, path: String| if bounds::year_ok(year) { Ok(()) } else { bad(path, ValueProblem::OutOfBounds) };
    let text = |text: &str, path: String| if bounds::text_ok(text) { Ok(()) } else { bad(path, ValueProblem::TooLong) };
    for (i, w) in activities.welfare.iter().enumerate() {
        unique(w.id, at("welfare", i, "id"))?;
        member(&w.member_id, at("welfare", i, "member_id"))?;
        day(w.date, at("welfare", i, "date"))?;
        for (field, value) in [("relative", &w.relative), ("gift", &w.gift), ("note", &w.note)] {
            text(value, at("welfare", i, field))?;
        }
        if let Some(amount) = w.amount {
            positive(amount, at("welfare", i, "amount"))?;
        }
    }
    for (i, e) in activities.events.iter().enumerate() {
        unique(e.id, at("events", i, "id"))?;
        if e.title.trim().is_empty() {
            return Err(FileError::EmptyName { path: at("events", i, "title") });
        }
        for (j, p) in e.participants.iter().enumerate() {
            member(p, at("events", i, &format!("participants[{j}]")))?;
        }
        for (j, c) in e.costs.iter().enumerate() {
            positive(c.amount, at("events", i, &format!("costs[{j}].amount")))?;
        }
        day(e.start, at("events", i, "start"))?;
        if let Some(end) = e.end {
            day(end, at("events", i, "end"))?;
            if end < e.start {
                return bad(at("events", i, "end"), ValueProblem::Activity(ActivityProblem::EndBeforeStart));
            }
        }
        if e.headcount.is_some_and(|n| n > bounds::MAX_COUNT) {
            return bad(at("events", i, "headcount"), ValueProblem::OutOfBounds);
        }
        for (field, value) in [("title", &e.title), ("organiser", &e.organiser), ("results", &e.results)] {
            text(value, at("events", i, field))?;
        }
    }
    for (i, t) in activities.titles.iter().enumerate() {
        unique(t.id, at("titles", i, "id"))?;
        for (j, m) in t.members.iter().enumerate() {
            member(m, at("titles", i, &format!("members[{j}]")))?;
        }
        for (j, g) in t.groups.iter().enumerate() {
            if !groups.contains(g) {
                return Err(FileError::DanglingGroup { path: at("titles", i, &format!("groups[{j}]")) });
            }
        }
        if let Err(e) = t.consistent() {
            let field = if e.field == ActivityField::Year { "year" } else { "members" };
            return bad(at("titles", i, field), ValueProblem::Activity(e.problem));
        }
    }
    for (i, n) in activities.initiatives.iter().enumerate() {
        unique(n.id, at("initiatives", i, "id"))?;
        if n.title.trim().is_empty() {
            return Err(FileError::EmptyName { path: at("initiatives", i, "title") });
        }
        year(n.year, at("initiatives", i, "year"))?;
        text(&n.title, at("initiatives", i, "title"))?;
        for (j, a) in n.authors.iter().enumerate() {
            member(a, at("initiatives", i, &format!("authors[{j}]")))?;
        }
    }
    for (i, t) in activities.targets.iter().enumerate() {
        unique(t.id, at("targets", i, "id"))?;
        if t.name.trim().is_empty() {
            return Err(FileError::EmptyName { path: at("targets", i, "name") });
        }
        if let Err(e) = t.consistent() {
            let field = match e.field {
                ActivityField::FromYear => "from_year",
                ActivityField::ToYear => "to_year",
                _ => "comparison",
            };
            return bad(at("targets", i, field), ValueProblem::Activity(e.problem));
        }
    }
    Ok(())
}

//! The activities of a file: welfare, events, titles, initiatives, targets.

use crate::domain::activity::Activities;
use crate::domain::file::FileError;
use crate::domain::Id;
use rust_decimal::Decimal;
use std::collections::HashSet;

/// What the types cannot say: ids are unique, links point at members (on the roster, former or in the
/// trash) and groups that exist, amounts are more than zero, targets are consistent.
pub(super) fn check(
    activities: &Activities,
    members: &HashSet<Id>,
    groups: &HashSet<Id>,
    unique: &mut impl FnMut(Id, String) -> Result<(), FileError>,
) -> Result<(), FileError> {
    let at = |list: &str, i: usize, field: &str| format!("book.activities.{list}[{i}].{field}");
    let member =
        |id: &Id, path: String| if members.contains(id) { Ok(()) } else { Err(FileError::DanglingMember { path }) };
    let positive = |amount: Decimal, path: String| {
        if amount > Decimal::ZERO && amount.fract().is_zero() {
            Ok(())
        } else {
            Err(FileError::BadValue { path, detail: "whole đồng more than zero".into() })
        }
    };
    for (i, w) in activities.welfare.iter().enumerate() {
        unique(w.id, at("welfare", i, "id"))?;
        member(&w.member_id, at("welfare", i, "member_id"))?;
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
        if e.end.is_some_and(|end| end < e.start) {
            return Err(FileError::BadValue { path: at("events", i, "end"), detail: "before start".into() });
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
        if let Err(detail) = t.consistent() {
            return Err(FileError::BadValue { path: at("titles", i, "members"), detail: detail.into() });
        }
    }
    for (i, n) in activities.initiatives.iter().enumerate() {
        unique(n.id, at("initiatives", i, "id"))?;
        if n.title.trim().is_empty() {
            return Err(FileError::EmptyName { path: at("initiatives", i, "title") });
        }
        for (j, a) in n.authors.iter().enumerate() {
            member(a, at("initiatives", i, &format!("authors[{j}]")))?;
        }
    }
    for (i, t) in activities.targets.iter().enumerate() {
        unique(t.id, at("targets", i, "id"))?;
        if t.name.trim().is_empty() {
            return Err(FileError::EmptyName { path: at("targets", i, "name") });
        }
        if let Err(detail) = t.consistent() {
            return Err(FileError::BadValue { path: at("targets", i, "comparison"), detail: detail.into() });
        }
    }
    Ok(())
}

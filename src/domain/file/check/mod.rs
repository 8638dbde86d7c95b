//! Every check a file passes beyond its types, area by area; the areas' own rules (a movement history, a
//! title's holders, a target's comparison, a voucher's amount) are theirs, worded here as file errors at
//! their path.

use super::{FileError, ValueProblem};
use crate::domain::book::Book;
use crate::domain::bounds;
use crate::domain::members::member::{FieldError, MemberField, Taken};
use crate::domain::members::movement;
use crate::domain::Id;
use chrono::NaiveDate;
use std::collections::HashSet;

mod activities;
mod finance;
mod links;

pub use finance::FinanceProblem;

/// What the types cannot say: ids are unique, links point at records that exist, names are not empty,
/// values are within `bounds`, and every member keeps the rules the member form applies
/// (`Member::problems`), nothing dated after `today`.
pub fn check(book: &Book, today: NaiveDate) -> Result<(), FileError> {
    check_with(book, today, true)
}

/// The checks of a book kept in this browser: all of a file's but the member form's softer rules (a CCCD,
/// a phone, an ethnicity from the list, no two members with one card), which books kept before those rules
/// may break and must still open with. Only what could break a page (values out of bounds) is refused.
pub fn check_stored(book: &Book) -> Result<(), FileError> {
    check_with(book, bounds::last_day(), false)
}

fn check_with(book: &Book, today: NaiveDate, strict: bool) -> Result<(), FileError> {
    let mut ids: HashSet<Id> = HashSet::new();
    let mut unique = |id: Id, path: String| if ids.insert(id) { Ok(()) } else { Err(FileError::DuplicateId { path }) };
    for (i, group) in book.groups.iter().enumerate() {
        unique(group.id, format!("book.groups[{i}].id"))?;
        if group.name.trim().is_empty() {
            return Err(FileError::EmptyName { path: format!("book.groups[{i}].name") });
        }
    }
    let group_ids: HashSet<Id> = book.groups.iter().map(|g| g.id).collect();
    let members = book.members.iter().map(|m| (m.as_ref(), "members"));
    let trashed = book.trash.iter().map(|t| (t.member.as_ref(), "trash"));
    let mut index = std::collections::HashMap::new();
    let mut taken = Taken::default();
    for (member, list) in members.chain(trashed) {
        let i = index.entry(list).or_insert(0usize);
        let at = if list == "trash" { format!("book.trash[{i}].member") } else { format!("book.members[{i}]") };
        *i += 1;
        unique(member.id, format!("{at}.id"))?;
        if member.full_name.trim().is_empty() {
            return Err(FileError::EmptyName { path: format!("{at}.full_name") });
        }
        if member.group_id.is_some_and(|g| !group_ids.contains(&g)) {
            return Err(FileError::DanglingGroup { path: format!("{at}.group_id") });
        }
        // A file keeps every rule of the member form; a stored book only the bounds, checked without a copy.
        let mut first = None;
        if strict {
            first = member.problems(today, |g| group_ids.contains(&g), &taken).first().copied();
            taken.add(member);
        } else {
            member.bounds(today, &mut |field, problem| {
                first.get_or_insert(FieldError { field, problem });
            });
        }
        if let Some(e) = first {
            let path = format!("{at}.{}", member_field(e.field));
            return Err(FileError::BadValue { path, problem: ValueProblem::Member(e.problem) });
        }
        for (j, m) in member.movements.iter().enumerate() {
            unique(m.id, format!("{at}.movements[{j}].id"))?;
        }
        let ordered = member.movements.windows(2).all(|w| w[0].date <= w[1].date);
        if !ordered || movement::check(&member.movements).is_err() {
            return Err(FileError::MovementsOutOfOrder { path: format!("{at}.movements") });
        }
    }
    let member_ids: HashSet<Id> =
        book.members.iter().map(|m| m.id).chain(book.trash.iter().map(|t| t.member.id)).collect();
    for (i, a) in book.appointments.iter().enumerate() {
        unique(a.id, format!("book.appointments[{i}].id"))?;
        if !member_ids.contains(&a.member_id) {
            return Err(FileError::DanglingMember { path: format!("book.appointments[{i}].member_id") });
        }
        if a.group_id.is_some_and(|g| !group_ids.contains(&g)) {
            return Err(FileError::DanglingGroup { path: format!("book.appointments[{i}].group_id") });
        }
    }
    activities::check(&book.activities, &member_ids, &group_ids, &mut unique)?;
    finance::check(&book.finance, &member_ids, &mut unique)?;
    for (i, h) in book.handovers.iter().enumerate() {
        unique(h.id, format!("book.handovers[{i}].id"))?;
        if let Some(j) = h.counted.iter().position(|c| book.finance.fund(c.fund_id).is_none()) {
            let path = format!("book.handovers[{i}].counted[{j}].fund_id");
            return Err(FileError::Finance { path, problem: FinanceProblem::UnknownFund });
        }
        if h.giver.name.trim().is_empty() || h.receiver.name.trim().is_empty() {
            let side = if h.giver.name.trim().is_empty() { "giver" } else { "receiver" };
            return Err(FileError::EmptyName { path: format!("book.handovers[{i}].{side}.name") });
        }
    }
    links::check(book)
}

/// The field of the file a member's problem is at.
fn member_field(field: MemberField) -> &'static str {
    match field {
        MemberField::FullName => "full_name",
        MemberField::BirthDate => "birth_date",
        MemberField::Gender => "gender",
        MemberField::Ethnicity => "ethnicity",
        MemberField::Religion => "religion",
        MemberField::CitizenId => "citizen_id",
        MemberField::Nationality => "nationality",
        MemberField::Passport => "passport",
        MemberField::Group => "group_id",
        MemberField::PartySince => "party_since",
        MemberField::JoinedUnion => "joined_union",
        MemberField::CardNumber => "card_number",
        MemberField::Phone => "phone",
        MemberField::Exemptions => "exemptions",
        MemberField::Email => "email",
        MemberField::Salary | MemberField::SalaryFrom => "salaries",
    }
}

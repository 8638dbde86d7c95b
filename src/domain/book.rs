//! The book: the whole record of one union, and the commands that change it. Every command checks its
//! input and either changes the book completely or leaves it as it was.

use super::member::{FieldError, Group, Member, MemberDraft};
use super::{new_id, Id};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// Who the union is and its current term (nhiệm kỳ).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UnionInfo {
    pub name: String,
    pub superior: String,
    pub term_start: NaiveDate,
    pub term_end: NaiveDate,
}

/// A member in the trash, with the day it was put there.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Trashed {
    pub member: Arc<Member>,
    pub deleted_on: NaiveDate,
}

/// Records are shared (`Arc`) so that a copy of the book for undo or a backup costs a pointer per record.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Book {
    pub union: UnionInfo,
    #[serde(default)]
    pub groups: Vec<Group>,
    #[serde(default)]
    pub members: Vec<Arc<Member>>,
    #[serde(default)]
    pub trash: Vec<Trashed>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnionField {
    Name,
    Superior,
    TermStart,
    TermEnd,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BookError {
    Union(Vec<(UnionField, UnionProblem)>),
    GroupNameRequired,
    GroupNameTaken,
    GroupNotEmpty(usize),
    Member(Vec<FieldError>),
    NotFound,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnionProblem {
    Required,
    NotADate,
    EndBeforeStart,
}

/// The union's details as typed in the "new book" form; dates are text until checked.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UnionDraft {
    pub name: String,
    pub superior: String,
    pub term_start: String,
    pub term_end: String,
}

impl UnionDraft {
    pub fn from_info(info: &UnionInfo) -> Self {
        UnionDraft {
            name: info.name.clone(),
            superior: info.superior.clone(),
            term_start: super::text::format_date(info.term_start),
            term_end: super::text::format_date(info.term_end),
        }
    }

    pub fn validate(&self, today: NaiveDate) -> Result<UnionInfo, BookError> {
        let mut errors = Vec::new();
        let mut text = |field, raw: &str| {
            let value = raw.split_whitespace().collect::<Vec<_>>().join(" ");
            if value.is_empty() {
                errors.push((field, UnionProblem::Required));
            }
            value
        };
        let name = text(UnionField::Name, &self.name);
        let superior = text(UnionField::Superior, &self.superior);
        let mut date = |field, raw: &str| {
            if raw.trim().is_empty() {
                errors.push((field, UnionProblem::Required));
                return None;
            }
            let parsed = super::text::parse_date(raw, today.year());
            if parsed.is_none() {
                errors.push((field, UnionProblem::NotADate));
            }
            parsed
        };
        let term_start = date(UnionField::TermStart, &self.term_start);
        let term_end = date(UnionField::TermEnd, &self.term_end);
        match (term_start, term_end) {
            (Some(start), Some(end)) if end <= start => errors.push((UnionField::TermEnd, UnionProblem::EndBeforeStart)),
            (Some(term_start), Some(term_end)) if errors.is_empty() => {
                return Ok(UnionInfo { name, superior, term_start, term_end })
            }
            _ => {}
        }
        Err(BookError::Union(errors))
    }
}

impl Book {
    pub fn new(union: UnionInfo) -> Self {
        Book { union, groups: Vec::new(), members: Vec::new(), trash: Vec::new() }
    }

    pub fn set_union(&mut self, draft: &UnionDraft, today: NaiveDate) -> Result<(), BookError> {
        self.union = draft.validate(today)?;
        Ok(())
    }

    pub fn group(&self, id: Id) -> Option<&Group> {
        self.groups.iter().find(|g| g.id == id)
    }

    pub fn member(&self, id: Id) -> Option<&Member> {
        self.members.iter().find(|m| m.id == id).map(|m| m.as_ref())
    }

    pub fn members_in_group(&self, id: Id) -> usize {
        self.members.iter().filter(|m| m.group_id == Some(id)).count()
    }

    fn group_name(&self, name: &str, except: Option<Id>) -> Result<String, BookError> {
        let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
        if name.is_empty() {
            return Err(BookError::GroupNameRequired);
        }
        let folded = super::text::fold(&name);
        if self.groups.iter().any(|g| Some(g.id) != except && super::text::fold(&g.name) == folded) {
            return Err(BookError::GroupNameTaken);
        }
        Ok(name)
    }

    pub fn add_group(&mut self, name: &str) -> Result<Id, BookError> {
        let name = self.group_name(name, None)?;
        let id = new_id();
        self.groups.push(Group { id, name });
        Ok(id)
    }

    pub fn rename_group(&mut self, id: Id, name: &str) -> Result<(), BookError> {
        let name = self.group_name(name, Some(id))?;
        let group = self.groups.iter_mut().find(|g| g.id == id).ok_or(BookError::NotFound)?;
        group.name = name;
        Ok(())
    }

    /// A group can go only when no current member belongs to it; members in the trash lose the link.
    pub fn remove_group(&mut self, id: Id) -> Result<(), BookError> {
        let count = self.members_in_group(id);
        if count > 0 {
            return Err(BookError::GroupNotEmpty(count));
        }
        let before = self.groups.len();
        self.groups.retain(|g| g.id != id);
        if self.groups.len() == before {
            return Err(BookError::NotFound);
        }
        for trashed in self.trash.iter_mut().filter(|t| t.member.group_id == Some(id)) {
            Arc::make_mut(&mut trashed.member).group_id = None;
        }
        Ok(())
    }

    fn others(&self) -> impl Iterator<Item = &Member> {
        self.members.iter().map(|m| m.as_ref()).chain(self.trash.iter().map(|t| t.member.as_ref()))
    }

    pub fn add_member(&mut self, draft: &MemberDraft, today: NaiveDate) -> Result<Id, BookError> {
        let member = draft.validate(new_id(), today, &self.groups, self.others()).map_err(BookError::Member)?;
        let id = member.id;
        self.members.push(Arc::new(member));
        Ok(id)
    }

    pub fn update_member(&mut self, id: Id, draft: &MemberDraft, today: NaiveDate) -> Result<(), BookError> {
        let index = self.members.iter().position(|m| m.id == id).ok_or(BookError::NotFound)?;
        let member = draft.validate(id, today, &self.groups, self.others()).map_err(BookError::Member)?;
        self.members[index] = Arc::new(member);
        Ok(())
    }

    pub fn delete_member(&mut self, id: Id, today: NaiveDate) -> Result<(), BookError> {
        let index = self.members.iter().position(|m| m.id == id).ok_or(BookError::NotFound)?;
        let member = self.members.remove(index);
        self.trash.push(Trashed { member, deleted_on: today });
        Ok(())
    }

    /// Back from the trash; if its group has been removed meanwhile, the member comes back without one.
    pub fn restore_member(&mut self, id: Id) -> Result<(), BookError> {
        let index = self.trash.iter().position(|t| t.member.id == id).ok_or(BookError::NotFound)?;
        let mut member = self.trash.remove(index).member;
        if member.group_id.is_some_and(|g| self.group(g).is_none()) {
            Arc::make_mut(&mut member).group_id = None;
        }
        self.members.push(member);
        Ok(())
    }

    /// Removes a member from the trash for good.
    pub fn purge_member(&mut self, id: Id) -> Result<(), BookError> {
        let index = self.trash.iter().position(|t| t.member.id == id).ok_or(BookError::NotFound)?;
        self.trash.remove(index);
        Ok(())
    }
}

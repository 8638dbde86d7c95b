//! The book: the whole record of one union, and the commands that change it. Every command checks its
//! input and either changes the book completely or leaves it as it was.

use crate::domain::activity::{no_activities, Activities, ActivityError};
use crate::domain::ending::{Ending, EndingProblem};
use crate::domain::finance::{Finance, FinanceError};
use crate::domain::members::committee::{Appointment, AppointmentDraft, AppointmentProblem};
use crate::domain::members::member::{FieldError, Group, Member, MemberDraft, Problem, Taken};
use crate::domain::members::movement::{self, MovementDraft, MovementProblem};
use crate::domain::members::sheet::SheetRow;
use crate::domain::report::SavedReport;
use crate::domain::stamps::{Stamps, Tick};
use crate::domain::union::UnionHistory;
use crate::domain::{new_id, Id};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// What an import of a roster did: how many members were added, which groups were created, and which
/// sheet lines were refused and why.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportOutcome {
    pub added: usize,
    pub new_groups: Vec<String>,
    pub rejected: Vec<(usize, Vec<FieldError>)>,
    /// Rows imported with these fields left empty, each with its line.
    pub emptied: Vec<(usize, Vec<FieldError>)>,
}

/// Who the union is and its term (nhiệm kỳ), as they stand from a date (`union::UnionHistory`).
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

/// Choices of the union that shape its figures.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// Lower bounds of the age bands after the first: [30, 40, 50] gives under 30, 30–39, 40–49, 50 and over.
    pub age_bands: Vec<u32>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings { age_bands: vec![30, 40, 50] }
    }
}

/// Records are shared (`Arc`) so that a copy of the book for undo or a backup costs a pointer per record.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Book {
    /// The union's name, superior and term over time; a report names those of its own date.
    pub union: UnionHistory,
    #[serde(default)]
    pub settings: Settings,
    #[serde(default)]
    pub groups: Vec<Group>,
    /// Everyone who has been a member: on the roster or not, as their movements say.
    #[serde(default)]
    pub members: Vec<Arc<Member>>,
    #[serde(default)]
    pub trash: Vec<Trashed>,
    #[serde(default)]
    pub appointments: Vec<Appointment>,
    /// Reports written from the book, with the committee's prose.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reports: Vec<SavedReport>,
    /// Welfare visits, events, titles, initiatives and targets; left out of the file while there are none.
    #[serde(default, skip_serializing_if = "no_activities")]
    pub activities: Arc<Activities>,
    /// The union's money; a schema 2 file gets the standard finance on reading.
    pub finance: Finance,
    /// Handovers of the book to the next committee, in date order; left out of the file while there are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub handovers: Vec<crate::domain::handover::Handover>,
    /// Set when the union has ended: the book is then read-only until reopened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ending: Option<Ending>,
    /// When and where each record last changed, deletions included: what a merge goes by.
    #[serde(default, skip_serializing_if = "Stamps::is_empty")]
    pub stamps: Stamps,
    /// The newest change of each browser this book holds.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub clock: Vec<Tick>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnionField {
    Name,
    Superior,
    TermStart,
    TermEnd,
    /// The date a change of the details takes effect.
    Since,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BookError {
    Union(Vec<(UnionField, UnionProblem)>),
    GroupNameRequired,
    GroupNameTaken,
    GroupNotEmpty(usize),
    Member(Vec<FieldError>),
    Movement(MovementProblem),
    Appointment(AppointmentProblem),
    Activity(Vec<ActivityError>),
    Finance(FinanceError),
    /// A handover or the start of a new term.
    Handover(Vec<crate::domain::handover::HandoverError>),
    /// A visit's or an event's link to the money.
    Link(crate::domain::activity::links::LinkError),
    Ending(EndingProblem),
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
            term_start: crate::domain::text::format_date(info.term_start),
            term_end: crate::domain::text::format_date(info.term_end),
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
            let parsed = crate::domain::text::parse_date(raw, today.year());
            if parsed.is_none() {
                errors.push((field, UnionProblem::NotADate));
            }
            parsed
        };
        let term_start = date(UnionField::TermStart, &self.term_start);
        let term_end = date(UnionField::TermEnd, &self.term_end);
        match (term_start, term_end) {
            (Some(start), Some(end)) if end <= start => {
                errors.push((UnionField::TermEnd, UnionProblem::EndBeforeStart))
            }
            (Some(term_start), Some(term_end)) if errors.is_empty() => {
                return Ok(UnionInfo { name, superior, term_start, term_end })
            }
            _ => {}
        }
        Err(BookError::Union(errors))
    }
}

fn first_of_year(date: NaiveDate) -> NaiveDate {
    NaiveDate::from_ymd_opt(date.year(), 1, 1).unwrap_or(date)
}

impl Book {
    /// A new book; its money starts on 1 January of the term's first year, in cash, at zero.
    pub fn new(union: UnionInfo) -> Self {
        Book {
            settings: Settings::default(),
            groups: Vec::new(),
            members: Vec::new(),
            trash: Vec::new(),
            appointments: Vec::new(),
            reports: Vec::new(),
            activities: Arc::default(),
            finance: Finance::standard(first_of_year(union.term_start), &mut new_id),
            ending: None,
            stamps: Stamps::default(),
            clock: Vec::new(),
            union: UnionHistory::new(union),
            handovers: Vec::new(),
        }
    }

    pub fn group(&self, id: Id) -> Option<&Group> {
        self.groups.iter().find(|g| g.id == id)
    }

    pub fn member(&self, id: Id) -> Option<&Member> {
        self.members.iter().find(|m| m.id == id).map(|m| m.as_ref())
    }

    /// Members on the roster on a date in each group, in one pass over the members.
    pub fn group_counts(&self, date: NaiveDate) -> std::collections::HashMap<Id, usize> {
        let mut counts = std::collections::HashMap::new();
        for group in self.members.iter().filter(|m| m.on_roster(date)).filter_map(|m| m.group_id) {
            *counts.entry(group).or_default() += 1;
        }
        counts
    }

    /// Members of a group who are on the roster on a date.
    pub fn members_in_group(&self, id: Id, date: NaiveDate) -> usize {
        self.members.iter().filter(|m| m.group_id == Some(id) && m.on_roster(date)).count()
    }

    fn group_name(&self, name: &str, except: Option<Id>) -> Result<String, BookError> {
        let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
        if name.is_empty() {
            return Err(BookError::GroupNameRequired);
        }
        let folded = crate::domain::text::fold(&name);
        if self.groups.iter().any(|g| Some(g.id) != except && crate::domain::text::fold(&g.name) == folded) {
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

    /// A group can go only when no current member belongs to it; former members and members in the trash
    /// lose the link, and so do the group's leaders.
    pub fn remove_group(&mut self, id: Id, today: NaiveDate) -> Result<(), BookError> {
        let count = self.members_in_group(id, today);
        if count > 0 {
            return Err(BookError::GroupNotEmpty(count));
        }
        let before = self.groups.len();
        self.groups.retain(|g| g.id != id);
        if self.groups.len() == before {
            return Err(BookError::NotFound);
        }
        let linked = self.members.iter_mut().chain(self.trash.iter_mut().map(|t| &mut t.member));
        for member in linked.filter(|m| m.group_id == Some(id)) {
            Arc::make_mut(member).group_id = None;
        }
        self.appointments.retain(|a| a.group_id != Some(id));
        self.forget_group_activities(id);
        Ok(())
    }

    /// Everyone whose card number and citizen id are in use: members and members in the trash.
    fn everyone(&self) -> impl Iterator<Item = &Member> {
        self.members.iter().map(|m| m.as_ref()).chain(self.trash.iter().map(|t| t.member.as_ref()))
    }

    /// Card numbers and citizen ids in use, by members and by members in the trash.
    fn taken(&self) -> Taken {
        Taken::of(self.everyone())
    }

    /// Adds a member; `entry` records how the person came into this union (kết nạp, tiếp nhận), if known.
    pub fn add_member(
        &mut self,
        draft: &MemberDraft,
        entry: Option<&MovementDraft>,
        today: NaiveDate,
    ) -> Result<Id, BookError> {
        let taken = Taken::matching(self.everyone(), draft);
        let mut member = draft.validate(new_id(), today, &self.groups, &taken).map_err(BookError::Member)?;
        if let Some(entry) = entry {
            let entry = entry.validate(new_id(), today.year()).map_err(BookError::Movement)?;
            member.movements = movement::insert(&member.movements, entry).map_err(BookError::Movement)?;
        }
        let id = member.id;
        self.members.push(Arc::new(member));
        Ok(id)
    }

    pub fn update_member(&mut self, id: Id, draft: &MemberDraft, today: NaiveDate) -> Result<(), BookError> {
        let index = self.members.iter().position(|m| m.id == id).ok_or(BookError::NotFound)?;
        let mut member = draft
            .validate(id, today, &self.groups, &Taken::matching(self.everyone(), draft))
            .map_err(BookError::Member)?;
        // Not on the form: kept as the record has them.
        member.exemptions = self.members[index].exemptions.clone();
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

    /// Adds the good rows of an imported roster, creating the groups they name; the other rows are
    /// returned with their problems. Groups are matched by name, ignoring case and diacritics.
    pub fn import_members(&mut self, rows: &[SheetRow], today: NaiveDate) -> ImportOutcome {
        let mut outcome = ImportOutcome::default();
        let mut taken = self.taken();
        for row in rows {
            let group_id = match row.group.trim() {
                "" => None,
                name => {
                    let folded = crate::domain::text::fold(name);
                    match self.groups.iter().find(|g| crate::domain::text::fold(&g.name) == folded) {
                        Some(g) => Some(g.id),
                        None => match self.add_group(name) {
                            Ok(id) => {
                                outcome.new_groups.push(name.to_string());
                                Some(id)
                            }
                            Err(_) => None,
                        },
                    }
                }
            };
            let mut draft = MemberDraft { group_id, ..row.draft.clone() };
            // A wrong optional field is left empty and said; a row is refused only for its name, its gender
            // or a card or CCCD someone already has (the same person imported twice).
            let checked = match draft.validate(new_id(), today, &self.groups, &taken) {
                Err(errors) if errors.iter().all(|e| e.problem != Problem::Duplicate && draft.clear(e.field)) => {
                    outcome.emptied.push((row.line, errors));
                    draft.validate(new_id(), today, &self.groups, &taken)
                }
                checked => checked,
            };
            match checked {
                Ok(member) => {
                    taken.add(&member);
                    self.members.push(Arc::new(member));
                    outcome.added += 1;
                }
                Err(errors) => {
                    outcome.emptied.retain(|(line, _)| *line != row.line);
                    outcome.rejected.push((row.line, errors));
                }
            }
        }
        outcome
    }

    /// Removes a member from the trash for good, with the roles the person held.
    pub fn purge_member(&mut self, id: Id) -> Result<(), BookError> {
        let index = self.trash.iter().position(|t| t.member.id == id).ok_or(BookError::NotFound)?;
        self.trash.remove(index);
        self.appointments.retain(|a| a.member_id != id);
        self.forget_member_activities(id);
        self.forget_gone_activities();
        Ok(())
    }

    pub(crate) fn member_mut(&mut self, id: Id) -> Result<&mut Member, BookError> {
        self.members.iter_mut().find(|m| m.id == id).map(Arc::make_mut).ok_or(BookError::NotFound)
    }

    /// Records a movement (kết nạp, chuyển đi, nghỉ hưu, …) of a member.
    pub fn record_movement(&mut self, member: Id, draft: &MovementDraft, today: NaiveDate) -> Result<Id, BookError> {
        let movement = draft.validate(new_id(), today.year()).map_err(BookError::Movement)?;
        let id = movement.id;
        let member = self.member_mut(member)?;
        member.movements = movement::insert(&member.movements, movement).map_err(BookError::Movement)?;
        Ok(id)
    }

    /// Ends on `date` the roles held then, of one member or of everyone: what leaving the union (a transfer
    /// out, retirement, death, the union's end) does to them. A role held past the date stops on it.
    pub fn end_roles(&mut self, member: Option<Id>, date: NaiveDate) -> usize {
        let mut ended = 0;
        for a in self.appointments.iter_mut().filter(|a| member.is_none_or(|m| a.member_id == m) && a.holds_on(date)) {
            if a.to.is_none_or(|to| to > date) {
                a.to = Some(date);
                ended += 1;
            }
        }
        ended
    }

    pub fn remove_movement(&mut self, member: Id, movement_id: Id) -> Result<(), BookError> {
        let member = self.member_mut(member)?;
        let rest: Vec<_> = member.movements.iter().filter(|m| m.id != movement_id).cloned().collect();
        if rest.len() == member.movements.len() {
            return Err(BookError::NotFound);
        }
        movement::check(&rest).map_err(BookError::Movement)?;
        member.movements = rest;
        Ok(())
    }

    /// Appoints a member to a role, or changes an appointment when `id` is given.
    pub fn appoint(&mut self, id: Option<Id>, draft: &AppointmentDraft, today: NaiveDate) -> Result<Id, BookError> {
        let known = |m: Id| self.members.iter().any(|x| x.id == m);
        if draft.member_id.is_some_and(|m| !known(m)) {
            return Err(BookError::NotFound);
        }
        if draft.group_id.is_some_and(|g| self.group(g).is_none()) {
            return Err(BookError::NotFound);
        }
        if draft.member_id.and_then(|m| self.member(m)).is_some_and(|m| !m.nationality.is_empty()) {
            return Err(BookError::Appointment(AppointmentProblem::ForeignOfficer));
        }
        let id = id.unwrap_or_else(new_id);
        let appointment = draft.validate(id, today.year(), &self.appointments).map_err(BookError::Appointment)?;
        match self.appointments.iter_mut().find(|a| a.id == id) {
            Some(existing) => *existing = appointment,
            None => self.appointments.push(appointment),
        }
        Ok(id)
    }

    pub fn remove_appointment(&mut self, id: Id) -> Result<(), BookError> {
        let before = self.appointments.len();
        self.appointments.retain(|a| a.id != id);
        if before == self.appointments.len() {
            return Err(BookError::NotFound);
        }
        Ok(())
    }
}

//! Committees and roles with their terms: the executive committee (BCH), the inspection committee (UBKT),
//! the women's committee (Ban Nữ công) and the leaders of each group, so the book can say who held which
//! role on any date.

use crate::domain::text;
use crate::domain::Id;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Body {
    Executive,
    Inspection,
    Women,
    Group,
    /// The union's accountant and treasurer: roles with terms and allowances (QĐ 3226), not a committee.
    Finance,
}

impl Body {
    pub const ALL: [Body; 5] = [Body::Executive, Body::Inspection, Body::Women, Body::Group, Body::Finance];
}

/// The place held in a body: its head (chủ tịch, chủ nhiệm, trưởng ban, tổ trưởng), a deputy, or a member;
/// in `Body::Finance`, the accountant (kế toán) or the treasurer (thủ quỹ).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Head,
    Deputy,
    Member,
    Accountant,
    Treasurer,
}

impl Role {
    /// The roles a body has: a group has no plain members, the finance roles are their own.
    pub fn of(body: Body) -> &'static [Role] {
        match body {
            Body::Executive | Body::Inspection | Body::Women => &[Role::Head, Role::Deputy, Role::Member],
            Body::Group => &[Role::Head, Role::Deputy],
            Body::Finance => &[Role::Accountant, Role::Treasurer],
        }
    }
}

/// One person in one role of one body, from a date, until a date or still.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Appointment {
    pub id: Id,
    pub member_id: Id,
    pub body: Body,
    /// The group led, for `Body::Group`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<Id>,
    pub role: Role,
    pub from: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub decision: String,
}

impl Appointment {
    pub fn holds_on(&self, date: NaiveDate) -> bool {
        self.from <= date && self.to.is_none_or(|to| date <= to)
    }

    fn overlaps(&self, other: &Appointment) -> bool {
        let ends_before = |a: &Appointment, b: &Appointment| a.to.is_some_and(|to| to < b.from);
        !ends_before(self, other) && !ends_before(other, self)
    }

    /// Heads and deputies of a group, the head of any body, the accountant and the treasurer are held by one
    /// person at a time.
    fn is_single_seat(&self) -> bool {
        self.role == Role::Head || (self.body == Body::Group && self.role == Role::Deputy) || self.body == Body::Finance
    }

    /// Same body (and group), same seat.
    fn same_seat(&self, other: &Appointment) -> bool {
        self.body == other.body && self.group_id == other.group_id && self.role == other.role
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AppointmentProblem {
    MemberRequired,
    GroupRequired,
    NotARoleOfTheBody,
    /// A foreign member may join but not hold office (Trade Union Law 2024).
    ForeignOfficer,
    FromRequired,
    NotADate,
    EndBeforeStart,
    SeatTaken,
    AlreadyHeld,
}

/// The field of the appointment form a problem is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AppointmentField {
    Member,
    Group,
    Role,
    From,
    To,
}

impl AppointmentProblem {
    pub fn field(self) -> AppointmentField {
        match self {
            AppointmentProblem::MemberRequired
            | AppointmentProblem::AlreadyHeld
            | AppointmentProblem::ForeignOfficer => AppointmentField::Member,
            AppointmentProblem::GroupRequired => AppointmentField::Group,
            AppointmentProblem::NotARoleOfTheBody => AppointmentField::Role,
            AppointmentProblem::SeatTaken => AppointmentField::Role,
            AppointmentProblem::FromRequired | AppointmentProblem::NotADate => AppointmentField::From,
            AppointmentProblem::EndBeforeStart => AppointmentField::To,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct AppointmentDraft {
    pub member_id: Option<Id>,
    pub body: Option<Body>,
    pub group_id: Option<Id>,
    pub role: Option<Role>,
    pub from: String,
    pub to: String,
    pub decision: String,
}

impl AppointmentDraft {
    /// Checks the draft against the appointments already made (`others`, this one excluded).
    pub fn validate(&self, id: Id, pivot_year: i32, others: &[Appointment]) -> Result<Appointment, AppointmentProblem> {
        let member_id = self.member_id.ok_or(AppointmentProblem::MemberRequired)?;
        let body = self.body.unwrap_or(Body::Executive);
        let role = self.role.unwrap_or(Role::Member);
        let group_id = match body {
            Body::Group => Some(self.group_id.ok_or(AppointmentProblem::GroupRequired)?),
            _ => None,
        };
        if !Role::of(body).contains(&role) {
            return Err(AppointmentProblem::NotARoleOfTheBody);
        }
        if self.from.trim().is_empty() {
            return Err(AppointmentProblem::FromRequired);
        }
        let from = text::parse_date(&self.from, pivot_year).ok_or(AppointmentProblem::NotADate)?;
        let to = match self.to.trim() {
            "" => None,
            raw => Some(text::parse_date(raw, pivot_year).ok_or(AppointmentProblem::NotADate)?),
        };
        if to.is_some_and(|to| to < from) {
            return Err(AppointmentProblem::EndBeforeStart);
        }
        let appointment =
            Appointment { id, member_id, body, group_id, role, from, to, decision: self.decision.trim().to_string() };
        let clashes = others.iter().filter(|o| o.id != id && o.overlaps(&appointment));
        for other in clashes {
            if other.member_id == member_id && other.body == body && other.group_id == group_id {
                return Err(AppointmentProblem::AlreadyHeld);
            }
            if appointment.is_single_seat() && appointment.same_seat(other) {
                return Err(AppointmentProblem::SeatTaken);
            }
        }
        Ok(appointment)
    }
}

/// Who held which role on a date, heads first.
pub fn holders_on(appointments: &[Appointment], date: NaiveDate) -> Vec<&Appointment> {
    let mut found: Vec<&Appointment> = appointments.iter().filter(|a| a.holds_on(date)).collect();
    found.sort_by_key(|a| (a.body, a.group_id, a.role));
    found
}

/// The roles a member held on a date.
pub fn roles_of(appointments: &[Appointment], member: Id, date: NaiveDate) -> Vec<&Appointment> {
    holders_on(appointments, date).into_iter().filter(|a| a.member_id == member).collect()
}

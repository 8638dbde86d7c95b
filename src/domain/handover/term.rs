//! The receiving committee starts its term from a handover: the term's dates, the new executive committee,
//! and the union's details as they are now (its superior above all), a new entry of the union's history.
//! The outgoing committee's appointments end on the day of the handover.

use super::{HandoverError, HandoverField, HandoverProblem};
use crate::domain::book::{Book, BookError, UnionDraft, UnionField, UnionProblem};
use crate::domain::members::committee::AppointmentProblem::ForeignOfficer;
use crate::domain::members::committee::{Appointment, AppointmentDraft, Body, Role};
use crate::domain::{new_id, text, Id};
use chrono::{Datelike, NaiveDate};

/// The new term as typed: the union's details (name, superior, term) and the members chosen with their
/// seats in the executive committee.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TermDraft {
    pub union: UnionDraft,
    pub committee: Vec<(Id, Role)>,
    /// The decision or the congress's resolution that elected them.
    pub decision: String,
}

fn union_field(field: UnionField) -> HandoverField {
    match field {
        UnionField::Name => HandoverField::Name,
        UnionField::Superior => HandoverField::Superior,
        UnionField::TermStart | UnionField::Since => HandoverField::TermStart,
        UnionField::TermEnd => HandoverField::TermEnd,
    }
}

fn union_problem(problem: UnionProblem) -> HandoverProblem {
    match problem {
        UnionProblem::Required => HandoverProblem::Required,
        UnionProblem::NotADate => HandoverProblem::NotADate,
        UnionProblem::EndBeforeStart => HandoverProblem::EndBeforeStart,
    }
}

/// The executive committee's appointments that still hold after `date`, ended on it.
fn end_on(appointments: &[Appointment], date: NaiveDate) -> Vec<Appointment> {
    appointments
        .iter()
        .cloned()
        .map(|mut a| {
            if a.body == Body::Executive && a.from <= date && a.to.is_none_or(|to| to > date) {
                a.to = Some(date);
            }
            a
        })
        .collect()
}

impl Book {
    /// Starts the term that follows the handover `handover`: the outgoing executive committee's appointments
    /// end on the handover's date, the members chosen are appointed from the term's start (the day after the
    /// handover at the earliest: one chair a day), and the union's details are recorded from the term's
    /// start. All of it or nothing.
    pub fn start_term(&mut self, handover: Id, draft: &TermDraft, today: NaiveDate) -> Result<(), BookError> {
        let handed_on = self.handover(handover).ok_or(BookError::NotFound)?.date;
        let fail = |field, problem| HandoverError { field, problem };
        let (info, mut errors): (_, Vec<HandoverError>) = match draft.union.validate(today) {
            Ok(info) => (Some(info), Vec::new()),
            Err(BookError::Union(list)) => {
                (None, list.into_iter().map(|(f, p)| fail(union_field(f), union_problem(p))).collect())
            }
            Err(other) => return Err(other),
        };
        if info.as_ref().is_some_and(|i| i.term_end <= handed_on) {
            errors.push(fail(HandoverField::TermEnd, HandoverProblem::EndsBeforeHandover));
        }
        if draft.committee.is_empty() {
            errors.push(fail(HandoverField::Committee, HandoverProblem::Required));
        }
        let mut appointments = end_on(&self.appointments, handed_on);
        if let Some(info) = &info {
            let from = info.term_start.max(handed_on.succ_opt().unwrap_or(handed_on));
            for (member_id, role) in &draft.committee {
                let member = self.member(*member_id).ok_or(BookError::NotFound)?;
                if !member.nationality.is_empty() {
                    errors.push(fail(HandoverField::Committee, HandoverProblem::Appointment(ForeignOfficer)));
                    continue;
                }
                let seat = AppointmentDraft {
                    member_id: Some(*member_id),
                    body: Some(Body::Executive),
                    role: Some(*role),
                    from: text::format_date(from),
                    decision: draft.decision.clone(),
                    ..AppointmentDraft::default()
                };
                match seat.validate(new_id(), today.year(), &appointments) {
                    Ok(appointment) => appointments.push(appointment),
                    Err(problem) => errors.push(fail(HandoverField::Committee, HandoverProblem::Appointment(problem))),
                }
            }
        }
        match info {
            Some(info) if errors.is_empty() => {
                self.appointments = appointments;
                self.union.record(info.term_start, info);
                Ok(())
            }
            _ => Err(BookError::Handover(errors)),
        }
    }
}

//! Events and movements (hội nghị, phong trào thi đua, thể thao, tham quan …), organised by the union or taken
//! part in, with who took part, what they won and what they cost (each cost paid by a voucher, `links`).

use super::form::{ActivityField, ActivityProblem, Problems};
use super::links::{Payment, PlannedCost, Voided};
use super::{distinct, remove, upsert};
use crate::domain::book::{Book, BookError};
use crate::domain::skip::is_false;
use crate::domain::text;
use crate::domain::{new_id, Id};
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// Hội nghị cán bộ, công chức (viên chức, người lao động): held every year with the employer.
    StaffConference,
    /// Hội nghị, họp, sinh hoạt chuyên đề.
    Meeting,
    /// Phong trào thi đua: "Lao động giỏi, Lao động sáng tạo", "Giỏi việc nước, đảm việc nhà", …
    Emulation,
    /// Thể dục, thể thao.
    Sports,
    /// Văn hóa, văn nghệ.
    Culture,
    /// Tham quan, học tập kinh nghiệm, nghỉ dưỡng.
    StudyTrip,
    /// Nhân đạo, từ thiện, an sinh xã hội.
    Charity,
    /// Gặp mặt, kỷ niệm, tặng quà: 8/3, 20/10, 1/6, Trung thu.
    Gathering,
    Other,
}

impl EventKind {
    pub const ALL: [EventKind; 9] = [
        EventKind::StaffConference,
        EventKind::Meeting,
        EventKind::Emulation,
        EventKind::Sports,
        EventKind::Culture,
        EventKind::StudyTrip,
        EventKind::Charity,
        EventKind::Gathering,
        EventKind::Other,
    ];
}

/// Money spent on an event; linked to its payment voucher once finance records it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cost {
    pub amount: Decimal,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub purpose: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voucher_id: Option<Id>,
}

/// An event or a movement, organised by the union or taken part in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    pub id: Id,
    pub kind: EventKind,
    pub title: String,
    pub start: NaiveDate,
    /// The last day, for an event of several days or a movement over a period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<NaiveDate>,
    /// Who organised it: "Công đoàn Khối các cơ quan Đảng", "Ban Chấp hành".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub organiser: String,
    /// Run by the women's committee (Ban Nữ công): shown in its own view.
    #[serde(default, skip_serializing_if = "is_false")]
    pub women_committee: bool,
    /// Members who took part, when they were listed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub participants: Vec<Id>,
    /// How many took part, when only counted (at least the members listed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headcount: Option<u32>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub results: String,
    /// Prizes won: "Giải nhất bóng chuyền hơi nam nữ kết hợp".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub prizes: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub costs: Vec<Cost>,
}

impl Event {
    /// How many took part: the count given, or the members listed.
    pub fn turnout(&self) -> usize {
        self.headcount.map_or(self.participants.len(), |n| n as usize)
    }

    /// The event ends in, or spans, the year.
    pub fn in_year(&self, year: i32) -> bool {
        self.start.year() <= year && self.end.unwrap_or(self.start).year() >= year
    }
}

/// A cost as typed: its amount and purpose, how it is paid, and for a new voucher its day (the event's
/// first day when empty) and payee (the organiser when empty). A cost paid by a voucher takes the
/// voucher's amount; its amount may be left empty.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CostDraft {
    pub amount: String,
    pub purpose: String,
    pub payment: Payment,
    pub date: String,
    pub party: String,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct EventDraft {
    pub kind: Option<EventKind>,
    pub title: String,
    pub start: String,
    pub end: String,
    pub organiser: String,
    pub women_committee: bool,
    pub participants: Vec<Id>,
    pub headcount: String,
    pub results: String,
    /// One prize a line.
    pub prizes: String,
    /// Costs; a line with neither amount nor purpose is dropped.
    pub costs: Vec<CostDraft>,
}

impl EventDraft {
    pub fn from_record(e: &Event) -> Self {
        EventDraft {
            kind: Some(e.kind),
            title: e.title.clone(),
            start: text::format_date(e.start),
            end: text::format_opt_date(e.end),
            organiser: e.organiser.clone(),
            women_committee: e.women_committee,
            participants: e.participants.clone(),
            headcount: e.headcount.map(|n| n.to_string()).unwrap_or_default(),
            results: e.results.clone(),
            prizes: e.prizes.join("\n"),
            costs: e
                .costs
                .iter()
                .map(|c| CostDraft {
                    amount: text::format_number(c.amount),
                    purpose: c.purpose.clone(),
                    payment: c.voucher_id.map_or(Payment::Outside, Payment::Link),
                    ..CostDraft::default()
                })
                .collect(),
        }
    }
}

impl Book {
    /// Records an event, or changes one when `id` is given, with its costs: each paid outside these books,
    /// by a new voucher, or by one already recorded (see `links`). A paid cost left out of the draft has its
    /// voucher voided; nothing changes when a voucher concerned is in a closed year.
    pub fn save_event(&mut self, id: Option<Id>, draft: &EventDraft, today: NaiveDate) -> Result<Id, BookError> {
        use ActivityField as F;
        let mut p = Problems::default();
        if draft.kind.is_none() {
            p.add(F::Kind, ActivityProblem::Required);
        }
        let title = p.text(F::Title, &draft.title, true);
        let start = p.date(F::Start, &draft.start, today, true, false);
        let end = p.date(F::End, &draft.end, today, false, false);
        if let (Some(s), Some(e)) = (start, end) {
            if e < s {
                p.add(F::End, ActivityProblem::EndBeforeStart);
            }
        }
        let organiser = p.text(F::Organiser, &draft.organiser, false);
        if draft.participants.iter().any(|m| self.anyone(*m).is_none()) {
            p.add(F::Headcount, ActivityProblem::UnknownMember);
        }
        let participants = distinct(&draft.participants);
        let headcount = match draft.headcount.trim() {
            "" => None,
            raw => match raw.parse::<u32>() {
                Ok(n) if (n as usize) < participants.len() => {
                    p.add(F::Headcount, ActivityProblem::FewerThanListed);
                    None
                }
                Ok(n) => Some(n),
                Err(_) => {
                    p.add(F::Headcount, ActivityProblem::NotANumber);
                    None
                }
            },
        };
        let results = p.text(F::Results, &draft.results, false);
        let prizes: Vec<String> = draft
            .prizes
            .lines()
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|l| !l.is_empty())
            .collect();
        let mut costs = Vec::new();
        for c in &draft.costs {
            let purpose = p.text(F::CostPurpose, &c.purpose, false);
            let paid = matches!(c.payment, Payment::Link(_));
            let amount = p.money(F::Cost, &c.amount);
            let date = p.date(F::CostDate, &c.date, today, false, false);
            let party = p.text(F::CostParty, &c.party, false);
            match (c.amount.trim().is_empty(), amount) {
                (true, _) if paid => {}
                (true, _) if purpose.is_empty() => continue,
                (true, _) => p.add(F::Cost, ActivityProblem::Required),
                (false, Some(_)) => {}
                (false, None) => continue,
            }
            costs.push(PlannedCost { amount, purpose, payment: c.payment.clone(), date, party });
        }
        let id = id.unwrap_or_else(new_id);
        let record = p.done(|| {
            Some(Event {
                id,
                kind: draft.kind?,
                title,
                start: start?,
                end: end.filter(|e| Some(*e) != start),
                organiser,
                women_committee: draft.women_committee,
                participants,
                headcount,
                results,
                prizes,
                costs: Vec::new(),
            })
        })?;
        let old = self.activities.events.iter().find(|e| e.id == id);
        let (plan, costs) = self.plan_costs(&record, old, costs)?;
        let record = Event { costs, ..record };
        plan.apply(&mut self.finance, today)?;
        upsert(&mut self.activities_mut().events, record, |e| e.id);
        Ok(id)
    }

    /// Removes an event; the vouchers of its costs are voided (refused in a closed year).
    pub fn remove_event(&mut self, id: Id, today: NaiveDate) -> Result<(), BookError> {
        let event = self.activities.events.iter().find(|e| e.id == id).ok_or(BookError::NotFound)?;
        let vouchers: Vec<Id> = event.costs.iter().filter_map(|c| c.voucher_id).collect();
        let plan = self.plan_removal(id, &vouchers, "Xóa hoạt động")?;
        plan.apply(&mut self.finance, today)?;
        remove(&mut self.activities_mut().events, |e| e.id == id)
    }
}

/// Events of a year (or all, for `None`), newest first, with their number and what they cost: each
/// event's cost in `costs` (same order), counted from its vouchers as `links::Voided` says.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EventList {
    pub events: Vec<Event>,
    pub costs: Vec<Decimal>,
    pub prizes: usize,
    pub cost: Decimal,
}

pub fn events_of(book: &Book, year: Option<i32>, women_committee_only: bool) -> EventList {
    let mut events: Vec<Event> = book
        .activities
        .events
        .iter()
        .filter(|e| year.is_none_or(|y| e.in_year(y)) && (!women_committee_only || e.women_committee))
        .cloned()
        .collect();
    events.sort_unstable_by_key(|e| std::cmp::Reverse(e.start));
    let voided = Voided::of(&book.finance);
    let costs: Vec<Decimal> = events.iter().map(|e| voided.cost(e)).collect();
    EventList { prizes: events.iter().map(|e| e.prizes.len()).sum(), cost: costs.iter().sum(), costs, events }
}

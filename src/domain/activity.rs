//! Activities of the union: welfare visits (chăm lo, thăm hỏi), events and emulation movements, titles and
//! awards (danh hiệu, khen thưởng), initiatives (sáng kiến), and the targets of the term (in `target.rs`).
//! The records, the checks a record must pass, the commands that change them, and the figures the pages show.

use super::book::{Book, BookError};
use super::file::FileError;
pub use super::links::Payment;
use super::links::{PlannedCost, Voided};
use super::member::{Gender, Member};
use super::target::Target;
use super::text;
pub use super::title::{
    titles_of_year, titles_year_to_show, BulkOutcome, BulkTitles, GrantDraft, Holder, Scope, Title, TitleDraft,
    TitleKind,
};
use super::{new_id, Id};
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};
use std::sync::Arc;

fn is_empty(text: &str) -> bool {
    text.is_empty()
}

fn is_false(b: &bool) -> bool {
    !*b
}

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

// ---------------------------------------------------------------------------------------------------------
// Welfare visits

/// Why the union visited or supported someone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WelfareKind {
    /// Ốm đau: illness, hospital.
    Illness,
    /// Hiếu: a death in the family.
    Bereavement,
    /// Hỷ: a wedding.
    Wedding,
    /// Sinh con.
    Childbirth,
    /// Khó khăn: hardship.
    Hardship,
    /// Thiên tai, dịch bệnh: floods, storms, epidemics.
    Disaster,
    /// Mừng thọ: a parent's longevity celebration.
    Longevity,
    Other,
}

impl WelfareKind {
    pub const ALL: [WelfareKind; 8] = [
        WelfareKind::Illness,
        WelfareKind::Bereavement,
        WelfareKind::Wedding,
        WelfareKind::Childbirth,
        WelfareKind::Hardship,
        WelfareKind::Disaster,
        WelfareKind::Longevity,
        WelfareKind::Other,
    ];
}

/// One visit or support: to a member, or to a member's relative; with money, a gift in kind, or both.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Welfare {
    pub id: Id,
    pub date: NaiveDate,
    pub kind: WelfareKind,
    /// The member visited, or whose relative was.
    pub member_id: Id,
    /// The relative, when the visit was not to the member: "Bố đẻ", "Mẹ vợ".
    #[serde(default, skip_serializing_if = "is_empty")]
    pub relative: String,
    /// Money given, whole đồng, more than zero.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<Decimal>,
    /// A gift in kind: "Quà, hoa", "01 thùng sữa".
    #[serde(default, skip_serializing_if = "is_empty")]
    pub gift: String,
    #[serde(default, skip_serializing_if = "is_empty")]
    pub note: String,
    /// The payment voucher (phiếu chi) of the amount, once the finance book records it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voucher_id: Option<Id>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct WelfareDraft {
    pub date: String,
    pub kind: Option<WelfareKind>,
    pub member_id: Option<Id>,
    pub relative: String,
    pub amount: String,
    pub gift: String,
    pub note: String,
    /// How the money is paid: a new voucher, one already recorded (or the visit's own), or none.
    pub payment: Payment,
}

impl WelfareDraft {
    pub fn from_record(w: &Welfare) -> Self {
        WelfareDraft {
            date: text::format_date(w.date),
            kind: Some(w.kind),
            member_id: Some(w.member_id),
            relative: w.relative.clone(),
            amount: w.amount.map(text::format_number).unwrap_or_default(),
            gift: w.gift.clone(),
            note: w.note.clone(),
            payment: w.voucher_id.map_or(Payment::Outside, Payment::Link),
        }
    }
}

// ---------------------------------------------------------------------------------------------------------
// Events and movements

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
    #[serde(default, skip_serializing_if = "is_empty")]
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
    #[serde(default, skip_serializing_if = "is_empty")]
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
    #[serde(default, skip_serializing_if = "is_empty")]
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

// ---------------------------------------------------------------------------------------------------------
// Initiatives

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
    #[serde(default, skip_serializing_if = "is_empty")]
    pub decision: String,
    #[serde(default, skip_serializing_if = "is_empty")]
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

// ---------------------------------------------------------------------------------------------------------
// Errors

/// A field of an activity form, to say where a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ActivityField {
    Date,
    Member,
    Relative,
    Kind,
    Amount,
    Gift,
    Note,
    Title,
    Organiser,
    Results,
    Prizes,
    Start,
    End,
    Headcount,
    Cost,
    Year,
    Holder,
    GrantedBy,
    Decision,
    DecisionDate,
    Authors,
    Name,
    Threshold,
    Min,
    Max,
    FromYear,
    ToYear,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ActivityProblem {
    Required,
    NotADate,
    InFuture,
    NotAnAmount,
    /// A welfare entry needs an amount, a gift, or both.
    AmountOrGift,
    UnknownMember,
    UnknownGroup,
    EndBeforeStart,
    NotAYear,
    NotANumber,
    /// The same title for the same holder, year and granting body is already recorded.
    Duplicate,
    /// The title is not for this kind of holder (Lao động tiên tiến for the union, …).
    NotForHolder,
    MinAboveMax,
    /// Fewer people counted than members listed.
    FewerThanListed,
    TooLong,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ActivityError {
    pub field: ActivityField,
    pub problem: ActivityProblem,
}

/// Collects the problems of a form, field by field.
#[derive(Default)]
pub(crate) struct Problems(pub Vec<ActivityError>);

impl Problems {
    pub fn add(&mut self, field: ActivityField, problem: ActivityProblem) {
        self.0.push(ActivityError { field, problem });
    }

    /// Text with runs of spaces made one; `Required` when empty and `required`.
    pub fn text(&mut self, field: ActivityField, raw: &str, required: bool) -> String {
        let value = raw.split_whitespace().collect::<Vec<_>>().join(" ");
        if required && value.is_empty() {
            self.add(field, ActivityProblem::Required);
        } else if value.chars().count() > MAX_TEXT {
            self.add(field, ActivityProblem::TooLong);
        }
        value
    }

    pub fn date(
        &mut self,
        field: ActivityField,
        raw: &str,
        today: NaiveDate,
        required: bool,
        past: bool,
    ) -> Option<NaiveDate> {
        if raw.trim().is_empty() {
            if required {
                self.add(field, ActivityProblem::Required);
            }
            return None;
        }
        match text::parse_date(raw, today.year()) {
            None => {
                self.add(field, ActivityProblem::NotADate);
                None
            }
            Some(d) if past && d > today => {
                self.add(field, ActivityProblem::InFuture);
                None
            }
            Some(d) => Some(d),
        }
    }

    pub fn year(&mut self, field: ActivityField, raw: &str) -> Option<i32> {
        if raw.trim().is_empty() {
            self.add(field, ActivityProblem::Required);
            return None;
        }
        let year = parse_year(raw);
        if year.is_none() {
            self.add(field, ActivityProblem::NotAYear);
        }
        year
    }

    /// Whole đồng more than zero; `None` for an empty field.
    pub fn money(&mut self, field: ActivityField, raw: &str) -> Option<Decimal> {
        if raw.trim().is_empty() {
            return None;
        }
        match text::parse_money(raw) {
            Some(amount) if text::positive_dong(amount) => Some(amount),
            _ => {
                self.add(field, ActivityProblem::NotAnAmount);
                None
            }
        }
    }

    pub fn done<T>(self, value: impl FnOnce() -> Option<T>) -> Result<T, BookError> {
        if self.0.is_empty() {
            if let Some(v) = value() {
                return Ok(v);
            }
        }
        Err(BookError::Activity(self.0))
    }
}

const MAX_TEXT: usize = 500;

/// A year as typed: four digits, 1945 to 2200.
pub fn parse_year(raw: &str) -> Option<i32> {
    let raw = raw.trim();
    let year: i32 = raw.parse().ok().filter(|_| raw.len() == 4)?;
    (1945..=2200).contains(&year).then_some(year)
}

// ---------------------------------------------------------------------------------------------------------
// Commands

impl Book {
    /// Anyone who has a record in the book: on the roster, former, or in the trash.
    pub fn anyone(&self, id: Id) -> Option<&Member> {
        self.member(id).or_else(|| self.trash.iter().find(|t| t.member.id == id).map(|t| t.member.as_ref()))
    }

    pub(crate) fn known_member(&self, id: Id) -> bool {
        self.members.iter().any(|m| m.id == id)
    }

    pub(crate) fn activities_mut(&mut self) -> &mut Activities {
        Arc::make_mut(&mut self.activities)
    }

    /// Records a welfare visit, or changes one when `id` is given, with its payment in the same step: a new
    /// voucher, one already recorded, or none (see `links`). A paid visit whose date, amount, member, kind
    /// or relative changes gets its voucher re-issued; nothing changes when a voucher concerned is in a
    /// closed year.
    pub fn save_welfare(&mut self, id: Option<Id>, draft: &WelfareDraft, today: NaiveDate) -> Result<Id, BookError> {
        use ActivityField as F;
        let mut p = Problems::default();
        let date = p.date(F::Date, &draft.date, today, true, true);
        if draft.kind.is_none() {
            p.add(F::Kind, ActivityProblem::Required);
        }
        match draft.member_id {
            None => p.add(F::Member, ActivityProblem::Required),
            Some(m) if !self.known_member(m) => p.add(F::Member, ActivityProblem::UnknownMember),
            _ => {}
        }
        let relative = p.text(F::Relative, &draft.relative, false);
        let amount = p.money(F::Amount, &draft.amount);
        let gift = p.text(F::Gift, &draft.gift, false);
        if draft.amount.trim().is_empty() && gift.is_empty() {
            p.add(F::Amount, ActivityProblem::AmountOrGift);
        }
        let note = p.text(F::Note, &draft.note, false);
        let id = id.unwrap_or_else(new_id);
        let mut record = p.done(|| {
            Some(Welfare {
                id,
                date: date?,
                kind: draft.kind?,
                member_id: draft.member_id?,
                relative,
                amount,
                gift,
                note,
                voucher_id: None,
            })
        })?;
        let old = self.activities.welfare.iter().find(|w| w.id == id);
        let (plan, voucher) = self.plan_visit(&record, old, &draft.payment)?;
        record.voucher_id = voucher;
        plan.apply(&mut self.finance, today);
        upsert(&mut self.activities_mut().welfare, record, |w| w.id);
        Ok(id)
    }

    /// Removes a welfare visit; the voucher that paid it is voided (refused in a closed year).
    pub fn remove_welfare(&mut self, id: Id, today: NaiveDate) -> Result<(), BookError> {
        let visit = self.activities.welfare.iter().find(|w| w.id == id).ok_or(BookError::NotFound)?;
        let plan = self.plan_removal(id, &visit.voucher_id.into_iter().collect::<Vec<_>>(), "Xóa lượt thăm hỏi")?;
        plan.apply(&mut self.finance, today);
        remove(&mut self.activities_mut().welfare, |w| w.id == id)
    }

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
            let purpose = p.text(F::Cost, &c.purpose, false);
            let paid = matches!(c.payment, Payment::Link(_));
            let amount = p.money(F::Cost, &c.amount);
            let date = p.date(F::Cost, &c.date, today, false, false);
            let party = p.text(F::Cost, &c.party, false);
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
        plan.apply(&mut self.finance, today);
        upsert(&mut self.activities_mut().events, record, |e| e.id);
        Ok(id)
    }

    /// Removes an event; the vouchers of its costs are voided (refused in a closed year).
    pub fn remove_event(&mut self, id: Id, today: NaiveDate) -> Result<(), BookError> {
        let event = self.activities.events.iter().find(|e| e.id == id).ok_or(BookError::NotFound)?;
        let vouchers: Vec<Id> = event.costs.iter().filter_map(|c| c.voucher_id).collect();
        let plan = self.plan_removal(id, &vouchers, "Xóa hoạt động")?;
        plan.apply(&mut self.finance, today);
        remove(&mut self.activities_mut().events, |e| e.id == id)
    }

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

// ---------------------------------------------------------------------------------------------------------
// Figures

/// Welfare of a period: counts and money by kind, and the entries behind them, newest first.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WelfareTotals {
    /// Kinds with at least one entry, in the order of `WelfareKind::ALL`: (kind, visits, money).
    pub by_kind: Vec<(WelfareKind, usize, Decimal)>,
    pub visits: usize,
    pub amount: Decimal,
    /// Entries with a gift in kind.
    pub gifts: usize,
    pub entries: Vec<Welfare>,
}

/// Welfare visits dated within a period (both ends included). The money counted is what was given: a
/// visit whose voucher was voided counts as a visit, with no money (`links::Voided`).
pub fn welfare_between(book: &Book, from: NaiveDate, to: NaiveDate) -> WelfareTotals {
    let voided = Voided::of(&book.finance);
    let mut entries: Vec<Welfare> =
        book.activities.welfare.iter().filter(|w| from <= w.date && w.date <= to).cloned().collect();
    entries.sort_unstable_by_key(|w| std::cmp::Reverse(w.date));
    let by_kind = WelfareKind::ALL
        .iter()
        .map(|&k| {
            let of_kind = entries.iter().filter(|w| w.kind == k);
            (k, of_kind.clone().count(), of_kind.filter_map(|w| voided.given(w)).sum::<Decimal>())
        })
        .filter(|(_, n, _)| *n > 0)
        .collect();
    WelfareTotals {
        by_kind,
        visits: entries.len(),
        amount: entries.iter().filter_map(|w| voided.given(w)).sum(),
        gifts: entries.iter().filter(|w| !w.gift.is_empty()).count(),
        entries,
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
        .chain([book.union.term_start.year(), today.year()])
        .fold((i32::MAX, i32::MIN), |(lo, hi), y| (lo.min(y), hi.max(y)));
    (first..=last).collect()
}

/// The women's committee's year: women on the roster at the year's reference date, and how many of them
/// hold "Giỏi việc nước, đảm việc nhà" and any title.
#[derive(Clone, Debug, PartialEq)]
pub struct WomenYear {
    pub year: i32,
    /// Women on the roster on 31 December (`target::population`).
    pub women: usize,
    /// `None` while no title of the year is recorded.
    pub good_at_work_and_home: Option<super::report::Share>,
    pub with_a_title: Option<super::report::Share>,
    pub events: usize,
}

pub fn women_by_year(book: &Book, years: &[i32]) -> Vec<WomenYear> {
    years
        .iter()
        .map(|&year| {
            let women: Vec<&Member> = super::target::population(book, year, true);
            let recorded = book.activities.titles.iter().any(|t| t.year == year);
            let holders = |kind: Option<TitleKind>| {
                let held: HashSet<Id> = book
                    .activities
                    .titles
                    .iter()
                    .filter(|t| t.year == year && kind.is_none_or(|k| t.kind.counts_as(k)))
                    .flat_map(|t| t.members.iter().copied())
                    .collect();
                let count = women.iter().filter(|m| held.contains(&m.id)).count();
                recorded.then_some(super::report::Share { count, of: women.len() })
            };
            WomenYear {
                year,
                women: women.len(),
                good_at_work_and_home: holders(Some(TitleKind::GoodAtWorkAndHome)),
                with_a_title: holders(None),
                events: book.activities.events.iter().filter(|e| e.women_committee && e.in_year(year)).count(),
            }
        })
        .collect()
}

/// Whether a member is a woman: the women's view lists their titles.
pub fn is_woman(book: &Book, id: Id) -> bool {
    book.anyone(id).is_some_and(|m| m.gender == Gender::Female)
}

// ---------------------------------------------------------------------------------------------------------
// The file

impl Activities {
    /// What the types cannot say: ids are unique, links point at members (on the roster, former or in the
    /// trash) and groups that exist, amounts are more than zero, targets are consistent.
    pub(crate) fn check(
        &self,
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
        for (i, w) in self.welfare.iter().enumerate() {
            unique(w.id, at("welfare", i, "id"))?;
            member(&w.member_id, at("welfare", i, "member_id"))?;
            if let Some(amount) = w.amount {
                positive(amount, at("welfare", i, "amount"))?;
            }
        }
        for (i, e) in self.events.iter().enumerate() {
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
        for (i, t) in self.titles.iter().enumerate() {
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
        for (i, n) in self.initiatives.iter().enumerate() {
            unique(n.id, at("initiatives", i, "id"))?;
            if n.title.trim().is_empty() {
                return Err(FileError::EmptyName { path: at("initiatives", i, "title") });
            }
            for (j, a) in n.authors.iter().enumerate() {
                member(a, at("initiatives", i, &format!("authors[{j}]")))?;
            }
        }
        for (i, t) in self.targets.iter().enumerate() {
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
}

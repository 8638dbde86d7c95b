//! Titles and awards (danh hiệu, khen thưởng) as they are granted: one decision of a year grants one title
//! to one or more holders — members, groups, the union itself. "Quyết định số 12/QĐ-CĐCS công nhận danh
//! hiệu Lao động tiên tiến năm 2024 cho 44 đồng chí" is one record with 44 members.

use super::form::{ActivityError, ActivityField as F, ActivityProblem, Problems};
use crate::domain::book::{Book, BookError};
use crate::domain::bounds;
use crate::domain::skip::is_false;
use crate::domain::text;
use crate::domain::{new_id, Id};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TitleKind {
    /// Lao động tiên tiến.
    AdvancedWorker,
    /// Chiến sỹ thi đua cơ sở.
    EmulationFighter,
    /// Đoàn viên công đoàn xuất sắc.
    OutstandingMember,
    /// "Giỏi việc nước, đảm việc nhà".
    GoodAtWorkAndHome,
    /// Giấy khen.
    Certificate,
    /// Bằng khen.
    MeritCertificate,
    /// Huân chương.
    Medal,
    /// Cờ thi đua.
    EmulationFlag,
    /// CĐCS vững mạnh.
    StrongUnion,
    /// CĐCS vững mạnh xuất sắc.
    ExcellentUnion,
    /// Tổ công đoàn vững mạnh.
    StrongGroup,
}

/// Who can hold a title.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    Members,
    Union,
    Groups,
    Collectives,
    Anyone,
}

impl TitleKind {
    pub const ALL: [TitleKind; 11] = [
        TitleKind::AdvancedWorker,
        TitleKind::EmulationFighter,
        TitleKind::OutstandingMember,
        TitleKind::GoodAtWorkAndHome,
        TitleKind::Certificate,
        TitleKind::MeritCertificate,
        TitleKind::Medal,
        TitleKind::EmulationFlag,
        TitleKind::StrongUnion,
        TitleKind::ExcellentUnion,
        TitleKind::StrongGroup,
    ];

    /// The titles recorded for a list of members at once ("Lưu danh sách"): a year's titles of members and
    /// the certificates given with them; a medal is granted one person at a time.
    pub const BULK: [TitleKind; 6] = [
        TitleKind::AdvancedWorker,
        TitleKind::EmulationFighter,
        TitleKind::OutstandingMember,
        TitleKind::GoodAtWorkAndHome,
        TitleKind::Certificate,
        TitleKind::MeritCertificate,
    ];

    pub fn scope(self) -> Scope {
        match self {
            TitleKind::AdvancedWorker
            | TitleKind::EmulationFighter
            | TitleKind::OutstandingMember
            | TitleKind::GoodAtWorkAndHome => Scope::Members,
            TitleKind::StrongUnion | TitleKind::ExcellentUnion => Scope::Union,
            TitleKind::StrongGroup => Scope::Groups,
            TitleKind::EmulationFlag => Scope::Collectives,
            TitleKind::Certificate | TitleKind::MeritCertificate | TitleKind::Medal => Scope::Anyone,
        }
    }

    pub fn fits(self, holder: Holder) -> bool {
        matches!(
            (self.scope(), holder),
            (Scope::Anyone, _)
                | (Scope::Members, Holder::Member(_))
                | (Scope::Union, Holder::Union)
                | (Scope::Groups, Holder::Group(_))
                | (Scope::Collectives, Holder::Union | Holder::Group(_))
        )
    }

    /// Awards whose granting body (cấp khen) must be named: Giấy khen, Bằng khen, Huân chương, Cờ thi đua.
    pub fn needs_granting_body(self) -> bool {
        matches!(
            self,
            TitleKind::Certificate | TitleKind::MeritCertificate | TitleKind::Medal | TitleKind::EmulationFlag
        )
    }

    /// Whether holding this title counts as holding `wanted`: a Chiến sỹ thi đua cơ sở is chosen among the
    /// Lao động tiên tiến (Luật Thi đua, khen thưởng), and a union rated vững mạnh xuất sắc is vững mạnh.
    pub fn counts_as(self, wanted: TitleKind) -> bool {
        self == wanted
            || matches!(
                (self, wanted),
                (TitleKind::EmulationFighter, TitleKind::AdvancedWorker)
                    | (TitleKind::ExcellentUnion, TitleKind::StrongUnion)
            )
    }
}

/// Who holds a title: the union itself, one of its groups, or a member.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Holder {
    Union,
    Group(Id),
    Member(Id),
}

/// One grant of a title for a year, by one decision, to its holders.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Title {
    pub id: Id,
    /// The year the title is for (năm thi đua).
    pub year: i32,
    pub kind: TitleKind,
    /// Granted to the union itself.
    #[serde(default, skip_serializing_if = "is_false")]
    pub union: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<Id>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<Id>,
    /// Who granted it (cấp khen): "Liên đoàn Lao động tỉnh", "Chủ tịch nước".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub granted_by: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub decision: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision_date: Option<NaiveDate>,
    /// More on the award: "hạng Nhì", "trong phong trào Văn hóa công sở".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl Title {
    pub fn holders(&self) -> impl Iterator<Item = Holder> + '_ {
        self.union
            .then_some(Holder::Union)
            .into_iter()
            .chain(self.groups.iter().map(|g| Holder::Group(*g)))
            .chain(self.members.iter().map(|m| Holder::Member(*m)))
    }

    pub fn holds(&self, holder: Holder) -> bool {
        match holder {
            Holder::Union => self.union,
            Holder::Group(g) => self.groups.contains(&g),
            Holder::Member(m) => self.members.contains(&m),
        }
    }

    fn add(&mut self, holder: Holder) {
        match holder {
            Holder::Union => self.union = true,
            Holder::Group(g) => self.groups.push(g),
            Holder::Member(m) => self.members.push(m),
        }
    }

    fn take(&mut self, holder: Holder) {
        match holder {
            Holder::Union => self.union = false,
            Holder::Group(g) => self.groups.retain(|x| *x != g),
            Holder::Member(m) => self.members.retain(|x| *x != m),
        }
    }

    /// The same title of the same year from the same granting body.
    fn same_award(&self, year: i32, kind: TitleKind, body: &str) -> bool {
        self.year == year && self.kind == kind && text::fold(&self.granted_by) == body
    }

    /// A year within the bounds, at least one holder, each once, each one the title is for.
    pub fn consistent(&self) -> Result<(), ActivityError> {
        let fail = |field, problem| Err(ActivityError { field, problem });
        if !bounds::year_ok(self.year) {
            return fail(F::Year, ActivityProblem::NotAYear);
        }
        let holders: Vec<Holder> = self.holders().collect();
        if holders.is_empty() {
            return fail(F::Holder, ActivityProblem::Required);
        }
        if holders.iter().collect::<HashSet<_>>().len() != holders.len() {
            return fail(F::Holder, ActivityProblem::Duplicate);
        }
        if holders.iter().any(|h| !self.kind.fits(*h)) {
            return fail(F::Holder, ActivityProblem::NotForHolder);
        }
        Ok(())
    }
}

/// One title for one holder, as typed in the form.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TitleDraft {
    pub year: String,
    pub kind: Option<TitleKind>,
    pub holder: Option<Holder>,
    pub granted_by: String,
    pub decision: String,
    pub decision_date: String,
    pub note: String,
}

/// What a grant's decision says, as corrected in its form: the same year and kind, for the same holders.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GrantDraft {
    pub granted_by: String,
    pub decision: String,
    pub decision_date: String,
    pub note: String,
}

/// The titles of one kind for one year, as ticked in a list of members: afterwards exactly the members in
/// `members` hold it (from this granting body, for awards named by theirs); the decision applies to those
/// who newly receive it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BulkTitles {
    pub year: String,
    pub kind: Option<TitleKind>,
    pub members: Vec<Id>,
    pub granted_by: String,
    pub decision: String,
    pub decision_date: String,
}

/// What a bulk entry did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BulkOutcome {
    pub added: usize,
    pub removed: usize,
}

/// A grant's details, checked; its holders come separately.
struct Grant {
    year: i32,
    kind: TitleKind,
    granted_by: String,
    decision: String,
    decision_date: Option<NaiveDate>,
    note: String,
}

impl Grant {
    fn matches(&self, t: &Title) -> bool {
        t.same_award(self.year, self.kind, &text::fold(&self.granted_by))
            && t.decision == self.decision
            && t.decision_date == self.decision_date
            && t.note == self.note
    }

    fn into_title(self, holders: impl IntoIterator<Item = Holder>) -> Title {
        let mut title = Title {
            id: new_id(),
            year: self.year,
            kind: self.kind,
            union: false,
            groups: Vec::new(),
            members: Vec::new(),
            granted_by: self.granted_by,
            decision: self.decision,
            decision_date: self.decision_date,
            note: self.note,
        };
        holders.into_iter().for_each(|h| title.add(h));
        title
    }
}

#[allow(clippy::too_many_arguments)]
fn grant(
    p: &mut Problems,
    year: &str,
    kind: Option<TitleKind>,
    granted_by: &str,
    decision: &str,
    date: &str,
    note: &str,
    today: NaiveDate,
) -> Option<Grant> {
    let year = p.year(F::Year, year);
    if kind.is_none() {
        p.add(F::Kind, ActivityProblem::Required);
    }
    let granted_by = p.text(F::GrantedBy, granted_by, kind.is_some_and(TitleKind::needs_granting_body));
    let decision = p.text(F::Decision, decision, false);
    let decision_date = p.date(F::DecisionDate, date, today, false, true);
    let note = p.text(F::Note, note, false);
    Some(Grant { year: year?, kind: kind?, granted_by, decision, decision_date, note })
}

impl Book {
    /// Records a title or award of a year for a member, a group or the union. It joins the grant of the
    /// same decision when there is one.
    pub fn grant_title(&mut self, draft: &TitleDraft, today: NaiveDate) -> Result<Id, BookError> {
        let mut p = Problems::default();
        let details = grant(
            &mut p,
            &draft.year,
            draft.kind,
            &draft.granted_by,
            &draft.decision,
            &draft.decision_date,
            &draft.note,
            today,
        );
        match draft.holder {
            None => p.add(F::Holder, ActivityProblem::Required),
            Some(Holder::Member(m)) if !self.known_member(m) => p.add(F::Holder, ActivityProblem::UnknownMember),
            Some(Holder::Group(g)) if self.group(g).is_none() => p.add(F::Holder, ActivityProblem::UnknownGroup),
            Some(h) if draft.kind.is_some_and(|k| !k.fits(h)) => p.add(F::Holder, ActivityProblem::NotForHolder),
            Some(h) => {
                if let Some(g) = &details {
                    let body = text::fold(&g.granted_by);
                    if self.activities.titles.iter().any(|t| t.same_award(g.year, g.kind, &body) && t.holds(h)) {
                        p.add(F::Holder, ActivityProblem::Duplicate);
                    }
                }
            }
        }
        let (details, holder) = p.done(|| Some((details?, draft.holder?)))?;
        let titles = &mut self.activities_mut().titles;
        if let Some(existing) = titles.iter_mut().find(|t| details.matches(t)) {
            existing.add(holder);
            return Ok(existing.id);
        }
        let title = details.into_title([holder]);
        let id = title.id;
        titles.push(title);
        Ok(id)
    }

    /// Corrects what a grant's decision says (granting body, number, date, note) for all its holders at
    /// once. A holder may not end up with the same award twice from one granting body.
    pub fn correct_grant(&mut self, id: Id, draft: &GrantDraft, today: NaiveDate) -> Result<(), BookError> {
        let title = self.activities.titles.iter().find(|t| t.id == id).ok_or(BookError::NotFound)?;
        let mut p = Problems::default();
        let year = title.year.to_string();
        let details = grant(
            &mut p,
            &year,
            Some(title.kind),
            &draft.granted_by,
            &draft.decision,
            &draft.decision_date,
            &draft.note,
            today,
        );
        if let Some(g) = &details {
            let body = text::fold(&g.granted_by);
            let twice =
                |o: &Title| o.id != id && o.same_award(g.year, g.kind, &body) && title.holders().any(|h| o.holds(h));
            if self.activities.titles.iter().any(twice) {
                p.add(F::GrantedBy, ActivityProblem::Duplicate);
            }
        }
        let details = p.done(|| details)?;
        if let Some(t) = self.activities_mut().titles.iter_mut().find(|t| t.id == id) {
            t.granted_by = details.granted_by;
            t.decision = details.decision;
            t.decision_date = details.decision_date;
            t.note = details.note;
        }
        Ok(())
    }

    /// Takes one holder off a grant; a grant left without holders goes.
    pub fn remove_title_holder(&mut self, id: Id, holder: Holder) -> Result<(), BookError> {
        let titles = &mut self.activities_mut().titles;
        let title = titles.iter_mut().find(|t| t.id == id && t.holds(holder)).ok_or(BookError::NotFound)?;
        title.take(holder);
        titles.retain(|t| t.holders().next().is_some());
        Ok(())
    }

    /// A year's titles of one kind for members, from a ticked list: afterwards exactly the ticked members
    /// hold it. Those who held it and stay ticked keep their grant; those newly ticked join the grant of the
    /// decision given (a new one if there is none).
    pub fn set_member_titles(&mut self, bulk: &BulkTitles, today: NaiveDate) -> Result<BulkOutcome, BookError> {
        let mut p = Problems::default();
        let details =
            grant(&mut p, &bulk.year, bulk.kind, &bulk.granted_by, &bulk.decision, &bulk.decision_date, "", today);
        if bulk.kind.is_some_and(|k| !TitleKind::BULK.contains(&k)) {
            p.add(F::Kind, ActivityProblem::NotForHolder);
        }
        let known: HashSet<Id> = self.members.iter().map(|m| m.id).collect();
        if bulk.members.iter().any(|m| !known.contains(m)) {
            p.add(F::Member, ActivityProblem::UnknownMember);
        }
        let details = p.done(|| details)?;
        let ticked: HashSet<Id> = bulk.members.iter().copied().collect();
        // Awards named by their granting body are set per body: ticking Giấy khen of one body leaves another's.
        let by_body = details.kind.needs_granting_body();
        let body = text::fold(&details.granted_by);
        let in_scope = |t: &Title| {
            t.year == details.year && t.kind == details.kind && (!by_body || text::fold(&t.granted_by) == body)
        };
        let titles = &mut self.activities_mut().titles;
        let mut outcome = BulkOutcome::default();
        let mut held = HashSet::new();
        for t in titles.iter_mut().filter(|t| in_scope(t)) {
            let before = t.members.len();
            t.members.retain(|m| ticked.contains(m));
            outcome.removed += before - t.members.len();
            held.extend(t.members.iter().copied());
        }
        titles.retain(|t| t.holders().next().is_some());
        let new: Vec<Holder> = bulk.members.iter().filter(|m| held.insert(**m)).map(|m| Holder::Member(*m)).collect();
        outcome.added = new.len();
        if new.is_empty() {
            return Ok(outcome);
        }
        match titles.iter_mut().find(|t| details.matches(t)) {
            Some(existing) => new.into_iter().for_each(|h| existing.add(h)),
            None => titles.push(details.into_title(new)),
        }
        Ok(outcome)
    }
}

/// The year a titles page opens on: the latest year up to today with titles granted, or else last year.
pub fn titles_year_to_show(book: &Book, today: NaiveDate) -> i32 {
    use chrono::Datelike;
    let granted = book.activities.titles.iter().map(|t| t.year).filter(|y| *y <= today.year());
    granted.max().unwrap_or(today.year() - 1)
}

/// How many hold each kind of title in a year (kinds none hold left out), and the year's grants.
pub fn titles_of_year(book: &Book, year: i32) -> (Vec<(TitleKind, usize)>, Vec<Title>) {
    let titles: Vec<Title> = book.activities.titles.iter().filter(|t| t.year == year).cloned().collect();
    let counts = TitleKind::ALL
        .iter()
        .map(|&k| (k, titles.iter().filter(|t| t.kind == k).map(|t| t.holders().count()).sum()))
        .filter(|(_, n)| *n > 0)
        .collect();
    (counts, titles)
}

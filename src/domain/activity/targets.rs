//! The targets of the term (chỉ tiêu) as data: a measure of the records, a comparison and a period of
//! years: the record, its form and its commands. What a measure counts, and how a target is evaluated
//! year by year, is in `measures`.

use super::form::{ActivityError, ActivityField, ActivityProblem, Problems};
use super::measures::Value;
use super::titles::TitleKind;
use super::{remove, upsert};
use super::{EventKind, InitiativeLevel, WelfareKind};
use crate::domain::book::{Book, BookError};
use crate::domain::bounds;
use crate::domain::skip::is_false;
use crate::domain::text;
use crate::domain::{new_id, Id};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// What a target measures in a year. In the file: `{"kind": "member_title_share", "title": "…"}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "MeasureFields", into = "MeasureFields")]
pub enum Measure {
    /// The share of members (or of women members) holding a title for the year.
    MemberTitleShare { title: TitleKind, women: bool },
    /// How many members (or women members) hold a title for the year.
    MemberTitleCount { title: TitleKind, women: bool },
    /// Whether the union itself holds a title (a rating: vững mạnh) for the year.
    UnionTitle { title: TitleKind },
    /// Initiatives of the year recognised at this level or above.
    Initiatives { level: InitiativeLevel },
    /// Welfare visits of the year, of one kind or all.
    WelfareVisits { welfare: Option<WelfareKind> },
    /// Money given in welfare visits of the year, of one kind or all.
    WelfareSpending { welfare: Option<WelfareKind> },
    /// Events of a kind held in the year ("Hội nghị cán bộ, công chức hằng năm").
    Events { event: EventKind },
    /// What no record shows (a commitment signed, a cultural title kept): the committee records met or not
    /// for each year.
    Manual,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum MeasureKind {
    MemberTitleShare,
    MemberTitleCount,
    UnionTitle,
    Initiatives,
    WelfareVisits,
    WelfareSpending,
    Events,
    Manual,
}

/// A measure as the file writes it: its kind and the settings that kind uses. Serde's internally tagged
/// enums read the same JSON but buffer every value, which costs the wasm far more code than this.
#[derive(Clone, Copy, Serialize, Deserialize)]
struct MeasureFields {
    kind: MeasureKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    title: Option<TitleKind>,
    #[serde(default, skip_serializing_if = "is_false")]
    women: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    level: Option<InitiativeLevel>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    welfare: Option<WelfareKind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    event: Option<EventKind>,
}

impl From<Measure> for MeasureFields {
    fn from(m: Measure) -> Self {
        let none = MeasureFields {
            kind: MeasureKind::Manual,
            title: None,
            women: false,
            level: None,
            welfare: None,
            event: None,
        };
        match m {
            Measure::MemberTitleShare { title, women } => {
                MeasureFields { kind: MeasureKind::MemberTitleShare, title: Some(title), women, ..none }
            }
            Measure::MemberTitleCount { title, women } => {
                MeasureFields { kind: MeasureKind::MemberTitleCount, title: Some(title), women, ..none }
            }
            Measure::UnionTitle { title } => {
                MeasureFields { kind: MeasureKind::UnionTitle, title: Some(title), ..none }
            }
            Measure::Initiatives { level } => {
                MeasureFields { kind: MeasureKind::Initiatives, level: Some(level), ..none }
            }
            Measure::WelfareVisits { welfare } => MeasureFields { kind: MeasureKind::WelfareVisits, welfare, ..none },
            Measure::WelfareSpending { welfare } => {
                MeasureFields { kind: MeasureKind::WelfareSpending, welfare, ..none }
            }
            Measure::Events { event } => MeasureFields { kind: MeasureKind::Events, event: Some(event), ..none },
            Measure::Manual => none,
        }
    }
}

impl TryFrom<MeasureFields> for Measure {
    type Error = &'static str;

    fn try_from(f: MeasureFields) -> Result<Self, Self::Error> {
        let title = f.title.ok_or("missing field `title`");
        Ok(match f.kind {
            MeasureKind::MemberTitleShare => Measure::MemberTitleShare { title: title?, women: f.women },
            MeasureKind::MemberTitleCount => Measure::MemberTitleCount { title: title?, women: f.women },
            MeasureKind::UnionTitle => Measure::UnionTitle { title: title? },
            MeasureKind::Initiatives => Measure::Initiatives { level: f.level.unwrap_or_default() },
            MeasureKind::WelfareVisits => Measure::WelfareVisits { welfare: f.welfare },
            MeasureKind::WelfareSpending => Measure::WelfareSpending { welfare: f.welfare },
            MeasureKind::Events => Measure::Events { event: f.event.ok_or("missing field `event`")? },
            MeasureKind::Manual => Measure::Manual,
        })
    }
}

impl Measure {
    /// Measures whose value is yes or no, compared by `Comparison::Achieved`.
    pub fn is_yes_no(&self) -> bool {
        matches!(self, Measure::UnionTitle { .. } | Measure::Manual)
    }

    /// Measures of money: thresholds are amounts of đồng.
    pub fn is_money(&self) -> bool {
        matches!(self, Measure::WelfareSpending { .. })
    }

    pub fn is_share(&self) -> bool {
        matches!(self, Measure::MemberTitleShare { .. })
    }

    /// One of each measure with its usual settings: the choices offered when defining a target.
    pub const CHOICES: [Measure; 8] = [
        Measure::MemberTitleShare { title: TitleKind::AdvancedWorker, women: false },
        Measure::MemberTitleCount { title: TitleKind::AdvancedWorker, women: false },
        Measure::UnionTitle { title: TitleKind::StrongUnion },
        Measure::Initiatives { level: InitiativeLevel::Base },
        Measure::WelfareVisits { welfare: None },
        Measure::WelfareSpending { welfare: None },
        Measure::Events { event: EventKind::StaffConference },
        Measure::Manual,
    ];

    /// The position of this measure's kind in `CHOICES`.
    pub fn choice(&self) -> usize {
        Measure::CHOICES.iter().position(|c| std::mem::discriminant(c) == std::mem::discriminant(self)).unwrap_or(0)
    }
}

/// How the value of a year is compared. Shares are compared in percent as shown (two decimals). In the
/// file: `{"kind": "between", "min": "15", "max": "20"}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "ComparisonFields", into = "ComparisonFields")]
pub enum Comparison {
    AtLeast {
        value: Decimal,
    },
    AtMost {
        value: Decimal,
    },
    Between {
        min: Decimal,
        max: Decimal,
    },
    /// For a yes-or-no measure: yes.
    Achieved,
}

/// A comparison as the file writes it (see `MeasureFields` for why not an internally tagged enum).
#[derive(Clone, Copy, Serialize, Deserialize)]
struct ComparisonFields {
    kind: ComparisonKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    value: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    min: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    max: Option<Decimal>,
}

impl From<Comparison> for ComparisonFields {
    fn from(c: Comparison) -> Self {
        let none = ComparisonFields { kind: c.kind(), value: None, min: None, max: None };
        match c {
            Comparison::AtLeast { value } | Comparison::AtMost { value } => {
                ComparisonFields { value: Some(value), ..none }
            }
            Comparison::Between { min, max } => ComparisonFields { min: Some(min), max: Some(max), ..none },
            Comparison::Achieved => none,
        }
    }
}

impl TryFrom<ComparisonFields> for Comparison {
    type Error = &'static str;

    fn try_from(f: ComparisonFields) -> Result<Self, Self::Error> {
        let value = f.value.ok_or("missing field `value`");
        Ok(match f.kind {
            ComparisonKind::AtLeast => Comparison::AtLeast { value: value? },
            ComparisonKind::AtMost => Comparison::AtMost { value: value? },
            ComparisonKind::Between => Comparison::Between {
                min: f.min.ok_or("missing field `min`")?,
                max: f.max.ok_or("missing field `max`")?,
            },
            ComparisonKind::Achieved => Comparison::Achieved,
        })
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ComparisonKind {
    #[default]
    AtLeast,
    AtMost,
    Between,
    Achieved,
}

impl ComparisonKind {
    pub const ALL: [ComparisonKind; 3] = [ComparisonKind::AtLeast, ComparisonKind::AtMost, ComparisonKind::Between];
}

impl Comparison {
    pub fn kind(&self) -> ComparisonKind {
        match self {
            Comparison::AtLeast { .. } => ComparisonKind::AtLeast,
            Comparison::AtMost { .. } => ComparisonKind::AtMost,
            Comparison::Between { .. } => ComparisonKind::Between,
            Comparison::Achieved => ComparisonKind::Achieved,
        }
    }

    /// Whether a value meets the comparison; `None` when they do not fit (a number against "achieved").
    pub fn holds(&self, value: &Value) -> Option<bool> {
        match (self, value) {
            (Comparison::Achieved, Value::YesNo(yes)) => Some(*yes),
            (_, Value::YesNo(_)) | (Comparison::Achieved, _) => None,
            (Comparison::AtLeast { value: v }, x) => Some(x.number()? >= *v),
            (Comparison::AtMost { value: v }, x) => Some(x.number()? <= *v),
            (Comparison::Between { min, max }, x) => x.number().map(|n| *min <= n && n <= *max),
        }
    }
}

/// A year's result recorded by hand, for a `Measure::Manual` target.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManualResult {
    pub year: i32,
    pub met: bool,
}

/// A target of the term: "Hằng năm 100% đoàn viên đạt Lao động tiên tiến" from 2023 to 2028.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Target {
    pub id: Id,
    pub name: String,
    pub measure: Measure,
    pub comparison: Comparison,
    pub from_year: i32,
    pub to_year: i32,
    /// For a manual measure: the committee's word for each year assessed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub results: Vec<ManualResult>,
}

impl Target {
    /// The comparison fits the measure, the bounds are in order, the period runs forward.
    pub fn consistent(&self) -> Result<(), ActivityError> {
        let fail = |field, problem| Err(ActivityError { field, problem });
        if self.measure.is_yes_no() != (self.comparison == Comparison::Achieved) {
            return fail(ActivityField::Kind, ActivityProblem::DoesNotFit);
        }
        if let Comparison::Between { min, max } = self.comparison {
            if min > max {
                return fail(ActivityField::Min, ActivityProblem::MinAboveMax);
            }
        }
        for (field, year) in [(ActivityField::FromYear, self.from_year), (ActivityField::ToYear, self.to_year)] {
            if !bounds::year_ok(year) {
                return fail(field, ActivityProblem::NotAYear);
            }
        }
        if self.from_year > self.to_year {
            return fail(ActivityField::ToYear, ActivityProblem::EndBeforeStart);
        }
        Ok(())
    }

    pub fn years(&self) -> std::ops::RangeInclusive<i32> {
        self.from_year..=self.to_year
    }
}

/// A target as typed in the form; the measure is chosen from `Measure::CHOICES` and set by the form.
#[derive(Clone, Debug, PartialEq)]
pub struct TargetDraft {
    pub name: String,
    pub measure: Measure,
    pub comparison: ComparisonKind,
    pub value: String,
    pub min: String,
    pub max: String,
    pub from_year: String,
    pub to_year: String,
}

/// A threshold as typed: a number (comma or dot for decimals) of 0 or more; for money, whole đồng.
fn threshold(p: &mut Problems, field: ActivityField, raw: &str, money: bool) -> Option<Decimal> {
    if raw.trim().is_empty() {
        p.add(field, ActivityProblem::Required);
        return None;
    }
    let parsed = if money {
        text::parse_money(raw).filter(|n| n.fract().is_zero())
    } else {
        raw.trim().trim_end_matches('%').trim().replace(',', ".").parse::<Decimal>().ok()
    };
    match parsed {
        Some(n) if n >= Decimal::ZERO => Some(n),
        _ => {
            p.add(field, if money { ActivityProblem::NotAnAmount } else { ActivityProblem::NotANumber });
            None
        }
    }
}

impl TargetDraft {
    pub fn from_target(t: &Target) -> Self {
        let number = |d: Decimal| {
            if t.measure.is_money() {
                text::format_number(d)
            } else {
                text::format_decimal(d)
            }
        };
        let (value, min, max) = match t.comparison {
            Comparison::AtLeast { value } | Comparison::AtMost { value } => {
                (number(value), String::new(), String::new())
            }
            Comparison::Between { min, max } => (String::new(), number(min), number(max)),
            Comparison::Achieved => Default::default(),
        };
        TargetDraft {
            name: t.name.clone(),
            measure: t.measure,
            comparison: t.comparison.kind(),
            value,
            min,
            max,
            from_year: t.from_year.to_string(),
            to_year: t.to_year.to_string(),
        }
    }

    fn validate(&self, id: Id, results: Vec<ManualResult>) -> Result<Target, BookError> {
        use ActivityField as F;
        let mut p = Problems::default();
        let name = p.text(F::Name, &self.name, true);
        let from_year = p.year(F::FromYear, &self.from_year);
        let to_year = p.year(F::ToYear, &self.to_year);
        if let (Some(from), Some(to)) = (from_year, to_year) {
            if to < from {
                p.add(F::ToYear, ActivityProblem::EndBeforeStart);
            }
        }
        let money = self.measure.is_money();
        let comparison = match (self.measure.is_yes_no(), self.comparison) {
            (true, _) => Some(Comparison::Achieved),
            (false, ComparisonKind::AtLeast | ComparisonKind::Achieved) => {
                threshold(&mut p, F::Threshold, &self.value, money).map(|value| Comparison::AtLeast { value })
            }
            (false, ComparisonKind::AtMost) => {
                threshold(&mut p, F::Threshold, &self.value, money).map(|value| Comparison::AtMost { value })
            }
            (false, ComparisonKind::Between) => {
                let min = threshold(&mut p, F::Min, &self.min, money);
                let max = threshold(&mut p, F::Max, &self.max, money);
                match (min, max) {
                    (Some(min), Some(max)) if min > max => {
                        p.add(F::Max, ActivityProblem::MinAboveMax);
                        None
                    }
                    (Some(min), Some(max)) => Some(Comparison::Between { min, max }),
                    _ => None,
                }
            }
        };
        let results = if self.measure == Measure::Manual { results } else { Vec::new() };
        p.done(|| {
            Some(Target {
                id,
                name,
                measure: self.measure,
                comparison: comparison?,
                from_year: from_year?,
                to_year: to_year?,
                results,
            })
        })
    }
}

impl Book {
    /// Defines a target, or changes one when `id` is given (a manual target keeps the results recorded).
    pub fn save_target(&mut self, id: Option<Id>, draft: &TargetDraft) -> Result<Id, BookError> {
        let id = id.unwrap_or_else(new_id);
        let kept = self.activities.targets.iter().find(|t| t.id == id).map(|t| t.results.clone()).unwrap_or_default();
        let target = draft.validate(id, kept)?;
        upsert(&mut self.activities_mut().targets, target, |t| t.id);
        Ok(id)
    }

    pub fn remove_target(&mut self, id: Id) -> Result<(), BookError> {
        remove(&mut self.activities_mut().targets, |t| t.id == id)
    }

    /// Records whether a manual target was met in a year (`None` takes the word back).
    pub fn record_target_result(&mut self, id: Id, year: i32, met: Option<bool>) -> Result<(), BookError> {
        let activities = self.activities_mut();
        let target = activities.targets.iter_mut().find(|t| t.id == id).ok_or(BookError::NotFound)?;
        if target.measure != Measure::Manual || !target.years().contains(&year) {
            return Err(BookError::Activity(vec![ActivityError {
                field: ActivityField::Year,
                problem: ActivityProblem::NotAYear,
            }]));
        }
        target.results.retain(|r| r.year != year);
        if let Some(met) = met {
            let at = target.results.partition_point(|r| r.year < year);
            target.results.insert(at, ManualResult { year, met });
        }
        Ok(())
    }
}

//! The kind of unit the union belongs to, as dated data: it decides what dues are computed on, at which
//! rate, whether they are capped, and whether they are collected at all (QĐ 61/QĐ-TLĐ from 01/07/2025,
//! before it QĐ 1908/2016 art. 23; Công văn 4133/TLĐ-ToC for budget-funded agencies from 01/06/2025).

use super::rules::{value_on, Dated};
use super::{Field, FinanceError, Problem, Problems};
use crate::domain::{bounds, text};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnitKind {
    /// State agencies, armed forces, public units paid wholly by the budget: no dues from 01/06/2025.
    BudgetAgency,
    /// Public service units not wholly paid by the budget: dues on the insured salary, no cap.
    PublicUnit,
    /// State-owned enterprises: dues on take-home pay, capped.
    StateEnterprise,
    /// Other enterprises, cooperatives, foreign organisations: dues on the insured salary, capped; the
    /// committee may vote for take-home pay or a higher rate.
    #[default]
    OtherEnterprise,
}

impl UnitKind {
    pub const ALL: [UnitKind; 4] =
        [UnitKind::BudgetAgency, UnitKind::PublicUnit, UnitKind::StateEnterprise, UnitKind::OtherEnterprise];

    /// Whether a month's dues are capped at a share of lương cơ sở.
    pub fn capped(self) -> bool {
        matches!(self, UnitKind::StateEnterprise | UnitKind::OtherEnterprise)
    }

    /// Whether the union may choose its base and vote a higher rate.
    pub fn chooses(self) -> bool {
        self == UnitKind::OtherEnterprise
    }
}

/// What the salary recorded for each member is: the insured salary, or take-home pay (after insurance and
/// personal income tax). Dues are the rate of that figure.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DuesBase {
    #[default]
    Insured,
    TakeHome,
}

/// How dues are computed from a date on.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DuesScheme {
    pub kind: UnitKind,
    #[serde(default, skip_serializing_if = "is_insured")]
    pub base: DuesBase,
    /// A higher rate, in percent, voted by the expanded executive committee; the rules' rate otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rate: Option<Decimal>,
    /// The number of the resolution that voted the higher rate.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub resolution: String,
    /// What a member with no salary recorded pays a month, where the union set it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fixed: Option<Decimal>,
}

fn is_insured(base: &DuesBase) -> bool {
    *base == DuesBase::Insured
}

impl DuesScheme {
    /// The base in force: state-owned enterprises take take-home pay whatever was chosen.
    pub fn base(&self) -> DuesBase {
        match self.kind {
            UnitKind::StateEnterprise => DuesBase::TakeHome,
            kind if kind.chooses() => self.base,
            _ => DuesBase::Insured,
        }
    }

    /// The voted rate, where the kind of unit allows one.
    pub fn voted_rate(&self) -> Option<Decimal> {
        self.rate.filter(|_| self.kind.chooses())
    }

    /// Whether a scheme's values are within what the book takes, for the file reader.
    pub fn within_bounds(&self) -> bool {
        self.rate.is_none_or(|r| !r.is_sign_negative() && r <= Decimal::ONE_HUNDRED)
            && self.fixed.is_none_or(bounds::positive_dong)
            && bounds::text_ok(&self.resolution)
    }
}

/// The union's kinds of unit over time, and whether a person has confirmed them: a book from before kinds
/// of unit knew only whether dues were capped, and the kind it was given is a guess until confirmed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Units {
    pub schemes: Vec<Dated<DuesScheme>>,
    #[serde(default)]
    pub confirmed: bool,
}

/// A new book's: an enterprise's rules, to confirm.
impl Default for Units {
    fn default() -> Units {
        Units::from_cap(true)
    }
}

impl Units {
    /// What an older book's `dues_cap` says: capped means an enterprise, not capped a public unit (a
    /// budget-funded agency's dues stop in 2025, which the person must choose knowingly).
    pub fn from_cap(capped: bool) -> Units {
        let kind = if capped { UnitKind::OtherEnterprise } else { UnitKind::PublicUnit };
        // The first day of the standard rules; the first scheme holds before it too.
        let from = NaiveDate::from_ymd_opt(2013, 1, 1).unwrap_or_default();
        Units { schemes: vec![Dated { from, value: DuesScheme { kind, ..DuesScheme::default() } }], confirmed: false }
    }

    /// Sets how dues are computed from a date on, replacing what was set for the same date. Whoever sets it
    /// has chosen the kind of unit: an unconfirmed guess gives way to it entirely.
    pub fn set(&mut self, scheme: Dated<DuesScheme>) {
        if !self.confirmed {
            self.schemes.clear();
        }
        super::rules::set(&mut self.schemes, scheme);
        self.confirmed = true;
    }

    /// Removes what was set from a date; the last scheme stays, so that dues always have rules.
    pub fn remove(&mut self, from: NaiveDate) -> bool {
        let before = self.schemes.len();
        if before > 1 {
            self.schemes.retain(|d| d.from != from);
        }
        self.schemes.len() != before
    }

    /// Confirms the kind of unit an older book was given, or corrects it.
    pub fn confirm(&mut self, kind: UnitKind) {
        self.schemes.iter_mut().for_each(|d| d.value.kind = kind);
        self.confirmed = true;
    }

    /// The scheme in force on a date; the first one before it, so that no month goes without rules.
    pub fn on(&self, date: NaiveDate) -> DuesScheme {
        value_on(&self.schemes, date).or(self.schemes.first().map(|d| &d.value)).cloned().unwrap_or_default()
    }
}

/// A scheme as typed in the form.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SchemeDraft {
    pub from: String,
    pub kind: UnitKind,
    pub base: DuesBase,
    pub rate: String,
    pub resolution: String,
    pub fixed: String,
}

impl SchemeDraft {
    /// The dated scheme, or the problems of its fields.
    pub fn read(&self, pivot_year: i32) -> Result<Dated<DuesScheme>, FinanceError> {
        let mut problems = Problems::default();
        let from = match text::parse_date(&self.from, pivot_year) {
            Some(date) => Some(date),
            None => {
                problems
                    .add(Field::Date, if self.from.trim().is_empty() { Problem::Required } else { Problem::NotADate });
                None
            }
        };
        let chooses = self.kind.chooses();
        let rate = match self.rate.trim() {
            "" => None,
            _ if !chooses => None,
            typed => super::rules::parse_decimal(typed)
                .and_then(|r| super::rules::RuleKey::DuesRate.check(r))
                .and_then(|r| if r.is_zero() { Err(Problem::Zero) } else { Ok(r) })
                .map_err(|p| problems.add(Field::Value, p))
                .ok(),
        };
        if rate.is_some() && self.resolution.trim().is_empty() {
            problems.add(Field::Reason, Problem::Required);
        }
        if !bounds::text_ok(&self.resolution) {
            problems.add(Field::Reason, Problem::TooLarge);
        }
        let fixed = match self.fixed.trim() {
            "" => None,
            _ => super::vouchers::parse_amount(&self.fixed).map_err(|p| problems.add(Field::Amount, p)).ok(),
        };
        problems.check()?;
        Ok(Dated {
            from: from.unwrap_or_default(),
            value: DuesScheme {
                kind: self.kind,
                base: if chooses { self.base } else { DuesBase::default() },
                rate,
                resolution: if rate.is_some() { self.resolution.trim().to_string() } else { String::new() },
                fixed,
            },
        })
    }
}

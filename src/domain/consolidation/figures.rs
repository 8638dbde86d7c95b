//! The consolidated figures: one row per figure, a value per union and the total. Each union's values are
//! read off its own report of the period (`report::parts`), never recomputed here, so a total is exactly the
//! sum of what the unions' own reports say.

use crate::domain::activity::titles::TitleKind;
use crate::domain::activity::WelfareKind;
use crate::domain::finance::reports::{code_key, LineTotal};
use crate::domain::members::member::{Education, Gender, PoliticalTheory};
use crate::domain::members::movement::MovementKind;
use crate::domain::report::Parts;
use crate::domain::share::Share;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// What a row counts; the page words it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Label {
    Members,
    /// The union's groups: each union has its own.
    Groups,
    Gender {
        of: Gender,
    },
    Education {
        of: Education,
    },
    Theory {
        of: PoliticalTheory,
    },
    Party,
    /// An age band as the union sets it; open ends are none. Without a date of birth: both none.
    Age {
        from: Option<u32>,
        until: Option<u32>,
        known: bool,
    },
    Movement {
        of: MovementKind,
    },
    /// A line of the books by its code, named as the first union that has it names it.
    IncomeLine {
        code: String,
        name: String,
    },
    Income,
    ExpenseLine {
        code: String,
        name: String,
    },
    Expense,
    Opening,
    Closing,
    /// The share of the period's income due to the superior union, what was remitted, and what is still
    /// owed (nothing for a union that remitted all or more).
    Due,
    Remitted,
    Owed,
    Visits,
    WelfareKind {
        of: WelfareKind,
    },
    WelfareAmount,
    /// Titles held, summed over the years of the period ("lượt").
    Title {
        of: TitleKind,
    },
}

/// The parts of the consolidated report, in order; a row belongs to one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    Members,
    Movements,
    Finance,
    Remittance,
    Welfare,
    Titles,
}

impl Label {
    pub fn part(&self) -> Part {
        match self {
            Label::Members
            | Label::Groups
            | Label::Gender { .. }
            | Label::Education { .. }
            | Label::Theory { .. }
            | Label::Party
            | Label::Age { .. } => Part::Members,
            Label::Movement { .. } => Part::Movements,
            Label::IncomeLine { .. }
            | Label::Income
            | Label::ExpenseLine { .. }
            | Label::Expense
            | Label::Opening
            | Label::Closing => Part::Finance,
            Label::Due | Label::Remitted | Label::Owed => Part::Remittance,
            Label::Visits | Label::WelfareKind { .. } | Label::WelfareAmount => Part::Welfare,
            Label::Title { .. } => Part::Titles,
        }
    }

    /// A share of the members on the roster: its percentage is stated on them.
    pub fn is_share(&self) -> bool {
        matches!(
            self,
            Label::Gender { .. } | Label::Education { .. } | Label::Theory { .. } | Label::Party | Label::Age { .. }
        )
    }

    pub fn is_money(&self) -> bool {
        matches!(
            self,
            Label::IncomeLine { .. }
                | Label::Income
                | Label::ExpenseLine { .. }
                | Label::Expense
                | Label::Opening
                | Label::Closing
                | Label::Due
                | Label::Remitted
                | Label::Owed
                | Label::WelfareAmount
        )
    }

    /// The order of rows within a part where unions may differ: lines by their codes, age bands by age.
    fn order(&self) -> (Vec<(u32, String)>, u32) {
        match self {
            Label::IncomeLine { code, .. } | Label::ExpenseLine { code, .. } => (code_key(code), 0),
            Label::Income | Label::Expense => (vec![(u32::MAX, String::new())], 0),
            Label::Age { from, known, .. } => (Vec::new(), if *known { from.unwrap_or(0) } else { u32::MAX }),
            _ => (Vec::new(), 0),
        }
    }
}

/// One figure: its value for each union (in the order of `Figures::unions`) and in total.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Row {
    pub label: Label,
    pub values: Vec<Decimal>,
    pub total: Decimal,
}

impl Row {
    /// The share of the roster, for a union (`Some(index)`) or in total, on its stated denominator.
    pub fn share(&self, members: &Row, union: Option<usize>) -> Share {
        let count = |row: &Row| {
            let value = union.map_or(row.total, |u| row.values.get(u).copied().unwrap_or_default());
            value.to_usize().unwrap_or_default()
        };
        Share { count: count(self), of: count(members) }
    }

    /// The unions behind the figure: each with a value other than zero, largest first.
    pub fn behind(&self) -> Vec<(usize, Decimal)> {
        let mut out: Vec<(usize, Decimal)> =
            self.values.iter().copied().enumerate().filter(|(_, v)| !v.is_zero()).collect();
        out.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }
}

/// The unions added up and their figures.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Figures {
    /// The file of each union, as an index into the listing.
    pub unions: Vec<usize>,
    pub rows: Vec<Row>,
}

impl Figures {
    pub fn row(&self, label: &Label) -> Option<&Row> {
        self.rows.iter().find(|r| &r.label == label)
    }

    pub fn members(&self) -> Option<&Row> {
        self.row(&Label::Members)
    }
}

/// The figures of one union's report, as rows.
pub fn of_report(parts: &Parts) -> Vec<(Label, Decimal)> {
    let count = |n: usize| Decimal::from(n);
    let m = &parts.members;
    let c = &m.composition;
    let mut out = vec![
        (Label::Members, count(c.total)),
        (Label::Groups, count(c.groups.iter().filter(|(g, _)| g.is_some()).count())),
    ];
    out.extend(c.gender.iter().map(|(g, s)| (Label::Gender { of: *g }, count(s.count))));
    out.extend(c.education.iter().map(|(e, s)| (Label::Education { of: *e }, count(s.count))));
    out.extend(c.theory.iter().map(|(t, s)| (Label::Theory { of: *t }, count(s.count))));
    out.push((Label::Party, count(m.party().count)));
    out.extend(c.age.iter().map(|(band, s)| {
        let label =
            Label::Age { from: band.and_then(|b| b.from), until: band.and_then(|b| b.until), known: band.is_some() };
        (label, count(s.count))
    }));
    out.extend(m.movements.iter().map(|(kind, who)| (Label::Movement { of: *kind }, count(who.len()))));
    let f = &parts.finance;
    let line = |l: &LineTotal, income: bool| {
        let (code, name) = (l.category.code.clone(), l.category.name.clone());
        let label = if income { Label::IncomeLine { code, name } } else { Label::ExpenseLine { code, name } };
        (label, l.total)
    };
    out.extend(f.lines.income.iter().map(|l| line(l, true)));
    out.push((Label::Income, f.lines.total_income));
    out.extend(f.lines.expense.iter().map(|l| line(l, false)));
    out.push((Label::Expense, f.lines.total_expense));
    out.push((Label::Opening, f.opening));
    out.push((Label::Closing, f.closing));
    out.push((Label::Due, f.remittance.due));
    out.push((Label::Remitted, f.remittance.remitted));
    out.push((Label::Owed, f.remittance.outstanding().max(Decimal::ZERO)));
    let a = &parts.activities;
    out.push((Label::Visits, count(a.welfare.visits)));
    out.extend(a.welfare.by_kind.iter().map(|(kind, n, _)| (Label::WelfareKind { of: *kind }, count(*n))));
    out.push((Label::WelfareAmount, a.welfare.amount));
    out.extend(TitleKind::ALL.iter().map(|&k| (Label::Title { of: k }, count(a.title_total(k)))));
    out
}

/// The rows of many unions' reports side by side, with their totals. A line is matched across unions by
/// its code (the standard lines share theirs) and named as the first union names it.
pub fn add_up(unions: Vec<usize>, reports: &[Vec<(Label, Decimal)>]) -> Figures {
    let n = reports.len();
    let mut rows: Vec<Row> = Vec::new();
    let mut at: HashMap<Label, usize> = HashMap::new();
    let key = |label: &Label| match label {
        Label::IncomeLine { code, .. } => Label::IncomeLine { code: code.clone(), name: String::new() },
        Label::ExpenseLine { code, .. } => Label::ExpenseLine { code: code.clone(), name: String::new() },
        other => other.clone(),
    };
    for (u, report) in reports.iter().enumerate() {
        for (label, value) in report {
            let i = *at.entry(key(label)).or_insert_with(|| {
                rows.push(Row { label: label.clone(), values: vec![Decimal::ZERO; n], total: Decimal::ZERO });
                rows.len() - 1
            });
            rows[i].values[u] += *value;
            rows[i].total += *value;
        }
    }
    // Stable: rows every union has keep the order of the report.
    rows.sort_by(|a, b| a.label.part().cmp(&b.label.part()).then_with(|| a.label.order().cmp(&b.label.order())));
    Figures { unions, rows }
}

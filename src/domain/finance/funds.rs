//! Funds: where the money is. Cash (tiền mặt), bank accounts (tiền gửi ngân hàng), and charity funds kept
//! apart from the union's own money. Each starts on a day with an opening balance; no voucher is dated
//! before it.

use super::{Field, FinanceError, Problem, Problems};
use crate::domain::text;
use crate::domain::Id;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FundKind {
    Cash,
    Bank,
    /// Quỹ xã hội, ủng hộ…: collected for others, never the union's income or expense.
    Charity,
}

impl FundKind {
    pub const ALL: [FundKind; 3] = [FundKind::Cash, FundKind::Bank, FundKind::Charity];

    /// The account a voucher's Nợ / Có names for the fund: 111 Tiền mặt, 112 Tiền gửi ngân hàng; a charity
    /// fund's depends on where its money is kept, so the accountant writes it.
    pub fn account(self) -> Option<&'static str> {
        match self {
            FundKind::Cash => Some("111"),
            FundKind::Bank => Some("112"),
            FundKind::Charity => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fund {
    pub id: Id,
    pub name: String,
    pub kind: FundKind,
    /// Bank and account number, for a bank account.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub account: String,
    /// The money in the fund at the start of `opened_on`.
    pub opening_balance: Decimal,
    pub opened_on: NaiveDate,
}

impl Fund {
    pub fn cash(id: Id, opened_on: NaiveDate) -> Fund {
        Fund {
            id,
            name: "Tiền mặt".into(),
            kind: FundKind::Cash,
            account: String::new(),
            opening_balance: Decimal::ZERO,
            opened_on,
        }
    }

    pub fn is_charity(&self) -> bool {
        self.kind == FundKind::Charity
    }
}

/// A fund as typed in the form.
#[derive(Clone, Debug, PartialEq)]
pub struct FundDraft {
    pub name: String,
    pub kind: FundKind,
    pub account: String,
    pub opening_balance: String,
    pub opened_on: String,
}

impl FundDraft {
    pub fn from_fund(f: &Fund) -> FundDraft {
        FundDraft {
            name: f.name.clone(),
            kind: f.kind,
            account: f.account.clone(),
            opening_balance: text::format_number(f.opening_balance),
            opened_on: text::format_date(f.opened_on),
        }
    }

    pub fn validate(&self, id: Id, pivot_year: i32, others: &[Fund]) -> Result<Fund, FinanceError> {
        let mut problems = Problems::default();
        let name = self.name.split_whitespace().collect::<Vec<_>>().join(" ");
        if name.is_empty() {
            problems.add(Field::Name, Problem::Required);
        } else if others.iter().any(|f| f.id != id && text::fold(&f.name) == text::fold(&name)) {
            problems.add(Field::Name, Problem::Duplicate);
        }
        let opening_balance = match self.opening_balance.trim() {
            "" | "0" => Some(Decimal::ZERO),
            raw => super::vouchers::parse_amount(raw).map_err(|p| problems.add(Field::OpeningBalance, p)).ok(),
        };
        let opened_on = match text::parse_date(&self.opened_on, pivot_year) {
            Some(d) => Some(d),
            None => {
                let problem = if self.opened_on.trim().is_empty() { Problem::Required } else { Problem::NotADate };
                problems.add(Field::OpenedOn, problem);
                None
            }
        };
        problems.check()?;
        match (opening_balance, opened_on) {
            (Some(opening_balance), Some(opened_on)) => Ok(Fund {
                id,
                name,
                kind: self.kind,
                account: self.account.trim().to_string(),
                opening_balance,
                opened_on,
            }),
            _ => Err(FinanceError::field(Field::OpenedOn, Problem::Required)),
        }
    }
}

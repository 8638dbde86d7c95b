//! The words for the money's values and errors: every message names its field.

use super::{fill, Lang, T};
use crate::domain::file::FinanceProblem;
use crate::domain::finance::categories::ExpenseGroup;
use crate::domain::finance::sources::{DuesUsePart, Source};
use crate::domain::finance::{Field, FinanceChange, FinanceError, FundKind, Line, Problem, VoucherKind};

pub fn field(lang: Lang, f: Field) -> &'static str {
    match f {
        Field::Date => T::FinFieldDate,
        Field::Fund => T::FinFieldFund,
        Field::ToFund => T::FinFieldToFund,
        Field::Category => T::FinFieldCategory,
        Field::Party => T::FinFieldParty,
        Field::Reason => T::FinFieldReason,
        Field::Amount => T::FinFieldAmount,
        Field::Name => T::FinFieldName,
        Field::Code => T::FinFieldCode,
        Field::Parent => T::FinFieldParent,
        Field::OpeningBalance => T::FinFieldOpening,
        Field::OpenedOn => T::FinFieldOpenedOn,
        Field::Value => T::FinFieldValue,
        Field::Month => T::FinFieldMonth,
        Field::Group => T::FinFieldGroup,
        Field::Until => T::FinFieldUntil,
        Field::Headcount => T::FinFieldHeadcount,
        Field::FeeSalaryFund => T::FinFieldFeeSalaryFund,
        Field::DuesSalaryFund => T::FinFieldDuesSalaryFund,
        Field::Approved => T::FinFieldApproved,
    }
    .text(lang)
}

pub fn problem(lang: Lang, p: Problem) -> &'static str {
    match p {
        Problem::Required => T::FinRequired,
        Problem::NotADate => T::FinNotADate,
        Problem::NotAnAmount => T::FinNotAnAmount,
        Problem::Zero => T::FinZero,
        Problem::Negative => T::FinNegative,
        Problem::NotWhole => T::FinNotWhole,
        Problem::AboveMax => T::FinAboveMax,
        Problem::TooLarge => T::FinTooLarge,
        Problem::NotANumber => T::FinNotANumber,
        Problem::BeforeOpening => T::FinBeforeOpening,
        Problem::Unknown => T::FinUnknown,
        Problem::WrongKind => T::FinWrongKind,
        Problem::CharityMismatch => T::FinCharityMismatch,
        Problem::SameFund => T::FinSameFund,
        Problem::Duplicate => T::FinDuplicate,
        Problem::NotAMonth => T::FinNotAMonth,
        Problem::NoNumberLeft => T::FinNoNumberLeft,
        Problem::BeforeStart => T::FinBeforeStart,
        Problem::Overlaps => T::FinOverlaps,
        Problem::PauseTooLong => T::FinPauseTooLong,
    }
    .text(lang)
}

/// "Số tiền: phải lớn hơn 0 đồng."
pub fn field_problem(lang: Lang, f: Field, p: Problem) -> String {
    format!("{}: {}", field(lang, f), problem(lang, p))
}

pub fn error(lang: Lang, e: &FinanceError) -> String {
    let year = |key: T, y: &i32| fill(key.text(lang), &[&y.to_string()]);
    match e {
        FinanceError::Fields(list) => {
            list.iter().map(|e| field_problem(lang, e.field, e.problem)).collect::<Vec<_>>().join(" ")
        }
        FinanceError::YearClosed(y) => year(T::FinErrYearClosed, y),
        FinanceError::EarlierYearOpen(y) => year(T::FinErrEarlierOpen, y),
        FinanceError::LaterYearClosed(y) => year(T::FinErrLaterClosed, y),
        FinanceError::NotClosed(y) => year(T::FinErrNotClosed, y),
        FinanceError::AlreadyClosed(y) => year(T::FinErrAlreadyClosed, y),
        FinanceError::YearNotOver(y) => year(T::FinErrYearNotOver, y),
        FinanceError::AlreadyVoid => T::FinErrAlreadyVoid.text(lang).into(),
        FinanceError::NothingOwed => T::FinErrNothingOwed.text(lang).into(),
        FinanceError::NobodyListed => T::GiftErrNobody.text(lang).into(),
        FinanceError::InUse => T::FinErrInUse.text(lang).into(),
        FinanceError::Overdrawn { fund, day, balance } => fill(
            T::FinErrOverdrawn.text(lang),
            &[fund, &crate::domain::text::format_date(*day), &crate::domain::text::format_money(*balance)],
        ),
    }
}

pub fn file_problem(lang: Lang, path: &str, p: FinanceProblem) -> String {
    let key = match p {
        FinanceProblem::UnknownFund => T::FinFileUnknownFund,
        FinanceProblem::UnknownCategory => T::FinFileUnknownCategory,
        FinanceProblem::BadParent => T::FinFileBadParent,
        FinanceProblem::WrongLine => T::FinFileWrongLine,
        FinanceProblem::DuplicateNumber => T::FinFileDuplicateNumber,
        FinanceProblem::BadNumber => T::FinFileBadNumber,
        FinanceProblem::BadAmount => T::FinFileBadAmount,
        FinanceProblem::BadDues => T::FinFileBadDues,
    };
    fill(key.text(lang), &[path])
}

pub fn voucher_kind(lang: Lang, k: VoucherKind) -> &'static str {
    match k {
        VoucherKind::Receipt => T::FinReceipt,
        VoucherKind::Payment => T::FinPayment,
        VoucherKind::Transfer => T::FinTransfer,
    }
    .text(lang)
}

pub fn fund_kind(lang: Lang, k: FundKind) -> &'static str {
    match k {
        FundKind::Cash => T::FinFundCash,
        FundKind::Bank => T::FinFundBank,
        FundKind::Charity => T::FinFundCharity,
    }
    .text(lang)
}

/// The name of a standard line, for the rules of the share kept.
pub fn line(lang: Lang, l: Line) -> &'static str {
    match l {
        Line::Dues => T::FinLineDues,
        Line::UnionFee => T::FinLineUnionFee,
        Line::Superior => T::FinLineSuperior,
        Line::OtherIncome => T::FinLineOther,
        _ => T::FinLineOther,
    }
    .text(lang)
}

pub fn expense_group(lang: Lang, g: ExpenseGroup) -> &'static str {
    match g {
        ExpenseGroup::Movement => T::FinGroupMovement,
        ExpenseGroup::Members => T::FinGroupMembers,
        ExpenseGroup::Allowances => T::FinGroupAllowances,
        ExpenseGroup::Remittance => T::FinGroupRemittance,
    }
    .text(lang)
}

pub fn source(lang: Lang, s: Source) -> &'static str {
    match s {
        Source::Dues => T::SourceDues,
        Source::UnionFee => T::SourceUnionFee,
        Source::Other => T::SourceOther,
    }
    .text(lang)
}

pub fn dues_use_part(lang: Lang, p: DuesUsePart) -> &'static str {
    match p {
        DuesUsePart::Allowances => T::DuesUseAllowances,
        DuesUsePart::Care => T::DuesUseCare,
        DuesUsePart::Other => T::DuesUseOther,
    }
    .text(lang)
}

pub fn change(lang: Lang, c: &FinanceChange) -> String {
    let text = |key: T, values: &[&str]| fill(key.text(lang), values);
    match c {
        FinanceChange::RecordVoucher(kind, reason) => text(T::FinChangeRecord, &[voucher_kind(lang, *kind), reason]),
        FinanceChange::VoidVoucher(code) => text(T::FinChangeVoid, &[code]),
        FinanceChange::CollectDues(group, month) => text(T::FinChangeDues, &[group, month]),
        FinanceChange::SaveFund(name) => text(T::FinChangeSaveFund, &[name]),
        FinanceChange::RemoveFund(name) => text(T::FinChangeRemoveFund, &[name]),
        FinanceChange::SaveCategory(name) => text(T::FinChangeSaveCategory, &[name]),
        FinanceChange::RemoveCategory(name) => text(T::FinChangeRemoveCategory, &[name]),
        FinanceChange::EditRules => text(T::FinChangeRules, &[]),
        FinanceChange::EditSettings => text(T::FinChangeSettings, &[]),
        FinanceChange::SetBudget(y) => text(T::FinChangeBudget, &[&y.to_string()]),
        FinanceChange::SetFiling(y) => text(T::FinChangeFiling, &[&y.to_string()]),
        FinanceChange::CloseYear(y) => text(T::FinChangeClose, &[&y.to_string()]),
        FinanceChange::ReopenYear(y) => text(T::FinChangeReopen, &[&y.to_string()]),
        FinanceChange::SaveExemption(name) => text(T::FinChangeSaveExemption, &[name]),
        FinanceChange::RemoveExemption(name) => text(T::FinChangeRemoveExemption, &[name]),
    }
}

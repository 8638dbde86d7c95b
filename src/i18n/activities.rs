//! The words for the values and errors of activities: kinds of visits, events, titles, levels; measures,
//! comparisons and the status of a target; the problems of a form. The texts are in the one table.

use super::{fill, Lang, T};
use crate::domain::activity::measures::Status;
use crate::domain::activity::targets::{Comparison, ComparisonKind, Measure};
use crate::domain::activity::{
    ActivityError, ActivityField, ActivityProblem, EventKind, InitiativeLevel, TitleKind, WelfareKind,
};
use crate::domain::history::Record;
use crate::domain::text::format_money;
use rust_decimal::Decimal;

pub fn welfare_kind(lang: Lang, k: WelfareKind) -> &'static str {
    match k {
        WelfareKind::Illness => T::WkIllness,
        WelfareKind::Bereavement => T::WkBereavement,
        WelfareKind::Wedding => T::WkWedding,
        WelfareKind::Childbirth => T::WkChildbirth,
        WelfareKind::Hardship => T::WkHardship,
        WelfareKind::Disaster => T::WkDisaster,
        WelfareKind::Longevity => T::WkLongevity,
        WelfareKind::Other => T::WkOther,
    }
    .text(lang)
}

pub fn event_kind(lang: Lang, k: EventKind) -> &'static str {
    match k {
        EventKind::StaffConference => T::EkStaffConference,
        EventKind::Meeting => T::EkMeeting,
        EventKind::Emulation => T::EkEmulation,
        EventKind::Sports => T::EkSports,
        EventKind::Culture => T::EkCulture,
        EventKind::StudyTrip => T::EkStudyTrip,
        EventKind::Charity => T::EkCharity,
        EventKind::Gathering => T::EkGathering,
        EventKind::Other => T::WkOther,
    }
    .text(lang)
}

pub fn title_kind(lang: Lang, k: TitleKind) -> &'static str {
    match k {
        TitleKind::AdvancedWorker => T::TkAdvancedWorker,
        TitleKind::EmulationFighter => T::TkEmulationFighter,
        TitleKind::OutstandingMember => T::TkOutstandingMember,
        TitleKind::GoodAtWorkAndHome => T::GoodAtWorkAndHome,
        TitleKind::Certificate => T::TkCertificate,
        TitleKind::MeritCertificate => T::TkMeritCertificate,
        TitleKind::Medal => T::TkMedal,
        TitleKind::EmulationFlag => T::TkEmulationFlag,
        TitleKind::StrongUnion => T::TkStrongUnion,
        TitleKind::ExcellentUnion => T::TkExcellentUnion,
        TitleKind::StrongGroup => T::TkStrongGroup,
    }
    .text(lang)
}

pub fn initiative_level(lang: Lang, l: InitiativeLevel) -> &'static str {
    match l {
        InitiativeLevel::Base => T::LevelBase,
        InitiativeLevel::Higher => T::LevelHigher,
    }
    .text(lang)
}

pub fn target_status(lang: Lang, s: Status) -> &'static str {
    match s {
        Status::Met => T::StMet,
        Status::NotMet => T::StNotMet,
        Status::Pending => T::StPending,
        Status::Upcoming => T::StUpcoming,
        Status::NoData => T::StNoData,
    }
    .text(lang)
}

/// The kind of a measure, as offered in the form.
pub fn measure_kind(lang: Lang, m: &Measure) -> &'static str {
    match m {
        Measure::MemberTitleShare { .. } => T::MkMemberTitleShare,
        Measure::MemberTitleCount { .. } => T::MkMemberTitleCount,
        Measure::UnionTitle { .. } => T::MkUnionTitle,
        Measure::Initiatives { .. } => T::MkInitiatives,
        Measure::WelfareVisits { .. } => T::MkWelfareVisits,
        Measure::WelfareSpending { .. } => T::MkWelfareSpending,
        Measure::Events { .. } => T::MkEvents,
        Measure::Manual => T::MkManual,
    }
    .text(lang)
}

/// What a target measures, in words: "Tỷ lệ đoàn viên đạt Lao động tiên tiến".
pub fn measure(lang: Lang, m: &Measure) -> String {
    let with = |key: T, what: &str| fill(key.text(lang), &[what]);
    match *m {
        Measure::MemberTitleShare { title, women } => {
            with(if women { T::MsWomenTitleShare } else { T::MsMemberTitleShare }, title_kind(lang, title))
        }
        Measure::MemberTitleCount { title, women } => {
            with(if women { T::MsWomenTitleCount } else { T::MsMemberTitleCount }, title_kind(lang, title))
        }
        Measure::UnionTitle { title } => with(T::MsUnionTitle, title_kind(lang, title)),
        Measure::Initiatives { level: InitiativeLevel::Base } => T::MsInitiatives.text(lang).into(),
        Measure::Initiatives { level: InitiativeLevel::Higher } => T::MsInitiativesHigher.text(lang).into(),
        Measure::WelfareVisits { welfare } => match welfare {
            None => T::MsWelfareVisits.text(lang).into(),
            Some(k) => with(T::MsWelfareVisitsOf, welfare_kind(lang, k)),
        },
        Measure::WelfareSpending { welfare } => match welfare {
            None => T::MsWelfareSpending.text(lang).into(),
            Some(k) => with(T::MsWelfareSpendingOf, welfare_kind(lang, k)),
        },
        Measure::Events { event } => with(T::MsEvents, event_kind(lang, event)),
        Measure::Manual => T::MsManual.text(lang).into(),
    }
}

fn number(lang: Lang, d: Decimal, money: bool, share: bool) -> String {
    if money {
        return format_money(d);
    }
    let n = d.normalize().to_string();
    let n = if lang == Lang::Vi { n.replace('.', ",") } else { n };
    if share {
        format!("{n}%")
    } else {
        n
    }
}

/// A comparison in words: "≥ 100%", "từ 15 đến 20", "mỗi năm".
pub fn comparison(lang: Lang, c: &Comparison, money: bool, share: bool) -> String {
    let n = |d: Decimal| number(lang, d, money, share);
    match *c {
        Comparison::AtLeast { value } => format!("≥ {}", n(value)),
        Comparison::AtMost { value } => format!("≤ {}", n(value)),
        Comparison::Between { min, max } => fill(T::CmpBetween.text(lang), &[&n(min), &n(max)]),
        Comparison::Achieved => T::CmpAchieved.text(lang).into(),
    }
}

pub fn comparison_kind(lang: Lang, c: ComparisonKind) -> &'static str {
    match c {
        ComparisonKind::AtLeast | ComparisonKind::Achieved => T::CkAtLeast,
        ComparisonKind::AtMost => T::CkAtMost,
        ComparisonKind::Between => T::CkBetween,
    }
    .text(lang)
}

pub fn activity_problem(lang: Lang, p: ActivityProblem) -> &'static str {
    match p {
        ActivityProblem::Required => T::ProblemRequired,
        ActivityProblem::NotADate => T::ProblemNotADate,
        ActivityProblem::InFuture => T::ProblemInFuture,
        ActivityProblem::NotAnAmount => T::ProblemNotAnAmount,
        ActivityProblem::AmountOrGift => T::ProblemAmountOrGift,
        ActivityProblem::UnknownMember => T::ProblemUnknownMember,
        ActivityProblem::UnknownGroup => T::ProblemUnknownGroup,
        ActivityProblem::EndBeforeStart => T::ProblemEndBeforeStart,
        ActivityProblem::NotAYear => T::ProblemNotAYear,
        ActivityProblem::NotANumber => T::ProblemNotANumber,
        ActivityProblem::Duplicate => T::ProblemDuplicateTitle,
        ActivityProblem::NotForHolder => T::ProblemNotForHolder,
        ActivityProblem::MinAboveMax => T::ProblemMinAboveMax,
        ActivityProblem::FewerThanListed => T::ProblemFewerThanListed,
        ActivityProblem::TooLong => T::ProblemTooLong,
        ActivityProblem::DoesNotFit => T::ActDoesNotFit,
    }
    .text(lang)
}

pub fn activity_field(lang: Lang, f: ActivityField) -> &'static str {
    use ActivityField as F;
    match f {
        F::Date => T::Date,
        F::Member => T::Member,
        F::Relative => T::Relative,
        F::Kind => T::FieldKind,
        F::Amount => T::AmountDong,
        F::Gift => T::Gift,
        F::Note => T::Notes,
        F::Title => T::FieldName,
        F::Organiser => T::Organiser,
        F::Results => T::Results,
        F::Prizes => T::Prizes,
        F::Start => T::StartDate,
        F::End => T::EndDate,
        F::Headcount => T::Headcount,
        F::Cost => T::CostDong,
        F::CostPurpose => T::CostPurpose,
        F::CostDate => T::CostDate,
        F::CostParty => T::FinPayee,
        F::Year => T::Year,
        F::Holder => T::Holder,
        F::GrantedBy => T::GrantedBy,
        F::Decision => T::DecisionNumber,
        F::DecisionDate => T::DecisionDate,
        F::Authors => T::Authors,
        F::Name => T::TargetName,
        F::Threshold => T::Threshold,
        F::Min => T::Minimum,
        F::Max => T::Maximum,
        F::FromYear => T::FromYear,
        F::ToYear => T::ToYear,
    }
    .text(lang)
}

/// An activity's problems as one message, each naming its field: "Năm: Năm không hợp lệ…".
pub fn activity_errors(lang: Lang, errors: &[ActivityError]) -> String {
    errors
        .iter()
        .map(|e| format!("{}: {}", activity_field(lang, e.field), activity_problem(lang, e.problem)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The words of a change to an activity record, with the record's name in `{0}`.
pub fn record_change(lang: Lang, record: Record, removed: bool) -> &'static str {
    match (record, removed) {
        (Record::Welfare, false) => T::ChangeSaveWelfare,
        (Record::Welfare, true) => T::ChangeRemoveWelfare,
        (Record::Event, false) => T::ChangeSaveEvent,
        (Record::Event, true) => T::ChangeRemoveEvent,
        (Record::Title, false) => T::ChangeSaveTitle,
        (Record::Title, true) => T::ChangeRemoveTitle,
        (Record::Initiative, false) => T::ChangeSaveInitiative,
        (Record::Initiative, true) => T::ChangeRemoveInitiative,
        (Record::Target, false) => T::ChangeSaveTarget,
        (Record::Target, true) => T::ChangeRemoveTarget,
    }
    .text(lang)
}

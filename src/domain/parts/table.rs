//! The table of the book's parts: each list of records and each single value, with how to reach it and
//! how its records are keyed and compared.

use super::kinds::{shared, List, One, Sorted};
use super::{Part, Records};
use crate::domain::activity::{Event, Initiative, Target, Title, Welfare};
use crate::domain::book::{Settings, Trashed};
use crate::domain::ending::Ending;
use crate::domain::finance::budget::Budget;
use crate::domain::finance::years::Closing;
use crate::domain::finance::{Category, FinanceSettings, Fund, Rules, Voucher};
use crate::domain::handover::Handover;
use crate::domain::members::committee::Appointment;
use crate::domain::members::member::{Group, Member};
use crate::domain::report::SavedReport;
use crate::domain::stamps::Tick;
use crate::domain::union::UnionHistory;
use std::sync::Arc;

static UNION: One<UnionHistory> = One { name: "union", get: |b| &b.union, get_mut: |b| &mut b.union };
static SETTINGS: One<Settings> = One { name: "settings", get: |b| &b.settings, get_mut: |b| &mut b.settings };
static GROUPS: List<Group> = List {
    name: "groups",
    get: |b| &b.groups,
    get_mut: |b| &mut b.groups,
    same: PartialEq::eq,
    key: |g| g.id.to_string(),
};
static MEMBERS: List<Arc<Member>> =
    List { name: "members", get: |b| &b.members, get_mut: |b| &mut b.members, same: shared, key: |m| m.id.to_string() };
static TRASH: List<Trashed> = List {
    name: "trash",
    get: |b| &b.trash,
    get_mut: |b| &mut b.trash,
    same: PartialEq::eq,
    key: |t| t.member.id.to_string(),
};
static APPOINTMENTS: List<Appointment> = List {
    name: "appointments",
    get: |b| &b.appointments,
    get_mut: |b| &mut b.appointments,
    same: PartialEq::eq,
    key: |a| a.id.to_string(),
};
static REPORTS: List<SavedReport> = List {
    name: "reports",
    get: |b| &b.reports,
    get_mut: |b| &mut b.reports,
    same: PartialEq::eq,
    key: |r| r.id.to_string(),
};
static ACTIVITIES_WELFARE: List<Welfare> = List {
    name: "activities.welfare",
    get: |b| &b.activities.welfare,
    get_mut: |b| &mut Arc::make_mut(&mut b.activities).welfare,
    same: PartialEq::eq,
    key: |r| r.id.to_string(),
};
static ACTIVITIES_EVENTS: List<Event> = List {
    name: "activities.events",
    get: |b| &b.activities.events,
    get_mut: |b| &mut Arc::make_mut(&mut b.activities).events,
    same: PartialEq::eq,
    key: |r| r.id.to_string(),
};
static ACTIVITIES_TITLES: List<Title> = List {
    name: "activities.titles",
    get: |b| &b.activities.titles,
    get_mut: |b| &mut Arc::make_mut(&mut b.activities).titles,
    same: PartialEq::eq,
    key: |r| r.id.to_string(),
};
static ACTIVITIES_INITIATIVES: List<Initiative> = List {
    name: "activities.initiatives",
    get: |b| &b.activities.initiatives,
    get_mut: |b| &mut Arc::make_mut(&mut b.activities).initiatives,
    same: PartialEq::eq,
    key: |r| r.id.to_string(),
};
static ACTIVITIES_TARGETS: List<Target> = List {
    name: "activities.targets",
    get: |b| &b.activities.targets,
    get_mut: |b| &mut Arc::make_mut(&mut b.activities).targets,
    same: PartialEq::eq,
    key: |r| r.id.to_string(),
};
static FINANCE_SETTINGS: One<FinanceSettings> =
    One { name: "finance.settings", get: |b| &b.finance.settings, get_mut: |b| &mut b.finance.settings };
static FINANCE_FUNDS: List<Fund> = List {
    name: "finance.funds",
    get: |b| &b.finance.funds,
    get_mut: |b| &mut b.finance.funds,
    same: PartialEq::eq,
    key: |f| f.id.to_string(),
};
static FINANCE_CATEGORIES: List<Category> = List {
    name: "finance.categories",
    get: |b| &b.finance.categories,
    get_mut: |b| &mut b.finance.categories,
    same: PartialEq::eq,
    key: |c| c.id.to_string(),
};
static FINANCE_RULES: One<Rules> =
    One { name: "finance.rules", get: |b| &b.finance.rules, get_mut: |b| &mut b.finance.rules };
static FINANCE_VOUCHERS: List<Arc<Voucher>> = List {
    name: "finance.vouchers",
    get: |b| &b.finance.vouchers,
    get_mut: |b| &mut b.finance.vouchers,
    same: shared,
    key: |v| v.id.to_string(),
};
static FINANCE_BUDGETS: List<Budget> = List {
    name: "finance.budgets",
    get: |b| &b.finance.budgets,
    get_mut: |b| &mut b.finance.budgets,
    same: PartialEq::eq,
    key: |b| b.year.to_string(),
};
static FINANCE_CLOSINGS: List<Closing> = List {
    name: "finance.closings",
    get: |b| &b.finance.closings,
    get_mut: |b| &mut b.finance.closings,
    same: PartialEq::eq,
    key: |c| c.year.to_string(),
};
static CLOCK_PART: List<Tick> =
    List { name: CLOCK, get: |b| &b.clock, get_mut: |b| &mut b.clock, same: PartialEq::eq, key: |t| t.by.clone() };
static HANDOVERS: List<Handover> = List {
    name: "handovers",
    get: |b| &b.handovers,
    get_mut: |b| &mut b.handovers,
    same: PartialEq::eq,
    key: |h| h.id.to_string(),
};
static ENDING: One<Option<Ending>> = One { name: "ending", get: |b| &b.ending, get_mut: |b| &mut b.ending };
static STAMPS_PART: Sorted = Sorted;

/// Every part of the book, in the order of its JSON. A field added to `Book` must be added here: the store
/// test that destructures `Book` fails to compile until it is.
pub static PARTS: [&dyn Part; 23] = [
    &UNION,
    &SETTINGS,
    &GROUPS,
    &MEMBERS,
    &TRASH,
    &APPOINTMENTS,
    &REPORTS,
    &ACTIVITIES_WELFARE,
    &ACTIVITIES_EVENTS,
    &ACTIVITIES_TITLES,
    &ACTIVITIES_INITIATIVES,
    &ACTIVITIES_TARGETS,
    &FINANCE_SETTINGS,
    &FINANCE_FUNDS,
    &FINANCE_CATEGORIES,
    &FINANCE_RULES,
    &FINANCE_VOUCHERS,
    &FINANCE_BUDGETS,
    &FINANCE_CLOSINGS,
    &HANDOVERS,
    &ENDING,
    &STAMPS_PART,
    &CLOCK_PART,
];

/// The parts of the union's records, as stamping sees them: `PARTS` but the stamps and the clock.
pub static RECORDS: [&dyn Records; 21] = [
    &UNION,
    &SETTINGS,
    &GROUPS,
    &MEMBERS,
    &TRASH,
    &APPOINTMENTS,
    &REPORTS,
    &ACTIVITIES_WELFARE,
    &ACTIVITIES_EVENTS,
    &ACTIVITIES_TITLES,
    &ACTIVITIES_INITIATIVES,
    &ACTIVITIES_TARGETS,
    &FINANCE_SETTINGS,
    &FINANCE_FUNDS,
    &FINANCE_CATEGORIES,
    &FINANCE_RULES,
    &FINANCE_VOUCHERS,
    &FINANCE_BUDGETS,
    &FINANCE_CLOSINGS,
    &HANDOVERS,
    &ENDING,
];

pub const STAMPS: &str = "stamps";
pub const CLOCK: &str = "clock";

/// The parts that hold the union's records, which stamps and merges are about.
pub fn records() -> impl Iterator<Item = &'static &'static dyn Part> {
    PARTS.iter().filter(|p| p.record())
}

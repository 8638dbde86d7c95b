//! The pages' addresses (`#/members/…`, `#/finance/…`): what each address shows, and the address of each
//! page. The ground floor with `widgets`: pages import it, it imports no page.

use super::session::today;
use crate::domain::finance::{Period, VoucherKind};
use crate::domain::text::parse_date;
use crate::domain::Id;
use crate::i18n::{self, T};
use chrono::Datelike;
use leptos::prelude::window;

#[derive(Clone, Debug, PartialEq)]
pub enum Route {
    Overview,
    Members,
    NewMember,
    ImportRoster,
    EditMember(Id),
    Groups,
    Committees,
    Composition,
    Reports,
    Activities(Sub),
    Trash,
    Data,
    About,
    Finance(FinanceRoute),
    Handover(HandoverRoute),
    /// Many unions' files added up, apart from the book: open with or without one.
    Consolidation,
}

/// The handover pages, under `#/handover`: the list and a new record, one record (the biên bản), and the
/// new term started from a record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HandoverRoute {
    List,
    Record(Id),
    Term(Id),
}

impl Route {
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let path = path.split('?').next().unwrap_or_default();
        let mut parts = path.split('/');
        match (parts.next(), parts.next()) {
            (Some("members"), Some("new")) => Route::NewMember,
            (Some("members"), Some("import")) => Route::ImportRoster,
            (Some("members"), Some(id)) => id.parse().map(Route::EditMember).unwrap_or(Route::Members),
            (Some("members"), None) => Route::Members,
            (Some("groups"), _) => Route::Groups,
            (Some("committees"), _) => Route::Committees,
            (Some("composition"), _) => Route::Composition,
            (Some("reports"), _) => Route::Reports,
            (Some("activities"), sub) => Route::Activities(Sub::parse(sub)),
            (Some("trash"), _) => Route::Trash,
            (Some("data"), _) => Route::Data,
            (Some("about"), _) => Route::About,
            (Some("consolidation"), _) => Route::Consolidation,
            (Some("handover"), id) => {
                let term = parts.next() == Some("term");
                Route::Handover(match id.and_then(|id| id.parse().ok()) {
                    Some(id) if term => HandoverRoute::Term(id),
                    Some(id) => HandoverRoute::Record(id),
                    None => HandoverRoute::List,
                })
            }
            (Some("finance"), _) => {
                Route::Finance(FinanceRoute::parse(path.trim_start_matches("finance").trim_start_matches('/')))
            }
            _ => Route::Overview,
        }
    }

    pub fn href(&self) -> String {
        match self {
            Route::Overview => "#/".into(),
            Route::Members => "#/members".into(),
            Route::NewMember => "#/members/new".into(),
            Route::ImportRoster => "#/members/import".into(),
            Route::EditMember(id) => format!("#/members/{id}"),
            Route::Groups => "#/groups".into(),
            Route::Committees => "#/committees".into(),
            Route::Composition => "#/composition".into(),
            Route::Reports => "#/reports".into(),
            Route::Activities(sub) => sub.href(),
            Route::Trash => "#/trash".into(),
            Route::Data => "#/data".into(),
            Route::About => "#/about".into(),
            Route::Consolidation => "#/consolidation".into(),
            Route::Finance(page) => page.href(),
            Route::Handover(HandoverRoute::List) => "#/handover".into(),
            Route::Handover(HandoverRoute::Record(id)) => format!("#/handover/{id}"),
            Route::Handover(HandoverRoute::Term(id)) => format!("#/handover/{id}/term"),
        }
    }
}

pub fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// The period a link opened a page on (`#/activities/welfare?from=2026-01-01&to=2026-11-25`), if any.
pub fn linked_period() -> Option<Period> {
    let hash = current_hash();
    let query = hash.split_once('?')?.1;
    let value = |name: &str| query.split('&').find_map(|p| p.strip_prefix(name)?.strip_prefix('='));
    let pivot = today().year();
    let (from, to) = (parse_date(value("from")?, pivot)?, parse_date(value("to")?, pivot)?);
    (from <= to).then_some(Period { from, to })
}

/// A page's address that opens it on a period.
pub fn period_href(href: String, period: Period) -> String {
    format!("{href}?from={}&to={}", period.from, period.to)
}

pub fn navigate(route: &Route) {
    let _ = window().location().set_hash(&route.href());
}

/// The pages of the area.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sub {
    Welfare,
    Events,
    Titles,
    Initiatives,
    Targets,
    Women,
}

impl Sub {
    pub const ALL: [Sub; 6] = [Sub::Welfare, Sub::Events, Sub::Titles, Sub::Initiatives, Sub::Targets, Sub::Women];

    fn slug(self) -> &'static str {
        match self {
            Sub::Welfare => "welfare",
            Sub::Events => "events",
            Sub::Titles => "titles",
            Sub::Initiatives => "initiatives",
            Sub::Targets => "targets",
            Sub::Women => "women",
        }
    }

    pub fn parse(slug: Option<&str>) -> Sub {
        Sub::ALL.into_iter().find(|s| Some(s.slug()) == slug).unwrap_or(Sub::Welfare)
    }

    pub fn href(self) -> String {
        format!("#/activities/{}", self.slug())
    }

    pub fn label(self) -> T {
        match self {
            Sub::Welfare => T::NavWelfare,
            Sub::Events => T::NavEvents,
            Sub::Titles => T::NavTitles,
            Sub::Initiatives => T::NavInitiatives,
            Sub::Targets => T::NavTargets,
            Sub::Women => T::NavWomen,
        }
    }
}

/// The pages of the finance area, addressed under `#/finance/…`.
#[derive(Clone, Debug, PartialEq)]
pub enum FinanceRoute {
    Vouchers,
    New(VoucherKind),
    Voucher(Id),
    Books,
    Dues,
    Allowances,
    Reports,
    Settlement,
    Funds,
    Categories,
    Rules,
    Years,
    /// Biên bản kiểm kê quỹ tiền mặt.
    CashCount,
    /// Danh sách nhận quà.
    Gifts,
    /// A group's dues sheet of a month, to sign.
    DuesMonth,
}

impl FinanceRoute {
    /// The part of the address after `finance/`.
    pub fn parse(rest: &str) -> FinanceRoute {
        let mut parts = rest.split('/');
        match (parts.next(), parts.next()) {
            (Some("new"), Some(kind)) => {
                i18n::from_code::<VoucherKind>(kind).map(FinanceRoute::New).unwrap_or(FinanceRoute::Vouchers)
            }
            (Some("voucher"), Some(id)) => id.parse().map(FinanceRoute::Voucher).unwrap_or(FinanceRoute::Vouchers),
            (Some("books"), _) => FinanceRoute::Books,
            (Some("dues"), _) => FinanceRoute::Dues,
            (Some("allowances"), _) => FinanceRoute::Allowances,
            (Some("reports"), _) => FinanceRoute::Reports,
            (Some("settlement"), _) => FinanceRoute::Settlement,
            (Some("funds"), _) => FinanceRoute::Funds,
            (Some("categories"), _) => FinanceRoute::Categories,
            (Some("rules"), _) => FinanceRoute::Rules,
            (Some("years"), _) => FinanceRoute::Years,
            (Some("cash-count"), _) => FinanceRoute::CashCount,
            (Some("gifts"), _) => FinanceRoute::Gifts,
            (Some("dues-month"), _) => FinanceRoute::DuesMonth,
            _ => FinanceRoute::Vouchers,
        }
    }

    pub fn href(&self) -> String {
        let rest = match self {
            FinanceRoute::Vouchers => String::new(),
            FinanceRoute::New(kind) => format!("/new/{}", i18n::code(kind)),
            FinanceRoute::Voucher(id) => format!("/voucher/{id}"),
            FinanceRoute::Books => "/books".into(),
            FinanceRoute::Dues => "/dues".into(),
            FinanceRoute::Allowances => "/allowances".into(),
            FinanceRoute::Reports => "/reports".into(),
            FinanceRoute::Settlement => "/settlement".into(),
            FinanceRoute::Funds => "/funds".into(),
            FinanceRoute::Categories => "/categories".into(),
            FinanceRoute::Rules => "/rules".into(),
            FinanceRoute::Years => "/years".into(),
            FinanceRoute::CashCount => "/cash-count".into(),
            FinanceRoute::Gifts => "/gifts".into(),
            FinanceRoute::DuesMonth => "/dues-month".into(),
        };
        format!("#/finance{rest}")
    }

    /// The tab a page belongs to.
    pub fn tab(&self) -> FinanceRoute {
        match self {
            FinanceRoute::New(_) | FinanceRoute::Voucher(_) => FinanceRoute::Vouchers,
            FinanceRoute::DuesMonth => FinanceRoute::Dues,
            other => other.clone(),
        }
    }
}

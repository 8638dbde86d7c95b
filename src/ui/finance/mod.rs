//! Tài chính: vouchers, the cash and bank books, dues, reports, budget and settlement, funds, lines, rules
//! and year closing. Pages show what the domain computes (`domain::finance`); none adds up a figure itself.

mod allowances;
mod books;
mod cash_count;
mod dues;
mod dues_month;
pub mod dues_use;
pub mod export;
mod filing;
mod form;
mod gifts;
mod paper;
mod reports;
mod rules;
mod settlement;
mod setup;
pub mod table;
mod units;
mod voucher;
mod vouchers;
mod years;

use super::session::{today, Session};
use crate::domain::book::Book;
use crate::domain::finance::{FieldError, Period};
use crate::domain::text::{format_number, parse_date};
use crate::i18n::T;
use crate::ui::route::FinanceRoute;
use crate::ui::widgets::t;
use chrono::Datelike;
use leptos::prelude::*;

/// The fiscal year the finance pages show, shared while moving between them. Reference-counted rather than
/// owned by a page, so it outlives the page that made it.
#[derive(Clone)]
struct FiscalYear(ArcRwSignal<i32>);

/// The shared fiscal year, as a signal of the current page.
pub fn fiscal_year() -> RwSignal<i32> {
    let shared = use_context::<FiscalYear>().map(|y| y.0).unwrap_or_else(|| ArcRwSignal::new(today().year()));
    RwSignal::from(shared)
}

#[component]
pub fn FinancePage(route: FinanceRoute) -> impl IntoView {
    if use_context::<FiscalYear>().is_none() {
        provide_context(FiscalYear(ArcRwSignal::new(today().year())));
    }
    let tabs = [
        (FinanceRoute::Vouchers, T::FinVouchers),
        (FinanceRoute::Books, T::FinBooks),
        (FinanceRoute::Dues, T::FinDues),
        (FinanceRoute::CashCount, T::CountTab),
        (FinanceRoute::Gifts, T::GiftTab),
        (FinanceRoute::Allowances, T::FinAllowancesTab),
        (FinanceRoute::Reports, T::FinReports),
        (FinanceRoute::Settlement, T::FinSettlement),
        (FinanceRoute::Funds, T::FinFunds),
        (FinanceRoute::Categories, T::FinCategories),
        (FinanceRoute::Rules, T::FinRules),
        (FinanceRoute::Years, T::FinYears),
    ];
    let current = route.tab();
    view! {
        <nav class="tabs" aria-label=t(T::FinMenu)>
            {tabs.into_iter().map(|(target, label)| {
                let here = (target == current).then_some("page");
                view! { <a href=target.href() aria-current=here>{t(label)}</a> }
            }).collect_view()}
        </nav>
        {match route {
            FinanceRoute::Vouchers => view! { <vouchers::VouchersPage/> }.into_any(),
            FinanceRoute::New(kind) => view! { <form::VoucherForm kind/> }.into_any(),
            FinanceRoute::Voucher(id) => view! { <voucher::VoucherPage id/> }.into_any(),
            FinanceRoute::Books => view! { <books::BooksPage/> }.into_any(),
            FinanceRoute::Dues => view! { <dues::DuesPage/> }.into_any(),
            FinanceRoute::Allowances => view! { <allowances::AllowancesPage/> }.into_any(),
            FinanceRoute::Reports => view! { <reports::ReportsPage/> }.into_any(),
            FinanceRoute::Settlement => view! { <settlement::SettlementPage/> }.into_any(),
            FinanceRoute::Funds => view! { <setup::FundsPage/> }.into_any(),
            FinanceRoute::Categories => view! { <setup::CategoriesPage/> }.into_any(),
            FinanceRoute::Rules => view! { <rules::RulesPage/> }.into_any(),
            FinanceRoute::Years => view! { <years::YearsPage/> }.into_any(),
            FinanceRoute::CashCount => view! { <cash_count::CashCountPage/> }.into_any(),
            FinanceRoute::Gifts => view! { <gifts::GiftsPage/> }.into_any(),
            FinanceRoute::DuesMonth => view! { <dues_month::DuesMonthPage/> }.into_any(),
        }}
    }
}

/// Whole đồng as shown in tables: "1.919.980.000".
pub fn money(amount: rust_decimal::Decimal) -> String {
    format_number(amount)
}

/// Reads the open book; pages show nothing while there is none.
pub fn with_book<R: Default>(f: impl FnOnce(&Book) -> R) -> R {
    let session = expect_context::<Session>();
    session.book.with(|b| b.as_ref().map(f).unwrap_or_default())
}

/// The errors of a finance form.
pub type Errors = crate::ui::widgets::FormErrors<FieldError>;

/// The years a user may look at: from the first year of the books to next year.
pub fn year_choices() -> Signal<Vec<(String, String)>> {
    Signal::derive(move || {
        let this = today().year();
        let (first, last) = with_book(|b| b.finance.years()).unwrap_or((this, this));
        (first.min(this)..=last.max(this) + 1).rev().map(|y| (y.to_string(), y.to_string())).collect()
    })
}

/// A select of the fiscal year, bound to the shared year.
#[component]
pub fn YearSelect() -> impl IntoView {
    let year = fiscal_year();
    let text = RwSignal::new(year.get_untracked().to_string());
    Effect::new(move |_| {
        if let Ok(y) = text.get().parse() {
            year.set(y);
        }
    });
    view! { <super::widgets::SelectField label=T::FinYear value=text options=year_choices()/> }
}

/// A period typed as two dates, starting as the fiscal year; `None` while it is not a valid period.
#[derive(Clone, Copy)]
pub struct PeriodFields {
    pub from: RwSignal<String>,
    pub to: RwSignal<String>,
}

impl PeriodFields {
    /// The period a link opened the page on, or else a whole year.
    pub fn linked_or_year(year: i32) -> PeriodFields {
        let p = crate::ui::route::linked_period().unwrap_or_else(|| Period::year(year));
        PeriodFields {
            from: RwSignal::new(crate::domain::text::format_date(p.from)),
            to: RwSignal::new(crate::domain::text::format_date(p.to)),
        }
    }

    pub fn period(self) -> Option<Period> {
        let pivot = today().year();
        let from = parse_date(&self.from.get(), pivot)?;
        let to = parse_date(&self.to.get(), pivot)?;
        (from <= to).then_some(Period { from, to })
    }

    /// Follows the shared fiscal year when it changes (not when the page opens: a linked period stays).
    pub fn follow(self, year: RwSignal<i32>) {
        Effect::new(move |before: Option<i32>| {
            let now = year.get();
            if before.is_some_and(|b| b != now) {
                let p = Period::year(now);
                self.from.set(crate::domain::text::format_date(p.from));
                self.to.set(crate::domain::text::format_date(p.to));
            }
            now
        });
    }
}

/// The two dates of a period, with a message while they do not make one.
#[component]
pub fn PeriodInputs(fields: PeriodFields) -> impl IntoView {
    let bad = move || fields.period().is_none();
    view! {
        <super::widgets::DateField label=T::FinFromDate value=fields.from/>
        <super::widgets::DateField label=T::FinToDate value=fields.to/>
        <Show when=bad><p class="field-error" role="alert">{t(T::FinPeriodBad)}</p></Show>
    }
}

/// Buttons to print the page and to export it as a spreadsheet.
#[component]
pub fn PrintAndExport(#[prop(into)] export: Callback<()>, busy: RwSignal<Option<String>>) -> impl IntoView {
    view! {
        <div class="actions no-print">
            <button type="button" class="secondary" on:click=move |_| { let _ = window().print(); }>{t(T::FinPrint)}</button>
            <button type="button" class="secondary" on:click=move |_| export.run(())>{t(T::FinExportXlsx)}</button>
            {move || busy.get().map(|m| view! { <p class="muted" role="status">{m}</p> })}
        </div>
    }
}

/// The signature blocks under a printed document, each title on its lines ("TM. BAN CHẤP HÀNH" over "CHỦ TỊCH").
pub fn signature_blocks(lang: crate::i18n::Lang, titles: &[T]) -> impl IntoView {
    let unnamed: Vec<(T, String)> = titles.iter().map(|t| (*t, String::new())).collect();
    named_signature_blocks(lang, &unnamed)
}

/// Signature blocks with the name of who signs under each, where it is known.
pub fn named_signature_blocks(lang: crate::i18n::Lang, blocks: &[(T, String)]) -> impl IntoView {
    let columns = format!("grid-template-columns: repeat({}, 1fr)", blocks.len());
    let blocks = blocks
        .iter()
        .map(|(title, name)| {
            let lines = title.text(lang).split('\n').map(|line| view! { <p><strong>{line.to_string()}</strong></p> });
            let name = (!name.is_empty()).then(|| view! { <p class="signer"><strong>{name.clone()}</strong></p> });
            view! {
                <div class="signature">
                    {lines.collect_view()}
                    <p class="sign-hint">{T::FinSignHint.text(lang)}</p>
                    {name}
                </div>
            }
        })
        .collect_view();
    view! { <div class="signatures" style=columns>{blocks}</div> }
}

//! The vouchers of a year: filter by kind and fund, open one to print or void it, start a new one.

use super::table::{col, num, table, Cell, Row};
use super::{money, with_book, YearSelect};
use crate::domain::finance::vouchers::select;
use crate::domain::finance::{Period, VoucherKind};
use crate::domain::text::{format_date, format_money};
use crate::i18n::{self, code, from_code, T};
use crate::ui::route::FinanceRoute;
use crate::ui::session::Session;
use crate::ui::widgets::t;
use crate::ui::widgets::SelectField;
use leptos::prelude::*;

const PAGE: usize = 200;

#[component]
pub fn VouchersPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let year = super::fiscal_year();
    let lang = move || session.lang.get();
    let kind = RwSignal::new(String::new());
    let fund = RwSignal::new(String::new());
    let shown = RwSignal::new(PAGE);
    let kinds = Signal::derive(move || {
        let mut out = vec![(String::new(), T::FinAllKinds.text(lang()).to_string())];
        out.extend(VoucherKind::ALL.iter().map(|k| (code(k), i18n::finance::voucher_kind(lang(), *k).to_string())));
        out
    });
    let selection = Memo::new(move |_| {
        let (kind, fund) = (from_code::<VoucherKind>(&kind.get()), fund.get().parse().ok());
        with_book(|b| select(&b.finance, Period::year(year.get()), kind, fund))
    });
    let rows = move || {
        let lang = lang();
        let columns = [T::FinNumber, T::Date, T::FinParty, T::FinReason, T::FinCategory, T::FinAmount, T::FinStatus]
            .map(|c| if c == T::FinAmount { num(c.text(lang)) } else { col(c.text(lang)) });
        let rows = with_book(|b| {
            let fund = |id| b.finance.fund(id).map(|f| f.name.clone()).unwrap_or_default();
            selection.with(|s| {
                s.vouchers
                    .iter()
                    .take(shown.get())
                    .map(|v| {
                        let line = match v.kind {
                            VoucherKind::Transfer => {
                                format!("{} → {}", fund(v.fund_id), v.to_fund_id.map(fund).unwrap_or_default())
                            }
                            _ => v
                                .category_id
                                .and_then(|c| b.finance.category(c))
                                .map(|c| format!("{} {}", c.code, c.name))
                                .unwrap_or_default(),
                        };
                        let number = v.code();
                        let status = if v.is_void() { T::FinVoid } else { T::FinValid };
                        let cells = vec![
                            Cell::Link {
                                href: FinanceRoute::Voucher(v.id).href(),
                                label: i18n::fill(T::FinViewNamed.text(lang), &[&number]),
                                text: number,
                            },
                            Cell::Text(format_date(v.date)),
                            Cell::Text(v.party.clone()),
                            Cell::Text(v.reason.clone()),
                            Cell::Text(line),
                            Cell::Num(money(v.amount)),
                            Cell::Text(status.text(lang).into()),
                        ];
                        Row::with_class(if v.is_void() { "void" } else { "" }, cells)
                    })
                    .collect()
            })
        });
        table("vouchers", columns.to_vec(), rows, T::Actions.text(lang))
    };
    view! {
        <div class="page-head">
            <h1>{t(T::FinVouchers)}</h1>
            <div class="actions">
                <a class="button" href=FinanceRoute::New(VoucherKind::Receipt).href()>{t(T::FinNewReceipt)}</a>
                <a class="button" href=FinanceRoute::New(VoucherKind::Payment).href()>{t(T::FinNewPayment)}</a>
                <a class="button secondary" href=FinanceRoute::New(VoucherKind::Transfer).href()>{t(T::FinNewTransfer)}</a>
            </div>
        </div>
        <div class="toolbar">
            <YearSelect/>
            <SelectField label=T::FinKind value=kind options=kinds/>
            <SelectField label=T::FinFund value=fund options=fund_choices(T::FinAllFunds)/>
        </div>
        <p class="muted" role="status">{move || selection.with(|s| i18n::fill(T::FinShowing.text(lang()), &[
            &s.vouchers.len().to_string(), &format_money(s.receipts), &format_money(s.payments),
        ]))}</p>
        {rows}
        <Show when=move || selection.with(|s| s.vouchers.is_empty())>
            <p class="empty">{t(T::FinNoVouchers)}</p>
        </Show>
        <Show when=move || selection.with(|s| s.vouchers.len() > shown.get())>
            <button type="button" class="secondary" on:click=move |_| shown.update(|n| *n += PAGE)>{t(T::ShowMore)}</button>
        </Show>
    }
}

/// (id, name) of every fund, after a first choice labelled `first` with an empty value.
pub fn fund_choices(first: T) -> Signal<Vec<(String, String)>> {
    let session = expect_context::<Session>();
    Signal::derive(move || {
        let mut out = vec![(String::new(), first.text(session.lang.get()).to_string())];
        out.extend(with_book(|b| {
            b.finance.funds.iter().map(|f| (f.id.to_string(), f.name.clone())).collect::<Vec<_>>()
        }));
        out
    })
}

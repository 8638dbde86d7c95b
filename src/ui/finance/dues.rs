//! Dues: the rule of the month, collecting a group's dues for a month in one step (one receipt for the
//! group or one per member), and the sheet of who owes what, month by month.

use super::table::{col, num, table, Cell, Row};
use super::vouchers::fund_choices;
use super::{money, with_book, Errors, YearSelect};
use crate::domain::finance::dues::{sheet, Dues, DuesCollection, Receipts};
use crate::domain::finance::rules::RuleKey;
use crate::domain::finance::{Field, FinanceChange, Month};
use crate::domain::history::Change;
use crate::domain::text::{format_money, format_number};
use crate::domain::Id;
use crate::i18n::{self, T};
use crate::ui::session::{today, Session};
use crate::ui::widgets::{t, CheckField, DateField, SelectField, TextField};
use leptos::prelude::*;

const PAGE: usize = 100;

#[component]
pub fn DuesPage() -> impl IntoView {
    view! {
        <div class="page-head">
            <h1>{t(T::FinDues)}</h1>
            <a class="button secondary" href=crate::ui::route::FinanceRoute::DuesMonth.href()>{t(T::DuesMonthLink)}</a>
        </div>
        <super::units::ConfirmUnit/>
        <Collect/>
        <Sheet/>
    }
}

/// The union's groups to choose from, after a first choice ("— Chọn —", "Tất cả các tổ").
pub fn group_choices(first: T) -> Signal<Vec<(String, String)>> {
    let session = expect_context::<Session>();
    Signal::derive(move || {
        let mut out = vec![(String::new(), first.text(session.lang.get()).to_string())];
        out.extend(with_book(|b| b.groups.iter().map(|g| (g.id.to_string(), g.name.clone())).collect::<Vec<_>>()));
        out
    })
}

#[component]
fn Collect() -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let group = RwSignal::new(String::new());
    let month = RwSignal::new(Month::of(today()).to_string());
    let date = RwSignal::new(crate::domain::text::format_date(today()));
    let cash = with_book(|b| b.finance.funds.first().map(|f| f.id.to_string())).unwrap_or_default();
    let fund = RwSignal::new(cash);
    let receipts = RwSignal::new("group".to_string());
    let payer = RwSignal::new(String::new());
    let errors = Errors::new();
    let done = RwSignal::new(None::<String>);
    let receipt_choices = Signal::derive(move || {
        vec![
            ("group".to_string(), T::FinOnePerGroup.text(lang()).to_string()),
            ("member".to_string(), T::FinOnePerMember.text(lang()).to_string()),
        ]
    });
    let chosen = move || -> Option<(Id, Month)> { Some((group.get().parse().ok()?, Month::parse(&month.get())?)) };
    // What the group still owes for the month, before collecting it.
    let owed = Memo::new(move |_| {
        let (g, m) = chosen()?;
        Some(with_book(|b| b.dues_owed_total(g, m)))
    });
    let rule = move || {
        let m = Month::parse(&month.get())?;
        with_book(|b| {
            let rules = &b.finance.rules;
            let on = m.first_day();
            let scheme = b.finance.settings.units.on(on);
            let kind = i18n::unit_kind(lang(), scheme.kind);
            let rate = b.finance.dues_rate_on(on)?;
            if rate.is_zero() {
                return Some(i18n::fill(T::FinDuesStopped.text(lang()), &[&m.to_string(), kind]));
            }
            let cap = match (b.finance.dues_cap_on(on), rules.on(RuleKey::DuesCap, on)) {
                (Some(most), Some(share)) => {
                    i18n::fill(T::FinCapOn.text(lang()), &[&format_money(most), &share.normalize().to_string()])
                }
                _ => T::FinCapOff.text(lang()).to_string(),
            };
            let base = i18n::dues_base(lang(), scheme.base());
            Some(i18n::fill(
                T::FinDuesRule.text(lang()),
                &[&m.to_string(), kind, &crate::domain::text::format_decimal(rate), base, &cap],
            ))
        })
    };
    let collect = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let group_name = with_book(|b| group.get().parse().ok().and_then(|g| b.group(g)).map(|g| g.name.clone()))
            .unwrap_or_default();
        let draft = DuesCollection {
            group_id: group.get().parse().ok(),
            month: month.get(),
            date: date.get(),
            fund_id: fund.get().parse().ok(),
            receipts: if receipts.get() == "member" { Receipts::OnePerMember } else { Receipts::OnePerGroup },
            payer: payer.get(),
            reason: i18n::fill(T::FinDuesReason.text(lang()), &[month.get().trim(), &group_name]),
        };
        let total = owed.get().map(|(_, total)| total).unwrap_or_default();
        let count = std::rc::Rc::new(std::cell::Cell::new(0));
        let made = count.clone();
        let change = Change::Finance(FinanceChange::CollectDues(group_name, month.get().trim().to_string()));
        let result = session.apply(change, move |b| {
            made.set(b.collect_dues(&draft, today())?.len());
            Ok(())
        });
        let ok = errors.take(result);
        done.set(
            ok.then(|| i18n::fill(T::FinCollected.text(lang()), &[&count.get().to_string(), &format_money(total)])),
        );
    };
    view! {
        <section aria-labelledby="collect">
            <h2 id="collect">{t(T::FinCollectTitle)}</h2>
            <p class="muted">{rule}</p>
            <form class="form" on:submit=collect novalidate>
                <div class="row">
                    <SelectField label=T::Group value=group options=group_choices(T::Choose) error=errors.of(Field::Group) required=true/>
                    <TextField label=T::FinMonth value=month error=errors.of(Field::Month) required=true placeholder="07/2025"/>
                    <DateField label=T::FinVoucherDate value=date error=errors.of(Field::Date) required=true/>
                </div>
                <div class="row">
                    <SelectField label=T::FinFund value=fund options=fund_choices(T::Choose) error=errors.of(Field::Fund) required=true/>
                    <SelectField label=T::FinReceipts value=receipts options=receipt_choices/>
                    <TextField label=T::FinGroupPayer value=payer error=errors.of(Field::Party)/>
                </div>
                <p role="status" class="muted">{move || owed.get().map(|(count, total)| {
                    if count == 0 {
                        T::FinCollectNone.text(lang()).to_string()
                    } else {
                        i18n::fill(T::FinCollectPreview.text(lang()), &[&count.to_string(), &format_money(total)])
                    }
                })}</p>
                {errors.view()}
                <div class="actions"><button type="submit">{t(T::FinCollect)}</button></div>
                {move || done.get().map(|m| view! { <p class="banner ok" role="status">{m}</p> })}
            </form>
        </section>
    }
}

#[component]
fn Sheet() -> impl IntoView {
    let session = expect_context::<Session>();
    let year = super::fiscal_year();
    let lang = move || session.lang.get();
    let group = RwSignal::new(String::new());
    let only_owing = RwSignal::new(false);
    let shown = RwSignal::new(PAGE);
    let data = Memo::new_with_compare(
        move |_| with_book(|b| Some(sheet(b, year.get(), group.get().parse().ok(), today()))),
        |_, _| true,
    );
    let rows = move || {
        let lang = lang();
        let mut columns = vec![num(T::No.text(lang)), col(T::FullName.text(lang))];
        columns.extend((1..=12).map(|m| num(&i18n::fill(T::FinMonthShort.text(lang), &[&m.to_string()]))));
        columns.push(num(T::FinOwed.text(lang)));
        let rows = data.with(|s| {
            let Some(s) = s else { return Vec::new() };
            let owing = s.rows.iter().filter(|r| !only_owing.get() || !r.owed().is_zero());
            let mut rows: Vec<Row> = owing
                .take(shown.get())
                .enumerate()
                .map(|(i, r)| {
                    let mut cells = vec![Cell::Num((i + 1).to_string()), Cell::Head(r.member.full_name.clone())];
                    cells.extend(r.months.iter().map(|c| {
                        let (class, text) = match c.dues {
                            _ if !c.credit().is_zero() => {
                                ("credit", i18n::fill(T::FinCreditMark.text(lang), &[&format_number(c.credit())]))
                            }
                            Dues::Exempt(kind) => ("exempt", i18n::exemption_kind(lang, kind).to_string()),
                            Dues::Stopped => ("stopped", T::FinStoppedMark.text(lang).to_string()),
                            Dues::Owed(_) if c.owed().is_zero() => ("paid", T::FinPaidMark.text(lang).to_string()),
                            Dues::Owed(_) => ("owed", format_number(c.owed())),
                            Dues::NotMember | Dues::NoBase | Dues::Later => {
                                ("none", T::FinNotDue.text(lang).to_string())
                            }
                        };
                        Cell::Marked { class, text, test_id: "" }
                    }));
                    cells.push(Cell::Num(money(r.owed())));
                    Row::new(cells)
                })
                .collect();
            let lines = [
                (T::FinDue, s.due, s.year[0]),
                (T::FinPaid, s.paid, s.year[1]),
                (T::FinOwed, s.owed, s.year[2]),
                (T::FinCredit, s.credit, s.year[3]),
            ];
            for (label, values, total) in lines {
                let mut cells = vec![Cell::Empty, Cell::Head(label.text(lang).into())];
                cells.extend(values.iter().chain([&total]).map(|v| Cell::Num(money(*v))));
                rows.push(Row::with_class("level-0", cells));
            }
            rows
        });
        table("dues-sheet", columns, rows, T::Actions.text(lang))
    };
    view! {
        <section aria-labelledby="dues-sheet">
            <h2 id="dues-sheet">{move || i18n::fill(T::FinSheetTitle.text(lang()), &[&year.get().to_string()])}</h2>
            <div class="toolbar">
                <YearSelect/>
                <SelectField label=T::Group value=group options=group_choices(T::AllGroups)/>
                <CheckField label=T::FinOnlyOwing value=only_owing/>
            </div>
            <p class="muted">{t(T::FinSheetHelp)}</p>
            {rows}
            <Show when=move || data.with(|s| s.as_ref().is_some_and(|s| s.rows.len() > shown.get()))>
                <button type="button" class="secondary" on:click=move |_| shown.update(|n| *n += PAGE)>{t(T::ShowMore)}</button>
            </Show>
        </section>
    }
}

//! How the year's kept dues were spent against QĐ 4290 art. 5 (45/40/15): a table beside the settlement and,
//! on the overview, the parts beyond their limits. A warning that names the figures, never a refusal.

use super::table::{col, num, table, Cell, Row};
use super::{money, with_book};
use crate::domain::finance::sources::{dues_use, DuesUse};
use crate::domain::finance::Period;
use crate::domain::text::{format_money, format_percent};
use crate::i18n::{self, Lang, T};
use crate::ui::route::FinanceRoute;
use crate::ui::session::{today, Session};
use chrono::Datelike;
use leptos::prelude::*;

/// The use of a year's kept dues; a floor counts only once the year is over.
fn of_year(year: i32) -> Option<DuesUse> {
    let period = Period::year(year);
    with_book(|b| Some(dues_use(&b.finance, period, period.to < today())))
}

/// The lines beyond their limits, worded.
fn warnings(lang: Lang, used: &DuesUse) -> Vec<String> {
    used.lines
        .iter()
        .filter(|l| l.warn)
        .map(|l| {
            let percent = l.percent.map(format_percent).unwrap_or_else(|| "—".into());
            i18n::fill(
                T::DuesUseWarn.text(lang),
                &[
                    i18n::finance::dues_use_part(lang, l.part),
                    &format_money(l.spent),
                    &percent,
                    &format_money(used.kept),
                ],
            )
        })
        .collect()
}

/// The table of a year: each part, what was spent from the dues, its share of the kept dues and its limit.
#[component]
pub fn DuesUsePanel(#[prop(into)] year: Signal<i32>) -> impl IntoView {
    let session = expect_context::<Session>();
    let used = Memo::new(move |_| of_year(year.get()));
    move || {
        let lang = session.lang.get();
        let used = used.get()?;
        let rows = used
            .lines
            .iter()
            .map(|l| {
                let status = if l.warn { T::DuesUseCheck } else { T::DuesUseOk };
                Row::new(vec![
                    Cell::Head(i18n::finance::dues_use_part(lang, l.part).into()),
                    Cell::Num(money(l.spent)),
                    Cell::Num(l.percent.map(format_percent).unwrap_or_else(|| "—".into())),
                    Cell::Marked {
                        class: if l.warn { "owed" } else { "paid" },
                        text: status.text(lang).into(),
                        test_id: "",
                    },
                ])
            })
            .collect();
        let columns = vec![
            col(T::DuesUsePart.text(lang)),
            num(T::DuesUseSpent.text(lang)),
            num(T::DuesUsePercent.text(lang)),
            col(""),
        ];
        let title = i18n::fill(T::DuesUseTitle.text(lang), &[&year.get().to_string()]);
        Some(view! {
            <section class="no-print" aria-label=title.clone()>
                <h2>{title.clone()}</h2>
                <p class="muted">{i18n::fill(T::DuesUseHelp.text(lang), &[&format_money(used.kept)])}</p>
                {table("dues-use", columns, rows, "")}
                {warnings(lang, &used).into_iter().map(|w| view! { <p class="banner warning" role="status">{w}</p> }).collect_view()}
            </section>
        })
    }
}

/// This year's parts beyond their limits, on the overview, leading to the settlement.
#[component]
pub fn DuesUseWarnings() -> impl IntoView {
    let session = expect_context::<Session>();
    let used = Memo::new(move |_| of_year(today().year()));
    move || {
        let lang = session.lang.get();
        let list = used.get().map(|used| warnings(lang, &used)).unwrap_or_default();
        (!list.is_empty()).then(|| {
            let title = i18n::fill(T::DuesUseTitle.text(lang), &[&today().year().to_string()]);
            view! {
                <div class="banner warning" role="status">
                    <div class="banner-text">
                        <p><a href=FinanceRoute::Settlement.href()><strong>{title}</strong></a></p>
                        {list.into_iter().map(|w| view! { <p>{w}</p> }).collect_view()}
                    </div>
                </div>
            }
        })
    }
}

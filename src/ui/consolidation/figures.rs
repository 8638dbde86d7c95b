//! The consolidated figures on screen and on paper: the totals part by part, each with its share stated on
//! its denominator and a button opening the unions behind it; each union's main figures; the unions that
//! still owe the superior union; and the exports.

use super::export;
use super::files::PAGE;
use crate::domain::consolidation::{Consolidation, Label, Row};
use crate::domain::text::{format_date, format_money, format_percent};
use crate::i18n::{self, consolidation, Lang, T};
use crate::ui::office::{save, DOCX, XLSX};
use crate::ui::session::Session;
use crate::ui::widgets::{next_tick, t};
use leptos::prelude::*;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

/// A value as the row counts it: money in đồng, or a count.
pub fn value(row: &Row, value: Decimal) -> String {
    match row.label.is_money() {
        true => format_money(value),
        false => value.to_usize().unwrap_or_default().to_string(),
    }
}

/// The share a row's value is of the members, with its denominator: "42,22% trên 45 đoàn viên".
pub fn share(lang: Lang, answer: &Consolidation, row: &Row, union: Option<usize>) -> String {
    let Some(members) = answer.figures.members().filter(|_| row.label.is_share()) else { return String::new() };
    let share = row.share(members, union);
    i18n::fill(T::ConsShareOf.text(lang), &[&format_percent(share.percent()), &share.of.to_string()])
}

/// The main figures of each union, in the per-union table.
pub const PER_UNION: [Label; 8] = [
    Label::Members,
    Label::Party,
    Label::Income,
    Label::Expense,
    Label::Due,
    Label::Remitted,
    Label::Owed,
    Label::Visits,
];

#[component]
pub fn Figures(answer: Consolidation, drill: RwSignal<Option<Label>>) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let l = session.lang.get_untracked();
    let names: Vec<String> = answer.union_names().into_iter().map(str::to_string).collect();
    let period = answer.period.unwrap_or(crate::domain::finance::Period::year(2000));
    let heading = i18n::fill(
        T::ConsFigures.text(l),
        &[&names.len().to_string(), &format_date(period.from), &format_date(period.to)],
    );
    let busy = RwSignal::new(None::<String>);
    let (for_xlsx, for_docx) = (answer.clone(), answer.clone());
    let export_xlsx = move |_| {
        let workbook = export::workbook(lang(), &for_xlsx);
        save(crate::office::Request::Xlsx { workbook }, export::file_name(&for_xlsx, "xlsx"), XLSX, busy, lang());
    };
    let export_docx = move |_| {
        let document = export::document(lang(), &for_docx);
        let name = export::file_name(&for_docx, "docx");
        save(crate::office::Request::Docx { document }, name, DOCX, busy, lang());
    };
    let total_row = |row: &Row| {
        let label = consolidation::label(l, &row.label);
        let behind = row.behind().len();
        let open = i18n::fill(T::ConsUnionsOfNamed.text(l), &[&label]);
        let key = row.label.clone();
        view! {
            <tr>
                <th scope="row">{label.clone()}</th>
                <td class="num">{value(row, row.total)}</td>
                <td class="num">{share(l, &answer, row, None)}</td>
                <td class="no-print">{(behind > 0).then(|| view! {
                    <button type="button" class="small secondary" aria-label=open
                        on:click=move |_| drill.set(Some(key.clone()))>{i18n::fill(T::ConsUnionsButton.text(l), &[&behind.to_string()])}</button>
                })}</td>
            </tr>
        }
    };
    let tables = export::parts(&answer)
        .into_iter()
        .map(|(part, rows)| {
            view! {
                <tbody>
                    <tr class="part"><th scope="rowgroup" colspan="4">{consolidation::part(l, part)}</th></tr>
                    {rows.into_iter().map(total_row).collect_view()}
                </tbody>
            }
        })
        .collect_view();
    let for_drill = answer.clone();
    let shown = RwSignal::new(PAGE);
    let per_union = per_union(l, &answer, &names, shown);
    // On paper every union's row.
    let print = move |_| {
        shown.set(usize::MAX);
        leptos::task::spawn_local(async {
            next_tick().await;
            let _ = window().print();
        });
    };
    let owing = owing(l, &answer, &names);
    view! {
        <section aria-labelledby="cons-figures">
            <div class="print-head print-only"><h2>{T::ConsTitle.text(l)}</h2></div>
            <h2 id="cons-figures">{heading}</h2>
            <div class="actions no-print">
                <button type="button" on:click=export_xlsx>{t(T::ConsExportXlsx)}</button>
                <button type="button" class="secondary" on:click=export_docx>{t(T::ConsExportDocx)}</button>
                <button type="button" class="secondary" on:click=print>{t(T::PrintReport)}</button>
                {move || busy.get().map(|b| view! { <span class="muted" role="status">{b}</span> })}
            </div>
            <div class="table-wrap">
                <table class="consolidated">
                    <thead><tr>
                        <th scope="col">{t(T::ConsColFigure)}</th>
                        <th scope="col">{t(T::ConsColTotal)}</th>
                        <th scope="col">{t(T::ConsColShare)}</th>
                        <th scope="col" class="no-print">{t(T::ConsColUnions)}</th>
                    </tr></thead>
                    {tables}
                </table>
            </div>
            {move || drill.get().and_then(|label| {
                let row = for_drill.figures.row(&label)?.clone();
                Some(view! { <Behind answer=for_drill.clone() row drill/> })
            })}
            {per_union}
            {owing}
        </section>
    }
}

/// The unions behind one figure, largest first, each with its share of its own members; brought into view
/// when opened, below the totals.
#[component]
fn Behind(answer: Consolidation, row: Row, drill: RwSignal<Option<Label>>) -> impl IntoView {
    let section = NodeRef::<leptos::html::Section>::new();
    Effect::new(move |_| {
        if let Some(el) = section.get() {
            el.scroll_into_view();
        }
    });
    let session = expect_context::<Session>();
    let l = session.lang.get_untracked();
    let names = answer.union_names();
    let title = i18n::fill(T::ConsUnionsOf.text(l), &[&consolidation::label(l, &row.label)]);
    let rows = row
        .behind()
        .into_iter()
        .map(|(u, v)| {
            view! {
                <tr>
                    <th scope="row">{names.get(u).copied().unwrap_or_default().to_string()}</th>
                    <td class="num">{value(&row, v)}</td>
                    <td class="num">{share(l, &answer, &row, Some(u))}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="drill no-print" aria-label=title.clone() node_ref=section>
            <h3>{title.clone()}</h3>
            <div class="table-wrap">
                <table class="cons-unions">
                    <thead><tr>
                        <th scope="col">{t(T::ConsColUnion)}</th>
                        <th scope="col">{t(T::ConsValue)}</th>
                        <th scope="col">{t(T::ConsColShare)}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <button type="button" class="secondary" on:click=move |_| drill.set(None)>{t(T::Dismiss)}</button>
        </section>
    }
}

/// Each union's main figures, `shown` rows of them.
fn per_union(l: Lang, answer: &Consolidation, names: &[String], shown: RwSignal<usize>) -> impl IntoView {
    let rows: Vec<Row> = PER_UNION.iter().filter_map(|label| answer.figures.row(label)).cloned().collect();
    let head = rows.iter().map(|r| view! { <th scope="col">{consolidation::label(l, &r.label)}</th> }).collect_view();
    let (count, names) = (names.len(), names.to_vec());
    let body = move || {
        names
            .iter()
            .enumerate()
            .take(shown.get())
            .map(|(u, name)| {
                let cells = rows
                    .iter()
                    .map(|r| view! { <td class="num">{value(r, r.values.get(u).copied().unwrap_or_default())}</td> })
                    .collect_view();
                view! { <tr><th scope="row">{name.clone()}</th>{cells}</tr> }
            })
            .collect_view()
    };
    view! {
        <h3 id="cons-per-union">{T::ConsPerUnion.text(l)}</h3>
        <div class="table-wrap">
            <table class="cons-unions" aria-labelledby="cons-per-union">
                <thead><tr><th scope="col">{T::ConsColUnion.text(l)}</th>{head}</tr></thead>
                <tbody>{body}</tbody>
            </table>
        </div>
        <Show when=move || { count > shown.get() }>
            <button type="button" class="secondary no-print" on:click=move |_| shown.update(|n| *n += PAGE)>{T::ShowMore.text(l)}</button>
        </Show>
    }
}

fn owing(l: Lang, answer: &Consolidation, names: &[String]) -> impl IntoView {
    let owed = answer.figures.row(&Label::Owed).map(|r| r.behind()).unwrap_or_default();
    let list = match owed.is_empty() {
        true => view! { <p>{T::ConsNoneOwing.text(l)}</p> }.into_any(),
        false => view! {
            <ul>{owed.into_iter().map(|(u, v)| view! {
                <li>{format!("{}: {}", names.get(u).cloned().unwrap_or_default(), format_money(v))}</li>
            }).collect_view()}</ul>
        }
        .into_any(),
    };
    view! {
        <section aria-labelledby="cons-owing">
            <h3 id="cons-owing">{T::ConsOwing.text(l)}</h3>
            {list}
        </section>
    }
}

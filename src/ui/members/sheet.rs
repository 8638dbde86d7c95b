//! The roster in and out of spreadsheets: export of what the list shows as CSV or Excel, and import of a
//! roster officers already keep (.csv here, .xlsx read by the office worker), with the columns recognised,
//! correctable, a preview and the refused rows.

use crate::domain::book::{Book, ImportOutcome};
use crate::domain::history::Change;
use crate::domain::members::committee::roles_of;
use crate::domain::members::member::Member;
use crate::domain::members::sheet::{self, Column, Grid, Layout, SheetRow};
use crate::domain::text::{format_date, format_number, slug};
use crate::i18n::{self, Lang, T};
use crate::office::read::SheetRead;
use crate::office::{Cell, Request, Workbook};
use crate::ui::office::OfficeError;
use crate::ui::route::{navigate, Route};
use crate::ui::session::{today, Session};
use crate::ui::widgets::download;
use crate::ui::widgets::t;
use crate::ui::widgets::{field_id, next_tick};
use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// The columns of an exported roster: the same headers the import recognises, so a file goes round.
const EXPORT: [T; 21] = [
    T::No,
    T::FullName,
    T::Gender,
    T::BirthDate,
    T::Ethnicity,
    T::Religion,
    T::Hometown,
    T::CitizenId,
    T::Group,
    T::JobTitle,
    T::UnionRole,
    T::Education,
    T::PoliticalTheory,
    T::PartyMember,
    T::PartySince,
    T::JoinedUnion,
    T::CardNumber,
    T::Phone,
    T::Email,
    T::InsuredSalary,
    T::Notes,
];

/// Widths of the exported columns in Excel, in characters, in the order of `EXPORT`.
const WIDTHS: [f64; 21] = [
    5.0, 24.0, 8.0, 11.0, 9.0, 10.0, 16.0, 14.0, 16.0, 16.0, 16.0, 12.0, 12.0, 9.0, 11.0, 11.0, 10.0, 12.0, 20.0, 12.0,
    20.0,
];

/// The roster as a table in the page's language: counts, dates and salaries as such, for Excel to sum and sort;
/// the rest as text, a phone or a CCCD keeping its leading zero.
pub fn roster_table(lang: Lang, book: &Book, members: &[Arc<Member>]) -> (Vec<String>, Vec<Vec<Cell>>) {
    let header = EXPORT.iter().map(|k| k.text(lang).to_string()).collect();
    let rows = members
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let roles = roles_of(&book.appointments, m.id, today())
                .iter()
                .map(|a| i18n::role(lang, a.body, a.role))
                .collect::<Vec<_>>();
            let date = |d: Option<NaiveDate>| d.map_or(Cell::Empty, Cell::Date);
            vec![
                Cell::Count(i as u64 + 1),
                Cell::text(m.full_name.clone()),
                Cell::text(i18n::gender(lang, m.gender).to_string()),
                date(m.birth_date),
                Cell::text(m.ethnicity.clone()),
                Cell::text(m.religion.clone()),
                Cell::text(m.hometown.clone()),
                Cell::text(m.citizen_id.clone()),
                Cell::text(super::group_name(book, m.group_id)),
                Cell::text(m.job_title.clone()),
                Cell::text(roles.join(", ")),
                Cell::text(i18n::education(lang, m.education).to_string()),
                Cell::text(i18n::political_theory(lang, m.political_theory).to_string()),
                Cell::text(if m.party_member { T::Yes.text(lang).to_string() } else { String::new() }),
                date(m.party_since),
                date(m.joined_union),
                Cell::text(m.card_number.clone()),
                Cell::text(m.phone.clone()),
                Cell::text(m.email.clone()),
                m.salary_on(today()).map_or(Cell::Empty, Cell::Money),
                Cell::text(m.notes.clone()),
            ]
        })
        .collect();
    (header, rows)
}

/// `danh-sach-doan-vien-<union>-<date>.csv`
pub fn export_csv(session: Session, members: &[Arc<Member>]) {
    let lang = session.lang.get_untracked();
    let Some((name, text)) = session.book.with_untracked(|b| {
        let b = b.as_ref()?;
        let (header, rows) = roster_table(lang, b, members);
        let rows: Vec<Vec<String>> = rows.iter().map(|r| r.iter().map(Cell::shown).collect()).collect();
        let name = format!("danh-sach-doan-vien-{}-{}.csv", slug(&b.union.current().name), today().format("%Y-%m-%d"));
        Some((name, sheet::write_csv(&header, &rows)))
    }) else {
        return;
    };
    download(&name, &text, "text/csv;charset=utf-8");
}

/// The roster as a worksheet: the same table as the CSV (a formula typed in a field stays text), A4
/// landscape.
fn roster_sheet(lang: Lang, book: &Book, members: &[Arc<Member>]) -> crate::office::Sheet {
    let (header, rows) = roster_table(lang, book, members);
    crate::office::Sheet {
        name: crate::office::Sheet::safe_name(T::RosterSheetName.text(lang)),
        heading: vec![
            book.union.current().superior.to_uppercase(),
            book.union.current().name.to_uppercase(),
            T::RosterTitle.text(lang).to_string(),
        ],
        columns: header
            .into_iter()
            .zip(WIDTHS)
            .map(|(header, width)| crate::office::Column { header, width })
            .collect(),
        rows: rows.into_iter().map(|cells| crate::office::Row { cells, bold: false }).collect(),
        footer: vec![i18n::fill(T::AsOf.text(lang), &[&format_date(today())])],
        landscape: true,
    }
}

/// `danh-sach-doan-vien-<union>-<date>.xlsx`, made by the office worker.
pub fn export_xlsx(session: Session, members: &[Arc<Member>], busy: RwSignal<Option<String>>) {
    save_roster(session, members, false, busy);
}

/// `mau-danh-sach-doan-vien.xlsx`: an empty roster with the headers the import reads best, to fill.
fn template_xlsx(session: Session, busy: RwSignal<Option<String>>) {
    save_roster(session, &[], true, busy);
}

fn save_roster(session: Session, members: &[Arc<Member>], template: bool, busy: RwSignal<Option<String>>) {
    let lang = session.lang.get_untracked();
    let Some((name, sheet)) = session.book.with_untracked(|b| {
        let b = b.as_ref()?;
        let name = if template {
            "mau-danh-sach-doan-vien.xlsx".to_string()
        } else {
            format!("danh-sach-doan-vien-{}-{}.xlsx", slug(&b.union.current().name), today().format("%Y-%m-%d"))
        };
        Some((name, roster_sheet(lang, b, members)))
    }) else {
        return;
    };
    let request = Request::Xlsx { workbook: Workbook { sheets: vec![sheet] } };
    crate::ui::office::save(request, name, crate::ui::office::XLSX, busy, lang);
}

/// Reads one sheet of an .xlsx file in the office worker, the file's bytes moved there, not copied;
/// `reading` follows the rows read. The sheet names come back too, to choose another.
async fn read_xlsx(
    file: &web_sys::File,
    sheet: Option<usize>,
    reading: RwSignal<Option<(usize, usize)>>,
) -> Result<(Grid, Vec<String>, usize), OfficeError> {
    reading.set(Some((0, 0)));
    let answer = async {
        let buffer =
            wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await.map_err(|_| OfficeError::Failed)?;
        let request = Request::ReadXlsx { sheet };
        crate::ui::office::make_with(&request, Some(buffer.unchecked_into()), move |p| {
            reading.set(Some((p.done, p.total)))
        })
        .await
    }
    .await;
    reading.set(None);
    let read: SheetRead = serde_json::from_slice(&answer?).map_err(|_| OfficeError::Failed)?;
    let (names, index) = (read.sheets.clone(), read.sheet);
    Ok((read.grid(), names, index))
}

/// Rows checked at a time between two redraws.
const CHUNK: usize = 500;

/// The import of a roster file, step by step: read, map the columns, preview, import.
#[component]
pub fn ImportRosterPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let grid = StoredValue::new(Grid::new());
    let file_name = RwSignal::new(String::new());
    let layout = RwSignal::new(None::<Layout>);
    let error = RwSignal::new(None::<String>);
    let progress = RwSignal::new(None::<(usize, usize)>);
    // Rows of an .xlsx read so far by the worker, of how many; (0, 0) while it starts.
    let reading = RwSignal::new(None::<(usize, usize)>);
    // The .xlsx chosen, kept to read another of its sheets; its sheets and the one read.
    let workbook = StoredValue::new_local(None::<web_sys::File>);
    let sheets = RwSignal::new(Vec::<String>::new());
    let sheet_index = RwSignal::new(0usize);
    let sheet_id = field_id("sheet");
    let preview = RwSignal::new(None::<(Vec<SheetRow>, ImportOutcome)>);
    let done = RwSignal::new(None::<ImportOutcome>);
    let input_id = field_id("roster-file");
    let saving = RwSignal::new(None::<String>);

    // Checks every row against a copy of the book, a chunk at a time: the preview is exactly what the
    // import will do.
    let check = move || {
        let Some(layout) = layout.get_untracked() else { return };
        let rows = grid.with_value(|g| sheet::rows(g, &layout, today().year()));
        let Some(mut copy) = session.book.get_untracked() else { return };
        preview.set(None);
        wasm_bindgen_futures::spawn_local(async move {
            let mut outcome = ImportOutcome::default();
            for (i, chunk) in rows.chunks(CHUNK).enumerate() {
                progress.set(Some((i * CHUNK, rows.len())));
                next_tick().await;
                let part = copy.import_members(chunk, today());
                outcome.added += part.added;
                outcome.new_groups.extend(part.new_groups);
                outcome.rejected.extend(part.rejected);
                outcome.emptied.extend(part.emptied);
            }
            progress.set(None);
            preview.set(Some((rows, outcome)));
        });
    };
    // A grid read (or why not): its columns recognised, every row checked.
    let accept = move |read: Result<Grid, String>| match read {
        Ok(g) if g.iter().all(|r| r.iter().all(|c| *c == sheet::Cell::Empty)) => {
            layout.set(None);
            error.set(Some(i18n::sheet_error(session.lang.get_untracked(), &sheet::SheetError::Empty)));
        }
        Ok(g) => {
            error.set(None);
            layout.set(Some(sheet::detect(&g)));
            grid.set_value(g);
            check();
        }
        Err(e) => {
            layout.set(None);
            error.set(Some(e));
        }
    };
    let unreadable = move |e: OfficeError| {
        let lang = session.lang.get_untracked();
        match e {
            OfficeError::Failed => T::SheetNotAWorkbook.text(lang).to_string(),
            OfficeError::NoWorker => e.text(lang).to_string(),
        }
    };
    let on_file = move |ev: leptos::ev::Event| {
        done.set(None);
        preview.set(None);
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
        input.set_value("");
        let name = file.name();
        let lower = name.to_lowercase();
        file_name.set(name);
        sheets.set(Vec::new());
        workbook.set_value(None);
        wasm_bindgen_futures::spawn_local(async move {
            let lang = session.lang.get_untracked();
            let read = if lower.ends_with(".csv") {
                let bytes = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await;
                let bytes = bytes.map(|b| js_sys::Uint8Array::new(&b).to_vec()).unwrap_or_default();
                sheet::read_csv(&bytes).map_err(|e| i18n::sheet_error(lang, &e))
            } else if lower.ends_with(".xlsx") {
                layout.set(None);
                let read = read_xlsx(&file, None, reading).await;
                if let Ok((_, names, index)) = &read {
                    sheets.set(names.clone());
                    sheet_index.set(*index);
                    workbook.set_value(Some(file));
                }
                read.map(|(g, ..)| g).map_err(unreadable)
            } else {
                Err(T::SheetWrongKind.text(lang).to_string())
            };
            accept(read);
        });
    };
    // Another sheet of the same workbook.
    let on_sheet = move |ev: leptos::ev::Event| {
        let Ok(index) = event_target_value(&ev).parse::<usize>() else { return };
        let Some(file) = workbook.get_value() else { return };
        done.set(None);
        preview.set(None);
        layout.set(None);
        sheet_index.set(index);
        wasm_bindgen_futures::spawn_local(async move {
            accept(read_xlsx(&file, Some(index), reading).await.map(|(g, ..)| g).map_err(unreadable));
        });
    };
    let headers = move || {
        let header = layout.get().map(|l| l.header).unwrap_or(0);
        grid.with_value(|g| {
            let width = g.iter().map(Vec::len).max().unwrap_or(0);
            (0..width)
                .map(|c| {
                    let texts: Vec<String> = g
                        .iter()
                        .take(header + 1)
                        .filter_map(|r| r.get(c))
                        .map(sheet::cell_text)
                        .filter(|t| !t.is_empty())
                        .collect();
                    texts.join(" / ")
                })
                .collect::<Vec<_>>()
        })
    };
    let confirm = move |_| {
        let Some((rows, _)) = preview.get_untracked() else { return };
        let name = file_name.get_untracked();
        let outcome = std::rc::Rc::new(std::cell::RefCell::new(ImportOutcome::default()));
        let result = {
            let outcome = outcome.clone();
            session.apply(Change::ImportRoster(name), move |b| {
                *outcome.borrow_mut() = b.import_members(&rows, today());
                Ok(())
            })
        };
        if result.is_ok() {
            done.set(Some(outcome.borrow().clone()));
            preview.set(None);
            layout.set(None);
        }
    };
    view! {
        <div class="page-head">
            <h1>{t(T::ImportRoster)}</h1>
            <a class="button secondary" href="#/members">{t(T::BackToList)}</a>
        </div>
        <p class="lead">{t(T::ImportRosterHelp)}</p>
        <p>
            <button type="button" class="secondary" on:click=move |_| template_xlsx(session, saving)>
                {t(T::DownloadRosterTemplate)}
            </button>
            {move || saving.get().map(|s| view! { " "<span role="status">{s}</span> })}
        </p>
        <div class="field">
            <label for=input_id.clone()>{t(T::ChooseRosterFile)}</label>
            <input id=input_id type="file" accept=".csv,.xlsx,text/csv" on:change=on_file/>
        </div>
        {move || (sheets.with(Vec::len) > 1).then(|| view! {
            <div class="field">
                <label for=sheet_id.clone()>{t(T::ChooseSheet)}</label>
                <select id=sheet_id.clone() on:change=on_sheet>
                    {sheets.get().into_iter().enumerate().map(|(i, name)| view! {
                        <option value=i.to_string() selected=move || sheet_index.get() == i>{name}</option>
                    }).collect_view()}
                </select>
            </div>
        })}
        {move || error.get().map(|e| view! { <p class="banner danger" role="alert">{e}</p> })}
        {move || reading.get().map(|(at, of)| view! {
            <div class="progress" role="status">
                {if of == 0 {
                    view! { <progress aria-label=t(T::Progress)></progress> }.into_any()
                } else {
                    view! { <progress max=of.to_string() value=at.to_string() aria-label=t(T::Progress)></progress> }.into_any()
                }}
                " "
                {if of == 0 {
                    T::ReadingFile.text(lang()).to_string()
                } else {
                    i18n::fill(T::ReadingRows.text(lang()), &[&format_number(at.into()), &format_number(of.into())])
                }}
            </div>
        })}
        {move || progress.get().map(|(at, of)| view! {
            <div class="progress" role="status">
                <progress max=of.to_string() value=at.to_string() aria-label=t(T::Progress)></progress>
                " "{i18n::fill(T::CheckingRows.text(lang()), &[&format_number(at.into()), &format_number(of.into())])}
            </div>
        })}
        {move || layout.get().map(|l| {
            let headers = headers();
            view! {
                <section aria-labelledby="mapping">
                    <h2 id="mapping">{t(T::ColumnMapping)}</h2>
                    <p class="muted">{i18n::fill(T::HeaderRowFound.text(lang()), &[&(l.header + 1).to_string()])}</p>
                    <table class="mapping">
                        <thead><tr><th scope="col">{t(T::SheetColumn)}</th><th scope="col">{t(T::ColumnHolds)}</th></tr></thead>
                        <tbody>
                            {l.columns.iter().enumerate().map(|(i, current)| {
                                let id = field_id("col");
                                let label = i18n::fill(T::ColumnHoldsOf.text(lang()), &[&column_letter(i)]);
                                let current = *current;
                                view! {
                                    <tr>
                                        <td>{column_letter(i)}": "{headers.get(i).cloned().unwrap_or_default()}</td>
                                        <td>
                                            <label for=id.clone() class="visually-hidden">{label}</label>
                                            <select id=id on:change=move |ev| {
                                                let chosen = Column::ALL.get(event_target_value(&ev).parse::<usize>().unwrap_or(0)).copied().unwrap_or(Column::Ignore);
                                                layout.update(|l| if let Some(l) = l { l.columns[i] = chosen; });
                                                check();
                                            }>
                                                {Column::ALL.iter().enumerate().map(|(k, c)| view! {
                                                    <option value=k.to_string() selected=*c == current>{i18n::sheet_column(lang(), *c)}</option>
                                                }).collect_view()}
                                            </select>
                                        </td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                </section>
            }
        })}
        {move || preview.get().map(|(rows, outcome)| view! { <Preview rows outcome on_confirm=confirm/> })}
        {move || done.get().map(|outcome| view! {
            <section aria-labelledby="import-result">
                <h2 id="import-result">{t(T::ImportResult)}</h2>
                <p class="banner ok" role="status">{summary(lang(), &outcome)}</p>
                <Rejected outcome=outcome.clone() rows=Vec::new()/>
                <button type="button" on:click=move |_| navigate(&Route::Members)>{t(T::BackToList)}</button>
            </section>
        })}
    }
}

fn column_letter(i: usize) -> String {
    let mut out = String::new();
    let mut n = i + 1;
    while n > 0 {
        let rem = (n - 1) % 26;
        out.insert(0, (b'A' + rem as u8) as char);
        n = (n - 1) / 26;
    }
    out
}

fn summary(lang: Lang, outcome: &ImportOutcome) -> String {
    let groups = if outcome.new_groups.is_empty() { "—".to_string() } else { outcome.new_groups.join(", ") };
    i18n::fill(T::ImportSummary.text(lang), &[&outcome.added.to_string(), &outcome.rejected.len().to_string(), &groups])
}

#[component]
fn Preview(
    rows: Vec<SheetRow>,
    outcome: ImportOutcome,
    on_confirm: impl Fn(leptos::ev::MouseEvent) + 'static,
) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let refused: std::collections::HashSet<usize> = outcome.rejected.iter().map(|(line, _)| *line).collect();
    let shown: Vec<SheetRow> = rows.iter().filter(|r| !refused.contains(&r.line)).take(20).cloned().collect();
    let l = session.lang.get_untracked();
    let mut warnings: Vec<(usize, String)> =
        rows.iter().flat_map(|r| r.problems.iter().map(move |p| (r.line, i18n::row_problem(l, p)))).collect();
    warnings.extend(outcome.emptied.iter().flat_map(|(line, errors)| {
        errors.iter().map(move |e| {
            let field = i18n::member_field(l, e.field);
            (*line, i18n::fill(T::FieldLeftEmpty.text(l), &[field, i18n::member_problem(l, e.problem)]))
        })
    }));
    warnings.sort_by_key(|(line, _)| *line);
    let count = outcome.added;
    view! {
        <section aria-labelledby="preview">
            <h2 id="preview">{t(T::ImportPreview)}</h2>
            <p role="status">{summary(lang(), &outcome)}</p>
            <table>
                <thead><tr>
                    <th scope="col">{t(T::SheetLine)}</th>
                    <th scope="col">{t(T::FullName)}</th>
                    <th scope="col">{t(T::Gender)}</th>
                    <th scope="col">{t(T::BirthDate)}</th>
                    <th scope="col">{t(T::Group)}</th>
                </tr></thead>
                <tbody>
                    {shown.into_iter().map(|r| view! {
                        <tr>
                            <td class="num">{r.line}</td>
                            <td>{r.draft.full_name.clone()}</td>
                            <td>{r.draft.gender.map(|g| i18n::gender(lang(), g)).unwrap_or_default()}</td>
                            <td>{r.draft.birth_date.clone()}</td>
                            <td>{r.group.clone()}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            {(count > 20).then(|| view! { <p class="muted">{i18n::fill(T::AndMore.text(lang()), &[&(count - 20).to_string()])}</p> })}
            {(!warnings.is_empty()).then(|| view! {
                <h3>{t(T::ImportWarnings)}</h3>
                <ul>{warnings.into_iter().map(|(line, w)| view! { <li>{i18n::fill(T::LineSays.text(lang()), &[&line.to_string(), &w])}</li> }).collect_view()}</ul>
            })}
            <Rejected outcome rows/>
            <div class="actions">
                <button type="button" on:click=on_confirm disabled=count == 0>
                    {i18n::fill(T::ImportCount.text(lang()), &[&count.to_string()])}
                </button>
            </div>
        </section>
    }
}

/// The rows refused, each with its line and what is wrong, and a CSV of them to fix and import again.
#[component]
fn Rejected(outcome: ImportOutcome, rows: Vec<SheetRow>) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let names: std::collections::HashMap<usize, String> =
        rows.iter().map(|r| (r.line, r.draft.full_name.clone())).collect();
    let lines: Vec<(usize, String, String)> = outcome
        .rejected
        .iter()
        .map(|(line, errors)| {
            let l = session.lang.get_untracked();
            let why: Vec<String> = errors
                .iter()
                .map(|e| format!("{}: {}", i18n::member_field(l, e.field), i18n::member_problem(l, e.problem)))
                .collect();
            (*line, names.get(line).cloned().unwrap_or_default(), why.join("; "))
        })
        .collect();
    let csv_lines = lines.clone();
    let download_refused = move |_| {
        let l = lang();
        let header =
            vec![T::SheetLine.text(l).to_string(), T::FullName.text(l).to_string(), T::Reason.text(l).to_string()];
        let rows: Vec<Vec<String>> =
            csv_lines.iter().map(|(line, name, why)| vec![line.to_string(), name.clone(), why.clone()]).collect();
        download(
            &format!("dong-bi-tu-choi-{}.csv", format_date(today()).replace('/', "-")),
            &sheet::write_csv(&header, &rows),
            "text/csv;charset=utf-8",
        );
    };
    (!lines.is_empty()).then(|| {
        view! {
            <h3>{t(T::RejectedRows)}</h3>
            <ul class="rejected">
                {lines.into_iter().map(|(line, name, why)| view! {
                    <li>{i18n::fill(T::LineSays.text(lang()), &[&line.to_string(), &format!("{name} — {why}")])}</li>
                }).collect_view()}
            </ul>
            <button type="button" class="secondary" on:click=download_refused>{t(T::DownloadRejected)}</button>
        }
    })
}

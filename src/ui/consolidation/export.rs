//! The consolidation as files, made by the office worker from the figures the consolidation worker gave: the
//! tables as a workbook (the totals, every figure of every union, the files), the report as a Word document.

use super::figures::{share, value};
use crate::domain::consolidation::{Consolidation, Part, Row, Status};
use crate::domain::text::{format_date, slug};
use crate::i18n::{self, consolidation, Lang, T};
use crate::office::{AdminHeader, Block, Cell, Column, Document, Row as SheetRow, Sheet, Workbook};
use crate::ui::session::today;
use crate::ui::widgets::format_time;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

/// `tong-hop-<from>-<to>.<ext>`
pub fn file_name(answer: &Consolidation, ext: &str) -> String {
    let period = answer.period.map(|p| format!("{}-{}", p.from, p.to)).unwrap_or_default();
    format!("tong-hop-{}.{ext}", slug(&period))
}

fn column(header: &str, width: f64) -> Column {
    Column { header: header.to_string(), width }
}

fn text(s: String) -> Cell {
    Cell::Text(s)
}

/// A figure as a number the sheet can add: money in đồng, or a count.
fn number(row: &Row, value: Decimal) -> Cell {
    match row.label.is_money() {
        true => Cell::Money(value),
        false => Cell::Count(value.to_u64().unwrap_or_default()),
    }
}

fn heading(lang: Lang, answer: &Consolidation, title: T) -> Vec<String> {
    let period = answer.period.map(|p| (format_date(p.from), format_date(p.to))).unwrap_or_default();
    let count = answer.figures.unions.len().to_string();
    vec![i18n::fill(T::ConsSubtitle.text(lang), &[&period.0, &period.1, &count]), title.text(lang).to_string()]
}

/// The rows part by part, in order.
pub fn parts(answer: &Consolidation) -> Vec<(Part, Vec<&Row>)> {
    let mut out: Vec<(Part, Vec<&Row>)> = Vec::new();
    for row in &answer.figures.rows {
        match out.last_mut() {
            Some((part, rows)) if *part == row.label.part() => rows.push(row),
            _ => out.push((row.label.part(), vec![row])),
        }
    }
    out
}

pub fn workbook(lang: Lang, answer: &Consolidation) -> Workbook {
    let names = answer.union_names();
    let mut totals = Vec::new();
    for (part, rows) in parts(answer) {
        totals.push(SheetRow { cells: vec![text(consolidation::part(lang, part).into())], bold: true });
        for row in rows {
            let cells = vec![
                text(consolidation::label(lang, &row.label)),
                number(row, row.total),
                text(share(lang, answer, row, None)),
                Cell::Count(row.behind().len() as u64),
            ];
            totals.push(SheetRow { cells, bold: false });
        }
    }
    let unions = names
        .iter()
        .enumerate()
        .map(|(u, name)| {
            let mut cells = vec![text(name.to_string())];
            cells.extend(answer.figures.rows.iter().map(|r| number(r, r.values.get(u).copied().unwrap_or_default())));
            SheetRow { cells, bold: false }
        })
        .collect();
    let files = answer
        .files
        .iter()
        .map(|f| {
            let by = match &f.status {
                Status::Superseded { by } => answer.files.get(*by).map(|b| b.name.clone()).unwrap_or_default(),
                _ => String::new(),
            };
            let cells = vec![
                text(f.name.clone()),
                text(f.union.clone()),
                text(f.superior.clone()),
                text(f.exported_at.map(format_time).unwrap_or_default()),
                text(consolidation::status(lang, &f.status, &by)),
            ];
            SheetRow { cells, bold: false }
        })
        .collect();
    let mut union_columns = vec![column(T::ConsColUnion.text(lang), 40.0)];
    union_columns.extend(answer.figures.rows.iter().map(|r| column(&consolidation::label(lang, &r.label), 14.0)));
    Workbook {
        sheets: vec![
            Sheet {
                name: T::ConsSheetTotals.text(lang).into(),
                heading: heading(lang, answer, T::ConsTitle),
                columns: vec![
                    column(T::ConsColFigure.text(lang), 44.0),
                    column(T::ConsColTotal.text(lang), 18.0),
                    column(T::ConsColShare.text(lang), 26.0),
                    column(T::ConsColUnions.text(lang), 12.0),
                ],
                rows: totals,
                footer: Vec::new(),
                landscape: false,
            },
            Sheet {
                name: T::ConsSheetUnions.text(lang).into(),
                heading: heading(lang, answer, T::ConsPerUnion),
                columns: union_columns,
                rows: unions,
                footer: Vec::new(),
                landscape: true,
            },
            Sheet {
                name: T::ConsSheetFiles.text(lang).into(),
                heading: heading(lang, answer, T::ConsSheetFiles),
                columns: vec![
                    column(T::ConsColFile.text(lang), 36.0),
                    column(T::ConsColUnion.text(lang), 40.0),
                    column(T::SuperiorUnion.text(lang), 30.0),
                    column(T::ConsColExported.text(lang), 18.0),
                    column(T::ConsColStatus.text(lang), 50.0),
                ],
                rows: files,
                footer: Vec::new(),
                landscape: true,
            },
        ],
    }
}

pub fn document(lang: Lang, answer: &Consolidation) -> Document {
    let names = answer.union_names();
    // The superior the files name, for the document's issuer.
    let superior = answer.files.iter().find(|f| f.status == Status::Used).map(|f| f.superior.clone());
    let day = today();
    let date_line = i18n::fill(
        T::DateLine.text(lang),
        &[
            "……",
            &format!("{:02}", chrono::Datelike::day(&day)),
            &format!("{:02}", chrono::Datelike::month(&day)),
            &chrono::Datelike::year(&day).to_string(),
        ],
    );
    let mut blocks = Vec::new();
    for (part, rows) in parts(answer) {
        blocks.push(Block::Heading(consolidation::part(lang, part).to_string()));
        let rows = rows
            .into_iter()
            .map(|r| vec![consolidation::label(lang, &r.label), value(r, r.total), share(lang, answer, r, None)])
            .collect();
        let header =
            [T::ConsColFigure, T::ConsColTotal, T::ConsColShare].iter().map(|k| k.text(lang).to_string()).collect();
        blocks.push(Block::Table { caption: String::new(), header, rows });
    }
    let main: Vec<&Row> = super::figures::PER_UNION.iter().filter_map(|l| answer.figures.row(l)).collect();
    let mut header = vec![T::ConsColUnion.text(lang).to_string()];
    header.extend(main.iter().map(|r| consolidation::label(lang, &r.label)));
    let rows = names
        .iter()
        .enumerate()
        .map(|(u, name)| {
            let mut cells = vec![name.to_string()];
            cells.extend(main.iter().map(|r| value(r, r.values.get(u).copied().unwrap_or_default())));
            cells
        })
        .collect();
    blocks.push(Block::Heading(T::ConsPerUnion.text(lang).to_string()));
    blocks.push(Block::Table { caption: String::new(), header, rows });
    let period = answer.period.map(|p| (format_date(p.from), format_date(p.to))).unwrap_or_default();
    Document {
        header: AdminHeader::national(superior.into_iter().collect(), date_line),
        title: T::ConsTitle.text(lang).to_string(),
        subtitle: i18n::fill(T::ConsSubtitle.text(lang), &[&period.0, &period.1, &names.len().to_string()]),
        blocks,
    }
}

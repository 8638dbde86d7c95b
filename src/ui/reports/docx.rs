//! The report as the page shows it, as a Word document (`office::Document`, made into a .docx by the office
//! worker): the administrative header, the title, then each part with its heading, its text as it stands in
//! its box (edited or not), and its tables. A part added to the report page is added here with one line.

use crate::domain::book::UnionInfo;
use crate::domain::term_report::{MembersPart, Period, Section};
use crate::domain::text::{format_count, format_date};
use crate::i18n::{fill, Lang, T};
use crate::office::{AdminHeader, Block, Document};

/// `texts`: the text of each section as it stands on the page; `date_line` as the header shows it.
pub fn document(lang: Lang, union: &UnionInfo, date_line: String, period: Period, part: &MembersPart, texts: &[(Section, String)]) -> Document {
    let text = |section: Section| texts.iter().find(|(s, _)| *s == section).map(|(_, t)| t.clone()).unwrap_or_default();
    let mut blocks = Vec::new();
    add_part(&mut blocks, T::PartMembers.text(lang), &text(Section::Members), members_tables(lang, part));
    add_part(&mut blocks, T::PartAssessment.text(lang), &text(Section::Assessment), Vec::new());
    add_part(&mut blocks, T::PartLessons.text(lang), &text(Section::Lessons), Vec::new());
    add_part(&mut blocks, T::PartDirection.text(lang), &text(Section::Direction), Vec::new());
    Document {
        header: AdminHeader::national(vec![union.superior.to_uppercase(), union.name.to_uppercase()], date_line),
        title: T::ReportTitle.text(lang).to_string(),
        subtitle: fill(T::ReportSubtitle.text(lang), &[&format_date(period.from), &format_date(period.to)]),
        blocks,
    }
}

/// A part: its heading, its text (a paragraph per line; nothing if empty), then its tables.
fn add_part(blocks: &mut Vec<Block>, heading: &str, text: &str, tables: Vec<Block>) {
    blocks.push(Block::Heading(heading.to_string()));
    blocks.extend(text.split('\n').map(str::trim).filter(|p| !p.is_empty()).map(|p| Block::Paragraph(p.to_string())));
    blocks.extend(tables);
}

/// Part I's tables, with the rows the page shows (`super::part_rows`).
fn members_tables(lang: Lang, part: &MembersPart) -> Vec<Block> {
    let (education, theory, movements) = super::part_rows(lang, part);
    let shares = |title: T, rows: Vec<(String, usize, String)>| Block::Table {
        caption: title.text(lang).to_string(),
        header: vec![T::Criterion.text(lang).to_string(), T::Count.text(lang).to_string(), T::Share.text(lang).to_string()],
        rows: rows.into_iter().map(|(label, n, share)| vec![label, n.to_string(), share]).collect(),
    };
    vec![
        shares(T::Education, education),
        shares(T::PoliticalTheory, theory),
        Block::Table {
            caption: T::MovementsInPeriod.text(lang).to_string(),
            header: vec![T::MovementKind.text(lang).to_string(), T::Count.text(lang).to_string()],
            rows: movements.into_iter().map(|(kind, n)| vec![kind, format_count(n)]).collect(),
        },
    ]
}

//! The report as the page shows it, as a Word document (`office::Document`, made into a .docx by the office
//! worker): the administrative header, the title, then each part with its heading, its text as it stands in
//! its box (edited or not), and its tables. A part added to the report page is added here with one line.

use super::results::{money_table, targets_table, titles_table, welfare_table, Table};
use crate::domain::book::Book;
use crate::domain::report::{MembersPart, Parts, Section};
use crate::domain::text::{format_count, format_date};
use crate::i18n::{fill, Lang, T};
use crate::office::{AdminHeader, Block, Document};

/// `texts`: the text of each section as it stands on the page; `date_line` as the header shows it.
/// `today` decides which years of a target are over.
pub fn document(
    lang: Lang,
    book: &Book,
    date_line: String,
    parts: &Parts,
    texts: &[(Section, String)],
    today: chrono::NaiveDate,
) -> Document {
    let text = |section: Section| texts.iter().find(|(s, _)| *s == section).map(|(_, t)| t.clone()).unwrap_or_default();
    let period = parts.period;
    let union = book.union.on(period.to);
    let mut blocks: Vec<Block> =
        super::text::committee(lang, book, period.to.min(today)).map(Block::Paragraph).into_iter().collect();
    add_part(&mut blocks, T::PartMembers.text(lang), &text(Section::Members), members_tables(lang, &parts.members));
    blocks.push(Block::Heading(T::PartResults.text(lang).to_string()));
    let a = &parts.activities;
    add_part(
        &mut blocks,
        T::SectionWelfare.text(lang),
        &text(Section::Welfare),
        vec![table(welfare_table(lang, a, period))],
    );
    add_part(
        &mut blocks,
        T::SectionEmulation.text(lang),
        &text(Section::Emulation),
        vec![table(titles_table(lang, a))],
    );
    add_part(&mut blocks, T::SectionWomen.text(lang), &text(Section::Women), Vec::new());
    add_part(
        &mut blocks,
        T::SectionFinance.text(lang),
        &text(Section::Finance),
        vec![table(money_table(lang, &parts.finance, period))],
    );
    add_part(
        &mut blocks,
        T::TargetsAgainstResults.text(lang),
        "",
        vec![table(targets_table(lang, book, period, today))],
    );
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

fn table(t: Table) -> Block {
    Block::Table { caption: t.title, header: t.header, rows: t.rows }
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
        header: vec![
            T::Criterion.text(lang).to_string(),
            T::Count.text(lang).to_string(),
            T::Share.text(lang).to_string(),
        ],
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::demo::demo_book;
    use crate::domain::report::{parts, Period};
    use chrono::NaiveDate;

    #[test]
    fn the_report_document_carries_the_header_the_text_as_edited_and_the_tables() {
        let book = demo_book();
        let period = Period {
            from: NaiveDate::from_ymd_opt(2017, 6, 1).unwrap(),
            to: NaiveDate::from_ymd_opt(2022, 12, 31).unwrap(),
        };
        let parts = parts(&book, period);
        let texts =
            vec![(Section::Members, "Dòng một\n\nDòng hai".to_string()), (Section::Lessons, "Bài học.".to_string())];
        let doc = document(
            Lang::Vi,
            &book,
            "Hòa An, ngày 31 tháng 12 năm 2022".into(),
            &parts,
            &texts,
            NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(),
        );
        assert_eq!(doc.header.left[1], book.union.current().name.to_uppercase());
        assert_eq!(doc.title, "BÁO CÁO");
        assert_eq!(doc.subtitle, "Kết quả hoạt động công đoàn từ ngày 01/06/2017 đến ngày 31/12/2022");
        let shown: Vec<String> = doc
            .blocks
            .iter()
            .map(|b| match b {
                Block::Heading(h) => format!("# {h}"),
                Block::Paragraph(p) => p.clone(),
                Block::Table { caption, .. } => format!("[{caption}]"),
                Block::Signatures(_) => "[signatures]".into(),
            })
            .collect();
        assert_eq!(
            shown,
            [
                "# I. TÌNH HÌNH ĐOÀN VIÊN",
                "Dòng một",
                "Dòng hai",
                "[Trình độ chuyên môn]",
                "[Lý luận chính trị]",
                "[Biến động trong kỳ]",
                "# II. KẾT QUẢ HOẠT ĐỘNG",
                "# Chăm lo, thăm hỏi đoàn viên",
                "[Thăm hỏi theo hình thức]",
                "# Thi đua, khen thưởng, sáng kiến",
                "[Danh hiệu theo năm]",
                "# Công tác nữ công",
                "# Tài chính công đoàn",
                "[Thu, chi và số dư trong kỳ]",
                "# Chỉ tiêu và kết quả thực hiện",
                "[Kết quả từng chỉ tiêu theo năm]",
                "# III. ĐÁNH GIÁ CHUNG",
                "# IV. BÀI HỌC KINH NGHIỆM",
                "Bài học.",
                "# PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI",
            ]
        );
        let Block::Table { rows, .. } = &doc.blocks[3] else { panic!() };
        assert!(rows.iter().any(|r| r == &["Thạc sĩ", "14", "31,11%"]), "{rows:?}");
    }

    #[test]
    fn a_report_names_the_union_and_superior_of_its_own_period() {
        let mut book = demo_book();
        let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let old_superior = book.union.current().superior.to_uppercase();
        let mut changed = crate::domain::book::UnionDraft::from_info(book.union.current());
        changed.superior = "Công đoàn phường Hòa An".into();
        book.change_union(&changed, "01/07/2025", today).unwrap();
        let header = |year| {
            let parts = parts(&book, Period::year(year));
            document(Lang::Vi, &book, String::new(), &parts, &[], today).header.left[0].clone()
        };
        assert_eq!(header(2024), old_superior);
        assert_eq!(header(2026), "CÔNG ĐOÀN PHƯỜNG HÒA AN");
    }
}

//! The report as the page shows it, as a Word document (`office::Document`, made into a .docx by the office
//! worker): the administrative header, the title, then each part with its heading, its text as it stands in
//! its box (edited or not), and its tables. A part added to the report page is added here with one line.

use super::results::{money_table, targets_table, titles_table, welfare_table, Table};
use crate::domain::book::Book;
use crate::domain::report::{MembersPart, Parts, Section};
use crate::domain::text::{format_date, roman};
use crate::i18n::{fill, Lang, T};
use crate::office::{AdminHeader, Block, Document, Signature};

/// `texts`: the text of each section as it stands on the page; `date_line` as the header shows it; `number`
/// the report's number, or empty to be written by hand. `today` decides which years of a target are over.
/// Parts are numbered as they come (I, II, …; 1, 2, … inside results); a part with nothing to say is left
/// out, heading and all.
pub fn document(
    lang: Lang,
    book: &Book,
    date_line: String,
    number: &str,
    parts: &Parts,
    texts: &[(Section, String)],
    today: chrono::NaiveDate,
) -> Document {
    let text = |section: Section| texts.iter().find(|(s, _)| *s == section).map(|(_, t)| t.clone()).unwrap_or_default();
    let period = parts.period;
    let union = book.union.on(period.to);
    let signed = period.to.min(today);
    let mut blocks: Vec<Block> = super::text::committee(lang, book, signed).map(Block::Paragraph).into_iter().collect();
    let mut outline = Outline::default();
    outline.part(&mut blocks, T::PartMembers.text(lang), &text(Section::Members), members_tables(lang, &parts.members));
    let a = &parts.activities;
    let results = [
        (T::SectionWelfare, text(Section::Welfare), vec![table(welfare_table(lang, a, period))]),
        (T::SectionEmulation, text(Section::Emulation), vec![table(titles_table(lang, a))]),
        (T::SectionWomen, text(Section::Women), Vec::new()),
        (T::SectionFinance, text(Section::Finance), vec![table(money_table(lang, &parts.finance, period))]),
        (T::TargetsAgainstResults, String::new(), vec![table(targets_table(lang, book, period, today))]),
    ];
    outline.part(&mut blocks, T::PartResults.text(lang), "", Vec::new());
    let mut sub = 0;
    for (heading, text, tables) in results {
        let tables: Vec<Block> =
            tables.into_iter().filter(|t| !matches!(t, Block::Table { rows, .. } if rows.is_empty())).collect();
        if !said(&text, &tables) {
            continue;
        }
        sub += 1;
        add_part(&mut blocks, &format!("{sub}. {}", heading.text(lang)), &text, tables);
    }
    for (section, heading) in [
        (Section::Assessment, T::PartAssessment),
        (Section::Lessons, T::PartLessons),
        (Section::Direction, T::PartDirection),
    ] {
        let text = text(section);
        if said(&text, &[]) {
            outline.part(&mut blocks, heading.text(lang), &text, Vec::new());
        }
    }
    blocks.push(Block::Closing {
        recipients: recipients(lang, &union.superior),
        signature: chair_signature(lang, book, signed),
    });
    let mut header = AdminHeader::national(vec![union.superior.to_uppercase(), union.name.to_uppercase()], date_line);
    header.number = report_number(lang, number);
    Document {
        header,
        title: T::ReportTitle.text(lang).to_string(),
        subtitle: fill(T::ReportSubtitle.text(lang), &[&format_date(period.from), &format_date(period.to)]),
        blocks,
    }
}

/// "Số: 12/BC-CĐCS", or with room to write the number by hand.
pub fn report_number(lang: Lang, number: &str) -> String {
    let number = number.trim();
    fill(T::ReportNumber.text(lang), &[if number.is_empty() { "\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}" } else { number }])
}

/// Who receives the report: the superior, and the union's own file.
pub fn recipients(lang: Lang, superior: &str) -> Vec<String> {
    vec![
        T::Recipients.text(lang).to_string(),
        fill(T::RecipientSuperior.text(lang), &[superior]),
        T::RecipientFile.text(lang).to_string(),
    ]
}

/// "TM. BAN CHẤP HÀNH / CHỦ TỊCH" and the chair on the day the report is signed.
pub fn chair_signature(lang: Lang, book: &Book, on: chrono::NaiveDate) -> Signature {
    use crate::domain::members::committee::{holders_on, Body, Role};
    let chair = holders_on(&book.appointments, on)
        .into_iter()
        .find(|a| a.body == Body::Executive && a.role == Role::Head)
        .and_then(|a| book.member(a.member_id))
        .map(|m| m.full_name.clone())
        .unwrap_or_default();
    Signature {
        title: T::AllowSignChair.text(lang).split('\n').map(str::to_string).collect(),
        hint: T::FinSignHint.text(lang).to_string(),
        name: chair,
    }
}

/// A part says something when it has text or a table.
fn said(text: &str, tables: &[Block]) -> bool {
    !text.trim().is_empty() || !tables.is_empty()
}

/// The numbers of the report's parts, given as they come.
#[derive(Default)]
struct Outline(usize);

impl Outline {
    fn part(&mut self, blocks: &mut Vec<Block>, heading: &str, text: &str, tables: Vec<Block>) {
        self.0 += 1;
        add_part(blocks, &format!("{}. {heading}", roman(self.0)), text, tables);
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
            rows: movements.into_iter().map(|(kind, n)| vec![kind, n.to_string()]).collect(),
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
            "",
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
                Block::Closing { recipients, signature } => {
                    format!("[{} {}]", recipients[0], signature.title.join(" / "))
                }
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
                "# 1. Chăm lo, thăm hỏi đoàn viên",
                "[Thăm hỏi theo hình thức]",
                "# 2. Thi đua, khen thưởng, sáng kiến",
                "[Danh hiệu theo năm]",
                "# 3. Tài chính công đoàn",
                "[Thu, chi và số dư trong kỳ]",
                "# 4. Chỉ tiêu và kết quả thực hiện",
                "[Kết quả từng chỉ tiêu theo năm]",
                "# III. BÀI HỌC KINH NGHIỆM",
                "Bài học.",
                "[Nơi nhận: TM. BAN CHẤP HÀNH / CHỦ TỊCH]",
            ]
        );
        // Women's work had no text given here and no table, assessment and direction no text: left out, and
        // the numbers follow on without a gap.
        assert_eq!(doc.header.number, "Số: \u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}/BC-CĐCS");
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
            document(Lang::Vi, &book, String::new(), "", &parts, &[], today).header.left[0].clone()
        };
        assert_eq!(header(2024), old_superior);
        assert_eq!(header(2026), "CÔNG ĐOÀN PHƯỜNG HÒA AN");
    }
}

//! The office worker's work, natively: workbooks read as the roster import sees them, and documents written
//! as real .docx files. (The sheets and the report document that the pages lay out are tested beside them,
//! in the app's binary: src/ui/finance/export.rs and src/ui/reports/docx.rs.)

use so_cong_doan::office::{handle, Request};

// Reading workbooks: what the roster import gets from an .xlsx, made here with rust_xlsxwriter the way an
// officer's file looks (a title row, a two-row header, dates as Excel dates and as text).

use chrono::NaiveDate;
use so_cong_doan::domain::members::sheet::{self, Cell as SheetCell, Column};
use so_cong_doan::office::read::{read_xlsx, SheetRead, WireCell};
use so_cong_doan::office::{handle_with, AdminHeader, Block, Document, Progress};
use std::io::Read;

fn officer_workbook(rows: usize) -> Vec<u8> {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook as Xlsx};
    let mut book = Xlsx::new();
    let notes = book.add_worksheet();
    notes.set_name("Ghi chú").unwrap();
    notes.write_string(0, 0, "Trang này không phải danh sách").unwrap();
    let ws = book.add_worksheet();
    ws.set_name("DS đoàn viên").unwrap();
    let date = Format::new().set_num_format("dd/mm/yyyy");
    ws.write_string(0, 0, "DANH SÁCH ĐOÀN VIÊN").unwrap();
    for (c, h) in ["STT", "Họ và tên", "Ngày sinh", "", "Tổ công đoàn", "Đảng viên", "Điện thoại"].iter().enumerate()
    {
        if !h.is_empty() {
            ws.write_string(1, c as u16, *h).unwrap();
        }
    }
    ws.merge_range(1, 2, 1, 3, "Ngày sinh", &Format::new()).unwrap();
    ws.write_string(2, 2, "Nam").unwrap();
    ws.write_string(2, 3, "Nữ").unwrap();
    for i in 0..rows {
        let r = 3 + i as u32;
        let woman = i % 2 == 1;
        ws.write_number(r, 0, (i + 1) as f64).unwrap();
        ws.write_string(r, 1, format!("Nguyễn {} Số {}", if woman { "Thị" } else { "Văn" }, i + 1)).unwrap();
        let col = if woman { 3 } else { 2 };
        if i % 3 == 0 {
            ws.write_string(r, col, "02/09/1990").unwrap();
        } else {
            ws.write_datetime_with_format(r, col, ExcelDateTime::from_ymd(1985, 4, 30).unwrap(), &date).unwrap();
        }
        ws.write_string(r, 4, "Tổ Văn phòng").unwrap();
        ws.write_boolean(r, 5, i % 4 == 0).unwrap();
        ws.write_number(r, 6, 912345678.0).unwrap();
    }
    book.save_to_buffer().unwrap()
}

#[test]
fn an_xlsx_becomes_the_grid_the_import_reads() {
    let bytes = officer_workbook(6);
    let mut seen = Vec::new();
    let read = read_xlsx(&bytes, Some(1), &mut |p: Progress| seen.push(p)).unwrap();
    assert_eq!(read.sheets, vec!["Ghi chú".to_string(), "DS đoàn viên".to_string()]);
    assert_eq!(read.sheet, 1);
    assert_eq!(seen.last(), Some(&Progress { done: 9, total: 9 }));
    let grid = read.grid();
    assert_eq!(grid.len(), 9, "rows keep their place: row 1 of the sheet is row 0 of the grid");
    assert_eq!(grid[3][0], SheetCell::Number(1.0));
    assert_eq!(grid[3][2], SheetCell::Text("02/09/1990".into()));
    assert_eq!(grid[4][3], SheetCell::Date(NaiveDate::from_ymd_opt(1985, 4, 30).unwrap()));
    assert_eq!(grid[3][5], SheetCell::Text("x".into()), "TRUE reads as a tick");
    assert_eq!(grid[4].get(5).cloned().unwrap_or(SheetCell::Empty), SheetCell::Empty, "FALSE reads as nothing");

    let layout = sheet::detect(&grid);
    assert_eq!(layout.header, 2);
    assert_eq!(&layout.columns[..4], &[Column::Ignore, Column::FullName, Column::BirthMale, Column::BirthFemale]);
    let rows = sheet::rows(&grid, &layout, 2026);
    assert_eq!(rows.len(), 6);
    assert_eq!(rows[0].line, 4);
    assert_eq!(rows[0].draft.birth_date, "02/09/1990");
    assert_eq!(rows[1].draft.birth_date, "30/04/1985");
    assert_eq!(rows[1].draft.gender, Some(so_cong_doan::domain::members::member::Gender::Female));
    assert!(rows[0].draft.party_member && !rows[1].draft.party_member);
    assert_eq!(rows[0].draft.phone, "0912345678");
    assert_eq!(rows[0].group, "Tổ Văn phòng");
}

#[test]
fn the_first_sheet_is_read_unless_another_is_asked_for() {
    let bytes = officer_workbook(1);
    let read = read_xlsx(&bytes, None, &mut |_| {}).unwrap();
    assert_eq!(read.sheet, 0);
    assert_eq!(read.grid(), vec![vec![SheetCell::Text("Trang này không phải danh sách".into())]]);
    assert!(read_xlsx(&bytes, Some(5), &mut |_| {}).is_err());
}

#[test]
fn a_large_sheet_says_how_far_it_is() {
    let bytes = officer_workbook(2_000);
    let mut seen = Vec::new();
    let read = read_xlsx(&bytes, Some(1), &mut |p: Progress| seen.push(p)).unwrap();
    assert_eq!(read.cells.len(), 2_003);
    assert!(seen.len() >= 4, "{seen:?}");
    assert!(seen.windows(2).all(|w| w[0].done <= w[1].done));
}

#[test]
fn the_worker_answers_a_read_as_json_and_refuses_what_is_not_a_workbook() {
    let bytes = officer_workbook(2);
    let answer = handle_with(r#"{"kind":"read_xlsx","sheet":1}"#, &bytes, &mut |_| {}).unwrap();
    let read: SheetRead = serde_json::from_slice(&answer).unwrap();
    assert_eq!(read.cells[4][3], WireCell::Date { d: NaiveDate::from_ymd_opt(1985, 4, 30).unwrap() });
    let text = String::from_utf8(answer).unwrap();
    assert!(text.contains(r#"{"d":"1985-04-30"}"#) && text.contains("null"), "{text}");
    assert!(handle_with(r#"{"kind":"read_xlsx"}"#, b"STT,H\xe1\xbb\x8d v\xc3\xa0 t\xc3\xaan", &mut |_| {}).is_err());
}

/// The text of one part of a zip file (.docx, .xlsx).
fn part_of(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut text = String::new();
    zip.by_name(name).unwrap().read_to_string(&mut text).unwrap();
    text
}

fn sample_document() -> Document {
    Document {
        header: AdminHeader::national(
            vec!["CÔNG ĐOÀN VIÊN CHỨC TỈNH HÒA AN".into(), "CÔNG ĐOÀN CƠ SỞ SỞ NỘI VỤ".into()],
            "Hòa An, ngày 31 tháng 12 năm 2025".into(),
        ),
        title: "BÁO CÁO".into(),
        subtitle: "Kết quả hoạt động công đoàn từ ngày 01/01/2025 đến ngày 31/12/2025".into(),
        blocks: vec![
            Block::Heading("I. TÌNH HÌNH ĐOÀN VIÊN".into()),
            Block::Paragraph("Công đoàn hiện có 45 đoàn viên <và> \"đủ\" & đúng.\nĐoạn thứ hai.".into()),
            Block::Table {
                caption: "Trình độ".into(),
                header: vec!["Tiêu chí".into(), "Số lượng".into()],
                rows: vec![vec!["Thạc sĩ".into(), "14".into()]],
            },
        ],
    }
}

#[test]
fn a_document_becomes_a_docx_in_the_administrative_layout() {
    let bytes = handle(&serde_json::to_string(&Request::Docx { document: sample_document() }).unwrap()).unwrap();
    assert_eq!(&bytes[..4], b"PK\x03\x04");
    let xml = part_of(&bytes, "word/document.xml");
    for text in [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Hòa An, ngày 31 tháng 12 năm 2025",
        "CÔNG ĐOÀN CƠ SỞ SỞ NỘI VỤ",
        "Đoạn thứ hai.",
    ] {
        assert!(xml.contains(text), "{text}");
    }
    assert!(xml.contains("45 đoàn viên &lt;và&gt;"), "text is escaped");
    assert!(xml.contains(r#"<w:pgSz w:w="11906" w:h="16838""#), "A4 portrait");
    assert!(xml.contains(r#"<w:u w:val="single""#), "the motto is underlined");
    assert!(xml.contains(r#"<w:jc w:val="both""#), "paragraphs are justified");
    let styles = part_of(&bytes, "word/styles.xml");
    assert!(styles.contains("Times New Roman") && styles.contains(r#"<w:sz w:val="26""#), "Times New Roman 13 pt");
    let names: Vec<String> = zip::ZipArchive::new(std::io::Cursor::new(&bytes))
        .unwrap()
        .file_names()
        .map(|n| n.expect("a readable name").to_string())
        .collect();
    let footers: String = names.iter().filter(|n| n.starts_with("word/footer")).map(|n| part_of(&bytes, n)).collect();
    assert!(footers.contains("PAGE"), "page numbers in the footer");
}

#[test]
fn signature_blocks_sit_side_by_side_with_their_names() {
    use so_cong_doan::office::Signature;
    let mut document = sample_document();
    let sign = |title: &str, name: &str| Signature {
        title: vec![title.into()],
        hint: "(Ký, họ tên)".into(),
        name: name.into(),
    };
    document.blocks.push(Block::Signatures(vec![sign("BÊN GIAO", "Nguyễn Văn An"), sign("BÊN NHẬN", "Trần Thị Bình")]));
    let bytes = handle(&serde_json::to_string(&Request::Docx { document }).unwrap()).unwrap();
    let xml = part_of(&bytes, "word/document.xml");
    let giver = xml.find("BÊN GIAO").expect("the giver's block");
    let receiver = xml.find("BÊN NHẬN").expect("the receiver's block");
    let name = xml.find("Nguyễn Văn An").expect("the giver's name");
    assert!(giver < name && name < receiver, "each block's name under its title, the blocks in one row");
    assert_eq!(xml.matches("(Ký, họ tên)").count(), 2);
}

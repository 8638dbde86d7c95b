//! Rosters from spreadsheets: the header found, columns recognised, every date form, rows checked.

use chrono::NaiveDate;
use so_cong_doan::domain::book::{Book, UnionDraft};
use so_cong_doan::domain::members::member::{Education, FieldError, Gender, MemberField, PoliticalTheory, Problem};
use so_cong_doan::domain::members::sheet::*;

fn t(s: &str) -> Cell {
    if s.is_empty() {
        Cell::Empty
    } else {
        Cell::Text(s.into())
    }
}

fn row(cells: &[&str]) -> Vec<Cell> {
    cells.iter().map(|c| t(c)).collect()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

#[test]
fn headers_are_recognised_in_their_usual_forms() {
    assert_eq!(recognise("Họ và tên"), Column::FullName);
    assert_eq!(recognise("HỌ VÀ TÊN ĐOÀN VIÊN"), Column::FullName);
    assert_eq!(recognise("Ngày, tháng, năm sinh"), Column::BirthDate);
    assert_eq!(recognise("Nam"), Column::BirthMale);
    assert_eq!(recognise("Nữ"), Column::BirthFemale);
    assert_eq!(recognise("Giới tính"), Column::Gender);
    assert_eq!(recognise("Tổ"), Column::Group);
    assert_eq!(recognise("Tổ công đoàn"), Column::Group);
    assert_eq!(recognise("Trình độ chuyên môn"), Column::Education);
    assert_eq!(recognise("Trình độ LLCT"), Column::PoliticalTheory);
    assert_eq!(recognise("Lý luận chính trị"), Column::PoliticalTheory);
    assert_eq!(recognise("Đảng viên"), Column::PartyMember);
    assert_eq!(recognise("Ngày vào Đảng"), Column::PartySince);
    assert_eq!(recognise("Ngày vào Công đoàn"), Column::JoinedUnion);
    assert_eq!(recognise("Số CCCD"), Column::CitizenId);
    assert_eq!(recognise("Số thẻ ĐV"), Column::CardNumber);
    assert_eq!(recognise("SĐT"), Column::Phone);
    assert_eq!(recognise("Chức vụ"), Column::JobTitle);
    assert_eq!(recognise("STT"), Column::Ignore);
    assert_eq!(recognise("Ghi chú"), Column::Notes);
}

#[test]
fn the_header_row_is_found_below_a_title_and_split_birth_dates_give_the_gender() {
    let grid = vec![
        row(&["DANH SÁCH ĐOÀN VIÊN CÔNG ĐOÀN CƠ SỞ", "", "", "", ""]),
        row(&["", "", "", "", ""]),
        row(&["STT", "Họ và tên", "Ngày sinh", "", "Tổ"]),
        row(&["", "", "Nam", "Nữ", ""]),
        row(&["1", "Nguyễn Văn An", "15/03/1985", "", "Tổ 1"]),
        vec![t("2"), t("Trần Thị Bình"), Cell::Empty, Cell::Number(31_483.0), t("Tổ 2")],
        row(&["", "", "", "", ""]),
    ];
    let layout = detect(&grid);
    assert_eq!(layout.header, 3);
    assert_eq!(
        layout.columns,
        vec![Column::Ignore, Column::FullName, Column::BirthMale, Column::BirthFemale, Column::Group]
    );
    let rows = rows(&grid, &layout, 2026);
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0].line, 5);
    assert_eq!(rows[0].draft.gender, Some(Gender::Male));
    assert_eq!(rows[0].draft.birth_date, "15/03/1985");
    assert_eq!(rows[0].group, "Tổ 1");
    assert_eq!(rows[1].draft.gender, Some(Gender::Female));
    // Excel serial 31483 is 12/03/1986.
    assert_eq!(rows[1].draft.birth_date, "12/03/1986");
}

#[test]
fn every_date_form() {
    let grid = vec![
        row(&["Họ và tên", "Giới tính", "Ngày sinh"]),
        row(&["A", "Nam", "5/3/85"]),
        row(&["B", "nữ", "05-03-1985"]),
        vec![t("C"), t("Nam"), Cell::Date(NaiveDate::from_ymd_opt(1985, 3, 5).unwrap())],
        vec![t("D"), t("Nam"), Cell::Number(31_111.0)],
        row(&["E", "Nam", "1985"]),
        vec![t("F"), t("Nam"), Cell::Number(1985.0)],
        row(&["G", "khác", "31/02/1985"]),
    ];
    let rows = rows(&grid, &detect(&grid), 2026);
    let births: Vec<&str> = rows.iter().map(|r| r.draft.birth_date.as_str()).collect();
    assert_eq!(births, ["05/03/1985", "05/03/1985", "05/03/1985", "05/03/1985", "", "", "31/02/1985"]);
    assert_eq!(rows[4].problems, vec![RowProblem::YearOnly("1985".into())]);
    assert!(rows[4].draft.notes.contains("1985"));
    assert_eq!(rows[5].problems, vec![RowProblem::YearOnly("1985".into())]);
    assert_eq!(rows[6].problems, vec![RowProblem::UnknownGender("khác".into())]);
}

#[test]
fn education_theory_party_and_phone_are_read() {
    let grid = vec![
        row(&["Họ tên", "Giới tính", "Trình độ", "LLCT", "Đảng viên", "Điện thoại"]),
        row(&["A", "Nam", "Thạc sĩ Kinh tế", "Cao cấp", "x", "912345678"]),
        row(&["B", "Nữ", "ĐH", "Trung cấp", "12/05/2010", "0912 345 678"]),
        row(&["C", "Nữ", "Kỹ sư", "", "", ""]),
        row(&["D", "Nữ", "lớp 12", "?", "", ""]),
    ];
    let rows = rows(&grid, &detect(&grid), 2026);
    assert_eq!(rows[0].draft.education, Education::Master);
    assert_eq!(rows[0].draft.political_theory, PoliticalTheory::Advanced);
    assert!(rows[0].draft.party_member);
    assert_eq!(rows[0].draft.phone, "0912345678", "the leading zero a number cell lost");
    assert_eq!(rows[1].draft.education, Education::Bachelor);
    assert_eq!(rows[1].draft.party_since, "12/05/2010");
    assert_eq!(rows[2].draft.education, Education::Bachelor);
    assert!(!rows[2].draft.party_member);
    assert_eq!(
        rows[3].problems,
        vec![RowProblem::UnknownEducation("lớp 12".into()), RowProblem::UnknownTheory("?".into())]
    );
}

#[test]
fn csv_in_any_usual_form() {
    let semicolons = "\u{feff}Họ và tên;Giới tính;Ngày sinh\r\n\"Lê, Thị Hoa\";Nữ;01/02/1990\r\n";
    let grid = read_csv(semicolons.as_bytes()).unwrap();
    assert_eq!(grid[1][0], Cell::Text("Lê, Thị Hoa".into()));
    assert_eq!(grid.len(), 2);
    let tabs = "Họ và tên\tGiới tính\nAn\tNam\n";
    assert_eq!(read_csv(tabs.as_bytes()).unwrap()[1][1], Cell::Text("Nam".into()));
    assert_eq!(read_csv(b"\xff\xfeH\x00"), Err(SheetError::NotUtf8));
    assert_eq!(read_csv(b"  \n"), Err(SheetError::Empty));
}

#[test]
fn csv_written_for_excel() {
    let text = write_csv(
        &["Họ và tên".into(), "Ghi chú".into()],
        &[vec!["Nguyễn Thị Ánh".into(), "=HYPERLINK(\"x\")".into()], vec!["@An".into(), "+84 912".into()]],
    );
    assert!(text.starts_with('\u{feff}'));
    assert!(text.contains("Nguyễn Thị Ánh,"));
    assert!(text.contains("\"'=HYPERLINK(\"\"x\"\")\""));
    assert!(text.contains("'@An,'+84 912\r\n"));
    // And it reads back.
    let grid = read_csv(text.as_bytes()).unwrap();
    assert_eq!(grid[1][0], Cell::Text("Nguyễn Thị Ánh".into()));
}

#[test]
fn importing_adds_the_good_rows_creates_groups_and_lists_the_rest() {
    let draft = UnionDraft {
        name: "A".into(),
        superior: "B".into(),
        term_start: "01/01/2023".into(),
        term_end: "01/01/2028".into(),
    };
    let mut book = Book::new(draft.validate(today()).unwrap());
    book.add_group("Tổ Văn phòng").unwrap();
    let grid = vec![
        row(&["Họ và tên", "Giới tính", "Ngày sinh", "Tổ", "Số thẻ"]),
        row(&["Nguyễn Văn An", "Nam", "01/01/1980", "to van phong", "001"]),
        row(&["Lê Thị Bình", "Nữ", "01/01/2030", "Tổ Kế toán", "002"]),
        row(&["Trần Văn Cường", "Nam", "01/01/1982", "Tổ Kế toán", "001"]),
        row(&["Phạm Thị Dung", "", "01/01/1983", "", ""]),
        row(&["Hồ Thị Em", "Nữ", "01/01/1984", "Tổ Kế toán", "003"]),
    ];
    let rows = rows(&grid, &detect(&grid), 2026);
    let outcome = book.import_members(&rows, today());
    assert_eq!(outcome.added, 3);
    assert_eq!(outcome.new_groups, vec!["Tổ Kế toán".to_string()]);
    let lines = |list: &[(usize, Vec<FieldError>)]| -> Vec<(usize, Vec<(MemberField, Problem)>)> {
        list.iter().map(|(line, e)| (*line, e.iter().map(|e| (e.field, e.problem)).collect())).collect()
    };
    // A birth date in the future is an optional field wrong: the row comes in without it, said.
    assert_eq!(lines(&outcome.emptied), vec![(3, vec![(MemberField::BirthDate, Problem::InFuture)])]);
    let binh = book.members.iter().find(|m| m.full_name == "Lê Thị Bình").unwrap();
    assert_eq!(binh.birth_date, None);
    // A card someone has (the same person twice) and a row without a gender are refused.
    assert_eq!(
        lines(&outcome.rejected),
        vec![
            (4, vec![(MemberField::CardNumber, Problem::Duplicate)]),
            (5, vec![(MemberField::Gender, Problem::Required)]),
        ]
    );
    assert_eq!(book.groups.len(), 2);
    let an = book.members.iter().find(|m| m.full_name == "Nguyễn Văn An").unwrap();
    assert_eq!(an.group_id, Some(book.groups[0].id));
}

/// A roster as officers' own workbooks are laid out: a title block, a two-row header with merged cells, a row
/// of column numbers, a total and a signature block under the data.
fn officers_roster() -> Grid {
    let n = |v: f64| Cell::Number(v);
    let mut grid = vec![
        row(&["LĐLĐ PHƯỜNG HOÀN KIẾM", "", "", "", "", "", "", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]),
        row(&["CĐCS TRƯỜNG THCS NGÔ SĨ LIÊN", "", "", "", "", "", "", "", "Độc lập - Tự do - Hạnh phúc"]),
        row(&[]),
        row(&["DANH SÁCH TRÍCH NGANG ĐOÀN VIÊN"]),
        row(&["(Tính đến ngày 30/09/2026)"]),
        row(&[
            "STT",
            "Họ và tên",
            "Ngày sinh",
            "",
            "Mã đoàn viên",
            "Nơi sinh",
            "Số CCCD",
            "Bộ phận",
            "Chức vụ",
            "Chức vụ công đoàn",
            "Hệ số lương",
            "Phụ cấp chức vụ",
            "Trình độ văn hóa",
            "Trình độ",
            "",
            "Đảng viên",
            "Ngày gia nhập công đoàn",
        ]),
        row(&["", "", "Nam", "Nữ", "", "", "", "", "", "", "", "", "", "Chuyên môn", "Lý luận chính trị", "", ""]),
        (1..=17).map(|i| Cell::Text(format!("({i})"))).collect(),
    ];
    grid.push(vec![
        n(1.0),
        t("Nguyễn Văn An"),
        Cell::Date(NaiveDate::from_ymd_opt(1980, 4, 2).unwrap()),
        Cell::Empty,
        t("ĐV-001"),
        t("Nam Định"),
        n(79_085_012_345.0),
        t("Tổ Toán"),
        t("Giáo viên"),
        t("Tổ trưởng"),
        n(4.98),
        t("0,2"),
        t("12/12"),
        t("Thạc sỹ"),
        t("Cử nhân"),
        t("Đảng viên"),
        t("15/09/2005"),
    ]);
    grid.push(row(&[
        "2",
        "Trần Thị Bình",
        "",
        "1990",
        "ĐV-002",
        "",
        "",
        "Văn phòng",
        "Kế toán",
        "",
        "",
        "",
        "12/12",
        "CĐ",
        "",
        "x",
        "31/02/2015",
    ]));
    grid.push(row(&[
        "3",
        "Lê Thị Chi",
        "",
        "05/06/1995",
        "",
        "",
        "",
        "Tổ Toán",
        "",
        "",
        "",
        "",
        "",
        "ĐH",
        "TC",
        "",
        "",
    ]));
    grid.push(row(&["Tổng cộng: 3 đoàn viên (nữ: 2)"]));
    grid.push(row(&[]));
    grid.push(row(&["", "", "", "", "", "", "", "", "", "", "", "", "", "Hà Nội, ngày 30 tháng 9 năm 2026"]));
    grid.push(row(&["", "NGƯỜI LẬP BIỂU", "", "", "", "", "", "", "", "", "", "", "", "TM. BAN CHẤP HÀNH"]));
    grid.push(row(&["", "", "", "", "", "", "", "", "", "", "", "", "", "CHỦ TỊCH"]));
    grid.push(row(&["", "Phạm Thị Lập", "", "", "", "", "", "", "", "", "", "", "", "Hoàng Văn Chủ"]));
    grid
}

#[test]
fn an_officers_roster_is_read_without_help() {
    let grid = officers_roster();
    let layout = detect(&grid);
    assert_eq!(layout.header, 7, "the two header rows and the row of column numbers");
    use Column as C;
    assert_eq!(
        layout.columns,
        vec![
            C::Ignore,
            C::FullName,
            C::BirthMale,
            C::BirthFemale,
            C::CardNumber,
            C::Note,
            C::CitizenId,
            C::Group,
            C::JobTitle,
            C::Note,
            C::Note,
            C::Note,
            C::Note,
            C::Education,
            C::PoliticalTheory,
            C::PartyMember,
            C::JoinedUnion
        ]
    );
    let read = rows(&grid, &layout, 2026);
    let names: Vec<&str> = read.iter().map(|r| r.draft.full_name.as_str()).collect();
    assert_eq!(names, ["Nguyễn Văn An", "Trần Thị Bình", "Lê Thị Chi"], "no total, no signature");
    let an = &read[0].draft;
    assert_eq!((an.gender, an.birth_date.as_str()), (Some(Gender::Male), "02/04/1980"));
    assert_eq!(an.citizen_id, "079085012345", "the leading zero Excel dropped, put back");
    assert_eq!(read[0].problems, vec![RowProblem::CitizenIdZero("79085012345".into())]);
    assert_eq!((an.education, an.political_theory), (Education::Master, PoliticalTheory::Advanced));
    assert!(an.party_member);
    assert_eq!(an.card_number, "ĐV-001");
    assert_eq!(an.job_title, "Giáo viên");
    assert_eq!(read[0].group, "Tổ Toán");
    for kept in ["Nơi sinh: Nam Định", "Chức vụ công đoàn: Tổ trưởng", "Hệ số lương: 4,98", "Phụ cấp chức vụ: 0,2"]
    {
        assert!(an.notes.contains(kept), "{kept} in {}", an.notes);
    }
    assert!(an.notes.contains("Trình độ văn hóa: 12/12"));
    let binh = &read[1].draft;
    assert_eq!((binh.gender, binh.birth_date.as_str()), (Some(Gender::Female), ""));
    assert_eq!(read[1].problems, vec![RowProblem::YearOnly("1990".into())]);
    assert_eq!(binh.education, Education::College);
    assert!(binh.party_member);
    assert_eq!(
        (read[2].draft.education, read[2].draft.political_theory),
        (Education::Bachelor, PoliticalTheory::Intermediate)
    );

    let draft = UnionDraft {
        name: "CĐCS Trường THCS Ngô Sĩ Liên".into(),
        superior: "LĐLĐ phường Hoàn Kiếm".into(),
        term_start: "01/01/2023".into(),
        term_end: "01/01/2028".into(),
    };
    let mut book = Book::new(draft.validate(today()).unwrap());
    let outcome = book.import_members(&read, today());
    assert_eq!((outcome.added, outcome.rejected.len()), (3, 0));
    // 31/02/2015 is no date: Bình comes in without a union joining date, and it is said.
    assert_eq!(outcome.emptied.len(), 1);
    assert_eq!(outcome.emptied[0].0, 10);
    assert_eq!(outcome.emptied[0].1[0].field, MemberField::JoinedUnion);
    assert_eq!(outcome.new_groups, vec!["Tổ Toán".to_string(), "Văn phòng".to_string()]);
}

//! Vietnamese text: folding, the name order, dates and amounts as written in Vietnam.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use so_cong_doan::domain::bounds::positive_dong;
use so_cong_doan::domain::text::*;
use std::cmp::Ordering;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn fold_removes_every_tone_and_shape() {
    assert_eq!(fold("Nguyễn Văn An"), "nguyen van an");
    assert_eq!(fold("àáảãạ ằắẳẵặ ầấẩẫậ"), "aaaaa aaaaa aaaaa");
    assert_eq!(fold("ÈÉẺẼẸ ỀẾỂỄỆ"), "eeeee eeeee");
    assert_eq!(fold("ìíỉĩị òóỏõọ ồốổỗộ ờớởỡợ"), "iiiii ooooo ooooo ooooo");
    assert_eq!(fold("ùúủũụ ừứửữự ỳýỷỹỵ"), "uuuuu uuuuu yyyyy");
    assert_eq!(fold("Đặng đức"), "dang duc");
}

#[test]
fn names_sort_by_given_name_then_the_rest() {
    assert_eq!(compare_names("Nguyễn Văn An", "Trần Thị Bình"), Ordering::Less);
    assert_eq!(compare_names("Trần Văn An", "Nguyễn Văn An"), Ordering::Greater);
    let mut names = vec!["Lê Thị Đào", "Phạm Văn Dũng", "Hồ Anh", "Võ Thị Ánh", "Bùi Văn An", "Đỗ Ân"];
    names.sort_by(|a, b| compare_names(a, b));
    // â is a letter of its own after a: An < Anh < Ánh < Ân.
    assert_eq!(names, ["Bùi Văn An", "Hồ Anh", "Võ Thị Ánh", "Đỗ Ân", "Phạm Văn Dũng", "Lê Thị Đào"]);
}

#[test]
fn d_stroke_sorts_after_d() {
    assert_eq!(compare_names("A Dương", "A Đào"), Ordering::Less);
    assert_eq!(compare_names("A Đào", "A Em"), Ordering::Less);
}

#[test]
fn tones_order_after_letters() {
    // ngang, huyền, hỏi, ngã, sắc, nặng
    let mut names = vec!["X Mạ", "X Má", "X Mã", "X Mả", "X Mà", "X Ma"];
    names.sort_by(|a, b| compare_names(a, b));
    assert_eq!(names, ["X Ma", "X Mà", "X Mả", "X Mã", "X Má", "X Mạ"]);
}

#[test]
fn dates_typed_by_people() {
    assert_eq!(parse_date("15/03/1985", 2026), Some(date(1985, 3, 15)));
    assert_eq!(parse_date("5/3/1985", 2026), Some(date(1985, 3, 5)));
    assert_eq!(parse_date("05-03-1985", 2026), Some(date(1985, 3, 5)));
    assert_eq!(parse_date("05.03.1985", 2026), Some(date(1985, 3, 5)));
    assert_eq!(parse_date("1985-03-05", 2026), Some(date(1985, 3, 5)));
    assert_eq!(parse_date("5/3/85", 2026), Some(date(1985, 3, 5)));
    assert_eq!(parse_date("5/3/24", 2026), Some(date(2024, 3, 5)));
    assert_eq!(parse_date("31/02/2020", 2026), None);
    assert_eq!(parse_date("29/02/2024", 2026), Some(date(2024, 2, 29)));
    assert_eq!(parse_date("hôm qua", 2026), None);
    assert_eq!(parse_date("", 2026), None);
    assert_eq!(parse_date("1/1/198", 2026), None);
    assert_eq!(format_date(date(1985, 3, 5)), "05/03/1985");
}

#[test]
fn money_and_shares_in_vietnamese_notation() {
    assert_eq!(format_money(Decimal::from(1_919_980_000i64)), "1.919.980.000 đ");
    assert_eq!(format_number(Decimal::from(999)), "999");
    assert_eq!(format_number(Decimal::from(1000)), "1.000");
    assert_eq!(format_number(Decimal::from(-427_000)), "-427.000");
    assert_eq!(format_number(Decimal::ZERO), "0");
    let share = Decimal::from(19 * 100) / Decimal::from(45);
    assert_eq!(format_percent(share), "42,22%");
    assert_eq!(format_percent(Decimal::ONE_HUNDRED), "100,00%");
    assert_eq!(format_percent(Decimal::new(125, 3)), "0,13%");
}

#[test]
fn slugs_for_file_names() {
    assert_eq!(slug("Công đoàn cơ sở Văn phòng Tỉnh ủy"), "cong-doan-co-so-van-phong-tinh-uy");
    assert_eq!(slug("  CĐCS (Sở Nội vụ) — 2023 "), "cdcs-so-noi-vu-2023");
}

#[test]
fn decomposed_text_folds_and_sorts_like_precomposed() {
    // "Nguyễn Đức Ấn" as typed by input methods that send a base letter and combining marks.
    let decomposed = "Nguye\u{302}\u{303}n \u{110}u\u{31b}\u{301}c A\u{302}\u{301}n";
    assert_eq!(fold(decomposed), "nguyen duc an");
    assert_eq!(compare_names(decomposed, "Nguyễn Đức Ấn"), Ordering::Equal);
}

#[test]
fn money_typed_by_people() {
    assert_eq!(parse_money("11.100.000"), Some(Decimal::from(11_100_000)));
    assert_eq!(parse_money(" 11 100 000 đ "), Some(Decimal::from(11_100_000)));
    assert_eq!(parse_money("2340000"), Some(Decimal::from(2_340_000)));
    assert_eq!(parse_money("1.000,00"), Some(Decimal::from(1_000)));
    // A lone dot not followed by three digits starts a fraction: "1.5" is one and a half, never fifteen.
    assert_eq!(parse_money("1.5"), Some(Decimal::new(15, 1)));
    assert_eq!(parse_money("1,5"), Some(Decimal::new(15, 1)));
    assert_eq!(parse_money("-5"), Some(Decimal::from(-5)));
    assert_eq!(parse_money("1.50.000"), None);
    assert_eq!(parse_money("mười"), None);
    assert_eq!(parse_money(""), None);
    assert!(positive_dong(Decimal::from(500_000)));
    assert!(!positive_dong(Decimal::new(15, 1)));
    assert!(!positive_dong(Decimal::from(-5)));
    assert!(!positive_dong(Decimal::ZERO));
}

//! The exchange file: a round trip gives the same book, and every kind of bad file is refused with where.

use serde_json::{json, Value};
use so_cong_doan::domain::demo::demo_book;
use so_cong_doan::domain::file::{read, write, write_compact, FileError, APP_VERSION, SCHEMA_VERSION};

mod common;
use common::{at, exported, refused};

#[test]
fn round_trip_gives_the_same_book() {
    let book = demo_book();
    let text = write(&book, at());
    let imported = read(&text).unwrap();
    assert_eq!(imported.book, book);
    assert_eq!(imported.meta.app_version, APP_VERSION);
    assert_eq!(imported.meta.schema_version, SCHEMA_VERSION);
    assert_eq!(imported.meta.exported_at, Some(at()));
    assert_eq!(read(&write_compact(&book, at())).unwrap().book, book);
    // A file saved by Windows Notepad may start with a byte order mark.
    assert_eq!(read(&format!("\u{feff}{text}")).unwrap().book, book);
}

#[test]
fn the_envelope_is_as_documented() {
    let v: Value = serde_json::from_str(&write(&demo_book(), at())).unwrap();
    assert_eq!(v["format"], "so-cong-doan");
    assert_eq!(v["schema_version"], SCHEMA_VERSION);
    assert_eq!(v["exported_at"], "2026-11-25T09:30:00+07:00");
    assert!(v["checksum"].as_str().unwrap().starts_with("sha256:"));
    assert_eq!(v["book"]["members"][0]["birth_date"].as_str().unwrap().len(), 10);
}

#[test]
fn a_file_without_checksum_is_accepted() {
    assert_eq!(read(&exported().to_string()).unwrap().book, demo_book());
}

#[test]
fn not_json() {
    assert_eq!(read(""), Err(FileError::Empty));
    assert_eq!(read("{\"format\": \"so-cong-doan\",\n oops}"), Err(FileError::NotJson { line: 2, column: 2 }));
    assert!(matches!(read("PK\u{3}\u{4}binary"), Err(FileError::NotJson { .. })));
}

#[test]
fn not_ours() {
    assert_eq!(read("[1, 2, 3]"), Err(FileError::NotOurs));
    assert_eq!(read("{\"name\": \"something else\"}"), Err(FileError::NotOurs));
    let mut v = exported();
    v["format"] = json!("excel");
    assert_eq!(refused(&v), FileError::NotOurs);
}

#[test]
fn newer_or_broken_schema_version() {
    let mut v = exported();
    v["schema_version"] = json!(SCHEMA_VERSION + 1);
    assert_eq!(refused(&v), FileError::NewerSchema { found: SCHEMA_VERSION + 1 });
    v["schema_version"] = json!("1");
    assert_eq!(refused(&v), FileError::BadSchemaVersion);
    v["schema_version"] = json!(0);
    assert_eq!(refused(&v), FileError::BadSchemaVersion);
}

#[test]
fn checksum_catches_a_changed_file() {
    let text = write(&demo_book(), at());
    let first = demo_book().members[0].full_name.clone();
    let changed = text.replacen(&first, "Người Lạ", 1);
    assert_eq!(read(&changed), Err(FileError::ChecksumMismatch));
}

#[test]
fn wrong_types_name_the_path() {
    let mut v = exported();
    v["book"]["members"][12]["full_name"] = json!(42);
    assert!(matches!(refused(&v), FileError::WrongType { path, .. } if path == "book.members[12].full_name"));
    let mut v = exported();
    v["book"]["groups"] = json!({"a": 1});
    assert!(matches!(refused(&v), FileError::WrongType { path, .. } if path == "book.groups"));
    let mut v = exported();
    v["book"]["members"][3]["gender"] = json!("other");
    assert!(matches!(refused(&v), FileError::BadValue { path, .. } if path == "book.members[3].gender"));
}

#[test]
fn bad_dates_name_the_path() {
    let mut v = exported();
    v["book"]["members"][12]["birth_date"] = json!("1990-02-30");
    assert_eq!(refused(&v), FileError::BadDate { path: "book.members[12].birth_date".into() });
    v["book"]["members"][12]["birth_date"] = json!("15/03/1990");
    assert_eq!(refused(&v), FileError::BadDate { path: "book.members[12].birth_date".into() });
    let mut v = exported();
    v["book"]["union"]["history"][0]["term_start"] = json!("");
    assert_eq!(refused(&v), FileError::BadDate { path: "book.union.history[0].term_start".into() });
}

#[test]
fn missing_fields_name_the_path() {
    let mut v = exported();
    v["book"]["members"][7].as_object_mut().unwrap().remove("full_name");
    assert_eq!(refused(&v), FileError::Missing { path: "book.members[7].full_name".into() });
    let mut v = exported();
    v.as_object_mut().unwrap().remove("book");
    assert_eq!(refused(&v), FileError::Missing { path: "book".into() });
}

#[test]
fn dangling_and_duplicate_ids() {
    let mut v = exported();
    v["book"]["members"][5]["group_id"] = json!("00000000-0000-4000-8000-000000000000");
    assert_eq!(refused(&v), FileError::DanglingGroup { path: "book.members[5].group_id".into() });
    let mut v = exported();
    v["book"]["members"][9]["id"] = v["book"]["members"][2]["id"].clone();
    assert_eq!(refused(&v), FileError::DuplicateId { path: "book.members[9].id".into() });
    let mut v = exported();
    v["book"]["members"][4]["full_name"] = json!("  ");
    assert_eq!(refused(&v), FileError::EmptyName { path: "book.members[4].full_name".into() });
}

mod without_personal_data {
    use super::common::at;
    use chrono::{Datelike, NaiveDate};
    use so_cong_doan::domain::book::Book;
    use so_cong_doan::domain::demo::demo_book;
    use so_cong_doan::domain::file::personal::{keep_personal, matching, without_personal, Matching};
    use so_cong_doan::domain::file::{check, read, write, write_without_personal};
    use so_cong_doan::domain::finance::exemptions::{ExemptionDraft, ExemptionKind};
    use so_cong_doan::domain::members::composition::composition;
    use std::sync::Arc;

    /// The demo with an email and a note on its first member, so that every personal field is somewhere,
    /// and its last member in the trash.
    fn full_book() -> Book {
        let mut book = demo_book();
        let first = Arc::make_mut(&mut book.members[0]);
        first.email = "hoa.nguyen@example.vn".into();
        first.notes = "Đang nuôi con nhỏ".into();
        let id = first.id;
        let maternity = ExemptionDraft {
            kind: ExemptionKind::Maternity,
            from: "01/03/2026".into(),
            to: "30/06/2026".into(),
            note: "Sinh con thứ hai".into(),
        };
        book.add_exemption(id, &maternity, at().date_naive()).unwrap();
        let last = book.members.last().unwrap().id;
        book.delete_member(last, at().date_naive()).unwrap();
        book
    }

    #[test]
    fn the_file_says_so_and_holds_no_personal_field() {
        let book = full_book();
        let text = write_without_personal(&book, at());
        let envelope: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(envelope["personal_data"], false);
        // The full export is as it was: no such member.
        let full: serde_json::Value = serde_json::from_str(&write(&book, at())).unwrap();
        assert!(full.get("personal_data").is_none());
        assert!(read(&write(&book, at())).unwrap().meta.personal_data);

        let imported = read(&text).unwrap();
        assert!(!imported.meta.personal_data);
        let stripped = &imported.book;
        assert!(book.members.iter().any(|m| !m.citizen_id.is_empty() && !m.phone.is_empty() && !m.hometown.is_empty()));
        assert!(!book.trash.is_empty());
        let pairs = book
            .members
            .iter()
            .zip(&stripped.members)
            .chain(book.trash.iter().map(|t| &t.member).zip(stripped.trash.iter().map(|t| &t.member)));
        for (full, bare) in pairs {
            for field in [&bare.citizen_id, &bare.phone, &bare.email, &bare.hometown, &bare.religion, &bare.notes] {
                assert_eq!(field, "", "{}", full.full_name);
            }
            assert!(bare.exemptions.iter().all(|e| e.note.is_empty()));
            let year = full.birth_date.map(|d| NaiveDate::from_ymd_opt(d.year(), 1, 1).unwrap());
            assert_eq!(bare.birth_date, year);
            let mut same = full.as_ref().clone();
            same.citizen_id.clear();
            same.phone.clear();
            same.email.clear();
            same.hometown.clear();
            same.religion.clear();
            same.notes.clear();
            same.exemptions.iter_mut().for_each(|e| e.note.clear());
            same.birth_date = year;
            assert_eq!(bare.as_ref(), &same, "only the personal fields go");
        }
        assert_eq!(
            (&stripped.finance, &stripped.activities, &stripped.groups),
            (&book.finance, &book.activities, &book.groups)
        );
    }

    #[test]
    fn the_age_bands_of_a_year_stay_the_same() {
        let book = full_book();
        let stripped = without_personal(&book);
        for year in [2023, 2024, 2025] {
            let end = NaiveDate::from_ymd_opt(year, 12, 31).unwrap();
            assert_eq!(composition(&stripped, end).age, composition(&book, end).age, "{year}");
        }
        // Within a year a member whose birthday is still to come is counted a year older.
        let mid = NaiveDate::from_ymd_opt(2025, 6, 30).unwrap();
        assert_ne!(composition(&stripped, mid).age, composition(&book, mid).age);
    }

    #[test]
    fn replacing_a_full_book_keeps_the_personal_data_of_the_members_both_have() {
        let kept = full_book();
        let mut file = read(&write_without_personal(&kept, at())).unwrap().book;
        // The superior union changed a job title, and added a member the kept book does not have.
        Arc::make_mut(&mut file.members[0]).job_title = "Phó Chánh Văn phòng".into();
        let mut newcomer = file.members[1].as_ref().clone();
        newcomer.id = uuid::Uuid::new_v4();
        newcomer.full_name = "Lê Văn Mới".into();
        newcomer.card_number = "99999999".into();
        file.members.push(Arc::new(newcomer));

        let counts = matching(&file, &kept);
        assert_eq!(counts, Matching { kept: kept.members.len() + kept.trash.len(), without: 1 });
        let book = keep_personal(file, &kept);
        check(&book, at().date_naive()).expect("the book stays a valid book");
        assert_eq!(book.members[0].job_title, "Phó Chánh Văn phòng", "what the file changed stays");
        assert_eq!(book.members[0].email, "hoa.nguyen@example.vn");
        assert_eq!(book.members[0].notes, "Đang nuôi con nhỏ");
        assert_eq!(book.members[0].exemptions[0].note, "Sinh con thứ hai", "so is a note on a period without dues");
        for (old, new) in kept.members.iter().zip(&book.members) {
            assert_eq!(
                (&new.citizen_id, &new.phone, &new.hometown, &new.religion, new.birth_date),
                (&old.citizen_id, &old.phone, &old.hometown, &old.religion, old.birth_date)
            );
        }
        for (old, new) in kept.trash.iter().zip(&book.trash) {
            assert_eq!(new.member.citizen_id, old.member.citizen_id);
        }
        let newcomer = book.members.last().unwrap();
        assert_eq!((newcomer.citizen_id.as_str(), newcomer.phone.as_str()), ("", ""));
    }

    #[test]
    fn a_birth_date_of_another_year_is_not_taken_back() {
        let kept = full_book();
        let mut file = without_personal(&kept);
        let birth = kept.members[2].birth_date.unwrap();
        Arc::make_mut(&mut file.members[2]).birth_date = NaiveDate::from_ymd_opt(birth.year() - 1, 1, 1);
        let book = keep_personal(file, &kept);
        assert_eq!(book.members[2].birth_date, NaiveDate::from_ymd_opt(birth.year() - 1, 1, 1));
        assert_eq!(book.members[2].citizen_id, kept.members[2].citizen_id);
        assert_eq!(book.members[3].birth_date, kept.members[3].birth_date);
    }
}

mod with_a_passphrase {
    use super::common::{at, documented_block};
    use serde_json::{json, Value};
    use so_cong_doan::domain::demo::demo_book;
    use so_cong_doan::domain::file::sealed::{self, passphrase_problem, Header, PassphraseProblem};
    use so_cong_doan::domain::file::{open, Content, FileError, SCHEMA_VERSION};

    const SALT: [u8; 16] = [7; 16];
    const IV: [u8; 12] = [9; 12];

    fn sealed_file() -> (Header, Vec<u8>, String) {
        let (header, plain) = sealed::plain(&demo_book(), at(), &SALT, &IV);
        // The cipher is the browser's; any bytes of the right length stand for its output here.
        let ciphertext: Vec<u8> = plain.iter().map(|b| b ^ 0x5a).chain([0u8; 16]).collect();
        let text = sealed::write(&header, &ciphertext);
        (header, plain, text)
    }

    #[test]
    fn the_envelope_and_header_are_as_documented() {
        let (header, _, text) = sealed_file();
        let v: Value = serde_json::from_str(&text).unwrap();
        let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(keys, ["format", "header", "ciphertext"]);
        assert_eq!(v["format"], "so-cong-doan");
        assert_eq!(
            v["header"],
            json!({
                "format": "so-cong-doan",
                "encryption": "AES-256-GCM",
                "kdf": "PBKDF2-SHA-256",
                "iterations": 600000,
                "salt": "BwcHBwcHBwcHBwcHBwcHBw==",
                "iv": "CQkJCQkJCQkJCQkJ",
                "compression": "deflate-raw",
                "schema_version": SCHEMA_VERSION,
                "app_version": env!("CARGO_PKG_VERSION"),
                "exported_at": "2026-11-25T09:30:00+07:00",
            })
        );
        // The additional data: the header's members in that order, as JSON without whitespace.
        let aad = String::from_utf8(header.aad()).unwrap();
        assert_eq!(aad, serde_json::to_string(&v["header"]).unwrap());
        assert!(aad.starts_with(
            r#"{"format":"so-cong-doan","encryption":"AES-256-GCM","kdf":"PBKDF2-SHA-256","iterations":600000,"salt":"#
        ));
    }

    #[test]
    fn the_decrypted_bytes_are_the_plain_file_deflated_and_read_as_any_file() {
        let (header, plain, text) = sealed_file();
        let Ok(Content::Sealed(found)) = open(&text) else { panic!("a file with a passphrase") };
        assert_eq!((found.header, found.salt, found.iv), (header, SALT.to_vec(), IV.to_vec()));
        assert_eq!(found.ciphertext.len(), plain.len() + 16);
        let inflated = miniz_oxide::inflate::decompress_to_vec(&plain).unwrap();
        assert_eq!(String::from_utf8(inflated).unwrap(), so_cong_doan::domain::file::write_compact(&demo_book(), at()));
        let imported = sealed::open(&plain).unwrap();
        assert_eq!(imported.book, demo_book());
        assert!(imported.meta.personal_data);
        assert!(plain.len() * 5 < so_cong_doan::domain::file::write(&demo_book(), at()).len(), "compressed");
    }

    #[test]
    fn each_file_has_its_own_salt_and_iv() {
        let (a, _) = sealed::plain(&demo_book(), at(), &SALT, &IV);
        let (b, _) = sealed::plain(&demo_book(), at(), &[1; 16], &[2; 12]);
        assert_ne!((a.salt, a.iv), (b.salt, b.iv));
    }

    #[test]
    fn a_damaged_file_is_refused_before_any_passphrase() {
        let (_, _, text) = sealed_file();
        let good: Value = serde_json::from_str(&text).unwrap();
        let broken = |change: &dyn Fn(&mut Value)| {
            let mut v = good.clone();
            change(&mut v);
            open(&v.to_string()).err()
        };
        let damaged = Some(FileError::SealedDamaged);
        assert_eq!(broken(&|v| v["ciphertext"] = json!("%%% not base64")), damaged);
        assert_eq!(broken(&|v| v["ciphertext"] = json!(12)), damaged);
        assert_eq!(broken(&|v| v["ciphertext"] = json!("AAAA")), damaged, "shorter than the tag");
        assert_eq!(broken(&|v| v.as_object_mut().unwrap().remove("header").map(drop).unwrap()), damaged);
        assert_eq!(broken(&|v| v["header"].as_object_mut().unwrap().remove("iv").map(drop).unwrap()), damaged);
        assert_eq!(broken(&|v| v["header"]["iv"] = json!("CQkJCQ==")), damaged, "an IV of 4 bytes");
        assert_eq!(broken(&|v| v["header"]["salt"] = json!("")), damaged);
        assert_eq!(broken(&|v| v["header"]["encryption"] = json!("AES-128-CBC")), damaged);
        assert_eq!(broken(&|v| v["header"]["iterations"] = json!(4_000_000_000u32)), damaged);
        assert_eq!(broken(&|v| v["header"]["exported_at"] = json!("hôm qua")), damaged);
        assert_eq!(broken(&|v| v["header"]["comment"] = json!("not authenticated")), damaged);
        assert_eq!(broken(&|v| v["header"]["schema_version"] = json!(99)), Some(FileError::NewerSchema { found: 99 }));
        assert_eq!(broken(&|v| v["format"] = json!("khac")), Some(FileError::NotOurs));
        // Bytes that decrypt but are not a deflated file.
        assert_eq!(sealed::open(b"not deflate").err(), damaged);
    }

    #[test]
    fn a_passphrase_has_eight_characters_typed_twice_alike() {
        assert_eq!(passphrase_problem("ngắn", "ngắn"), Some(PassphraseProblem::TooShort));
        // Eight letters, some of them two bytes or more in UTF-8.
        assert_eq!(passphrase_problem("mậtkhẩuđ", "mậtkhẩuđ"), None);
        assert_eq!(passphrase_problem("mật khẩu dài", "mật khẩu dài "), Some(PassphraseProblem::Mismatch));
    }

    #[test]
    fn the_documented_example_is_a_file_with_a_passphrase() {
        let example = documented_block("### Example of a file with a passphrase");
        let Ok(Content::Sealed(found)) = open(&example) else {
            panic!("the example must read as a file with a passphrase")
        };
        assert_eq!(found.header.iterations, sealed::ITERATIONS);
        let aad = documented_block("The additional data of this example");
        assert_eq!(String::from_utf8(found.header.aad()).unwrap(), aad.trim());
    }
}

//! Writes the exported files of generated unions (`demo::unions`) into a folder, for the consolidation's
//! end-to-end test and bench:
//!
//! `cargo run --release --example union_files -- <folder> <count> <members> [--vary] [--plain]
//!  [--without-personal=<i>]`
//!
//! Union `i` (from 0) is `cd-<i>.json`, with `members` on its roster, or `members + i % 5` with `--vary`;
//! with the demo's activities and money (`commune_union`), or a year of money only with `--plain`
//! (`plain_union`); the union at `--without-personal` is written without its members' personal data.

use chrono::DateTime;
use so_cong_doan::domain::demo::unions::{commune_union, plain_union};
use so_cong_doan::domain::file::{write, write_without_personal};
use std::path::PathBuf;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: union_files <folder> <count> <members> [--vary] [--plain] [--without-personal=<i>]";
    let number = |i: usize| args.get(i).and_then(|a| a.parse::<usize>().ok()).expect(usage);
    let (folder, count, members) = (PathBuf::from(args.first().expect(usage)), number(1), number(2));
    let vary = args.iter().any(|a| a == "--vary");
    let union = if args.iter().any(|a| a == "--plain") { plain_union } else { commune_union };
    let stripped = args.iter().find_map(|a| a.strip_prefix("--without-personal=")?.parse::<usize>().ok());
    let at = DateTime::parse_from_rfc3339("2026-11-25T09:30:00+07:00").expect("a fixed time");
    std::fs::create_dir_all(&folder).expect("the folder can be made");
    for i in 0..count {
        let book = union(i, if vary { members + i % 5 } else { members });
        let text = if stripped == Some(i) { write_without_personal(&book, at) } else { write(&book, at) };
        std::fs::write(folder.join(format!("cd-{i}.json")), text).expect("the file can be written");
    }
}

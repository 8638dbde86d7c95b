//! The layout in columns that the localStorage store used for large books before deflate, read back for the
//! move to IndexedDB (`legacy.rs`): every list of records was a table of columns, and every id in a column of
//! ids its number in one list of the book's ids. Reading gives back the very text that was laid out.

use serde_json::{Map, Value};

/// A table: its number of rows, beside one column per field.
const ROWS: &str = "\u{1}rows";
/// A column of ids, as the differences between their numbers, one after the other.
const IDS: &str = "\u{1}ids";
/// A column of lists of records, such as each member's salaries: one table of all their records, and the
/// length of each list.
const LENGTHS: &str = "\u{1}lengths";
const FLAT: &str = "\u{1}flat";
/// A field missing from some rows: the rows that have it (as differences) and its values there.
const AT: &str = "\u{1}at";
const VALUES: &str = "\u{1}values";
/// The whole layout: the ids (32 hex digits each, in order of their numbers) and the document.
const ID_LIST: &str = "\u{1}idlist";
const DOC: &str = "\u{1}doc";

/// The JSON text a layout was made from, written straight from the columns.
pub fn decode(layout: &str) -> Option<String> {
    let value: Value = serde_json::from_str(layout).ok()?;
    let hex = value.get(ID_LIST)?.as_str()?;
    if hex.len() % 32 != 0 || !hex.is_ascii() {
        return None;
    }
    let list: Vec<String> = (0..hex.len() / 32)
        .map(|i| {
            let h = &hex[i * 32..(i + 1) * 32];
            format!("{}-{}-{}-{}-{}", &h[..8], &h[8..12], &h[12..16], &h[16..20], &h[20..])
        })
        .collect();
    let mut out = Vec::with_capacity(layout.len() * 2);
    write_value(value.get(DOC)?, &list, &mut out)?;
    String::from_utf8(out).ok()
}

fn undelta(steps: &Value) -> Option<Vec<i64>> {
    let mut last = 0;
    steps
        .as_array()?
        .iter()
        .map(|s| {
            s.as_i64().map(|s| {
                last += s;
                last
            })
        })
        .collect()
}

fn write_value(value: &Value, ids: &[String], out: &mut Vec<u8>) -> Option<()> {
    match value {
        Value::Object(map) if map.contains_key(ROWS) => {
            let table = Table::read(map, ids)?;
            out.push(b'[');
            for r in 0..table.rows {
                if r > 0 {
                    out.push(b',');
                }
                table.write_row(r, out)?;
            }
            out.push(b']');
        }
        Value::Object(map) => {
            out.push(b'{');
            for (i, (key, v)) in map.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                serde_json::to_writer(&mut *out, key).ok()?;
                out.push(b':');
                write_value(v, ids, out)?;
            }
            out.push(b'}');
        }
        Value::Array(items) => {
            out.push(b'[');
            for (i, v) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                write_value(v, ids, out)?;
            }
            out.push(b']');
        }
        scalar => serde_json::to_writer(&mut *out, scalar).ok()?,
    }
    Some(())
}

/// A table read back from the layout, written out a row at a time.
struct Table<'a> {
    rows: usize,
    fields: Vec<(&'a str, Column<'a>)>,
    ids: &'a [String],
}

struct Column<'a> {
    /// For each row, where its cell is among the cells; `None` for a row without this field.
    at: Option<Vec<Option<usize>>>,
    cells: Cells<'a>,
}

enum Cells<'a> {
    Values(&'a [Value]),
    Ids(Vec<usize>),
    /// Each cell a list of records: the rows of `table` from `starts[i]` to `starts[i + 1]`.
    Lists {
        starts: Vec<usize>,
        table: Box<Table<'a>>,
    },
}

impl<'a> Table<'a> {
    fn read(map: &'a Map<String, Value>, ids: &'a [String]) -> Option<Self> {
        let rows = usize::try_from(map.get(ROWS)?.as_u64()?).ok()?;
        let mut fields = Vec::with_capacity(map.len());
        for (field, column) in map.iter().filter(|(k, _)| *k != ROWS) {
            let (at, cells) = match column.get(AT) {
                Some(at) => (Some(undelta(at)?), Cells::read(column.get(VALUES)?, ids)?),
                None => (None, Cells::read(column, ids)?),
            };
            let at = match at {
                None if cells.len() == rows => None,
                None => return None,
                Some(at) => {
                    let mut cell_of = vec![None; rows];
                    let mut last = None;
                    for (i, r) in at.iter().enumerate() {
                        let r = usize::try_from(*r).ok()?;
                        if last.is_some_and(|l| r <= l) || r >= rows {
                            return None;
                        }
                        cell_of[r] = Some(i);
                        last = Some(r);
                    }
                    (at.len() == cells.len()).then_some(Some(cell_of))?
                }
            };
            fields.push((field.as_str(), Column { at, cells }));
        }
        Some(Table { rows, fields, ids })
    }

    fn write_row(&self, r: usize, out: &mut Vec<u8>) -> Option<()> {
        out.push(b'{');
        let mut first = true;
        for (field, column) in &self.fields {
            let Some(i) = column.at.as_ref().map_or(Some(r), |at| at[r]) else {
                continue;
            };
            if !first {
                out.push(b',');
            }
            first = false;
            serde_json::to_writer(&mut *out, field).ok()?;
            out.push(b':');
            match &column.cells {
                Cells::Values(values) => write_value(&values[i], self.ids, out)?,
                Cells::Ids(numbers) => serde_json::to_writer(&mut *out, self.ids.get(numbers[i])?).ok()?,
                Cells::Lists { starts, table } => {
                    out.push(b'[');
                    for row in starts[i]..starts[i + 1] {
                        if row > starts[i] {
                            out.push(b',');
                        }
                        table.write_row(row, out)?;
                    }
                    out.push(b']');
                }
            }
        }
        out.push(b'}');
        Some(())
    }
}

impl<'a> Cells<'a> {
    fn read(column: &'a Value, ids: &'a [String]) -> Option<Self> {
        if let Some(steps) = column.get(IDS) {
            let numbers = undelta(steps)?.into_iter().map(|n| usize::try_from(n).ok().filter(|n| *n < ids.len()));
            return Some(Cells::Ids(numbers.collect::<Option<_>>()?));
        }
        if let Some(lengths) = column.get(LENGTHS) {
            let Value::Object(flat) = column.get(FLAT)? else {
                return None;
            };
            let table = Table::read(flat, ids)?;
            let mut starts = vec![0];
            for n in lengths.as_array()? {
                starts.push(starts.last()? + usize::try_from(n.as_u64()?).ok()?);
            }
            return (starts.last() == Some(&table.rows)).then_some(Cells::Lists { starts, table: Box::new(table) });
        }
        Some(Cells::Values(column.as_array()?))
    }

    fn len(&self) -> usize {
        match self {
            Cells::Values(values) => values.len(),
            Cells::Ids(numbers) => numbers.len(),
            Cells::Lists { starts, .. } => starts.len() - 1,
        }
    }
}

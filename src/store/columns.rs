//! The stored book's layout before deflate: every list of records becomes a table of columns, and every id
//! in a column of ids becomes its number in one list of the book's ids. Deflate looks back only 32 KB, so
//! in a large book a record's field names and the ids it refers to repeat too far apart to be found; in
//! columns, like values sit together and an id's 16 bytes are stored once. The layout is undone exactly:
//! the text read back is the text written, byte for byte, or the layout is not used.

use serde_json::{Map, Value};
use std::collections::{HashMap, HashSet};

/// The layout's own keys start with this character, which no key of a book does.
const TAG: char = '\u{1}';
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

/// The layout of a JSON text, or `None` when it cannot be laid out and read back as the same text.
pub fn encode(text: &str) -> Option<String> {
    let value: Value = serde_json::from_str(text).ok()?;
    let mut ids = Ids::default();
    let doc = ids.encode(value)?;
    let mut back = Vec::with_capacity(text.len());
    write_value(&doc, &ids.list, &mut back)?;
    if back != text.as_bytes() {
        return None;
    }
    let hex: String = ids.list.iter().map(|id| id.replace('-', "")).collect();
    Some(object([(ID_LIST, hex.into()), (DOC, doc)]).to_string())
}

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
            format!(
                "{}-{}-{}-{}-{}",
                &h[..8],
                &h[8..12],
                &h[12..16],
                &h[16..20],
                &h[20..]
            )
        })
        .collect();
    let mut out = Vec::with_capacity(layout.len() * 2);
    write_value(value.get(DOC)?, &list, &mut out)?;
    String::from_utf8(out).ok()
}

/// An object of the layout's own, its values moved in (`json!` would copy them).
fn object<const N: usize>(entries: [(&str, Value); N]) -> Value {
    Value::Object(
        entries
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
    )
}

/// An id as the book writes it: a lowercase hyphenated UUID, which the list of ids gives back as it was.
fn is_id(s: &str) -> bool {
    s.len() == 36
        && s.bytes().enumerate().all(|(i, b)| match i {
            8 | 13 | 18 | 23 => b == b'-',
            _ => b.is_ascii_digit() || (b'a'..=b'f').contains(&b),
        })
}

/// Numbers as the differences between one and the next: runs of like steps, which deflate packs well.
fn deltas(numbers: impl Iterator<Item = i64>) -> Value {
    let mut last = 0;
    numbers
        .map(|n| {
            let step = n - last;
            last = n;
            Value::from(step)
        })
        .collect()
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

#[derive(Default)]
struct Ids {
    list: Vec<String>,
    numbers: HashMap<String, i64>,
}

impl Ids {
    fn number(&mut self, id: &str) -> i64 {
        if let Some(n) = self.numbers.get(id) {
            return *n;
        }
        let n = self.list.len() as i64;
        self.list.push(id.to_string());
        self.numbers.insert(id.to_string(), n);
        n
    }

    fn encode(&mut self, value: Value) -> Option<Value> {
        match value {
            Value::Object(map) => {
                let mut out = Map::with_capacity(map.len());
                for (key, v) in map {
                    if key.starts_with(TAG) {
                        return None;
                    }
                    out.insert(key, self.encode(v)?);
                }
                Some(Value::Object(out))
            }
            Value::Array(rows) if !rows.is_empty() && rows.iter().all(Value::is_object) => {
                self.table(rows)
            }
            Value::Array(items) => items.into_iter().map(|v| self.encode(v)).collect(),
            other => Some(other),
        }
    }

    fn table(&mut self, rows: Vec<Value>) -> Option<Value> {
        let count = rows.len();
        let fields = field_order(&rows)?;
        let mut columns: Vec<(Vec<i64>, Vec<Value>)> = vec![(Vec::new(), Vec::new()); fields.len()];
        for (r, row) in rows.into_iter().enumerate() {
            let Value::Object(map) = row else { return None };
            for (key, v) in map {
                let column = &mut columns[fields.iter().position(|f| *f == key)?];
                column.0.push(r as i64);
                column.1.push(v);
            }
        }
        let mut table = Map::with_capacity(fields.len() + 1);
        table.insert(ROWS.into(), count.into());
        for (field, (at, values)) in fields.into_iter().zip(columns) {
            let column = self.column(values)?;
            let column = if at.len() == count {
                column
            } else {
                object([(AT, deltas(at.into_iter())), (VALUES, column)])
            };
            table.insert(field, column);
        }
        Some(Value::Object(table))
    }

    fn column(&mut self, values: Vec<Value>) -> Option<Value> {
        if values.iter().all(|v| v.as_str().is_some_and(is_id)) {
            let numbers: Vec<i64> = values
                .iter()
                .filter_map(Value::as_str)
                .map(|id| self.number(id))
                .collect();
            return Some(object([(IDS, deltas(numbers.into_iter()))]));
        }
        let lists_of_records = values
            .iter()
            .all(|v| v.as_array().is_some_and(|l| l.iter().all(Value::is_object)));
        if lists_of_records
            && values
                .iter()
                .any(|v| v.as_array().is_some_and(|l| !l.is_empty()))
        {
            let lengths: Vec<Value> = values
                .iter()
                .filter_map(Value::as_array)
                .map(|l| l.len().into())
                .collect();
            let rows: Vec<Value> = values
                .into_iter()
                .flat_map(|v| match v {
                    Value::Array(list) => list,
                    _ => Vec::new(),
                })
                .collect();
            return Some(object([
                (LENGTHS, lengths.into()),
                (FLAT, self.table(rows)?),
            ]));
        }
        values.into_iter().map(|v| self.encode(v)).collect()
    }
}

/// The fields of a table in the order the rows have them. A row leaves out the fields it has no value for,
/// so the order comes from each row's pairs of neighbours, the first seen first where they leave a choice.
fn field_order(rows: &[Value]) -> Option<Vec<String>> {
    let mut fields: Vec<String> = Vec::new();
    let mut before: HashSet<(usize, usize)> = HashSet::new();
    for row in rows {
        let mut last: Option<usize> = None;
        for key in row.as_object()?.keys() {
            if key.starts_with(TAG) {
                return None;
            }
            let at = fields.iter().position(|f| f == key).unwrap_or_else(|| {
                fields.push(key.clone());
                fields.len() - 1
            });
            if let Some(last) = last {
                before.insert((last, at));
            }
            last = Some(at);
        }
    }
    let mut waiting: Vec<usize> = (0..fields.len())
        .map(|f| before.iter().filter(|(_, b)| *b == f).count())
        .collect();
    let mut order = Vec::with_capacity(fields.len());
    while order.len() < fields.len() {
        let next = (0..fields.len()).find(|f| waiting[*f] == 0)?;
        waiting[next] = usize::MAX;
        for (_, b) in before.iter().filter(|(a, _)| *a == next) {
            waiting[*b] -= 1;
        }
        order.push(fields[next].clone());
    }
    Some(order)
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
                Cells::Ids(numbers) => {
                    serde_json::to_writer(&mut *out, self.ids.get(numbers[i])?).ok()?
                }
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
            let numbers = undelta(steps)?
                .into_iter()
                .map(|n| usize::try_from(n).ok().filter(|n| *n < ids.len()));
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
            return (starts.last() == Some(&table.rows)).then_some(Cells::Lists {
                starts,
                table: Box::new(table),
            });
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

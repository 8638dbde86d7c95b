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
    let hex: String = ids.list.iter().map(|id| id.replace('-', "")).collect();
    let layout = serde_json::json!({ ID_LIST: hex, DOC: doc }).to_string();
    (decode(&layout).as_deref() == Some(text)).then_some(layout)
}

/// The JSON text a layout was made from.
pub fn decode(layout: &str) -> Option<String> {
    let mut value: Value = serde_json::from_str(layout).ok()?;
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
    let doc = decode_value(value.get_mut(DOC)?.take(), &list)?;
    Some(doc.to_string())
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
                serde_json::json!({ AT: deltas(at.into_iter()), VALUES: column })
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
            return Some(serde_json::json!({ IDS: deltas(numbers.into_iter()) }));
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
            return Some(serde_json::json!({ LENGTHS: lengths, FLAT: self.table(rows)? }));
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

fn decode_value(value: Value, ids: &[String]) -> Option<Value> {
    match value {
        Value::Object(map) if map.contains_key(ROWS) => decode_table(map, ids),
        Value::Object(map) => map
            .into_iter()
            .map(|(k, v)| Some((k, decode_value(v, ids)?)))
            .collect(),
        Value::Array(items) => items.into_iter().map(|v| decode_value(v, ids)).collect(),
        other => Some(other),
    }
}

fn decode_table(mut map: Map<String, Value>, ids: &[String]) -> Option<Value> {
    let count = usize::try_from(map.shift_remove(ROWS)?.as_u64()?).ok()?;
    let mut rows: Vec<Map<String, Value>> = vec![Map::new(); count];
    for (field, column) in map {
        let (at, values) = match column {
            Value::Object(mut partial) if partial.contains_key(AT) => {
                let at = undelta(partial.get(AT)?)?;
                (Some(at), decode_column(partial.remove(VALUES)?, ids)?)
            }
            other => (None, decode_column(other, ids)?),
        };
        let at: Vec<usize> = match at {
            Some(at) => at
                .into_iter()
                .map(usize::try_from)
                .collect::<Result<_, _>>()
                .ok()?,
            None => (0..count).collect(),
        };
        if at.len() != values.len() {
            return None;
        }
        for (r, v) in at.into_iter().zip(values) {
            rows.get_mut(r)?.insert(field.clone(), v);
        }
    }
    Some(Value::Array(rows.into_iter().map(Value::Object).collect()))
}

fn decode_column(column: Value, ids: &[String]) -> Option<Vec<Value>> {
    if let Some(steps) = column.get(IDS) {
        let numbers = undelta(steps)?;
        return numbers
            .into_iter()
            .map(|n| {
                usize::try_from(n)
                    .ok()
                    .and_then(|n| ids.get(n))
                    .map(|id| Value::from(id.as_str()))
            })
            .collect();
    }
    match column {
        Value::Array(values) => values.into_iter().map(|v| decode_value(v, ids)).collect(),
        Value::Object(mut lists) if lists.contains_key(LENGTHS) => {
            let Value::Array(rows) = decode_value(lists.remove(FLAT)?, ids)? else {
                return None;
            };
            let mut rows = rows.into_iter();
            let lengths = lists.get(LENGTHS)?.as_array()?;
            let lists: Vec<Value> = lengths
                .iter()
                .map(|n| {
                    let n = usize::try_from(n.as_u64()?).ok()?;
                    let list: Vec<Value> = rows.by_ref().take(n).collect();
                    (list.len() == n).then_some(Value::Array(list))
                })
                .collect::<Option<_>>()?;
            rows.next().is_none().then_some(lists)
        }
        _ => None,
    }
}

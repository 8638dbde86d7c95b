//! One table for every finance page: the pages turn the domain's figures into rows of cells, and this one
//! component draws them. A single piece of view code instead of one per table keeps the wasm small.

use leptos::prelude::*;

/// A button in a row: its text, its accessible name (which row it acts on), and what it does.
#[derive(Clone)]
pub struct Action {
    pub text: String,
    pub label: String,
    pub class: &'static str,
    pub on: Callback<()>,
}

#[derive(Clone)]
pub enum Cell {
    Empty,
    Text(String),
    /// A figure, right-aligned.
    Num(String),
    /// The row's header.
    Head(String),
    /// A figure with a class (owed, paid, ok, bad) and, for tests, an id.
    Marked {
        class: &'static str,
        text: String,
        test_id: &'static str,
    },
    Link {
        href: String,
        text: String,
        label: String,
    },
    Actions(Vec<Action>),
}

#[derive(Clone)]
pub struct Row {
    pub class: &'static str,
    pub cells: Vec<Cell>,
}

impl Row {
    pub fn new(cells: Vec<Cell>) -> Row {
        Row { class: "", cells }
    }

    pub fn with_class(class: &'static str, cells: Vec<Cell>) -> Row {
        Row { class, cells }
    }
}

/// A column heading; figures are right-aligned, an empty title is read as "Thao tác" by screen readers.
#[derive(Clone)]
pub struct Column {
    pub title: String,
    pub num: bool,
}

pub fn col(title: &str) -> Column {
    Column { title: title.to_string(), num: false }
}

pub fn num(title: &str) -> Column {
    Column { title: title.to_string(), num: true }
}

fn cell(c: Cell) -> AnyView {
    match c {
        Cell::Empty => view! { <td></td> }.into_any(),
        Cell::Text(t) => view! { <td>{t}</td> }.into_any(),
        Cell::Num(t) => view! { <td class="num">{t}</td> }.into_any(),
        Cell::Head(t) => view! { <th scope="row">{t}</th> }.into_any(),
        Cell::Marked { class, text, test_id } => {
            let test_id = (!test_id.is_empty()).then_some(test_id);
            view! { <td class=format!("num {class}") data-testid=test_id>{text}</td> }.into_any()
        }
        Cell::Link { href, text, label } => view! { <td><a href=href aria-label=label>{text}</a></td> }.into_any(),
        Cell::Actions(list) => view! {
            <td class="row-actions">
                {list.into_iter().map(|a| {
                    let on = a.on;
                    view! { <button type="button" class=format!("small {}", a.class) aria-label=a.label on:click=move |_| on.run(())>{a.text}</button> }
                }).collect_view()}
            </td>
        }
        .into_any(),
    }
}

/// A table with its headings and rows, in a scrolling frame.
pub fn table(class: &'static str, columns: Vec<Column>, rows: Vec<Row>, actions: &str) -> AnyView {
    let heads = columns.into_iter().map(|c| {
        if c.title.is_empty() {
            view! { <th scope="col"><span class="visually-hidden">{actions.to_string()}</span></th> }.into_any()
        } else if c.num {
            view! { <th scope="col" class="num">{c.title}</th> }.into_any()
        } else {
            view! { <th scope="col">{c.title}</th> }.into_any()
        }
    });
    let body =
        rows.into_iter().map(|r| view! { <tr class=r.class>{r.cells.into_iter().map(cell).collect_view()}</tr> });
    view! {
        <div class="table-wrap">
            <table class=class>
                <thead><tr>{heads.collect_view()}</tr></thead>
                <tbody>{body.collect_view()}</tbody>
            </table>
        </div>
    }
    .into_any()
}

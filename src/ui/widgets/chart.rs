//! A horizontal bar chart as inline SVG: no library, prints and scales with the page. Coordinates are whole
//! numbers: float formatting would add its machinery to the wasm for nothing visible.

use leptos::prelude::*;

/// One bar: its label, its value (the bar's length), and the text shown at its end.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: u64,
    pub text: String,
}

const ROW: u64 = 30;
const LABEL: u64 = 230;
const WIDTH: u64 = 640;
const TEXT: u64 = 110;

/// Bars scaled to the largest; `title` names the chart for screen readers.
#[component]
pub fn BarChart(title: String, bars: Vec<Bar>) -> impl IntoView {
    let max = bars.iter().map(|b| b.value).max().unwrap_or(0).max(1);
    let height = ROW * bars.len() as u64 + 4;
    let room = WIDTH - LABEL - TEXT;
    // On a phone the chart keeps a readable size and scrolls sideways in its frame rather than shrinking.
    view! {
        <div class="chart-wrap">
        <svg class="chart" role="img" aria-label=title viewBox=format!("0 0 {WIDTH} {height}") width="100%"
            preserveAspectRatio="xMinYMin meet">
            {bars.into_iter().enumerate().map(|(i, bar)| {
                let y = i as u64 * ROW + 2;
                let length = (bar.value * room / max).max(if bar.value > 0 { 2 } else { 0 });
                let baseline = (y + ROW * 62 / 100).to_string();
                view! {
                    <g>
                        <text x=(LABEL - 8).to_string() y=baseline.clone() text-anchor="end" class="chart-label">{bar.label}</text>
                        <rect x=LABEL.to_string() y=(y + 4).to_string() width=length.to_string() height=(ROW - 8).to_string() rx="3" class="chart-bar"/>
                        <text x=(LABEL + length + 6).to_string() y=baseline class="chart-value">{bar.text}</text>
                    </g>
                }
            }).collect_view()}
        </svg>
        </div>
    }
}

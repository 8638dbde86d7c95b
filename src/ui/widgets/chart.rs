//! A horizontal bar chart as inline SVG: no library, prints and scales with the page.

use leptos::prelude::*;

/// One bar: its label, its value (the bar's length), and the text shown at its end.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: f64,
    pub text: String,
}

const ROW: f64 = 30.0;
const LABEL: f64 = 230.0;
const WIDTH: f64 = 640.0;
const TEXT: f64 = 110.0;

/// Bars scaled to the largest; `title` names the chart for screen readers.
#[component]
pub fn BarChart(title: String, bars: Vec<Bar>) -> impl IntoView {
    let max = bars.iter().map(|b| b.value).fold(0.0, f64::max).max(1.0);
    let height = ROW * bars.len() as f64 + 4.0;
    let room = WIDTH - LABEL - TEXT;
    view! {
        <svg class="chart" role="img" aria-label=title viewBox=format!("0 0 {WIDTH} {height}") width="100%"
            preserveAspectRatio="xMinYMin meet">
            {bars.into_iter().enumerate().map(|(i, bar)| {
                let y = i as f64 * ROW + 2.0;
                let length = (bar.value / max * room).max(if bar.value > 0.0 { 2.0 } else { 0.0 });
                view! {
                    <g>
                        <text x=LABEL - 8.0 y=y + ROW * 0.62 text-anchor="end" class="chart-label">{bar.label}</text>
                        <rect x=LABEL y=y + 4.0 width=length height=ROW - 8.0 rx="3" class="chart-bar"/>
                        <text x=LABEL + length + 6.0 y=y + ROW * 0.62 class="chart-value">{bar.text}</text>
                    </g>
                }
            }).collect_view()}
        </svg>
    }
}

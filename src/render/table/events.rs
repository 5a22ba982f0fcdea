//! `events` for people: the pool and the range read, the summary (the reuse hit rate
//! first), then the events oldest first, the service's text wrapped beside them.

use serde_json::Value;

use super::layout::{self, Cell, Column, Fit, Table, wrap_prose};
use super::ready::LABEL;
use crate::render::style::{Palette, Tone};

pub fn render(doc: &Value, p: &Palette) -> String {
    let text = |k: &str| doc.get(k).and_then(Value::as_str).map(clean).unwrap_or_default();
    let mut out = title(&text("name"), &text("resourceGroup"), p);
    let range = format!("{} to {} UTC", minute(&text("start")), minute(&text("end")));
    out.push_str(&format!("{:LABEL$}{range}\n", "Range"));
    let from = format!("{:LABEL$}", "Read from");
    out.push_str(&wrap_prose(&from, LABEL, &source(doc), LABEL, p.width));
    out.push_str(&summary_lines(doc.get("summary").unwrap_or(&Value::Null), p));
    let events = doc
        .get("events")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or_default();
    out.push('\n');
    if events.is_empty() {
        out.push_str(&p.paint("No events in this range.", Tone::Faint));
        out.push('\n');
        return out;
    }
    out.push_str(&event_table(events, p));
    out
}

/// The pool's name, then its group: on the same line where it fits, else on its own,
/// shortened in the middle only past the width (and 64 columns), as `status` does.
fn title(name: &str, rg: &str, p: &Palette) -> String {
    let one = format!("{name}  events in {rg}");
    match p.width.map(usize::from) {
        Some(w) if layout::width(&one) > w => format!(
            "{}  events\n  in {}\n",
            p.bold(name),
            layout::shorten(rg, w.saturating_sub(5).max(layout::KEEP))
        ),
        _ => format!("{}  events in {rg}\n", p.bold(name)),
    }
}

fn source(doc: &Value) -> String {
    let text = |k: &str| doc.get(k).and_then(Value::as_str).map(clean);
    match (text("workspace"), text("diagnosticSetting")) {
        (Some(ws), Some(setting)) => format!("workspace {ws} (diagnostic setting {setting})"),
        _ => "the pool's resource logs".to_string(),
    }
}

fn summary_lines(s: &Value, p: &Palette) -> String {
    let n = |k: &str| s.get(k).and_then(Value::as_u64).unwrap_or(0);
    let (served, missed) = (n("reusesServed"), n("reusesNotServed"));
    let reuses = match s.get("hitRate").and_then(Value::as_f64) {
        Some(rate) => {
            let tone = if missed == 0 {
                Tone::Good
            } else if rate >= 0.5 {
                Tone::Busy
            } else {
                Tone::Bad
            };
            let rate = p.paint(&format!("hit rate {:.0}%", rate * 100.0), tone);
            format!("{served} served, {missed} not served: {rate}")
        }
        None => p.paint("no scale-out asked the pool", Tone::Faint),
    };
    let degraded = match n("degraded") {
        0 => p.paint("never", Tone::Faint),
        times => p.paint(
            &format!(
                "{times} time(s), {} in all",
                crate::model::duration::human(std::time::Duration::from_secs(n("degradedSeconds")))
            ),
            Tone::Bad,
        ),
    };
    let count = |k: &str, tone: Tone| match n(k) {
        0 => p.paint("none", Tone::Faint),
        c => p.paint(&c.to_string(), tone),
    };
    [
        ("Reuses", reuses),
        ("Degraded", degraded),
        ("Exhausted", count("exhaustions", Tone::Bad)),
        ("Settings", count("settingsChanges", Tone::Plain)),
    ]
    .iter()
    .map(|(label, value)| format!("{label:LABEL$}{value}\n"))
    .collect()
}

fn event_table(events: &[Value], p: &Palette) -> String {
    let mut t = Table::new(vec![
        Column::new("Time (UTC)", Fit::Fixed),
        Column::new("Event", Fit::Prose),
        Column::new("Detail", Fit::Prose),
    ]);
    for e in events {
        let text = |k: &str| e.get(k).and_then(Value::as_str).map(clean);
        let name = text("EventName").unwrap_or_default();
        let tone = match name.as_str() {
            "StandbyPoolReuseSuccess" | "StandbyPoolMaxReadyPool" | "StandbyPoolExitDegradedPool" => Tone::Good,
            "StandbyPoolReuseFailure" | "StandbyPoolDegradedPool" => Tone::Bad,
            n if n.starts_with("StandbyPoolExhausted") => Tone::Bad,
            _ => Tone::Plain,
        };
        t.add_row(vec![
            Cell::plain(second(&text("TimeGenerated").unwrap_or_default())),
            Cell::new(text("event").unwrap_or(name), tone),
            Cell::plain(
                text("errorMessage")
                    .or(text("message"))
                    .unwrap_or_else(|| "-".to_string()),
            ),
        ]);
    }
    t.render(p)
}

/// `2026-12-01T10:00:00.1234567Z` → `2026-12-01 10:00:00`.
fn second(t: &str) -> String {
    t.get(..19).map_or_else(|| t.to_string(), |s| s.replace('T', " "))
}

fn minute(t: &str) -> String {
    t.get(..16).map_or_else(|| t.to_string(), |s| s.replace('T', " "))
}

/// The service's free text never moves the cursor.
fn clean(s: &str) -> String {
    crate::term::sanitize(s).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_summary_leads_and_the_service_text_is_escaped() {
        let doc = json!({"name": "web-pool", "resourceGroup": "web-rg", "start": "2026-12-04T07:00:00Z",
            "end": "2026-12-05T07:00:00Z", "source": "pool",
            "summary": {"reusesServed": 3, "reusesNotServed": 1, "hitRate": 0.75, "degraded": 1,
                "degradedSeconds": 30, "exhaustions": 0, "settingsChanges": 0},
            "events": [{"TimeGenerated": "2026-12-04T10:00:00.1234567Z", "EventName": "StandbyPoolReuseFailure",
                "event": "not served: created new", "errorMessage": "no VM\u{1b}[2J ready"}]});
        let text = render(
            &doc,
            &Palette {
                color: false,
                width: Some(80),
            },
        );
        assert!(
            text.contains("Reuses        3 served, 1 not served: hit rate 75%"),
            "{text}"
        );
        assert!(text.contains("2026-12-04 10:00:00"), "{text}");
        assert!(text.contains("no VM\\x1b[2J ready"), "{text}");
        assert!(!text.contains('\u{1b}'), "{text}");
        assert!(text.lines().all(|l| l.chars().count() <= 80), "{text}");
    }

    #[test]
    fn a_long_group_goes_whole_on_its_own_line() {
        let rg = "a-resource-group-name-that-is-long-enough-to-push-the-title-past-80";
        let doc = json!({"name": "web-pool-with-a-long-name", "resourceGroup": rg, "summary": {}, "events": [],
            "workspace": "a-workspace-with-a-rather-long-name", "diagnosticSetting": "a-setting-with-a-long-name-too"});
        let text = render(
            &doc,
            &Palette {
                color: false,
                width: Some(80),
            },
        );
        assert!(text.contains(&format!("\n  in {rg}\n")), "{text}");
        assert!(text.lines().all(|l| l.chars().count() <= 80), "{text}");
    }
}

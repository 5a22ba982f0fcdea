//! Durations: ISO-8601 as the service writes them (`PT2S`, `PT1H30M`, `P1D`), and the
//! short form people read and type (`2s`, `1h30m`). The one parser and the one
//! formatter for both; the forecast's interval arrives in minutes and is shown by `human`.

use std::time::Duration;

/// `PnDTnHnMnS` (any part optional, seconds may have a fraction; weeks as `PnW`).
/// Years and months have no fixed length, so they are not read; nor is anything else.
pub fn iso8601(text: &str) -> Option<Duration> {
    let rest = text.strip_prefix('P')?;
    if rest.is_empty() {
        return None;
    }
    let (date, time) = match rest.split_once('T') {
        Some((_, "")) => return None,
        Some((d, t)) => (d, t),
        None => (rest, ""),
    };
    let mut secs = 0f64;
    for (part, units) in [
        (date, &[('W', 604_800.0), ('D', 86_400.0)][..]),
        (time, &[('H', 3600.0), ('M', 60.0), ('S', 1.0)][..]),
    ] {
        let mut number = String::new();
        let mut next_unit = 0;
        for c in part.chars() {
            if c.is_ascii_digit() || (c == '.' && units.len() == 3) {
                number.push(c);
                continue;
            }
            let at = units.iter().skip(next_unit).position(|(u, _)| *u == c)? + next_unit;
            let n: f64 = number.parse().ok()?;
            // Only seconds may have a fraction.
            if number.contains('.') && c != 'S' {
                return None;
            }
            secs += n * units[at].1;
            number.clear();
            next_unit = at + 1;
        }
        if !number.is_empty() {
            return None;
        }
    }
    (secs.is_finite() && secs < 1e12).then(|| Duration::from_secs_f64(secs))
}

/// `90s`, `10m`, `1h`, `1h30m`, `2d`: a duration as people type it.
pub fn human(d: Duration) -> String {
    let ms = d.as_millis();
    if !ms.is_multiple_of(1000) {
        return format!("{:.1}s", d.as_secs_f64());
    }
    let s = d.as_secs();
    if s >= 86_400 && s.is_multiple_of(3600) {
        let (days, hours) = (s / 86_400, (s % 86_400) / 3600);
        return if hours == 0 {
            format!("{days}d")
        } else {
            format!("{days}d{hours}h")
        };
    }
    match (s / 3600, (s % 3600) / 60, s % 60) {
        (0, 0, sec) => format!("{sec}s"),
        (0, m, 0) => format!("{m}m"),
        (0, m, sec) => format!("{m}m{sec}s"),
        (h, 0, 0) => format!("{h}h"),
        (h, m, 0) => format!("{h}h{m}m"),
        (h, m, sec) => format!("{h}h{m}m{sec}s"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_durations_the_service_writes() {
        let s = |n: u64| Some(Duration::from_secs(n));
        assert_eq!(iso8601("PT2S"), s(2));
        assert_eq!(iso8601("PT15M"), s(900));
        assert_eq!(iso8601("PT1H30M"), s(5400));
        assert_eq!(iso8601("P1D"), s(86_400));
        assert_eq!(iso8601("P1DT2H"), s(93_600));
        assert_eq!(iso8601("P1W"), s(604_800));
        assert_eq!(iso8601("PT0.5S"), Some(Duration::from_millis(500)));
        for bad in [
            "",
            "P",
            "PT",
            "2S",
            "PT2",
            "PTS",
            "PT1M1H",
            "P1M",
            "PT1.5M",
            "P1Y",
            "PT\u{1b}S",
            "PT99999999999999999999H",
        ] {
            assert_eq!(iso8601(bad), None, "{bad}");
        }
    }

    #[test]
    fn durations_read_as_typed() {
        assert_eq!(human(Duration::from_secs(600)), "10m");
        assert_eq!(human(Duration::from_secs(90)), "1m30s");
        assert_eq!(human(Duration::from_secs(3600)), "1h");
        assert_eq!(human(Duration::from_secs(5)), "5s");
        assert_eq!(human(Duration::from_millis(1500)), "1.5s");
        assert_eq!(human(Duration::from_secs(12 * 3600)), "12h");
        assert_eq!(human(Duration::from_secs(2 * 86_400)), "2d");
        assert_eq!(human(Duration::from_secs(86_400 + 3600)), "1d1h");
    }
}

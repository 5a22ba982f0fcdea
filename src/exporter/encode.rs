//! The two exposition formats, written from one list of metric families.
//!
//! Why by hand: the `prometheus` crate (tikv) fixes one label set per family, so a pool
//! without zones could not go without a `zone` label, and it writes no OpenMetrics;
//! `prometheus-client` writes only OpenMetrics and leaves label values unescaped
//! (prometheus/client_rust#151), which a hostile pool name would turn into forged lines.
//! Both formats are small and specified; promtool and a real Prometheus check ours.

use std::fmt::Write;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Type {
    Gauge,
    /// Family name without `_total`; samples carry it.
    Counter,
    /// A string fact: family name without `_info`; samples carry it and the value 1.
    Info,
}

#[derive(Debug, Clone)]
pub struct Family {
    pub name: &'static str,
    pub help: &'static str,
    pub kind: Type,
    pub samples: Vec<Sample>,
}

#[derive(Debug, Clone)]
pub struct Sample {
    pub labels: Vec<(&'static str, String)>,
    pub value: f64,
}

impl Family {
    pub fn new(name: &'static str, kind: Type, help: &'static str) -> Family {
        Family {
            name,
            help,
            kind,
            samples: Vec::new(),
        }
    }

    pub fn push(&mut self, labels: Vec<(&'static str, String)>, value: f64) {
        self.samples.push(Sample { labels, value });
    }

    fn sample_name(&self) -> String {
        match self.kind {
            Type::Gauge => self.name.to_string(),
            Type::Counter => format!("{}_total", self.name),
            Type::Info => format!("{}_info", self.name),
        }
    }
}

/// `text/plain; version=0.0.4`: what `promtool check metrics` reads.
pub fn prometheus_text(families: &[Family]) -> String {
    let mut out = String::new();
    for f in families.iter().filter(|f| !f.samples.is_empty()) {
        let name = f.sample_name();
        let kind = match f.kind {
            Type::Counter => "counter",
            Type::Gauge | Type::Info => "gauge",
        };
        let _ = writeln!(out, "# HELP {name} {}", escape_help(f.help, false));
        let _ = writeln!(out, "# TYPE {name} {kind}");
        write_samples(&mut out, &name, f);
    }
    out
}

/// `application/openmetrics-text; version=1.0.0`: what Prometheus asks for first.
pub fn open_metrics(families: &[Family]) -> String {
    let mut out = String::new();
    for f in families.iter().filter(|f| !f.samples.is_empty()) {
        let kind = match f.kind {
            Type::Counter => "counter",
            Type::Gauge => "gauge",
            Type::Info => "info",
        };
        let _ = writeln!(out, "# TYPE {} {kind}", f.name);
        let _ = writeln!(out, "# HELP {} {}", f.name, escape_help(f.help, true));
        write_samples(&mut out, &f.sample_name(), f);
    }
    out.push_str("# EOF\n");
    out
}

fn write_samples(out: &mut String, name: &str, f: &Family) {
    for s in &f.samples {
        out.push_str(name);
        if !s.labels.is_empty() {
            out.push('{');
            for (i, (k, v)) in s.labels.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(k);
                out.push_str("=\"");
                escape_label_value(out, v);
                out.push('"');
            }
            out.push('}');
        }
        out.push(' ');
        push_value(out, if f.kind == Type::Info { 1.0 } else { s.value });
        out.push('\n');
    }
}

/// The three escapes both formats require inside a label value; everything else,
/// whatever the service sent, stays as it is and reads back exactly.
fn escape_label_value(out: &mut String, v: &str) {
    for c in v.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
}

fn escape_help(help: &str, quotes: bool) -> String {
    let mut s = help.replace('\\', "\\\\").replace('\n', "\\n");
    if quotes {
        s = s.replace('"', "\\\"");
    }
    s
}

fn push_value(out: &mut String, v: f64) {
    if v.is_nan() {
        out.push_str("NaN");
    } else if v.is_infinite() {
        out.push_str(if v > 0.0 { "+Inf" } else { "-Inf" });
    } else {
        let _ = write!(out, "{v}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample_families() -> Vec<Family> {
        let mut g = Family::new("standby_pool_ready_instances", Type::Gauge, "Ready instances.");
        g.push(vec![("pool", "a\"b\\c\nd".to_string()), ("zone", "1".into())], 3.0);
        g.push(vec![], 0.5);
        let mut c = Family::new("standby_exporter_arm_requests", Type::Counter, "ARM requests.");
        c.push(vec![("code", "200".into())], 12.0);
        let mut i = Family::new("standby_pool", Type::Info, "Facts.");
        i.push(vec![("state", "Succeeded".into())], 7.0);
        let empty = Family::new("standby_unused", Type::Gauge, "Never written.");
        vec![g, c, i, empty]
    }

    #[test]
    fn text_format_escapes_and_types() {
        assert_eq!(
            prometheus_text(&sample_families()),
            "# HELP standby_pool_ready_instances Ready instances.\n\
             # TYPE standby_pool_ready_instances gauge\n\
             standby_pool_ready_instances{pool=\"a\\\"b\\\\c\\nd\",zone=\"1\"} 3\n\
             standby_pool_ready_instances 0.5\n\
             # HELP standby_exporter_arm_requests_total ARM requests.\n\
             # TYPE standby_exporter_arm_requests_total counter\n\
             standby_exporter_arm_requests_total{code=\"200\"} 12\n\
             # HELP standby_pool_info Facts.\n\
             # TYPE standby_pool_info gauge\n\
             standby_pool_info{state=\"Succeeded\"} 1\n"
        );
    }

    #[test]
    fn open_metrics_names_families_and_ends() {
        let text = open_metrics(&sample_families());
        assert!(text.contains("# TYPE standby_exporter_arm_requests counter\n"));
        assert!(text.contains("\nstandby_exporter_arm_requests_total{code=\"200\"} 12\n"));
        assert!(text.contains("# TYPE standby_pool info\n"));
        assert!(text.ends_with("standby_pool_info{state=\"Succeeded\"} 1\n# EOF\n"));
        assert!(!text.contains("standby_unused"));
    }

    #[test]
    fn values() {
        let mut s = String::new();
        for v in [f64::NAN, f64::INFINITY, -0.25, 1e21, 42.0] {
            push_value(&mut s, v);
            s.push(' ');
        }
        assert_eq!(s, "NaN +Inf -0.25 1000000000000000000000 42 ");
    }
}

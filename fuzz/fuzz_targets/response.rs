//! Any bytes as an ARM response: error-body parsing, success-body decoding, the shape
//! checks, and every renderer for every kind of output; the same bytes as a `--query`.
//! Errors are fine; panics, stack overflows and broken invariants are findings:
//! - no table, tsv line or error line lets a control or bidi character through;
//! - a body that fails its shape check fails in every format, and one that passes
//!   renders as JSON;
//! - sanitising leaves nothing to sanitise.
#![no_main]

use libfuzzer_sys::fuzz_target;
use standby::arm::ArmError;
use standby::arm::client::decode;
use standby::model::check::check;
use standby::output::{Kind, Output};
use standby::render::{Format, Query, Settings, render};
use standby::term::{needs_escape, sanitize};

/// Text for a terminal: line breaks (and tsv's tabs) are ours, nothing else may control it.
fn assert_clean(text: &str, allowed: &[char], what: &str) {
    if let Some(c) = text.chars().find(|c| needs_escape(*c) && !allowed.contains(c)) {
        panic!("{what} let {c:?} through: {text:?}");
    }
}

fuzz_target!(|data: &[u8]| {
    let status = data.first().map(|b| 400 + u16::from(*b) % 200).unwrap_or(500);
    let err: anyhow::Error = ArmError::from_response(status, data, None).into();
    for line in standby::exit::describe(&err) {
        assert_clean(&line, &[], "an error line");
    }
    if let Ok(text) = std::str::from_utf8(data) {
        let once = sanitize(text).into_owned();
        assert_clean(&once, &[], "sanitize");
        assert_eq!(sanitize(&once), once.as_str(), "sanitize is not idempotent");
        if let Ok(q) = Query::compile(text) {
            let _ = q.apply(&serde_json::json!({"a": [1, {"b": "c"}], "name": "n"}));
        }
    }
    let Ok(fetched) = decode(data, 200, Some("application/json"), None) else {
        return;
    };
    for kind in Kind::ALL {
        let out = Output::one(kind, fetched.body.clone());
        let shaped = check(kind, &fetched.body).is_ok();
        for format in Format::ALL {
            for color in [false, true] {
                let settings = Settings { format, color, width: Some(80), query: None };
                let result = render(&out, &settings);
                if !shaped {
                    assert!(result.is_err(), "{kind:?} -o {format:?}: a body of the wrong shape was rendered");
                    continue;
                }
                if format == Format::Json {
                    assert!(result.is_ok(), "{kind:?}: a body of the right shape failed as JSON");
                }
                let Ok(text) = result else { continue };
                match format {
                    Format::Table if !color => assert_clean(&text, &['\n'], "a table"),
                    Format::Tsv => assert_clean(&text, &['\n', '\t'], "tsv"),
                    _ => {}
                }
            }
        }
    }
});

//! Any bytes as an ARM response: error-body parsing, success-body decoding, and every
//! renderer for every kind of output. Errors are fine; panics are findings.
#![no_main]

use libfuzzer_sys::fuzz_target;
use standby::arm::ArmError;
use standby::arm::client::decode;
use standby::output::{Kind, Output};
use standby::render::{Format, Settings, render};

fuzz_target!(|data: &[u8]| {
    let status = data.first().map(|b| 400 + u16::from(*b) % 200).unwrap_or(500);
    let _ = ArmError::from_response(status, data, None).to_string();
    let Ok(fetched) = decode(data, 200, Some("application/json"), None) else {
        return;
    };
    for kind in Kind::ALL {
        let out = Output::one(kind, fetched.body.clone());
        for format in Format::ALL {
            for color in [false, true] {
                let settings = Settings { format, color, width: Some(80), query: None };
                let _ = render(&out, &settings);
            }
        }
    }
});

//! `watch` and `wait` against the fake ARM, with runtime views that change from poll to
//! poll (scripted replies for `/runtimeViews/latest`; the pool resource is the fixture:
//! Deallocated, maxReadyCapacity 10). Fractional `--interval`s keep them fast. The
//! full-screen view runs in a real pseudo-terminal (tmux).

use crate::common;

use common::{Env, FakeArm, Reply, fixture, json, run};
use serde_json::Value;
use std::time::{Duration, Instant};

const VIEW: &str = "/runtimeViews/latest";

/// A runtime view with `ready` Deallocated (ready) instances in zone 1 and none elsewhere.
fn view(ready: i64) -> Value {
    let mut v = json(&fixture("vmpool-runtime.json", "rg", "pool"));
    for (i, zone) in v["properties"]["instanceCountSummary"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .enumerate()
    {
        for sc in zone["instanceCountsByState"].as_array_mut().unwrap() {
            if sc["state"] == "Deallocated" {
                sc["count"] = (if i == 0 { ready } else { 0 }).into();
            }
        }
    }
    v
}

fn replies(counts: &[i64]) -> Vec<Reply> {
    counts.iter().map(|&n| Reply::json(200, view(n))).collect()
}

fn ready_in(line: &Value) -> i64 {
    line["instanceCountSummary"][0]["instanceCountsByState"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["state"] == "Deallocated")
        .unwrap()["count"]
        .as_i64()
        .unwrap()
}

#[test]
fn watch_prints_a_line_per_change() {
    let fake = FakeArm::start();
    fake.script(VIEW, replies(&[3, 3, 5, 5, 6]));
    let r = run(
        &mut Env::new().cmd(&fake),
        &[
            "vm-pool",
            "watch",
            "-g",
            "rg",
            "-n",
            "pool",
            "--interval",
            "0.1",
            "--count",
            "6",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stderr, "");
    let lines: Vec<Value> = r.stdout.lines().map(json).collect();
    assert_eq!(lines.len(), 3, "{}", r.stdout);
    assert_eq!(lines.iter().map(ready_in).collect::<Vec<_>>(), [3, 5, 6]);
    // Compact lines: what `status -o json` prints, plus observedAt.
    assert!(r.stdout.lines().all(|l| serde_json::to_string(&json(l)).unwrap() == l));
    for line in &lines {
        let at = line["observedAt"].as_str().unwrap();
        assert!(at.len() >= 20 && at.ends_with('Z') && at.as_bytes()[10] == b'T', "{at}");
        assert_eq!(line["resourceGroup"], "rg");
        assert_eq!(line["provisioningState"], "Succeeded");
    }
    // --count counts polls; the pool resource is not needed for lines.
    assert_eq!(fake.count(VIEW), 6);
    assert_eq!(fake.count("/standbyVirtualMachinePools/pool"), 0);
}

#[test]
fn watch_lines_go_through_the_query_and_count_failed_polls() {
    let fake = FakeArm::start();
    let mut script = replies(&[1]);
    script.push(Reply::error(429, "TooManyRequests", "slow down"));
    script.extend(replies(&[2]));
    fake.script(VIEW, script);
    let r = run(
        &mut Env::new().cmd(&fake),
        &[
            "vm-pool",
            "watch",
            "-g",
            "rg",
            "-n",
            "pool",
            "--interval",
            "0.1",
            "--count",
            "3",
            "--max-retry-wait",
            "0",
            "-o",
            "json",
            "--query",
            "{zone1: instanceCountSummary[0].instanceCountsByState[?state=='Deallocated'].count | [0], at: observedAt}",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines: Vec<Value> = r.stdout.lines().map(json).collect();
    assert_eq!(lines.len(), 2, "{}", r.stdout);
    assert_eq!(lines[0]["zone1"], 1);
    assert_eq!(lines[1]["zone1"], 2);
    assert!(lines[1]["at"].is_string());
    assert!(r.stderr.contains("poll 2 failed; polling on"), "{}", r.stderr);
    assert_eq!(fake.count(VIEW), 3);
}

#[test]
fn watch_ends_with_3_when_the_pool_disappears() {
    let fake = FakeArm::start();
    let mut script = replies(&[4]);
    script.push(Reply::error(404, "ResourceNotFound", "The Resource was not found."));
    fake.script(VIEW, script);
    let r = run(
        &mut Env::new().cmd(&fake),
        &["vm-pool", "watch", "-g", "rg", "-n", "pool", "--interval", "0.1"],
    );
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert_eq!(r.stdout.lines().count(), 1);
    assert!(r.stderr.contains("ResourceNotFound"), "{}", r.stderr);
}

fn wait(fake: &FakeArm, name: &str, extra: &[&str]) -> (common::Run, Duration) {
    let mut args = vec!["vm-pool", "wait", "-g", "rg", "-n", name, "--interval", "0.1"];
    args.extend_from_slice(extra);
    let started = Instant::now();
    let r = run(&mut Env::new().cmd(fake), &args);
    (r, started.elapsed())
}

#[test]
fn wait_succeeds_on_the_third_poll() {
    let fake = FakeArm::start();
    fake.script(VIEW, replies(&[2, 5, 8, 1]));
    let (r, _) = wait(&fake, "pool", &["--ready", "8", "-o", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    // Off a terminal and without --verbose, nothing on stderr.
    assert_eq!(r.stderr, "");
    assert_eq!(ready_in(&json(&r.stdout)), 8);
    assert_eq!(fake.count(VIEW), 3);
    // The target (which state counts as ready) comes from the pool resource, read once.
    assert_eq!(fake.count("/standbyVirtualMachinePools/pool"), 1);
}

#[test]
fn wait_checks_the_first_poll_and_prints_nothing_with_none() {
    let fake = FakeArm::start();
    fake.script(VIEW, replies(&[8]));
    // 80 % of maxReadyCapacity 10 is 8; the fixture's health is healthy and Succeeded.
    let (r, _) = wait(&fake, "pool", &["--ready-percent", "80", "--healthy", "-o", "none"]);
    assert_eq!((r.code, r.stdout.as_str(), r.stderr.as_str()), (0, "", ""));
    assert_eq!(fake.count(VIEW), 1);
}

#[test]
fn wait_times_out_with_4_and_says_what_it_saw() {
    let fake = FakeArm::start();
    fake.script(VIEW, replies(&[5]));
    let (r, took) = wait(&fake, "pool", &["--ready", "8", "--timeout", "1s", "-o", "json"]);
    assert_eq!(r.code, 4, "{}", r.stderr);
    assert_eq!(
        r.stderr,
        "timed out after 1s waiting for 8 ready instances of pool pool: 5 ready\n"
    );
    // stdout: the last status seen.
    assert_eq!(ready_in(&json(&r.stdout)), 5);
    assert!(took >= Duration::from_secs(1), "{took:?}");
    assert!(fake.count(VIEW) >= 3);
}

#[test]
fn wait_zero_checks_once() {
    let fake = FakeArm::start();
    fake.script(VIEW, replies(&[5]));
    let (r, _) = wait(
        &fake,
        "pool",
        &["--ready", "2", "--zone", "2", "--timeout", "0", "-o", "none"],
    );
    assert_eq!(r.code, 4, "{}", r.stderr);
    assert_eq!(
        r.stderr,
        "timed out after 0s waiting for 2 ready instances in zone 2 of pool pool: 0 ready in zone 2 (5 in the pool)\n"
    );
    assert_eq!(fake.count(VIEW), 1);
}

#[test]
fn wait_ends_at_once_on_404_and_403() {
    let fake = FakeArm::start();
    let (r, took) = wait(&fake, "missing", &["--ready", "1", "--timeout", "1m"]);
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert_eq!(r.stdout, "");
    assert!(took < Duration::from_secs(20), "{took:?}");
    let (r, took) = wait(&fake, "forbidden", &["--healthy", "--timeout", "1m"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("AuthorizationFailed"), "{}", r.stderr);
    assert!(took < Duration::from_secs(20), "{took:?}");
    // Neither was retried.
    assert_eq!(
        fake.count("/pools/missing/runtimeViews/latest") + fake.count("/forbidden/runtimeViews/latest"),
        1
    );
}

#[test]
fn wait_survives_throttling_in_between() {
    let fake = FakeArm::start();
    let mut script = replies(&[2]);
    script.push(Reply::error(429, "TooManyRequests", "Too many requests.").header("retry-after", "0"));
    script.push(Reply::error(503, "ServiceUnavailable", "Try again."));
    script.extend(replies(&[8]));
    fake.script(VIEW, script);
    let (r, _) = wait(
        &fake,
        "pool",
        &["--ready", "8", "--max-retry-wait", "0", "--verbose", "-o", "none"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    // The 429 asked for no wait, so the client retried it within the poll; the 503 then
    // failed that poll, and the next one found the pool ready.
    assert_eq!(fake.count(VIEW), 4);
    // --verbose tells each poll, failed ones included.
    assert!(r.stderr.contains("INFO: poll 1: 2 ready"), "{}", r.stderr);
    assert!(r.stderr.contains("INFO: poll 2 failed; polling on"), "{}", r.stderr);
    assert!(r.stderr.contains("INFO: poll 3: 8 ready"), "{}", r.stderr);
}

#[test]
fn usage_errors_send_nothing() {
    let fake = FakeArm::start();
    for extra in [
        &[][..],
        &["--ready", "1", "--interval", "0"][..],
        &["--ready", "1", "--timeout", "10 minutes"][..],
        &["--ready-percent", "101"][..],
        &["--healthy", "--zone", "1"][..],
    ] {
        let (r, _) = wait(&fake, "pool", extra);
        assert_eq!(r.code, 2, "{extra:?}: {}", r.stderr);
    }
    let r = run(
        &mut Env::new().cmd(&fake),
        &["vm-pool", "watch", "-g", "rg", "-n", "pool", "--interval", "0"],
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(fake.seen().is_empty());
}

#[test]
fn other_commands_keep_a_per_request_timeout() {
    let fake = FakeArm::start();
    let r = run(
        &mut Env::new().cmd(&fake),
        &[
            "vm-pool",
            "status",
            "-g",
            "rg",
            "-n",
            "pool",
            "--timeout",
            "5",
            "-o",
            "json",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let help = run(&mut Env::new().bare(), &["vm-pool", "wait", "--help"]);
    assert!(help.stdout.contains("overall deadline"), "{}", help.stdout);
    let help = run(&mut Env::new().bare(), &["vm-pool", "status", "--help"]);
    assert!(help.stdout.contains("each request's answer"), "{}", help.stdout);
}

#[test]
fn the_status_table_draws_the_forecast() {
    let fake = FakeArm::start();
    let r = run(
        &mut Env::new().cmd(&fake),
        &["vm-pool", "status", "-g", "rg", "-n", "pool", "-o", "table"],
    );
    assert!(
        r.stdout.contains("Forecast      every 1h from 2025-03-27 23:45 UTC, accuracy 85%\n  last 12h    ▇▄▂▇▇▂▃▅▅▃▂▅ 9 4 2 8 8 2 3 6 5 3 2 6\n  next 6h     ▇▇█▇▇▇ 8 9 10 9 8 8\n"),
        "{}",
        r.stdout
    );
}

/// A tmux server of this test's own (its own socket), killed when the test ends.
struct Tmux {
    socket: String,
}

impl Tmux {
    fn cmd(&self, args: &[&str]) -> String {
        let out = std::process::Command::new("tmux")
            .args(["-L", &self.socket])
            .args(args)
            .output()
            .expect("tmux");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn screen(&self) -> String {
        self.cmd(&["capture-pane", "-p", "-t", "live"])
    }

    fn wait_for(&self, what: &str) -> String {
        let until = Instant::now() + Duration::from_secs(30);
        loop {
            let screen = self.screen();
            if screen.contains(what) || Instant::now() > until {
                return screen;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        self.cmd(&["kill-server"]);
    }
}

/// `vm-pool watch` in a tmux terminal of `columns`×`rows` of its own, against a fake
/// whose view goes 3, 4, 7 ready; the fake and the environment live as long as it.
fn watch_in_tmux(columns: &str, rows: &str) -> (Tmux, FakeArm, Env) {
    let fake = FakeArm::start();
    fake.script(VIEW, replies(&[3, 4, 7]));
    let env = Env::new();
    let script = env.home.path().join("watch.sh");
    let quote = |p: &std::path::Path| format!("'{}'", p.display());
    std::fs::write(
        &script,
        format!(
            "export HOME={home} AZURE_CONFIG_DIR={home}/.azure STANDBY_ARM_ENDPOINT={url} \
             REQUESTS_CA_BUNDLE={ca} AZURE_SUBSCRIPTION_ID={sub} STANDBY_ACCESS_TOKEN={token} \
             NO_PROXY=127.0.0.1 NO_COLOR=1 TERM=xterm-256color\n\
             {bin} vm-pool watch -g rg -n pool --interval 0.3\necho \"EXIT=$?\"\nsleep 60\n",
            home = quote(env.home.path()),
            url = fake.url,
            ca = quote(&fake.ca_file),
            sub = common::SUBSCRIPTION,
            token = common::TOKEN,
            bin = quote(std::path::Path::new(env!("CARGO_BIN_EXE_standby"))),
        ),
    )
    .unwrap();
    let tmux = Tmux {
        socket: format!("standby-live-{columns}x{rows}-{}", std::process::id()),
    };
    tmux.cmd(&[
        "new-session",
        "-d",
        "-s",
        "live",
        "-x",
        columns,
        "-y",
        rows,
        "sh",
        script.to_str().unwrap(),
    ]);
    (tmux, fake, env)
}

#[test]
fn at_80_by_24_the_change_stays_on_screen() {
    if common::require("tmux", "tmux").is_none() {
        return;
    }
    let (tmux, _fake, _env) = watch_in_tmux("80", "24");
    // Three zones, the key to the abbreviations and the forecast with its history fill
    // the screen: the change shrinks to one line rather than fall off the bottom.
    let screen = tmux.wait_for("7▲3");
    assert!(
        screen.contains("Changed") && screen.contains("zone 1 Deallocated 7▲3"),
        "{screen}"
    );
    assert!(screen.contains("Ready         7 of 8"), "{screen}");
    assert_eq!(screen.matches("Forecast").count(), 1, "{screen}");
    assert!(screen.trim_end().ends_with("q quits"), "{screen}");
    assert!(screen.lines().all(|l| l.chars().count() <= 80), "{screen}");
}

#[test]
fn the_terminal_view_redraws_in_place_and_q_restores_the_screen() {
    if common::require("tmux", "tmux").is_none() {
        return;
    }
    let (tmux, _fake, _env) = watch_in_tmux("100", "40");
    let screen = tmux.wait_for("Ready         7 of 8");
    assert!(
        screen.contains("Ready         7 of 8 (max 10 − 2 in scale set myScaleSet; min 5)"),
        "{screen}"
    );
    // Drawn in place: the frame starts at the top row, once, with the latest counts.
    assert!(
        screen.starts_with("standby vm-pool watch · pool · every 0.3s"),
        "{screen}"
    );
    assert_eq!(screen.matches("standby vm-pool watch").count(), 1, "{screen}");
    assert!(screen.contains("7 ▲3"), "{screen}");
    // One forecast, the status table's, beside its history.
    assert_eq!(screen.matches("Forecast").count(), 1, "{screen}");
    assert!(
        screen.contains("Forecast      every 1h from 2025-03-27 23:45 UTC, accuracy 85%"),
        "{screen}"
    );
    assert!(screen.contains("  last 12h    "), "{screen}");
    assert!(screen.contains("q quits"), "{screen}");
    assert_eq!(
        tmux.cmd(&["display", "-p", "-t", "live", "#{alternate_on}"]).trim(),
        "1"
    );

    tmux.cmd(&["send-keys", "-t", "live", "q"]);
    let screen = tmux.wait_for("EXIT=");
    assert!(screen.contains("EXIT=0"), "{screen}");
    // The screen is the one from before: no frame left, cursor shown, no alternate screen.
    assert!(!screen.contains("standby vm-pool watch"), "{screen}");
    assert_eq!(
        tmux.cmd(&["display", "-p", "-t", "live", "#{alternate_on}"]).trim(),
        "0"
    );
    assert_eq!(tmux.cmd(&["display", "-p", "-t", "live", "#{cursor_flag}"]).trim(), "1");
}

/// The `watch … -o json | jq` example of docs/commands.md.
#[test]
fn the_docs_jq_example_reads_the_lines() {
    let Some(jq) = common::require("jq", "jq") else {
        return;
    };
    let fake = FakeArm::start();
    let r = run(
        &mut Env::new().cmd(&fake),
        &[
            "vm-pool", "watch", "-g", "rg", "-n", "pool", "--count", "1", "-o", "json",
        ],
    );
    let mut jq = std::process::Command::new(jq)
        .args([
            "-c",
            "{at: .observedAt, zones: [.instanceCountSummary[].instanceCountsByState[] | select(.state == \"Deallocated\") | .count]}",
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    jq.stdin.take().unwrap().write_all(r.stdout.as_bytes()).unwrap();
    let out = jq.wait_with_output().unwrap();
    let line = json(&String::from_utf8(out.stdout).unwrap());
    assert_eq!(line["zones"], serde_json::json!([3, 2, 3]));
}

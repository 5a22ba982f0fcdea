#!/usr/bin/env bash
# Builds the .deb, installs it for real with dpkg and checks, as a user would, that the
# binary, tab completion in bash, zsh and fish, the man pages and the examples work from
# where the package put them; then removes it and checks that every file is gone. Builds the .rpm
# too and checks that it holds the same files in Fedora's places.
#
# Needs root on Debian or Ubuntu. Exit status: 0 passed, 1 failed, 77 could not run here
# (the reason is printed). It never leaves the package (azure-standby, which installs the
# standby command) installed, and it refuses to run when a standby is installed already,
# so that it cannot remove someone's own copy.
#
#   STANDBY_PKG_PROFILE  cargo profile of the packed binary (default: pkg-test, a quick
#                        build; releases pack the dist profile's binary instead)
#   STANDBY_PKG_INSTALL  1: install what is missing (apt packages, cargo-deb,
#                        cargo-generate-rpm) instead of skipping; .ci/run sets it
set -euo pipefail
cd "$(dirname "$0")/.."

profile=${STANDBY_PKG_PROFILE:-pkg-test}
may_install=${STANDBY_PKG_INSTALL:-0}
# The packaging tools are pinned so that a new release of one cannot change CI's result.
cargo_deb_version=3.8.0
cargo_generate_rpm_version=0.21.1

skip() { echo "SKIPPED: $*"; exit 77; }
fail() { echo "FAILED: $*" >&2; exit 1; }
ok() { echo "ok: $*"; }

[ "$(id -u)" = 0 ] || skip "installing the .deb needs root"
command -v dpkg >/dev/null && command -v apt-get >/dev/null || skip "not Debian or Ubuntu (no dpkg, apt-get)"
# The .deb and .rpm are named azure-standby; the command they install is standby.
pkg=azure-standby
if dpkg -s "$pkg" >/dev/null 2>&1 || [ -e /usr/bin/standby ]; then
    skip "standby is installed on this machine already; remove it first (dpkg -r $pkg, or whatever put /usr/bin/standby there)"
fi

apt_updated=0
# Succeeds when every package named is installed, installing them when allowed.
have_apt() {
    local missing=() p
    for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
    [ ${#missing[@]} = 0 ] && return 0
    [ "$may_install" = 1 ] || return 1
    if [ $apt_updated = 0 ]; then apt-get update -qq >/dev/null 2>&1 || return 1; apt_updated=1; fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1
}
# have_cargo_tool SUBCOMMAND CRATE VERSION
have_cargo_tool() {
    cargo "$1" --version >/dev/null 2>&1 && return 0
    [ "$may_install" = 1 ] || return 1
    echo "installing $2 $3 (about a minute)"
    cargo install --quiet --locked "$2" --version "$3" >/dev/null 2>&1
}

have_apt man-db bash-completion tmux || skip "man-db, bash-completion and tmux are needed (apt-get install man-db bash-completion tmux)"
have_cargo_tool deb cargo-deb "$cargo_deb_version" || skip "cargo-deb is not installed (cargo install --locked cargo-deb)"

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
tmp=$(mktemp -d)
sock="standby-pkg-test-$$"
cleanup() {
    if dpkg -s "$pkg" >/dev/null 2>&1; then
        dpkg -r "$pkg" >/dev/null 2>&1 || echo "FAILED: could not remove the $pkg package" >&2
    fi
    tmux -L "$sock" kill-server 2>/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT

echo "building the binary (profile $profile) and the .deb"
cargo build --quiet --locked --profile "$profile"
mkdir -p target/pkg
cargo deb --quiet --no-build --profile "$profile" -o target/pkg/$pkg.deb >/dev/null

# What the package must install, and nothing else.
expected=(
    /usr/bin/standby
    /usr/share/bash-completion/completions/standby
    /usr/share/zsh/vendor-completions/_standby
    /usr/share/fish/vendor_completions.d/standby.fish
    /usr/share/doc/$pkg/README.md
    /usr/share/doc/$pkg/copyright
)
pages=()
for page in man/*.1; do
    pages+=("$(basename "$page" .1)")
    expected+=("/usr/share/man/man1/$(basename "$page").gz")
done
# The saved responses and the monitoring files, for users to read and try (--input).
examples=()
for example in examples/*.json examples/monitoring/*; do
    examples+=("/usr/share/doc/$pkg/$example")
done
expected+=("${examples[@]}")

dpkg -i target/pkg/$pkg.deb >/dev/null
ok "dpkg -i target/pkg/$pkg.deb"

# dpkg -L lists directories too; only the files are the package's own.
dpkg -L "$pkg" | while read -r f; do [ -d "$f" ] || echo "$f"; done | sort > "$tmp/installed"
printf '%s\n' "${expected[@]}" | sort > "$tmp/expected"
diff -u "$tmp/expected" "$tmp/installed" || fail "the package's files differ from the expected list (- expected, + installed)"
ok "installs exactly ${#expected[@]} files: the binary, 3 completions, ${#pages[@]} man pages, README, copyright and ${#examples[@]} examples"
for f in "${expected[@]}"; do [ -s "$f" ] || fail "$f is missing or empty"; done
for f in "${examples[@]}"; do [ "$(stat -c %a "$f")" = 644 ] || fail "$f is not mode 644"; done
grep -q "Permission is hereby granted" "/usr/share/doc/$pkg/copyright" \
    || fail "/usr/share/doc/$pkg/copyright lacks the licence text"
depends=$(dpkg-query -W -f '${Depends}' "$pkg")
[[ $depends =~ ^libc6(\ \([^,]*\))?$ ]] || fail "depends on more than libc6: $depends"
ok "depends on: $depends"

# A user's environment: a new home with Debian's default .bashrc, nothing on PATH but the
# system's, so what answers is the installed package and not a checkout or ~/.cargo/bin.
home=$tmp/home
mkdir -p "$home/.config/fish"
user_env=(env -i "HOME=$home" "PATH=/usr/bin:/bin" "TERM=xterm-256color" "LANG=C.UTF-8")

got=$("${user_env[@]}" standby --version)
[ "$got" = "standby $version" ] || fail "standby --version printed '$got', not 'standby $version'"
[ "$("${user_env[@]}" bash -c 'command -v standby')" = /usr/bin/standby ] || fail "standby is not found as /usr/bin/standby"
ok "/usr/bin/standby --version: $got"
# The README and docs/commands.md say where the examples are; one renders from there.
"${user_env[@]}" standby vm-pool status --input "/usr/share/doc/$pkg/examples/vmpool-status.json" -o table > "$tmp/example" \
    || fail "standby vm-pool status --input /usr/share/doc/$pkg/examples/vmpool-status.json failed"
grep -q "Provisioning" "$tmp/example" || fail "the installed example rendered no status table: $(cat "$tmp/example")"
ok "standby renders /usr/share/doc/$pkg/examples/vmpool-status.json"

# Types into an interactive shell under tmux, as at a keyboard, and reads the screen.
screen() { tmux -L "$sock" capture-pane -p -t "$1"; }
wait_for() { # SESSION TEXT
    local _
    for _ in $(seq 100); do
        screen "$1" | grep -qF -- "$2" && return 0
        sleep 0.1
    done
    echo "--- screen of $1, which never showed '$2':" >&2
    screen "$1" >&2
    return 1
}
# completes_in SHELL COMMAND...: starts COMMAND (the shell, with a prompt of "READY> ") and
# checks that `standby vm-pool st<TAB>` becomes `standby vm-pool status`.
completes_in() {
    local name=$1
    shift
    tmux -L "$sock" new-session -d -s "$name" -x 160 -y 40 "${user_env[@]}" "$@"
    wait_for "$name" "READY>" || fail "$name did not start"
    tmux -L "$sock" send-keys -t "$name" "standby vm-pool st" Tab
    wait_for "$name" "READY> standby vm-pool status" || fail "$name did not complete 'standby vm-pool st<TAB>' to 'status'"
    ok "$name completes 'standby vm-pool st<TAB>' to 'standby vm-pool status'"
}

if [ -f /etc/skel/.bashrc ] && grep -q bash_completion /etc/skel/.bashrc; then
    cp /etc/skel/.bashrc "$home/.bashrc"
else
    echo '. /usr/share/bash-completion/bash_completion' > "$home/.bashrc"
fi
echo 'PS1="READY> "' >> "$home/.bashrc"
completes_in bash bash -i
# bash-completion loads the script on the first <TAB>; extdebug makes declare -F say from which file.
tmux -L "$sock" send-keys -t bash C-u "shopt -s extdebug; declare -F _standby" Enter
wait_for bash "_standby 1 /usr/share/bash-completion/completions/standby" \
    || fail "bash's _standby does not come from /usr/share/bash-completion/completions/standby"
ok "bash loaded it from /usr/share/bash-completion/completions/standby"

if have_apt zsh; then
    # What a zsh user's ~/.zshrc has for completion: compinit, nothing about standby.
    printf '%s\n' 'autoload -Uz compinit && compinit -u' "PROMPT='READY> '" > "$home/.zshrc"
    completes_in zsh zsh -i
    found=$("${user_env[@]}" zsh -fc 'print -r -- $^fpath/_standby(N[1])')
    [ "$found" = /usr/share/zsh/vendor-completions/_standby ] || fail "zsh finds _standby at '$found'"
    ok "zsh finds it at $found"
else
    echo "SKIPPED: zsh is not installed, so its completion was not tried"
fi

if have_apt fish; then
    printf '%s\n' "set -g fish_greeting ''" "function fish_prompt; echo -n 'READY> '; end" > "$home/.config/fish/config.fish"
    completes_in fish fish -i
    found=$("${user_env[@]}" fish -c 'for d in $fish_complete_path; test -f $d/standby.fish; and echo $d/standby.fish; and break; end')
    [ "$found" = /usr/share/fish/vendor_completions.d/standby.fish ] || fail "fish finds standby.fish at '$found'"
    ok "fish finds it at $found"
else
    echo "SKIPPED: fish is not installed, so its completion was not tried"
fi

for page in "${pages[@]}"; do
    where=$("${user_env[@]}" man -w "$page") || fail "man -w $page found nothing"
    [ "$where" = "/usr/share/man/man1/$page.1.gz" ] || fail "man -w $page gave $where"
done
ok "man -w finds all ${#pages[@]} pages in /usr/share/man/man1 (man -w standby: $("${user_env[@]}" man -w standby))"
for page in standby standby-vm-pool-status; do
    "${user_env[@]}" MANPAGER=cat MANWIDTH=80 man "$page" > "$tmp/page" 2> "$tmp/errors" || fail "man $page failed: $(cat "$tmp/errors")"
    [ -s "$tmp/errors" ] && fail "man $page warned: $(cat "$tmp/errors")"
    grep -q "^NAME" "$tmp/page" && grep -q "^EXAMPLES" "$tmp/page" || fail "man $page lacks NAME or EXAMPLES"
    grep -qF "$page" "$tmp/page" || fail "man $page does not name itself"
done
ok "man standby and man standby-vm-pool-status render without warnings"

tmux -L "$sock" kill-server 2>/dev/null || true
dpkg -r "$pkg" >/dev/null
for f in "${expected[@]}"; do [ ! -e "$f" ] || fail "$f is still there after dpkg -r $pkg"; done
[ ! -e "/usr/share/doc/$pkg" ] || fail "/usr/share/doc/$pkg is still there after dpkg -r $pkg"
ok "dpkg -r $pkg removed all ${#expected[@]} files"

# The .rpm cannot be installed here, but its file list and contents can be read.
if have_apt rpm cpio && have_cargo_tool generate-rpm cargo-generate-rpm "$cargo_generate_rpm_version"; then
    packaging/stage-man.sh >/dev/null
    cargo generate-rpm --profile "$profile" -o target/pkg/$pkg.rpm >/dev/null
    rpm_expected=(
        /usr/bin/standby
        /usr/share/bash-completion/completions/standby
        /usr/share/zsh/site-functions/_standby
        /usr/share/fish/vendor_completions.d/standby.fish
        /usr/share/doc/$pkg/README.md
        /usr/share/licenses/$pkg/LICENSE
    )
    for page in "${pages[@]}"; do rpm_expected+=("/usr/share/man/man1/$page.1.gz"); done
    rpm_expected+=("${examples[@]}")
    rpm -qlp target/pkg/$pkg.rpm 2>/dev/null | sort > "$tmp/rpm-files"
    printf '%s\n' "${rpm_expected[@]}" | sort > "$tmp/rpm-expected"
    diff -u "$tmp/rpm-expected" "$tmp/rpm-files" || fail "the .rpm's files differ from the expected list (- expected, + in the .rpm)"
    ok "rpm -qlp lists exactly ${#rpm_expected[@]} files: the binary, 3 completions, ${#pages[@]} man pages, README, LICENSE and ${#examples[@]} examples"
    rpm -K --nosignature target/pkg/$pkg.rpm >/dev/null || fail "the .rpm's digests do not match its contents"
    # Debian's rpm2cpio exits 1 after writing the whole payload of a zstd-compressed rpm; the
    # comparisons below catch a payload that is really cut short.
    rpm2cpio target/pkg/$pkg.rpm > "$tmp/payload.cpio" 2>/dev/null || true
    mkdir -p "$tmp/rpm"
    (cd "$tmp/rpm" && cpio -idm --quiet < "$tmp/payload.cpio")
    cmp -s "$tmp/rpm/usr/share/bash-completion/completions/standby" completions/standby.bash || fail "the .rpm's bash completion is not completions/standby.bash"
    for page in "${pages[@]}"; do
        zcat "$tmp/rpm/usr/share/man/man1/$page.1.gz" | cmp -s - "man/$page.1" || fail "the .rpm's $page.1.gz is not man/$page.1 gzipped"
    done
    [ "$(stat -c %a "$tmp/rpm/usr/bin/standby")" = 755 ] || fail "the .rpm's /usr/bin/standby is not mode 755"
    for example in examples/*.json examples/monitoring/*; do
        cmp -s "$tmp/rpm/usr/share/doc/$pkg/$example" "$example" || fail "the .rpm's $example is not the committed one"
        [ "$(stat -c %a "$tmp/rpm/usr/share/doc/$pkg/$example")" = 644 ] || fail "the .rpm's $example is not mode 644"
    done
    libraries=$(rpm -qp --requires target/pkg/$pkg.rpm 2>/dev/null | grep -v '^rpmlib(' | sed 's/(.*//' | sort -u)
    if grep -qE 'libssl|libcrypto' <<< "$libraries"; then fail "the .rpm requires OpenSSL: $libraries"; fi
    ok "the .rpm's completions and gzipped man pages are the committed ones; requires: $(echo $libraries)"
else
    echo "SKIPPED: rpm, cpio or cargo-generate-rpm is not installed, so the .rpm was not built and read"
fi

echo "packages: all checks passed"

# Homebrew formula for standby, published to the tap by .github/workflows/publish-homebrew.yml
# on every release. It replaces the formula dist generates, which installs neither the
# completions nor the man pages (axodotdev/cargo-dist#2429).
#
# The @VERSION@ and @SHA256_<target>@ placeholders are filled in by that workflow from the
# release's archives; OWNER is the same placeholder as in Cargo.toml's repository.
class Standby < Formula
  desc "Fast, native command-line tool for Azure standby pools and their instances"
  homepage "https://github.com/OWNER/standby"
  version "@VERSION@"
  license "MIT"

  on_macos do
    on_arm do
      url "https://github.com/OWNER/standby/releases/download/v#{version}/azure-standby-aarch64-apple-darwin.tar.xz"
      sha256 "@SHA256_aarch64-apple-darwin@"
    end
    on_intel do
      url "https://github.com/OWNER/standby/releases/download/v#{version}/azure-standby-x86_64-apple-darwin.tar.xz"
      sha256 "@SHA256_x86_64-apple-darwin@"
    end
  end

  on_linux do
    on_arm do
      url "https://github.com/OWNER/standby/releases/download/v#{version}/azure-standby-aarch64-unknown-linux-gnu.tar.xz"
      sha256 "@SHA256_aarch64-unknown-linux-gnu@"
    end
    on_intel do
      url "https://github.com/OWNER/standby/releases/download/v#{version}/azure-standby-x86_64-unknown-linux-gnu.tar.xz"
      sha256 "@SHA256_x86_64-unknown-linux-gnu@"
    end
  end

  def install
    bin.install "standby"
    # The binary prints each script for its own version: `standby completions bash|zsh|fish`.
    generate_completions_from_executable(bin/"standby", "completions")
    # One page per command; the glob takes in the pages of commands added later.
    man1.install Dir["man/*.1"]
    # README.md and LICENSE need no line: Homebrew installs them into the keg by itself.
  end

  test do
    assert_equal "standby #{version}", shell_output("#{bin}/standby --version").strip
    assert_path_exists bash_completion/"standby"
    assert_path_exists zsh_completion/"_standby"
    assert_path_exists fish_completion/"standby.fish"
    assert_path_exists man1/"standby.1"
    assert_path_exists man1/"standby-vm-pool-status.1"
  end
end

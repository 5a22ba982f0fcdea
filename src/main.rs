//! standby: parse → resolve the context → run the command → render → exit code.
#![cfg_attr(not(test), deny(clippy::print_stdout, clippy::print_stderr))]

use clap::Parser;
use std::io::Write;
use std::process::ExitCode;

use standby::cli::{Cli, Command, ContainerCommand, PoolCommand, VmCommand, VmssCommand};
use standby::cmd::{self, pool::PoolKind};
use standby::context::{Context, Env, Terminal};
use standby::output::Output;
use standby::{exit, generate, render};

async fn run_command(command: &Command, ctx: &Context) -> anyhow::Result<Output> {
    match command {
        Command::VmPool(c) | Command::ContainerPool(c) => {
            let kind = if matches!(command, Command::VmPool(_)) {
                PoolKind::Vm
            } else {
                PoolKind::Container
            };
            match c {
                PoolCommand::Status(a) => cmd::pool::status(kind, a, ctx).await,
                PoolCommand::Show(a) => cmd::pool::show(kind, a, ctx).await,
                PoolCommand::List(a) => cmd::pool::list(kind, a, ctx).await,
            }
        }
        Command::Vm(VmCommand::InstanceView(a)) => cmd::compute::vm_instance_view(a, ctx).await,
        Command::Vmss(VmssCommand::InstanceView(a)) => cmd::compute::vmss_instance_view(a, ctx).await,
        Command::Container(ContainerCommand::Show(a)) => cmd::container::show(a, ctx).await,
        Command::Completions { .. } | Command::Man { .. } => {
            anyhow::bail!("internal error: generators are answered before the context is resolved")
        }
    }
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    // Packagers run these on build machines with no Azure setup, so they come before the context.
    match &cli.command {
        Command::Completions { shell } => return write_stdout(&generate::completion(*shell)),
        Command::Man { dir } => return generate::write_man_pages(dir),
        _ => {}
    }
    let ctx = Context::resolve(&cli.global, &Env::capture(), Terminal::detect())?;
    let output = run_command(&cli.command, &ctx).await?;
    let text = render::render(&output, &ctx.render)?;
    write_stdout(&text)
}

/// One writer for stdout. A reader that went away (`| head`) is not an error.
fn write_stdout(text: &str) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => return ExitCode::from(exit::report(&anyhow::anyhow!("starting the async runtime: {e}")) as u8),
    };
    let code = runtime.block_on(async {
        tokio::select! {
            result = run(cli) => match result {
                Ok(()) => exit::SUCCESS,
                Err(e) => exit::report(&e),
            },
            _ = tokio::signal::ctrl_c() => exit::INTERRUPTED,
        }
    });
    ExitCode::from(code as u8)
}

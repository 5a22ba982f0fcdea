//! standby: parse → resolve the context → run the command → render → exit code.
#![cfg_attr(not(test), deny(clippy::print_stdout, clippy::print_stderr))]

use standby::cli::{
    AuthCommand, Cli, Command, ContainerCommand, ContainerPoolCommand, FleetCommand, VmCommand, VmPoolCommand,
    VmssCommand,
};
use standby::cmd::{self, compute, container};
use standby::context::{Context, Env, Reach, Terminal};
use standby::exit::{self, Code};
use standby::model::ready::PoolType;
use standby::output::{Outcome, Output};
use standby::term::{self, Written};
use standby::{generate, live, render};

async fn run_command(command: &Command, ctx: &Context) -> anyhow::Result<Outcome> {
    use PoolType::{ContainerGroup as Container, Vm};
    let output: Output = match command {
        Command::VmPool(VmPoolCommand::Status(a)) => cmd::pool::status(Vm, a, ctx).await,
        Command::VmPool(VmPoolCommand::Show(a)) => cmd::read(&Vm.show(), a, ctx).await,
        Command::VmPool(VmPoolCommand::List(a)) => cmd::pool::list(Vm, a, ctx).await,
        Command::VmPool(VmPoolCommand::Watch(a)) => return live::watch(Vm, a, ctx).await,
        Command::VmPool(VmPoolCommand::Wait(a)) => return live::wait(Vm, a, ctx).await,
        Command::VmPool(VmPoolCommand::Members(a)) => cmd::members::members(a, ctx).await,
        Command::VmPool(VmPoolCommand::Events(a)) if a.follow => return live::follow(Vm, a, ctx).await,
        Command::VmPool(VmPoolCommand::Events(a)) => cmd::events::events(Vm, a, ctx).await,
        Command::ContainerPool(ContainerPoolCommand::Events(a)) if a.follow => {
            return live::follow(Container, a, ctx).await;
        }
        Command::ContainerPool(ContainerPoolCommand::Events(a)) => cmd::events::events(Container, a, ctx).await,
        Command::ContainerPool(ContainerPoolCommand::Status(a)) => cmd::pool::status(Container, a, ctx).await,
        Command::ContainerPool(ContainerPoolCommand::Show(a)) => cmd::read(&Container.show(), a, ctx).await,
        Command::ContainerPool(ContainerPoolCommand::List(a)) => cmd::pool::list(Container, a, ctx).await,
        Command::ContainerPool(ContainerPoolCommand::Watch(a)) => return live::watch(Container, a, ctx).await,
        Command::ContainerPool(ContainerPoolCommand::Wait(a)) => return live::wait(Container, a, ctx).await,
        Command::Vm(VmCommand::InstanceView(a)) => cmd::read(&compute::VM_INSTANCE_VIEW, a, ctx).await,
        Command::Vmss(VmssCommand::InstanceView(a)) => cmd::read(&compute::VMSS_INSTANCE_VIEW, a, ctx).await,
        Command::Container(ContainerCommand::Show(a)) => cmd::read(&container::SHOW, a, ctx).await,
        Command::Auth(AuthCommand::Status) => cmd::auth::status(ctx),
        Command::Auth(AuthCommand::Clear) => return cmd::auth::clear(ctx),
        Command::Fleet(FleetCommand::Status(a)) => cmd::fleet::status(a, ctx).await,
        Command::Exporter(a) => return standby::exporter::run(a, ctx).await,
        Command::Completions { .. } | Command::Man { .. } => {
            anyhow::bail!("internal error: generators are answered before the context is resolved")
        }
    }?;
    Ok(Outcome::Print(output))
}

async fn run(cli: Cli) -> anyhow::Result<Code> {
    // Packagers run these on build machines with no Azure setup, so they come before the context.
    match &cli.command {
        Command::Completions { shell } => {
            term::print(&generate::completion(*shell))?;
            return Ok(Code::Success);
        }
        Command::Man { dir } => {
            generate::write_man_pages(dir)?;
            return Ok(Code::Success);
        }
        _ => {}
    }
    let scope = match cli.command {
        Command::Fleet(_) | Command::Exporter(_) => Reach::Many,
        _ => Reach::One,
    };
    let ctx = Context::resolve_for(&cli.global, &Env::capture(), Terminal::detect(), scope)?;
    let output = match run_command(&cli.command, &ctx).await? {
        Outcome::Print(output) => output,
        Outcome::Done(code) => return Ok(code),
    };
    // Several targets: what was read is printed, and each failure is reported after it.
    if !output.answer.is_empty() || output.failures.is_empty() {
        let text = render::render(&output, &ctx.render)?;
        if term::print(&text)? == Written::ReaderGone {
            return Ok(Code::Success);
        }
    }
    for warning in &output.warnings {
        standby::log::warn(format_args!("{warning}"));
    }
    for failure in &output.failures {
        exit::report(failure);
    }
    Ok(Code::of_all(&output.failures).unwrap_or(Code::Success))
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse_args();
    let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => return exit::report(&anyhow::anyhow!("starting the async runtime: {e}")).into(),
    };
    let code = runtime.block_on(async {
        // Biased: a command that ends on Ctrl-C itself (the exporter) answers first.
        tokio::select! {
            biased;
            result = run(cli) => result.unwrap_or_else(|e| exit::report(&e)),
            _ = tokio::signal::ctrl_c() => Code::Interrupted,
        }
    });
    code.into()
}

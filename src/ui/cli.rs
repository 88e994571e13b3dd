//! The command line in the interface language: clap's help rebuilt from the
//! catalog (`cli-*` messages), and clap's usage errors said in the
//! interface language (clap has no translations of its own).
//!
//! The structure (commands, flags, defaults) stays in the derive structs of
//! [`crate::cli`]; every sentence of the help comes from `i18n/<lang>/cli.ftl`:
//!
//! - `cli-<command>`: what a command does (`cli-about` for `puente` itself),
//!   `cli-<command>-long` the longer text `--help` adds;
//! - `cli-<command>-<flag>` (or `cli-arg-<flag>` for a flag several
//!   commands share): what a flag does, `…-long` for more;
//! - `cli-value-<flag>-<value>`: what a value of a flag with a fixed set of
//!   values means.

use std::ffi::OsString;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command, CommandFactory, FromArgMatches};

use crate::cli::Cli;
use crate::ui::text;

/// The value of `--ui-lang` in the raw arguments (`--ui-lang es` or
/// `--ui-lang=es`), before anything is parsed.
pub fn ui_lang_arg(args: &[OsString]) -> Option<String> {
    let mut it = args.iter().skip(1);
    while let Some(a) = it.next() {
        let a = a.to_string_lossy();
        if a == "--" {
            break;
        }
        if a == "--ui-lang" {
            return it.next().map(|v| v.to_string_lossy().into_owned());
        }
        if let Some(v) = a.strip_prefix("--ui-lang=") {
            return Some(v.to_string());
        }
    }
    None
}

fn t(id: &str) -> String {
    text(id, &[]).into_string()
}

/// Whether the interface language has `id` (a test makes sure every
/// catalog has every `cli-*` message, so English is never parsed as well).
fn has(id: &str) -> bool {
    crate::ui::has(crate::ui::lang(), id)
}

/// The catalog id of a flag's help: the command's own, else the shared one.
fn arg_id(command: &str, arg: &str) -> String {
    let arg = arg.replace('_', "-");
    let own = format!("cli-{command}-{arg}");
    if has(&own) {
        own
    } else {
        format!("cli-arg-{arg}")
    }
}

fn localize_arg(a: Arg, command: &str) -> Arg {
    let id = arg_id(command, a.get_id().as_str());
    let mut short = t(&id);
    let mut long = has(&format!("{id}-long")).then(|| t(&format!("{id}-long")));
    let values: Vec<String> = a
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    let takes_value = a.get_action().takes_values();
    if takes_value && !values.is_empty() {
        let flag = a.get_id().as_str().replace('_', "-");
        short.push_str(&format!(
            " {}",
            text(
                "cli-possible-values",
                &[("values", values.join(", ").into())]
            )
        ));
        let mut l = long.unwrap_or_else(|| text(&id, &[]).into_string());
        l.push_str("\n\n");
        l.push_str(&t("cli-possible-values-heading"));
        for v in &values {
            l.push_str(&format!("\n- {v}: {}", t(&format!("cli-value-{flag}-{v}"))));
        }
        long = Some(l);
    }
    let defaults: Vec<String> = a
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    // A flag's default `false` is not worth saying.
    if takes_value && !defaults.is_empty() {
        let note = format!(
            " {}",
            text("cli-default", &[("value", defaults.join(",").into())])
        );
        short.push_str(&note);
        if let Some(l) = long.as_mut() {
            l.push_str(&format!("\n\n{}", note.trim()));
        }
    }
    let mut a = a.help(short);
    if takes_value {
        a = a.hide_default_value(true).hide_possible_values(true);
    }
    if let Some(l) = long {
        a = a.long_help(l);
    }
    a
}

/// The usage line of a command, with the placeholders in the interface
/// language.
fn usage(cmd: &Command, path: &str) -> String {
    let mut out = path.to_string();
    if cmd.get_arguments().any(|a| !a.is_positional()) {
        out.push(' ');
        out.push_str(&t("cli-usage-options"));
    }
    for a in cmd.get_positionals() {
        let name = a
            .get_value_names()
            .and_then(|v| v.first())
            .map(|s| s.to_string())
            .unwrap_or_else(|| a.get_id().to_string().to_uppercase());
        let many = matches!(a.get_action(), ArgAction::Append)
            || a.get_num_args().is_some_and(|r| r.max_values() > 1);
        let dots = if many { "..." } else { "" };
        if a.is_required_set() {
            out.push_str(&format!(" <{name}>{dots}"));
        } else {
            out.push_str(&format!(" [{name}]{dots}"));
        }
    }
    if cmd.has_subcommands() {
        out.push(' ');
        out.push_str(&t("cli-usage-command"));
    }
    out
}

/// The help layout with the headings in the interface language (clap's
/// own headings are English only).
fn template(cmd: &Command) -> String {
    let mut out = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n",
        t("cli-heading-usage")
    );
    if cmd.has_subcommands() {
        out.push_str(&format!(
            "{}:\n{{subcommands}}\n\n",
            t("cli-heading-commands")
        ));
    }
    if cmd.get_positionals().next().is_some() {
        out.push_str(&format!(
            "{}:\n{{positionals}}\n\n",
            t("cli-heading-arguments")
        ));
    }
    out.push_str(&format!(
        "{}:\n{{options}}{{after-help}}",
        t("cli-heading-options")
    ));
    out
}

fn help_arg() -> Arg {
    Arg::new("help")
        .short('h')
        .long("help")
        .action(ArgAction::Help)
        .help(t("cli-arg-help"))
}

fn localize_command(mut cmd: Command, path: &str) -> Command {
    let name = cmd.get_name().to_string();
    cmd = cmd
        .about(t(&format!("cli-{name}")))
        .disable_help_flag(true)
        .arg(help_arg());
    let long = format!("cli-{name}-long");
    if has(&long) {
        cmd = cmd.long_about(format!("{}\n\n{}", t(&format!("cli-{name}")), t(&long)));
    }
    let ids: Vec<String> = cmd
        .get_arguments()
        .filter(|a| a.get_id() != "help")
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        cmd = cmd.mut_arg(&id, |a| localize_arg(a, &name));
    }
    let path = format!("{path} {name}");
    let u = usage(&cmd, &path);
    let template = template(&cmd);
    cmd.override_usage(u).help_template(template)
}

/// The whole command line, every sentence in the interface language.
pub fn command() -> Command {
    let mut cmd = Cli::command();
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for s in &subs {
        cmd = cmd.mut_subcommand(s, |c| localize_command(c, "puente"));
    }
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        cmd = cmd.mut_arg(&id, |a| localize_arg(a, ""));
    }
    cmd = cmd
        .about(t("cli-about"))
        .after_help(t("cli-after-help"))
        .disable_help_flag(true)
        .disable_version_flag(true)
        .disable_help_subcommand(true)
        .arg(help_arg())
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(t("cli-arg-version")),
        )
        .subcommand(help_command());
    let u = usage(&cmd, "puente");
    let template = template(&cmd);
    cmd.override_usage(u).help_template(template)
}

fn help_command() -> Command {
    let cmd = Command::new("help")
        .about(t("cli-help"))
        .disable_help_flag(true)
        .arg(help_arg())
        .arg(
            Arg::new("command")
                .value_name(t("cli-usage-command-name"))
                .action(ArgAction::Append)
                .help(t("cli-help-command")),
        );
    let u = usage(&cmd, "puente help");
    let template = template(&cmd);
    cmd.override_usage(u).help_template(template)
}

/// Parses the command line; help, version and usage errors end the process
/// here (exit 0 for help and version, 2 for a usage error).
pub fn parse(args: Vec<OsString>) -> Cli {
    let mut cmd = command();
    // The command a usage error is about: the first argument that names one.
    let sub = args
        .iter()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .find(|a| cmd.find_subcommand(a).is_some());
    let matches = match cmd.try_get_matches_from_mut(args) {
        Ok(m) => m,
        Err(e) => exit_with(e, &mut cmd, sub.as_deref()),
    };
    if let Some(("help", sub)) = matches.subcommand() {
        let path: Vec<String> = sub
            .get_many::<String>("command")
            .map(|v| v.cloned().collect())
            .unwrap_or_default();
        let mut target = &mut cmd;
        for p in &path {
            match target.find_subcommand_mut(p) {
                Some(s) => target = s,
                None => {
                    let msg = text("usage-unknown-command", &[("name", p.as_str().into())]);
                    usage_exit(&msg.into_string(), None, &usage(&command(), "puente"));
                }
            }
        }
        let _ = target.print_long_help();
        std::process::exit(0);
    }
    match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => exit_with(e, &mut cmd, sub.as_deref()),
    }
}

/// `--ui-lang` names a language Puente has no catalog for: a usage error.
pub fn unknown_ui_lang(tag: &str) -> ! {
    let langs: Vec<&str> = crate::ui::Lang::ALL.iter().map(|l| l.tag()).collect();
    let msg = text(
        "usage-unknown-ui-lang",
        &[("value", tag.into()), ("langs", langs.join(", ").into())],
    );
    usage_exit(&msg.into_string(), None, &usage(&command(), "puente"))
}

fn usage_exit(message: &str, tip: Option<String>, usage: &str) -> ! {
    let mut out = format!("{}: {message}\n", t("usage-error"));
    if let Some(tip) = tip {
        out.push_str(&format!("\n  {tip}\n"));
    }
    out.push_str(&format!(
        "\n{} {usage}\n\n{}\n",
        t("cli-heading-usage"),
        t("usage-more-info")
    ));
    eprint!("{out}");
    std::process::exit(2);
}

fn ctx(e: &clap::Error, kind: ContextKind) -> String {
    match e.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        Some(ContextValue::StyledStr(s)) => s.to_string(),
        Some(ContextValue::StyledStrs(v)) => v
            .iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>()
            .join(", "),
        Some(ContextValue::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

fn exit_with(e: clap::Error, cmd: &mut Command, sub: Option<&str>) -> ! {
    match e.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => e.exit(),
        _ => {}
    }
    let arg = ctx(&e, ContextKind::InvalidArg);
    let value = ctx(&e, ContextKind::InvalidValue);
    let a = |k: &str, v: &str| (k.to_string(), v.to_string());
    let (id, args): (&str, Vec<(String, String)>) = match e.kind() {
        ErrorKind::InvalidValue if value.is_empty() => {
            ("usage-missing-value", vec![a("arg", &arg)])
        }
        ErrorKind::InvalidValue => (
            "usage-invalid-value",
            vec![
                a("value", &value),
                a("arg", &arg),
                a("valid", &ctx(&e, ContextKind::ValidValue)),
            ],
        ),
        ErrorKind::ValueValidation => (
            "usage-value-validation",
            vec![a("value", &value), a("arg", &arg)],
        ),
        ErrorKind::UnknownArgument => ("usage-unknown-argument", vec![a("arg", &arg)]),
        ErrorKind::InvalidSubcommand => (
            "usage-unknown-command",
            vec![a("name", &ctx(&e, ContextKind::InvalidSubcommand))],
        ),
        ErrorKind::ArgumentConflict => {
            let prior = ctx(&e, ContextKind::PriorArg);
            if prior.is_empty() || prior == arg {
                ("usage-argument-twice", vec![a("arg", &arg)])
            } else {
                ("usage-conflict", vec![a("arg", &arg), a("other", &prior)])
            }
        }
        ErrorKind::MissingRequiredArgument => ("usage-missing-argument", vec![a("arg", &arg)]),
        ErrorKind::MissingSubcommand => ("usage-missing-command", vec![]),
        ErrorKind::TooManyValues => (
            "usage-too-many-values",
            vec![a("value", &value), a("arg", &arg)],
        ),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            ("usage-wrong-number-of-values", vec![a("arg", &arg)])
        }
        ErrorKind::NoEquals => ("usage-no-equals", vec![a("arg", &arg)]),
        ErrorKind::InvalidUtf8 => ("usage-invalid-utf8", vec![]),
        _ => ("usage-other", vec![a("detail", &e.to_string())]),
    };
    let fargs: Vec<(&str, crate::ui::Arg)> = args
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str().into()))
        .collect();
    let message = text(id, &fargs).into_string();
    let tip = match (
        e.get(ContextKind::SuggestedArg),
        e.get(ContextKind::SuggestedSubcommand),
        e.get(ContextKind::SuggestedValue),
    ) {
        (Some(s), _, _) | (_, Some(s), _) | (_, _, Some(s)) => {
            let s = match s {
                ContextValue::String(s) => s.clone(),
                ContextValue::Strings(v) => v.join(", "),
                other => other.to_string(),
            };
            Some(text("usage-tip-similar", &[("suggestion", s.into())]).into_string())
        }
        _ => None,
    };
    // The usage of the command the error is about.
    let u = match sub.and_then(|s| cmd.find_subcommand(s)) {
        Some(s) => usage(s, &format!("puente {}", s.get_name())),
        None => usage(cmd, "puente"),
    };
    usage_exit(&message, tip, &u)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_flag_is_found_before_parsing() {
        let args = |v: &[&str]| v.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            ui_lang_arg(&args(&["puente", "--ui-lang", "es", "list"])),
            Some("es".into())
        );
        assert_eq!(
            ui_lang_arg(&args(&["puente", "check", "--ui-lang=en"])),
            Some("en".into())
        );
        assert_eq!(
            ui_lang_arg(&args(&["puente", "review", "--", "--ui-lang"])),
            None
        );
    }

    /// Every command, flag and value has its help in every catalog.
    #[test]
    fn every_command_and_flag_has_catalog_help() {
        let cmd = Cli::command();
        let mut missing = Vec::new();
        for lang in crate::ui::Lang::ALL {
            let mut need = vec!["cli-about".to_string()];
            for a in cmd.get_arguments() {
                need.push(format!("cli-arg-{}", a.get_id().as_str().replace('_', "-")));
            }
            for s in cmd.get_subcommands() {
                let name = s.get_name();
                need.push(format!("cli-{name}"));
                for a in s.get_arguments() {
                    let id = a.get_id().as_str().replace('_', "-");
                    let own = format!("cli-{name}-{id}");
                    if !crate::ui::has(lang, &own) {
                        need.push(format!("cli-arg-{id}"));
                    }
                    let values = if a.get_action().takes_values() {
                        a.get_possible_values()
                    } else {
                        Vec::new()
                    };
                    for v in values {
                        need.push(format!("cli-value-{id}-{}", v.get_name()));
                    }
                }
            }
            for id in need {
                if !crate::ui::has(lang, &id) {
                    missing.push(format!("{}: {id}", lang.tag()));
                }
            }
        }
        assert!(missing.is_empty(), "missing: {missing:#?}");
    }

    #[test]
    fn the_localized_command_is_valid() {
        command().debug_assert();
    }
}

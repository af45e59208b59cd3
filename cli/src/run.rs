//! `warmly check`: collect inputs, check them in parallel, fix, and report in input order.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, BufReader, BufWriter, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;

use crate::args::{CheckArgs, ColorChoice};
use crate::check::{self, apply_edits, Checked, RecordFields};
use crate::config::{Overrides, Resolver, Settings};
use crate::error::CliError;
use crate::input::InputFormat;
use crate::output::{self, DraftResult, EmitOptions, Emitter, Format, Summary};

/// One thing to check.
#[derive(Debug, Clone)]
enum Input {
    /// Standard input.
    Stdin,
    /// A file; `explicit` when named on the command line.
    File(PathBuf, bool),
}

/// Messages for stderr, coloured when stderr is a terminal.
pub struct Reporter {
    color: bool,
    quiet: bool,
}

impl Reporter {
    /// A reporter for stderr.
    pub fn new(choice: ColorChoice, quiet: bool) -> Reporter {
        Reporter {
            color: use_color(choice, io::stderr().is_terminal()),
            quiet,
        }
    }

    /// Print an error.
    pub fn error(&self, e: &CliError) {
        let head = if self.color {
            "\x1b[1;31merror\x1b[0m"
        } else {
            "error"
        };
        eprintln!("{head}: {e}");
    }

    /// Print a warning (not with --quiet).
    pub fn warn(&self, msg: &str) {
        if self.quiet {
            return;
        }
        let head = if self.color {
            "\x1b[1;33mwarning\x1b[0m"
        } else {
            "warning"
        };
        eprintln!("{head}: {msg}");
    }
}

/// Whether to colour a stream.
pub fn use_color(choice: ColorChoice, is_tty: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => is_tty && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    }
}

/// Is this a file the walker should pick up?
fn walkable(path: &Path) -> bool {
    InputFormat::from_path(path).is_some()
}

/// Expand the command line's paths into inputs, walking directories in a stable order.
fn collect(paths: &[PathBuf], reporter: &Reporter, errors: &mut usize) -> Vec<Input> {
    let mut inputs = Vec::new();
    let paths: Vec<PathBuf> = if paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        paths.to_vec()
    };
    for p in paths {
        if p.as_os_str() == "-" {
            inputs.push(Input::Stdin);
        } else if p.is_dir() {
            let mut found = Vec::new();
            let walker = ignore::WalkBuilder::new(&p)
                .standard_filters(true)
                .require_git(false)
                .build();
            for entry in walker {
                match entry {
                    Ok(e) => {
                        if e.file_type().is_some_and(|t| t.is_file()) && walkable(e.path()) {
                            found.push(e.into_path());
                        }
                    }
                    Err(err) => reporter.warn(&format!("{err}")),
                }
            }
            found.sort();
            inputs.extend(found.into_iter().map(|f| Input::File(f, false)));
        } else if p.exists() {
            inputs.push(Input::File(p, true));
        } else {
            *errors += 1;
            reporter.error(
                &CliError::new("no such file or directory")
                    .at(&p, None)
                    .help(
                        "check the path; `warmly check` with no path checks the current directory",
                    ),
            );
        }
    }
    inputs
}

/// What became of one file.
#[derive(Default)]
struct FileOutcome {
    results: Vec<DraftResult>,
    error: Option<CliError>,
    warning: Option<String>,
    skipped: bool,
    fixed: usize,
    diff: Option<String>,
}

/// What the run needs from the command line.
struct Ctx<'a> {
    args: &'a CheckArgs,
    resolver: &'a Resolver,
}

/// Drop a file's results, on another thread when they are many: freeing tens of thousands of
/// findings takes milliseconds the output need not wait for.
fn drop_aside(results: Vec<DraftResult>) {
    if results.iter().map(|d| d.diags.len()).sum::<usize>() >= 4096 {
        rayon::spawn(move || drop(results));
    }
}

/// Read, check and (with --fix/--diff) rewrite one non-record file.
fn process_file(
    ctx: &Ctx<'_>,
    path: &Path,
    format: InputFormat,
    settings: &Settings,
) -> FileOutcome {
    let mut out = FileOutcome::default();
    let display: Arc<str> = Arc::from(path.display().to_string());
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            out.error = Some(CliError::new(format!("cannot read: {e}")).at(path, None));
            return out;
        }
    };
    let sniff = &bytes[..bytes.len().min(8192)];
    if sniff.starts_with(&[0xFF, 0xFE]) || sniff.starts_with(&[0xFE, 0xFF]) {
        out.skipped = true;
        out.warning = Some(format!(
            "{}: skipped: UTF-16 text; re-encode it as UTF-8, e.g. `iconv -f utf-16 -t utf-8`",
            path.display()
        ));
        return out;
    }
    if sniff.contains(&0) {
        out.skipped = true;
        out.warning = Some(format!(
            "{}: skipped: looks like a binary file",
            path.display()
        ));
        return out;
    }
    let full = match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            out.skipped = true;
            out.warning = Some(format!(
                "{}:{line}: skipped: not valid UTF-8 (byte {at}); re-encode it as UTF-8, e.g. `iconv -f latin1 -t utf-8`",
                path.display()
            ));
            return out;
        }
    };
    let edits = ctx.args.fix || ctx.args.diff;
    let checked = match check::check_source(&display, &full, format, settings, Some(path), edits) {
        Ok(c) => c,
        Err(e) => {
            out.error = Some(e);
            return out;
        }
    };
    out.results = checked.results;
    if ctx.args.fix || ctx.args.diff {
        let (new, applied) = apply_edits(&full, &checked.edits, ctx.args.unsafe_fixes);
        if applied > 0 && new != full {
            if ctx.args.diff {
                out.diff = Some(unified_diff(&display, &full, &new));
                out.fixed = applied;
            } else {
                match write_atomic(path, new.as_bytes()) {
                    Ok(()) => {
                        out.fixed = applied;
                        // Report what is left, at its new place.
                        match check::check_source(
                            &display,
                            &new,
                            format,
                            settings,
                            Some(path),
                            false,
                        ) {
                            Ok(Checked { results, .. }) => out.results = results,
                            Err(e) => out.error = Some(e),
                        }
                    }
                    Err(e) => {
                        out.error = Some(
                            CliError::new(format!("cannot write the fixed file: {e}"))
                                .at(path, None)
                                .help("check the file's permissions; nothing was changed"),
                        )
                    }
                }
            }
        }
    }
    out
}

/// A unified diff of a file's old and new text.
fn unified_diff(name: &str, old: &str, new: &str) -> String {
    similar::TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(2)
        .header(&format!("a/{name}"), &format!("b/{name}"))
        .to_string()
}

/// Write `bytes` to `path` atomically: a temporary file in the same directory, then a rename.
/// The file's permissions are kept.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".warmly-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    if let Ok(meta) = std::fs::metadata(path) {
        std::fs::set_permissions(tmp.path(), meta.permissions())?;
    }
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// A progress bar on stderr, only on a terminal, outside CI, for long runs.
fn progress(len: u64, bytes: bool, args: &CheckArgs) -> ProgressBar {
    let show = !args.no_progress
        && !args.quiet
        && io::stderr().is_terminal()
        && std::env::var_os("CI").is_none()
        && (if bytes { len > 16 << 20 } else { len > 200 });
    if !show {
        return ProgressBar::hidden();
    }
    let pb = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr());
    let template = if bytes {
        "{spinner} {bar:40} {bytes}/{total_bytes} ({bytes_per_sec}, {eta})"
    } else {
        "{spinner} {bar:40} {pos}/{len} files ({eta})"
    };
    if let Ok(style) = ProgressStyle::with_template(template) {
        pb.set_style(style);
    }
    pb
}

/// Everything the output side keeps while the run goes on.
struct Sink<'a> {
    emitter: Box<dyn Emitter>,
    out: Box<dyn Write + 'a>,
    summary: Summary,
    quiet: bool,
    /// The enabled rules, for outputs that describe them (SARIF); `None` when the output does
    /// not (nothing is copied then).
    rules: Option<BTreeMap<String, warmly::RuleInfo>>,
}

impl Sink<'_> {
    fn emit(&mut self, d: &DraftResult) -> io::Result<()> {
        self.summary.add(d);
        if !self.quiet {
            self.emitter.draft(&mut self.out, d)?;
        }
        Ok(())
    }

    fn note_rules(&mut self, settings: &Settings) {
        let Some(rules) = &mut self.rules else { return };
        if rules.is_empty() || settings.linter.rules().len() != rules.len() {
            for r in settings.linter.rules() {
                rules.entry(r.id.to_string()).or_insert_with(|| r.clone());
            }
        }
    }
}

/// Run `warmly check`; returns the exit code.
pub fn run(args: &CheckArgs) -> Result<i32, CliError> {
    let reporter = Reporter::new(args.color, args.quiet);
    if args.unsafe_fixes && !(args.fix || args.diff) {
        return Err(CliError::new("--unsafe-fixes needs --fix or --diff"));
    }
    if let Some(n) = args.threads.filter(|&n| n > 0) {
        // Only fails when a pool already exists, which cannot happen this early.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global();
    }
    let overrides = Overrides {
        select: args.select.clone(),
        ignore: args.ignore.clone(),
        fail_on: args.fail_on,
        min_score: args.min_score,
        text_field: args.text_field.clone(),
        id_field: args.id_field.clone(),
        fields: args.fields.clone(),
    };
    let resolver = Resolver::new(args.config.as_deref(), overrides)?;
    let mut errors = 0usize;
    let inputs = collect(&args.paths, &reporter, &mut errors);

    let stdout_tty = io::stdout().is_terminal();
    let format = args.format.unwrap_or(if stdout_tty {
        Format::Human
    } else {
        Format::Concise
    });
    let single_record_input = inputs.len() == 1
        && match &inputs[0] {
            Input::Stdin => record_format(
                args.input_format,
                args.stdin_filename.as_deref().map(Path::new),
            ),
            Input::File(p, _) => record_format(args.input_format, Some(p)),
        };
    let opts = EmitOptions {
        color: use_color(args.color, stdout_tty),
        verbose: args.verbose,
        show_scores: args.verbose,
        records: single_record_input,
    };
    let emitter = output::emitter(format, opts)
        .map_err(|e| CliError::new(format!("cannot start the output: {e}")))?;
    let stdout = io::stdout();
    let mut sink = Sink {
        emitter,
        out: Box::new(BufWriter::with_capacity(64 << 10, stdout.lock())),
        summary: Summary::default(),
        quiet: args.quiet,
        rules: (format == output::Format::Sarif).then(BTreeMap::new),
    };
    let ctx = Ctx {
        args,
        resolver: &resolver,
    };
    let io_err = |e: io::Error| CliError::new(format!("cannot write the output: {e}"));

    let files_total = inputs.len() as u64;
    let mut i = 0;
    let pb = progress(files_total, false, args);
    while i < inputs.len() {
        // A run of ordinary files is checked in parallel; record inputs stream on their own.
        let mut j = i;
        let mut batch: Vec<(PathBuf, InputFormat, Arc<Settings>)> = Vec::new();
        while j < inputs.len() && batch.len() < 256 {
            let Input::File(p, explicit) = &inputs[j] else {
                break;
            };
            let fmt = args
                .input_format
                .or_else(|| InputFormat::from_path(p))
                .unwrap_or(InputFormat::Txt);
            if fmt == InputFormat::Jsonl {
                break;
            }
            let settings = match resolver.for_path(Some(p)) {
                Ok(s) => s,
                Err(e) => {
                    reporter.error(&e);
                    return Ok(2);
                }
            };
            if !explicit && settings.excluded(p) {
                j += 1;
                continue;
            }
            sink.note_rules(&settings);
            batch.push((p.clone(), fmt, settings));
            j += 1;
        }
        if j > i {
            let one = |(p, fmt, s): &(PathBuf, InputFormat, Arc<Settings>)| {
                let o = process_file(&ctx, p, *fmt, s);
                pb.inc(1);
                o
            };
            // One file needs no thread pool (starting one costs more than a short draft).
            let outcomes: Vec<FileOutcome> = if batch.len() == 1 {
                batch.iter().map(one).collect()
            } else {
                batch.par_iter().map(one).collect()
            };
            for o in outcomes {
                sink.summary.files += 1;
                if let Some(w) = &o.warning {
                    pb.suspend(|| reporter.warn(w));
                }
                sink.summary.skipped += usize::from(o.skipped);
                if let Some(e) = &o.error {
                    errors += 1;
                    pb.suspend(|| reporter.error(e));
                }
                sink.summary.fixed += o.fixed;
                if let Some(d) = &o.diff {
                    sink.out.write_all(d.as_bytes()).map_err(io_err)?;
                }
                if !args.diff {
                    for d in &o.results {
                        sink.emit(d).map_err(io_err)?;
                    }
                }
                drop_aside(o.results);
            }
            i = j;
            continue;
        }
        // A record-mode input or stdin.
        let input = inputs[i].clone();
        i += 1;
        pb.inc(1);
        match input {
            Input::Stdin => {
                let name = args.stdin_filename.clone().unwrap_or_else(|| "-".into());
                let settings = resolver.for_path(args.stdin_filename.as_deref().map(Path::new))?;
                sink.note_rules(&settings);
                let fmt = args
                    .input_format
                    .or_else(|| {
                        args.stdin_filename
                            .as_deref()
                            .and_then(|n| InputFormat::from_path(Path::new(n)))
                    })
                    .unwrap_or(InputFormat::Txt);
                let display: Arc<str> = Arc::from(name.as_str());
                if fmt == InputFormat::Jsonl {
                    let reader = BufReader::with_capacity(1 << 20, io::stdin().lock());
                    errors += records(
                        &ctx, &display, reader, &settings, &mut sink, &reporter, None,
                    )?;
                    continue;
                }
                let mut buf = Vec::new();
                io::stdin()
                    .read_to_end(&mut buf)
                    .map_err(|e| CliError::new(format!("cannot read stdin: {e}")))?;
                sink.summary.files += 1;
                let Ok(text) = String::from_utf8(buf) else {
                    reporter.warn(&format!("{name}: skipped: not valid UTF-8"));
                    sink.summary.skipped += 1;
                    continue;
                };
                if args.fix {
                    reporter.warn("--fix cannot rewrite stdin; use --diff to see the changes");
                }
                match check::check_source(&display, &text, fmt, &settings, None, args.diff) {
                    Ok(c) => {
                        if args.diff {
                            let (new, applied) = apply_edits(&text, &c.edits, args.unsafe_fixes);
                            if applied > 0 {
                                sink.summary.fixed += applied;
                                sink.out
                                    .write_all(unified_diff(&name, &text, &new).as_bytes())
                                    .map_err(io_err)?;
                            }
                        } else {
                            for d in &c.results {
                                sink.emit(d).map_err(io_err)?;
                            }
                        }
                    }
                    Err(e) => {
                        errors += 1;
                        reporter.error(&e);
                    }
                }
            }
            Input::File(p, _) => {
                let settings = resolver.for_path(Some(&p))?;
                sink.note_rules(&settings);
                if args.fix || args.diff {
                    reporter.warn(&format!(
                        "{}: JSON Lines files are not rewritten; the suggestions are in the output",
                        p.display()
                    ));
                }
                let file = match File::open(&p) {
                    Ok(f) => f,
                    Err(e) => {
                        errors += 1;
                        reporter.error(&CliError::new(format!("cannot read: {e}")).at(&p, None));
                        continue;
                    }
                };
                let len = file.metadata().map(|m| m.len()).unwrap_or(0);
                let display: Arc<str> = Arc::from(p.display().to_string());
                let bar = if files_total == 1 {
                    Some(progress(len, true, args))
                } else {
                    None
                };
                sink.summary.files += 1;
                errors += records(
                    &ctx,
                    &display,
                    BufReader::with_capacity(1 << 20, file),
                    &settings,
                    &mut sink,
                    &reporter,
                    bar.as_ref(),
                )?;
                if let Some(b) = bar {
                    b.finish_and_clear();
                }
            }
        }
    }
    pb.finish_and_clear();

    sink.summary.errors = errors;
    sink.summary.merge_counts();
    sink.summary.rules = sink
        .rules
        .take()
        .map_or_else(Vec::new, |r| r.into_values().collect());
    let summary = sink.summary.clone();
    if !args.quiet && !args.diff {
        sink.emitter
            .finish(&mut sink.out, &summary)
            .map_err(io_err)?;
    }
    if args.stats && !args.quiet {
        let machine = !matches!(format, Format::Human | Format::Concise);
        let text = stats_table(&summary);
        if machine {
            sink.out.flush().map_err(io_err)?;
            eprint!("{text}");
        } else {
            sink.out.write_all(text.as_bytes()).map_err(io_err)?;
        }
    }
    sink.out.flush().map_err(io_err)?;
    drop(sink);
    if args.fix && summary.fixed > 0 && !args.quiet {
        eprintln!("Fixed {} finding(s).", summary.fixed);
    }
    if args.diff && summary.fixed > 0 && !args.quiet {
        eprintln!(
            "Would fix {} finding(s) (run with --fix to apply).",
            summary.fixed
        );
    }
    Ok(if errors > 0 {
        2
    } else if !args.exit_zero && (summary.failed_drafts > 0 || (args.diff && summary.fixed > 0)) {
        1
    } else {
        0
    })
}

/// Is this input read in record mode?
fn record_format(forced: Option<InputFormat>, path: Option<&Path>) -> bool {
    forced.or_else(|| path.and_then(InputFormat::from_path)) == Some(InputFormat::Jsonl)
}

/// Stream one record-mode input into the sink; returns the number of broken records.
fn records(
    ctx: &Ctx<'_>,
    display: &Arc<str>,
    reader: impl io::BufRead,
    settings: &Settings,
    sink: &mut Sink<'_>,
    reporter: &Reporter,
    bar: Option<&ProgressBar>,
) -> Result<usize, CliError> {
    let _ = ctx.resolver;
    let fields = RecordFields {
        text: settings.extract.text_field.as_deref().unwrap_or("text"),
        id: settings.extract.id_field.as_deref().unwrap_or("id"),
    };
    let mut broken = 0;
    let mut write_err: Option<io::Error> = None;
    check::stream_records(display, reader, settings, &fields, |r, len| {
        if let Some(b) = bar {
            b.inc(len as u64);
        }
        match r {
            Some(Ok(d)) if write_err.is_none() => {
                if let Err(e) = sink.emit(&d) {
                    write_err = Some(e);
                }
            }
            Some(Ok(_)) => {}
            Some(Err(e)) => {
                broken += 1;
                match bar {
                    Some(b) => b.suspend(|| reporter.error(&e)),
                    None => reporter.error(&e),
                }
            }
            None => {}
        }
    })
    .map_err(|e| CliError::new(format!("cannot read: {e}")).at_name(display, None))?;
    if let Some(e) = write_err {
        return Err(CliError::new(format!("cannot write the output: {e}")));
    }
    sink.out
        .flush()
        .map_err(|e| CliError::new(format!("cannot write the output: {e}")))?;
    Ok(broken)
}

/// The `--stats` table.
fn stats_table(s: &Summary) -> String {
    let mut t = String::new();
    t.push_str(&format!(
        "\n{} findings in {} drafts ({} files)\n",
        s.findings, s.drafts, s.files
    ));
    if s.findings > 0 {
        t.push_str("\nby category:\n");
        let mut cats: Vec<_> = s.by_category.iter().collect();
        cats.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        for (k, v) in cats {
            t.push_str(&format!("  {v:>7}  {k}\n"));
        }
        t.push_str("\nby rule:\n");
        let mut rules: Vec<_> = s.by_rule.iter().collect();
        rules.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        for (k, v) in rules {
            t.push_str(&format!("  {v:>7}  {k}\n"));
        }
    }
    t
}

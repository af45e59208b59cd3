//! `warmly.toml`: discovery (upward from each checked path), parsing with line numbers in every
//! error, and resolution into the core's [`warmly::Config`] plus the CLI's own settings.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use globset::{Glob, GlobSet, GlobSetBuilder};
use serde::Deserialize;
use warmly::{Config, Linter, Pack, Severity};

use crate::cache::FileCache;
use crate::error::CliError;
use crate::input::{ExtractOptions, RuleSet};

/// File names looked for, in each directory from the checked path upwards.
pub const CONFIG_NAMES: &[&str] = &["warmly.toml", ".warmly.toml"];

/// The `warmly.toml` file as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct FileConfig {
    /// Rule ids or categories to enable (default: all).
    #[serde(default)]
    pub select: Vec<String>,
    /// Rule ids or categories to disable.
    #[serde(default)]
    pub ignore: Vec<String>,
    /// Severity overrides: rule id or category -> `error` | `warning` | `info`.
    #[serde(default)]
    pub severity: BTreeMap<String, String>,
    /// Extra rule packs (paths relative to the config file).
    #[serde(default)]
    pub packs: Vec<String>,
    /// Phrases never flagged.
    #[serde(default)]
    pub allow: Vec<String>,
    /// Start from no built-in rules.
    #[serde(default)]
    pub no_builtin: bool,
    /// The lowest severity that fails the run (default `warning`).
    #[serde(default)]
    pub fail_on: Option<String>,
    /// Fail drafts whose warmth score is below this.
    #[serde(default)]
    pub min_score: Option<u8>,
    /// Paths (globs relative to the config file) never checked.
    #[serde(default)]
    pub exclude: Vec<String>,
    /// Glob -> rule ids or categories ignored in matching files.
    #[serde(default)]
    pub per_file_ignores: BTreeMap<String, Vec<String>>,
    /// JSON/YAML field paths holding replies, besides the built-in shapes.
    #[serde(default)]
    pub fields: Vec<String>,
    /// Extra placeholder syntaxes as `[open, close]` pairs, e.g. `[["<<", ">>"]]`.
    #[serde(default)]
    pub placeholders: Vec<(String, String)>,
    /// The CSV column / JSON Lines field holding the text.
    #[serde(default)]
    pub text_field: Option<String>,
    /// The CSV column / JSON Lines field holding the record id.
    #[serde(default)]
    pub id_field: Option<String>,
}

/// Command-line settings that override or add to every config.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    /// `--select`.
    pub select: Vec<String>,
    /// `--ignore` (added to the config's).
    pub ignore: Vec<String>,
    /// `--fail-on`.
    pub fail_on: Option<Severity>,
    /// `--min-score`.
    pub min_score: Option<u8>,
    /// `--text-field`.
    pub text_field: Option<String>,
    /// `--id-field`.
    pub id_field: Option<String>,
    /// `--field` (added to the config's `fields`).
    pub fields: Vec<String>,
}

/// A compiled rule set: the shared built-in one, or one built for a config.
pub enum LinterRef {
    /// [`Linter::builtin`].
    Builtin(&'static Linter),
    /// Built for a config.
    Owned(Box<Linter>),
}

impl std::ops::Deref for LinterRef {
    type Target = Linter;
    fn deref(&self) -> &Linter {
        match self {
            LinterRef::Builtin(l) => l,
            LinterRef::Owned(l) => l,
        }
    }
}

/// A resolved configuration: a compiled linter and the CLI's settings.
pub struct Settings {
    /// The directory globs are relative to.
    pub root: PathBuf,
    /// The compiled linter.
    pub linter: LinterRef,
    /// The ids of the rules of the config's own packs (see [`Settings::known`]).
    pub pack_ids: Vec<String>,
    /// The config turns the built-in rules off.
    pub no_builtin: bool,
    /// Lowest failing severity.
    pub fail_on: Severity,
    /// Minimum warmth score, if any.
    pub min_score: Option<u8>,
    /// Excluded paths.
    pub exclude: GlobSet,
    /// Per-file ignores: globs and their rule sets.
    pub per_file: Vec<(GlobSet, RuleSet)>,
    /// Extraction options.
    pub extract: ExtractOptions,
}

impl Settings {
    /// Path relative to the config root, for glob matching.
    fn relative(&self, path: &Path) -> PathBuf {
        let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        abs.strip_prefix(&self.root)
            .map(Path::to_path_buf)
            .unwrap_or_else(|_| path.to_path_buf())
    }

    /// Is `path` excluded by the config?
    pub fn excluded(&self, path: &Path) -> bool {
        self.exclude.is_match(self.relative(path))
    }

    /// Rules ignored for `path` by `per-file-ignores`.
    pub fn ignored_for(&self, path: &Path) -> RuleSet {
        let rel = self.relative(path);
        self.per_file
            .iter()
            .filter(|(g, _)| g.is_match(&rel))
            .fold(RuleSet::None, |acc, (_, s)| acc.union(s))
    }
}

/// The 1-based line of the first occurrence of `needle` in `text` (for error messages).
fn line_of(text: &str, needle: &str) -> Option<usize> {
    text.find(needle)
        .map(|i| text[..i].matches('\n').count() + 1)
}

/// Every rule id that exists (before select/ignore), sorted: the built-in ones unless
/// `no_builtin`, and `pack_ids`.
fn known_ids(no_builtin: bool, pack_ids: &[String]) -> Vec<&str> {
    let mut known: Vec<&str> = Vec::new();
    if !no_builtin {
        known.extend(warmly::builtin_rule_ids());
    }
    known.extend(pack_ids.iter().map(String::as_str));
    known.sort_unstable();
    known.dedup();
    known
}

impl Settings {
    /// Every rule id that exists (before select/ignore), sorted: for validating names.
    pub fn known(&self) -> Vec<&str> {
        known_ids(self.no_builtin, &self.pack_ids)
    }
}

/// The known name closest to `bad`, if it is close.
pub fn did_you_mean<'a>(bad: &str, known: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    fn dist(a: &str, b: &str) -> usize {
        let b: Vec<char> = b.chars().collect();
        let mut prev: Vec<usize> = (0..=b.len()).collect();
        for (i, ca) in a.chars().enumerate() {
            let mut cur = vec![i + 1];
            for (j, cb) in b.iter().enumerate() {
                cur.push(
                    (prev[j] + usize::from(ca != *cb))
                        .min(prev[j + 1] + 1)
                        .min(cur[j] + 1),
                );
            }
            prev = cur;
        }
        prev[b.len()]
    }
    known
        .map(|k| (dist(bad, k), k))
        .filter(|(d, k)| *d <= 3.max(k.len() / 4))
        .min()
        .map(|(_, k)| k)
}

/// Load and resolve a config file (or the defaults when `path` is `None`).
pub fn load(path: Option<&Path>, overrides: &Overrides) -> Result<Settings, CliError> {
    let (file, text, root) = match path {
        Some(p) => {
            let text = std::fs::read_to_string(p).map_err(|e| {
                CliError::new(format!("cannot read the config file: {e}")).at(p, None)
            })?;
            let file: FileConfig = toml::from_str(&text).map_err(|e| {
                let line = e
                    .span()
                    .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1);
                CliError::new(format!("invalid config: {}", e.message().trim_end()))
                    .at(p, line)
                    .help("see `warmly init` for a commented example of every key")
            })?;
            let parent = p.parent().unwrap_or(Path::new("."));
            let parent = if parent.as_os_str().is_empty() {
                Path::new(".")
            } else {
                parent
            };
            let root = std::path::absolute(parent).unwrap_or_else(|_| parent.to_path_buf());
            (file, text, root)
        }
        None => (
            FileConfig::default(),
            String::new(),
            std::env::current_dir().unwrap_or_default(),
        ),
    };
    let cfg_err = |msg: String, needle: Option<&str>| {
        let e = CliError::new(msg);
        match path {
            Some(p) => e.at(p, needle.and_then(|n| line_of(&text, n))),
            None => e,
        }
    };

    let mut packs = Vec::new();
    for pack_path in &file.packs {
        let full = root.join(pack_path);
        let ptext = std::fs::read_to_string(&full).map_err(|e| {
            cfg_err(
                format!("cannot read rule pack `{}`: {e}", full.display()),
                Some(pack_path),
            )
        })?;
        let pack: Pack = toml::from_str(&ptext).map_err(|e| {
            let line = e
                .span()
                .map(|s| ptext[..s.start.min(ptext.len())].matches('\n').count() + 1);
            CliError::new(format!("invalid rule pack: {}", e.message().trim_end())).at(&full, line)
        })?;
        packs.push((full.display().to_string(), pack));
    }

    // Every rule id that exists, to check names against before compiling.
    // (Read from the packs' data: compiling a rule set is the expensive part of a run. Only
    // read when some name needs checking: most runs name no rule.)
    let names_rules = !(file.select.is_empty()
        && file.ignore.is_empty()
        && file.severity.is_empty()
        && file.per_file_ignores.values().all(Vec::is_empty)
        && overrides.select.is_empty()
        && overrides.ignore.is_empty());
    let pack_ids: Vec<String> = packs
        .iter()
        .flat_map(|(_, pack)| pack.rule.iter().map(|r| r.id.to_string()))
        .collect();
    let known = if names_rules {
        known_ids(file.no_builtin, &pack_ids)
    } else {
        Vec::new()
    };
    let is_known =
        |s: &str| known.binary_search(&s).is_ok() || s.parse::<warmly::Category>().is_ok();
    let check_names = |field: &str, names: &[String]| -> Result<(), CliError> {
        for n in names {
            if !is_known(n) {
                let mut e = cfg_err(
                    format!("unknown rule id or category `{n}` in `{field}`"),
                    Some(&format!("\"{n}\"")),
                );
                let cats = warmly::Category::ALL.iter().map(|c| c.as_str());
                e = match did_you_mean(n, known.iter().copied().chain(cats)) {
                    Some(s) => e.help(format!(
                        "did you mean `{s}`? (`warmly rules` lists them all)"
                    )),
                    None => e.help("`warmly rules` lists every rule id and category"),
                };
                return Err(e);
            }
        }
        Ok(())
    };
    check_names("select", &file.select)?;
    check_names("ignore", &file.ignore)?;
    let sev_keys: Vec<String> = file.severity.keys().cloned().collect();
    check_names("severity", &sev_keys)?;
    for (glob, names) in &file.per_file_ignores {
        check_names(&format!("per-file-ignores.\"{glob}\""), names)?;
    }
    check_names("--select", &overrides.select)?;
    check_names("--ignore", &overrides.ignore)?;

    let mut severity = BTreeMap::new();
    for (k, v) in &file.severity {
        let s: Severity = v
            .parse()
            .map_err(|e: String| cfg_err(e, Some(&format!("\"{v}\""))))?;
        severity.insert(k.clone(), s);
    }
    let fail_on = match (&overrides.fail_on, &file.fail_on) {
        (Some(s), _) => *s,
        (None, Some(v)) => v
            .parse()
            .map_err(|e: String| cfg_err(format!("fail-on: {e}"), Some("fail-on")))?,
        (None, None) => Severity::Warning,
    };
    let select = if overrides.select.is_empty() {
        file.select.clone()
    } else {
        overrides.select.clone()
    };
    let mut ignore = file.ignore.clone();
    ignore.extend(overrides.ignore.iter().cloned());
    let config = Config {
        select,
        ignore,
        severity,
        packs,
        allow: file.allow.clone(),
        no_builtin: file.no_builtin,
    };
    let linter = if config == Config::default() {
        // The default rule set is compiled once per process and shared.
        LinterRef::Builtin(Linter::builtin_with_cache(&mut FileCache::from_env()))
    } else {
        LinterRef::Owned(Box::new(
            Linter::with_cache(&config, &mut FileCache::from_env()).map_err(|e| {
                let mut err = cfg_err(e.to_string(), e.rule.as_deref());
                if path.is_none() {
                    err = err.help("check the --select/--ignore names with `warmly rules`");
                }
                err
            })?,
        ))
    };

    let glob = |g: &str| -> Result<Glob, CliError> {
        Glob::new(g).map_err(|e| cfg_err(format!("invalid glob `{g}`: {e}"), Some(g)))
    };
    let mut ex = GlobSetBuilder::new();
    for g in &file.exclude {
        ex.add(glob(g)?);
        ex.add(glob(&format!("{}/**", g.trim_end_matches('/')))?);
    }
    let exclude = ex
        .build()
        .map_err(|e| cfg_err(format!("invalid exclude globs: {e}"), Some("exclude")))?;
    let mut per_file = Vec::new();
    for (g, names) in &file.per_file_ignores {
        let mut b = GlobSetBuilder::new();
        b.add(glob(g)?);
        let set = b
            .build()
            .map_err(|e| cfg_err(format!("invalid glob `{g}`: {e}"), Some(g)))?;
        per_file.push((set, RuleSet::Some(names.clone())));
    }
    let mut fields = file.fields.clone();
    fields.extend(overrides.fields.iter().cloned());
    Ok(Settings {
        root,
        linter,
        pack_ids,
        no_builtin: file.no_builtin,
        fail_on,
        min_score: overrides.min_score.or(file.min_score),
        exclude,
        per_file,
        extract: ExtractOptions {
            fields,
            text_field: overrides.text_field.clone().or(file.text_field),
            id_field: overrides.id_field.clone().or(file.id_field),
            placeholders: file.placeholders,
        },
    })
}

/// Finds and caches the config that applies to each path.
pub struct Resolver {
    explicit: Option<Arc<Settings>>,
    overrides: Overrides,
    by_dir: Mutex<HashMap<PathBuf, Option<PathBuf>>>,
    by_file: Mutex<HashMap<Option<PathBuf>, Arc<Settings>>>,
}

impl Resolver {
    /// A resolver; with `--config`, that one config applies everywhere.
    pub fn new(config: Option<&Path>, overrides: Overrides) -> Result<Resolver, CliError> {
        let explicit = match config {
            Some(p) => Some(Arc::new(load(Some(p), &overrides)?)),
            None => None,
        };
        Ok(Resolver {
            explicit,
            overrides,
            by_dir: Mutex::new(HashMap::new()),
            by_file: Mutex::new(HashMap::new()),
        })
    }

    /// The config file that applies to `dir` (searching upwards).
    fn find(&self, dir: &Path) -> Option<PathBuf> {
        if let Some(found) = self.by_dir.lock().ok()?.get(dir) {
            return found.clone();
        }
        let found = CONFIG_NAMES
            .iter()
            .map(|n| dir.join(n))
            .find(|p| p.is_file())
            .or_else(|| dir.parent().and_then(|p| self.find(p)));
        if let Ok(mut m) = self.by_dir.lock() {
            m.insert(dir.to_path_buf(), found.clone());
        }
        found
    }

    /// The settings for a checked path (a file, a directory, or `None` for stdin).
    pub fn for_path(&self, path: Option<&Path>) -> Result<Arc<Settings>, CliError> {
        if let Some(s) = &self.explicit {
            return Ok(s.clone());
        }
        let start = match path {
            Some(p) if p.is_dir() => p.to_path_buf(),
            Some(p) => p.parent().map(Path::to_path_buf).unwrap_or_default(),
            None => PathBuf::from("."),
        };
        let start = if start.as_os_str().is_empty() {
            PathBuf::from(".")
        } else {
            start
        };
        let abs = std::path::absolute(&start).unwrap_or(start);
        let file = self.find(&abs);
        if let Some(s) = self.by_file.lock().ok().and_then(|m| m.get(&file).cloned()) {
            return Ok(s);
        }
        let settings = load(file.as_deref(), &self.overrides)?;
        let s = Arc::new(settings);
        if let Ok(mut m) = self.by_file.lock() {
            m.insert(file, s.clone());
        }
        Ok(s)
    }
}

/** One of the nine tone categories. */
export type Category =
  | "hostile"
  | "blame"
  | "dismissive"
  | "condescending"
  | "passive_aggressive"
  | "policy_wall"
  | "commanding"
  | "curt"
  | "jargon";

/** How serious a finding is. */
export type Severity = "error" | "warning" | "info";

/** `safe`: meaning kept, applied by `fix()`. `unsafe`: shown, applied only on request. */
export type Applicability = "safe" | "unsafe";

/** A warmer way to say the flagged words. */
export interface Suggestion {
  /** Replacement for `text.slice(finding.start, finding.end)`, case already matched. */
  text: string;
  applicability: Applicability;
}

/** One flagged phrase. Offsets are UTF-16 code units: `text.slice(start, end)` is the phrase. */
export interface Finding {
  /** Stable rule id, `category/slug`, e.g. `hostile/calm-down`. */
  ruleId: string;
  category: Category;
  severity: Severity;
  /** One-line message. */
  message: string;
  /** Why the wording reads badly to a customer. */
  why: string;
  /** Start, a JavaScript string index (UTF-16 code units). */
  start: number;
  /** End (exclusive), a JavaScript string index. */
  end: number;
  /** 1-based line of `start`. */
  line: number;
  /** 1-based column of `start`, counted in characters (code points). */
  column: number;
  /** 1-based line of `end`. */
  endLine: number;
  /** 1-based column of `end`, counted in characters. */
  endColumn: number;
  /** Warmer wordings, best first (may be empty). */
  suggestions: Suggestion[];
  /**
   * Other rules of the same category whose phrases this finding takes in, in text order:
   * neighbouring phrases of one kind in one sentence make one finding (usually empty).
   */
  also: string[];
}

/** Kinds of warm wording the score credits. */
export type MarkerKind = "acknowledge" | "apologise" | "thank" | "own" | "options";

/** A warm phrase; offsets are UTF-16 code units. */
export interface Marker {
  kind: MarkerKind;
  start: number;
  end: number;
}

/** The warmth score of a text. */
export interface Score {
  /** 0 (cold) to 100 (warm). */
  score: number;
  markers: Marker[];
}

/** Findings and score of one text. */
export interface Report {
  findings: Finding[];
  score: Score;
}

/** A rule, with the same fields as a `[[rule]]` table of a TOML pack (see docs/rules.md). */
export interface RuleSpec {
  id: string;
  category: Category;
  severity?: Severity;
  message: string;
  why: string;
  phrases?: string[];
  patterns?: string[];
  terms?: string[];
  check?: "bare-reply" | "shouting";
  max_words?: number;
  allow?: string[];
  unless_before?: string[];
  unless_after?: string[];
  unless_sentence?: string[];
  unless_later?: string[];
  unless_paragraph?: string[];
  suggest?: string[];
  /** Rewrites of particular flagged words, each `"PHRASE = replacement"`, offered first. */
  swap?: string[];
  applicability?: Applicability;
  flag?: string[];
  pass?: string[];
}

/** A warm marker, with the same fields as a `[[marker]]` table of a TOML pack. */
export interface MarkerSpec {
  kind: MarkerKind;
  phrases?: string[];
  patterns?: string[];
  unless_before?: string[];
  unless_after?: string[];
}

/** Linter options: the same as `warmly.toml`. Every field is optional. */
export interface LinterConfig {
  /** Rule ids or category names to enable; empty or absent enables all. */
  select?: string[];
  /** Rule ids or category names to disable. */
  ignore?: string[];
  /** Severity overrides by rule id or category name (a rule id wins over its category). */
  severity?: Record<string, Severity>;
  /** Extra rules; a rule with the id of a built-in one replaces it. */
  rules?: RuleSpec[];
  /** Extra warm markers. */
  markers?: MarkerSpec[];
  /** Phrases that are never flagged. */
  allow?: string[];
  /** Start from no built-in rules. */
  noBuiltin?: boolean;
}

/** What a rule is, for listings and explanations. */
export interface RuleInfo {
  id: string;
  category: Category;
  severity: Severity;
  message: string;
  why: string;
  suggestions: Suggestion[];
  /** Rewrites of particular flagged words (normalised), offered before `suggestions`. */
  swaps: { phrase: string; suggestion: Suggestion }[];
  /**
   * Examples the rule flags. Empty for built-in rules: their examples are left out of the
   * WebAssembly module to keep it small (`warmly explain RULE_ID` shows them).
   */
  flag: string[];
  /** Examples the rule lets pass (empty for built-in rules, as `flag`). */
  pass: string[];
  /** The pack it came from (`rules/hostile.toml`, or `config`). */
  source: string;
}

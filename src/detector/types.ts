// The detector's public contract. Every context (content script, background,
// CLI, tests, benchmarks) speaks these types; keep them stable.

export type Category = 'payment' | 'contact' | 'circumvention';
export type Severity = 'high' | 'medium' | 'low';
export type Marketplace = 'upwork' | 'fiverr' | 'freelancer' | 'peopleperhour';

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** UTF-16 offsets into the ORIGINAL text, end exclusive. */
  start: number;
  end: number;
  /** What was found, in one sentence a user understands. */
  message: string;
  /** The policy it protects, with its official link. */
  policy: PolicyRef;
  /** A compliant rewording of the sentence holding the finding, when the rule has one. */
  suggestion?: string;
  /** Original-text range of the sentence holding the finding; the UI swaps it for `suggestion`. */
  sentence?: { start: number; end: number };
  /** Set on findings from the user's own patterns. */
  userPatternId?: string;
}

export interface PolicyRef {
  title: string;
  url: string;
  /** ISO date the policy text was last checked against the official page. */
  checked: string;
}

export interface ScanResult {
  flagged: boolean;
  categories: Category[];
  findings: Finding[];
}

/** A user pattern after compilation in the background (re2js source, validated). */
export interface UserPatternSpec {
  id: string;
  /** Either a literal phrase or an RE2 regular expression source. */
  kind: 'phrase' | 'regex';
  source: string;
  category: Category;
  severity: Severity;
  note?: string;
}

export interface ScanOptions {
  marketplace?: Marketplace;
  /** After a contract starts, sharing contact details for the work is allowed. */
  contractActive?: boolean;
  /** Terms the user allows: a finding whose matched text equals one of them is dropped. */
  allowList?: readonly string[];
  /** Custom phrases and RE2 patterns. Invalid ones are skipped, never thrown. */
  userPatterns?: readonly UserPatternSpec[];
}

/** A user pattern compiled once (re2js: linear time, cannot hang). */
export interface CompiledUserPattern {
  id: string;
  kind: 'phrase' | 'regex';
  category: Category;
  severity: Severity;
  note?: string;
  /** Yields [start, end) ranges in the text it is given; never throws. */
  find(text: string): Array<[number, number]>;
}

export interface PatternDiagnostic {
  id: string;
  message: string;
}

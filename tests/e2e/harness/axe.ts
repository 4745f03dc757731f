import axe from 'axe-core';
import type { NativePage } from './native';

// axe-core in a page, past its CSP: the source goes in through the engine's own
// evaluation (CDP / BiDi), which CSP does not govern, unlike a <script> or eval().
export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

export interface AxeResult {
  violations: Violation[];
  /** How many passed checks were on nodes inside a shadow root (a target path longer than one). */
  shadowPasses: number;
}

export async function runAxe(page: NativePage, include?: string[][]): Promise<AxeResult> {
  const present = await page.evaluate(() => 'axe' in window, null);
  if (!present) await page.runScript(axe.source);
  return page.evaluate(async (context) => {
    type Axe = {
      run(
        context: unknown,
        options: unknown,
      ): Promise<{
        violations: {
          id: string;
          impact: string | null;
          help: string;
          nodes: { target: unknown[] }[];
        }[];
        passes: { nodes: { target: unknown[] }[] }[];
      }>;
    };
    const { violations, passes } = await (window as unknown as { axe: Axe }).axe.run(
      context ? { include: context } : document,
      { resultTypes: ['violations'] },
    );
    return {
      violations: violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((node) => JSON.stringify(node.target)),
      })),
      shadowPasses: passes
        .flatMap((rule) => rule.nodes)
        .filter((node) => Array.isArray(node.target[0])).length,
    };
  }, include ?? null);
}

export const describeViolations = (violations: Violation[]) =>
  violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.targets.join('\n    ')}`)
    .join('\n');

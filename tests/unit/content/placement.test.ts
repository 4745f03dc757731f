import { describe, expect, it } from 'vitest';
import { chipCandidates, placePanel } from '@/src/content/ui/position';
import { pauseFor } from '@/src/content/schedule';
import { outermost, siteFor } from '@/src/content/sites';
import { templateFor } from '@/src/content/incoming';

describe('chipCandidates', () => {
  it('tries the inside corner first only when the box is tall enough', () => {
    const tall = chipCandidates(new DOMRect(0, 0, 400, 120), { width: 44, height: 24 });
    expect(tall[0]!.bottom).toBeLessThanOrEqual(120);
    const short = chipCandidates(new DOMRect(0, 0, 400, 32), { width: 44, height: 24 });
    expect(short[0]!.top).toBeGreaterThanOrEqual(32);
  });
});

describe('placePanel', () => {
  const win = { innerWidth: 1280, innerHeight: 720 } as Window;
  it('opens above a compose box at the bottom of the page, leaving the box visible', () => {
    const composer = new DOMRect(300, 550, 950, 150);
    const spot = placePanel(
      new DOMRect(1200, 640, 44, 24),
      { width: 380, height: 400 },
      win,
      composer,
    );
    expect(spot.top + 400).toBeLessThanOrEqual(550);
  });
  it('opens below a box near the top', () => {
    const spot = placePanel(
      new DOMRect(500, 100, 44, 24),
      { width: 380, height: 300 },
      win,
      new DOMRect(100, 60, 450, 70),
    );
    expect(spot.top).toBeGreaterThanOrEqual(130);
  });
});

describe('pauseFor', () => {
  it.each([
    [0, 150],
    [5_000, 200],
    [1_000_000, 350],
  ])('waits for a pause fitting %i characters: %i ms', (length, pause) => {
    expect(pauseFor(length)).toBe(pause);
  });
});

describe('site data', () => {
  it.each([
    ['www.upwork.com', 'upwork'],
    ['upwork.com', 'upwork'],
    ['www.fiverr.com', 'fiverr'],
    ['example.com', null],
    ['upwork.com.evil.example', null],
  ])('%s is %s', (host, site) => {
    expect(siteFor(host)).toBe(site);
  });

  it('finds the outermost composer wrapper', () => {
    document.body.innerText = '';
    const outer = document.createElement('div');
    outer.className = 'composer';
    const inner = document.createElement('div');
    inner.className = 'composer';
    const editor = document.createElement('p');
    inner.append(editor);
    outer.append(inner);
    document.body.append(outer);
    expect(outermost(editor, '.composer')).toBe(outer);
  });
});

describe('templateFor', () => {
  it.each([
    [['payment'], [], 'decline-payment'],
    [['circumvention'], [], 'decline-payment'],
    [['contact'], [], 'decline-contact'],
    [['payment'], ['scam.check'], 'spot-scam'],
  ] as const)('answers %j %j with %s', (categories, ruleIds, id) => {
    expect(templateFor([...categories], [...ruleIds])).toBe(id);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { checkImport, FILE_FORMAT } from '@/src/store/transfer';
import { configureZod } from '@/src/shared/zodConfig';

// What a user reads when a settings file is refused: the field, then why.
const file = (fields: Record<string, unknown>) =>
  JSON.stringify({ format: FILE_FORMAT, version: 1, ...fields });

function error(text: string): string {
  const check = checkImport(text);
  if (check.ok) throw new Error('expected the import to be refused');
  return check.error;
}

describe('checkImport', () => {
  beforeAll(configureZod);

  it('accepts a file with only some settings', () => {
    const check = checkImport(file({ sendGuard: false, allowList: ['PayPal API'] }));
    expect(check.ok && check.file).toMatchObject({ sendGuard: false, allowList: ['PayPal API'] });
  });

  it('trims entries as it reads them', () => {
    const check = checkImport(file({ allowList: ['  Stripe webhook '] }));
    expect(check.ok && check.file.allowList).toEqual(['Stripe webhook']);
  });

  it('names the field and the expected type', () => {
    expect(error(file({ sendGuard: 'yes' }))).toBe(
      'sendGuard: Invalid input: expected boolean, received string',
    );
  });

  it('names the entry of a list', () => {
    const phrases = [
      { id: 'a', text: 'keep it quiet', category: 'circumvention', severity: 'low' },
      { id: 'b', text: '   ', category: 'circumvention', severity: 'low' },
    ];
    expect(error(file({ customPhrases: phrases }))).toBe(
      'customPhrases[1].text: must not be empty',
    );
  });

  it('names a value outside the choices', () => {
    expect(error(file({ sensitivity: 'paranoid' }))).toMatch(/^sensitivity: Invalid option/);
  });

  it('refuses repeated ids', () => {
    const pattern = { id: 'x', source: 'wire me', category: 'payment', severity: 'high' };
    expect(error(file({ customPatterns: [pattern, pattern] }))).toBe(
      'customPatterns[1].id: duplicate id "x"',
    );
  });

  it('refuses a file of another kind', () => {
    expect(error(JSON.stringify({ format: 'other', version: 1 }))).toMatch(/^format: /);
    expect(error('{"format":')).toBe('not a JSON file');
  });
});

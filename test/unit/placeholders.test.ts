import { fillPlaceholders, isKnownPlaceholder, placeholdersIn } from '../../src/manifest/placeholders';

describe('placeholders', () => {
  it('finds placeholders including args', () => {
    expect(placeholdersIn('out/{job}/{args.eps}-{target}')).toEqual(['job', 'args.eps', 'target']);
  });
  it('fills a placeholder inside one string without splitting it', () => {
    expect(fillPlaceholders('--x={args.v}', { 'args.v': 'a b; $(rm -rf ~)' })).toBe('--x=a b; $(rm -rf ~)');
  });
  it('leaves unknown placeholders and JSON braces alone', () => {
    expect(fillPlaceholders('{nope} {"a":1}', { job: 'j' })).toBe('{nope} {"a":1}');
  });
  it('knows the placeholders and the script args', () => {
    expect(isKnownPlaceholder('target_path', [])).toBe(true);
    expect(isKnownPlaceholder('args.eps', ['eps'])).toBe(true);
    expect(isKnownPlaceholder('args.nope', ['eps'])).toBe(false);
    expect(isKnownPlaceholder('secret', [])).toBe(false);
  });
});

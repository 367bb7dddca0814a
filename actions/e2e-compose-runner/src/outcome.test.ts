import { describe, expect, test } from '@jest/globals';
import { textWithUrls } from './outcome.ts';

describe('textWithUrls', () => {
  test('URLs become code, the rest escaped text', () => {
    expect(textWithUrls('web (http://127.0.0.1:8080/health): answered 404')).toBe(
      'web \\(<code>http&#58;//127.0.0.1:8080/health</code>\\): answered 404',
    );
    expect(textWithUrls('see [x](https://evil.example/login)')).toBe(
      'see \\[x\\]\\(<code>https&#58;//evil.example/login</code>\\)',
    );
  });
});

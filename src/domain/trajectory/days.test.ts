import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoDay, parseIsoDay, toEpochDay } from './days.js';

describe('calendar days', () => {
  it('parses real dates and refuses impossible ones', () => {
    expect(parseIsoDay('1970-01-01')).toBe(0);
    expect(parseIsoDay('2024-02-29')).toBe(19782);
    expect(parseIsoDay('2026-02-30')).toBeUndefined();
    expect(parseIsoDay('2025-02-29')).toBeUndefined();
    expect(parseIsoDay('2026-13-01')).toBeUndefined();
    expect(parseIsoDay('2026-1-5')).toBeUndefined();
    expect(parseIsoDay('yesterday')).toBeUndefined();
  });

  it('round-trips every day between 1900 and 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 84000 }), (day) => {
        expect(parseIsoDay(formatIsoDay(day))).toBe(day);
      }),
    );
  });

  it('accepts epoch days as they are', () => {
    expect(toEpochDay(20454)).toBe(20454);
    expect(toEpochDay('2026-01-01')).toBe(20454);
    expect(toEpochDay(Number.NaN)).toBeUndefined();
  });
});

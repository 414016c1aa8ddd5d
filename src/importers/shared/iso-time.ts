/**
 * ISO-8601 timestamps as exports write them: with an offset (Discord: absolute) or without one
 * (signal-export: the exporting computer's wall clock, read in the user's zone).
 */
import { wallClockToUtc } from '../wall-clock.js';

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/;

type Parts = {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
  ms: number;
  zone?: string;
};

function parts(text: string): Parts | undefined {
  const m = ISO.exec(text.trim());
  if (!m) return undefined;
  const p: Parts = {
    y: Number(m[1]),
    mo: Number(m[2]),
    d: Number(m[3]),
    h: Number(m[4]),
    mi: Number(m[5]),
    s: Number(m[6] ?? 0),
    ms: Math.floor(Number(`0.${m[7] ?? '0'}`) * 1000),
  };
  if (m[8] !== undefined) p.zone = m[8];
  if (p.mo < 1 || p.mo > 12 || p.d < 1 || p.d > 31 || p.h > 23 || p.mi > 59 || p.s > 60)
    return undefined;
  return p;
}

/**
 * An ISO timestamp with an offset or "Z" to UTC ms; undefined for anything else (including a
 * timestamp without an offset, which would silently depend on the machine's zone).
 *
 * @example
 * parseIsoWithOffset('2024-04-30T21:14:03.4120000+02:00') // Date.UTC(2024, 3, 30, 19, 14, 3, 412)
 */
export function parseIsoWithOffset(text: string): number | undefined {
  const p = parts(text);
  if (!p || p.zone === undefined) return undefined;
  const utc = Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s, p.ms);
  if (p.zone === 'Z') return utc;
  const sign = p.zone.startsWith('-') ? -1 : 1;
  const digits = p.zone.slice(1).replace(':', '');
  const offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * 60_000;
  return utc - offset;
}

/**
 * A wall-clock ISO timestamp (no offset) read in `timeZone`; one with an offset is read as such.
 *
 * @example
 * parseLocalIso('2024-05-29T15:04:00.123000', 'Europe/Berlin') // Date.UTC(2024, 4, 29, 13, 4, 0, 123)
 */
export function parseLocalIso(text: string, timeZone: string): number | undefined {
  const p = parts(text);
  if (!p) return undefined;
  if (p.zone !== undefined) return parseIsoWithOffset(text);
  return wallClockToUtc(p.y, p.mo, p.d, p.h, p.mi, p.s, timeZone) + p.ms;
}

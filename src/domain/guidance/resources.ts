/**
 * Help lines as data: picks the right ones for a country and a safety situation, in the order
 * a person in that situation needs them. An unknown country gets the international
 * directories, never nothing.
 */
import type { SafetyGate } from './safety-gate.js';
import type { Country, ResourceKind, Resources, Service } from './schema.js';

export type ResourceItem = Service & {
  /** The country the service belongs to, or null for an international directory. */
  country: string | null;
};

export type ResolvedCountry =
  | { resolvedBy: 'country'; country: Country }
  | { resolvedBy: 'directories'; requested: string | null };

/**
 * Finds a supported country by ISO code or alias, case-insensitively.
 *
 * @example
 * resolveCountry(data, 'uk') // → { resolvedBy: 'country', country: { code: 'GB', … } }
 * resolveCountry(data, 'BR') // → { resolvedBy: 'directories', requested: 'BR' }
 */
export function resolveCountry(data: Resources, code: string | null | undefined): ResolvedCountry {
  const wanted = code?.trim().toUpperCase() ?? '';
  if (wanted === '') return { resolvedBy: 'directories', requested: null };
  const country = data.countries.find((c) => c.code === wanted || c.aliases.includes(wanted));
  return country
    ? { resolvedBy: 'country', country }
    : { resolvedBy: 'directories', requested: wanted };
}

/**
 * The region of a BCP 47 locale when it is a country we support ("en-GB" → "GB").
 *
 * @example
 * countryFromLocale(data, 'de-DE') // → 'DE'
 * countryFromLocale(data, 'pt-BR') // → undefined
 */
export function countryFromLocale(data: Resources, locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  const region = /[-_]([A-Za-z]{2})(?:[-_.@]|$)/.exec(locale)?.[1]?.toUpperCase();
  if (!region) return undefined;
  const resolved = resolveCountry(data, region);
  return resolved.resolvedBy === 'country' ? resolved.country.code : undefined;
}

/**
 * The order of service kinds for a safety situation: the user's own crisis puts crisis lines
 * first whatever else; urgent abuse puts the emergency number and the abuse line at the top.
 */
export function resourceOrder(gate: SafetyGate): ResourceKind[] {
  if (gate.selfHarm) return ['crisis', 'emergency', 'abuse', 'directory'];
  if (gate.urgentAbuse) return ['emergency', 'abuse', 'crisis', 'directory'];
  if (gate.abuse) return ['abuse', 'emergency', 'crisis', 'directory'];
  if (gate.partnerCrisis) return ['crisis', 'emergency', 'abuse', 'directory'];
  return ['crisis', 'abuse', 'emergency', 'directory'];
}

/**
 * The help lines for a country in the order this situation needs them. For a country we do not
 * list, the international directories (plus a reminder to use the local emergency number).
 *
 * @example
 * resourcesFor(data, 'US', safetyGate({ level: 'none', flags: [] }))[0].service
 */
export function resourcesFor(
  data: Resources,
  code: string | null | undefined,
  gate: SafetyGate,
): ResourceItem[] {
  const resolved = resolveCountry(data, code);
  const order = resourceOrder(gate);
  const pool: ResourceItem[] =
    resolved.resolvedBy === 'country'
      ? resolved.country.services.map((s) => ({ ...s, country: resolved.country.code }))
      : data.directories.map((s) => ({ ...s, country: null }));
  // A stable sort keeps the data's own order (most general line first) within a kind.
  return pool
    .map((item, index) => ({ item, index }))
    .sort((a, b) => order.indexOf(a.item.kind) - order.indexOf(b.item.kind) || a.index - b.index)
    .map(({ item }) => item);
}

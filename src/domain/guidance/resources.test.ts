import { describe, expect, expectTypeOf, it } from 'vitest';
import { CAUSE_IDS } from '../knowledge/schema.js';
import type { TrajectoryState as CoreTrajectoryState } from '../trajectory/index.js';
import { TRAJECTORY_STATES as CORE_STATES } from '../trajectory/index.js';
import { TRAJECTORY_STATES, type TrajectoryState } from './schema.js';
import { findGuidanceProblems, guidanceData, validateGuidance } from './load.js';
import { countryFromLocale, resolveCountry, resourcesFor } from './resources.js';
import { safetyGate } from './safety-gate.js';
import { flag } from './test-support/assessments.js';

const data = guidanceData();
const SUPPORTED = ['US', 'GB', 'CA', 'AU', 'IE', 'NZ', 'DE', 'FR', 'IN'];
const none = safetyGate({ level: 'none', flags: [] });

describe('guidance data', () => {
  it('validates against its schema and links', () => {
    expect(findGuidanceProblems(data)).toEqual([]);
  });

  it('rejects a service without a source or with a bad date', () => {
    const broken = structuredClone(data);
    const first = broken.resources.countries[0]?.services[0];
    if (!first) throw new Error('no service');
    (first as { sources: string[] }).sources = [];
    const result = validateGuidance(broken);
    expect(result.ok).toBe(false);
    const badDate = structuredClone(data);
    const service = badDate.resources.directories[0];
    if (!service) throw new Error('no directory');
    service.lastVerified = '21/11/2026';
    expect(validateGuidance(badDate).ok).toBe(false);
  });

  it('catches a cause left with fewer than two steps', () => {
    const thin = structuredClone(data);
    thin.plan.steps = thin.plan.steps.filter((s) => s.causes['settling'] === undefined);
    expect(findGuidanceProblems(thin).join('\n')).toMatch(/settling/);
  });

  it('uses the same trajectory states as the trajectory analysis', () => {
    expectTypeOf<TrajectoryState>().toEqualTypeOf<CoreTrajectoryState>();
    expect([...TRAJECTORY_STATES].sort()).toEqual([...CORE_STATES].sort());
  });

  it('has at least two steps for every cause', () => {
    for (const id of CAUSE_IDS) {
      expect(data.plan.steps.filter((s) => s.causes[id]).length).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('resources', () => {
  it('gives every entry a source and a verification date', () => {
    const all = [
      ...data.resources.countries.flatMap((c) => c.services),
      ...data.resources.directories,
    ];
    expect(all.length).toBeGreaterThan(30);
    for (const service of all) {
      expect(service.sources.length).toBeGreaterThan(0);
      for (const source of service.sources) expect(source).toMatch(/^https?:\/\//);
      expect(Number.isNaN(Date.parse(service.lastVerified))).toBe(false);
    }
  });

  it.each(SUPPORTED)('resolves %s to its own lines: emergency, crisis and abuse', (code) => {
    const resolved = resolveCountry(data.resources, code.toLowerCase());
    expect(resolved.resolvedBy).toBe('country');
    const items = resourcesFor(data.resources, code, none);
    for (const kind of ['emergency', 'crisis', 'abuse'] as const) {
      expect(items.some((i) => i.kind === kind && i.country === code)).toBe(true);
    }
  });

  it('accepts UK as an alias for GB', () => {
    const resolved = resolveCountry(data.resources, 'UK');
    expect(resolved.resolvedBy === 'country' && resolved.country.code).toBe('GB');
  });

  it.each(['BR', 'JP', 'ZZ', '', null, undefined])(
    'falls back to the international directories for %s, never to nothing',
    (code) => {
      const items = resourcesFor(data.resources, code, none);
      expect(items.length).toBeGreaterThanOrEqual(3);
      expect(items.every((i) => i.kind === 'directory' && i.country === null)).toBe(true);
    },
  );

  it('orders lines by the situation', () => {
    const selfHarm = safetyGate({ level: 'urgent', flags: [flag('self-harm'), flag('weapon')] });
    expect(resourcesFor(data.resources, 'NZ', selfHarm)[0]?.kind).toBe('crisis');
    const urgent = safetyGate({ level: 'urgent', flags: [flag('threat-to-kill')] });
    expect(resourcesFor(data.resources, 'DE', urgent)[0]?.phone).toBe('110 or 112');
    const concern = safetyGate({ level: 'concern', flags: [flag('isolation')] });
    expect(resourcesFor(data.resources, 'FR', concern)[0]?.phone).toBe('3919');
  });

  it('reads the country from a locale only when we support it', () => {
    expect(countryFromLocale(data.resources, 'en-GB')).toBe('GB');
    expect(countryFromLocale(data.resources, 'de_DE.UTF-8')).toBe('DE');
    expect(countryFromLocale(data.resources, 'pt-BR')).toBeUndefined();
    expect(countryFromLocale(data.resources, 'en')).toBeUndefined();
  });
});

describe('safetyGate', () => {
  it('lifts the level to the strongest flag', () => {
    expect(safetyGate({ level: 'none', flags: [flag('stalking')] }).level).toBe('urgent');
    expect(safetyGate({ level: 'none', flags: [flag('isolation')] }).level).toBe('concern');
  });

  it("tells the user's own crisis and the partner's crisis from abuse", () => {
    const own = safetyGate({ level: 'urgent', flags: [flag('self-harm')] });
    expect(own.selfHarm).toBe(true);
    expect(own.abuse).toBe(false);
    expect(own.allowsPartnerSteps).toBe(false);
    const partner = safetyGate({ level: 'concern', flags: [flag('partner-crisis')] });
    expect(partner.groups).toEqual(['partner-crisis']);
  });

  it('treats a level without flags as a possible abuse concern', () => {
    const gate = safetyGate({ level: 'concern', flags: [] });
    expect(gate.abuse).toBe(true);
    expect(gate.allowsPartnerSteps).toBe(false);
  });
});

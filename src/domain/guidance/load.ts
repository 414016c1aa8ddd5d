/**
 * Loads the guidance knowledge from `./data/*.json` and validates it: the shape (zod) and the
 * links the schema cannot see (unique ids, every cause covered by at least two steps, a
 * conversation template and indicators for every cause, patterns that compile).
 */
import { CAUSE_IDS } from '../knowledge/schema.js';
import { fail, ok, type Result } from '../result.js';
import conversation from './data/conversation.json' with { type: 'json' };
import draftReview from './data/draft-review.json' with { type: 'json' };
import plan from './data/plan.json' with { type: 'json' };
import resources from './data/resources.json' with { type: 'json' };
import { guidanceDataSchema, type GuidanceData } from './schema.js';

/**
 * Validates raw guidance data.
 *
 * @example
 * const result = validateGuidance({ resources, plan, conversation, draftReview });
 * if (!result.ok) console.error(result.error.message);
 */
export function validateGuidance(raw: unknown): Result<GuidanceData> {
  const parsed = guidanceDataSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return fail(
      'invalid-guidance',
      `Guidance data is invalid at ${first ? first.path.join('.') : ''}: ${first?.message ?? 'unknown'}`,
    );
  }
  const problems = findGuidanceProblems(parsed.data);
  if (problems.length > 0) {
    return fail(
      'invalid-guidance',
      `Guidance data is invalid: ${problems[0]}`,
      problems.join('\n'),
    );
  }
  return ok(parsed.data);
}

export function findGuidanceProblems(data: GuidanceData): string[] {
  const problems: string[] = [];
  const unique = (ids: string[], what: string) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problems.push(`duplicate ${what} id "${id}"`);
      seen.add(id);
    }
  };
  const allServices = [
    ...data.resources.countries.flatMap((c) => c.services),
    ...data.resources.directories,
  ];
  unique(
    allServices.map((s) => s.id),
    'service',
  );
  unique(
    data.resources.countries.flatMap((c) => [c.code, ...c.aliases]),
    'country code',
  );
  unique([...data.plan.steps.map((s) => s.id), ...data.plan.safetySteps.map((s) => s.id)], 'step');
  unique(
    data.draftReview.rules.map((r) => r.id),
    'draft rule',
  );

  for (const country of data.resources.countries) {
    for (const kind of ['emergency', 'crisis', 'abuse'] as const) {
      if (!country.services.some((s) => s.kind === kind))
        problems.push(`country ${country.code} has no ${kind} service`);
    }
  }
  for (const cause of CAUSE_IDS) {
    const steps = data.plan.steps.filter((s) => s.causes[cause] !== undefined);
    if (steps.length < 2) problems.push(`cause "${cause}" has fewer than two plan steps`);
    if (!data.plan.indicators[cause]) problems.push(`cause "${cause}" has no indicators`);
    if (!data.conversation.templates.some((t) => t.topic === cause))
      problems.push(`cause "${cause}" has no conversation template`);
  }
  if (!data.conversation.templates.some((t) => t.topic === 'general'))
    problems.push('no general conversation template');
  for (const group of ['self-harm', 'urgent', 'abuse', 'partner-crisis'] as const) {
    if (!data.plan.safetySteps.some((s) => s.appliesTo.includes(group)))
      problems.push(`safety group "${group}" has no steps`);
  }
  for (const source of data.plan.monitoring.patterns) {
    try {
      new RegExp(source, 'iu');
    } catch {
      problems.push(`monitoring pattern does not compile: ${source}`);
    }
  }
  return problems;
}

let cached: GuidanceData | undefined;

/** The bundled guidance data, validated on first use. A failure here is a bug in our data. */
export function guidanceData(): GuidanceData {
  if (cached) return cached;
  const result = validateGuidance({ resources, plan, conversation, draftReview });
  if (!result.ok)
    throw new Error(result.error.message + (result.error.detail ? `\n${result.error.detail}` : ''));
  cached = result.value;
  return cached;
}

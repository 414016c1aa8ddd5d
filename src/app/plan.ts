/**
 * The plan use case shared by the CLI, the web app and the library: weigh every source of
 * evidence with the one engine, then turn the assessment, the trajectory state and the user's
 * country into guidance, with safety first.
 */
import {
  assess,
  observationsFromAnswers,
  type Answers,
  type Assessment,
  type Observation,
} from '../domain/evidence/index.js';
import {
  buildPlan,
  countryFromLocale,
  guidanceData,
  resolveCountry,
  type GuidanceData,
  type Plan,
  type TrajectoryState,
} from '../domain/guidance/index.js';
import {
  knowledgeBase,
  type KnowledgeBase,
  type PartnerWording,
} from '../domain/knowledge/index.js';
import { fail, ok, type Result } from '../domain/result.js';
import { analyseTrend, type TextFile } from './trend.js';

export type {
  Plan,
  PlanSection,
  PlanStep,
  PlanWarning,
  ResourceItem,
  TrajectoryState,
} from '../domain/guidance/index.js';

/** Where the country for the help lines came from. */
export type CountrySource = 'option' | 'settings' | 'locale' | 'none';

export type PlanRequest = {
  answers?: Answers;
  /** Evidence from the other sources: free text, check-ins, chat exports. */
  observations?: readonly Observation[];
  /** An assessment made elsewhere (the web app's session); used instead of answers. */
  assessment?: Assessment;
  trajectory?: TrajectoryState | undefined;
  /**
   * The user's own description (`--text`): read for signals and safety flags like `closer
   * analyze`, and for questions about monitoring the partner.
   */
  description?: TextFile | undefined;
  /** Check-ins as CSV (`closer trend`'s format): adds the trajectory's evidence and its state. */
  checkIns?: TextFile | undefined;
  /** `--country`, as typed. */
  country?: string | undefined;
  /** The country saved in the vault's settings. */
  settingsCountry?: string | undefined;
  /** The system locale (e.g. "en-GB"), the last resort before the directories. */
  locale?: string | undefined;
  wording?: PartnerWording;
  /** The user's own words, scanned for questions about monitoring the partner. */
  userWords?: string | undefined;
};

export type PlanReport = Plan & {
  country: { code: string | null; name: string | null; from: CountrySource };
};

const COUNTRY_CODE = /^[A-Za-z]{2,3}$/;

/**
 * Picks the country for help lines: `--country` when given, else the saved setting, else the
 * system locale's region when we list it, else none (the international directories).
 *
 * @example
 * chooseCountry({ locale: 'en-NZ' }) // → { ok: true, value: { code: 'NZ', from: 'locale' } }
 */
export function chooseCountry(
  request: Pick<PlanRequest, 'country' | 'settingsCountry' | 'locale'>,
  data: GuidanceData = guidanceData(),
): Result<{ code: string | null; from: CountrySource }> {
  if (request.country !== undefined) {
    const code = request.country.trim();
    if (!COUNTRY_CODE.test(code)) {
      return fail(
        'invalid-country',
        `--country must be a two-letter country code such as GB or US (got "${request.country}")`,
      );
    }
    return ok({ code: code.toUpperCase(), from: 'option' });
  }
  if (request.settingsCountry) return ok({ code: request.settingsCountry, from: 'settings' });
  const fromLocale = countryFromLocale(data.resources, request.locale);
  if (fromLocale) return ok({ code: fromLocale, from: 'locale' });
  return ok({ code: null, from: 'none' });
}

/**
 * Builds the plan from answers and any other evidence (or from a ready assessment). The text
 * reader (and its language model, a fifth of a second to load) is loaded only for a plan with a
 * description.
 *
 * @example
 * const report = await makePlan({ answers: { 'safety.fear': 'no' }, country: 'GB' });
 * if (report.ok) console.log(report.value.steps.map((s) => s.title));
 */
export async function makePlan(
  request: PlanRequest,
  kb: KnowledgeBase = knowledgeBase(),
  data: GuidanceData = guidanceData(),
): Promise<Result<PlanReport>> {
  let trajectory = request.trajectory;
  const extra: Observation[] = [...(request.observations ?? [])];
  if (request.description) {
    const { textObservations } = await import('./analyze.js');
    const fromText = textObservations(
      request.description.text,
      request.wording ?? {},
      request.description.name,
      kb,
    );
    if (!fromText.ok) return fromText;
    extra.push(...fromText.value);
  }
  if (request.checkIns) {
    const trend = analyseTrend({ checkIns: request.checkIns });
    if (!trend.ok) return trend;
    trajectory = trend.value.state;
    extra.push(...trend.value.signals);
  }
  let assessment = request.assessment;
  if (!assessment) {
    const fromAnswers = observationsFromAnswers(kb, request.answers ?? {});
    if (!fromAnswers.ok) return fromAnswers;
    assessment = assess(kb, [...fromAnswers.value, ...extra]);
  }
  const country = chooseCountry(request, data);
  if (!country.ok) return country;
  const plan = buildPlan(data, {
    assessment,
    trajectory,
    country: country.value.code,
    wording: request.wording ?? {},
    userWords: [request.userWords, request.description?.text].filter(Boolean).join('\n'),
  });
  const resolved = resolveCountry(data.resources, country.value.code);
  return ok({
    ...plan,
    country: {
      code: resolved.resolvedBy === 'country' ? resolved.country.code : country.value.code,
      name: resolved.resolvedBy === 'country' ? resolved.country.name : null,
      from: country.value.from,
    },
  });
}

/** The countries closer lists help lines for, as `{ code, name }`. */
export function supportedCountries(
  data: GuidanceData = guidanceData(),
): { code: string; name: string }[] {
  return data.resources.countries.map((c) => ({ code: c.code, name: c.name }));
}

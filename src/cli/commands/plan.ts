/**
 * `closer plan`: the steps for this week, ranked by the causes found, with safety first.
 */
import type { Command } from 'commander';
// Only types at the top: the plan's guidance data, the knowledge base and the text analysis
// (wink-nlp) load when `closer plan` runs.
import type { PlanInput as SavedPlan } from '../../app/vault.js';
import type { PlanReport, PlanRequest, ResourceItem } from '../../app/plan.js';
import { badInput, printJson } from '../output.js';
import { readTextInput } from '../read-input.js';
import { wordingFrom } from './assess.js';
import { must, withUnlockedVault } from './vault.js';

const MAX_ANSWERS_BYTES = 1 << 20;
const MAX_TEXT_BYTES = 100 * 1024;
const MAX_CHECKINS_BYTES = 4 << 20;

type PlanOptions = {
  answers?: string;
  text?: string;
  checkins?: string;
  country?: string;
  json?: boolean;
  name?: string;
  pronoun?: string;
  vault?: boolean;
};

const label = (path: string) => (path === '-' ? 'stdin' : path);

/** One help line as a line of text: service, how to reach it, hours, who it is for. */
export function formatResource(item: ResourceItem): string {
  const reach = [item.phone, item.text, item.web].filter((x) => x !== undefined).join(' · ');
  const notes = item.notes ? `\n      ${item.notes}` : '';
  return `  • ${item.service}: ${reach}\n      ${item.hours}; for ${item.for}${notes}`;
}

/** The readable plan, in the order the plan's layout asks for. */
export function formatPlan(plan: PlanReport): string {
  const out: string[] = [];
  const where = plan.country.name ?? 'your country (international directories)';
  for (const section of plan.layout) {
    switch (section) {
      case 'safety':
        out.push('YOUR SAFETY COMES FIRST', ...plan.safety.notes.map((n) => `  ${n}`), '');
        break;
      case 'resources': {
        const top = plan.resources.placement === 'top';
        out.push(
          top ? `Help lines for ${where}:` : `If things get hard, help lines for ${where}:`,
          ...plan.resources.notes.map((n) => `  ${n}`),
          ...plan.resources.items.map(formatResource),
        );
        if (top) {
          out.push('', 'What to expect when you call:', ...plan.safety.whatToExpect.map(bullet));
          if (plan.safety.safetyPlanning.length > 0)
            out.push('', 'Safety planning basics:', ...plan.safety.safetyPlanning.map(bullet));
          if (plan.safety.deviceSafety.length > 0)
            out.push('', 'Your devices:', ...plan.safety.deviceSafety.map(bullet));
        }
        out.push('');
        break;
      }
      case 'monitoring':
        out.push(
          'About checking your partner’s phone or messages:',
          ...(plan.monitoring ?? []).map(bullet),
          '',
        );
        break;
      case 'steps':
        out.push(
          plan.safety.level !== 'none'
            ? 'Steps for this week, your safety first:'
            : plan.lowEvidence
              ? 'Steps for this week (the picture is still unclear, so these are general):'
              : `Steps for this week, from what you shared (${plan.focus.map((c) => c.name).join(', ')}):`,
        );
        plan.steps.forEach((step, i) => {
          out.push(`${i + 1}. ${step.title}`);
          const forWhat =
            step.causes.length > 0 ? `For ${step.causes.map((c) => c.name).join(', ')}: ` : '';
          out.push(`   ${forWhat}${step.why}`);
          out.push(...step.thisWeek.map((t) => `   - ${t}`));
          out.push(`   Afterwards, watch for: ${step.watchFor}`);
        });
        out.push('');
        break;
      case 'warnings':
        if (plan.warnings.length === 0) break;
        out.push('What tends to backfire here:');
        for (const w of plan.warnings)
          out.push(`  • Avoid: ${w.avoid} ${w.why} Instead: ${w.instead}`);
        out.push('');
        break;
      case 'honesty':
        out.push('Being honest:', ...(plan.honesty ?? []).map(bullet), '');
        break;
      case 'for-yourself':
        out.push('For yourself, whatever the cause:', ...plan.forYourself.map(bullet), '');
        break;
      case 'recheck':
        out.push(
          `When to look again: in ${plan.recheck.weeks} week${plan.recheck.weeks === 1 ? '' : 's'}. ${plan.recheck.why}`,
          ...(plan.recheck.indicators.length > 0
            ? [`  Watch: ${plan.recheck.indicators.join('; ')}.`]
            : []),
          '',
        );
        break;
    }
  }
  return out.join('\n').trimEnd();
}

const bullet = (line: string) => `  • ${line}`;

export function registerPlanCommand(program: Command): void {
  program
    .command('plan')
    .description('A plan for this week, ranked by the likely causes, with safety first')
    .option('--answers <file>', 'answers as JSON: { "answers": { "<questionId>": "<value>" } }')
    .option('--text <file>', 'your own description of what is going on, as plain text')
    .option('--checkins <file>', 'check-ins as CSV (see `closer trend --help`)')
    .option('--country <code>', 'two-letter country code for help lines, e.g. GB, US, DE')
    .option('--json', 'print the plan as JSON')
    .option('--name <name>', "your partner's name")
    .option('--pronoun <pronoun>', 'they, she or he (default: they)')
    .option(
      '--vault',
      "use your vault: its country and your partner's name when not given here, and save the plan there",
    )
    .addHelpText(
      'after',
      '\nExamples:\n  closer plan --answers answers.json --country GB\n  closer plan --answers answers.json --text notes.txt --json',
    )
    .action(async (options: PlanOptions, command: Command) => {
      const wording = wordingFrom(options);
      const request: PlanRequest = {
        wording,
        country: options.country,
        locale: Intl.DateTimeFormat().resolvedOptions().locale,
      };
      if (options.answers) {
        const content = await readTextInput(options.answers, { maxBytes: MAX_ANSWERS_BYTES });
        const { parseAnswersFile } = await import('../../app/assess.js');
        const answers = parseAnswersFile(content, label(options.answers));
        if (!answers.ok) badInput(answers.error.message);
        request.answers = answers.value;
      }
      if (options.text) {
        const text = await readTextInput(options.text, { maxBytes: MAX_TEXT_BYTES });
        request.description = { name: label(options.text), text };
      }
      if (options.checkins) {
        const text = await readTextInput(options.checkins, { maxBytes: MAX_CHECKINS_BYTES });
        request.checkIns = { name: label(options.checkins), text };
      }
      const { makePlan } = await import('../../app/plan.js');
      const print = (report: PlanReport) => {
        if (options.json) printJson(report);
        else process.stdout.write(`${formatPlan(report)}\n`);
      };
      if (!options.vault) {
        const report = await makePlan(request);
        if (!report.ok) badInput(report.error.message);
        print(report.value);
        return;
      }
      await withUnlockedVault(command, async (vault) => {
        const settings = must(await vault.settings.get());
        if (settings.country) request.settingsCountry = settings.country;
        if (options.name === undefined && settings.partnerName) wording.name = settings.partnerName;
        if (options.pronoun === undefined) wording.pronoun = settings.partnerPronoun;
        const report = await makePlan(request);
        if (!report.ok) badInput(report.error.message);
        must(
          await vault.plans.add({
            title: report.value.steps[0]?.title ?? null,
            content: JSON.parse(JSON.stringify(report.value)) as SavedPlan['content'],
          }),
        );
        print(report.value);
      });
    });
}

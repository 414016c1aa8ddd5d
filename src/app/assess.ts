/**
 * Assessment use cases shared by the CLI, the web app and the library: validate answers, weigh
 * every source of evidence with the one engine, and describe the result for people.
 */
import {
  acceptedValues,
  assess,
  isQuestionOpen,
  nextQuestion,
  observationsFromAnswers,
  questionsById,
  type Answers,
  type Assessment,
  type Contribution,
  type NextQuestionOptions,
  type Observation,
  type Provenance,
} from '../domain/evidence/index.js';
import {
  knowledgeBase,
  NOT_SURE,
  renderQuestionText,
  type CauseId,
  type KnowledgeBase,
  type PartnerWording,
  type Question,
  type SafetyFlagId,
  type SafetyLevel,
} from '../domain/knowledge/index.js';
import { fail, ok, type Result } from '../domain/result.js';

export type { Answers, Observation, PartnerWording, SafetyLevel };
export { NOT_SURE };

export type EvidenceView = {
  signal: string;
  label: string;
  /** Log-odds this piece adds to the cause (negative: against). */
  logOdds: number;
  reason: string;
  /** A sentence pointing at where it came from: the answer, the words, the weeks. */
  evidence: string;
  from: Provenance;
  source?: string;
};

export type CauseView = {
  id: CauseId;
  name: string;
  score: number;
  confidence: 'low' | 'medium' | 'high';
  for: EvidenceView[];
  against: EvidenceView[];
  facets: { id: string; name: string }[];
};

export type SafetyView = {
  level: SafetyLevel;
  flags: { id: SafetyFlagId; level: 'concern' | 'urgent'; evidence: string; from: Provenance }[];
};

export type QuestionView = {
  id: string;
  text: string;
  about: Question['about'];
  options: { value: string; label: string }[];
  help?: string;
  followUp?: { questionId: string; values: string[] };
  measures: string[];
};

export type AssessmentReport = {
  causes: CauseView[];
  safety: SafetyView;
  next: { questionId: string; text: string } | null;
  /** Questions answered, "not sure" included. */
  asked: number;
};

const NOT_SURE_LABEL = 'Not sure';

/** A question as shown: placeholders filled, "Not sure" always last. */
export function viewQuestion(question: Question, wording: PartnerWording = {}): QuestionView {
  const view: QuestionView = {
    id: question.id,
    text: renderQuestionText(question.text, wording),
    about: question.about,
    options: [
      ...question.options.map((o) => ({
        value: o.value,
        label: renderQuestionText(o.label, wording),
      })),
      { value: NOT_SURE, label: NOT_SURE_LABEL },
    ],
    measures: [...new Set(question.options.flatMap((o) => o.signals.map((s) => s.id)))],
  };
  if (question.help !== undefined) view.help = renderQuestionText(question.help, wording);
  if (question.followUp !== undefined) view.followUp = question.followUp;
  return view;
}

/** Every question of the bank, the safety screen first. */
export function listQuestions(wording: PartnerWording = {}, kb = knowledgeBase()): QuestionView[] {
  return [...kb.safetyQuestions, ...kb.questions].map((q) => viewQuestion(q, wording));
}

/** One sentence that points at where a piece of evidence came from. */
export function describeProvenance(
  provenance: Provenance,
  wording: PartnerWording = {},
  kb = knowledgeBase(),
): string {
  switch (provenance.kind) {
    case 'answer': {
      const question = questionsById(kb).get(provenance.questionId);
      if (!question) return `Your answer "${provenance.value}"`;
      const label =
        question.options.find((o) => o.value === provenance.value)?.label ?? provenance.value;
      return `You answered "${renderQuestionText(label, wording)}" to "${renderQuestionText(question.text, wording)}"`;
    }
    case 'text':
      return `You wrote: "${provenance.quote}"`;
    case 'trajectory':
      return provenance.detail;
    case 'chat':
      return provenance.detail;
  }
}

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

function viewContribution(
  c: Contribution,
  wording: PartnerWording,
  kb: KnowledgeBase,
): EvidenceView {
  const view: EvidenceView = {
    signal: c.signalId,
    label: c.label,
    logOdds: round(c.logOdds),
    reason: c.reason,
    evidence: describeProvenance(c.provenance, wording, kb),
    from: c.provenance,
  };
  if (c.source !== undefined) view.source = c.source;
  return view;
}

/** Turns the engine's assessment into the shape the CLI prints and the pages render. */
export function viewAssessment(
  assessment: Assessment,
  wording: PartnerWording = {},
  kb = knowledgeBase(),
): Pick<AssessmentReport, 'causes' | 'safety'> {
  const facetNames = new Map(
    kb.causes.flatMap((c) => c.facets.map((f) => [`${c.id}/${f.id}`, f.name])),
  );
  return {
    causes: assessment.causes.map((cause) => ({
      id: cause.id,
      name: cause.name,
      score: round(cause.score),
      confidence: cause.confidence,
      for: cause.for.map((c) => viewContribution(c, wording, kb)),
      against: cause.against.map((c) => viewContribution(c, wording, kb)),
      facets: cause.facets.map((id) => ({ id, name: facetNames.get(id) ?? id })),
    })),
    safety: {
      level: assessment.safety.level,
      flags: assessment.safety.flags.map((flag) => ({
        id: flag.id,
        level: flag.level,
        evidence: describeProvenance(flag.provenance, wording, kb),
        from: flag.provenance,
      })),
    },
  };
}

export type AssessInput = {
  answers: Answers;
  /** Evidence from other sources: free text, check-ins, chat exports. */
  observations?: readonly Observation[];
  wording?: PartnerWording;
  questioning?: NextQuestionOptions;
};

/**
 * Weighs the answers and any other evidence; returns the ranked causes, the safety block and
 * the question that would help most next (null when the ranking has settled).
 *
 * @example
 * const report = runAssessment({ answers: { 'q.safety-fear': 'no' } });
 * if (report.ok) console.log(report.value.causes[0]?.name);
 */
export function runAssessment(input: AssessInput, kb = knowledgeBase()): Result<AssessmentReport> {
  const fromAnswers = observationsFromAnswers(kb, input.answers);
  if (!fromAnswers.ok) return fromAnswers;
  const observations = [...fromAnswers.value, ...(input.observations ?? [])];
  const wording = input.wording ?? {};
  const step = nextQuestion(kb, input.answers, observations, input.questioning);
  return ok({
    ...viewAssessment(assess(kb, observations), wording, kb),
    next:
      step.kind === 'done'
        ? null
        : { questionId: step.question.id, text: renderQuestionText(step.question.text, wording) },
    asked: Object.keys(input.answers).length,
  });
}

/**
 * Reads an answers file: `{ "answers": { "<questionId>": <value>, ... } }`. Values may be
 * strings or numbers; each must be one of its question's options or "not-sure".
 */
export function parseAnswersFile(
  content: string,
  fileLabel: string,
  kb = knowledgeBase(),
): Result<Answers> {
  let data: unknown;
  try {
    data = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fail(
      'invalid-json',
      `${fileLabel}: not valid JSON (${error instanceof Error ? error.message : 'parse error'})`,
    );
  }
  if (typeof data !== 'object' || data === null || !('answers' in data)) {
    return fail('invalid-answers', `${fileLabel}: expected an object with an "answers" field`);
  }
  const raw = data.answers;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail(
      'invalid-answers',
      `${fileLabel}: "answers" must be an object of question id → value`,
    );
  }
  const byId = questionsById(kb);
  const answers: Record<string, string> = {};
  for (const [questionId, value] of Object.entries(raw as Record<string, unknown>)) {
    const question = byId.get(questionId);
    if (!question)
      return fail('unknown-question', `${fileLabel}: unknown question id "${questionId}"`);
    if (typeof value !== 'string' && typeof value !== 'number') {
      return fail('invalid-answer', `${fileLabel}: the answer to "${questionId}" must be a string`);
    }
    const text = String(value);
    if (!acceptedValues(question).includes(text)) {
      return fail(
        'invalid-answer',
        `${fileLabel}: "${text}" is not an answer to "${questionId}" (expected one of: ${acceptedValues(question).join(', ')})`,
      );
    }
    answers[questionId] = text;
  }
  return ok(answers);
}

export type SessionStep =
  | {
      kind: 'safety' | 'question';
      question: QuestionView;
      /** Questions answered so far, and the most that will be asked (safety screen included). */
      progress: { answered: number; atMost: number };
    }
  | { kind: 'done'; reason: 'ranking-settled' | 'cap-reached' | 'no-questions-left' };

/**
 * An interactive assessment: one question at a time, "not sure" and "back" always possible.
 * The state is just the ordered list of answers, so a page or a prompt can rebuild it.
 */
export function createAssessmentSession(options: {
  wording?: PartnerWording;
  observations?: readonly Observation[];
  answers?: ReadonlyArray<[string, string]>;
  questioning?: NextQuestionOptions;
  kb?: KnowledgeBase;
}) {
  const kb = options.kb ?? knowledgeBase();
  const wording = options.wording ?? {};
  const history: [string, string][] = [...(options.answers ?? [])];
  const answers = (): Record<string, string> => Object.fromEntries(history);
  const extra = options.observations ?? [];

  const observations = (): Observation[] => {
    const fromAnswers = observationsFromAnswers(kb, answers());
    return fromAnswers.ok ? [...fromAnswers.value, ...extra] : [...extra];
  };

  return {
    current(): SessionStep {
      const step = nextQuestion(kb, answers(), observations(), options.questioning);
      if (step.kind === 'done') return step;
      const cap = options.questioning?.maxQuestions ?? 25;
      return {
        kind: step.kind,
        question: viewQuestion(step.question, wording),
        progress: { answered: history.length, atMost: kb.safetyQuestions.length + cap },
      };
    },
    answer(questionId: string, value: string): Result<void> {
      const question = questionsById(kb).get(questionId);
      if (!question) return fail('unknown-question', `unknown question id "${questionId}"`);
      if (!acceptedValues(question).includes(value)) {
        return fail('invalid-answer', `"${value}" is not an answer to "${questionId}"`);
      }
      const existing = history.findIndex(([id]) => id === questionId);
      if (existing >= 0) history.splice(existing, 1);
      history.push([questionId, value]);
      // Changing an answer can close follow-ups that depended on the old one.
      const open = answers();
      for (let i = history.length - 1; i >= 0; i--) {
        const follow = questionsById(kb).get(history[i]?.[0] ?? '');
        if (follow && !isQuestionOpen(follow, open)) history.splice(i, 1);
      }
      return ok(undefined);
    },
    /** Undoes the last answer; returns false when there is nothing to undo. */
    back(): boolean {
      return history.pop() !== undefined;
    },
    answers,
    history: (): ReadonlyArray<readonly [string, string]> => history,
    report(): AssessmentReport {
      const result = runAssessment(
        {
          answers: answers(),
          observations: extra,
          wording,
          ...(options.questioning ? { questioning: options.questioning } : {}),
        },
        kb,
      );
      // The session only ever holds validated answers.
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    },
  };
}

export type AssessmentSession = ReturnType<typeof createAssessmentSession>;

import { fail, ok, type Result } from '../result.js';
import { knowledgeSchema, NOT_SURE, type KnowledgeBase } from './schema.js';

/**
 * Validates raw knowledge data: the shape (zod) and the links between parts (every referenced
 * signal, question and facet exists; ids are unique). Returns the first problems found.
 */
export function validateKnowledge(raw: unknown): Result<KnowledgeBase> {
  const parsed = knowledgeSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? first.path.join('.') : '';
    return fail(
      'invalid-knowledge',
      `Knowledge base is invalid at ${where}: ${first?.message ?? 'unknown'}`,
    );
  }
  const kb = parsed.data;
  const problems = findLinkProblems(kb);
  if (problems.length > 0) {
    return fail(
      'invalid-knowledge',
      `Knowledge base is invalid: ${problems[0]}`,
      problems.join('\n'),
    );
  }
  return ok(kb);
}

export function findLinkProblems(kb: KnowledgeBase): string[] {
  const problems: string[] = [];
  const duplicates = (ids: string[], what: string) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problems.push(`duplicate ${what} id "${id}"`);
      seen.add(id);
    }
  };
  duplicates(
    kb.causes.map((c) => c.id),
    'cause',
  );
  duplicates(
    kb.signals.map((s) => s.id),
    'signal',
  );
  const allQuestions = [...kb.safetyQuestions, ...kb.questions];
  duplicates(
    allQuestions.map((q) => q.id),
    'question',
  );

  const facetKeys = new Set(kb.causes.flatMap((c) => c.facets.map((f) => `${c.id}/${f.id}`)));
  const signalIds = new Set(kb.signals.map((s) => s.id));
  const questionsById = new Map(allQuestions.map((q) => [q.id, q]));

  for (const signal of kb.signals) {
    for (const facet of signal.facets) {
      if (!facetKeys.has(facet))
        problems.push(`signal "${signal.id}" names unknown facet "${facet}"`);
    }
  }
  for (const question of allQuestions) {
    const values = new Set<string>();
    for (const option of question.options) {
      if (option.value === NOT_SURE)
        problems.push(`question "${question.id}" must not list "${NOT_SURE}" itself`);
      if (values.has(option.value))
        problems.push(`question "${question.id}" repeats option "${option.value}"`);
      values.add(option.value);
      for (const { id } of option.signals) {
        if (!signalIds.has(id))
          problems.push(
            `question "${question.id}" option "${option.value}" names unknown signal "${id}"`,
          );
      }
    }
    if (question.followUp) {
      const parent = questionsById.get(question.followUp.questionId);
      if (!parent) {
        problems.push(
          `question "${question.id}" follows unknown question "${question.followUp.questionId}"`,
        );
      } else {
        for (const value of question.followUp.values) {
          if (!parent.options.some((o) => o.value === value)) {
            problems.push(
              `question "${question.id}" follows unknown value "${value}" of "${parent.id}"`,
            );
          }
        }
      }
    }
  }
  for (const question of kb.safetyQuestions) {
    for (const option of question.options) {
      for (const { id } of option.signals) {
        const signal = kb.signals.find((s) => s.id === id);
        if (signal && !signal.safety && Object.keys(signal.weights).length === 0) {
          problems.push(`safety question "${question.id}" names signal "${id}" that has no effect`);
        }
      }
    }
  }
  return problems;
}

/**
 * How the partner is named in text shown to the user: a name (or "your partner") and a pronoun,
 * "they" by default (CONVENTIONS.md §12).
 */
export type PartnerWording = { name?: string; pronoun?: 'they' | 'she' | 'he' };

const PRONOUNS = {
  they: { they: 'they', them: 'them', their: 'their' },
  she: { they: 'she', them: 'her', their: 'her' },
  he: { they: 'he', them: 'him', their: 'his' },
} as const;

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * Fills the placeholders of a knowledge-base text.
 *
 * @example
 * renderQuestionText('Has {partner} told you what worries {them}?', { name: 'Sam', pronoun: 'she' })
 * // → 'Has Sam told you what worries her?'
 */
export function renderQuestionText(template: string, wording: PartnerWording = {}): string {
  const name = wording.name?.trim() ? wording.name.trim() : 'your partner';
  const forms = PRONOUNS[wording.pronoun ?? 'they'];
  return template.replace(/\{(partner|Partner|they|They|them|their|Their)\}/g, (_, key: string) => {
    switch (key) {
      case 'partner':
        return name;
      case 'Partner':
        return capitalise(name);
      case 'they':
        return forms.they;
      case 'They':
        return capitalise(forms.they);
      case 'them':
        return forms.them;
      case 'their':
        return forms.their;
      default:
        return capitalise(forms.their);
    }
  });
}

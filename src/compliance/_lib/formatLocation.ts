import { CATEGORY_NAMES } from '../../categories/categoryIds.js';
import type { Language } from '../../core/index.js';
import type { FindingLocation } from '../Finding.js';

/** A location as one short line: `legal-documents › vb-12 › fields.numberSymbol`. */
export function formatLocation(location: FindingLocation, language: Language = 'en'): string {
  const parts: string[] = [];
  if (location.category) parts.push(CATEGORY_NAMES[location.category][language]);
  if (location.item) parts.push(location.item);
  if (location.field) parts.push(location.field);
  return parts.join(' › ');
}

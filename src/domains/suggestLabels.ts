import {
  createIssue,
  err,
  type Issue,
  type IssuePath,
  type LocalizedText,
  localized,
  ok,
  type Result,
} from '../core/index.js';
import { prepareName } from './_lib/prepareName.js';
import { MAX_LABEL_LENGTH, shortenLabel } from './_lib/shortenLabel.js';
import {
  defaultTypeWord,
  ENGLISH_STOP_WORDS,
  initials,
  isAllDigits,
  isTerritorial,
  nameParts,
  STOP_WORDS,
  splitWords,
  type TypeWord,
  type Word,
} from './_lib/words.js';
import type { HostnameRule, LabelPrefixStyle, LabelStrategy } from './HostnameScheme.js';
import type { HostnameUnit } from './HostnameUnit.js';

/**
 * One ranked label candidate: the label, the strategy that made it, the prefix it starts with, and why, in
 * Vietnamese and English.
 *
 * @example
 * ```ts
 * import { unwrap } from 'vn-portal-kit/core';
 * import { suggestLabels } from 'vn-portal-kit/domains';
 * const [first] = unwrap(suggestLabels({ name: 'Sở Nội vụ', kind: 'department' }));
 * [first?.label, first?.strategy, first?.prefix] //=> ['sonoivu', 'auto', 'so']
 * ```
 */
export interface LabelCandidate {
  /** The DNS label (`a–z0–9`, at most 63 characters). */
  readonly label: string;
  /** The strategy that made it. */
  readonly strategy: LabelStrategy;
  /** The type prefix it starts with (`'so'`, `'s'`, `'ban'`, `'xa'`, ...), `''` for none. */
  readonly prefix: string;
  /** Why this label, in Vietnamese and English. */
  readonly reason: LocalizedText;
  /** `true` when the label was shortened to fit 63 characters. */
  readonly shortened?: boolean;
}

/**
 * Options of {@link suggestLabels}.
 *
 * @example
 * ```ts
 * import { type SuggestLabelsOptions, suggestLabels } from 'vn-portal-kit/domains';
 * const options: SuggestLabelsOptions = { strategies: ['initials'], prefixStyles: ['short'] };
 * const r = suggestLabels({ name: 'Sở Kế hoạch và Đầu tư', kind: 'department' }, options);
 * r.ok && r.value[0]?.label //=> 'skhdt'
 * ```
 */
export interface SuggestLabelsOptions {
  /** The scheme rule the label must follow: its strategies and prefix styles, in its order of preference. */
  readonly rule?: HostnameRule;
  /**
   * Strategies to use, preferred first (overrides the rule's). Default `['auto', 'initials', 'full', 'english']`
   * for bodies, `['full', 'initials', 'english']` for territorial units.
   */
  readonly strategies?: readonly LabelStrategy[];
  /** Prefix styles, preferred first (overrides the rule's). Default `['word', 'short', 'none']` for bodies, `['none', 'word']` for territorial units. */
  readonly prefixStyles?: readonly LabelPrefixStyle[];
  /** Path of the unit in the caller's input, for issues. */
  readonly path?: IssuePath;
}

const DEFAULT_STRATEGIES: readonly LabelStrategy[] = ['auto', 'initials', 'full', 'english'];
const TERRITORIAL_STRATEGIES: readonly LabelStrategy[] = ['full', 'initials', 'english'];
const BODY_PREFIXES: readonly LabelPrefixStyle[] = ['word', 'short', 'none'];
const TERRITORIAL_PREFIXES: readonly LabelPrefixStyle[] = ['none', 'word'];

function quoteWords(words: readonly Word[]): string {
  const text = words.map((w) => w.original).join(' ');
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

function prefixOf(tw: TypeWord | undefined, style: LabelPrefixStyle): string | undefined {
  if (style === 'none') return '';
  if (tw === undefined) return undefined;
  return style === 'word' ? tw.word : tw.short;
}

function prefixText(prefix: string): LocalizedText {
  return prefix === ''
    ? localized('không tiền tố', 'no prefix')
    : localized(`tiền tố “${prefix}”`, `prefix “${prefix}”`);
}

interface Draft {
  pieces: string[];
  strategy: LabelStrategy;
  prefix: string;
  reason: LocalizedText;
}

function bodyDrafts(
  unit: HostnameUnit,
  name: string,
  strategies: readonly LabelStrategy[],
  styles: readonly LabelPrefixStyle[],
): Draft[] {
  const parts = nameParts(name, unit.kind);
  const tw = parts.typeWord ?? defaultTypeWord(unit.kind);
  const bare = parts.bare;
  const content = bare.filter((w) => !STOP_WORDS.has(w.text));
  const droppedWords = [
    ...new Set(bare.filter((w) => STOP_WORDS.has(w.text)).map((w) => `“${w.text}”`)),
  ].join(', ');
  const dropped =
    droppedWords === '' ? localized('', '') : localized(`, bỏ ${droppedWords}`, `, ${droppedWords} dropped`);
  const shown = quoteWords(bare);
  const drafts: Draft[] = [];
  for (const strategy of strategies) {
    if (strategy === 'auto') {
      const prefix = prefixOf(tw, styles.includes('word') ? 'word' : (styles[0] ?? 'none')) ?? '';
      if (content.length <= 2) {
        drafts.push({
          pieces: [prefix, ...content.map((w) => w.ascii)],
          strategy,
          prefix,
          reason: localized(
            `Mặc định theo thực tiễn: ${prefixText(prefix).vi} + nguyên các âm tiết của “${shown}” vì tên có không quá 2 âm tiết`,
            `Default of local practice: ${prefixText(prefix).en} + the whole syllables of “${shown}”, as the name has at most two syllables`,
          ),
        });
      } else {
        drafts.push({
          pieces: [prefix, initials(content)],
          strategy,
          prefix,
          reason: localized(
            `Mặc định theo thực tiễn: ${prefixText(prefix).vi} + chữ cái đầu của ${content.length} âm tiết trong “${shown}”${dropped.vi}`,
            `Default of local practice: ${prefixText(prefix).en} + the initials of the ${content.length} syllables of “${shown}”${dropped.en}`,
          ),
        });
      }
    } else if (strategy === 'initials') {
      for (const style of styles) {
        const prefix = prefixOf(tw, style);
        if (prefix === undefined) continue;
        drafts.push({
          pieces: [prefix, initials(content)],
          strategy,
          prefix,
          reason: localized(
            `Viết tắt: ${prefixText(prefix).vi} + chữ cái đầu các âm tiết của “${shown}”${dropped.vi}, bỏ dấu câu`,
            `Abbreviation: ${prefixText(prefix).en} + the initials of the syllables of “${shown}”${dropped.en}, punctuation dropped`,
          ),
        });
      }
    } else if (strategy === 'full') {
      for (const style of styles) {
        const prefix = prefixOf(tw, style);
        if (prefix === undefined) continue;
        drafts.push({
          pieces: [prefix, ...bare.map((w) => w.ascii)],
          strategy,
          prefix,
          reason: localized(
            `Tên đầy đủ “${shown}” không dấu, viết liền, ${prefixText(prefix).vi}`,
            `Full name “${shown}” without diacritics, written together, ${prefixText(prefix).en}`,
          ),
        });
      }
    } else if (strategy === 'english') {
      drafts.push(...englishDrafts(unit));
    }
  }
  return drafts;
}

function englishDrafts(unit: HostnameUnit): Draft[] {
  if (unit.englishName === undefined || typeof unit.englishName !== 'string') return [];
  const words = splitWords(unit.englishName.slice(0, 1000)).filter((w) => w.ascii !== '');
  if (words.length === 0) return [];
  const shown = quoteWords(words);
  const withOf = words.filter((w) => w.ascii !== 'and');
  const bare = words.filter((w) => !ENGLISH_STOP_WORDS.has(w.ascii));
  const out: Draft[] = [];
  if (withOf.length > 1) {
    out.push({
      pieces: [initials(withOf)],
      strategy: 'english',
      prefix: '',
      reason: localized(
        `Viết tắt tiếng Anh: chữ cái đầu các từ của “${shown}” (bỏ “and”)`,
        `English abbreviation: the initials of “${shown}” (“and” dropped)`,
      ),
    });
  }
  if (bare.length > 1) {
    out.push({
      pieces: [initials(bare)],
      strategy: 'english',
      prefix: '',
      reason: localized(
        `Viết tắt tiếng Anh: chữ cái đầu các từ chính của “${shown}”`,
        `English abbreviation: the initials of the content words of “${shown}”`,
      ),
    });
  }
  if (words.length === 1)
    out.push({
      pieces: words.map((w) => w.ascii),
      strategy: 'english',
      prefix: '',
      reason: localized(`Tên tiếng Anh “${shown}” viết liền`, `English name “${shown}” written together`),
    });
  return out;
}

function territorialDrafts(
  unit: HostnameUnit,
  name: string,
  strategies: readonly LabelStrategy[],
  styles: readonly LabelPrefixStyle[],
  stripTypeWord: boolean,
): Draft[] {
  const parts = nameParts(name, unit.kind);
  const tw = parts.typeWord;
  const bare = stripTypeWord ? parts.bare : parts.all;
  const shown = quoteWords(bare);
  const typeShown = tw === undefined ? '' : tw.words.join(' ');
  const numeric = isAllDigits(bare.map((w) => w.ascii).join(''));
  const drafts: Draft[] = [];
  const full = (style: LabelPrefixStyle, strategy: LabelStrategy): void => {
    const prefix = stripTypeWord
      ? style === 'none' && numeric
        ? (tw?.word ?? '')
        : prefixOf(tw, style)
      : '';
    if (prefix === undefined) return;
    const because =
      style === 'none' && numeric && prefix !== ''
        ? localized(
            ' (giữ từ chỉ loại vì nhãn không được toàn chữ số)',
            ' (type word kept: a label cannot be all digits)',
          )
        : prefix === ''
          ? typeShown === '' || !stripTypeWord
            ? localized('', '')
            : localized(`, bỏ từ chỉ loại “${typeShown}”`, `, unit-type word “${typeShown}” left out`)
          : localized(
              `, có từ chỉ loại “${typeShown}” phía trước`,
              `, preceded by the unit-type word “${typeShown}”`,
            );
    drafts.push({
      pieces: [prefix, ...bare.map((w) => w.ascii)],
      strategy,
      prefix,
      reason: localized(
        `Tên đầy đủ “${shown}” không dấu, viết liền${because.vi}`,
        `Full name “${shown}” without diacritics, written together${because.en}`,
      ),
    });
  };
  for (const strategy of strategies) {
    if (strategy === 'full' || strategy === 'auto') {
      for (const style of strategy === 'auto' ? (['none'] as const) : styles) full(style, strategy);
    } else if (strategy === 'initials' && bare.length > 1 && !numeric) {
      drafts.push({
        pieces: [initials(bare)],
        strategy,
        prefix: '',
        reason: localized(
          `Viết tắt: chữ cái đầu các âm tiết của “${shown}”`,
          `Abbreviation: the initials of the syllables of “${shown}”`,
        ),
      });
    } else if (strategy === 'english') {
      drafts.push(...englishDrafts(unit));
    }
  }
  return drafts;
}

/**
 * Ranked label candidates for a unit, each with the strategy that made it and the reason. For agencies
 * (Sở, Ban, ministries) the default ranking follows local practice (labels observed on provincial portals): the `auto` label
 * ("so" + whole syllables when the name has at most two content syllables, else "so" + initials, "và" and
 * "các" dropped), then initials with the `so`, `s` and no prefix, then the full name, then English
 * abbreviations of `unit.englishName`. For provinces, districts and communes: the full name without its
 * type word first (ND-224-2026/11.4, VP-32-2023/3.4.b–c), then with it, then initials. A scheme `rule`
 * restricts and orders the strategies. Duplicates are removed (the better-ranked strategy is kept).
 *
 * Never throws on bad input: a name that is not text or has no letter is an error result; a name over
 * 1,000 characters is cut and a label over 63 characters shortened, with warnings.
 *
 * @param unit - the unit ({@link HostnameUnit})
 * @param options - {@link SuggestLabelsOptions}
 * @returns the candidates, best first
 *
 * @example
 * ```ts
 * import { unwrap } from 'vn-portal-kit/core';
 * import { suggestLabels } from 'vn-portal-kit/domains';
 * const labels = (name: string) => unwrap(suggestLabels({ name, kind: 'department' })).map((c) => c.label).slice(0, 3);
 * labels('Sở Thông tin và Truyền thông') //=> ['sotttt', 'stttt', 'tttt']
 * labels('Sở Tư pháp') //=> ['sotuphap', 'sotp', 'stp']
 * labels('Sở Nông nghiệp và Phát triển nông thôn') //=> ['sonnptnt', 'snnptnt', 'nnptnt']
 * unwrap(suggestLabels({ name: 'Xã Đạo Trù', kind: 'commune' }))[0]?.label //=> 'daotru'
 * suggestLabels({ name: '', kind: 'commune' }).ok //=> false
 * ```
 */
export function suggestLabels(
  unit: HostnameUnit,
  options: SuggestLabelsOptions = {},
): Result<readonly LabelCandidate[]> {
  const path = options.path ?? [];
  const prepared = prepareName(unit?.name, path);
  if (prepared.failed) return err(prepared.issues);
  const issues: Issue[] = [...prepared.issues];
  const territorial = isTerritorial(unit.kind);
  const strategies =
    options.strategies ??
    options.rule?.strategies ??
    (territorial ? TERRITORIAL_STRATEGIES : DEFAULT_STRATEGIES);
  const styles =
    options.prefixStyles ??
    options.rule?.prefixStyles ??
    (territorial ? TERRITORIAL_PREFIXES : BODY_PREFIXES);
  const drafts = territorial
    ? territorialDrafts(unit, prepared.name, strategies, styles, options.rule?.stripTypeWord ?? true)
    : bodyDrafts(unit, prepared.name, strategies, styles);
  const seen = new Set<string>();
  const out: LabelCandidate[] = [];
  for (const d of drafts) {
    const { label, shortened } = shortenLabel(d.pieces, MAX_LABEL_LENGTH);
    if (label === '' || isAllDigits(label) || seen.has(label)) continue;
    seen.add(label);
    if (shortened && !issues.some((i) => i.code === 'domains.label-shortened')) {
      issues.push(
        createIssue(
          'domains.label-shortened',
          localized(
            `Nhãn dài quá 63 ký tự nên được rút gọn thành “${label}” (các từ cuối thay bằng chữ cái đầu)`,
            `The label was longer than 63 characters and was shortened to “${label}” (last words replaced by their initials)`,
          ),
          {
            path: [...path, 'name'],
            severity: 'warning',
            citation: { id: 'RFC-1035/2.3.4' },
            details: { label },
          },
        ),
      );
    }
    if (shortened) {
      out.push({ label, strategy: d.strategy, prefix: d.prefix, reason: d.reason, shortened: true });
    } else {
      out.push({ label, strategy: d.strategy, prefix: d.prefix, reason: d.reason });
    }
  }
  if (out.length === 0) {
    issues.push(
      createIssue(
        'domains.no-candidate',
        localized('Không tạo được nhãn nào từ tên này', 'No label can be made from this name'),
        { path: [...path, 'name'] },
      ),
    );
    return err(issues);
  }
  return ok(out, issues);
}

import { parseDocumentNumber } from '../../../documents/index.js';
import { defineRule } from '../../defineRule.js';

/** Field names that hold a number-symbol (số, ký hiệu) in category fields. */
const NUMBER_FIELDS = ['numberSymbol', 'documentNumber'] as const;

/**
 * `documents.number`: every number-symbol (số, ký hiệu) is well-formed under ND 30/2020 Appendix I: a number
 * with a leading zero below 10, the type and issuer abbreviations in capitals, no spaces
 * (`ND-30-2020/PL-I`). A variant the parser can normalise (stray space, lowercase, missing zero) is a
 * warning that names the correct form; anything that cannot be a number-symbol is an error.
 */
export const documentNumbersRule = defineRule({
  id: 'documents.number',
  title: { vi: 'Số, ký hiệu văn bản đúng thể thức', en: 'Document number-symbols are well-formed' },
  severity: 'error',
  citation: { id: 'ND-30-2020/PL-I' },
  create(ctx) {
    return {
      item(item, index) {
        for (const field of NUMBER_FIELDS) {
          const value = item.fields[field];
          if (typeof value !== 'string') continue;
          const r = parseDocumentNumber(value);
          const path = ['items', index, 'fields', field];
          const location = { category: item.category, item: item.id, field, path };
          if (!r.ok) {
            const first = r.issues.find((i) => i.severity === 'error') ?? r.issues[0];
            ctx.report({
              message: {
                vi: `Số, ký hiệu "${value.slice(0, 80)}" không hợp lệ: ${first?.message.vi ?? ''}`,
                en: `Number-symbol "${value.slice(0, 80)}" is invalid: ${first?.message.en ?? ''}`,
              },
              ...(first?.citation ? { citation: first.citation } : {}),
              location,
              evidence: { value: value.slice(0, 200), codes: r.issues.map((i) => i.code) },
              remediation: {
                vi: 'Ghi đúng số, ký hiệu như trên văn bản gốc (ví dụ 32/2023/QĐ-UBND)',
                en: 'Enter the number-symbol exactly as on the signed document (e.g. 32/2023/QĐ-UBND)',
              },
            });
            continue;
          }
          if (r.issues.length === 0) continue;
          const canonical = r.value.text;
          ctx.report({
            severity: 'warning',
            message: {
              vi: `Số, ký hiệu "${value.slice(0, 80)}" sai thể thức${canonical ? `, viết đúng là "${canonical}"` : ''}: ${r.issues.map((i) => i.message.vi).join('; ')}`,
              en: `Number-symbol "${value.slice(0, 80)}" is not in the standard form${canonical ? `; write "${canonical}"` : ''}: ${r.issues.map((i) => i.message.en).join('; ')}`,
            },
            location,
            evidence: {
              value: value.slice(0, 200),
              ...(canonical ? { canonical } : {}),
              codes: r.issues.map((i) => i.code),
            },
            remediation: {
              vi: canonical ? `Sửa thành "${canonical}"` : 'Sửa theo thể thức của Nghị định 30/2020/NĐ-CP',
              en: canonical ? `Change it to "${canonical}"` : 'Fix it to the ND 30/2020 form',
            },
          });
        }
      },
    };
  },
});

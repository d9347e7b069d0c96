import * as z from 'zod';
import { parseDocumentNumber } from '../../documents/parseDocumentNumber.js';

/** A non-empty trimmed string of at most `max` characters. */
export const text = (max = 1000): z.ZodString => z.string().trim().min(1).max(max);
/** Body text (HTML or plain), at most 500 000 characters. */
export const body = (): z.ZodString => z.string().trim().min(1).max(500_000);
/** A civil date `YYYY-MM-DD`. */
export const civilDate = (): z.ZodISODate => z.iso.date();
/** An absolute http(s) address. */
export const httpUrl = (): z.ZodURL => z.url({ protocol: /^https?$/ }).max(2000);
/** An amount of money in integer VND. */
export const vnd = (): z.ZodNumber => z.int().min(0).max(Number.MAX_SAFE_INTEGER);
/** A document number-symbol checked by `parseDocumentNumber`. */
export const numberSymbol = (): z.ZodString =>
  z
    .string()
    .trim()
    .min(1)
    .max(256)
    .refine((v) => parseDocumentNumber(v).ok, {
      params: {
        code: 'docnum.invalid',
        vi: 'Số, ký hiệu văn bản không hợp lệ (ví dụ 1347/QĐ-UBND, 32/2023/QĐ-UBND)',
        en: 'Invalid number-symbol (e.g. 1347/QĐ-UBND, 32/2023/QĐ-UBND)',
        citation: { id: 'ND-30-2020/PL-I' },
      },
    });
/** Attached files (downloadable). */
export const files = () =>
  z.array(z.object({ url: httpUrl(), name: text(300).optional(), mediaType: text(100).optional() })).max(50);
/** A period: from/to civil dates and/or a label like `Quý III/2026`. */
export const period = () =>
  z.object({ from: civilDate().optional(), to: civilDate().optional(), label: text(100).optional() });

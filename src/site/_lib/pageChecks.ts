import type { Finding } from '../../compliance/index.js';
import { checkUnicode } from '../../text/index.js';
import type { PageKind } from '../PageFacts.js';
import { SITE_RULES } from '../SITE_RULES.js';
import { siteFinding } from '../siteFinding.js';
import { cssPath, excerpt } from './dom.js';
import type { PageReading } from './readPage.js';

/** Whether a page is in the English section (its expected language is English). */
export function isEnglishPage(url: URL): boolean {
  return /^\/(en|english|eng)(\/|$|\.)/i.test(url.pathname);
}

/** Charset: the Content-Type header's charset, else the page's `<meta>`; UTF-8 expected. */
export function checkCharset(url: string, reading: PageReading, contentType: string | undefined): Finding[] {
  const header = contentType ? /charset\s*=\s*"?([\w-]+)/i.exec(contentType)?.[1]?.toLowerCase() : undefined;
  const declared = header ?? reading.metaCharset;
  if (declared === undefined) {
    return [
      siteFinding(SITE_RULES['site.text.charset'], {
        url,
        message: {
          vi: 'Trang không khai báo bảng mã (charset)',
          en: 'The page declares no character encoding (charset)',
        },
      }),
    ];
  }
  if (declared !== 'utf-8' && declared !== 'utf8') {
    return [
      siteFinding(SITE_RULES['site.text.charset'], {
        url,
        ...(header === undefined ? { selector: 'head > meta[charset]' } : {}),
        excerpt: declared,
        message: {
          vi: `Trang khai báo bảng mã ${declared}, không phải UTF-8`,
          en: `The page declares ${declared}, not UTF-8`,
        },
        evidence: { charset: declared, from: header === undefined ? 'meta' : 'content-type' },
      }),
    ];
  }
  return [];
}

/** `lang` on `<html>`: `vi` (or `en` in the English section). */
export function checkLang(url: URL, reading: PageReading): Finding[] {
  const expected = isEnglishPage(url) ? 'en' : 'vi';
  const lang = reading.lang?.trim().toLowerCase();
  const primary = lang?.split(/[-_]/)[0];
  if (primary === expected) return [];
  return [
    siteFinding(SITE_RULES['site.text.lang'], {
      url: url.href,
      selector: 'html',
      message:
        lang === undefined || lang === ''
          ? {
              vi: `Thẻ <html> không khai báo lang="${expected}"`,
              en: `<html> does not declare lang="${expected}"`,
            }
          : {
              vi: `Thẻ <html> khai báo lang="${lang}", cần lang="${expected}"`,
              en: `<html> declares lang="${lang}", expected lang="${expected}"`,
            },
      evidence: { lang: lang ?? null, expected },
    }),
  ];
}

/** TCVN 6909: the page's title and visible text in NFC Unicode, without pasted TCVN3/VNI fragments. */
export function checkText(url: string, text: string): Finding[] {
  const report = checkUnicode(text, { maxIssuesPerCode: 1 });
  const out: Finding[] = [];
  for (const issue of report.issues) {
    if (out.length >= 3) break;
    const details = (issue.details ?? {}) as Record<string, unknown>;
    const index = typeof details.index === 'number' ? details.index : undefined;
    out.push(
      siteFinding(SITE_RULES['site.text.unicode'], {
        url,
        selector: 'body',
        ...(index === undefined
          ? {}
          : { excerpt: excerpt(text.slice(Math.max(0, index - 40), index + 80), 120) }),
        severity: issue.severity === 'error' ? 'error' : 'warning',
        message: issue.message,
        evidence: { code: issue.code, encoding: report.encoding, ...details },
      }),
    );
  }
  return out;
}

/** Metadata for search and sharing: title and description required; Open Graph's form is open (needs review). */
export function checkMetadata(url: string, reading: PageReading): Finding[] {
  const rule = SITE_RULES['site.metadata'];
  const out: Finding[] = [];
  if (!reading.title.trim()) {
    out.push(
      siteFinding(rule, {
        url,
        selector: 'head > title',
        message: { vi: 'Trang không có tiêu đề (<title>)', en: 'The page has no <title>' },
      }),
    );
  }
  if (!reading.meta.get('description')?.trim()) {
    out.push(
      siteFinding(rule, {
        url,
        selector: 'head > meta[name="description"]',
        message: {
          vi: 'Trang không có mô tả (<meta name="description">)',
          en: 'The page has no <meta name="description">',
        },
      }),
    );
  }
  const missingOg = ['og:title', 'og:description'].filter((k) => !reading.meta.get(k)?.trim());
  if (missingOg.length > 0) {
    out.push(
      siteFinding(rule, {
        url,
        selector: 'head',
        status: 'needs-review',
        severity: 'notice',
        message: {
          vi: `Trang thiếu thẻ Open Graph: ${missingOg.join(', ')} (hình thức siêu dữ liệu chưa được quy định rõ)`,
          en: `The page lacks Open Graph tags: ${missingOg.join(', ')} (the required form of metadata is open)`,
        },
        evidence: { missing: missingOg },
      }),
    );
  }
  return out;
}

/** Images without a text alternative: one finding per page with the count and the first selectors. */
export function checkImages(url: string, reading: PageReading): Finding[] {
  const missing = reading.imagesWithoutAlt;
  if (missing.length === 0) return [];
  const selectors = missing.slice(0, 5).map(cssPath);
  return [
    siteFinding(SITE_RULES['site.a11y.img-alt'], {
      url,
      selector: selectors[0] as string,
      excerpt: missing[0]?.attrs.src?.slice(0, 160) ?? '',
      message: {
        vi: `${missing.length}/${reading.images} hình ảnh không có văn bản thay thế (alt)`,
        en: `${missing.length} of ${reading.images} images have no text alternative (alt)`,
      },
      evidence: { count: missing.length, images: reading.images, selectors },
    }),
  ];
}

/** Article pages: a print/save control, and a publication date. */
export function checkArticle(url: string, kind: PageKind, reading: PageReading, hasDate: boolean): Finding[] {
  if (kind !== 'article' && kind !== 'legal-document') return [];
  const out: Finding[] = [];
  if (reading.printControls === 0) {
    out.push(
      siteFinding(SITE_RULES['site.functions.print'], {
        url,
        selector: reading.articles[0] ? cssPath(reading.articles[0]) : 'body',
        message: {
          vi: 'Trang tin bài không có chức năng in, lưu',
          en: 'The article page offers no print or save function',
        },
      }),
    );
  }
  if (!hasDate && kind === 'article') {
    out.push(
      siteFinding(SITE_RULES['site.content.dates'], {
        url,
        status: 'needs-review',
        message: {
          vi: 'Không đọc được ngày đăng của tin bài',
          en: 'The article’s publication date could not be read',
        },
      }),
    );
  }
  return out;
}

// vn-portal-kit/text against npm `vietnamese-conversion` (the package users pick for legacy encodings).
// 1. Accuracy: real sentences from the five regulations (test/fixtures/seeds), encoded in TCVN3, VNI and VIQR
//    with the reference tables (test/fixtures/data/encodings), decoded by each library; exact matches counted.
//    Detection: how many encoded samples (and NFC / foreign-language controls) each detector labels right.
// 2. Speed: convertToUnicode and detectEncoding on ~1 MB of text, against toUnicode and detectCharset.
// Run: node --import tsx bench/text.bench.ts
import { readFileSync } from 'node:fs';
import { Bench } from 'tinybench';
import { detectCharset, toUnicode } from 'vietnamese-conversion';
import { convertToUnicode, detectEncoding } from '../src/text/index.js';
import { encodeTcvn3, encodeViqr, encodeVni, toMojibake } from '../test/text/_helpers/encodings.js';

const SEEDS = [
  'hau-giang-1347-QD-UBND-2020',
  'nhu-xuan-2112-QD-UBND-2022',
  'quang-nam-3069-QD-UBND-2021',
  'thai-nguyen-40-2012-QD-UBND',
  'vinh-phuc-32-2023-QD-UBND',
];
/** Sentences of 6–40 words, one per seed line, deterministic order. */
const sentences: string[] = [];
for (const f of SEEDS) {
  for (const line of readFileSync(`test/fixtures/seeds/${f}.txt`, 'utf8').normalize('NFC').split('\n')) {
    const s = line.trim();
    const words = s.split(/\s+/).length;
    if (words >= 6 && words <= 40 && /[^\x00-\x7f]/.test(s)) sentences.push(s);
  }
}
const N = Math.min(200, sentences.length);
const step = Math.max(1, Math.floor(sentences.length / N));
const samples = Array.from({ length: N }, (_, i) => sentences[i * step] as string);

type Enc = 'tcvn3' | 'vni' | 'viqr';
/** TCVN3 has no toned capitals: its samples are lowercase, as .VnTime text is. */
const expectedOf = (s: string, enc: Enc): string => (enc === 'tcvn3' ? s.toLowerCase() : s);
const encoders: Record<Enc, (s: string) => string> = { tcvn3: encodeTcvn3, vni: encodeVni, viqr: encodeViqr };

console.log(`Accuracy on ${N} sentences from the five regulations (exact match after decoding)`);
console.log('  encoding  ours (from given)  ours (auto-detect)  vietnamese-conversion toUnicode');
for (const enc of ['tcvn3', 'vni', 'viqr'] as const) {
  let ours = 0;
  let oursAuto = 0;
  let base = 0;
  for (const s of samples) {
    const expected = expectedOf(s, enc);
    const encoded = encoders[enc](expected);
    if (convertToUnicode(encoded, { from: enc, tcvn3Capitals: 'never' }) === expected) ours++;
    if (convertToUnicode(encoded, { tcvn3Capitals: 'never' }) === expected) oursAuto++;
    let b = '';
    try {
      b = toUnicode(encoded, enc).normalize('NFC');
    } catch {
      b = '';
    }
    if (b === expected) base++;
  }
  console.log(
    `  ${enc.padEnd(8)}  ${`${ours}/${N}`.padStart(17)}  ${`${oursAuto}/${N}`.padStart(18)}  ${`${base}/${N}`.padStart(31)}`,
  );
}

{
  const ours = samples.filter((s) => convertToUnicode(toMojibake(s), 'utf8-mojibake') === s).length;
  const oursAuto = samples.filter((s) => convertToUnicode(toMojibake(s)) === s).length;
  console.log(
    `  ${'mojibake'.padEnd(8)}  ${`${ours}/${N}`.padStart(17)}  ${`${oursAuto}/${N}`.padStart(18)}  ${'not supported'.padStart(31)}`,
  );
}

const FOREIGN = [
  'Le café est à côté de l’école. Où êtes-vous ?',
  'Schöne Grüße aus München, Größe und Übung für Bären',
  'España: el señor tiene un año más; ¿qué pasó?',
  'A ação não é fácil, irmão; a opinião pública',
  'The Provincial People’s Committee – annual report (2025).',
  'Naïve façade, résumé, smörgåsbord, déjà vu',
];
console.log('Detection (share labelled right)');
const detectRows: [string, string[], string, string][] = [
  ['tcvn3', samples.map((s) => encodeTcvn3(s.toLowerCase())), 'tcvn3', 'tcvn3'],
  ['vni', samples.map(encodeVni), 'vni', 'vni'],
  ['viqr', samples.map(encodeViqr), 'viqr', 'viqr'],
  ['unicode NFC', samples, 'nfc', 'unicode'],
  ['foreign (fr/de/es/pt/en)', FOREIGN, 'nfc|ascii', 'unicode|null'],
];
for (const [label, texts, oursWant, baseWant] of detectRows) {
  const ours = texts.filter((t) => oursWant.split('|').includes(detectEncoding(t))).length;
  const base = texts.filter((t) => baseWant.split('|').includes(String(detectCharset(t)))).length;
  console.log(
    `  ${label.padEnd(26)} ours ${`${ours}/${texts.length}`.padStart(7)}   vietnamese-conversion ${`${base}/${texts.length}`.padStart(7)}`,
  );
}

// ~1 MB inputs
const repeatTo = (parts: string[], size: number): string => {
  let out = '';
  for (let i = 0; out.length < size; i++) out += `${parts[i % parts.length]}\n`;
  return out;
};
const MB = 1_000_000;
const vniText = repeatTo(samples.map(encodeVni), MB);
const tcvn3Text = repeatTo(
  samples.map((s) => encodeTcvn3(s.toLowerCase())),
  MB,
);
const nfcText = repeatTo(samples, MB);
let sink = 0;
// V8 caches String#replace results for a repeated (subject, pattern) pair, which would flatter the baseline's
// regex passes: every call gets a fresh subject (a counter prepended), for every library alike.
let round = 0;
const fresh = (s: string): string => `${round++} ${s}`;
const bench = new Bench({ time: 1500, warmupTime: 300, iterations: 5, warmupIterations: 1 });
bench
  .add('ours convertToUnicode(vni 1 MB, from)', () => {
    sink += convertToUnicode(fresh(vniText), 'vni').length;
  })
  .add('vietnamese-conversion toUnicode(vni 1 MB)', () => {
    sink += toUnicode(fresh(vniText), 'vni').length;
  })
  .add('ours convertToUnicode(tcvn3 1 MB, from)', () => {
    sink += convertToUnicode(fresh(tcvn3Text), 'tcvn3').length;
  })
  .add('vietnamese-conversion toUnicode(tcvn3 1 MB)', () => {
    sink += toUnicode(fresh(tcvn3Text), 'tcvn3').length;
  })
  .add('ours convertToUnicode(vni 1 MB, auto-detect)', () => {
    sink += convertToUnicode(fresh(vniText)).length;
  })
  .add('ours detectEncoding(vni 1 MB)', () => {
    sink += detectEncoding(fresh(vniText)).length;
  })
  .add('vietnamese-conversion detectCharset(vni 1 MB)', () => {
    sink += String(detectCharset(fresh(vniText))).length;
  })
  .add('ours detectEncoding(nfc 1 MB)', () => {
    sink += detectEncoding(fresh(nfcText)).length;
  })
  .add('vietnamese-conversion detectCharset(nfc 1 MB)', () => {
    sink += String(detectCharset(fresh(nfcText))).length;
  });
await bench.run();

const ms = (name: string): number => {
  const t = bench.tasks.find((x) => x.name === name);
  if (t?.result.state !== 'completed') throw new Error(`${name}: not completed`);
  return t.result.period;
};
console.log('Speed on ~1 MB (ms per call, ops/s; ratio = baseline time / ours)');
const pairs: [string, string][] = [
  ['ours convertToUnicode(vni 1 MB, from)', 'vietnamese-conversion toUnicode(vni 1 MB)'],
  ['ours convertToUnicode(tcvn3 1 MB, from)', 'vietnamese-conversion toUnicode(tcvn3 1 MB)'],
  ['ours convertToUnicode(vni 1 MB, auto-detect)', 'vietnamese-conversion toUnicode(vni 1 MB)'],
  ['ours detectEncoding(vni 1 MB)', 'vietnamese-conversion detectCharset(vni 1 MB)'],
  ['ours detectEncoding(nfc 1 MB)', 'vietnamese-conversion detectCharset(nfc 1 MB)'],
];
for (const [o, b] of pairs) {
  const a = ms(o);
  const c = ms(b);
  console.log(
    `  ${o.padEnd(46)} ${a.toFixed(1).padStart(8)} ms (${(1000 / a).toFixed(1)} ops/s)   ${b.padEnd(48)} ${c.toFixed(1).padStart(8)} ms (${(1000 / c).toFixed(1)} ops/s)   ratio ${(c / a).toFixed(2)}×`,
  );
}
if (sink === 42) console.log('');

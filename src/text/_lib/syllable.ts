import { letterInfo, type Tone } from './letters.js';

const ONSETS = [
  'ngh',
  'ng',
  'nh',
  'ch',
  'gh',
  'gi',
  'kh',
  'ph',
  'qu',
  'th',
  'tr',
  'b',
  'c',
  'd',
  'đ',
  'g',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'x',
  '',
];

/** Toneless Vietnamese rhymes (vần): vowel nucleus with its glides and coda. */
const RHYMES = new Set(
  `a ai ao au ay am an ang anh ac ach ap at ăm ăn ăng ăc ăp ăt âu ây âm ân âng âc âp ât
  e eo em en eng ec ep et ê êu êm ên ênh êch êp êt êng i ia iu im in inh ich ip it
  iêu iêm iên iêng iêc iêp iêt yêu yêm yên yêng yêt y o oi om on ong oc op ot oong ooc
  ô ôi ôm ôn ông ôc ôp ôt ơ ơi ơm ơn ơp ơt u ua ui um un ung uc up ut uôi uôm uôn uông uôc uôt
  ư ưa ưi ưu ưm ưn ưng ưc ưt ươi ươu ươm ươn ương ươc ươp ươt
  oa oai oay oao oan oang oanh oac oach oat oam oap oăn oăng oăc oăt oăm oe oeo oen oet oem
  uân uâng uât uây uê uên uênh uêch uêt uy uya uyu uych uynh uyt uyn uyên uyêt uơ`.split(/\s+/),
);

const STOPS = ['ch', 'c', 'p', 't'];
const FRONT = 'eêiy';

/**
 * Whether `word` (letters only, any case, NFC) is a well-formed Vietnamese syllable: at most one tone, a
 * known onset (âm đầu) and rhyme (vần), spelling rules c/k, g/gh, ng/ngh, and only sắc or nặng on a stop
 * coda (-c, -ch, -p, -t).
 */
export function isVietnameseSyllable(word: string): boolean {
  if (word.length === 0 || word.length > 8) return false;
  let base = '';
  let tone: Tone = 0;
  for (const ch of word) {
    const info = letterInfo(ch);
    if (info === undefined) return false;
    if (info.tone !== 0) {
      if (tone !== 0) return false;
      tone = info.tone;
    }
    base += info.base;
  }
  for (const onset of ONSETS) {
    if (!base.startsWith(onset)) continue;
    const rhyme = base.slice(onset.length);
    if (!isRhyme(onset, rhyme)) continue;
    if (tone !== 4 && tone !== 5 && STOPS.some((s) => rhyme.endsWith(s))) continue;
    return true;
  }
  return false;
}

function isRhyme(onset: string, rhyme: string): boolean {
  const first = rhyme[0] ?? '';
  if (onset === 'gi') return RHYMES.has(rhyme) || RHYMES.has(`i${rhyme}`);
  if (!RHYMES.has(rhyme)) return false;
  if (onset === 'c' && FRONT.includes(first)) return false;
  if (onset === 'k' && !FRONT.includes(first)) return false;
  if ((onset === 'gh' || onset === 'ngh') && !'eêi'.includes(first)) return false;
  if (onset === 'qu' && (first === 'u' || first === 'o')) return false;
  return true;
}

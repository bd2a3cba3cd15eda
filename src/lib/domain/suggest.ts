/**
 * Theme suggestions from the words of a measure (or a national request), for Swedish text.
 *
 * The text is cut into lower-case words (hyphenated compounds also into their parts), common
 * function words are dropped, and each word is compared with each theme's keywords (`nyckelord`):
 *
 * - as an inflected form of the keyword: same light stem ("skolan", "skolor", "skolans" ~ "skola"),
 *   or the keyword plus an inflection ending ("psykiatrin" ~ "psykiatri");
 * - as a compound that begins with the keyword, the keyword + linking s, or the keyword without its
 *   final vowel ("skolgång" ~ "skola", "våldsprevention" ~ "våld", "kompetenstrappa" ~ "kompetens");
 * - as a compound that ends with a form of the keyword ("elevhälsa", "enhetschefen" ~ "chef",
 *   "nyrekryteringar" ~ "rekrytering");
 * - for long keywords (6 letters or more) anywhere inside a word.
 *
 * Short keywords are guarded: a compound part must be at least 4 letters, and a 3-letter keyword
 * ends a compound only after a linking s ("besöksrum", never "centrum"); 1–2-letter keywords
 * ("it") match only whole words. Keywords of several words ("en väg in", "öppna insatser") match
 * as phrases on the word sequence, with at most one other word between two phrase words
 * ("öppna, lättillgängliga insatser"). Theme names are not used: their words ("samverkan", "barns")
 * are shared by many themes and would suggest everything.
 */
import type { Theme } from './model';

export interface Suggestion {
  themeId: string;
  /** The words (or phrases) of the text that matched, lower case, in text order. */
  matched: string[];
  score: number;
}

/** Common Swedish function words, and adverbs that would otherwise look like keyword forms ("tidigare" ~ "tidig"). */
const STOP_WORDS = new Set(
  `och i att för med av på som en ett det den de till om är har kan ska skall vi man så men eller inte från vid
  under efter över sig sin sina sitt hans hennes deras dess vår våra vårt er era ert jag du han hon hen ni dem oss
  mig dig honom henne mycket också även nu då där här vad vem vilka vilket vilken vilkas hur när mer mest fler flera
  alla allt all andra annan annat bara blir bli blev blivit varit vara var finns fanns får fick få gör göra gjorde
  gjort ha hade haft skulle kunde kommer kom måste bör borde vill ville sedan samt utan mot mellan genom inom hos
  utifrån både än ju nog dessa denna detta ingen inga inget något några någon sådan sådana själv själva tidigare
  senare redan bland annars t ex bl a ca dvs osv etc ta tar tog`
    .split(/\s+/)
    .filter(Boolean),
);

/** A run of letters, with hyphen-joined parts ("e-tjänst", "it-chefen"). */
const WORD = /\p{L}+(?:[-\u2010\u2011]\p{L}+)*/gu;
const HYPHEN = /[-\u2010\u2011]/;

/** Suffixes the stemmer strips, longest first (a simplified Snowball Swedish step 1 plus -het/-ning). */
const SUFFIXES = [
  'heterna',
  'hetens',
  'ningar',
  'ningen',
  'arnas',
  'ernas',
  'ornas',
  'andes',
  'heten',
  'heter',
  'ande',
  'arna',
  'erna',
  'orna',
  'ning',
  'ans',
  'ens',
  'ets',
  'are',
  'ast',
  'ade',
  'het',
  'an',
  'at',
  'ad',
  'en',
  'et',
  'ar',
  'er',
  'or',
  'as',
  'es',
  'na',
  'a',
  'e',
  's',
].sort((a, b) => b.length - a.length);

/** Endings that may follow a whole keyword in an inflected form ("psykiatri-n", "lots-ar", "mentor-er"). */
const ENDINGS = new Set([
  '',
  'n',
  'ns',
  'na',
  'nas',
  's',
  't',
  'ts',
  'a',
  'as',
  'e',
  'es',
  'en',
  'ens',
  'et',
  'ets',
  'er',
  'ers',
  'erna',
  'ernas',
  'ar',
  'arna',
  'arnas',
  'or',
  'orna',
  'ornas',
  'r',
  'rna',
  'rnas',
  'na',
  'ade',
  'at',
  'ad',
]);

const VOWELS = 'aeiouyåäö';
const MIN_STEM = 3;

/** Lower-case words of a text without stop words; a hyphenated compound gives itself and then its parts. */
export function tokens(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    if (w.whole) out.push(w.whole);
    out.push(...w.parts);
  }
  return out;
}

interface TextWord {
  /** The hyphenated word when it has parts, else ''. */
  whole: string;
  /** Content parts (stop words and 1-letter parts dropped). */
  parts: string[];
}

function words(text: string): TextWord[] {
  const out: TextWord[] = [];
  for (const m of text.toLowerCase().normalize('NFC').matchAll(WORD)) {
    const raw = m[0];
    const pieces = raw.split(HYPHEN);
    const parts = pieces.filter(isContent);
    const whole = pieces.length > 1 ? pieces.join('-') : '';
    if (parts.length === 0 && !whole) continue;
    out.push({ whole, parts });
  }
  return out;
}

const isContent = (w: string) => w.length >= 2 && !STOP_WORDS.has(w);

/**
 * A light Swedish stemmer: strips the longest common inflection suffix that leaves at least
 * 3 letters, then a final double consonant ("rummet" → "rum"). "skolan", "skolor", "skolans" → "skol".
 */
export function stem(word: string): string {
  const w = word.toLowerCase();
  let s = w;
  for (const suf of SUFFIXES) {
    if (w.endsWith(suf) && w.length - suf.length >= MIN_STEM) {
      // Like Snowball, a final -s is only an ending after a consonant that can carry it ("hus" keeps it).
      if (suf === 's' && !'bcdfghjklmnoprtvy'.includes(w[w.length - 2])) continue;
      s = w.slice(0, -suf.length);
      break;
    }
  }
  const n = s.length;
  if (n > MIN_STEM && s[n - 1] === s[n - 2] && !VOWELS.includes(s[n - 1])) s = s.slice(0, -1);
  return s;
}

/** One text position that a word stands at: a content part, or a hyphenated whole covering its parts. */
interface Token {
  text: string;
  stem: string;
  start: number;
  end: number;
}

interface Analysed {
  /** Content parts in text order; positions are indices here. */
  seq: Token[];
  /** Content parts and hyphenated wholes. */
  all: Token[];
}

function analyse(text: string): Analysed {
  const seq: Token[] = [];
  const all: Token[] = [];
  for (const w of words(text)) {
    const first = seq.length;
    for (const p of w.parts) {
      const t = { text: p, stem: stem(p), start: seq.length, end: seq.length };
      seq.push(t);
      all.push(t);
    }
    if (w.whole) all.push({ text: w.whole, stem: stem(w.whole), start: first, end: Math.max(first, seq.length - 1) });
  }
  return { seq, all };
}

/** A keyword prepared for matching. */
interface Keyword {
  word: string;
  stem: string;
  /** Forms a compound may begin with: the word, word + s, the word without its final vowel. */
  heads: string[];
}

function keyword(word: string): Keyword {
  const heads = [word];
  if (word.length >= 4) heads.push(word + 's');
  if (VOWELS.includes(word[word.length - 1]) && word.length - 1 >= 4) heads.push(word.slice(0, -1));
  return { word, stem: stem(word), heads: heads.filter((h) => h.length >= 4) };
}

/** Is `w` an inflected form of the keyword? */
function isForm(w: string, wStem: string, k: Keyword): boolean {
  if (w === k.word || wStem === k.stem) return true;
  if (w.startsWith(k.word) && ENDINGS.has(w.slice(k.word.length))) return true;
  return false;
}

type MatchKind = 'form' | 'compound';

/** How a single word matches a single-word keyword, if at all. */
function matchWord(t: Token, k: Keyword): MatchKind | null {
  if (isForm(t.text, t.stem, k)) return 'form';
  if (k.word.length < 3) return null;
  const w = t.text;
  // Compound that begins with the keyword: skol|gång, våld|s|prevention.
  for (const h of k.heads) if (w.length - h.length >= 3 && w.startsWith(h)) return 'compound';
  // Compound that ends with a form of the keyword: elev|hälsa, enhets|chefen, ny|rekryteringar.
  const minHead = k.word.length >= 4 ? 2 : 3;
  for (let i = minHead; i <= w.length - Math.min(k.word.length, k.stem.length); i++) {
    const tail = w.slice(i);
    if (k.word.length < 4 && w[i - 1] !== 's') continue;
    if (tail[0] !== k.word[0]) continue;
    if (isForm(tail, stem(tail), k)) return 'compound';
  }
  // A long keyword anywhere inside a compound: civilsamhälles|organisation|er.
  if (k.word.length >= 6 && w.includes(k.word)) return 'compound';
  return null;
}

/**
 * matchWord remembered per word and keyword (it depends on nothing else): the words of a file's
 * rows repeat, and trying every compound split of every word against every keyword was most of the
 * cost of suggesting themes for 100 000 rows.
 */
const MATCHED = new WeakMap<Keyword, Map<string, MatchKind | null>>();
function matchOnce(t: Token, k: Keyword): MatchKind | null {
  let known = MATCHED.get(k);
  if (!known) MATCHED.set(k, (known = new Map()));
  let kind = known.get(t.text);
  if (kind === undefined) {
    if (known.size > 20_000) known.clear();
    kind = matchWord(t, k);
    known.set(t.text, kind);
  }
  return kind;
}

interface Hit {
  start: number;
  end: number;
  weight: number;
  text: string;
}

const WEIGHT = { phrase: 2, form: 1, compound: 0.75 } as const;
const MAX_GAP = 1;

function phraseHits(seq: Token[], phrase: Keyword[]): Hit[] {
  const hits: Hit[] = [];
  for (let s = 0; s < seq.length; s++) {
    if (!isForm(seq[s].text, seq[s].stem, phrase[0])) continue;
    let pos = s;
    let ok = true;
    for (let j = 1; j < phrase.length && ok; j++) {
      ok = false;
      for (let g = 1; g <= MAX_GAP + 1 && pos + g < seq.length; g++) {
        const t = seq[pos + g];
        if (isForm(t.text, t.stem, phrase[j])) {
          pos += g;
          ok = true;
          break;
        }
      }
    }
    if (ok)
      hits.push({
        start: s,
        end: pos,
        weight: WEIGHT.phrase,
        text: seq
          .slice(s, pos + 1)
          .map((t) => t.text)
          .join(' '),
      });
  }
  return hits;
}

/**
 * A keyword's words prepared for matching, once per keyword text (a pure function of it): preparing
 * them again for every row made suggestions for a 10 000-row file cost seconds.
 */
const PREPARED = new Map<string, Keyword[]>();
function prepared(raw: string): Keyword[] {
  let kws = PREPARED.get(raw);
  if (!kws) {
    if (PREPARED.size > 10_000) PREPARED.clear();
    kws = keywordWords(raw).map(keyword);
    PREPARED.set(raw, kws);
  }
  return kws;
}

/** Split a keyword into its content words; a hyphenated single word ("e-tjänst") stays one word. */
function keywordWords(kw: string): string[] {
  const ws = words(kw);
  if (ws.length === 1 && ws[0].whole) return [ws[0].whole];
  return ws.flatMap((w) => w.parts);
}

/**
 * Themes suggested for a text, best first (score descending, then theme order), leaving out the
 * themes in `exclude` (those already chosen). Each word of the text counts once per theme, with the
 * weight of its best match: phrase 2, inflected form 1, compound part 0.75.
 */
export function suggestThemes(text: string, themes: Theme[], exclude: string[] = []): Suggestion[] {
  const { seq, all } = analyse(text);
  if (seq.length === 0 && all.length === 0) return [];
  const skip = new Set(exclude);
  const out: (Suggestion & { order: number })[] = [];
  themes.forEach((theme, order) => {
    if (skip.has(theme.id)) return;
    const hits: Hit[] = [];
    for (const raw of theme.nyckelord) {
      const kws = prepared(raw);
      if (kws.length === 0) continue;
      if (kws.length > 1) {
        hits.push(...phraseHits(seq, kws));
        continue;
      }
      for (const t of all) {
        const kind = matchOnce(t, kws[0]);
        if (kind) hits.push({ start: t.start, end: t.end, weight: WEIGHT[kind], text: t.text });
      }
    }
    if (hits.length === 0) return;
    // Best hits first; a text position counts once.
    hits.sort((a, b) => b.weight - a.weight || b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken = new Set<number>();
    const accepted: Hit[] = [];
    for (const h of hits) {
      let free = true;
      for (let p = h.start; p <= h.end; p++) if (taken.has(p)) free = false;
      if (!free) continue;
      for (let p = h.start; p <= h.end; p++) taken.add(p);
      accepted.push(h);
    }
    accepted.sort((a, b) => a.start - b.start);
    const matched = [...new Set(accepted.map((h) => h.text))];
    const score = accepted.reduce((s, h) => s + h.weight, 0);
    out.push({ themeId: theme.id, matched, score, order });
  });
  out.sort((a, b) => b.score - a.score || a.order - b.order);
  return out.map(({ themeId, matched, score }) => ({ themeId, matched, score }));
}

/**
 * What domain code says, as codes with parameters: domain returns a `Msg`, the i18n layer renders
 * it in the chosen language (`lib/i18n/say.ts`). So pure domain code never reads the language
 * setting, and a test can check a code instead of a sentence.
 *
 * `DomainMessages` is the catalogue shape every language must provide (sv.ts/en.ts `err` section);
 * the compiler checks it, so a message code without a text does not compile.
 */
export interface DomainMessages {
  required: string;
  dateMissing: string;
  dateYear: (y: number) => string;
  dateMonth: (m: number) => string;
  dateDay: (d: string) => string;
  dateTime: (s: string) => string;
  dateUnknown: (s: string) => string;
  endBeforeStart: (end: string, start: string) => string;
  enumUnknown: (s: string, allowed: string) => string;
  themeUnknown: (s: string) => string;
  planUnknown: (s: string) => string;
  planOtherMunicipality: (plan: string, kommun: string) => string;
  regionUnknown: (s: string) => string;
  link: string;
  colour: string;
  idFormat: string;
  idTaken: (id: string) => string;
  idCounty: string;
  timestamp: (s: string) => string;
  bool: (s: string) => string;
  noMembers: string;
  muniMissing: string;
  muniZero: (s: string, code: string) => string;
  muniAs: (s: string, name: string) => string;
  muniAmbiguous: (s: string, list: string) => string;
  muniUnknown: (s: string) => string;
  muniUnknownSuggest: (s: string, name: string) => string;
  numberEmpty: string;
  numberInvalid: (s: string) => string;
  numberAmbiguous: (s: string, whole: string, decimal: string) => string;
  numberTooLarge: (s: string) => string;
  numberWhole: (s: string) => string;
  numberRange: (s: string, min: string, max: string) => string;
}

export type MsgKey = keyof DomainMessages;
type ArgsOf<K extends MsgKey> = DomainMessages[K] extends (...args: infer A) => string ? A : [];

/** One message: its code and the parameters its text needs. */
export type Msg = { [K in MsgKey]: { key: K; args: ArgsOf<K> } }[MsgKey];

/** Build a message; the parameters are checked against the catalogue's signature. */
export function msg<K extends MsgKey>(key: K, ...args: ArgsOf<K>): Msg {
  return { key, args } as Msg;
}

/** Render a message with a catalogue (the i18n layer passes the active one). */
export function renderMsg(m: Msg, catalogue: DomainMessages): string {
  const text = catalogue[m.key] as string | ((...a: unknown[]) => string);
  return typeof text === 'function' ? text(...(m.args as unknown[])) : text;
}

/** A stable, language-free rendering ("dateDay(2016-02-30)"), for logs and for contexts without a catalogue. */
export function msgCode(m: Msg): string {
  return m.args.length ? `${m.key}(${(m.args as unknown[]).join(', ')})` : m.key;
}

import { describe, expect, it } from 'vitest';
import { msg, msgCode, renderMsg, type Msg } from '$lib/domain/messages';
import { domainCatalogue, sayIn } from '$lib/i18n/say';
import { en } from '$lib/i18n/en';
import { sv } from '$lib/i18n/sv';

describe('domain messages: codes that the i18n layer renders', () => {
  const cases: [Msg, RegExp, RegExp][] = [
    [msg('required'), /måste fyllas i/, /required/],
    [msg('dateDay', '2016-02-30'), /2016-02-30 finns inte/, /2016-02-30 does not exist/],
    [msg('dateTime', '2016-03-15 99:99'), /klockslag/, /time of day/],
    [
      msg('muniAmbiguous', 'Häbo', 'Håbo (0305), Habo (0643)'),
      /flera kommuner: Håbo/,
      /more than one municipality: Håbo/,
    ],
    [msg('muniUnknownSuggest', 'Stokholm', 'Stockholm (0180)'), /Menade du Stockholm/, /Did you mean Stockholm/],
    [msg('numberTooLarge', '1234567890123456789'), /för stort/, /too large/],
    [msg('numberAmbiguous', '1,234', '1234', '1,2340'), /både 1234/, /either 1234/],
  ];
  it.each(cases)('%j renders in Swedish and English', (m, svText, enText) => {
    expect(sayIn(sv, m)).toMatch(svText);
    expect(sayIn(en, m)).toMatch(enText);
  });

  it('every code has a text in both languages', () => {
    for (const cat of [domainCatalogue(sv), domainCatalogue(en)]) {
      for (const [key, text] of Object.entries(cat)) {
        const args = typeof text === 'function' ? Array.from({ length: text.length }, () => 'x') : [];
        expect(renderMsg({ key, args } as unknown as Msg, cat), key).toMatch(/\S/);
      }
    }
  });

  it('msgCode is a stable language-free form', () => {
    expect(msgCode(msg('required'))).toBe('required');
    expect(msgCode(msg('dateYear', 1800))).toBe('dateYear(1800)');
  });
});

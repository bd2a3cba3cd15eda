/**
 * Tema-indikator: which indicator shows the need behind a theme, with an optional threshold in the
 * indicator's unit (DATA.md, tema_indikatorer.csv). Whether a high value is good comes from the
 * indicator's `hogre_ar_battre`.
 */
import { defineEntity, field } from './define';

export const themeIndicator = defineEntity({
  name: 'themeIndicators',
  file: 'tema_indikatorer.csv',
  idPrefix: 'ti',
  titleField: 'indikator',
  key: ['tema', 'indikator'],
  indexes: ['tema', 'indikator'],
  labelKey: 'themeIndicators',
  refersTo: ['themes', 'indicators'],
  nameWords: ['temaindikator', 'themeindicator'],
  fields: [
    field('tema', 'text', { required: true, column: true, aliases: ['theme'] }),
    field('indikator', 'text', { required: true, column: true }),
    field('grans', 'number', { column: true, aliases: ['threshold', 'limit'] }),
    field('kommentar', 'text', { column: true, aliases: ['comment', 'note'] }),
  ],
});

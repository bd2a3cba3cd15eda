/** Indikator: a key figure, e.g. from Kolada (DATA.md, indikatorer.csv). */
import { defineEntity, field } from './define';

export const indicator = defineEntity({
  name: 'indicators',
  file: 'indikatorer.csv',
  idPrefix: 'i',
  titleField: 'namn',
  key: ['id'],
  indexes: [],
  nameWords: ['indikator', 'indicator', 'kpi'],
  fields: [
    field('id', 'id', { required: true }),
    field('namn', 'text', { required: true }),
    field('enhet', 'text'),
    field('beskrivning', 'longtext'),
    field('hogre_ar_battre', 'bool'),
  ],
});

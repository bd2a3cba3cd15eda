/** Nyckeltal: one value of an indicator for a municipality and period, long format as Kolada (DATA.md, nyckeltal.csv). */
import { defineEntity, field } from './define';

export const indicatorValue = defineEntity({
  name: 'indicatorValues',
  file: 'nyckeltal.csv',
  idPrefix: 'v',
  titleField: 'indikator',
  key: ['indikator', 'kommunkod', 'period'],
  indexes: ['indikator', 'kommunkod'],
  refersTo: ['indicators'],
  nameWords: ['nyckeltal', 'indicatorvalue', 'kpivalue', 'kolada'],
  fields: [
    field('indikator', 'text', { required: true }),
    field('kommunkod', 'kommun', { required: true }),
    field('period', 'text', { required: true }),
    field('varde', 'number', { required: true }),
    field('kalla', 'text'),
  ],
});

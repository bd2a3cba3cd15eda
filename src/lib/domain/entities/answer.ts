/** Svar: a municipality's answer to a collection round, as received (DATA.md, svar.csv). */
import { defineEntity, field } from './define';

export const answer = defineEntity({
  name: 'answers',
  file: 'svar.csv',
  idPrefix: 's',
  titleField: 'fil',
  dateField: 'mottagen',
  key: ['insamling_id', 'kommunkod'],
  indexes: ['insamling_id', 'kommunkod'],
  labelKey: 'answers',
  fields: [
    field('insamling_id', 'text', { required: true, column: true }),
    field('kommunkod', 'kommun', { required: true, column: true }),
    field('mottagen', 'date', { column: true }),
    field('fil', 'text', { column: true }),
  ],
});

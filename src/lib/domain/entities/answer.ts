/** Svar: a municipality's answer to a collection round, as received, with the previous version of its plan (DATA.md, svar.csv). */
import { defineEntity, enumField, field } from './define';

export const answer = defineEntity({
  name: 'answers',
  file: 'svar.csv',
  idPrefix: 's',
  titleField: 'fil',
  dateField: 'mottagen',
  key: ['insamling_id', 'kommunkod'],
  indexes: ['insamling_id', 'kommunkod'],
  labelKey: 'answers',
  refersTo: ['rounds', 'plans'],
  fields: [
    field('insamling_id', 'text', { required: true, column: true }),
    field('kommunkod', 'kommun', { required: true, column: true }),
    field('mottagen', 'date', { column: true }),
    field('fil', 'text', { column: true }),
    // Plan history: the plan as the region had it when the template was made (the previous version),
    // and the measures' statuses and progress then (`id:status[:genomforande]`), so "what changed since the previous round" can be told.
    enumField('plan_status_fore', 'planStatus'),
    field('plan_datum_fore', 'date'),
    field('plan_kalla_fore', 'text'),
    field('atgarder_fore', 'list'),
  ],
});

/** Insamling: a collection round, the region asking its members for their plans (DATA.md, insamlingar.csv). */
import { defineEntity, field } from './define';

export const round = defineEntity({
  name: 'rounds',
  file: 'insamlingar.csv',
  idPrefix: 'i',
  titleField: 'namn',
  dateField: 'sista_svarsdag',
  key: ['id'],
  indexes: ['region_id'],
  labelKey: 'rounds',
  refersTo: ['regions'],
  fields: [
    field('id', 'id', { hidden: true }),
    field('namn', 'text', { required: true, column: true }),
    field('region_id', 'regionRef', { required: true, column: true }),
    field('sista_svarsdag', 'date', { column: true }),
    field('fragar', 'list', { column: true }),
    field('kontakt', 'text', { column: true }),
    field('skapad', 'timestamp', { hidden: true }),
    field('uppdaterad', 'timestamp', { hidden: true }),
  ],
});

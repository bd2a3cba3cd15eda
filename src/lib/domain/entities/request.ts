/** Medskick: a national request to a municipality (DATA.md, medskick.csv). */
import { defineEntity, field } from './define';

export const request = defineEntity({
  name: 'requests',
  file: 'medskick.csv',
  idPrefix: 'm',
  titleField: 'text',
  dateField: 'datum',
  key: ['id'],
  indexes: ['kommunkod', '*teman'],
  labelKey: 'requests',
  nounKey: 'request',
  dataTab: 4,
  refersTo: ['themes'],
  nameWords: ['medskick', 'request'],
  fields: [
    field('id', 'id', { hidden: true }),
    field('kommunkod', 'kommun', { required: true, column: true }),
    field('datum', 'date', { column: true }),
    field('mottagare', 'text', { column: true }),
    field('text', 'longtext', { required: true, column: true }),
    field('teman', 'themes', { column: true }),
    field('kalla', 'text', { hidden: true }),
    field('uppdaterad', 'timestamp', { hidden: true }),
  ],
});

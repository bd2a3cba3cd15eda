/** Händelse: a visit, seminar, decision … for one municipality or the whole region (DATA.md, handelser.csv). */
import { defineEntity, enumField, field } from './define';

export const event = defineEntity({
  name: 'events',
  file: 'handelser.csv',
  idPrefix: 'h',
  titleField: 'titel',
  dateField: 'datum',
  key: ['id'],
  indexes: ['kommunkod', 'region_id', 'datum'],
  ranges: [['datum', 'slutdatum']],
  labelKey: 'events',
  nounKey: 'event',
  dataTab: 3,
  refersTo: ['regions'],
  nameWords: ['handelse', 'event'],
  fields: [
    field('id', 'id', { hidden: true }),
    field('kommunkod', 'kommunOptional', { column: true }),
    field('region_id', 'regionRef'),
    field('datum', 'date', { required: true, column: true }),
    field('slutdatum', 'date'),
    enumField('typ', 'eventType', { required: true, column: true }),
    field('titel', 'text', { required: true, column: true }),
    field('beskrivning', 'longtext'),
    field('kalla', 'text', { hidden: true }),
    field('uppdaterad', 'timestamp', { hidden: true }),
  ],
});

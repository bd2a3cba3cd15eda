/** Plan för handling: one municipality's action plan (DATA.md, planer.csv). */
import { defineEntity, enumField, field } from './define';

export const plan = defineEntity({
  name: 'plans',
  file: 'planer.csv',
  idPrefix: 'p',
  titleField: 'titel',
  dateField: 'startdatum',
  key: ['id'],
  indexes: ['kommunkod'],
  ranges: [['startdatum', 'planerat_klart']],
  labelKey: 'plans',
  nounKey: 'plan',
  dataTab: 1,
  nameWords: ['plan'],
  fields: [
    field('id', 'id', { hidden: true }),
    field('kommunkod', 'kommun', { required: true, column: true }),
    field('titel', 'text', { required: true, column: true }),
    enumField('status', 'planStatus', { required: true, column: true }),
    field('startdatum', 'date', { column: true }),
    field('planerat_klart', 'date', { column: true }),
    field('antagen', 'date'),
    field('uppfoljning', 'date'),
    field('ansvarig', 'text'),
    field('lank', 'link'),
    field('beskrivning', 'longtext'),
    field('kalla', 'text', { hidden: true }),
    field('uppdaterad', 'timestamp', { hidden: true, column: true }),
  ],
});

/** Region: a named group of municipalities (a kommunalförbund, a FoU region) (DATA.md, regioner.csv). */
import { defineEntity, field } from './define';

export const region = defineEntity({
  name: 'regions',
  file: 'regioner.csv',
  idPrefix: 'r',
  titleField: 'namn',
  key: ['id'],
  indexes: [],
  labelKey: 'regions',
  nounKey: 'region',
  dataTab: 5,
  nameWords: ['region', 'grupp', 'group'],
  fields: [
    field('id', 'id', { hidden: true }),
    field('namn', 'text', { required: true, column: true }),
    field('kommunkoder', 'kommunList', { required: true, column: true }),
    field('beskrivning', 'longtext', { column: true }),
  ],
});

/** Tema: one theme of the region's taxonomy (DATA.md, teman.csv). */
import { defineEntity, field } from './define';

export const theme = defineEntity({
  name: 'themes',
  file: 'teman.csv',
  idPrefix: 't',
  titleField: 'namn',
  key: ['id'],
  indexes: [],
  nameWords: ['tema', 'theme'],
  fields: [
    field('id', 'id', { required: true }),
    field('namn', 'text', { required: true, column: true }),
    field('beskrivning', 'longtext'),
    field('farg', 'colour', { required: true }),
    field('overordnat', 'text'),
    field('nyckelord', 'list'),
  ],
});

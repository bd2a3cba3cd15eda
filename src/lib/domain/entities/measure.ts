/** Åtgärd: a measure of a plan (DATA.md, atgarder.csv). "Försenad" is derived, never stored. */
import { defineEntity, enumField, field } from './define';

export const measure = defineEntity({
  name: 'measures',
  file: 'atgarder.csv',
  idPrefix: 'a',
  titleField: 'titel',
  dateField: 'start',
  key: ['id'],
  indexes: ['kommunkod', 'plan_id', '*teman'],
  ranges: [['start', 'slut']],
  labelKey: 'measures',
  nounKey: 'measure',
  dataTab: 2,
  refersTo: ['plans', 'themes'],
  nameWords: ['atgard', 'measure', 'action'],
  fields: [
    field('id', 'id', { hidden: true }),
    field('plan_id', 'planRef'),
    field('kommunkod', 'kommun', { required: true, column: true }),
    field('titel', 'text', { required: true, column: true }),
    field('beskrivning', 'longtext'),
    field('teman', 'themes', { column: true }),
    enumField('status', 'measureStatus', { required: true, column: true }),
    field('start', 'date', { column: true }),
    field('slut', 'date', { column: true }),
    field('ansvarig', 'text'),
    field('samverkan', 'list'),
    // A short word on how the work goes, as the municipality writes it in a collection round's answer.
    field('kommentar', 'text', { aliases: ['comment', 'kommentarer'] }),
    // How far the measure has come, as the municipality reports it: a whole percentage (empty = not reported).
    field('genomforande', 'number', { whole: true, min: 0, max: 100, aliases: ['progress', 'implementation'] }),
    field('gott_exempel', 'bool', { aliases: ['good_example', 'good_practice'] }),
    field('kalla', 'text', { hidden: true }),
    field('uppdaterad', 'timestamp', { hidden: true }),
  ],
});

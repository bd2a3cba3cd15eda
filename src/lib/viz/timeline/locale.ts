/** Swedish and English date formatting for d3 (month and day names), in UTC: timeline dates are calendar days. */
import { timeFormatLocale, type TimeLocaleObject } from 'd3-time-format';
import { MONTHS_SV } from '$lib/domain/dates';

export const svLocale = timeFormatLocale({
  dateTime: '%A %e %B %Y %X',
  date: '%Y-%m-%d',
  time: '%H:%M:%S',
  periods: ['fm', 'em'],
  days: ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'],
  shortDays: ['sön', 'mån', 'tis', 'ons', 'tor', 'fre', 'lör'],
  months: [...MONTHS_SV],
  shortMonths: ['jan', 'feb', 'mars', 'apr', 'maj', 'juni', 'juli', 'aug', 'sep', 'okt', 'nov', 'dec'],
});

export const utcFormatLocale = { format: svLocale.utcFormat };

export const enLocale = timeFormatLocale({
  dateTime: '%A %e %B %Y %X',
  date: '%Y-%m-%d',
  time: '%H:%M:%S',
  periods: ['AM', 'PM'],
  days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  shortDays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
});

/** The axis locale for a language code ('sv' or 'en'). */
export const axisLocale = (lang: string): TimeLocaleObject => (lang === 'en' ? enLocale : svLocale);

/** The words the timeline shows (the caller's language): buttons, the "today" line, the canvas hint, the marks' key. */
export interface TimelineText {
  zoomIn: string;
  zoomOut: string;
  reset: string;
  today: string;
  zoomForKeys: string;
  /** A milestone's name by its field (startdatum → "Start"): its label on the timeline. */
  milestone?: Record<string, string>;
  /** The head of the key under the drawing: marks whose name had no room, by number. */
  markKey: string;
}

/** Swedish date formatting for d3 (month and day names), in UTC: timeline dates are calendar days. */
import { timeFormatLocale } from 'd3-time-format';

export const svLocale = timeFormatLocale({
  dateTime: '%A %e %B %Y %X',
  date: '%Y-%m-%d',
  time: '%H:%M:%S',
  periods: ['fm', 'em'],
  days: ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'],
  shortDays: ['sön', 'mån', 'tis', 'ons', 'tor', 'fre', 'lör'],
  months: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  shortMonths: ['jan', 'feb', 'mars', 'apr', 'maj', 'juni', 'juli', 'aug', 'sep', 'okt', 'nov', 'dec'],
});

export const utcFormatLocale = { format: svLocale.utcFormat };

/** Fixed colours: a 5-colour plan status set readable with colour-vision deficiencies, plus "no plan". */
export const STATUS_COLOURS: Record<string, string> = {
  ej_paborjad: '#fde725',
  under_arbete: '#5ec962',
  remiss: '#21918c',
  antagen: '#3b528b',
  uppfoljd: '#440154',
  none: '#ffffff',
};

/**
 * Insamling on the map (Okabe–Ito, readable with colour-vision deficiencies and apart from the
 * viridis-like plan statuses): waiting orange, answered sky blue, answered late reddish purple;
 * "not asked" is white and hatched like "no plan".
 */
export const ROUND_COLOURS = {
  waiting: '#e69f00',
  received: '#56b4e9',
  late: '#cc79a7',
  notAsked: '#ffffff',
} as const;

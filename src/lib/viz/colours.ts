/** Fixed colours: a 5-colour plan status set readable with colour-vision deficiencies, plus "no plan". */
export const STATUS_COLOURS: Record<string, string> = {
  ej_paborjad: '#fde725',
  under_arbete: '#5ec962',
  remiss: '#21918c',
  antagen: '#3b528b',
  uppfoljd: '#440154',
  none: '#ffffff',
};

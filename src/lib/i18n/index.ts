/** The active message catalogue. Swedish is the default and, for now, the only language. */
import { sv } from './sv';

export const t = sv;
export type { Messages } from './sv';

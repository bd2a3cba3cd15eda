/** The built-in register of Sweden's 290 municipalities and 21 counties (generated, see scripts/). */
import data from '../../data/municipalities.json';
import { Register } from './municipalities';

export const register = new Register(data);

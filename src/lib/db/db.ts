/** The single database instance of the app. */
import { PlanatlasDb } from './schema';

export const db = new PlanatlasDb();

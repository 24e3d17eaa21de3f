// Lint fixture (never built into the app): a context importing another scope's library must fail lint.
import { SeededRandom } from '@crm/analytics';

export const random = new SeededRandom(1);

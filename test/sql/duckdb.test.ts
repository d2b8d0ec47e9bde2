import { differentialSuite } from './differential';
import { openDuckDb } from './engines/runners';

differentialSuite('DuckDB (embedded)', openDuckDb, { withNul: true });

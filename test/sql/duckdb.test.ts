import { contractSuite } from './contract';
import { differentialSuite } from './differential';
import { openDuckDb } from './engines/runners';

differentialSuite('DuckDB (embedded)', openDuckDb, { withNul: true });
contractSuite('DuckDB (embedded)', openDuckDb, { nonFinite: true });

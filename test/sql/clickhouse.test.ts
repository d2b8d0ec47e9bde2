import { contractSuite } from './contract';
import { differentialSuite } from './differential';
import { openClickHouse } from './engines/runners';

differentialSuite('ClickHouse (2 shards, Distributed tables)', openClickHouse, { withNul: true });
// NaN and ±Infinity do not survive the JSONEachRow insert (JSON has no such numbers).
contractSuite('ClickHouse (2 shards, Distributed tables)', openClickHouse, { nonFinite: false });

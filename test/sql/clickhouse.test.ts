import { differentialSuite } from './differential';
import { openClickHouse } from './engines/runners';

differentialSuite('ClickHouse (2 shards, Distributed tables)', openClickHouse, { withNul: true });

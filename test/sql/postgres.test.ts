import { contractSuite } from './contract';
import { differentialSuite } from './differential';
import { openPostgres } from './engines/runners';

// PostgreSQL text cannot hold a NUL character: its dataset leaves that one hostile value out.
differentialSuite('PostgreSQL 15', openPostgres, { withNul: false });
contractSuite('PostgreSQL 15', openPostgres, { nonFinite: true });

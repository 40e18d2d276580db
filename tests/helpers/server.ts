/** The browser tests' static server: the one in scripts/lib, shared with the benchmark. */
export { serve, shippedHeaders, type Served } from '../../scripts/lib/static-server.ts';

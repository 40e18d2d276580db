/**
 * Node's module hooks for Vite's `?raw` imports (a file's text as the default export), which
 * the site's citation styles use: the build's own processes run the site's code through tsx,
 * which has no such imports. Importing this module registers the hooks for later imports.
 */
import { register } from 'node:module';

register('./raw-import-hooks.mjs', import.meta.url);

/** robots.txt, generated so that it names the sitemap under the configured site URL. */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/site/sitemap.ts';

export const GET: APIRoute = ({ site }) => new Response(robotsTxt(site!.toString()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

// /figuren/schema.svg: the influence × dependency schema with X, Y and Z as a file, written
// when the site is built, for a trainer to put on a slide. The same component as in the chapter.
import preactRenderer from '@astrojs/preact/server.js';
import type { APIRoute } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import SchemaFile from '../../components/partner-strategy/SchemaFile.astro';

export const GET: APIRoute = async () => {
  const container = await AstroContainer.create();
  container.addServerRenderer({ name: '@astrojs/preact', renderer: preactRenderer });
  const svg = await container.renderToString(SchemaFile);
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg.trim()}\n`, {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
};

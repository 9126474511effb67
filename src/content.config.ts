import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { sourceIds } from './data/sources';

export const collections = {
  docs: defineCollection({
    loader: docsLoader(),
    schema: docsSchema({
      extend: z.object({
        /** Ids of the source texts (src/data/sources.ts) this page draws on. */
        sources: z.array(z.enum(sourceIds)).default([]),
        /** When the content was last checked against its sources. */
        reviewed: z.coerce.date(),
      }),
    }),
  }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};

import { defineCollection } from 'astro:content';
import { join } from 'node:path';
import { cacheDir, contentDir } from './config.ts';
import { articlesLoader } from './loaders/articles.ts';
import { yamlDirLoader } from './loaders/yaml-dir.ts';
import { agencySchema } from './schemas/agency.ts';
import { articleSchemaFor } from './schemas/article.ts';
import { campaignSchema } from './schemas/campaign.ts';

export const collections = {
	articles: defineCollection({
		loader: articlesLoader({ base: join(contentDir, 'articles'), cacheDir }),
		schema: ({ image }) => articleSchemaFor(image()),
	}),
	campaigns: defineCollection({
		loader: yamlDirLoader({ base: join(contentDir, 'campaigns'), markdownField: 'description' }),
		schema: campaignSchema,
	}),
	agencies: defineCollection({
		loader: yamlDirLoader({ base: join(contentDir, 'agencies') }),
		schema: agencySchema,
	}),
};

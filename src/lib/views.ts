/**
 * Labels the pages show for movements and agencies: formatting kept out of templates.
 */
import { t } from '../i18n/index.ts';
import type { CampaignData } from '../schemas/campaign.ts';

/** "2019–2025", or "Từ 2019" for a movement with no end year. */
export function formatPeriod(period: CampaignData['period']): string {
	return period.to === undefined
		? t('movement.periodOpen', { from: period.from })
		: t('movement.periodRange', { from: period.from, to: period.to });
}

/** "{n} bài viết" */
export function articleCount(n: number): string {
	return t('count.articles', { n: n.toLocaleString('vi-VN') });
}

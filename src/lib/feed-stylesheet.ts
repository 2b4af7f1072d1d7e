/**
 * The XSL stylesheet every feed points to: a browser that opens a feed shows a readable
 * Vietnamese page (what a feed is, how to subscribe, the feed's address and its items) instead of
 * raw XML. Feed readers ignore it. XSLT 1.0, the version browsers implement.
 */
import { t } from '../i18n/index.ts';
import { escapeXml } from './feeds.ts';
import { routes } from './routes.ts';

const CSS = `
:root { color-scheme: light dark; --bg: #fbfaf7; --text: #1d1d1f; --muted: #55575c; --line: #dedbd3; --accent: #a4161a; --link: #8a1216; --note: #fff6e0; }
@media (prefers-color-scheme: dark) { :root { --bg: #141518; --text: #ecebe8; --muted: #b4b2ad; --line: #34363b; --accent: #c7373c; --link: #ff9d94; --note: #2a2416; } }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--text); font-family: 'Noto Sans', system-ui, sans-serif; font-size: 1.0625rem; line-height: 1.7; }
.wrap { max-width: 46rem; margin: 0 auto; padding: 0 1rem 3rem; }
.note { background: var(--note); border-bottom: 3px solid var(--accent); padding: 1rem 0; }
.note strong { display: block; font-size: 1.15rem; }
.note p { margin: 0.3rem 0 0.6rem; }
.note label { display: block; font-weight: 700; font-size: 0.95rem; }
.note input { width: 100%; font: inherit; font-size: 0.95rem; padding: 0.4rem 0.5rem; border: 1px solid var(--line); border-radius: 4px; background: var(--bg); color: var(--text); }
a { color: var(--link); text-underline-offset: 0.15em; }
h1 { font-size: 1.6rem; line-height: 1.35; margin: 1.2rem 0 0.4rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 0.5rem; border-bottom: 1px solid var(--line); }
ol { list-style: none; padding: 0; margin: 0; }
li { padding: 0.9rem 0; border-bottom: 1px solid var(--line); }
li h3 { font-size: 1.1rem; line-height: 1.4; margin: 0; }
.meta { color: var(--muted); font-size: 0.9rem; margin: 0.2rem 0; }
.lead { margin: 0.3rem 0 0; }
`;

/** The stylesheet's text. All wording comes from src/i18n/vi.ts. */
export function feedStylesheet(): string {
	const text = (key: Parameters<typeof t>[0]): string => escapeXml(t(key));
	return `<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0"
	xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:dc="http://purl.org/dc/elements/1.1/">
	<xsl:output method="html" encoding="UTF-8" indent="yes" doctype-system="about:legacy-compat"/>
	<xsl:variable name="months" select="'JanFebMarAprMayJunJulAugSepOctNovDec'"/>
	<xsl:template name="date">
		<xsl:param name="rfc822"/>
		<xsl:variable name="month" select="substring($rfc822, 9, 3)"/>
		<xsl:value-of select="number(substring($rfc822, 6, 2))"/>
		<xsl:text> ${text('feeds.xslMonth')} </xsl:text>
		<xsl:value-of select="string-length(substring-before($months, $month)) div 3 + 1"/>
		<xsl:text>, </xsl:text>
		<xsl:value-of select="substring($rfc822, 13, 4)"/>
	</xsl:template>
	<xsl:template match="/rss/channel">
		<html lang="vi">
			<head>
				<meta charset="utf-8"/>
				<meta name="viewport" content="width=device-width, initial-scale=1"/>
				<meta name="robots" content="noindex"/>
				<link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
				<title><xsl:value-of select="title"/> (RSS)</title>
				<style>${CSS}</style>
			</head>
			<body>
				<div class="note">
					<div class="wrap">
						<strong>${text('feeds.xslBanner')}</strong>
						<p>${text('feeds.xslExplain')}</p>
						<label for="dia-chi">${text('feeds.xslAddress')}</label>
						<input id="dia-chi" type="url" readonly="readonly" value="{atom:link[@rel='self']/@href}"/>
						<p><a href="${routes.follow()}">${text('feeds.xslAll')}</a></p>
					</div>
				</div>
				<main class="wrap">
					<h1><xsl:value-of select="title"/></h1>
					<p><xsl:value-of select="description"/></p>
					<p><a href="{link}">${text('feeds.openPage')}</a></p>
					<h2>${text('feeds.xslItems')}</h2>
					<xsl:choose>
						<xsl:when test="count(item) = 0">
							<p>${text('count.empty')}</p>
						</xsl:when>
						<xsl:otherwise>
							<ol>
								<xsl:for-each select="item">
									<li>
										<h3><a href="{link}"><xsl:value-of select="title"/></a></h3>
										<p class="meta">
											<xsl:call-template name="date">
												<xsl:with-param name="rfc822" select="pubDate"/>
											</xsl:call-template>
											<xsl:for-each select="dc:creator">
												<xsl:choose>
													<xsl:when test="position() = 1"> · </xsl:when>
													<xsl:otherwise>, </xsl:otherwise>
												</xsl:choose>
												<xsl:value-of select="."/>
											</xsl:for-each>
										</p>
										<p class="lead"><xsl:value-of select="description"/></p>
									</li>
								</xsl:for-each>
							</ol>
						</xsl:otherwise>
					</xsl:choose>
				</main>
			</body>
		</html>
	</xsl:template>
	<xsl:template match="/">
		<xsl:apply-templates select="rss/channel"/>
	</xsl:template>
</xsl:stylesheet>
`;
}

/**
 * Draws the illustrative image ("Ảnh minh họa") for the shipped article, whose original photo is
 * not available: an abstract composition (stage, rays, laurels, a row of certificates), no
 * people. Rendered from SVG by sharp; run once and commit the JPEG:
 *   node_modules/.bin/node scripts/photos/illustration.ts <output.jpg>
 */
import sharp from 'sharp';

const W = 1600;
const H = 1000;

function rays(cx: number, cy: number, n: number): string {
	return Array.from({ length: n }, (_, i) => {
		const a0 = (Math.PI * (i * 2)) / (n * 2) - Math.PI;
		const a1 = (Math.PI * (i * 2 + 1)) / (n * 2) - Math.PI;
		const r = 1400;
		return `<path d="M${cx},${cy} L${cx + r * Math.cos(a0)},${cy + r * Math.sin(a0)} L${cx + r * Math.cos(a1)},${cy + r * Math.sin(a1)} Z" fill="#ffd76a" opacity="0.09"/>`;
	}).join('');
}

function star(cx: number, cy: number, r: number, fill: string): string {
	const pts = Array.from({ length: 10 }, (_, i) => {
		const a = -Math.PI / 2 + (i * Math.PI) / 5;
		const rr = i % 2 === 0 ? r : r * 0.4;
		return `${(cx + rr * Math.cos(a)).toFixed(1)},${(cy + rr * Math.sin(a)).toFixed(1)}`;
	});
	return `<polygon points="${pts.join(' ')}" fill="${fill}"/>`;
}

function laurel(cx: number, cy: number, side: 1 | -1): string {
	return Array.from({ length: 9 }, (_, i) => {
		const a = Math.PI / 2 + side * (0.35 + i * 0.26);
		const x = cx + 190 * Math.cos(a);
		const y = cy - 190 * Math.sin(a) + 40;
		const rot = (-a * 180) / Math.PI + (side === 1 ? 60 : 120);
		return `<ellipse cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" rx="34" ry="13" fill="#e9b949" transform="rotate(${rot.toFixed(1)} ${x.toFixed(1)} ${y.toFixed(1)})"/>`;
	}).join('');
}

function certificates(): string {
	return Array.from({ length: 5 }, (_, i) => {
		const x = 170 + i * 260;
		const y = 690 + (i % 2) * 18;
		return `<g transform="rotate(${(i - 2) * 3} ${x + 100} ${y + 70})">
			<rect x="${x}" y="${y}" width="200" height="140" rx="6" fill="#fff8e7" stroke="#c9962e" stroke-width="6"/>
			<rect x="${x + 22}" y="${y + 24}" width="156" height="10" rx="5" fill="#b3261e"/>
			<rect x="${x + 40}" y="${y + 52}" width="120" height="8" rx="4" fill="#c9b48a"/>
			<rect x="${x + 40}" y="${y + 72}" width="120" height="8" rx="4" fill="#c9b48a"/>
			${star(x + 100, y + 108, 16, '#e9b949')}
		</g>`;
	}).join('');
}

export function illustrationSvg(): string {
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
	<defs>
		<linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">
			<stop offset="0" stop-color="#b3261e"/><stop offset="1" stop-color="#6d120d"/>
		</linearGradient>
		<linearGradient id="stage" x1="0" y1="0" x2="0" y2="1">
			<stop offset="0" stop-color="#4a0c08"/><stop offset="1" stop-color="#2b0704"/>
		</linearGradient>
	</defs>
	<rect width="${W}" height="${H}" fill="url(#bg)"/>
	${rays(W / 2, 330, 18)}
	<circle cx="${W / 2}" cy="330" r="150" fill="#f2c230"/>
	${star(W / 2, 330, 110, '#b3261e')}
	${laurel(W / 2, 330, 1)}${laurel(W / 2, 330, -1)}
	<path d="M0,640 Q${W / 2},580 ${W},640 L${W},${H} L0,${H} Z" fill="url(#stage)"/>
	<rect x="0" y="636" width="${W}" height="10" fill="#e9b949" opacity="0.8"/>
	${certificates()}
	<path d="M0,120 Q400,40 800,110 T1600,90" stroke="#f2c230" stroke-width="14" fill="none" opacity="0.55"/>
	<path d="M0,160 Q420,80 820,150 T1600,130" stroke="#fff3c4" stroke-width="6" fill="none" opacity="0.35"/>
	</svg>`;
}

const out = process.argv[2];
if (!out) throw new Error('usage: node scripts/photos/illustration.ts <output.jpg>');
await sharp(Buffer.from(illustrationSvg())).jpeg({ quality: 86, mozjpeg: true }).toFile(out);
console.log(`wrote ${out}`);

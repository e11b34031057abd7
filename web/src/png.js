// "Save map as PNG": the map's layer canvases composed into one image (as OpenLayers' export example does), with a
// title, the choropleth's legend and the attribution drawn on it, downloaded as a file for the meeting minutes.
import { t, num } from './i18n.js';

function drawLayers(map, ctx, ratio) {
  for (const canvas of map.getViewport().querySelectorAll('.ol-layer canvas, canvas.ol-layer')) {
    if (canvas.width === 0) continue;
    const opacity = canvas.parentNode.style.opacity || canvas.style.opacity;
    ctx.globalAlpha = opacity === '' ? 1 : Number(opacity);
    let matrix;
    const transform = canvas.style.transform;
    const m = transform && /^matrix\(([^(]*)\)$/.exec(transform);
    if (m) matrix = m[1].split(',').map(Number);
    else matrix = [parseFloat(canvas.style.width) / canvas.width, 0, 0, parseFloat(canvas.style.height) / canvas.height, 0, 0];
    ctx.setTransform(...matrix.map((v) => v * ratio));
    const background = canvas.parentNode.style.backgroundColor;
    if (background) {
      ctx.fillStyle = background;
      ctx.fillRect(0, 0, canvas.width, canvas.height);
    }
    ctx.drawImage(canvas, 0, 0);
  }
  ctx.globalAlpha = 1;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
}

function drawLegend(ctx, legend, run, width, height) {
  const breaks = legend.classes?.breaks ?? [];
  const lines = [];
  const digits = legend.indicator === 'rateRatio' || legend.indicator === 'priorityScore' ? 2 : 1;
  for (let i = 0; i < breaks.length - 1; i++) lines.push([legend.colours[i], `${num(breaks[i], digits)} – ${num(breaks[i + 1], digits)}`]);
  if (legend.showSuppressed) lines.push([null, `<${legend.k}: ${t('legend.suppressed', { k: legend.k })}`]);
  const title = `${t(`indicator.${legend.indicator}`)}`;
  const subtitle = run ? `#${run.id} ${run.label ?? ''} ${run.periodFrom} – ${run.periodTo}`.replace(/\s+/g, ' ') : '';
  ctx.font = '13px sans-serif';
  const boxWidth = Math.max(200, ...lines.map(([, text]) => ctx.measureText(text).width + 40), ctx.measureText(subtitle).width + 16);
  const boxHeight = 46 + lines.length * 18;
  const x = 10;
  const y = height - boxHeight - 10;
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.strokeStyle = '#555';
  ctx.fillRect(x, y, boxWidth, boxHeight);
  ctx.strokeRect(x, y, boxWidth, boxHeight);
  ctx.fillStyle = '#000';
  ctx.font = 'bold 13px sans-serif';
  ctx.fillText(title, x + 8, y + 17);
  ctx.font = '12px sans-serif';
  ctx.fillText(subtitle, x + 8, y + 34);
  lines.forEach(([colour, text], i) => {
    const ly = y + 42 + i * 18;
    if (colour) {
      ctx.fillStyle = colour;
      ctx.fillRect(x + 8, ly, 22, 13);
    } else {
      ctx.fillStyle = '#ececec';
      ctx.fillRect(x + 8, ly, 22, 13);
      ctx.strokeStyle = '#8a8a8a';
      ctx.beginPath();
      for (let d = -13; d < 22; d += 5) { ctx.moveTo(x + 8 + d, ly + 13); ctx.lineTo(x + 8 + d + 13, ly); }
      ctx.save();
      ctx.rect(x + 8, ly, 22, 13);
      ctx.clip();
      ctx.stroke();
      ctx.restore();
    }
    ctx.strokeStyle = '#555';
    ctx.strokeRect(x + 8, ly, 22, 13);
    ctx.fillStyle = '#000';
    ctx.fillText(text, x + 36, ly + 11);
  });
  const attribution = legend.baseMap?.attribution;
  if (attribution) {
    ctx.font = '11px sans-serif';
    const w = ctx.measureText(attribution).width + 10;
    ctx.fillStyle = 'rgba(255,255,255,0.85)';
    ctx.fillRect(width - w - 4, height - 20, w, 16);
    ctx.fillStyle = '#000';
    ctx.fillText(attribution, width - w + 1, height - 8);
  }
}

/** Renders the map once more and downloads it with its legend as geo-karta-<run>.png. */
export function savePng(map, legend, run) {
  return new Promise((resolve, reject) => {
    map.once('rendercomplete', () => {
      try {
        const [width, height] = map.getSize();
        const ratio = window.devicePixelRatio || 1;
        const canvas = document.createElement('canvas');
        canvas.width = Math.round(width * ratio);
        canvas.height = Math.round(height * ratio);
        const ctx = canvas.getContext('2d');
        ctx.fillStyle = '#ffffff';
        ctx.fillRect(0, 0, canvas.width, canvas.height);
        drawLayers(map, ctx, ratio);
        drawLegend(ctx, legend, run, width, height);
        canvas.toBlob((blob) => {
          if (!blob) { reject(new Error('toBlob')); return; }
          const a = document.createElement('a');
          a.href = URL.createObjectURL(blob);
          a.download = `geo-karta-${run?.id ?? 'x'}.png`;
          document.body.append(a);
          a.click();
          a.remove();
          setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
          resolve();
        }, 'image/png');
      } catch (error) {
        reject(error); // a base map without CORS headers taints the canvas
      }
    });
    map.renderSync();
  });
}

import type { BrowserContext } from 'playwright-core';
import { runInPage } from './runInPage.js';

/** A screencast frame: milliseconds since navigation start, base64 JPEG. */
export interface FilmFrame {
  readonly t: number;
  readonly jpeg: string;
}

/** Per-channel (R, G, B) 256-bin histograms of a frame's non-white pixels, computed in the browser. */
function histograms(arg: { frames: readonly string[] }): Promise<number[][][]> {
  const one = async (b64: string): Promise<number[][]> => {
    const bin = atob(b64);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/jpeg' }));
    const canvas = new OffscreenCanvas(bmp.width, bmp.height);
    const g = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
    g.drawImage(bmp, 0, 0);
    const px = g.getImageData(0, 0, bmp.width, bmp.height).data;
    const hr = new Array<number>(256).fill(0);
    const hg = new Array<number>(256).fill(0);
    const hb = new Array<number>(256).fill(0);
    for (let i = 0; i < px.length; i += 4) {
      const r = px[i] as number;
      const gr = px[i + 1] as number;
      const b = px[i + 2] as number;
      if (r > 249 && gr > 249 && b > 249) continue;
      hr[r] = (hr[r] as number) + 1;
      hg[gr] = (hg[gr] as number) + 1;
      hb[b] = (hb[b] as number) + 1;
    }
    return [hr, hg, hb];
  };
  return Promise.all(arg.frames.map(one));
}

/** Visual progress of a frame between the first and the last (0–1), as speedline computes it from histograms. */
function progress(current: number[][], initial: number[][], target: number[][]): number {
  let total = 0;
  let match = 0;
  for (let c = 0; c < 3; c++) {
    for (let v = 0; v < 256; v++) {
      const start = initial[c]?.[v] ?? 0;
      const currentDiff = Math.abs((current[c]?.[v] ?? 0) - start);
      const targetDiff = Math.abs((target[c]?.[v] ?? 0) - start);
      match += Math.min(currentDiff, targetDiff);
      total += targetDiff;
    }
  }
  return total === 0 ? 1 : Math.floor((match / total) * 100) / 100;
}

/**
 * Speed Index of a load from its filmstrip, in milliseconds: the integral over time of the part of the final
 * picture not yet shown, visual progress measured by colour histograms of non-white pixels (speedline's method,
 * used by Lighthouse). The page starts blank at navigation (progress 0). `null` without frames.
 */
export async function speedIndex(
  context: BrowserContext,
  frames: readonly FilmFrame[],
): Promise<number | null> {
  const film = frames.filter((f) => f.t >= 0).sort((a, b) => a.t - b.t);
  if (film.length === 0) return null;
  const page = await context.newPage();
  try {
    const hists = await runInPage(page, histograms, { frames: film.map((f) => f.jpeg) });
    const blank = [new Array(256).fill(0), new Array(256).fill(0), new Array(256).fill(0)];
    const target = hists[hists.length - 1] as number[][];
    let si = 0;
    let lastT = 0;
    let lastProgress = 0;
    film.forEach((f, i) => {
      si += (f.t - lastT) * (1 - lastProgress);
      lastT = f.t;
      lastProgress = progress(hists[i] as number[][], blank, target);
    });
    return Math.round(si);
  } finally {
    await page.close();
  }
}

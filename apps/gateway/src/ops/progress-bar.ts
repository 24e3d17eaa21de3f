/** A one-line progress bar on stderr (redrawn in place on a terminal, a line per step otherwise). */
export function progressBar(label: string, width = 30): (done: number, total: number) => void {
  let lastPercent = -1;
  return (done, total) => {
    const fraction = total === 0 ? 1 : Math.min(done / total, 1);
    const percent = Math.floor(fraction * 100);
    if (percent === lastPercent) return;
    lastPercent = percent;
    const filled = Math.round(fraction * width);
    const bar = `${'#'.repeat(filled)}${'.'.repeat(width - filled)}`;
    const line = `${label} [${bar}] ${String(percent).padStart(3)}% ${done.toLocaleString('en')}/${total.toLocaleString('en')}`;
    if (process.stderr.isTTY) process.stderr.write(`\r${line}${fraction === 1 ? '\n' : ''}`);
    else if (percent % 10 === 0) process.stderr.write(`${line}\n`);
  };
}

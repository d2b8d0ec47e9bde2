import { controlLimits, formatValue } from '@servicescore/core';
import { KpiTrend } from '@servicescore/react';
import './doc-tables.css';

// NIST/SEMATECH e-Handbook of Statistical Methods §6.3.3.2: 30 wafers, 50 chips each,
// misregistered chips per wafer (the same numbers as test/core/spc/control-limits.test.ts).
const wafers = [
  12, 15, 8, 10, 4, 7, 16, 9, 14, 10, 5, 6, 17, 12, 22, 8, 10, 5, 13, 11, 20, 18, 24, 15, 9, 12, 7,
  13, 9, 6,
];
const points = wafers.map((defective) => ({ value: defective / 50, n: 50 }));

/** The example's centre line, limits and flagged wafers, computed live by `controlLimits`. */
export function ControlLimitsExampleTable() {
  const result = controlLimits(points, { chart: 'p' });
  const first = result.points[0];
  const pct = (v: number) => formatValue(v, 'ratio', { locale: 'en-US', precision: 2 });
  const flagged = result.points.flatMap((p, i) => (p.signals.length > 0 ? [i + 1] : []));
  return (
    <table className="ss-doc-table">
      <tbody>
        <tr>
          <th scope="row">Centre line p̄ = 347 / 1500</th>
          <td>{pct(result.center)}</td>
        </tr>
        <tr>
          <th scope="row">Upper control limit</th>
          <td>{first ? pct(first.upper) : '—'}</td>
        </tr>
        <tr>
          <th scope="row">Lower control limit</th>
          <td>{first ? pct(first.lower) : '—'}</td>
        </tr>
        <tr>
          <th scope="row">Wafers above the upper limit</th>
          <td>{flagged.join(', ')}</td>
        </tr>
      </tbody>
    </table>
  );
}

/** The same data drawn by KpiTrend (periods are the wafer numbers). */
export function ControlLimitsExampleChart({ locale }: { locale: 'zh-CN' | 'en-US' }) {
  return (
    <KpiTrend
      locale={locale}
      label={locale === 'zh-CN' ? '每片晶圆的错位芯片比例' : 'Misregistered chips per wafer'}
      unit="ratio"
      direction="lower"
      points={points.map((p, i) => ({ period: String(i + 1), ...p }))}
    />
  );
}

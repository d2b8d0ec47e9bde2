import type { AnalysisPhase } from './analysis-protocol';
import type { Tr } from './try-results';
import type { Notice, Running } from './use-try-analysis';

const phaseText = {
  parsing: 'phaseParsing',
  mapping: 'phaseMapping',
  evaluating: 'phaseEvaluating',
  finishing: 'phaseFinishing',
} as const satisfies Record<AnalysisPhase, Parameters<Tr>[0]>;

/**
 * The run in progress — a progress bar named by its phase (determinate while the CSV is parsed,
 * phase-only after) and a Cancel button — or why the previous results are still shown.
 */
export function RunStatus({
  running,
  notice,
  onCancel,
  T,
}: {
  running: Running | null;
  notice: Notice;
  onCancel: () => void;
  T: Tr;
}) {
  if (running === null) {
    if (notice === null) return null;
    return notice.kind === 'cancelled' ? (
      <p className="ss-try__muted" role="status">
        {T('cancelled')}
      </p>
    ) : (
      <div role="alert" className="ss-try__error">
        <strong>{T('runFailed')}</strong> {notice.message}
      </div>
    );
  }
  const label = T(phaseText[running.phase]);
  const percent = running.fraction === null ? null : Math.round(running.fraction * 100);
  return (
    <div className="ss-try__run">
      <div className="ss-try__run-text">
        <span role="status">{label}</span>
        {percent !== null && <span aria-hidden="true">{T('progressPercent', { percent })}</span>}
      </div>
      <div
        className="ss-try__progress"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        {...(percent === null ? {} : { 'aria-valuenow': percent })}
        data-indeterminate={percent === null || undefined}
      >
        <div
          className="ss-try__progress-bar"
          style={percent === null ? undefined : { width: `${percent}%` }}
        />
      </div>
      <button type="button" className="ss-try__button" onClick={onCancel}>
        {T('cancel')}
      </button>
    </div>
  );
}

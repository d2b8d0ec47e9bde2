// Stories whose layout the sweep (stories.test.ts) still finds defective, keyed by
// `<title> / <name>`. Kept apart so the list reads on its own and shrinks as issue 13 fixes them.
/**
 * Stories with layout defects the check finds and that are not fixed yet (issue 13), with what it
 * finds. The sweep excuses their layout problems but does not require them: whether a badge is cut
 * by a few pixels depends on the fonts installed (a fresh Debian CI machine with Chromium's
 * Liberation and DejaVu fonts does not show three of them), and it logs each one that did not
 * show. Every other check (rendering, errors, axe) stays strict for these stories.
 */
export const knownLayoutDefects: Record<string, string> = {
  'Tests/Abuse/Extreme Values / All Widgets':
    'KpiLeaderboard: a 13-digit value sticks out of its cell (no compact notation yet); in print a ScorecardTable grade badge is wider than its narrow cell, and KpiComparison hides its data table in a scroll box',
  'Tests/Abuse/Hostile Text / All Widgets':
    'a hostile grade label is cut in a KpiLeaderboard cell that has room',
  'Tests/Abuse/Long Labels / All Widgets':
    'in print a grade badge label sticks 2 px out of its badge',
  'Tests/Abuse/Rapid Updates / All Widgets':
    'in print a ScorecardTable grade badge is wider than its narrow cell',
  'Pages/Dashboard / 售后服务考核 / After-sales service assessment':
    'KpiLeaderboard: a “Needs improvement” badge is cut in its 120 px grade column although the table has room',
  'Pages/Try your own data / With Example':
    'KpiLeaderboard: a “Needs improvement” badge is cut in its grade column although the table has room',
};

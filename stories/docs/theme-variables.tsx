import { Unstyled } from '@storybook/addon-docs/blocks';
import stylesCss from '../../packages/react/src/styles.css?raw';
import './doc-tables.css';

/** One `--ss-*` declaration of the theme root, with its light and dark values. */
export interface ThemeVariable {
  name: string;
  /** The raw value as written in styles.css. */
  value: string;
  /** For `light-dark(a, b)` values: a and b. */
  light: string | null;
  dark: string | null;
}

/**
 * The `--ss-*` custom properties declared on `:where(.ss-widget)` in styles.css, read from the
 * stylesheet's text at build time, so the list cannot drift from the theme.
 */
export function themeVariables(css: string = stylesCss): ThemeVariable[] {
  const root = /:where\(\.ss-widget\)\s*\{([^}]*)\}/.exec(css);
  const body = root?.[1] ?? '';
  const out: ThemeVariable[] = [];
  for (const m of body.matchAll(/(--ss-[\w-]+)\s*:\s*([^;]+);/g)) {
    const name = m[1] as string;
    const value = (m[2] as string).trim();
    const pair = /^light-dark\(\s*([^,]+?)\s*,\s*([^)]+?)\s*\)$/.exec(value);
    out.push({ name, value, light: pair?.[1] ?? null, dark: pair?.[2] ?? null });
  }
  return out;
}

function Swatch({ colour }: { colour: string }) {
  return <span className="ss-doc-swatch" style={{ background: colour }} aria-hidden="true" />;
}

/** The theme variables as a table with light and dark swatches. */
export function ThemeVariablesTable() {
  const vars = themeVariables();
  // Unstyled: the docs theme would otherwise recolour the text of the dark cells.
  return (
    <Unstyled>
      <table className="ss-doc-table">
        <caption style={{ textAlign: 'start', paddingBottom: 6 }}>
          {`${vars.length} variables in packages/react/src/styles.css`}
        </caption>
        <thead>
          <tr>
            <th scope="col">variable</th>
            <th scope="col">light</th>
            <th scope="col">dark</th>
          </tr>
        </thead>
        <tbody>
          {vars.map((v) => (
            <tr key={v.name}>
              <th scope="row">
                <code>{v.name}</code>
              </th>
              {v.light === null ? (
                <td colSpan={2}>
                  <code>{v.value}</code>
                </td>
              ) : (
                <>
                  <td>
                    <Swatch colour={v.light} />
                    <span className="ss-doc-mono">{v.light}</span>
                  </td>
                  <td className="ss-doc-dark">
                    <Swatch colour={v.dark ?? v.light} />
                    <span className="ss-doc-mono">{v.dark}</span>
                  </td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </Unstyled>
  );
}

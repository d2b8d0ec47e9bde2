import { describe, expect, it } from 'vitest';
import { arcPath } from '../../../packages/react/src/kpi-gauge/gauge-arc';

// Expected strings are what d3-shape's arc() (through visx's Arc) drew for the same input.
describe('arcPath', () => {
  it('draws a 240° ring sector like d3', () => {
    const a = (2 * Math.PI) / 3;
    expect(arcPath(70, 85, -a, a)).toBe(
      'M-73.612,42.5A85,85,0,1,1,73.612,42.5L60.622,35A70,70,0,1,0,-60.622,35Z',
    );
  });

  it('uses the small-arc flag below a half turn', () => {
    expect(arcPath(50, 60, -1.5, -1.2)).toBe(
      'M-59.85,-4.244A60,60,0,0,1,-55.922,-21.741L-46.602,-18.118A50,50,0,0,0,-49.875,-3.537Z',
    );
  });

  it('draws a full ring as two half turns per circle', () => {
    expect(arcPath(70, 85, -Math.PI, Math.PI)).toBe(
      'M0,85A85,85,0,1,1,0,-85A85,85,0,1,1,0,85M0,70A70,70,0,1,0,0,-70A70,70,0,1,0,0,70Z',
    );
  });
});
